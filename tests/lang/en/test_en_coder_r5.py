"""End-to-end English coding of short texts we wrote (issue 11, round 5): wire tags and
headline verbs, fire at a target, treaty acts and their pair, persons by surname, stances
addressed to a state or aimed at a thing just named."""

from __future__ import annotations

import pytest

from alliancewatch.types import Mention
from tests.lang.coding import code_text, of, pair

pytestmark = pytest.mark.model
PUB = "2024-11-06"  # a Wednesday


def code(*paragraphs: str, published: str = PUB, title: str | None = None) -> list[Mention]:
    return code_text("en", *paragraphs, published=published, title=title, sep="\n\n")


def sides(m: Mention) -> set[str]:
    return {a.code for a in m.actor + m.recipient if a.code}


def test_a_wire_tag_before_the_headline_is_no_part_of_it() -> None:
    ms = code(
        "(LEAD) Kim Jong-un, Putin hold summit at Russian space center",
        "The two leaders toured the launch pads.",
    )
    (m,) = [x for x in of(ms, "CONSULT") if x.sequence == 0]
    assert sides(m) == {"PRK", "RUS"}


def test_a_tass_dateline_is_not_the_subject() -> None:
    ms = code(
        "VOSTOCHNY COSMODROME, September 13. /TASS/. Russian President Vladimir Putin and "
        "Kim Jong Un held talks on Wednesday, the Kremlin press service reported.",
        published="2023-09-13",
    )
    (m,) = of(ms, "CONSULT")
    assert sides(m) == {"RUS", "PRK"} and m.date == "2023-09-13"


def test_a_headline_verb_parsed_as_a_modifier_of_its_object() -> None:
    title = "North Korea fires hypersonic missile"
    ms = code("The launch came hours before the talks.", title=title)
    (m,) = of(ms, "MOBILIZE")
    assert pair(m) == (["PRK"], [])


def test_fired_at_a_state_after_coordinated_objects_is_an_attack() -> None:
    ms = code("Russia fired more than 800 drones and 13 missiles at Ukraine overnight.")
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["RUS"], ["UKR"])


def test_a_treaty_told_as_a_participle_takes_the_articles_pair() -> None:
    ms = code(
        "Russia and North Korea held talks in Moscow on Tuesday.",
        "The treaty signed in June gives both sides reasons to keep cooperating.",
    )
    (m,) = of(ms, "SUPPORT")
    assert sides(m) == {"RUS", "PRK"} and m.date == "2024-06"


def test_the_signing_of_an_act_is_no_treaty_of_the_pair() -> None:
    ms = code(
        "Russia and North Korea held talks in Moscow on Tuesday.",
        "Beijing protested against the signing of an act with Taiwan-related clauses.",
    )
    assert not of(ms, "SUPPORT")


def test_a_joint_statement_signed_and_signatories_by_surname() -> None:
    (m,) = of(code("Kim Jong Un and Trump signed a joint statement in Singapore."), "SUPPORT")
    assert sides(m) == {"PRK", "USA"}
    ms = code(
        "The INF Treaty, signed by Ronald Reagan and Mikhail Gorbachev in 1987, ceased to exist "
        "on Friday when the United States withdrew from it.",
        published="2019-08-05",
    )
    (s,) = of(ms, "SUPPORT")
    assert sides(s) == {"USA", "SUN"} and s.date == "1987"
    (w,) = of(ms, "SANCTION")  # withdrew from it (the treaty): leaving a treaty
    assert w.actor[0].code == "USA" and w.date == "2019-08-02"


def test_a_protest_lodged_with_envoys_is_addressed_to_their_states() -> None:
    ms = code(
        "China's foreign ministry said it had lodged a protest with the South Korean and U.S. "
        "ambassadors in Beijing."
    )
    (m,) = of(ms, "ACCUSE")
    assert pair(m)[0] == ["CHN"] and set(pair(m)[1]) == {"KOR", "USA"}


def test_condemned_it_aims_at_the_owner_of_the_thing_just_named() -> None:
    ms = code("Britain and Japan voiced support for the U.S. action, while Iran condemned it.")
    (m,) = of(ms, "ACCUSE")
    assert pair(m) == (["IRN"], ["USA"])
    assert m.claimed_by is not None and m.claimed_by.text == "Iran"


def test_opposing_a_step_is_criticism_but_not_being_opposed_to_it() -> None:
    (m,) = of(code("China firmly opposes Japan's move."), "ACCUSE")
    assert pair(m) == (["CHN"], ["JPN"])
    ms = code("China's foreign ministry said it was not opposed to the Japan-Philippines pact.")
    assert not of(ms, "ACCUSE")


def test_fired_at_with_no_object_and_a_time_is_no_target() -> None:
    (m,) = of(code("Russian forces have fired at Ukrainian cities."), "ASSAULT")
    assert pair(m) == (["RUS"], ["UKR"])
    ms = code("North Korea fired an intercontinental ballistic missile on Thursday.")
    assert [x.event for x in ms] == ["MOBILIZE"]


def test_a_headline_verb_with_its_preposition_and_a_place_after_the_target() -> None:
    ms = code("Sirens sounded.", title="Iran fires on U.S. base in Qatar")
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["IRN"], ["USA"])


def test_joining_an_alliance_is_a_treaty_act_with_it() -> None:
    (m,) = of(code("Finland joined NATO on Tuesday."), "SUPPORT")
    assert sides(m) == {"FIN", "NATO"} and m.date == "2024-11-05"


def test_recalled_envoys_and_trade_curbs_are_sanctions() -> None:
    (m,) = of(code("France recalled its ambassadors from Washington and Canberra."), "SANCTION")
    assert pair(m)[0] == ["FRA"] and set(pair(m)[1]) == {"USA", "AUS"}
    (c,) = of(code("China imposed trade curbs on Australian barley in 2020."), "SANCTION")
    assert pair(c) == (["CHN"], ["AUS"]) and c.date == "2020"


def test_a_phone_call_an_ordered_strike_and_funded_weapons() -> None:
    (m,) = of(code("Jaishankar spoke by phone to his Chinese counterpart Wang Yi."), "CONSULT")
    assert sides(m) == {"IND", "CHN"}
    (s,) = of(code("Israel's defence minister ordered new strikes on Tehran."), "ASSAULT")
    assert pair(s) == (["ISR"], ["IRN"])
    ms = code("The Netherlands will fund a package of U.S. weapons for Ukraine.")
    (a,) = of(ms, "AID")
    assert pair(a) == (["NLD"], ["UKR"]) and a.factuality == "planned"


def test_developing_ties_with_a_state_is_cooperation() -> None:
    (m,) = of(code("Lavrov said Moscow intended to develop relations with Pyongyang."), "COOPERATE")
    assert sides(m) == {"RUS", "PRK"} and m.factuality == "planned"


def test_an_officials_pronoun_left_open_is_the_last_office_holder_named() -> None:
    ms = code(
        "U.S. Defense Secretary Pete Hegseth spoke in Singapore on Saturday.",
        "He accused Beijing of rehearsing for an invasion of Taiwan.",
    )
    (m,) = of(ms, "ACCUSE")
    assert pair(m) == (["USA"], ["CHN"])


def test_a_simple_past_after_a_reported_clause_joins_the_reporting_verb() -> None:
    ms = code(
        "South Korea's foreign ministry said Seoul would closely watch the meeting and urged "
        "Moscow to abide by U.N. Security Council resolutions."
    )
    (m,) = of(ms, "REQUEST")
    assert pair(m) == (["KOR"], ["RUS"]) and m.factuality == "asserted"
    ms = code(
        "Japan also protested, saying the Russian plane had violated its airspace, and "
        "complained to Seoul about the warning shots."
    )
    assert sorted(pair(m) for m in of(ms, "ACCUSE")) == [(["JPN"], ["KOR"]), (["JPN"], ["RUS"])]


def test_a_that_clause_of_its_own_stays_in_the_report() -> None:
    ms = code(
        "The minister said that a visit by Kim Jong Un to Russia is being prepared and that "
        "the two sides agreed to expand direct flights between Moscow and Pyongyang."
    )
    (m,) = of(ms, "AGREE")
    assert sides(m) == {"RUS", "PRK"}
    assert m.claimed_by is not None and m.claimed_by.text == "The minister"


def test_talks_in_a_phrase_without_a_name_have_no_host() -> None:
    ms = code(
        "Kim Jong Un met Donald Trump in Singapore for the first summit talks in the history "
        "of the two countries."
    )
    assert all(sides(m) <= {"PRK", "USA"} for m in of(ms, "CONSULT"))


def test_a_summons_is_an_act_not_a_statement() -> None:
    (m,) = of(code("China summoned the Japanese ambassador on Tuesday."), "ACCUSE")
    assert pair(m) == (["CHN"], ["JPN"]) and m.claimed_by is None


def test_quoted_sentence_end_and_a_headline_ending_in_a_quotation() -> None:
    ms = code(
        'Bessent blamed "Russia\'s lack of commitment to peace." He urged Moscow to agree to a '
        "ceasefire.",
        published="2025-10-23",
    )
    (m,) = of(ms, "REQUEST")
    assert m.sentence.startswith("He urged")
    ms = code('U.S. sanctions Rosneft and Lukoil; Putin calls move an "unfriendly act"')
    (s,) = of(ms, "SANCTION")
    assert pair(s) == (["USA"], ["RUS"])


def test_reciprocal_verbs_split_a_coordinated_subject() -> None:
    (m,) = of(code("Russia and Ukraine exchanged prisoners on Monday."), "RETREAT")
    assert pair(m) == (["RUS"], ["UKR"])
    (c,) = of(code("Indian and Chinese troops clashed in the Galwan Valley."), "ASSAULT")
    assert pair(c) == (["IND"], ["CHN"])


def test_denied_claims_a_discussed_topic_and_aid_counted_in_euros() -> None:
    (m,) = of(code("Moscow denied Kyiv's claims."), "REJECT")
    assert pair(m) == (["RUS"], ["UKR"])
    ms = code("Moon and Trump discussed North Korea's nuclear programme by phone.")
    assert all(sides(x) == {"KOR", "USA"} for x in of(ms, "CONSULT"))
    (a,) = of(code("Germany pledged 500 million euros in military aid to Ukraine."), "AID")
    assert pair(a) == (["DEU"], ["UKR"])


def test_troops_sent_to_a_border_are_mobilized_not_given() -> None:
    ms = code("Poland will send more troops to the Belarus border.")
    assert [(m.event, pair(m)) for m in ms] == [("MOBILIZE", (["POL"], []))]
    (m,) = of(code("North Korea sent 1,000 sappers to Russia's Kursk region."), "AID")
    assert pair(m) == (["PRK"], ["RUS"])


def test_bombers_flying_together_into_a_zone_cooperate_only_with_each_other() -> None:
    ms = code(
        "Two Chinese bombers and two Russian bombers flew together into South Korea's air "
        "defense identification zone."
    )
    (m,) = of(ms, "COOPERATE")
    assert sides(m) == {"CHN", "RUS"}


def test_missiles_fired_at_bases_housing_a_states_troops_attack_that_state() -> None:
    ms = code("Iran fired ballistic missiles at two Iraqi bases housing U.S. troops.")
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["IRN"], ["USA"])


def test_aircraft_detected_are_their_owners_mobilization_told_by_the_observer() -> None:
    (m,) = code("Taiwan detected 30 Chinese military aircraft around the island on Monday.")
    assert (m.event, pair(m)) == ("MOBILIZE", (["CHN"], []))
    assert m.claimed_by is not None and m.claimed_by.text == "Taiwan"


def test_its_forces_are_the_speakers_and_a_vessel_driven_away() -> None:
    ms = code("Russia's defence ministry said its forces had shot down 41 Ukrainian drones.")
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["RUS"], ["UKR"])
    ms = code("China's coast guard said it had driven away a Philippine vessel near the shoal.")
    (d,) = of(ms, "ASSAULT")
    assert pair(d) == (["CHN"], ["PHL"])


def test_fighting_alongside_an_ally_names_no_enemy() -> None:
    ms = code("North Korea said its troops had fought alongside Russian forces.")
    assert not of(ms, "ASSAULT")


def test_state_media_inspections_and_export_controls() -> None:
    (m,) = code("Kim Jong Un inspected an artillery drill on the western front.")
    assert (m.event, pair(m)) == ("MOBILIZE", (["PRK"], []))
    (s,) = of(code("Washington imposed new export controls on China."), "SANCTION")
    assert pair(s) == (["USA"], ["CHN"])


def test_a_condemned_transfer_keeps_its_goods_owner_and_destination() -> None:
    ms = code("The G7 ministers condemned the transfer of Iranian missiles to Russia.")
    (m,) = of(ms, "AID")
    assert pair(m) == (["IRN"], ["RUS"])
    ms = code("Seoul condemned the deployment of North Korean troops to Russia.")
    (d,) = of(ms, "AID")
    assert pair(d) == (["PRK"], ["RUS"])


def test_sanctions_placed_on_a_states_firms() -> None:
    ms = code("Beijing retaliated by placing sanctions on 10 U.S. defence firms.")
    (m,) = of(ms, "SANCTION")
    assert pair(m) == (["CHN"], ["USA"])


def test_weighing_sending_air_defence_systems_is_possible_aid() -> None:
    ms = code("Officials said the Pentagon is weighing sending more air defence systems to Israel.")
    (m,) = of(ms, "AID")
    assert pair(m) == (["USA"], ["ISR"]) and m.factuality == "possible"


def test_an_attack_after_any_is_supposed() -> None:
    ms = code("Tehran vowed a crushing response to any Israeli attack.")
    (m,) = of(ms, "ASSAULT")
    assert m.factuality == "hypothetical" and m.date is None
    (v,) = of(ms, "THREATEN")
    assert pair(v) == (["IRN"], ["ISR"]) and v.factuality == "asserted"


def test_a_warning_that_only_tells_what_the_other_side_does_is_an_accusation() -> None:
    ms = code(
        "U.S. Defense Secretary Pete Hegseth warned on Saturday that China was preparing to "
        "use military force to change the balance of power in Asia."
    )
    assert [(m.event, pair(m)) for m in ms if m.event in ("ACCUSE", "THREATEN")] == [
        ("ACCUSE", (["USA"], ["CHN"]))
    ]
    ms = code("Kim Yo Jong warned that Japan and South Korea would face consequences.")
    assert [m.event for m in ms] == ["THREATEN"]
    ms = code("Belarus said it had warned Warsaw that some drones had lost their course.")
    assert not of(ms, "ACCUSE")


def test_a_headline_infinitive_is_a_plan() -> None:
    ms = code("The package was agreed.", title="Netherlands to fund U.S. weapons for Ukraine")
    (m,) = of(ms, "AID")
    assert pair(m) == (["NLD"], ["UKR"]) and m.factuality == "planned" and m.date is None


def test_its_vessel_in_a_reported_attack_is_the_speakers() -> None:
    ms = code("The Philippine Coast Guard says Chinese ships fired water cannon at its vessel.")
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["CHN"], ["PHL"])


def test_paying_a_state_with_weapons_is_aid() -> None:
    ms = code("Analysts said Russia could pay North Korea with air-defence systems.")
    (m,) = of(ms, "AID")
    assert pair(m) == (["RUS"], ["PRK"]) and m.factuality == "possible"


def test_a_statement_verb_after_a_reported_clause_is_the_speakers() -> None:
    ms = code(
        "Taiwan's defence ministry raised its alert level.",
        "Its spokesman said the Chinese ships appeared to be practising attacks, and urged "
        "Beijing to stop its irrational behaviour.",
    )
    (m,) = of(ms, "REQUEST")
    assert pair(m) == (["TWN"], ["CHN"])


def test_missiles_that_forces_fired_at_cities() -> None:
    ms = code(
        "North Korea has shipped ammunition to Russia, along with some 100 ballistic missiles "
        "that Russian forces have fired at Ukrainian cities."
    )
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["RUS"], ["UKR"])


def test_joining_a_military_campaign_against_the_islamic_republic() -> None:
    ms = code("The U.S. is joining Israel's military campaign against the Islamic Republic.")
    # the joiner's attack, and (round 7) the campaign's owner's own (spec §6; blind3 gold)
    assert sorted(pair(m) for m in of(ms, "ASSAULT")) == [(["ISR"], ["IRN"]), (["USA"], ["IRN"])]


def test_travel_to_a_state_for_a_meeting_visits_that_state() -> None:
    ms = code(
        "Lavrov is due to travel on to China for a meeting of Shanghai Cooperation "
        "Organisation foreign ministers."
    )
    (m,) = [x for x in of(ms, "CONSULT") if x.trigger.startswith("travel")]
    assert pair(m) == (["RUS"], ["CHN"]) and m.factuality == "planned"


def test_drawing_condemnation_from_a_state_is_its_accusation() -> None:
    ms = code("China's military drills around Taiwan drew condemnation from Washington.")
    (m,) = of(ms, "ACCUSE")
    assert pair(m) == (["USA"], ["CHN"])


def test_a_summit_named_by_its_parties_in_an_adjunct_keeps_them() -> None:
    ms = code("North Korea's missile launch came hours before the U.S.-South Korea summit.")
    (m,) = of(ms, "CONSULT")
    assert sides(m) == {"USA", "KOR"}


def test_nationals_handed_over_are_released() -> None:
    ms = code("Iran handed over two Swedish nationals to Sweden in a prisoner swap.")
    (m,) = of(ms, "RETREAT")
    assert pair(m) == (["IRN"], ["SWE"])


def test_a_name_after_and_before_a_subjectless_verb_is_its_subject() -> None:
    ms = code(
        "On Monday, the European Union froze the assets of 21 Russian officials and "
        "Washington targeted 11 people."
    )
    (m,) = of(ms, "SANCTION")
    assert pair(m) == (["EUR"], ["RUS"]) and m.date == "2024-11-04"
