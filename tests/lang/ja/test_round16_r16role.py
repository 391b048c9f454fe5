"""Round 16 (r16role): the wrong state in a side.

- the が-subject of an unquoted と-clause the parser hung on the speech verb after the
  speaker's topic is the accused, not the accuser (lang/ja/participants.py);
- a による-phrase under the object of an act the lexicon lacks names the doer the statement
  is about, and the object after it what was acted on (lang/ja/args.py, participants.py);
- places: a place name with で/での in another clause, a state written with its city as a
  court's seat, a goal that is a sea or the area near a state's land (lang/ja/venues.py);
- courts as IGOs (lang/ja/data/actors.tsv);
- in a story a foreign wire agency sends (its dateline), a bare organ is the agency's
  state's (coding/bodies.py, data pattern wire_organ).

Sentences of our own, with near-misses that must not change.
"""

from __future__ import annotations

from .test_coder import HOME, briefs


def _of(kind: str, *paragraphs: str) -> list[tuple]:
    return [b for b in briefs(*paragraphs) if b[0] == kind]


# --- the subject of an unquoted と-clause ------------------------------------------------


def test_embedded_subject_of_an_accusation_is_its_target():
    assert _of(
        "ACCUSE",
        "ドイツとフランスは、イランがロシアの武装勢力の部隊に兵士を送り込んだと非難しているが、"
        "イランは否定している。",
    ) == [("ACCUSE", ("DEU", "FRA"), ("IRN",))]
    # with no topic before it, the が-phrase is the speaker
    assert _of("ACCUSE", "米国が、ロシアがウクライナを攻撃したと非難した。") == [
        ("ACCUSE", ("USA",), ("RUS",))
    ]


# --- the doer of an object the lexicon does not know -------------------------------------


def test_doer_by_of_an_unlisted_act_is_accused():
    assert _of("ACCUSE", "英国は、ロシアによるウクライナ東部ドネツク州の編入を非難した。") == [
        ("ACCUSE", ("GBR",), ("RUS",))
    ]
    # without a による-phrase the object's owner stays the target
    assert _of("ACCUSE", "英国は、ウクライナ東部の編入を強く非難した。") == [
        ("ACCUSE", ("GBR",), ("UKR",))
    ]


# --- places that are no side --------------------------------------------------------------


def test_place_of_an_earlier_clause_is_no_addressee():
    assert _of(
        "REQUEST", "カナダ側は先月、シンガポールでインド側の高官と協議し、捜査への協力を求めた。"
    ) == [("REQUEST", ("CAN",), ("IND",))]
    # doers joined by で (日米で) are no place
    assert briefs("日米で連携し、北朝鮮に圧力をかける。")[0][1:] == (("JPN",), ("USA",))


def test_court_seated_in_a_city_is_the_court():
    assert _of(
        "REJECT", "7月には、オランダ・ハーグの仲裁裁判所が中国の主張を退ける判断を示した。"
    ) == [("REJECT", ("IGO",), ("CHN",))]
    assert _of("REJECT", "南シナ海　仲裁裁がフィリピンの主張退ける") == [
        ("REJECT", ("IGO",), ("PHL",))
    ]


def test_sea_near_a_state_is_a_place_not_a_receiver():
    assert _of("MOBILIZE", "英国は先月、日本の近海に空母を派遣した。") == [
        ("MOBILIZE", ("GBR",), ())
    ]
    assert _of("MOBILIZE", "米国は、中国の人工島の12カイリ以内に駆逐艦を派遣する方針だ。") == [
        ("MOBILIZE", ("USA",), ())
    ]
    # sent to a state, it is aid
    assert _of("AID", "北朝鮮はロシアに兵士を派遣した。") == [("AID", ("PRK",), ("RUS",))]


# --- a foreign wire's story: its bare organs ----------------------------------------------


def test_bare_government_in_a_foreign_wire_story():
    assert _of(
        "THREATEN",
        "【平壌5月3日発朝鮮中央通信】朝鮮人民軍の報道官は3日、談話を発表した。",
        "政府声明は、米国がその代価を支払うことになると警告した。",
    ) == [("THREATEN", ("PRK",), ("USA",))]


def test_bare_foreign_ministry_in_a_foreign_wire_story():
    assert _of(
        "ACCUSE",
        "【北京3月5日新華社】外交部の報道官は5日、談話を発表した。",
        "外交部の副部長は同日、米国の駐中国大使を緊急に召致した。",
    ) == [("ACCUSE", ("CHN",), ("USA",))]
    # a Japanese wire's own dateline credits no foreign agency: 政府 stays Japan's
    assert _of(
        "ACCUSE",
        "【ソウル共同】韓国外務省は27日、談話を発表した。",
        HOME,
        "政府は同日、北朝鮮を非難した。",
    ) == [("ACCUSE", ("JPN",), ("PRK",))]


# --- a clause bounding the act in time has its own subject --------------------------------


def test_subject_of_an_until_clause_is_not_the_actor():
    assert _of(
        "SANCTION",
        "日英仏の3カ国は会合を開いた。",
        "3カ国は、イランが態度を改めるまで同国との協議への参加を停止し、首脳会議に出席しない。",
    ) == [("SANCTION", ("JPN", "GBR", "FRA"), ("IRN",))]
    # a subject shared along an ordinary chain stays shared
    assert _of("SANCTION", "イランは方針を改め、英国との協議を停止した。") == [
        ("SANCTION", ("IRN",), ("GBR",))
    ]
