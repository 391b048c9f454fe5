"""Round 8 (ja8actors): Japanese surface forms of actors.

- A surname with an honorific or a title (金氏, 汪報道官, 習氏) is the person the story
  named in full before it (金正恩, 汪文斌, 習近平): data/name_tails.tsv, coding/discourse.py.
- The Philippine abbreviation with its organs and 側 (比側, 比国家安全保障会議), and the
  other abbreviations' 側 (韓側, 印側); 台独 is Taiwan independence, not Taiwan + Germany.
- A genitive the parser hung on the event that is written right before another of its
  arguments owns that argument (比側の補給船への放水: the ship is the target, not the doer).

Sentences are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch.coding.discourse import in_story, surnames
from alliancewatch.lang import get_language
from alliancewatch.resolve import context
from alliancewatch.resolve.actors import ActorResolver
from tests.lang.coding import parties

from .test_coder import brief, code

_OWN = Path(__file__).resolve().parents[3] / "alliancewatch/lang/ja/data/actors.tsv"
_TAILS = get_language("ja").name_tails
_LINKS = context.load().links["ja"]


def _resolver() -> ActorResolver:
    return ActorResolver.load(extra=(_OWN,))


def _codes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, m.codes) for m in _resolver().find_all(text)]


def _story(*texts: str) -> list[list[tuple[str, tuple[str, ...], str | None]]]:
    r = _resolver()
    found = in_story([r.find_all(t) for t in texts], list(texts), _TAILS, _LINKS)
    return [[(m.text, m.codes, m.holder) for m in ms] for ms in found]


# -- surnames after the full name ------------------------------------------------------


def test_surname_with_honorific_is_the_person_named_before() -> None:
    story = _story(
        "北朝鮮の金正恩総書記は平壌で演説した。",
        "金氏は核戦力の強化を指示した。",
    )
    assert ("金氏", ("PRK",), "Kim Jong Un") in story[1]


def test_surname_with_title_is_the_spokesperson_named_before() -> None:
    story = _story(
        "中国外交部の毛寧報道官は定例会見で日本を批判した。",
        "毛報道官はさらに、日本側に説明を求めた。",
    )
    assert ("毛報道官", ("CHN",), "Mao Ning") in story[1]


def test_the_last_full_name_of_that_surname_wins() -> None:
    story = _story(
        "金正恩総書記は妹の金与正氏を伴って視察した。",
        "金氏は談話で韓国を非難した。",
    )
    assert story[1][0][:2] == ("金氏", ("PRK",))
    assert story[1][0][2] != "Kim Jong Un"


@pytest.mark.parametrize(
    "texts",
    [
        ("金氏は平壌で演説した。",),  # no full name before it
        ("金正恩総書記は視察した。", "資金氏名の一覧が公表された。"),  # 金 inside a word
        ("習近平国家主席は演説した。", "習慣として会見は開かれない。"),  # no title after it
    ],
)
def test_no_surname_without_its_full_name_and_title(texts: tuple[str, ...]) -> None:
    last = _story(*texts)[-1]
    assert not [m for m in last if m[2] in ("Kim Jong Un", "Xi Jinping")]


def test_surnames_of_names_of_two_to_four_characters() -> None:
    assert surnames("王毅") == ["王"]
    assert surnames("林芳正") == ["林", "林芳"]
    assert surnames("石破茂") == ["石", "石破"]
    assert surnames("岸田文雄") == ["岸田"]
    assert surnames("ab") == ["a"] and surnames("abcde") == []


@pytest.mark.model
def test_surname_subject_gives_the_event_its_actor() -> None:
    ms = code(
        "北朝鮮の金正恩総書記は3日、北京に到着した。",
        "金氏は同日、ロシアのプーチン大統領とも会談した。",
        published="2025-09-04",
    )
    assert ("CONSULT", ("PRK",), ("RUS",)) in [brief(m) for m in ms]


@pytest.mark.model
def test_surname_with_honorific_as_object() -> None:
    ms = code(
        "ロシアのプーチン大統領は北朝鮮の金正恩総書記と会談した。",
        "プーチン氏は金氏の支持に謝意を示し、金氏をモスクワに招待した。",
        published="2025-09-04",
    )
    assert ("REQUEST", ("RUS",), ("PRK",)) in [brief(m) for m in ms]


# -- abbreviations with 側 and organs; 台独 ---------------------------------------------


@pytest.mark.parametrize(
    "text, found",
    [
        ("中国海警局は比側の補給船に接近した。", ("比側", ("PHL",))),
        ("比国家安全保障会議の報道官は反発した。", ("比国家安全保障会議", ("PHL",))),
        ("比外務省は中国大使を呼び出した。", ("比外務省", ("PHL",))),
        ("日本政府は韓側の対応を注視している。", ("韓側", ("KOR",))),
        ("中国は印側の主張を退けた。", ("印側", ("IND",))),
        ("中国軍は「台独」勢力への警告だと強調した。", ("台独", ("TWN",))),
    ],
)
def test_abbreviation_forms(text: str, found: tuple[str, tuple[str, ...]]) -> None:
    assert found in _codes(text)


@pytest.mark.parametrize("text", ["前年比の兵力は増えた。", "両者の対比側面を論じた。"])
def test_comparison_is_no_philippines(text: str) -> None:
    assert all("PHL" not in codes for _, codes in _codes(text))


# -- a genitive written before another argument owns it ------------------------------


@pytest.mark.model
def test_owner_of_the_target_is_no_doer() -> None:
    ms = code("中国海警局は昨年から比側の補給船への放水を繰り返している。")
    assert [brief(m) for m in ms if m.event == "ASSAULT"] == [("ASSAULT", ("CHN",), ("PHL",))]


@pytest.mark.model
def test_genitive_before_a_state_stays_the_doer() -> None:
    ms = code("韓国政府は、北朝鮮のロシアへの派兵を強く非難した。")
    assert ("AID", ("PRK",), ("RUS",)) in [brief(m) for m in ms]


# -- 我が国 as the topic in the outlet's voice is Japan --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3 我が国は、関係国に対し、乗組員の早期解放に向けて働きかけるよう要請しています。",
        "わが国として、引き続き米国と緊密に連携してまいります。",
    ],
)
def test_our_country_in_narration_is_japan(text: str) -> None:
    assert [c for _, c in _codes(text)][0] == ("JPN",)


@pytest.mark.parametrize(
    "text",
    [
        "カタール外務省は「わが国は決して屈しない」と表明した。",  # the speaker's country
        "金正恩氏は『我が国は核戦力を強化する』と述べた。",
        "ロシア外務省は、わが国の安全を脅かすものだと述べた。",  # reported speech
    ],
)
def test_our_country_of_a_speaker_is_not_japan(text: str) -> None:
    assert ("JPN",) not in [c for _, c in _codes(text)]


@pytest.mark.model
def test_our_country_supports_as_japan() -> None:
    ms = code("我が国は、フィリピンとの協力の下、同国の海上警備能力の強化を引き続き支援します。")
    assert ("AID", ("JPN",), ("PHL",)) in [brief(m) for m in ms]


# -- the occasion of a meeting is no side of it ---------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text, sides",
    [
        ("石破首相は、ASEAN首脳会議の機会に、中国の李強首相と会談した。", {"JPN", "CHN"}),
        ("岸田首相はG7サミットの合間に、カナダのトルドー首相と会談した。", {"JPN", "CAN"}),
        ("尹大統領は国連総会の際に、日本の岸田首相と会談した。", {"KOR", "JPN"}),
        ("習近平主席はBRICS首脳会議の期間中にインドのモディ首相と会談した。", {"CHN", "IND"}),
    ],
)
def test_occasion_of_a_meeting_is_no_side(text: str, sides: set[str]) -> None:
    talks = [m for m in code(text) if m.event == "CONSULT" and m.trigger == "会談"]
    assert talks and all(parties(m) == sides for m in talks)


# -- コンゴ alone is the DRC ---------------------------------------------------------------


def test_congo_alone_is_the_drc() -> None:
    assert ("コンゴ", ("COD",)) in _codes("ルワンダ軍はコンゴ東部に部隊を展開している。")
    assert ("コンゴ共和国", ("COG",)) in _codes("コンゴ共和国は声明を出した。")


# -- KCNA's 朝鮮 is the DPRK where the story names North Korea --------------------------


def test_kcna_korea_is_the_dprk_in_a_story_naming_it() -> None:
    story = _story("朝鮮中央通信によると、朝鮮は自衛権を行使すると表明した。", "朝鮮側は反発した。")
    assert ("朝鮮", ("PRK",), None) in story[0]
    assert ("朝鮮側", ("PRK",), None) in story[1]


@pytest.mark.parametrize(
    "text",
    [
        "朝鮮側は反発した。",  # no North Korea named in the story
        "北朝鮮の報道によると、朝鮮戦争の休戦協定が結ばれた日を記念した。",
        "北朝鮮は、戦時中の朝鮮人労働者の問題を取り上げた。",
        "北朝鮮の船が朝鮮東海で確認された。",
    ],
)
def test_korea_as_a_people_a_war_or_a_sea_is_no_state(text: str) -> None:
    found = _story(text)[0]
    assert [m for m in found if m[1] == ("PRK",) and m[0] != "北朝鮮"] == []


@pytest.mark.model
def test_kcna_korea_sends_troops() -> None:
    ms = code("朝鮮中央通信によると、朝鮮側は工兵1000人をロシアに派遣することを決めた。")
    assert ("AID", ("PRK",), ("RUS",)) in [brief(m) for m in ms]


# -- office holders the articles name without their state -----------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("テオドロ国防相は中国海警局の行動を非難した。", "PHL"),
        ("アンワル首相は両国に停戦を呼びかけた。", "MYS"),
        ("金杉憲治駐中国大使は中国当局に抗議した。", "JPN"),
        ("張浩鎮国家安保室長は記者団に説明した。", "KOR"),
        ("ペゼシキアン大統領は報復を示唆した。", "IRN"),
    ],
)
def test_office_holders_by_name(text: str, code: str) -> None:
    assert _codes(text)[0][1] == (code,)


def test_surname_owned_by_another_state_is_another_person() -> None:
    story = _story("中国の李強首相は演説した。", "韓国の李大統領は日本を訪れた。")
    assert not [m for m in story[1] if m[2] == "Li Qiang"]
    story = _story("中国の李強首相は演説した。", "中国の李首相は日本を批判した。")
    assert ("李首相", ("CHN",), "Li Qiang") in story[1]
