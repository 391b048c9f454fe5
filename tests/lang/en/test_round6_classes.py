"""English error classes of round 6 (issue 9 / 11), on sentences we wrote: a group word
('the three countries') standing for the states of the previous sentence is not the subject's
own state named earlier in its sentence; an event noun in the reason phrase of a verb of blame
is the deed of the one blamed; 'we' of a statement whose authors named themselves ('We, the
ministers of A, B and C') is those authors for the rest of the text;
'gave the diplomats 72 hours to leave' is a deadline, not aid."""

from __future__ import annotations

import pytest

from alliancewatch.types import Mention
from tests.lang.coding import code_text, of, pair

pytestmark = pytest.mark.model
PUB = "2024-09-11"  # a Wednesday


def code(*paragraphs: str) -> list[Mention]:
    return code_text("en", *paragraphs, published=PUB, title=None, sep="\n\n")


def test_the_three_countries_skip_the_subjects_own_state_of_the_previous_sentence() -> None:
    ms = code(
        "Araghchi said Iran would take measures against Britain, France and Germany. "
        "The foreign ministry in Tehran also summoned the envoys of the three European "
        "countries on Wednesday."
    )
    (m,) = of(ms, "ACCUSE")
    assert pair(m) == (["IRN"], ["GBR", "FRA", "DEU"])


def test_the_three_countries_after_a_sentence_naming_only_them() -> None:
    ms = code(
        "Britain, France and Germany expelled two diplomats last week. "
        "The foreign ministry in Tehran summoned the envoys of the three countries."
    )
    (m,) = of(ms, "ACCUSE")
    assert pair(m) == (["IRN"], ["GBR", "FRA", "DEU"])


def test_the_subjects_state_stays_in_the_group_when_the_sentence_did_not_name_it() -> None:
    # negative case: the previous sentence names a fourth state (China) after the three; the
    # group is still the list named first, as its subject, and not the last three named
    ms = code(
        "Japan, South Korea and the United States held drills near China. "
        "Beijing accused the three countries of raising tension."
    )
    (m,) = of(ms, "ACCUSE")
    assert pair(m) == (["CHN"], ["JPN", "KOR", "USA"])


# -- an event noun in the reason phrase of a verb of blame: the deed of the one blamed --------


def test_a_to_phrase_after_the_reason_noun_is_where_that_deed_went() -> None:
    ms = code("The European Union sanctioned Iranian firms over drone supplies to Russia.")
    (s,) = of(ms, "SANCTION")
    assert pair(s) == (["EUR"], ["IRN"])  # not Russia: the to-phrase is the supplies'
    (a,) = of(ms, "AID")
    assert pair(a) == (["IRN"], ["RUS"])  # supplied by the firms sanctioned, not by the EU


def test_its_in_the_reason_phrase_is_the_one_criticized() -> None:
    ms = code("Seoul criticized Pyongyang over its arms shipments to Moscow.")
    (a,) = of(ms, "AID")
    assert pair(a) == (["PRK"], ["RUS"])


def test_a_to_phrase_after_a_place_stays_with_the_verb() -> None:
    # negative case: 'over the border' is no reason phrase with an event noun
    ms = code("Germany sent tanks over the border to Ukraine.")
    (a,) = of(ms, "AID")
    assert pair(a) == (["DEU"], ["UKR"])


def test_a_definite_event_noun_in_the_reason_phrase_gets_no_new_doer() -> None:
    # negative case: 'the clash' points back at a clash already told, with its own sides
    ms = code(
        "Chinese and Philippine vessels clashed near the shoal on Monday. "
        "China's foreign ministry blamed Manila for the clash."
    )
    assert not [m for m in of(ms, "ASSAULT") if pair(m) == (["PHL"], ["CHN"])]


# -- 'we' in a statement whose authors named themselves ----------------------------------------


def test_we_after_the_authors_named_themselves_is_them() -> None:
    ms = code(
        "We, the Foreign Ministers of France, Germany and the United Kingdom, condemn "
        "Iran's transfer of ballistic missiles to Russia.",
        "This is a further escalation by both Iran and Russia.",
        "We call on Iran to immediately stop all transfers of weapons to Russia.",
    )
    (r,) = of(ms, "REQUEST")
    assert pair(r) == (["FRA", "DEU", "GBR"], ["IRN"])  # not Russia, the last state named


def test_we_without_named_authors_still_reads_the_paragraphs_state() -> None:
    # negative case: no 'We, the ...' earlier: the spokesperson's 'we' is the state the
    # paragraph has just named, as before
    ms = code("Q: What is China's view? A: China's position is clear. We urge Japan to stop.")
    (r,) = of(ms, "REQUEST")
    assert pair(r) == (["CHN"], ["JPN"])


# -- give + a counted span of time is a deadline, not aid ---------------------------------------


def test_giving_diplomats_hours_to_leave_is_no_aid() -> None:
    assert not of(code("Venezuela gave American diplomats 72 hours to leave the country."), "AID")
    assert not of(code("Maduro gives US diplomats 72 hours to leave"), "AID")


def test_giving_tanks_last_week_is_still_aid() -> None:
    # negative case: a time word with no number is no span given
    (a,) = of(code("Germany gave Ukraine 14 tanks last week."), "AID")
    assert pair(a) == (["DEU"], ["UKR"])
