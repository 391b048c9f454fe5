"""Round 15 (r15loc): clause chains, venues, memberships and receptive words.

Sentences of our own (data: lang/ja/data/patterns.tsv rows contrast_break, made_in,
happening_verb, occasion_after, opening_scene, member_of; not_actor.tsv 製 row), each
family with the near-misses that must stay as they were.
"""

from __future__ import annotations

from .test_coder import briefs


def _sides(text: str) -> set[str]:
    """Every actor and recipient code of every mention coded from text."""
    return {c for _, actors, recipients in briefs(text) for c in (*actors, *recipients)}


# --- …たが、Yは…: the subject after a contrastive link is the later clause's own ----------


def test_new_topic_after_a_contrastive_link_is_the_subject():
    found = briefs(
        "ベトナムのグエン首相は10日の会見で、協議による解決を改めて呼びかけたが、"
        "金与正第1副部長は12日の談話でこれを「詭弁だ」と一蹴した。"
    )
    assert ("REJECT", ("PRK",), ("VNM",)) in found
    assert ("REJECT", ("VNM",), ("PRK",)) not in found


def test_contrast_without_a_new_subject_keeps_the_topic():
    found = briefs("イランは対話を呼びかけたが、米国はこれを拒否した。")
    assert ("REJECT", ("USA",), ("IRN",)) in found
    # 米国が、…: a subject marked が before a comma is no contrastive link
    assert ("ACCUSE", ("USA",), ("IRN",)) in briefs("米国が、イランを強く非難した。")


# --- receptive words: the maker (X製) of what is received is its giver ---------------------


def test_maker_of_what_is_received_is_the_giver():
    assert ("AID", ("RUS",), ("IND",)) in briefs("インド、ロシア製防空システムの受領開始")
    assert ("AID", ("CHN",), ("SRB",)) in briefs("セルビアは、中国製ミサイルを受領した。")


def test_made_in_without_delivery_is_no_party():
    assert "RUS" not in _sides("インド軍はロシア製の戦車で演習を行った。")


# --- places and meetings named as where something else happens --------------------------


def test_city_where_a_meeting_opens_is_no_addressee():
    found = briefs(
        "ブラジルの大統領は、あすからローマで始まる首脳会議にあわせて、"
        "中国の国家主席と会談したいと呼びかけた。"
    )
    assert ("REQUEST", ("BRA",), ("CHN",)) in found
    assert not any("ITA" in (*a, *r) for _, a, r in found)


def test_place_where_an_incident_happened_is_no_expeller():
    found = briefs(
        "オランダで起きた毒物事件を受け、カナダなど10を超える国が、"
        "ロシアの外交官を国外追放すると発表した。"
    )
    assert not any("NLD" in a for _, a, _ in found)


def test_place_of_the_act_itself_stays():
    assert ("ASSAULT", ("ISR",), ("LBN",)) in briefs("イスラエル軍はレバノン南部で空爆を行った。")


def test_opening_scene_is_no_recipient():
    found = briefs("EUでは、スペインとイタリアがロシアの外交官をそれぞれ2人追放した。")
    assert ("SANCTION", ("ESP", "ITA"), ("RUS",)) in found
    assert not any("EUR" in r for _, _, r in found)


def test_alliance_named_as_what_a_member_belongs_to_is_no_target():
    assert "NATO" not in _sides("米国がNATOの同盟国に制裁を科すのは異例だ。")
    assert "EUR" not in _sides("EU加盟国でもハンガリーなどはロシアへの制裁に反対した。")


def test_alliance_as_the_doer_stays():
    assert ("ACCUSE", ("NATO",), ("RUS",)) in briefs("NATOはロシアを強く非難した。")


# --- a clause on an incident noun keeps its own subject ----------------------------------


def test_victims_of_an_incident_are_no_subject_of_the_response():
    assert ("SANCTION", ("NLD",), ("RUS",)) in briefs(
        "オランダの首相は10日、ハーグでロシアの元スパイのイワノフ氏と息子が毒物で襲われた"
        "事件をめぐり、在オランダ・ロシア大使館の外交官5人の国外追放を決めたと議会で表明した。"
    )
