"""Round 12 (r12lexA): the lexicon of the conflictual types, by family.

- SANCTION: a recall of one's own envoy aims at the state the envoy is posted to (駐X大使を
  召還, 呼び戻す, 新任大使の赴任を延期); persona non grata (好ましからざる人物に指定);
  countermeasures taken (対抗措置を連発, 打ち出す); a tariff on a state's goods (中国製品に
  関税); a halted flow names its destination inside the object (対日輸出を規制); more objects
  of halting, banning and cutting (事業, 送金, 旅行, 領空, 通信線, 輸入を減らす, 廃止).
- ACCUSE: a suit's accused is the を-phrase, not the court (エクアドルをICJに提訴); 召喚,
  ののしる, an anti-dumping investigation.
- REJECT: not complying (要求に応じない, 提案に応じなかった); a request met, a match refused
  or a condition set is no refusal.
- THREATEN: a resolute or overwhelming response announced (断固として対処する, 圧倒的な力で
  対応する, 断固たる措置を取る/講じる); handling a disaster is none.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("エストニアは駐ロシア大使を召還した。", ("SANCTION", ("EST",), ("RUS",))),
        ("ケニアは駐ウガンダ大使を本国に呼び戻した。", ("SANCTION", ("KEN",), ("UGA",))),
        ("ペルーは駐メキシコ大使の召還を決めた。", ("SANCTION", ("PER",), ("MEX",))),
        ("チャドはスーダンへの新任大使の赴任を延期した。", ("SANCTION", ("TCD",), ("SDN",))),
        (
            "ラトビアはロシアの外交官3人を好ましからざる人物に指定した。",
            ("SANCTION", ("LVA",), ("RUS",)),
        ),
        ("中国が米国への対抗措置を連発している。", ("SANCTION", ("CHN",), ("USA",))),
        ("カナダは米国製品に報復関税を課した。", ("SANCTION", ("CAN",), ("USA",))),
        ("中国はガリウムの対米輸出を規制した。", ("SANCTION", ("CHN",), ("USA",))),
        ("トルコは30品目のイスラエル向け輸出を制限した。", ("SANCTION", ("TUR",), ("ISR",))),
        ("米国はキューバへの送金を制限した。", ("SANCTION", ("USA",), ("CUB",))),
        ("中国は台湾への団体旅行を禁止した。", ("SANCTION", ("CHN",), ("TWN",))),
        ("パキスタンはインドの航空会社に領空を閉鎖した。", ("SANCTION", ("PAK",), ("IND",))),
        ("中国は日本との青少年交流事業を中止した。", ("SANCTION", ("CHN",), ("JPN",))),
        ("韓国は北朝鮮との通信線を遮断した。", ("SANCTION", ("KOR",), ("PRK",))),
        ("インドはパキスタンからの輸入を減らす方針だ。", ("SANCTION", ("IND",), ("PAK",))),
        ("北朝鮮は韓国との経済協力事業を廃止した。", ("SANCTION", ("PRK",), ("KOR",))),
        ("米国はロシアへの半導体の輸出を禁じた。", ("SANCTION", ("USA",), ("RUS",))),
    ],
)
def test_sanction_family(text, want):
    assert want in [brief(m) for m in code(text)], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ウクライナはロシアを国際司法裁判所に提訴した。", ("ACCUSE", ("UKR",), ("RUS",))),
        ("ガイアナ、ベネズエラをICJに提訴", ("ACCUSE", ("GUY",), ("VEN",))),
        ("フィリピンは中国の大使を召喚した。", ("ACCUSE", ("PHL",), ("CHN",))),
        ("北朝鮮は韓国を「かいらい」とののしった。", ("ACCUSE", ("PRK",), ("KOR",))),
        (
            "中国商務省は日本製品に対する反ダンピング調査を始めた。",
            ("ACCUSE", ("CHN",), ("JPN",)),
        ),
    ],
)
def test_accuse_family(text, want):
    assert want in [brief(m) for m in code(text)], text


def test_suit_venue_is_no_side():
    ms = code("ウクライナはロシアを国際司法裁判所に提訴した。")
    assert ("ACCUSE", ("UKR",), ("UNO",)) not in [brief(m) for m in ms]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("イランは米国の交渉提案に応じなかった。", ("REJECT", ("IRN",), ("USA",))),
        ("ロシアはウクライナ側の停戦案に応じない考えを示した。", ("REJECT", ("RUS",), ("UKR",))),
        ("中国は日本側の求めに応じなかった。", ("REJECT", ("CHN",), ("JPN",))),
    ],
)
def test_refusal_by_not_complying(text, want):
    ms = code(text)
    assert want in [brief(m) for m in ms], text
    assert all(m.factuality == "asserted" for m in ms if m.event == "REJECT")


def test_refusal_negatives():
    for text in (
        "イランは米国の交渉提案に応じた。",  # complied
        "インドの委員会はパキスタンでの試合に応じなかった。",  # a match, no request
        "米国は、戦闘をやめなければ交渉には応じないとタイに伝えた。",  # a condition: a warning
    ):
        assert "REJECT" not in [m.event for m in code(text)], text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "中国外務省は、日本が介入すれば断固として対処すると表明した。",
            ("THREATEN", ("CHN",), ("JPN",)),
        ),
        (
            "北朝鮮は、米国のいかなる挑発にも圧倒的な力で対応するであろうと強調した。",
            ("THREATEN", ("PRK",), ("USA",)),
        ),
        ("中国は米国に断固たる措置を取ると表明した。", ("THREATEN", ("CHN",), ("USA",))),
        (
            "ロシア政府は、フィンランドの行為に対して断固たる措置を講じると表明した。",
            ("THREATEN", ("RUS",), ("FIN",)),
        ),
    ],
)
def test_threat_of_a_resolute_response(text, want):
    ms = code(text)
    assert want in [brief(m) for m in ms], text
    assert all(m.factuality == "asserted" for m in ms if m.event == "THREATEN")


def test_precision_near_misses():
    for text in (
        "日本政府は、災害に迅速に対応すると表明した。",
        "政府は物価高に必要な措置を講じると表明した。",
        "トヨタは工場の稼働を停止した。",
        "政府は工場の生産を中断した。",
        "日米両政府は首脳会談の日程を延期した。",
        "政府は消費税の軽減税率を廃止した。",
        "日本政府はイベントの参加人数を制限した。",
    ):
        got = [m.event for m in code(text)]
        assert not set(got) & {"SANCTION", "THREATEN"}, (text, got)
