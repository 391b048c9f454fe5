"""End-to-end English coding of short texts we wrote: discourse words, groups, claimants,
dates against the publication date."""

from __future__ import annotations

import pytest

from alliancewatch.config import Settings
from alliancewatch.lang import get_language
from alliancewatch.types import Mention
from tests.lang.coding import code_text, of

pytestmark = pytest.mark.model
PUB = "2024-11-06"  # a Wednesday
EN = get_language("en")
SETTINGS = Settings()


def code(*paragraphs: str, published: str = PUB, title: str | None = None) -> list[Mention]:
    return code_text("en", *paragraphs, published=published, title=title, sep="\n\n")


def sides(m: Mention) -> set[str]:
    return {a.code for a in m.actor + m.recipient if a.code}


def test_three_countries_are_the_three_just_named() -> None:
    ms = code(
        "Seoul, Washington and Tokyo held a trilateral meeting of defence chiefs.",
        "The three countries agreed to expand their missile data sharing.",
    )
    (m,) = of(ms, "AGREE")
    assert sides(m) == {"KOR", "USA", "JPN"}


def test_two_leaders_are_the_pair_of_the_previous_sentence() -> None:
    ms = code(
        "South Korea's spy agency briefed South Korean lawmakers in Seoul on Tuesday.",
        "Kim Jong Un said last month that he could sit down with Washington.",
        "South Korean officials said the two leaders could meet at Panmunjom.",
    )
    (m,) = [x for x in of(ms, "CONSULT") if "two leaders" in x.sentence]
    assert sides(m) == {"PRK", "USA"}


def test_condemned_event_takes_its_doers_as_target() -> None:
    ms = code(
        "North Korea fired a ballistic missile into the East Sea on Tuesday.",
        "Japan condemned the launch in the strongest terms.",
    )
    (m,) = of(ms, "ACCUSE")
    assert [a.code for a in m.actor] == ["JPN"] and [r.code for r in m.recipient] == ["PRK"]
    assert m.claimed_by is not None and m.claimed_by.text == "Japan"


def test_provocation_by_names_the_accused() -> None:
    ms = code("Pyongyang denounced the drills as a provocation by the US, South Korea and Japan.")
    (m,) = of(ms, "ACCUSE")
    assert {r.code for r in m.recipient} == {"USA", "KOR", "JPN"}


def test_headline_list_subject_and_verb_read_as_noun() -> None:
    ms = code(
        "Chinese warships sail near Japan.", title="UK, France, Germany sanction Iran over drones"
    )
    (m,) = of(ms, "SANCTION")
    assert {a.code for a in m.actor} == {"GBR", "FRA", "DEU"}
    assert [r.code for r in m.recipient] == ["IRN"]


def test_headline_clauses_apart_and_vowed_retaliation() -> None:
    ms = code("Troops were on alert.", title="India strikes Pakistan; Pakistan vows response")
    (strike,) = of(ms, "ASSAULT")
    assert strike.factuality == "asserted"
    (vow,) = of(ms, "THREATEN")
    assert [a.code for a in vow.actor] == ["PAK"] and [r.code for r in vow.recipient] == ["IND"]


def test_embassy_in_a_capital_is_its_state_only() -> None:
    ms = code("Moscow's embassy in Seoul called the group a political tool of Washington.")
    (m,) = of(ms, "ACCUSE")
    assert [a.code for a in m.actor] == ["RUS"] and [r.code for r in m.recipient] == ["USA"]


def test_ongoing_event_takes_the_date_of_its_statement() -> None:
    ms = code("North Korean troops have been fighting Ukrainian forces, an official said Monday.")
    (m,) = of(ms, "ASSAULT")
    assert m.date == "2024-11-04" and m.claimed_by is not None


def test_two_sides_fighting_first_named_attacks() -> None:
    ms = code(
        "India and Pakistan traded accusations on Tuesday.",
        "The two sides exchanged heavy artillery fire along the border overnight.",
    )
    (m,) = of(ms, "ASSAULT")
    assert len(m.actor) == 1 and len(m.recipient) == 1
    assert {m.actor[0].code, m.recipient[0].code} == {"IND", "PAK"}


def test_condemned_deployment_to_a_state_accuses_the_sender() -> None:
    ms = code("The G7 ministers condemned the deployment of North Korean troops to Russia.")
    (m,) = of(ms, "ACCUSE")
    assert [a.code for a in m.actor] == ["IGO"] and [r.code for r in m.recipient] == ["PRK"]


def test_the_ministry_is_the_state_of_the_ministry_named_before() -> None:
    ms = code(
        "South Korea's foreign ministry condemned North Korea's missile launch.",
        "The ministry urged Pyongyang to return to dialogue.",
    )
    (m,) = of(ms, "REQUEST")
    assert [a.code for a in m.actor] == ["KOR"] and [r.code for r in m.recipient] == ["PRK"]


def test_three_countries_after_a_list_and_a_target() -> None:
    ms = code(
        "South Korea, the United States and Japan began sharing data on North Korea's missiles.",
        "The three countries also agreed on a multiyear plan of exercises.",
    )
    (m,) = of(ms, "AGREE")
    assert sides(m) == {"KOR", "USA", "JPN"}


def test_announced_countermeasures_are_sanctions() -> None:
    ms = code("China announced countermeasures against seven U.S. defence companies on Friday.")
    assert [m.event for m in ms] == ["SANCTION"]
    assert [r.code for r in ms[0].recipient] == ["USA"]


def test_leaving_a_treaty_and_deep_regret() -> None:
    ms = code(
        "Russia formally withdrew from the arms control treaty with NATO on Tuesday.",
        "South Korea's foreign ministry expressed deep regret over Russia's veto.",
    )
    got = {(m.event, m.actor[0].code, m.recipient[0].code) for m in ms}
    assert {("SANCTION", "RUS", "NATO"), ("ACCUSE", "KOR", "RUS")} <= got


def test_planned_weekday_is_the_coming_one() -> None:
    ms = code("Trump is due to hold talks with President Lee Jae-myung in Seoul on Friday.")
    (m,) = of(ms, "CONSULT")
    assert m.factuality == "planned" and m.date == "2024-11-08"


def test_sidelines_of_a_meeting_are_no_party() -> None:
    ms = code("Armenia and Azerbaijan will meet on the sidelines of the UN General Assembly.")
    (m,) = of(ms, "CONSULT")
    assert sides(m) == {"ARM", "AZE"}


def test_ruling_out_and_not_ruling_out() -> None:
    (no,) = code("Scholz ruled out sending Taurus missiles to Ukraine.")
    assert no.factuality == "negated"
    (maybe,) = code("Macron said sending ground troops to Ukraine could not be ruled out.")
    assert maybe.factuality == "possible" and maybe.date is None


def test_open_to_meeting_and_not_involved() -> None:
    (m,) = code("Trump says he is open to meeting Kim Jong Un.")
    assert m.event == "CONSULT" and m.factuality == "possible"
    (n,) = code("The United States was not involved in the strikes on Iran, Rubio said.")
    assert n.event == "ASSAULT" and n.factuality == "negated"


def test_a_conditional_threat_is_made() -> None:
    ms = code("Should the U.S. stage the drills, the DPRK will take strong countermeasures.")
    (m,) = of(ms, "THREATEN")
    assert m.factuality == "asserted"


def test_fighting_alongside_is_no_target() -> None:
    ms = code("North Korean soldiers have suffered losses fighting alongside Russian forces.")
    assert not [m for m in ms if m.event == "ASSAULT" and m.recipient[0].code == "RUS"]


def test_arms_in_a_treaty_name_is_no_headline_verb() -> None:
    ms = code(
        "Moscow announced the step on Tuesday.", title="Russia quits conventional arms treaty"
    )
    assert "AID" not in [m.event for m in ms]


def test_a_verb_parsed_as_participle_after_a_name() -> None:
    ms = code("In response, Japan's Air Self-Defense Force scrambled fighter jets.")
    (m,) = of(ms, "MOBILIZE")
    assert [a.code for a in m.actor] == ["JPN"]


def test_rejected_criticism_takes_the_critic() -> None:
    ms = code(
        "South Korea summoned the Russian ambassador to demand the withdrawal of the troops.",
        "Russia's foreign ministry rejected the criticism, saying its ties with Pyongyang "
        "were lawful.",
    )
    (m,) = of(ms, "REJECT")
    assert [a.code for a in m.actor] == ["RUS"] and [r.code for r in m.recipient] == ["KOR"]
    (d,) = of(ms, "REQUEST")
    assert d.claimed_by is not None and d.claimed_by.text == "South Korea"


def test_a_dateline_is_not_parsed_as_the_subject() -> None:
    ms = code(
        "SEOUL, Feb. 25 (Yonhap) -- South Korea and the United States held a session of their "
        "Nuclear Consultative Group in Washington on Monday, the defense ministry said."
    )
    (m,) = of(ms, "COOPERATE")
    assert sides(m) == {"KOR", "USA"}


def test_a_list_subject_split_by_the_parser() -> None:
    ms = code(
        "TOKYO -- Japan, the United States and South Korea began sharing real-time missile "
        "warning data on Tuesday, the Defense Ministry said."
    )
    (m,) = of(ms, "COOPERATE")
    assert sides(m) == {"JPN", "USA", "KOR"}


def test_drones_launched_toward_a_state_attack_it() -> None:
    ms = code("Iran later launched more than 100 drones toward Israel, a military spokesman said.")
    (m,) = of(ms, "ASSAULT")
    assert [a.code for a in m.actor] == ["IRN"] and [r.code for r in m.recipient] == ["ISR"]


def test_overseeing_a_test_and_two_navies() -> None:
    (m,) = code("Kim Jong Un oversaw a test-fire of a new tactical ballistic missile.")
    assert m.event == "MOBILIZE" and [a.code for a in m.actor] == ["PRK"]
    ms = code(
        "Chinese and Russian warships began a joint exercise off Zhanjiang on Thursday.",
        "The two navies will practice air defence and anti-submarine operations.",
    )
    assert any(m.event == "COOPERATE" and m.factuality == "planned" for m in ms)


def test_announced_aid_and_reaffirmed_commitment() -> None:
    ms = code(
        "The Pentagon has announced another 400 million dollars in security assistance for Kyiv.",
        "The State Department reaffirmed America's commitment to Taiwan.",
    )
    aid = of(ms, "AID")[0]
    assert [a.code for a in aid.actor] == ["USA"] and [r.code for r in aid.recipient] == ["UKR"]
    assert aid.claimed_by is not None and aid.claimed_by.text == "The Pentagon"
    (sup,) = of(ms, "SUPPORT")
    assert [r.code for r in sup.recipient] == ["TWN"]


def test_scrambled_jets_in_a_second_clause_and_before_an_as_clause() -> None:
    ms = code(
        "Taiwan's defence ministry condemned the drills, and the military scrambled jets in "
        "response."
    )
    assert [m.actor[0].code for m in of(ms, "MOBILIZE")] == ["TWN"]
    ms = code("Japan's Air Self-Defense Force scrambled fighters as Chinese bombers passed by.")
    assert [m.actor[0].code for m in of(ms, "MOBILIZE")] == ["JPN"]


def test_an_officials_pronoun_is_the_speaker() -> None:
    ms = code("Trump said he would now call President Zelensky.")
    (m,) = of(ms, "CONSULT")
    assert sides(m) == {"USA", "UKR"} and m.factuality == "planned"
    ms = code("Kim said last month that he could sit down with Washington.")
    (k,) = of(ms, "CONSULT")
    assert sides(k) == {"PRK", "USA"}
