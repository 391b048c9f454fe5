"""Round 16 (r16quo): quote frames and minutes style as whole constructions.

- the minutes' speaker written with から、 opens a turn at the head of a sentence or after a
  continuative clause (…意見交換を行い、外務大臣から、…), and is the subject of the turn's
  own acts (…に深刻な懸念を表明し、…控えるよう求めました; lang/ja/saying.py);
- a headline's verb-less quote before a statement noun that is no censure (X「主権侵害」と
  撤退要求) is still the speaker's blame, and the noun is the speaker's act; a quote that is
  an object with the asking verb left out (X「即時撤退を」) is a demand; 「Xに国家責任」
  holds X liable (headline_quotes.py);
- a liability said with the liable one as the place of 責任 (「責任は全面的に米側にある」);
- a statement written alone (声明は、…と警告した) speaks for the state that issued it.

Sentences of our own, with near-misses that must not change.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def _of(kind: str, *paragraphs: str) -> list[tuple]:
    return [b for b in briefs(*paragraphs) if b[0] == kind]


def _title(title: str, *paragraphs: str) -> list[tuple]:
    """The mentions coded in the headline alone (sentence 0)."""
    return [brief(m) for m in code(*paragraphs, title=title) if m.sequence == 0]


# --- minutes: the から-speaker of a turn --------------------------------------------------


def test_minutes_turn_after_a_continuative_clause():
    text = (
        "両外相は、朝鮮半島情勢について意見交換を行い、上川大臣から、"
        "北朝鮮による弾道ミサイルの発射は断じて容認できない旨述べました。"
    )
    assert ("ACCUSE", ("JPN",), ("PRK",)) in briefs("日英外相会談が行われました。", text)
    # ロシアから、 is a place, not a minutes' speaker: no act is given to Russia
    got = briefs("部隊は撤収を開始し、ロシアから、装備を運び出した。")
    assert not any(b[1] == ("RUS",) for b in got)


def test_minutes_request_after_a_continuative_clause_is_the_speakers():
    text = (
        "ウクライナ情勢についても意見交換を行い、岸田総理から、"
        "中国が建設的な役割を果たすよう求めました。"
    )
    got = _of("REQUEST", "日中首脳会談が行われました。", text)
    assert got == [("REQUEST", ("JPN",), ("CHN",))]


def test_minutes_speaker_does_the_turns_own_acts():
    text = (
        "岸田総理から、イランが核合意の義務を守らない措置を講じていることに深刻な懸念を"
        "表明し、合意を損なう措置を控えるよう強く求めました。"
    )
    got = briefs("日イラン外相会談が行われました。", text)
    assert ("ACCUSE", ("JPN",), ("IRN",)) in got
    assert ("REQUEST", ("JPN",), ("IRN",)) in got


# --- headlines: the speaker's quote before a statement noun -------------------------------


def test_headline_quote_before_a_demand_noun_blames_and_demands():
    got = _title(
        "中国船が比の補給船に放水　フィリピン「主権侵害」と撤退要求",
        "フィリピン政府は中国に抗議した。",
    )
    assert ("ACCUSE", ("PHL",), ("CHN",)) in got
    assert ("REQUEST", ("PHL",), ("CHN",)) in got
    assert ("REQUEST", ("CHN",), ("PHL",)) not in got


def test_headline_quote_of_an_object_is_a_demand():
    got = _title("国境地帯に中国軍が展開　インド国防相「即時撤退を」", "インド国防相が会見した。")
    assert ("REQUEST", ("IND",), ("CHN",)) in got
    # an object asked of no state written anywhere in the headline: nothing
    got = _title("首相、施政方針演説　「国民の理解を」", "首相が演説した。")
    assert not [b for b in got if b[0] == "REQUEST"]


def test_headline_liability_without_aru():
    got = _title("旅客機撃墜、英と仏「イランに国家責任」", "英国とフランスは声明を出した。")
    assert [b for b in got if b[0] == "ACCUSE"][0][2] == ("IRN",)


# --- liability with 責任は…にある, and 米側 --------------------------------------------------


def test_liability_as_topic_with_the_side_word():
    got = briefs("中国国防省は、「緊張を招いた責任は全面的に米側にある」と強調した。")
    assert got == [("ACCUSE", ("CHN",), ("USA",))]
    # a base located in a state stays a place (カタールにある基地)
    got = briefs("米軍はカタールにある基地に部隊を派遣した。")
    assert not any("QAT" in b[1] + b[2] for b in got if b[0] == "ACCUSE")


# --- a statement written alone speaks for its issuer --------------------------------------


def test_bare_statement_speaks_for_its_issuer():
    ms = code(
        "北朝鮮外務省の報道官は10日、声明を発表し、新たな対抗措置を検討していると明らかにした。",
        "声明は、米国が最近、戦略爆撃機を朝鮮半島上空に飛来させ、軍事的挑発を強行していると"
        "糾弾した。",
    )
    (m,) = [m for m in ms if m.event == "ACCUSE"]
    assert brief(m) == ("ACCUSE", ("PRK",), ("USA",))
    assert m.claimed_by is not None and m.claimed_by.code == "PRK"
    # a statement given in (声明で) is no body: the organ before it speaks
    assert briefs("中国外務省は声明で、米国を非難した。") == [("ACCUSE", ("CHN",), ("USA",))]


def test_headline_also_phrase_repeats_the_act_before_it():
    got = _title(
        "ドイツ、主力戦車「レオパルト2」をウクライナに供与へ　英国も「チャレンジャー2」",
        "ドイツは戦車を供与する。",
    )
    assert ("AID", ("GBR",), ("UKR",)) in got
    # a quote that is words, not a thing's name, is no act repeated
    got = _title("北朝鮮が弾道ミサイル発射　日本も「断じて容認できない」", "北朝鮮が発射した。")
    assert not [b for b in got if b[1] == ("JPN",) and b[0] == "MOBILIZE"]


def test_web_page_title_is_a_headline_without_its_site_name():
    first = (
        "エクアドル、メキシコと断交　「内政干渉やめず」と非難　メキシコは「不当」と反発"
        " - 中南米・カリブ海 | 国際ニュース | ワールドニュース速報ナビ"
    )
    got = briefs(first, "エクアドルはメキシコとの国交を断絶した。")
    assert ("ACCUSE", ("ECU",), ("MEX",)) in got
