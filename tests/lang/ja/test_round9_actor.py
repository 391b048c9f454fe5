"""Round 9 (ja9actor): actors the story names by a person or a place, and places that are
no parties.

- A person the story introduces with a state, a name in katakana and a title (エストニアの
  ツァフクナ外相, サウジのムハンマド皇太子) stands for that state wherever the name comes
  again, alone or with 氏 / 政権 / a title, the headline included (coding/discourse.py,
  learned_names; the titles are data/name_tails.tsv).
- A country named as the place of an event is no party: Xの首都Yで, X・Yにおいて, in the
  formal locative (において, にて) and 訪問先のX (data/not_actor.tsv).
- Sanctions named by their UN legal source (国連制裁) have no UN side (data/actors.tsv).

Sentences are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch.coding.discourse import in_story
from alliancewatch.lang import get_language
from alliancewatch.resolve import context
from alliancewatch.resolve.actors import ActorResolver

from .test_coder import brief, code

_OWN = Path(__file__).resolve().parents[3] / "alliancewatch/lang/ja/data/actors.tsv"
_TAILS = get_language("ja").name_tails
_LINKS = context.load().links["ja"]


def _story(*texts: str) -> list[list[tuple[str, tuple[str, ...]]]]:
    r = ActorResolver.load(extra=(_OWN,))
    found = in_story([r.find_all(t) for t in texts], list(texts), _TAILS, _LINKS)
    return [[(m.text, m.codes) for m in ms] for ms in found]


# -- persons introduced with their state ----------------------------------------------


def test_a_name_introduced_with_its_state_is_that_state_later() -> None:
    story = _story(
        "ラトビアのリンケービッチ大統領は首都で演説した。",
        "リンケービッチ氏は同盟国に支援を訴えた。",
        "リンケービッチ政権は防衛費を増やす。",
    )
    assert ("リンケービッチ氏", ("LVA",)) in story[1]
    assert ("リンケービッチ政権", ("LVA",)) in story[2]  # 政権 is a name tail since round 10


def test_a_headline_name_takes_the_state_the_body_gives() -> None:
    story = _story(
        "首相がバルガス外相と会談",
        "日本の首相は、コロンビアのバルガス外相と東京で会談した。",
    )
    assert ("バルガス外相", ("COL",)) in story[0]


def test_a_name_two_states_give_is_nobodys() -> None:
    story = _story(
        "ブルガリアのペトロフ首相とロシアのペトロフ外相が会った。",
        "ペトロフ氏は記者団に語った。",
    )
    assert story[1] == []


def test_another_states_person_of_the_same_name_is_not_taken() -> None:
    story = _story(
        "チリのアラヤ外相は訪日した。",
        "ペルーのアラヤ氏は別の人物だ。",
    )
    assert ("アラヤ氏", ("CHL",)) not in story[1]


def test_a_katakana_word_inside_a_longer_word_is_no_name() -> None:
    story = _story(
        "ケニアのルート大統領は演説した。", "新たなルートマップが示された。", "別のルートで運ぶ。"
    )
    assert story[1] == [] and story[2] == []  # a short name is used alone with a title only


def test_a_request_to_a_named_person_goes_to_the_state() -> None:
    ms = code(
        "米大統領は10日、キルギスのジャパロフ大統領と会談した。"
        "米大統領はジャパロフ氏に対し、ロシアとの貿易を減らすよう求めた。"
    )
    assert ("REQUEST", ("USA",), ("KGZ",)) in [brief(m) for m in ms]


def test_a_crown_prince_stands_for_his_state() -> None:
    ms = code(
        "会談にはヨルダンのフセイン皇太子が同席した。",
        "関係者によると、フセイン皇太子は米大統領に援助を強く求めたという。",
    )
    assert ("REQUEST", ("JOR",), ("USA",)) in [brief(m) for m in ms]


# -- places that are no parties --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("中国の外相は4日、ケニアの首都ナイロビで演説し、米国の関税を批判した。", "KEN"),
        ("英首相は、訪問先のインドで演説し、ロシアを非難した。", "IND"),
        ("9月1日、英国・ロンドンにおいて、ガーナとトーゴの外相が協定に署名した。", "GBR"),
    ],
)
def test_a_place_is_no_party(text: str, absent: str) -> None:
    ms = code(text)
    assert ms
    assert all(absent not in {p.code for p in m.actor + m.recipient} for m in ms)


def test_the_capital_of_a_state_hit_stays_a_party() -> None:
    ms = code("イスラエル軍は5日、レバノンの首都ベイルートで、武装組織の拠点を空爆した。")
    assert ("ASSAULT", ("ISR",), ("LBN",)) in [brief(m) for m in ms]


def test_un_sanctions_have_no_un_side() -> None:
    ms = code("米国は、北朝鮮が国連制裁を逃れていると非難した。")
    assert all("UNO" not in {p.code for p in m.actor + m.recipient} for m in ms)
    assert ("ACCUSE", ("USA",), ("PRK",)) in [brief(m) for m in ms]


# -- nouns the tagger reads as verbs or adjectives ------------------------------------


def test_a_compound_tagged_as_a_verb_is_still_the_subject() -> None:
    ms = code("2021年2月にはバイデン政権の発足直後に米ロが5年間の延長で合意した。")
    assert [(m.event, {p.code for p in m.actor + m.recipient}) for m in ms] == [
        ("AGREE", {"USA", "RUS"})
    ]


def test_an_administration_tagged_as_an_adjective_is_the_addressee() -> None:
    ms = code("ウクライナ大統領は、ロシアへの圧力を維持するようトランプ政権に求めた。")
    assert [brief(m) for m in ms] == [("REQUEST", ("UKR",), ("USA",))]


# -- goods named by their origin -------------------------------------------------------


def test_the_origin_of_banned_imports_is_the_target() -> None:
    ms = code("韓国は先月、日本産の牛肉の輸入を全面的に停止した。")
    assert [brief(m) for m in ms] == [("SANCTION", ("KOR",), ("JPN",))]


def test_a_product_is_otherwise_no_party() -> None:
    ms = code("インドはロシア産原油の価格上限に反対した。")
    assert all("RUS" not in {p.code for p in m.actor + m.recipient} for m in ms)


def test_the_eu_glossed_in_katakana_is_the_eu() -> None:
    found = ActorResolver.load(extra=(_OWN,)).find_all("EU＝ヨーロッパ連合の外相理事会")
    assert [m.codes for m in found] == [("EUR",), ("EUR",)]
