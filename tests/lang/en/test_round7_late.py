"""English verbs and phrases round 7's misses lacked (helper EN4), on sentences we wrote:
'spoke to' a counterpart is a consultation (not 'spoke to reporters': no state); 'labelled X
a hostile force' accuses like 'branded'; 'organized patrols' makes the organiser the doer of
the patrol; 'maintain combat readiness' mobilises (while 'maintain sanctions' stays a light
verb)."""

from __future__ import annotations

import pytest

from alliancewatch.types import Mention
from tests.lang.coding import code_text, of, pair

pytestmark = pytest.mark.model
PUB = "2025-05-07"  # a Wednesday


def code(*paragraphs: str) -> list[Mention]:
    return code_text("en", *paragraphs, published=PUB, title=None, sep="\n\n")


def test_spoke_to_a_counterpart_is_consult() -> None:
    ms = code("Rubio spoke to Indian Foreign Minister Subrahmanyam Jaishankar on Tuesday.")
    (m,) = of(ms, "CONSULT")
    assert pair(m) == (["USA"], ["IND"])


def test_spoke_to_reporters_is_no_consult() -> None:
    assert not of(code("The Japanese minister spoke to reporters in Tokyo on Tuesday."), "CONSULT")


def test_labeled_a_state_a_hostile_force_is_accuse() -> None:
    ms = code("Taiwan's president labeled China a foreign hostile force on Tuesday.")
    (m,) = of(ms, "ACCUSE")
    assert pair(m) == (["TWN"], ["CHN"])


def test_a_label_that_names_no_charge_is_no_accuse() -> None:
    ms = code("South Korea labeled the shipment a routine delivery of grain.")
    assert not of(ms, "ACCUSE")


def test_organized_patrols_is_mobilize_by_the_organiser() -> None:
    ms = code(
        "The China Coast Guard organized law enforcement patrols around the island on Tuesday."
    )
    (m,) = of(ms, "MOBILIZE")
    assert pair(m)[0] == ["CHN"]


def test_organized_a_press_conference_is_no_event() -> None:
    assert not code("The Chinese embassy organized a press conference in Manila on Tuesday.")


def test_maintain_combat_readiness_is_mobilize() -> None:
    ms = code("South Korea's military said it would maintain combat readiness along the border.")
    (m,) = of(ms, "MOBILIZE")
    assert pair(m)[0] == ["KOR"]


def test_maintain_sanctions_stays_a_sanction_not_mobilize() -> None:
    ms = code("Japan will maintain sanctions on Russia, the foreign minister said.")
    assert of(ms, "SANCTION") and not of(ms, "MOBILIZE")


# -- a headline of two clauses side by side; a headline's subject list ------------------------


def titled(title: str, body: str) -> list[Mention]:
    return code_text("en", body, published=PUB, title=title, sep="\n\n")


def test_a_headline_clause_before_a_verb_with_its_own_object_is_not_its_complement() -> None:
    ms = titled(
        "Israel strikes Iran, Tehran vows revenge", "Officials in Jerusalem spoke on Tuesday."
    )
    heads = [m for m in of(ms, "ASSAULT") if m.sentence.startswith("Israel strikes")]
    assert heads and all(m.claimed_by is None for m in heads)


def test_a_fronted_complement_of_a_bare_speech_verb_stays_reported() -> None:
    ms = titled("Iran will pay a heavy price, Trump warns", "Trump spoke in Washington on Tuesday.")
    (m,) = [m for m in of(ms, "THREATEN") if m.sentence.startswith("Iran will")]
    assert m.claimed_by is not None and m.claimed_by.code == "USA"


def test_a_place_ending_the_clause_before_is_not_in_the_next_subject_list() -> None:
    ms = titled(
        "Britain strikes rebels in Yemen, Starmer warns Iran to stop backing group",
        "London spoke on Tuesday.",
    )
    (m,) = [m for m in of(ms, "THREATEN") if "warns" in m.sentence]
    assert pair(m) == (["GBR"], ["IRN"])


def test_a_headline_list_of_names_still_acts_together() -> None:
    ms = titled("Japan, Australia warn China over drills", "Tokyo spoke on Tuesday.")
    (m,) = [m for m in of(ms, "THREATEN") if "warn" in m.sentence]
    assert sorted(pair(m)[0]) == ["AUS", "JPN"]


# -- a wire dateline never acts -------------------------------------------------------------


def test_a_dateline_city_and_agency_are_no_actor() -> None:
    ms = code("SEOUL (Yonhap) - North Korea fired two ballistic missiles into the sea on Tuesday.")
    assert ms and all("KOR" not in pair(m)[0] for m in ms)


# -- 'them' after a coordinated pair of names -----------------------------------------------


def test_urging_them_after_a_pair_of_states_addresses_both() -> None:
    ms = code(
        "Rubio phoned the foreign ministers of Armenia and Azerbaijan, urging them to resume talks."
    )
    (m,) = of(ms, "REQUEST")
    assert pair(m) == (["USA"], ["ARM", "AZE"])


def test_them_after_a_pair_of_subjects_is_not_those_doers() -> None:
    ms = code("Russia and China condemned the new U.S. sanctions and called them illegal.")
    assert all(not {"RUS", "CHN"} & set(pair(m)[1]) for m in ms)


def test_them_after_a_pair_right_before_its_verb_is_not_that_pair() -> None:
    ms = code(
        "The agency has had no access to Iran's sensitive sites since Israel and the "
        "United States bombed them in June."
    )
    assert all(pair(m)[1] != ["ISR", "USA"] for m in ms)


def test_keeping_a_treaty_in_abeyance_is_sanction() -> None:
    ms = code("India said it would keep the water treaty with Pakistan in abeyance.")
    (m,) = of(ms, "SANCTION")
    assert pair(m) == (["IND"], ["PAK"])


def test_keeping_a_court_case_in_abeyance_is_no_event() -> None:
    assert not code("The court kept the case in abeyance pending a ruling on Pakistan.")
