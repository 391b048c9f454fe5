"""English frames from real parses: roles, voice, cues, speakers and date spans of small
sentences written for these tests (one construction each)."""

from __future__ import annotations

import pytest

from alliancewatch.types import Sentence

pytestmark = pytest.mark.model


def _frames(text: str, title: bool = False) -> list:
    from alliancewatch.lang.en.frames import frames_builder
    from alliancewatch.lang.en.parse import parse_sentences

    (s,) = parse_sentences([Sentence(0, 0, 0, len(text), text, is_title=title)])
    return frames_builder().frames(s)


def _event(f) -> str:  # noqa: ANN001
    return f.event


def _one(text: str, event: str, title: bool = False):  # noqa: ANN202
    hits = [f for f in _frames(text, title) if _event(f) == event]
    assert hits, f"no {event} frame in {text!r}: {[(f.key, _event(f)) for f in _frames(text)]}"
    return hits[0]


def _roles(f) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(a.role, a.text) for a in f.arguments}


def _labels(f) -> set[str]:  # noqa: ANN001
    return {c.label for c in f.cues}


def test_subject_object_and_to_phrase() -> None:
    f = _one("North Korea sent troops to Russia.", "AID")
    assert {("agent", "North Korea"), ("recipient", "Russia")} <= _roles(f)
    assert f.voice == "active" and not f.cues and f.speaker is None


def test_passive_with_by_phrase() -> None:
    f = _one("The missiles were supplied to Russia by North Korea.", "AID")
    assert f.voice == "passive"
    assert {("agent_phrase", "North Korea"), ("recipient", "Russia")} <= _roles(f)


def test_light_verb_gives_its_subject_to_the_noun() -> None:
    f = _one("The European Union imposed sanctions on Russia.", "SANCTION")
    assert {("agent", "The European Union"), ("recipient", "Russia")} <= _roles(f)
    assert not f.nominal and f.key == "sanction"


def test_receptive_light_verb() -> None:
    f = _one("North Korea received military support from Russia.", "AID")
    assert f.voice == "receptive"
    assert {("agent", "North Korea"), ("source", "Russia")} <= _roles(f)


def test_nominal_event_with_possessor() -> None:
    f = _one("Russia's supply of missiles to North Korea worries Seoul.", "AID")
    assert f.nominal
    assert {("genitive", "Russia"), ("recipient", "North Korea")} <= _roles(f)


def test_demonym_on_a_noun_is_its_owner() -> None:
    f = _one("There are now 11,000 North Korean troops in Russia.", "AID")
    roles = _roles(f)
    assert ("genitive", "North Korean") in roles and ("recipient", "Russia") in roles


def test_coordinated_subjects_and_shared_subject_of_a_second_verb() -> None:
    f = _one("Seoul, Washington and Tokyo condemned the launch and held talks.", "CONSULT")
    assert ("agent", "Seoul, Washington and Tokyo") in _roles(f)


def test_relative_clause_subject_is_the_modified_noun() -> None:
    f = _one("Officials named the country that sent troops to Russia.", "AID")
    assert ("agent", "the country") in _roles(f)


def test_controller_of_an_infinitive_and_planned() -> None:
    f = _one("North Korea plans to send more troops to Russia.", "AID")
    assert ("agent", "North Korea") in _roles(f)
    assert _labels(f) == {"planned"}


def test_supply_x_with_y_makes_the_object_the_receiver() -> None:
    f = _one("North Korea has been supplying Moscow with artillery shells.", "AID")
    assert ("recipient", "Moscow") in _roles(f)


@pytest.mark.parametrize(
    ("text", "event", "label"),
    [
        ("North Korea may send more troops to Russia.", "AID", "possible"),
        ("Russia could provide missile technology to North Korea.", "AID", "possible"),
        ("North Korea is likely to send more troops to Russia.", "AID", "probable"),
        ("The troops are believed to have been deployed to Russia.", "AID", "probable"),
        ("North Korea will send more troops to Russia.", "AID", "planned"),
        ("North Korea is expected to send more troops to Russia.", "AID", "planned"),
        ("If North Korea sends troops, Seoul would respond.", "AID", "hypothetical"),
        ("North Korea did not send troops to Russia.", "AID", "negated"),
        ("Moscow denied sending weapons to Pyongyang.", "AID", "negated"),
        ("Seoul demanded the withdrawal of the troops.", "RETREAT", "unreal"),
        ("Seoul called for the withdrawal of the troops.", "RETREAT", "unreal"),
        ("There is no evidence that Russia transferred missiles to North Korea.", "AID", "negated"),
        ("Whether Russia has transferred missiles to Pyongyang is unclear.", "AID", "possible"),
    ],
)
def test_factuality_cues(text: str, event: str, label: str) -> None:
    assert label in _labels(_one(text, event))


def test_would_in_reported_speech_is_a_plan() -> None:
    f = _one("Tokyo said it would impose sanctions on Moscow.", "SANCTION")
    assert _labels(f) == {"planned"}


def test_reporting_clause_gives_the_speaker_and_resolves_it() -> None:
    f = _one("North Korea said it launched a new missile on Tuesday.", "MOBILIZE")
    assert f.speaker is not None and f.speaker.text == "North Korea" and f.speaker_cue == "said"
    assert ("agent", "North Korea") in _roles(f)


def test_trailing_reporting_clause() -> None:
    f = _one("North Korea fired two missiles, the Joint Chiefs of Staff said.", "MOBILIZE")
    assert f.speaker is not None and f.speaker.text == "the Joint Chiefs of Staff"
    assert ("agent", "North Korea") in _roles(f)


def test_according_to() -> None:
    f = _one("Pyongyang shipped shells to Moscow, according to Yonhap.", "AID")
    assert f.speaker is not None and f.speaker.text == "Yonhap"
    assert f.speaker_cue == "according to"


def test_quote_and_its_speaker() -> None:
    f = _one('"We will never accept sanctions on our country," the minister said.', "SANCTION")
    assert f.in_quote and f.speaker is not None and f.speaker.text == "the minister"


def test_cognition_verb_makes_the_content_probable() -> None:
    f = _one("Officials believe North Korea sent engineers to Russia.", "AID")
    assert "probable" in _labels(f) and f.speaker is not None


def test_headline_read_by_position() -> None:
    f = _one("N. Korea sends troops to Russia, NIS says", "AID", title=True)
    assert {("agent", "N. Korea"), ("recipient", "Russia")} <= _roles(f)
    assert f.speaker is not None and f.speaker.text == "NIS"


def test_dateline_stays_out_of_the_subject() -> None:
    f = _one("SEOUL, Oct. 31 (Yonhap) -- North Korea fired a ballistic missile.", "MOBILIZE")
    assert ("agent", "North Korea") in _roles(f)


def test_date_spans_bind_the_event_not_the_report() -> None:
    text = "North Korea fired a missile on Monday, the military said on Tuesday."
    f = _one(text, "MOBILIZE")
    spans = [text[s:e] for s, e in f.date_spans]
    # the report's date only as the last resort, after the event's own (spec section 6)
    assert spans[0] == "on Monday" and spans[-1] == "on Tuesday"


def test_light_verb_object_blocks_its_own_trigger_reading() -> None:
    keys = [f.key for f in _frames("Russia launched an attack on Ukraine.")]
    assert keys == ["attack"]


def test_requires_keeps_sign_for_treaties() -> None:
    assert [f.key for f in _frames("Putin signed a treaty with Kim.")] == ["sign"]
    assert not [f for f in _frames("The fans signed the ball.") if f.key == "sign"]


def test_every_role_and_label_is_in_the_shared_sets() -> None:
    from alliancewatch.lang.en.lexicon import LABELS, ROLES

    text = (
        "Seoul said Pyongyang may have supplied shells to Moscow by ship after talks with "
        "Russia, and that it would not sanction China."
    )
    for f in _frames(text):
        assert {a.role for a in f.arguments} <= set(ROLES)
        assert _labels(f) <= set(LABELS)


def test_passive_cognition_verb_is_a_cue_and_the_speaker_comes_from_the_report() -> None:
    f = _one("North Korea is believed to have sent shells to Russia, officials told Yonhap.", "AID")
    assert "probable" in _labels(f)
    assert f.speaker is not None and f.speaker.text == "officials"


def test_event_noun_as_subject_of_a_scheduling_verb() -> None:
    f = _one("The summit is scheduled to take place in Seoul in November.", "CONSULT")
    assert _labels(f) == {"planned"}


def test_quantity_noun_is_transparent_to_its_light_verb() -> None:
    f = _one("The European Union adopted a new package of sanctions against Russia.", "SANCTION")
    assert ("agent", "The European Union") in _roles(f) and ("recipient", "Russia") in _roles(f)


def test_threat_content_names_the_threatened() -> None:
    f = _one('"North Korea will pay a heavy price," the president warned.', "THREATEN")
    assert ("content_agent", "North Korea") in _roles(f)
    assert "planned" not in _labels(f)


def test_accused_of_a_gerund() -> None:
    f = _one("Washington accused Pyongyang of supplying Moscow with shells.", "AID")
    assert ("agent", "Pyongyang") in _roles(f) and ("recipient", "Moscow") in _roles(f)
    assert f.speaker is not None and f.speaker.text == "Washington"


def test_statement_subject_is_the_claimant() -> None:
    f = _one("Seoul condemned the missile launch by North Korea.", "ACCUSE")
    assert f.speaker is not None and f.speaker.text == "Seoul"
    f = _one("Beijing, for its part, urged Washington to show restraint.", "REQUEST")
    assert f.speaker is not None and f.speaker.text == "Beijing"
    assert ("agent", "Beijing") in _roles(f)


def test_pronoun_speaker_gives_no_claimant() -> None:
    f = _one("He added that Moscow was likely to provide economic aid to Pyongyang.", "AID")
    assert f.speaker is None


def test_dateline_is_no_speaker() -> None:
    f = _one(
        "SEOUL, April 28 (Yonhap) -- South Korea's foreign ministry condemned Russia.", "ACCUSE"
    )
    assert f.speaker is not None and f.speaker.text == "South Korea's foreign ministry"
