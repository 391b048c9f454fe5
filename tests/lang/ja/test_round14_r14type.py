"""Round 14 (r14type): the type of a found trigger, and events said as nouns or presupposed.

Sentences of our own, each family with variants and what must not be coded.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def _types(*paragraphs: str, title: str | None = None) -> list[str]:
    return [m.event for m in code(*paragraphs, title=title)]


# --- a deployment plan several states announce is their agreement (AGREE) ------------------


def test_joint_plan_announced_is_an_agreement():
    assert briefs("日米豪の3カ国は20日、無人機の配備計画を発表した。") == [
        ("AGREE", ("JPN", "USA", "AUS"), ())
    ]
    m = code("米英の国防相は、ポーランドへの原子力潜水艦配備計画を発表した。")
    assert [brief(x)[0] for x in m] == ["AGREE"]
    assert {a.code for a in m[0].actor} == {"USA", "GBR"} and not m[0].recipient
    assert m[0].factuality == "asserted"
    assert "AGREE" not in _types("米国は、日本への無人機配備計画を発表した。")
    assert "AGREE" not in _types("中国は米英豪の原潜配備計画を批判した。")


def test_joint_plan_in_a_headline():
    found = _types("本文なし。", title="米英豪、原潜配備計画を発表　中国は反発")
    assert "AGREE" in found and "COOPERATE" not in found


# --- a deployment in a procedure several states sign is no joint act of theirs ---------------


def test_deployment_in_a_signed_procedure_is_not_cooperation():
    assert briefs(
        "ロシアとベラルーシの国防相は、ロシアの核兵器をベラルーシ領内に配備する手続きを定めた文書に署名した。"
    ) == [("SUPPORT", ("RUS",), ("BLR",))]
    found = _types("本文なし。", title="ロシアとベラルーシ、戦術核の配備手続きに関する文書に署名")
    assert "COOPERATE" not in found and "SUPPORT" in found


# --- a standby or intervention force sent is a force readied, not aid ------------------------


def test_standby_force_sent_is_mobilize():
    assert briefs("アフリカ連合は、スーダンへの待機部隊の派遣を決めた。") == [
        ("MOBILIZE", ("IGO",), ())
    ]
    found = code("本文なし。", title="ECOWAS、マリへの介入部隊派遣を命令")
    assert [brief(m) for m in found] == [("MOBILIZE", ("IGO",), ())]
    assert briefs("北朝鮮がロシアに兵士を派遣した。") == [("AID", ("PRK",), ("RUS",))]


# --- forces or weapons kept or sent abroad with no host named: the state's own move ---------


def test_weapons_kept_abroad_is_mobilize():
    assert briefs("冷戦後、ロシアが国外に核兵器を置くのは初めてだ。") == [
        ("MOBILIZE", ("RUS",), ())
    ]
    assert briefs("日本政府は海外に自衛隊の部隊を派遣した。") == [("MOBILIZE", ("JPN",), ())]
    assert ("AID", ("RUS",), ("ARM",)) in briefs("ロシアはアルメニアのギュムリに基地を置いている。")


# --- a rebuttal that defends the speaker side's conduct rejects; one that blames accuses ----


def test_rebuttal_defending_conduct_is_reject():
    assert briefs(
        "ロシア国防省は、ウクライナの批判に対し、部隊は国際法に従って行動していると反論した。"
    ) == [("REJECT", ("RUS",), ("UKR",))]
    assert briefs(
        "中国外務省の報道官は、フィリピン側の主張について、中国海警局は法に基づいて適切に対処したと反論した。"
    ) == [("REJECT", ("CHN",), ("PHL",))]
    assert briefs("中国外務省の報道官は「挑発したのはフィリピンの方だ」と反論した。") == [
        ("ACCUSE", ("CHN",), ("PHL",)),
        ("REJECT", ("CHN",), ("PHL",)),  # round 20 (s20min): both, as the gold since blind16
    ]


# --- a designation's name and a necessity tell no event -----------------------------------


def test_designation_name_is_no_aid():
    assert "AID" not in _types("本文なし。", title="米政権、北朝鮮を「テロ支援国家」に再指定")
    assert briefs("シリア外務省は「シリアはテロ支援国家ではない」と述べた。") == []
    assert briefs("米国はウクライナに軍事支援を行った。") == [("AID", ("USA",), ("UKR",))]


def test_a_necessity_is_no_event():
    assert briefs("ウクライナの防衛には米国の支援が不可欠だ。") == []
    assert briefs("パキスタンにとっては中国の協力も欠かせない。") == []
    assert briefs("中国はパキスタンに経済支援を行った。") == [("AID", ("CHN",), ("PAK",))]


# --- a subject the parser hung on a time phrase is the verb's --------------------------------


def test_subject_hung_on_a_time_phrase():
    assert briefs(
        "朝鮮労働党総書記である金正恩国務委員長が9月25日から10月9日まで、"
        "朝鮮人民軍戦術核運用部隊と長距離砲兵部隊、空軍飛行隊の射撃訓練を現地で指導した。"
    ) == [("MOBILIZE", ("PRK",), ())]


# --- the end of a drill compounded after it tells the drill ----------------------------------


def test_drill_ended_is_the_drill():
    found = code("本文なし。", title="中国軍、台湾海峡での演習終了と発表")
    assert [brief(m) for m in found] == [("MOBILIZE", ("CHN",), ())]
    assert briefs("ロシア軍はバルト海での演習終了を発表した。") == [("MOBILIZE", ("RUS",), ())]
    assert "AID" not in _types("米国はウクライナへの支援終了を発表した。")


# --- a capital visited stands for its state ---------------------------------------------------


def test_capital_visited_in_a_modifier():
    assert ("CONSULT", ("USA",), ("NER",)) in briefs(
        "声明は、米国務省の高官らが首都ニアメーを訪れた際の態度を批判した。"
    )


# --- an act judged impossible or self-contradictory is no event ------------------------------


def test_act_judged_impossible_is_no_event():
    said = "攻撃を受ける中で大量の兵力を国外に送り出すこと自体が矛盾だとの指摘もある。"
    assert briefs(said) == []
    assert briefs("北朝鮮がロシアに部隊を派遣することは難しいとみられる。") == []
    assert briefs("米国が軍事力を使うことは考えにくい。") == []
    # a judgement about something else leaves the act told before it
    assert briefs("北朝鮮はロシアに部隊を派遣した。撤収させることは難しい。")[:1] == [
        ("AID", ("PRK",), ("RUS",))
    ]
    sent = briefs("北朝鮮はロシアに部隊を派遣したが、その規模は不明だ。")
    assert sent == [("AID", ("PRK",), ("RUS",))]
