"""Actor resolution over our own news-style sentences (ja, ko, en)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alliancewatch.errors import AllianceWatchError
from alliancewatch.resolve.actors import DATA_DIR, ActorMatch, ActorResolver

UN_MEMBERS = 193


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver.load(DATA_DIR)


def found(r: ActorResolver, text: str, on: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, "+".join(m.codes), m.sector) for m in r.find_all(text, on)]


def codes(r: ActorResolver, text: str) -> list[str]:
    return ["+".join(m.codes) for m in r.find_all(text)]


# --- the table itself ---------------------------------------------------------------------


def _rows() -> list[list[str]]:
    lines = (DATA_DIR / "actors.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    assert rows[0] == ["alias", "code", "sector", "lang", "note"]
    return rows[1:]


def test_table_has_every_un_member_and_the_extras() -> None:
    rows = _rows()
    state_codes = {r[1] for r in rows if re.fullmatch(r"[A-Z]{3}", r[1]) and r[4] != "demonym"}
    extras = {"PSE", "TWN", "XKX", "SUN", "VAT", "YUG", "CSK", "DDR"}  # YUG CSK DDR: dissolved
    orgs = {"UNO", "EUR", "IGO"}
    assert extras <= state_codes
    assert len(state_codes - extras - orgs) == UN_MEMBERS
    assert all(len(r) == 5 for r in rows)


def test_every_state_has_a_japanese_korean_and_english_name() -> None:
    langs: dict[str, set[str]] = {}
    for _alias, code, sector, lang, _note in _rows():
        if re.fullmatch(r"[A-Z]{3}", code) and not sector:
            langs.setdefault(code, set()).add(lang)
    missing = {c: {"ja", "ko", "en"} - ls for c, ls in langs.items() if {"ja", "ko", "en"} - ls}
    assert set(missing) <= {"UNO", "EUR", "IGO"}, missing


def test_load_is_cached_and_bad_rows_are_rejected(tmp_path: Path) -> None:
    assert ActorResolver.load(DATA_DIR) is ActorResolver.load(DATA_DIR)
    (tmp_path / "actors.tsv").write_text("alias\tcode\tsector\tlang\tnote\n露\trussia\t\tja\t\n")
    with pytest.raises(AllianceWatchError, match="code"):
        ActorResolver.load(tmp_path)
    (tmp_path / "actors.tsv").write_text("alias\tcode\tsector\tlang\tnote\n露軍\tRUS\tARMY\tja\t\n")
    with pytest.raises(AllianceWatchError, match="sector"):
        ActorResolver.load(tmp_path)
    with pytest.raises(AllianceWatchError, match="not found"):
        ActorResolver.load(tmp_path / "nowhere")


# --- Japanese -------------------------------------------------------------------------------


def test_state_organs_and_sectors(r: ActorResolver) -> None:
    assert found(r, "北朝鮮軍が前線に移動した") == [("北朝鮮軍", "PRK", "MIL")]
    assert found(r, "韓国情報当局によると") == [("韓国情報当局", "KOR", "SPY")]
    assert found(r, "韓国軍当局は否定した") == [("韓国軍当局", "KOR", "MIL")]
    assert found(r, "韓国国防部の白書") == [("韓国国防部", "KOR", "MIL")]
    assert found(r, "合同参謀本部と国家情報院") == [
        ("合同参謀本部", "KOR", "MIL"),
        ("国家情報院", "KOR", "SPY"),
    ]
    assert found(r, "合参は") == [("合参", "KOR", "MIL")]
    assert found(r, "国情院は国会に報告した")[0] == ("国情院", "KOR", "SPY")
    assert found(r, "朝鮮人民軍の部隊") == [("朝鮮人民軍", "PRK", "MIL")]
    assert found(r, "朝鮮中央通信が報じた") == [("朝鮮中央通信", "PRK", "MED")]
    assert found(r, "労働新聞は社説で") == [("労働新聞", "PRK", "MED")]
    assert found(r, "クレムリンは沈黙した") == [("クレムリン", "RUS", "GOV")]
    assert found(r, "ホワイトハウスの声明") == [("ホワイトハウス", "USA", "GOV")]
    assert found(r, "国防総省とペンタゴン") == [
        ("国防総省", "USA", "MIL"),
        ("ペンタゴン", "USA", "MIL"),
    ]
    assert found(r, "自衛隊と防衛省") == [("自衛隊", "JPN", "MIL"), ("防衛省", "JPN", "MIL")]
    assert found(r, "人民解放軍の演習") == [("人民解放軍", "CHN", "MIL")]
    assert found(r, "在韓米軍の兵力") == [("在韓米軍", "USA", "MIL")]
    assert found(r, "在日米軍と自衛隊")[0] == ("在日米軍", "USA", "MIL")


def test_longest_alias_wins(r: ActorResolver) -> None:
    assert found(r, "米国務省の報道官") == [("米国務省", "USA", "DIP")]
    assert found(r, "米国防総省は") == [("米国防総省", "USA", "MIL")]
    assert found(r, "米国連大使は") == [("米国連大使", "USA", "DIP")]
    assert codes(r, "北朝鮮") == ["PRK"]  # no second match for 朝
    assert codes(r, "インドネシアとインド") == ["IDN", "IND"]


def test_abbreviations_match_only_with_a_suffix(r: ActorResolver) -> None:
    assert found(r, "米軍と露軍が") == [("米軍", "USA", "MIL"), ("露軍", "RUS", "MIL")]
    assert found(r, "米政府は") == [("米政府", "USA", "GOV")]
    assert found(r, "ロ外務省") == [("ロ外務省", "RUS", "DIP")]
    for text in ("米の価格が上がった", "19日に会った", "会談中に", "ロの字型", "英語で話す"):
        assert r.find_all(text) == [], text


def test_compounds(r: ActorResolver) -> None:
    assert codes(r, "朝ロ同盟の実体") == ["PRK+RUS"]
    assert codes(r, "朝ロ間の軍事協力") == ["PRK+RUS"]
    assert codes(r, "ロ朝関係と朝露条約") == ["RUS+PRK", "PRK+RUS"]
    assert codes(r, "韓米同盟と米韓演習") == ["KOR+USA", "USA+KOR"]
    assert codes(r, "日米韓の連携") == ["JPN+USA+KOR"]
    assert codes(r, "日米首脳会談") == ["JPN+USA"]
    assert codes(r, "中朝国境と朝中貿易") == ["CHN+PRK", "PRK+CHN"]
    assert codes(r, "中ロ、中露の接近") == ["CHN+RUS", "CHN+RUS"]
    assert codes(r, "日韓、日中、米中、米ロ") == ["JPN+KOR", "JPN+CHN", "USA+CHN", "USA+RUS"]
    assert codes(r, "1961年の朝ソ条約") == ["PRK+SUN"]
    assert codes(r, "新朝ロ条約を結んだ") == ["PRK+RUS"]
    assert codes(r, "南北関係が冷え込む") == ["KOR+PRK"]


def test_japanese_context_rules(r: ActorResolver) -> None:
    # 19日 is a date: 日米 must not swallow its 日
    assert found(r, "国防総省は19日米軍の増派を発表した")[1] == ("米軍", "USA", "MIL")
    assert codes(r, "19日米韓が協議した") == ["USA+KOR"]
    assert codes(r, "19日日米韓が協議した") == ["JPN+USA+KOR"]
    # 訪/在/駐 + state: the state is a place, the rest is the actor
    assert found(r, "「在朝ロシア軍」は想定しにくい") == [("ロシア軍", "RUS", "MIL")]
    assert found(r, "訪米中の岸田首相は")[0][1] == "JPN"
    assert found(r, "駐韓米大使が抗議した") == [("駐韓米大使", "USA", "DIP")]
    assert found(r, "在米韓国大使館") == [("韓国大使館", "KOR", "DIP")]
    # 中 as "during": 会期中 + 国連
    assert codes(r, "会期中国連総会で演説した") == ["UNO"]
    assert codes(r, "対中国政策") == ["CHN"]
    assert codes(r, "習近平中国国家主席") == ["CHN", "CHN"]
    # katakana words running on
    assert r.find_all("テロ朝鮮半島") == []
    assert r.find_all("アメリカンフットボール") == []
    assert r.find_all("ラテンアメリカ") == []
    # second character of a two-kanji word
    assert r.find_all("参加軍の規模") == []
    assert r.find_all("単独軍事行動") == []


def test_stop_forms(r: ActorResolver) -> None:
    for text in (
        "ロシア語の放送",
        "日本海に落下",
        "インド太平洋地域",
        "欧米諸国",
        "中国地方の天気",
        "朝日新聞によると",
        "北米大陸",
        "中南米",
    ):
        assert r.find_all(text) == [], text
    assert found(r, "インド太平洋軍の司令官") == [("インド太平洋軍", "USA", "MIL")]


def test_leaders_and_readings(r: ActorResolver) -> None:
    m = r.find_all("北朝鮮の金正恩(キム・ジョンウン)国務委員長は")[1]
    assert (m.codes, m.sector, m.holder) == (("PRK",), "LEAD", "Kim Jong Un")
    assert m.text == "金正恩(キム・ジョンウン)国務委員長"
    # a reading with no title after it: the match is the name, the reading is skipped
    ms = r.find_all("尹錫悦(ユン・ソンニョル)が")
    assert [(x.text, x.codes) for x in ms] == [("尹錫悦", ("KOR",))]
    for name, code in [
        ("金委員長", "PRK"),
        ("金総書記", "PRK"),
        ("プーチン", "RUS"),
        ("習近平", "CHN"),
        ("ゼレンスキー", "UKR"),
        ("李在明", "KOR"),
        ("岸田", "JPN"),
        ("石破", "JPN"),
        ("高市", "JPN"),
        ("バイデン", "USA"),
        ("トランプ", "USA"),
        ("ラブロフ", "RUS"),
        ("崔善姫", "PRK"),
    ]:
        assert codes(r, f"{name}氏が発言した") == [code], name
    assert found(r, "ラブロフ外相") == [("ラブロフ外相", "RUS", "DIP")]
    assert found(r, "中国外務省の報道官は") == [("中国外務省", "CHN", "DIP")]
    assert found(r, "ロシアのショイグ安全保障会議書記")[1][1:] == ("RUS", "GOV")
    assert found(r, "金正恩政権にとって") == [("金正恩政権", "PRK", "LEAD")]
    assert r.find_all("トランプカードの") == []


def test_office_holders_by_date(r: ActorResolver) -> None:
    assert r.find_all("米大統領は", on="2024-06-01")[0].holder == "Joe Biden"
    assert r.find_all("米大統領は", on="2025-03-01")[0].holder == "Donald Trump"
    assert r.find_all("韓国大統領", on="2024-06")[0].holder == "Yoon Suk Yeol"
    assert r.find_all("韓国の大統領", on="2025-07-01")[0].holder == "Lee Jae-myung"
    assert r.find_all("米大統領", on=None)[0].holder is None  # several holders: no guess
    assert r.find_all("米大統領選挙")[0].sector is None  # an election, not the president
    assert r.find_all("米副大統領", on="2024")[0].holder == "Kamala Harris"
    assert r.find_all("韓国副大統領", on="2024")[0].holder is None  # no fallback to 大統領
    assert r.office_holder("JPN", "首相", "2024-09-30") == "Kishida Fumio"
    assert r.office_holder("JPN", "首相", "2024-10-01") == "Ishiba Shigeru"
    assert r.office_holder("JPN", "総理", "2025-11-01") == "Takaichi Sanae"
    assert r.office_holder("USA", "President", "2025-01-20") == "Donald Trump"
    assert r.office_holder("USA", "大統領", "2025-01") is None  # two holders that month
    assert r.office_holder("KOR", "대통령", "2025-05-01") is None  # vacancy
    assert r.office_holder("RUS", "大統領", "2024") == "Vladimir Putin"
    assert r.office_holder("PRK", "国務委員長", None) == "Kim Jong Un"
    assert r.office_holder("CHN", "国家主席", "2012-01-01") == "Hu Jintao"
    assert r.office_holder("XYZ", "大統領", "2024") is None


def test_organisations(r: ActorResolver) -> None:
    assert codes(r, "国連安保理は北朝鮮を非難した") == ["UNO", "PRK"]
    assert codes(r, "北大西洋条約機構(NATO)とEU") == ["NATO", "EUR"]
    assert codes(r, "IAEAとASEAN、G7") == ["IGO", "IGO", "IGO"]
    assert found(r, "NATO軍") == [("NATO軍", "NATO", "MIL")]
    assert codes(r, "クアッド首脳") == ["USA+JPN+AUS+IND"]


# --- resolve() --------------------------------------------------------------------------------


def test_resolve_noun_phrases(r: ActorResolver) -> None:
    m = r.resolve("ロシアのプーチン大統領")
    assert m is not None and m.codes == ("RUS",) and m.holder == "Vladimir Putin"
    m = r.resolve("韓国情報当局")
    assert m is not None and (m.codes, m.sector) == (("KOR",), "SPY")
    m = r.resolve("北朝鮮軍")
    assert m is not None and (m.codes, m.sector) == (("PRK",), "MIL")
    m = r.resolve("金正恩政権")
    assert m is not None and m.codes == ("PRK",)
    assert r.resolve("両国") is None
    assert r.resolve("") is None
    m = r.resolve("ソウルの米大使館")  # head-final: the last actor
    assert m is not None and m.codes == ("USA",)
    m = r.resolve("the embassy of Japan in Russia")  # English: the first
    assert m is not None and m.codes == ("JPN",)


# --- Korean ---------------------------------------------------------------------------------


def test_korean(r: ActorResolver) -> None:
    assert found(r, "북한군이 러시아에 파병됐다") == [
        ("북한군", "PRK", "MIL"),
        ("러시아", "RUS", None),
    ]
    assert found(r, "러시아 국방부는 밝혔다") == [("러시아 국방부", "RUS", "MIL")]
    assert codes(r, "한미 동맹과 북러 조약") == ["KOR+USA", "PRK+RUS"]
    assert codes(r, "한·미·일 정상") == ["KOR+USA+JPN"]
    assert codes(r, "한ㆍ미 연합훈련") == ["KOR+USA"]  # the Hangul middle dot is folded
    assert codes(r, "미국과 중국, 일본과 한국") == ["USA", "CHN", "JPN", "KOR"]
    assert found(r, "미 국무부 대변인") == [("미 국무부 대변인", "USA", "DIP")]
    assert found(r, "합참은 발표했다") == [("합참", "KOR", "MIL")]
    assert codes(r, "대러시아 제재") == ["RUS"]
    assert codes(r, "주한미군 감축") == ["USA"]
    m = r.find_all("김정은 국무위원장이 말했다")[0]
    assert (m.text, m.holder) == ("김정은 국무위원장", "Kim Jong Un")
    m = r.find_all("윤석열 대통령은")[0]
    assert (m.codes, m.sector) == (("KOR",), "LEAD")


def test_korean_short_forms_stay_inside_compounds(r: ActorResolver) -> None:
    for text in ("미 해석", "북쪽으로", "러 ", "중에서", "일을 했다"):
        assert r.find_all(text) == [], text
    for text in (
        "인도적 지원",
        "인도태평양 전략",
        "한국어 교육",
        "중국어선",
        "북한산 등산",
        "미국산 쇠고기",
        "모든 수단을 동원했다",
        "오만한 태도",
    ):
        assert r.find_all(text) == [], text
    assert codes(r, "인도는 중립을 지켰다") == ["IND"]
    # names that are also common words match only with an organ or title after them
    assert found(r, "수단 정부는 휴전에 합의했다") == [("수단 정부", "SDN", "GOV")]


# --- English --------------------------------------------------------------------------------


def test_english(r: ActorResolver) -> None:
    ms = found(r, "Russian President Vladimir Putin met North Korean leader Kim Jong Un")
    assert ms[0] == ("Russian President", "RUS", "LEAD")
    assert ("North Korean leader", "PRK", "LEAD") in ms
    assert codes(r, "the US and South Korea told us") == ["USA", "KOR"]
    assert found(r, "Russia's defence ministry said") == [
        ("Russia's defence ministry", "RUS", "MIL")
    ]
    assert codes(r, "Americans and Russians") == ["USA", "RUS"]
    assert codes(r, "THE UNITED STATES AND JAPAN") == ["USA", "JPN"]
    assert r.find_all("a turkey and fine china") == []
    assert codes(r, "Turkey and China") == ["TUR", "CHN"]
    assert codes(r, "South Sudan and Sudan, Niger and Nigeria") == ["SSD", "SDN", "NER", "NGA"]
    assert codes(r, "Papua New Guinea and Guinea-Bissau") == ["PNG", "GNB"]
    assert r.find_all("the Korean Peninsula and the South China Sea") == []
    assert codes(r, "inter-Korean talks") == ["KOR+PRK"]
    assert codes(r, "Xi said in Xi'an") == ["CHN"]
    assert codes(r, "NATO and the U.N.") == ["NATO", "UNO"]
    m = r.find_all("the South Korean president", on="2024-06-01")[0]
    assert (m.sector, m.holder) == ("LEAD", "Yoon Suk Yeol")


def test_full_width_and_offsets(r: ActorResolver) -> None:
    text = "声明でＮＡＴＯと米国を批判"
    ms = r.find_all(text)
    assert [m.codes for m in ms] == [("NATO",), ("USA",)]
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert isinstance(ms[0], ActorMatch)


def test_matches_do_not_overlap_and_keep_offsets(r: ActorResolver) -> None:
    text = (
        "今年6月、ロシアのプーチン大統領が北朝鮮を訪問して金正恩(キム・ジョンウン)国務委員長と"
        "首脳会談を行い、両国が新朝ロ条約を結んだ後、韓米同盟への挑戦が続いている。"
    )
    ms = r.find_all(text)
    assert [m.codes for m in ms] == [
        ("RUS",),
        ("RUS",),
        ("PRK",),
        ("PRK",),
        ("PRK", "RUS"),
        ("KOR", "USA"),
    ]
    for a, b in zip(ms, ms[1:], strict=False):
        assert a.end <= b.start
    assert all(text[m.start : m.end] == m.text for m in ms)


def test_a_languages_own_alias_table_adds_to_the_shared_one(tmp_path: Path) -> None:
    extra = tmp_path / "actors.tsv"  # same columns as data/actors.tsv
    extra.write_text("alias\tcode\tsector\tlang\tnote\nHermit Kingdom\tPRK\t\ten\t\n")
    shared = ActorResolver.load(DATA_DIR)
    both = ActorResolver.load(DATA_DIR, (extra,))
    assert not shared.find_all("the Hermit Kingdom fired a missile")
    assert [m.codes for m in both.find_all("the Hermit Kingdom fired a missile")] == [("PRK",)]
