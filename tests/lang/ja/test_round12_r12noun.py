"""Round 12 (r12noun): events lost although their trigger is listed, traced to their cause.

- A state's goods (米国製品, 中国製EV) taxed or banned name the state the measure hits
  (not_actor.tsv 産/製).
- A measure on trade keeps the state inside its object (…54品目のイスラエル向け輸出を制限):
  a quantity or goods genitive does not close the object as a statement's would (finish.py).
- One's own envoy recalled from a post (駐イスラエル大使を召還) is a measure against the
  state of the post (finish.py, marker POSTED); an expelled envoy is not (カンボジアの駐タイ大使).
- The addressee of an order (政府に対して, 関係省庁に) carries it out, no recipient
  (non_parties.py); 命じた (lemma 命ずる) is a light verb; an ordered act is planned.
- A said-of-a-force reading (航行) takes the sentence topic the parser hung on a noun.
- Xについて「…」と述べ、歓迎した: the について-phrase is what the welcome is about
  (statements.py).
- A bare month up to two months after publication, told in a past sentence, is the past
  one (2月に協定を結んだ, published in January: the year before; dates.py).

Sentences are our own.
"""

from __future__ import annotations

import pytest

from alliancewatch.lang.ja.dates import find_dates

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


def test_tariffs_on_a_states_goods_hit_that_state():
    assert ("SANCTION", ("USA",), ("CHN",)) in briefs(
        "米国は中国製の電気自動車に100%の関税を課すと発表した。"
    )
    assert ("SANCTION", ("CAN",), ("USA",)) in briefs("カナダは米国製品に報復関税を発動した。")
    assert ("SANCTION", ("EUR",), ("CHN",)) in briefs("欧州連合は中国製EVへの追加関税を決めた。")
    # goods named as made somewhere, with no measure on them, are no party
    assert briefs("日本製の部品を使った無人機がロシアに送られた。") == []


def test_a_trade_restriction_keeps_its_destination():
    for s in (
        "トルコは鉄鋼など54品目のイスラエル向け輸出を制限しており、今回対象を広げた。",
        "トルコは鉄鋼や建設資材などのイスラエルへの輸出を制限した。",
    ):
        assert ("SANCTION", ("TUR",), ("ISR",)) in briefs(s), s
    # a statement on an event noun is still about its doer, not whom it was done to
    ms = briefs("日本政府はロシアの北朝鮮への支援を非難した。")
    assert ("ACCUSE", ("JPN",), ("RUS",)) in ms and ("ACCUSE", ("JPN",), ("PRK",)) not in ms


def test_an_envoy_recalled_from_a_post():
    cases = {
        "トルコは駐イスラエル大使を召還している。": ("TUR", "ISR"),
        "ソマリア政府は駐エチオピア大使を呼び戻した。": ("SOM", "ETH"),
        "タイ政府は駐カンボジア大使を召還したと発表した。": ("THA", "KHM"),
        "スーダンは駐UAE大使を召還すると発表した。": ("SDN", "ARE"),
    }
    for s, (a, r) in cases.items():
        assert ("SANCTION", (a,), (r,)) in briefs(s), s
    # an envoy expelled is the sending state's, whatever post its title names
    assert ("SANCTION", ("THA",), ("THA",)) not in briefs(
        "タイ政府はカンボジアの駐タイ大使を国外に追放した。"
    )


def test_an_order_to_ones_own_organs():
    (m,) = code("イランのペゼシュキアン大統領は、政府に対してIAEAとの協力を停止するよう指示した。")
    assert brief(m) == ("SANCTION", ("IRN",), ("IGO",)) and m.factuality == "planned"
    (m,) = code("コロンビアのペトロ大統領は、米国製品に25%の対抗関税を課すよう閣僚に命じた。")
    assert brief(m) == ("SANCTION", ("COL",), ("USA",)) and m.factuality == "planned"
    assert ("ASSAULT", ("ISR",), ("IRN",)) in briefs(
        "イスラエルのカッツ国防相は、軍にテヘランへの強力な攻撃を命じたと明らかにした。"
    )
    # a demand to another state is a request, and its content no event
    assert briefs("米国はイランに対してウラン濃縮を停止するよう求めた。") == [
        ("REQUEST", ("USA",), ("IRN",))
    ]


def test_a_fleet_topic_hung_on_its_list_of_ships():
    ms = briefs(
        "豪国防軍によると、中国の艦隊は駆逐艦「遵義」、フリゲート「衡水」、補給艦「微山湖」の"
        "3隻で、今月上旬から豪州の東岸沖を南下しながら航行を続けている。"
    )
    assert ms == [("MOBILIZE", ("CHN",), ())]
    # a civilian ship is no force, whoever's coast guard speaks of it
    assert (
        briefs(
            "中国海警局の報道官は11日夜、フィリピン船が中国の領海に「侵入」したため、"
            "「法に基づいて必要な措置をとった」と述べた。"
        )
        == []
    )


def test_what_a_welcome_after_a_quote_is_about():
    (m,) = code(
        "ロシアのペスコフ大統領報道官は、アメリカの決定について「平和への最良の貢献になり得る」"
        "と述べ、歓迎した。"
    )
    assert brief(m) == ("SUPPORT", ("RUS",), ("USA",))
    assert ("ACCUSE", ("CHN",), ("JPN",)) in briefs(
        "中国外務省の報道官は、日本の決定について「地域の緊張を高める」と述べ、批判した。"
    )


def _month(text: str, published: str) -> str | None:
    return next(d.value for d in find_dates(text, published) if "月" in d.text)


def test_a_past_month_told_in_the_past():
    assert _month("両国は2月に協定を結んだ。", "2025-01-10") == "2024-02"
    assert _month("両国は2月に協定を結びました。", "2025-01-10") == "2024-02"
    assert (
        _month("トルコはソマリアと2月に防衛協定を結び、海軍の再建を支えている。", "2024-12-13")
        == "2024-02"
    )
    # still to come: the coming month
    assert _month("両国は2月に首脳会談を開く。", "2024-12-13") == "2025-02"
    assert _month("大統領選を11月に控え、政権は売却を進める構えだ。", "2024-10-27") == "2024-11"
    assert _month("米国は11月1日から追加関税を課すと表明した。", "2025-10-11") == "2025-11-01"
    # a month before publication is unchanged
    assert _month("両国は2月に協定を結んだ。", "2025-06-10") == "2025-02"


def _parties(m) -> set[str | None]:
    return {a.code for a in m.actor} | {r.code for r in m.recipient}


def test_verb_less_headlines_with_a_dotted_list():
    ms = code(
        "英国とカナダ、オーストラリアは21日、パレスチナを国家として承認した。",
        title="英・カナダ・豪がパレスチナを国家承認　イスラエル首相「実現しない」",
    )
    assert any(m.event == "SUPPORT" and _parties(m) == {"GBR", "CAN", "AUS", "PSE"} for m in ms)
    ms = code(
        "両国は6日、相互防衛条約に調印した。", title="豪・PNGが「プクプク条約」締結　相互防衛"
    )
    assert any(m.event == "SUPPORT" and _parties(m) == {"AUS", "PNG"} for m in ms)
    # a key inside a longer noun (立ち入り検査) takes no case phrase of the compound
    ms = code(
        "台湾側は反発した。",
        title="中国海警局、金門島沖で台湾の観光船に立ち入り検査　台湾側「人々に恐怖」と非難",
    )
    assert not [m for m in ms if m.event == "CONSULT"]
