"""Round 32 (lexA): breadth of the REQUEST, REJECT, THREATEN and AGREE lexicon."""

from __future__ import annotations

import pytest

from .test_coder import briefs

POSITIVE = [
    # THREATEN: a penalty hinted, no mercy promised, a hard measure announced
    ("ロシアは米国に核兵器の使用をほのめかした。", ("THREATEN", ("RUS",), ("USA",))),
    ("イランは米国への報復をほのめかした。", ("THREATEN", ("IRN",), ("USA",))),
    ("ロシアはウクライナに核使用を示唆した。", ("THREATEN", ("RUS",), ("UKR",))),
    ("北朝鮮は日本に対し、挑発すれば容赦しないと述べた。", ("THREATEN", ("PRK",), ("JPN",))),
    ("ロシアは米国に強硬措置を取る構えを示した。", ("THREATEN", ("RUS",), ("USA",))),
    ("ロシアは米国に対抗手段を講じると述べた。", ("THREATEN", ("RUS",), ("USA",))),
    # REJECT: dismissed, spurned, denied, not taken up
    ("中国は米国の提案を棄却した。", ("REJECT", ("CHN",), ("USA",))),
    ("韓国はロシアの要求を撥ねつけた。", ("REJECT", ("KOR",), ("RUS",))),
    ("北朝鮮は米国の要求を峻拒した。", ("REJECT", ("PRK",), ("USA",))),
    ("フィリピンは中国の報道を打ち消した。", ("REJECT", ("PHL",), ("CHN",))),
    ("イランは米国の提案を受け付けなかった。", ("REJECT", ("IRN",), ("USA",))),
    # REQUEST: inquiry, invitation, petition, advice, plan put forward, demand presented
    ("中国政府は日本政府に対し、処理水の詳細について照会した。", ("REQUEST", ("CHN",), ("JPN",))),
    ("中国は韓国の外相を北京に招聘した。", ("REQUEST", ("CHN",), ("KOR",))),
    ("中国は韓国の外相を北京に招へいした。", ("REQUEST", ("CHN",), ("KOR",))),
    ("インドは米国に対し、関税の撤廃を請願した。", ("REQUEST", ("IND",), ("USA",))),
    ("国連はイスラエルに停戦を勧めた。", ("REQUEST", ("UNO",), ("ISR",))),
    ("米国はロシアとウクライナに和平案を提示した。", ("REQUEST", ("USA",), ("RUS", "UKR"))),
    ("米国はイランに対し、核開発の即時停止を突きつけた。", ("REQUEST", ("USA",), ("IRN",))),
    # AGREE: settled, reached, committed, assured
    ("米国と中国は段階的削減で折り合い。", ("AGREE", ("USA",), ("CHN",))),
    ("米国は台湾の安全を請け合った。", ("AGREE", ("USA",), ("TWN",))),
    ("米国と日本は防衛協力で了解に達した。", ("AGREE", ("USA",), ("JPN",))),
    ("日本は韓国への協力を惜しまない考えを示した。", ("AGREE", ("JPN",), ("KOR",))),
    ("イランは米国の要求をのんだ。", ("AGREE", ("IRN",), ("USA",))),
    ("米国とイランの交渉がまとまった。", ("AGREE", ("USA",), ("IRN",))),
    # wave 2: spellings and synonyms
    ("中国は米国に報復を匂わせた。", ("THREATEN", ("CHN",), ("USA",))),
    (
        "米国は選挙の結果次第でアルゼンチンへの支援を打ち切る可能性をにおわせた。",
        ("THREATEN", ("USA",), ("ARG",)),
    ),
    ("北朝鮮は韓国の要求をはねのけた。", ("REJECT", ("PRK",), ("KOR",))),
    ("イランは米国の提案を斥けた。", ("REJECT", ("IRN",), ("USA",))),
    ("北朝鮮は日本の警告を聞き流した。", ("REJECT", ("PRK",), ("JPN",))),
    ("イランは米国の要求をのまなかった。", ("REJECT", ("IRN",), ("USA",))),
    ("ロシアは日本の提案を受け入れがたいと述べた。", ("REJECT", ("RUS",), ("JPN",))),
    ("日本は中国に首脳会談を申し込んだ。", ("REQUEST", ("JPN",), ("CHN",))),
    ("日本政府は米国に実験の詳細を問い合わせた。", ("REQUEST", ("JPN",), ("USA",))),
]


@pytest.mark.parametrize(("text", "want"), POSITIVE)
def test_breadth_positive(text: str, want: tuple) -> None:
    assert want in briefs(text)


def test_protest_note_is_no_inquiry() -> None:
    got = briefs("中国外交部は、ソ連政府に抗議照会を送った。")
    assert ("ACCUSE", ("CHN",), ("SUN",)) in got
    assert not [b for b in got if b[0] == "REQUEST"]


def test_evidence_shown_is_no_request() -> None:
    got = briefs("インドは証拠を提示し、パキスタンを非難した。")
    assert not [b for b in got if b[0] == "REQUEST"]


def test_ultimatum_presented_is_no_request() -> None:
    got = briefs("北朝鮮は韓国に最後通告を突きつけた。")
    assert ("THREATEN", ("PRK",), ("KOR",)) in got
    assert not [b for b in got if b[0] == "REQUEST"]


def test_demand_taken_up_is_no_refusal() -> None:
    got = briefs("イランは米国の提案を受け付けた。")
    assert not [b for b in got if b[0] == "REJECT"]


def test_grateful_is_no_negation() -> None:
    got = briefs("日本は韓国の支援の約束をありがたいと述べた。")
    assert not [b for b in got if b[0] == "REJECT"]


def test_seminar_signed_up_for_is_no_request() -> None:
    got = briefs("日本の外相は米国の無料セミナーに申し込んだ。")
    assert not [b for b in got if b[0] == "REQUEST"]


def test_mercy_shown_is_no_threat() -> None:
    got = briefs("日本は韓国の漁船を容赦した。")
    assert not [b for b in got if b[0] == "THREATEN"]
