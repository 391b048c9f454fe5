"""Round 10 (r10actor): states written the short way Japanese papers write them.

- One-character abbreviations (米 比 豪 独 英 ...) name their state glued to an organ or a title
  (比外交当局, 米特使), run together with other states (日米豪比, 英仏伊, 米ウクライナ), joined by
  と to a state's name (米とベトナム), opening a headline before a comma (米、…), and, for the
  characters no other word reads alone, after kana before a particle (比の巡視船); never in
  加速, 参加, 印象, 伊勢, 前年比, 南米, 朝日, 中米 (resolve/abbrev.py, data/actor_context.tsv).
- A state's ambassador or mission to the UN is the state's, never the UN (spec §2).
- A fleet is its navy's state; the Africa Corps is Russia's military.

Sentences are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch.resolve.actors import DATA_DIR, ActorResolver

from .test_coder import brief, code

_OWN = Path(__file__).resolve().parents[3] / "alliancewatch/lang/ja/data/actors.tsv"


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver.load(DATA_DIR, (_OWN,))


def found(r: ActorResolver, text: str) -> list[tuple[str, str]]:
    return [(m.text, "+".join(m.codes)) for m in r.find_all(text)]


@pytest.mark.parametrize(
    "text, want",
    [
        ("比外交当局は懸念を伝えた", [("比外交当局", "PHL")]),
        ("米特使が来週訪れる", [("米特使", "USA")]),
        ("日米豪比越が共同声明を出した", [("日米豪比越", "JPN+USA+AUS+PHL+VNM")]),
        ("英仏伊の3カ国が声明を出した", [("英仏伊", "GBR+FRA+ITA")]),
        ("米ベトナム首脳会談が開かれた", [("米ベトナム首脳", "USA+VNM")]),
        ("米とベトナムが協議した", [("米", "USA"), ("ベトナム", "VNM")]),
        ("豪、潜水艦の調達計画を見直し", [("豪", "AUS")]),
        ("海警船は比の巡視船を追尾した", [("比", "PHL")]),
        ("英豪比の防衛協力", [("英豪比", "GBR+AUS+PHL")]),
    ],
)
def test_abbreviations_in_their_positions(r: ActorResolver, text: str, want: list) -> None:
    assert found(r, text) == want


@pytest.mark.parametrize(
    "distractor",
    [
        "計画の加速と参加国の拡大",
        "強い印象を残した",
        "伊勢湾の漁業",
        "前年比の伸びが鈍った",
        "南米首脳が集まった",
        "朝日が昇る",
        "日比谷公園で集会",
        "米の価格が上がった",
        "米と小麦の輸入",
        "中米の移民",
    ],
)
def test_abbreviations_inside_other_words_name_no_state(r: ActorResolver, distractor: str) -> None:
    """Beside a word that holds an abbreviation's character, only the real abbreviation counts."""
    assert found(r, distractor + "。比外交当局は懸念を伝えた") == [("比外交当局", "PHL")]


def test_un_ambassador_is_the_state_s(r: ActorResolver) -> None:
    assert found(r, "英国のスミス国連次席大使は") == [("英国", "GBR")]
    assert found(r, "フランスの国連代表部は") == [("フランス", "FRA")]


def test_fleets_and_the_africa_corps(r: ActorResolver) -> None:
    assert found(r, "黒海艦隊が演習を行った") == [("黒海艦隊", "RUS")]
    assert found(r, "アフリカ軍団はニジェールに要員を送った") == [
        ("アフリカ軍団", "RUS"),
        ("ニジェール", "NER"),
    ]


@pytest.mark.model
def test_headline_opened_by_an_abbreviation() -> None:
    (m,) = code("本文です。", title="英、イランの銀行3行に制裁　核開発の資金源を断つ")
    assert brief(m) == ("SANCTION", ("GBR",), ("IRN",))


@pytest.mark.model
def test_abbreviation_glued_to_a_state_name_in_a_headline() -> None:
    ms = code("米ベトナム、防衛協力の強化で一致")
    pairs = [(m.event, {a.code for a in m.actor + m.recipient}) for m in ms]
    assert ("AGREE", {"USA", "VNM"}) in pairs


def test_japanese_minister_and_prime_minister_written_bare(r: ActorResolver) -> None:
    assert found(r, "岩屋大臣から、ヴァルトネン大臣の訪日を歓迎した") == [("岩屋大臣", "JPN")]
    assert found(r, "総理は中国の丁薛祥副総理と会談した") == [("総理", "JPN"), ("中国", "CHN")]
    assert found(r, "「総理は辞めるべきだ」") == []


@pytest.mark.model
def test_home_of_an_armed_group_is_no_party() -> None:
    ms = code("ソマリアの武装組織アルシャバーブがケニア軍の基地を攻撃した。")
    assert all("SOM" not in {a.code for a in m.actor} for m in ms)


@pytest.mark.model
def test_surname_with_seiken_is_the_named_president_s_government() -> None:
    ms = code(
        "韓国の李在明大統領は6月に就任した。", "李政権は日本に対し、歴史問題での譲歩を求めた。"
    )
    assert ("REQUEST", ("KOR",), ("JPN",)) in [brief(m) for m in ms]
