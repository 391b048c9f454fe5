"""English error classes of round 7 (issue 11), helper EN2, on sentences we wrote: a pronoun
its sentence leaves unresolved ('It said it was ready', 'They also agreed', 'It condemned' of a
joint statement) stands for the doers of the sentence before; 'we' / 'our' is only ever the
speaker, never a third state named in the tree; a passive subject and the object of 'called
on' are antecedents and controllers; 'the North' / 'the South' in Korea coverage; a bare
surname (Kim) after another Kim was named in full; names the tables lacked (E3, ECOWAS,
the Baltic states, Brussels when it acts)."""

from __future__ import annotations

import pytest

from alliancewatch.types import Mention
from tests.lang.coding import code_text, of, pair, parties

pytestmark = pytest.mark.model
PUB = "2024-09-11"  # a Wednesday


def code(*paragraphs: str) -> list[Mention]:
    return code_text("en", *paragraphs, published=PUB, title=None, sep="\n\n")


# -- a pronoun its sentence leaves open: the doers of the sentence before -------------------


def test_it_said_after_a_ministry_is_that_ministrys_state() -> None:
    ms = code(
        "Russia's defence ministry denied that its drones had entered Polish airspace. "
        "It said it was ready to hold talks with Polish officials."
    )
    (m,) = of(ms, "CONSULT")
    assert parties(m) == {"RUS", "POL"}


def test_they_after_a_joint_act_is_both_parties() -> None:
    ms = code(
        "Armenia and Azerbaijan signed a peace accord in Washington on Friday. "
        "They also agreed to open a transport corridor."
    )
    (m,) = of(ms, "AGREE")
    assert parties(m) == {"ARM", "AZE"}


def test_it_after_a_summit_is_the_joint_statement_of_all_its_parties() -> None:
    ms = code(
        "The leaders of the United States, Japan and South Korea held a summit at Camp "
        "David on Friday. It condemned North Korea's missile launches."
    )
    (m,) = of(ms, "ACCUSE")
    assert sorted(map(str, pair(m)[0])) == ["JPN", "KOR", "USA"]
    assert pair(m)[1] == ["PRK"]


def test_expletive_it_stands_for_no_one() -> None:
    # negative case: 'It was the first time that ...' has no doer to carry over
    ms = code(
        "Russia denied the charge on Tuesday. It was the first time that the Japanese "
        "navy had been thanked for its patrols."
    )
    assert not of(ms, "SUPPORT")


def test_a_passive_subject_is_the_antecedent_of_its() -> None:
    ms = code("The European Union is expected to reinstate its sanctions on Iran.")
    (m,) = of(ms, "SANCTION")
    assert pair(m) == (["EUR"], ["IRN"])


def test_an_apposition_names_the_state_of_its_minister() -> None:
    # negative case: 'its foreign minister, Choe Son Hui' is North Korea's, not the last doer
    ms = code(
        "The United States imposed sanctions on Russian banks on Monday. "
        "Meanwhile its foreign minister, Choe Son Hui, held talks in Moscow with Sergei Lavrov."
    )
    (m,) = of(ms, "CONSULT")
    assert parties(m) == {"PRK", "RUS"}


def test_the_object_of_called_on_controls_the_infinitive() -> None:
    # the one called on is the request's addressee; what it is called on to do is the
    # content of the request, which the adjudicated gold never codes as an event
    ms = code("Seoul and Tokyo called on Pyongyang to withdraw its troops from Russia.")
    assert [pair(m)[1] for m in of(ms, "REQUEST")] == [["PRK"]]
    assert of(ms, "RETREAT") == []


def test_on_paper_is_no_controller() -> None:
    # negative case: 'On paper' is a phrase of the clause, not the one obliged
    ms = code("On paper, Russia would be obliged to come to its aid if Belarus were attacked.")
    assert all(pair(m)[0] == ["RUS"] for m in of(ms, "AID"))


# -- 'we' and 'our': the speaker, never a third state named in the tree ------------------


def test_our_calls_belong_to_the_statements_authors_not_to_the_subject() -> None:
    ms = code(
        "We, the foreign ministers of Canada and Australia, condemn the missile transfers. "
        "Tehran has rejected our repeated calls to stop its shipments to Russia."
    )
    assert not any(pair(m)[0] == ["IRN"] and m.event == "REQUEST" for m in ms)


def test_we_assess_inside_a_quote_is_claimed_by_the_quotes_speaker() -> None:
    ms = code('"We judge that Iran\'s shipment of drones to Russia was paid in gold," Healey said.')
    (m,) = of(ms, "AID")
    assert m.claimed_by is not None and m.claimed_by.text == "Healey"


def test_we_outside_a_quote_keeps_no_speaker() -> None:
    # negative case: no quote, no reporting verb: 'we' names no claimant
    ms = code("We believe that Iran shipped drones to Russia last year.")
    assert all(m.claimed_by is None or m.claimed_by.text != "We" for m in ms)


def test_our_correspondent_is_no_state() -> None:
    # negative case: the outlet's own 'our' names no party
    ms = code("China held talks with Russia on Monday. Our correspondent is in Taipei.")
    assert [parties(m) for m in of(ms, "CONSULT")] == [{"CHN", "RUS"}]


# -- names: the North, the South, a bare Kim, groups and organisations ----------------------


def test_the_north_in_korea_coverage() -> None:
    ms = code(
        "North Korea test-fired a cruise missile on Monday. The North also fired artillery "
        "shells near the border, the Joint Chiefs of Staff said."
    )
    assert [pair(m)[0] for m in of(ms, "MOBILIZE")] == [["PRK"], ["PRK"]]


def test_the_souths_island_is_south_korea() -> None:
    ms = code(
        "Tension on the border between North and South Korea is rising. In 2010 Pyongyang "
        "shelled the South's Yeonpyeong Island, killing four people."
    )
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["PRK"], ["KOR"])


def test_the_south_outside_korea_coverage_is_no_state() -> None:
    # negative case: the story names no Korea, so 'the South' stands for none
    assert not code("The South imposed new sanctions on Russia on Tuesday.")


def test_north_in_a_place_name_is_no_korea() -> None:
    # negative case: North Atlantic, South China Sea are places
    ms = code("Chinese ships sailed through the South China Sea toward the North Atlantic.")
    assert all("PRK" not in parties(m) and "KOR" not in parties(m) for m in ms)


def test_bare_kim_after_a_south_korean_kim_named_in_full() -> None:
    ms = code(
        "South Korean Defence Minister Kim Yong Hyun met U.S. Defense Secretary Lloyd Austin "
        "in Washington on Wednesday. Kim and Austin urged North Korea to halt its missile "
        "launches."
    )
    (m,) = of(ms, "REQUEST")
    assert pair(m) == (["KOR", "USA"], ["PRK"])


def test_bare_kim_after_kim_jong_un_stays_north_korean() -> None:
    # negative case: the only Kim named in full is the leader
    ms = code(
        "North Korean leader Kim Jong Un inspected a missile unit. Kim urged the army to "
        "prepare for war with the United States."
    )
    assert all(pair(m)[0] == ["PRK"] for m in of(ms, "REQUEST"))


def test_groups_and_organisations_the_tables_lacked() -> None:
    ms = code(
        "The E3 urged Iran to return to talks. Niger accused ECOWAS of serving foreign "
        "interests. Germany came under pressure from the Baltic states to send tanks."
    )
    (r,) = of(ms, "REQUEST")
    assert pair(r) == (["GBR", "FRA", "DEU"], ["IRN"])
    (a,) = of(ms, "ACCUSE")
    assert pair(a) == (["NER"], ["IGO"])


def test_brussels_acting_is_the_eu_but_a_meeting_there_is_not() -> None:
    ms = code("Brussels urged Kyiv to speed up reforms.")
    (r,) = of(ms, "REQUEST")
    assert pair(r) == (["EUR"], ["UKR"])
    # negative case: 'met in Brussels': the place, no party
    ms = code("NATO ministers met in Brussels with Ukrainian officials.")
    assert [parties(m) for m in of(ms, "CONSULT")] == [{"NATO", "UKR"}]


# -- a pact or joint text as what a stance is about; the alliance, the bloc ----------------


def test_criticizing_the_pact_accuses_its_parties() -> None:
    ms = code(
        "Putin and Kim signed a defence pact in Pyongyang on Wednesday. "
        "Japan criticized the pact on Thursday."
    )
    (m,) = of(ms, "ACCUSE")
    assert pair(m)[0] == ["JPN"] and set(pair(m)[1]) == {"RUS", "PRK"}


def test_the_treaty_as_a_doer_is_left_alone() -> None:
    # negative case: 'the treaty will expand cooperation' gives no parties of its own
    ms = code(
        "Russia and North Korea signed a pact in June. Officials in Tehran say the treaty "
        "will expand cooperation."
    )
    assert not of(ms, "COOPERATE")


def test_the_alliance_is_nato_where_the_story_names_nato() -> None:
    ms = code(
        "NATO defence ministers met in Brussels on Monday. Within hours, the alliance "
        "announced new sanctions on Russia."
    )
    (m,) = of(ms, "SANCTION")
    assert pair(m) == (["NATO"], ["RUS"])


def test_the_alliance_between_two_states_is_no_nato() -> None:
    # negative case: a bond between two states, and a story that names no NATO
    ms = code("Seoul said the alliance would impose sanctions on Pyongyang.")
    assert all("NATO" not in parties(m) for m in ms)
    ms = code("NATO is watching. The alliance between Moscow and Pyongyang has alarmed Japan.")
    assert all("NATO" not in pair(m)[0] for m in ms)


def test_the_bloc_is_the_eu_where_the_story_names_the_eu() -> None:
    ms = code(
        "The European Union condemned the transfers. On Tuesday its spokesman said the bloc "
        "would impose new sanctions on Tehran."
    )
    assert (["EUR"], ["IRN"]) in [pair(m) for m in of(ms, "SANCTION")]


def test_it_said_after_an_institution_whose_sentence_coded_nothing() -> None:
    # the sentence before names Russia's ministry but codes no event: 'It' is that ministry,
    # not Poland, the doer told two sentences back
    ms = code(
        "Poland asked NATO for consultations on Monday. Russia's defence ministry said there "
        "had been no plans to strike Poland. It said it was ready to hold consultations with "
        "Polish defence officials."
    )
    assert {"RUS", "POL"} in [parties(m) for m in of(ms, "CONSULT")]


def test_a_person_between_keeps_the_joint_subject() -> None:
    # negative case: 'Biden told reporters' is a person ('he'), not the 'it' that follows
    ms = code(
        "The leaders of the United States, Japan and South Korea held a summit at Camp David "
        "on Friday. Biden told reporters that the meeting was historic. It condemned North "
        "Korea's missile launches."
    )
    (m,) = of(ms, "ACCUSE")
    assert sorted(map(str, pair(m)[0])) == ["JPN", "KOR", "USA"]


def test_we_the_ministers_of_a_and_b_names_the_authors() -> None:
    ms = code(
        "We, the Foreign Ministers of Canada and Australia, strongly condemn Iran's transfer "
        "of drones to Russia."
    )
    (m,) = of(ms, "ACCUSE")
    assert pair(m) == (["CAN", "AUS"], ["IRN"])


def test_ignoring_our_calls_rejects_the_statements_authors() -> None:
    ms = code(
        "We, the Foreign Ministers of Canada and Australia, strongly condemn Iran's transfer "
        "of drones to Russia. Iran has consistently ignored our calls to stop the shipments."
    )
    (m,) = of(ms, "REJECT")
    assert pair(m) == (["IRN"], ["CAN", "AUS"])


def test_an_apposition_with_of_after_a_name_stays_short() -> None:
    # negative case: 'Hungary, a member of NATO, ...': the of-phrase is no doer (only 'we'
    # keeps it)
    ms = code("Hungary, a member of NATO, criticized Ukraine on Monday.")
    assert [pair(m) for m in of(ms, "ACCUSE")] == [(["HUN"], ["UKR"])]


def test_agencies_named_without_their_state() -> None:
    ms = code(
        "The unification ministry urged Pyongyang to stop the balloon launches. "
        "Pakistan's ISPR accused India of violating the ceasefire."
    )
    assert (["KOR"], ["PRK"]) in [pair(m) for m in of(ms, "REQUEST")]
    assert (["PAK"], ["IND"]) in [pair(m) for m in of(ms, "ACCUSE")]


def test_he_after_a_quoted_official_is_the_officials_state() -> None:
    # the last organ named is India's air force, but 'he' is the one who just spoke
    ms = code(
        "Pakistan's army spokesman Ahmed Chaudhry said the Indian Air Force struck six sites "
        "in Pakistan on Wednesday. He rejected the Indian claim that militant camps had been "
        "hit."
    )
    (m,) = of(ms, "REJECT")
    assert pair(m) == (["PAK"], ["IND"])


def test_he_with_no_speaker_before_is_the_last_organs_state() -> None:
    # negative case: no one spoke in the sentence before: the last organ named stands
    ms = code(
        "The Indian Air Force struck six sites in Pakistan on Wednesday. He rejected the "
        "Pakistani claim that civilians had been hit."
    )
    (m,) = of(ms, "REJECT")
    assert pair(m) == (["IND"], ["PAK"])
