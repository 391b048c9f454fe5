"""Round 17 (r17grp): anaphors, groups and minutes (blind16 GRP, MIN and COORD classes):
a reply turn of the minutes (…旨述べたところ、X首相から、…), a report or committee written
alone (報道は in a wire story, 同委員会), its own state (自国), an act held with a partner
(Xと合同の哨戒飛行, 同国空軍 after a place), and an adverb the parser read as a clause (絶えず)."""

from __future__ import annotations

from .test_coder import briefs, code

MINUTES = (
    "日・スペイン首脳会談（概要）",
    "安倍晋三内閣総理大臣は、マドリードにおいて、ペドロ・サンチェス・スペイン首相との間で"
    "首脳会談を行いました。",
)


def test_a_reply_turn_of_the_minutes_is_the_replying_speakers():
    found = briefs(
        *MINUTES,
        "(2)安倍総理から、北朝鮮への圧力を強める必要がある旨述べたところ、サンチェス首相から、"
        "日本の立場を支持する旨の発言がありました。",
    )
    assert ("SUPPORT", ("ESP",), ("JPN",)) in found
    # the first turn's speaker does not support the other side
    assert ("SUPPORT", ("JPN",), ("ESP",)) not in found
    assert not any(b[0] == "SUPPORT" and "PRK" in b[1] + b[2] for b in found)
    # a welcome in reply, with no side written, is of what the first speaker said
    found = briefs(
        *MINUTES,
        "(1)安倍総理から、日本が演習への参加に向けた手続きを進める旨述べたのに対し、"
        "サンチェス首相から歓迎の意が示されました。",
    )
    assert any(b[0] == "SUPPORT" and set(b[1] + b[2]) == {"ESP", "JPN"} for b in found)
    # a clause ending in ところ with no turn before it opens no reply
    found = briefs(
        "日本政府が抗議したところ、中国外務省の報道官から、日本の立場を支持する発言はなかった。"
    )
    assert ("SUPPORT", ("CHN",), ("JPN",)) not in found


def test_the_said_committee_is_the_state_of_the_committee_before():
    found = briefs(
        "北朝鮮の祖国平和統一委員会は3日、声明を発表した。",
        "同委員会は、韓国側の職員全員を追放すると通告した。",
    )
    assert ("SANCTION", ("PRK",), ("KOR",)) in found


def test_a_wire_agencys_report_is_its_states():
    ms = code(
        "【平壌3月5日発朝鮮中央通信】朝鮮人民軍総参謀部は5日、報道を発表した。",
        "報道は、南朝鮮軍が挑発を続けるなら、無慈悲な打撃を加えると警告した。",
        "同報道は、米国と南朝鮮にこそ事態の全責任があると断罪した。",
        title="朝鮮人民軍総参謀部が報道を発表",
    )
    found = [
        (m.event, tuple(a.code for a in m.actor), tuple(r.code for r in m.recipient)) for m in ms
    ]
    assert ("THREATEN", ("PRK",), ("KOR",)) in found
    assert ("ACCUSE", ("PRK",), ("USA", "KOR")) in found
    # no foreign wire credits the story: 報道は names no state
    found = briefs("【ソウル共同】韓国メディアの報道が伝えた。", "報道は、北朝鮮を非難した。")
    assert not any(b[0] == "ACCUSE" and b[1] for b in found)


def test_its_own_troops_are_the_topics_state():
    found = briefs(
        "ケニアは警察部隊をハイチに派遣した。",
        "アメリカは、自国の部隊はハイチに派遣しないとしている。",
    )
    assert ("AID", ("USA",), ("HTI",)) in found
    assert found.count(("AID", ("KEN",), ("HTI",))) == 1  # the US denial is not Kenya's
    # its own nationals are people at home, no party
    found = briefs("中国外務省は14日、日本への渡航を控えるよう自国民に呼びかけた。")
    assert ("REQUEST", ("CHN",), ("JPN",)) in found
    assert not any(b[2] == ("CHN",) for b in found)


def test_a_patrol_held_with_a_partner_is_their_cooperation():
    found = briefs(
        "中国国防省は5日、爆撃機2機がラオス上空で同国空軍と合同の哨戒飛行を行ったと発表した。"
    )
    assert ("COOPERATE", ("CHN", "LAO"), ()) in found
    assert not any(b[0] == "MOBILIZE" for b in found)
    assert ("COOPERATE", ("IND", "THA"), ()) in briefs("インド軍はタイ軍と合同で演習を行った。")
    # an ally joined (ともに) is no partner of the act
    assert not any(b[0] == "COOPERATE" for b in briefs("ロシア軍とともに北朝鮮軍が演習を行った。"))


def test_an_adverb_read_as_a_clause_keeps_the_act():
    found = briefs(
        "中国とタイの友好関係は長い歴史を持ち、両国は各分野での実務協力を絶えず深めている。"
    )
    assert any(b[0] == "COOPERATE" and set(b[1] + b[2]) == {"CHN", "THA"} for b in found)
