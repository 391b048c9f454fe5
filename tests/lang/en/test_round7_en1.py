"""English error classes of round 7 (issue 11), on sentences we wrote: a punitive act told as
what its doer will do is also a threat (would impose sanctions if ..., would take measures
against, would respond); 'would not hesitate to' affirms; 'no intention of', 'no plans to',
'signed no agreements' and a denied event noun (denied the arms deliveries) are negated, the
denier the one said not to have acted; a state's war or campaign against another is an
attack by its owner, 'the war in X' names no attacker."""

from __future__ import annotations

import pytest

from alliancewatch.types import Mention
from tests.lang.coding import code_text, of, pair

pytestmark = pytest.mark.model
PUB = "2024-09-11"  # a Wednesday


def code(*paragraphs: str) -> list[Mention]:
    return code_text("en", *paragraphs, published=PUB, title=None, sep="\n\n")


# -- conditional and future punitive acts: the telling is a threat -------------------------


def test_conditional_sanction_is_a_threat_and_the_sanction_hypothetical() -> None:
    ms = code(
        "Paris would not hesitate to impose sanctions on Mali if the junta expelled its envoy."
    )
    (t,) = of(ms, "THREATEN")
    assert pair(t) == (["FRA"], ["MLI"]) and t.factuality == "asserted"
    (s,) = of(ms, "SANCTION")
    assert pair(s) == (["FRA"], ["MLI"]) and s.factuality == "hypothetical"


def test_measures_a_state_will_take_against_another_are_a_threat() -> None:
    ms = code("Hungary would take firm measures against Slovakia, its foreign minister said.")
    (t,) = of(ms, "THREATEN")
    assert pair(t) == (["HUN"], ["SVK"]) and t.factuality == "asserted"
    assert [m.factuality for m in of(ms, "SANCTION")] == ["planned"]


def test_warned_that_the_responder_would_respond_keeps_the_direction() -> None:
    ms = code(
        "The Kremlin warned that Moscow would respond in kind if Oslo hosted American bombers."
    )
    assert [pair(m) for m in of(ms, "THREATEN")] == [(["RUS"], ["NOR"])]


def test_warned_that_the_target_would_face_consequences_keeps_the_direction() -> None:
    # negative case for the responder rule: the content's subject is the threatened
    ms = code("Beijing warned that Canberra would face consequences.")
    assert [pair(m) for m in of(ms, "THREATEN")] == [(["CHN"], ["AUS"])]


def test_vowed_to_respond_is_a_threat_not_a_promise() -> None:
    ms = code("Athens vowed to respond firmly to Ankara.")
    assert [pair(m) for m in of(ms, "THREATEN")] == [(["GRC"], ["TUR"])]
    assert not of(ms, "AGREE")


def test_a_plain_plan_to_sanction_is_no_threat() -> None:
    # negative cases: no condition and no response word; a sanction ruled out threatens nothing
    ms = code("London said it would cancel its air services agreement with Tehran.")
    assert not of(ms, "THREATEN") and [m.factuality for m in of(ms, "SANCTION")] == ["planned"]
    ms = code("Paris would not impose sanctions on Mali if the junta released the hostages.")
    assert not of(ms, "THREATEN")


def test_responded_in_the_past_is_no_threat() -> None:
    ms = code("Tokyo responded to the launch by protesting to Pyongyang.")
    assert not of(ms, "THREATEN")


def test_not_hesitating_in_the_past_is_an_act_done() -> None:
    ms = code("Ottawa did not hesitate to impose sanctions on Caracas.")
    (s,) = of(ms, "SANCTION")
    assert s.factuality == "asserted"


# -- negation and denial ------------------------------------------------------------------


def test_no_intention_of_invading_is_negated() -> None:
    ms = code("Armenia has no intention of attacking Azerbaijan, the prime minister said.")
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["ARM"], ["AZE"]) and m.factuality == "negated"


def test_every_intention_and_plans_are_planned_no_plans_negated() -> None:
    (m,) = of(code("Rwanda has every intention of sending troops to Mozambique."), "AID")
    assert m.factuality == "planned"
    (m,) = of(code("Egypt had no plans to send troops to Sudan."), "AID")
    assert m.factuality == "negated"
    (m,) = of(code("Egypt had plans to send troops to Sudan."), "AID")
    assert m.factuality == "planned"


def test_an_act_with_no_object_is_negated() -> None:
    (m,) = of(code("Tokyo sent no troops to Iraq in the end."), "AID")
    assert pair(m) == (["JPN"], ["IRQ"]) and m.factuality == "negated"
    (m,) = of(code("Tokyo sent two hundred troops to Iraq."), "AID")
    assert m.factuality == "asserted"


def test_a_denied_event_noun_is_the_deniers_and_negated() -> None:
    ms = code("Beijing has denied any drone deliveries to Moscow.")
    (m,) = of(ms, "AID")
    assert pair(m) == (["CHN"], ["RUS"]) and m.factuality == "negated"
    assert m.claimed_by is not None and m.claimed_by.text == "Beijing"


def test_a_condemned_event_noun_is_not_the_condemners() -> None:
    # negative case: condemning is not denying; the subject talks about the deliveries
    ms = code("Kyiv condemned the drone deliveries to Moscow.")
    assert not [m for m in of(ms, "AID") if "UKR" in pair(m)[0]]


# -- wars and campaigns with their owner ---------------------------------------------------


def test_a_states_war_against_another_is_its_attack() -> None:
    (m,) = of(code("Lithuania condemned Russia's war of aggression against Ukraine."), "ASSAULT")
    assert pair(m) == (["RUS"], ["UKR"])
    (m,) = of(
        code("Tehran praised Hezbollah's allies and Iran's campaign against Israel."), "ASSAULT"
    )
    assert pair(m) == (["IRN"], ["ISR"])


def test_the_war_in_a_country_names_no_attacker() -> None:
    ms = code("Pyongyang would lose its best customer if the war in Ukraine ended.")
    assert not of(ms, "ASSAULT")


# -- invitations, offers, pledges, regret, bans, participles -------------------------------


def test_invited_to_visit_is_a_request_and_the_visit_planned() -> None:
    ms = code("Lukashenko invited Xi to visit Minsk.")
    (r,) = of(ms, "REQUEST")
    assert pair(r) == (["BLR"], ["CHN"]) and r.factuality == "asserted"
    assert r.claimed_by is not None and r.claimed_by.text == "Lukashenko"
    (c,) = of(ms, "CONSULT")
    assert c.factuality == "planned"


def test_invited_for_talks_is_a_meeting_planned_not_a_request() -> None:
    # negative case for the request reading: no to-infinitive
    ms = code("Orban had invited his Slovak counterpart to Budapest for talks.")
    assert not of(ms, "REQUEST")
    (c,) = of(ms, "CONSULT")
    assert sorted(pair(c)[0] + pair(c)[1]) == ["HUN", "SVK"] and c.factuality == "planned"


def test_offered_assistance_is_an_agreement_and_planned_aid() -> None:
    ms = code("The Vietnamese navy offered assistance to the Chinese crew.")
    (a,) = of(ms, "AGREE")
    assert sorted(pair(a)[0] + pair(a)[1]) == ["CHN", "VNM"] and a.factuality == "asserted"
    (m,) = of(ms, "AID")
    assert m.factuality == "planned"


def test_pledged_aid_is_planned_aid_without_an_agreement() -> None:
    ms = code("Norway has pledged 3 billion crowns in military assistance to Ukraine.")
    (m,) = of(ms, "AID")
    assert pair(m) == (["NOR"], ["UKR"]) and m.factuality == "planned"
    assert not of(ms, "AGREE")
    # negative case: aid provided is aid given
    (m,) = of(code("Norway provided military assistance to Ukraine."), "AID")
    assert m.factuality == "asserted"


def test_regretting_a_states_decision_is_criticism() -> None:
    (m,) = of(code("The European Commission regretted Hungary's decision."), "ACCUSE")
    assert pair(m) == (["EUR"], ["HUN"])


def test_a_ban_on_imports_from_a_state_sanctions_it() -> None:
    (m,) = of(code("China imposed a ban on imports of coal from Australia."), "SANCTION")
    assert pair(m) == (["CHN"], ["AUS"])


def test_a_ban_on_arms_sales_eased_sanctions_nobody() -> None:
    # negative case: a ban on a kind of trade, no state it is aimed at
    ms = code("Tokyo eased its postwar ban on arms sales, Canberra noted.")
    assert not of(ms, "SANCTION")


def test_sanctions_imposed_by_a_state_on_another_told_as_a_noun() -> None:
    ms = code("The sanctions imposed on Belarus by Canada took effect on Monday.")
    (m,) = of(ms, "SANCTION")
    assert pair(m) == (["CAN"], ["BLR"])


def test_a_threat_with_no_target_aims_at_the_subject_of_its_condition() -> None:
    ms = code(
        "Xi and Lukashenko met in Minsk on Monday. Washington said it would not hesitate to "
        "impose new sanctions if the two sides signed a military pact."
    )
    (t,) = of(ms, "THREATEN")
    assert pair(t) == (["USA"], ["CHN", "BLR"])
    (s,) = of(ms, "SANCTION")
    assert s.factuality == "hypothetical"


def test_a_sale_of_jets_named_in_its_of_phrase() -> None:
    (m,) = of(code("Lawmakers cleared a French sale of 26 Rafale jets to India."), "AID")
    assert pair(m) == (["FRA"], ["IND"])
    # negative case: a sale of something that is no weapon
    ms = code("The sale of a Dutch chip firm to a Chinese buyer worried the Netherlands.")
    assert not of(ms, "AID")


def test_a_summit_of_leaders_listed_after_an_abbreviation() -> None:
    ms = code(
        "Beijing on Monday criticised last month's summit of the U.S., Australian and "
        "Philippine leaders in Manila as a provocation."
    )
    (m,) = of(ms, "CONSULT")
    assert sorted(pair(m)[0] + pair(m)[1]) == ["AUS", "PHL", "USA"]


def test_a_name_before_an_aid_noun_gives_when_the_receiver_is_written() -> None:
    ms = code(
        "Stockholm welcomed the vote. It clears the way for a U.K. sale of 12 Typhoon jets "
        "to Turkey."
    )
    assert [pair(m) for m in of(ms, "AID")] == [(["GBR"], ["TUR"])]
    # negative case: with no receiver written, the name is the receiver (aid to Ukraine)
    ms = code("Berlin approved a new Ukraine aid package on Monday.")
    assert [pair(m) for m in of(ms, "AID")] == [(["DEU"], ["UKR"])]


# -- trigger families missed in the studied sets --------------------------------------------


def test_weapons_used_against_a_state_are_an_attack() -> None:
    (m,) = of(code("Minsk is likely to use them against Vilnius soon."), "ASSAULT")
    assert pair(m) == (["BLR"], ["LTU"]) and m.factuality == "probable"
    (m,) = of(code("Belarus could use the jets against Lithuania."), "ASSAULT")
    assert pair(m) == (["BLR"], ["LTU"]) and m.factuality == "possible"


def test_a_veto_used_against_a_resolution_is_no_attack() -> None:
    # negative case: a right or a vote used against something
    assert not of(code("Russia used its veto against the resolution on Syria."), "ASSAULT")


def test_a_commitment_to_a_states_security_is_support() -> None:
    ms = code("London's commitment to Estonia's security remains firm.")
    assert [pair(m) for m in of(ms, "SUPPORT")] == [(["GBR"], ["EST"])]
    # negative case: a commitment to an accord named after a city
    assert not of(code("Japan's commitment to the Paris climate agreement is firm."), "SUPPORT")


def test_blows_and_prices_promised_are_threats() -> None:
    ms = code("Pyongyang will deal Seoul a merciless blow, the agency said.")
    assert [pair(m) for m in of(ms, "THREATEN")] == [(["PRK"], ["KOR"])]
    ms = code("Tehran would exact a heavy price from Riyadh, the general said.")
    assert [pair(m) for m in of(ms, "THREATEN")] == [(["IRN"], ["SAU"])]
    # negative case: a blow dealt in the past is no warning
    assert not of(code("The sanctions dealt a heavy blow to Russia's economy."), "THREATEN")


def test_rejected_claims_that_a_state_acted_negate_the_act() -> None:
    ms = code("Lavrov rejected Western claims that Moscow had sold jets to Tehran.")
    (m,) = of(ms, "AID")
    assert pair(m) == (["RUS"], ["IRN"]) and m.factuality == "negated"
    assert m.claimed_by is not None and m.claimed_by.text == "Lavrov"


def test_rejected_sanctions_are_not_the_rejecters() -> None:
    # negative case: rejecting (not denying) an event noun makes no doer of the subject
    ms = code("Tehran rejected the new sanctions as illegal.")
    assert not [m for m in of(ms, "SANCTION") if pair(m)[0] == ["IRN"]]


def test_a_reply_rejecting_an_accusation_does_not_claim_it() -> None:
    ms = code(
        "Armenia's premier accuses Baku of shelling the village, and Azerbaijan rejects that."
    )
    (m,) = of(ms, "ACCUSE")
    assert m.claimed_by is not None and "Azerbaijan" not in m.claimed_by.text


def test_a_title_case_headline_noun_in_the_plural() -> None:
    text = "Comrade Kim Jong Un Has Talks with President of Belarus"
    ms = code_text("en", text, published=PUB, title=text)
    assert {c for m in of(ms, "CONSULT") for c in pair(m)[0] + pair(m)[1]} == {"BLR", "PRK"}


def test_the_means_of_a_response_shares_its_mood() -> None:
    ms = code("The EU said it would respond with new measures against Minsk.")
    (s,) = of(ms, "SANCTION")
    assert pair(s) == (["EUR"], ["BLR"]) and s.factuality == "planned"
    assert [pair(m) for m in of(ms, "THREATEN")] == [(["EUR"], ["BLR"])]
    # negative case: a response made is told as done, and no threat
    ms = code("The EU responded with new measures against Minsk.")
    assert [m.factuality for m in of(ms, "SANCTION")] == ["asserted"]
    assert not of(ms, "THREATEN")


def test_standing_with_a_state_from_now_on_is_support_stated_now() -> None:
    (m,) = of(code("Minsk will always stand with Moscow, Lukashenko said."), "SUPPORT")
    assert pair(m) == (["BLR"], ["RUS"]) and m.factuality == "asserted"


def test_retaliating_is_a_threat_only_as_what_one_will_do() -> None:
    ms = code("Islamabad vowed to retaliate against New Delhi.")
    assert [pair(m) for m in of(ms, "THREATEN")] == [(["PAK"], ["IND"])]
    # negative case: a retaliation carried out is no threat
    assert not of(code("Pyongyang retaliated against Seoul by scrapping the pact."), "THREATEN")


def test_pledged_to_do_is_no_aid_pledged_arms_are() -> None:
    ms = code("The three leaders pledged to share missile warning data on North Korea.")
    assert not of(ms, "AID")
    (m,) = of(code("Germany pledged tanks to Ukraine."), "AID")
    assert pair(m) == (["DEU"], ["UKR"]) and m.factuality == "planned"


def test_not_accepting_or_recognising_is_a_rejection_stated_as_fact() -> None:
    ms = code("Beijing does not accept Tokyo's so-called protest.")
    (r,) = of(ms, "REJECT")
    assert pair(r) == (["CHN"], ["JPN"]) and r.factuality == "asserted"
    assert [m.factuality for m in of(ms, "ACCUSE")] == ["asserted"]  # the protest was made
    (r,) = of(code("Washington did not recognize Maduro's authority to cut ties."), "REJECT")
    assert pair(r) == (["USA"], ["VEN"]) and r.factuality == "asserted"


def test_accepting_an_invitation_is_no_rejection() -> None:
    # negative case: without the negation, the agreement reading
    ms = code("Moscow accepted the invitation from Pyongyang.")
    assert not of(ms, "REJECT") and [pair(m) for m in of(ms, "AGREE")] == [(["RUS"], ["PRK"])]


def test_a_leader_expected_in_a_capital_is_a_visit_to_come() -> None:
    (m,) = of(code("The Malian leader is expected in Moscow next week for talks."), "CONSULT")
    assert sorted(pair(m)[0] + pair(m)[1]) == ["MLI", "RUS"] and m.factuality == "planned"
    # negative case: weather expected in a capital is no visit
    assert not code("Heavy rain is expected in Moscow next week.")


def test_a_leader_due_at_another_states_seat_is_a_visit_to_come() -> None:
    (m,) = of(code("Netanyahu is due at the White House next week."), "CONSULT")
    assert sorted(pair(m)[0] + pair(m)[1]) == ["ISR", "USA"] and m.factuality == "planned"
    (m,) = of(code("Macron was at the Kremlin on Monday."), "CONSULT")
    assert sorted(pair(m)[0] + pair(m)[1]) == ["FRA", "RUS"] and m.factuality == "asserted"
    # negative case: 'at' a level or a border is no visit
    assert not code("The risk is at its highest level.")


def test_a_war_given_for_is_the_receivers() -> None:
    ms = code("Tehran sent drones to Moscow for its war against Ukraine.")
    assert [pair(m) for m in of(ms, "ASSAULT")] == [(["RUS"], ["UKR"])]
    # negative case: with no receiver written, 'its' stays the subject's
    ms = code("Moscow needs more shells for its war against Ukraine.")
    assert [pair(m) for m in of(ms, "ASSAULT")] == [(["RUS"], ["UKR"])]


def test_a_war_given_for_is_there_whatever_the_giving() -> None:
    ms = code("Pyongyang may supply shells to Moscow for its war in Ukraine.")
    (m,) = of(ms, "ASSAULT")
    assert pair(m) == (["RUS"], ["UKR"]) and m.factuality == "asserted"
    assert [a.factuality for a in of(ms, "AID")] == ["possible"]
