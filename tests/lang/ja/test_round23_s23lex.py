"""Round 23 (s23lex): missing words and set phrases (blind23's misses), with our own sentences."""

from __future__ import annotations

from .test_coder import HOME, briefs, of_kind


def test_shooting_down_is_an_assault() -> None:
    # 撃ち落とす, the native verb for 撃墜: the shooter's state assaults the aircraft's
    assert ("ASSAULT", ("PRK",), ("USA",)) in briefs(
        HOME, "北朝鮮軍は米軍の無人機を日本海上空で撃ち落とした。"
    )


def test_dangerous_approach_is_a_military_move() -> None:
    # 異常接近: warplanes closing in on another state's aircraft (接近 alone needs a state)
    assert of_kind("MOBILIZE", HOME, "ロシア軍の戦闘機が航空自衛隊の哨戒機に異常接近した。")[
        :1
    ] == [("MOBILIZE", ("RUS",), ())]


def test_accepting_this_grants_the_request_just_told() -> None:
    # …を招請し、Xはこれを快諾した: the acceptance agrees with the one who invited
    got = briefs(
        HOME, "ベトナムの国家主席は韓国の大統領に訪問を招請し、韓国の大統領はこれを快諾した。"
    )
    assert ("AGREE", ("KOR",), ("VNM",)) in got
    got = briefs(
        HOME, "タイの首相はインドの首相に訪問を招請し、インドの首相はこれを快く受け入れた。"
    )
    assert ("AGREE", ("IND",), ("THA",)) in got


def test_refusing_this_rejects_the_demand_just_told() -> None:
    # これに応じない: これ is the demand told before in the sentence, refused
    got = briefs(
        HOME, "ブラジルは賠償を求めたが、アルゼンチンの大統領はこれに応じない姿勢を示した。"
    )
    assert ("REJECT", ("ARG",), ("BRA",)) in got
