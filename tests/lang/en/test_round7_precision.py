"""English precision and date classes of round 7 (issue 11), on sentences we wrote.

Precision: what two states agree, pledge, promise or commit to do is the content of their
AGREE, not an event of its own (agreed to hold drills: an AGREE, no COOPERATE); a plan
(plan to hold drills) is still coded. Dates (spec section 6): a month abbreviated without its
period (Jan 17); 'N days later' counts on from the last day written; 'N days after X did'
dates X that long before the clause it hangs on (the last day written, else publication),
and a written date on X's own clause still wins; 'in February that year', 'later that
year', 'that month' take the year (month) of the last date written; a date phrase opening
the sentence (In 2019, Since March) counts like one inside it."""

from __future__ import annotations

import pytest

from alliancewatch.lang.en.dates import find_dates
from alliancewatch.types import Mention
from tests.lang.coding import code_text, of

PUB = "2024-09-11"  # a Wednesday


def code(*paragraphs: str) -> list[Mention]:
    return code_text("en", *paragraphs, published=PUB, title=None, sep="\n\n")


def values(text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


# -- the content of an agreement or pledge -------------------------------------------------


@pytest.mark.model
def test_drills_agreed_to_are_the_agreement_not_an_exercise() -> None:
    ms = code("Canberra and Manila agreed to hold joint naval drills in the Sulu Sea next year.")
    assert of(ms, "AGREE") and not of(ms, "COOPERATE")


@pytest.mark.model
def test_talks_pledged_are_not_a_meeting() -> None:
    ms = code("Hanoi and Jakarta pledged to meet every year to settle their maritime claims.")
    assert not of(ms, "CONSULT")


@pytest.mark.model
def test_exercises_committed_to_are_not_an_exercise() -> None:
    ms = code("Seoul and Tokyo committed to annual joint missile-defence exercises.")
    assert not of(ms, "COOPERATE")


@pytest.mark.model
def test_drills_planned_are_still_coded() -> None:
    # negative case: a plan is no agreement; the drills are coded, planned
    ms = code("Canberra and Manila plan to hold joint naval drills in the Sulu Sea next year.")
    assert [m.factuality for m in of(ms, "COOPERATE")] == ["planned"]


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treaty was signed in Minsk on Jan 17.", [("Jan 17", "2024-01-17")]),
        ("Seoul last tested one on Nov 5.", [("Nov 5", "2023-11-05")]),
        ("The plan was drafted in Sept 2022.", [("Sept 2022", "2022-09")]),
        ("The strike came two days after Hanoi protested.", [("two days after", "2024-09-09")]),
        ("Kyiv struck a week after the summit.", [("a week after", "2024-09")]),
        ("Manila protested six months after Beijing did.", [("six months after", "2024-03")]),
        ("In 2019, the two states signed a pact.", [("In 2019", "2019")]),
        ("Since March, Seoul has sent shells.", [("Since March", "2024-03")]),
    ],
)
def test_date_expressions(text: str, expected: list) -> None:
    assert values(text) == expected


def test_a_day_later_counts_from_the_last_day_written() -> None:
    got = values("They met on Monday. Two days later, Hanoi recalled its envoy.")
    assert got == [("on Monday", "2024-09-09"), ("Two days later", "2024-09-11")]


def test_an_interval_after_counts_back_from_the_day_written_before_it() -> None:
    got = values("Seoul protested on Monday, three days after Pyongyang fired a missile.")
    assert got == [("on Monday", "2024-09-09"), ("three days after", "2024-09-06")]


def test_a_day_after_with_no_event_after_it_stays_anaphoric() -> None:
    # negative case: 'a day after,' names no event: counted on from the day before it
    got = values("Hanoi protested on Monday. A day after, Manila did too.")
    assert got == [("on Monday", "2024-09-09"), ("A day after", "2024-09-10")]


def test_that_year_and_that_month_take_the_last_date_written() -> None:
    got = values("Finland applied in May 2022, after Russia invaded Ukraine in February that year.")
    assert got == [("May 2022", "2022-05"), ("in February that year", "2022-02")]
    got = values("The pact was signed on March 3, 2020; later that year Manila quit it.")
    assert got[-1] == ("later that year", "2020")
    assert values("On June 2, 2021 they met; that month Seoul sent aid.")[-1] == (
        "that month",
        "2021-06",
    )


def test_that_year_without_a_date_before_it_has_no_value() -> None:
    assert values("Seoul sent aid that year.") == [("that year", None)]


def test_a_month_name_abbreviation_needs_its_number() -> None:
    # negative case: 'Jan' and 'Mar' alone are a name and a verb, not months
    assert values("Jan met the envoy; the row may mar relations.") == []


@pytest.mark.model
def test_the_event_after_an_interval_is_dated_before_the_main_clause() -> None:
    ms = code(
        "Seoul summoned the Russian ambassador on Monday, two days after Pyongyang fired "
        "a ballistic missile into the sea."
    )
    (launch,) = of(ms, "MOBILIZE")
    assert launch.date == "2024-09-07"
    (summons,) = of(ms, "ACCUSE")
    assert summons.date == "2024-09-09"


@pytest.mark.model
def test_a_written_date_on_the_clause_wins_over_the_interval() -> None:
    ms = code(
        "It comes three weeks after Chinese coast guard ships rammed a Philippine supply "
        "boat near the shoal on Aug. 19."
    )
    assert [m.date for m in of(ms, "ASSAULT")] == ["2024-08-19"]


@pytest.mark.model
def test_an_interval_does_not_date_the_clause_after_it() -> None:
    ms = code(
        "Nearly a year after Pyongyang sent troops to Kursk, Moscow has begun to supply "
        "air-defence systems to Pyongyang."
    )
    assert [m.date for m in ms if m.event == "AID" and m.actor[0].code == "RUS"] == ["2024-09"]


# -- what is said to come, and what is said to go on ------------------------------------------


@pytest.mark.model
def test_a_plan_told_on_a_day_takes_no_date_from_the_telling() -> None:
    ms = code("Vietnam's defence minister said on Monday that Hanoi will send engineers to Laos.")
    (aid,) = of(ms, "AID")
    assert aid.factuality == "planned" and aid.date is None


@pytest.mark.model
def test_a_plan_with_its_own_date_keeps_it() -> None:
    # negative case: the plan's own clause names its day
    ms = code("The minister said on Monday that Hanoi will send engineers to Laos on Friday.")
    (aid,) = of(ms, "AID")
    assert aid.factuality == "planned" and aid.date == "2024-09-13"


@pytest.mark.model
def test_an_act_told_on_a_day_keeps_the_day() -> None:
    # negative case: a done act still takes the sentence's day before it
    ms = code("On Monday, the minister said Hanoi had sent engineers to Laos.")
    assert [m.date for m in of(ms, "AID")] == ["2024-09-09"]


@pytest.mark.model
def test_standing_with_a_state_is_a_stance_not_a_plan() -> None:
    ms = code("Minsk will always stand with Moscow against Western pressure.")
    (s,) = of(ms, "SUPPORT")
    assert s.factuality == "asserted" and s.date == "2024-09"


@pytest.mark.model
def test_will_continue_to_coordinate_goes_on_now() -> None:
    ms = code("Seoul will continue to coordinate closely with Tokyo on the missile threat.")
    assert [m.factuality for m in of(ms, "COOPERATE")] == ["asserted"]


@pytest.mark.model
def test_will_begin_to_coordinate_is_a_plan() -> None:
    # negative case: only 'continue' tells something going on
    ms = code("Seoul will begin to coordinate closely with Tokyo on the missile threat.")
    assert [m.factuality for m in of(ms, "COOPERATE")] == ["planned"]


@pytest.mark.model
def test_an_undated_act_takes_the_one_day_written_after_it() -> None:
    # the parse hangs 'on Monday' on the clause inside the object
    ms = code(
        "Pyongyang test-fired what looked like a new solid-fuel missile on Monday, "
        "South Korea's military said."
    )
    assert [m.date for m in of(ms, "MOBILIZE")] == ["2024-09-09"]


@pytest.mark.model
def test_a_day_after_publication_dates_no_act_before_it() -> None:
    # negative case: the end of drills still to run is not the protest's day
    ms = code("Seoul protested to Beijing over Chinese drills that run until Sept. 20.")
    assert [m.date for m in of(ms, "ACCUSE")] == ["2024-09"]


@pytest.mark.model
def test_a_plan_takes_no_day_from_the_report_after_it() -> None:
    # negative case: a planned event takes no date from outside its clause, before or after
    ms = code("Vietnam will send engineers to Laos, the ministry said on Monday.")
    assert [m.date for m in of(ms, "AID")] == [None]


# -- what is sought, and what 'give' gives -----------------------------------------------------


@pytest.mark.model
def test_a_bid_to_join_an_alliance_is_not_the_joining() -> None:
    ms = code("Hungary's parliament ratified Finland's bid to join NATO on Monday.")
    assert [m.event for m in ms if "NATO" in {r.code for r in m.recipient}] == []


@pytest.mark.model
def test_efforts_to_join_the_bloc_are_not_the_joining() -> None:
    ms = code("A war with Kosovo would only harm Serbia's efforts to join the European Union.")
    assert not of(ms, "SUPPORT")


@pytest.mark.model
def test_applied_to_join_is_not_the_joining() -> None:
    ms = code("Finland applied to join the alliance in May 2022.")
    assert not of(ms, "SUPPORT")


@pytest.mark.model
def test_joining_an_alliance_is_still_coded() -> None:
    # negative case: the joining told as done
    ms = code("Finland joined NATO in April 2023.")
    assert [m.date for m in of(ms, "SUPPORT")] == ["2023-04"]


@pytest.mark.model
def test_giving_figures_an_address_or_a_response_is_no_aid() -> None:
    for text in (
        "The Pentagon declined to give numbers on North Korean losses in Kursk.",
        "Macron, who gave the summit's opening address, met Modi on Friday.",
        "Pakistan's army said it would give a befitting response to India.",
    ):
        assert not of(code(text), "AID"), text


@pytest.mark.model
def test_giving_arms_is_still_aid() -> None:
    # negative case
    ms = code("Poland gave Ukraine dozens of T-72 tanks last year.")
    assert [([a.code for a in m.actor], [r.code for r in m.recipient]) for m in of(ms, "AID")] == [
        (["POL"], ["UKR"])
    ]


@pytest.mark.model
def test_a_date_inside_a_gerund_dates_the_gerund_not_the_thanks() -> None:
    ms = code("Seoul thanked Hanoi for hosting rounds of talks with Tokyo in 2021.")
    assert [m.date for m in of(ms, "SUPPORT")] == ["2024-09"]


@pytest.mark.model
def test_a_date_on_the_act_itself_still_binds() -> None:
    # negative case
    ms = code("Seoul and Tokyo signed the accord in Hanoi in 2021.")
    assert [m.date for m in of(ms, "SUPPORT")] == ["2021"]


# -- sanctions lifted ------------------------------------------------------------------------


@pytest.mark.model
def test_sanctions_to_be_lifted_are_no_sanctions_imposed() -> None:
    for text in (
        "Ottawa and Canberra will lift their sanctions on Minsk once the prisoners are freed.",
        "The minister announced that all British sanctions on Damascus would be lifted.",
    ):
        assert not of(code(text), "SANCTION"), text


@pytest.mark.model
def test_sanctions_extended_are_still_sanctions() -> None:
    # negative case: only a lifting verb tells the sanctions' end
    ms = code("Ottawa extended its sanctions on Minsk for another year.")
    assert [m.event for m in ms] == ["SANCTION"]


@pytest.mark.model
def test_a_date_before_an_event_noun_is_its_own() -> None:
    ms = code_text(
        "en",
        "Pyongyang's Oct. 31 launch of a solid-fuel missile was a message to Washington.",
        published="2024-11-08",
    )
    assert [m.date for m in of(ms, "MOBILIZE")] == ["2024-10-31"]


@pytest.mark.model
def test_an_event_noun_without_a_date_takes_the_story_month() -> None:
    # negative case
    ms = code_text(
        "en",
        "Pyongyang's launch of a solid-fuel missile was a message to Washington.",
        published="2024-11-08",
    )
    assert [m.date for m in of(ms, "MOBILIZE")] == ["2024-11"]


@pytest.mark.model
def test_a_past_relative_clause_dates_its_event_noun() -> None:
    ms = code(
        "Tehran fired missiles at Israel on Wednesday in retaliation for the Israeli strike "
        "that killed two generals in Damascus on Sunday."
    )
    dates = {m.trigger: m.date for m in of(ms, "ASSAULT")}
    assert dates == {"fired": "2024-09-11", "strike": "2024-09-08"}


@pytest.mark.model
def test_the_end_of_a_span_dates_no_other_clause() -> None:
    # negative case for the day after an act: 'until Sept. 10' ends the drills
    ms = code("Seoul protested to Beijing over Chinese drills that run until Sept. 10.")
    assert [m.date for m in of(ms, "ACCUSE")] == ["2024-09"]


def test_the_end_of_a_span_is_an_interval() -> None:
    (d,) = find_dates("The drills run until Sept. 10.", PUB)
    assert (d.value, d.kind) == ("2024-09-10", "interval")
