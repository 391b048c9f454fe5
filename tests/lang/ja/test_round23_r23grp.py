"""Round 23 (r23grp): documents that speak for their issuer, and "the two countries" when
the article's pair comes back into view.

A note, a protest note, a letter, a resolution or a declaration written alone as a subject
(覚書は…要求した, 照会は…, 決議は…, 宣言は…と警告した) is the state or body that handed,
sent or adopted it in the sentences before (coding/bodies.py, body_words.tsv), as a
statement (声明) already was; a statement's points may be listed at length before the bare
noun comes back. 両国 after a pair's act told several sentences back is the article's own
pair, not that older act's two states (coding/groups.py).
"""

from __future__ import annotations

from .test_coder import HOME, brief, briefs, code


def test_a_note_handed_over_speaks_for_the_state_that_handed_it() -> None:
    found = briefs(
        HOME,
        "ロシア外務省は5日、モスクワ駐在の日本大使を呼び、抗議する覚書を手渡した。",
        "覚書は、日本側の行動を「重大な挑発」と断じ、再発防止を要求した。",
    )
    assert ("REQUEST", ("RUS",), ("JPN",)) in found


def test_a_protest_note_sent_speaks_for_its_sender() -> None:
    found = briefs(
        "中国外交部は3日、インド政府に抗議照会を送った。",
        "照会は、インド側が直ちに越境行為を停止するよう要求した。",
    )
    assert ("REQUEST", ("CHN",), ("IND",)) in found


def test_a_resolution_adopted_speaks_for_the_body_that_adopted_it() -> None:
    found = briefs(
        "国連安全保障理事会は12日、決議2400を全会一致で採択した。",
        "決議は、シリア政府に対し、化学兵器の使用をやめるよう要求した。",
    )
    assert ("REQUEST", ("UNO",), ("SYR",)) in found


def test_a_statement_keeps_its_issuer_over_its_listed_points() -> None:
    found = briefs(
        HOME,
        "イラン政府は10日、声明を発表し、次のように表明した。",
        "一、わが国は地域の安定を望む。",
        "一、わが国は対話の扉を閉ざさない。",
        "一、わが国は国際法を尊重する。",
        "一、わが国は平和的な原子力利用の権利を持つ。",
        "声明はまた、米国が地域の緊張を高めていると非難した。",
    )
    assert ("ACCUSE", ("IRN",), ("USA",)) in found
    assert ("ACCUSE", ("JPN",), ("USA",)) not in found


def test_a_declaration_adopted_together_is_all_its_adopters() -> None:
    found = briefs(
        "日本と米国、英国の首脳は10日、共同宣言を採択した。",
        "宣言は、ロシアが侵攻を続ければ追加制裁を科す用意があると警告した。",
    )
    assert ("THREATEN", ("JPN", "USA", "GBR"), ("RUS",)) in found


def test_the_two_countries_are_the_articles_pair_once_another_act_is_sentences_back() -> None:
    last = "両国の外相は近く会談する見通しだ。"
    found = code(
        "サウジアラビアとイランは10日、外交関係を回復することで合意した。",
        "サウジアラビアとイランの代表団は北京で協議した。",
        "サウジアラビアでは歓迎の声が広がった。",
        "米国は以前、石油施設への攻撃でイランの関与を指摘した。",
        "専門家の見方は分かれている。",
        last,
    )
    talks = [brief(m) for m in found if m.sentence == last and m.event == "CONSULT"]
    assert [{*b[1], *b[2]} for b in talks] == [{"SAU", "IRN"}]
