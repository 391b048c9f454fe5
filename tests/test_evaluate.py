from alliancewatch.evaluate import claimed_ok, date_ok, matches, score


def sysm(event, actor, recipient, sentence, fact="asserted", date=None, claimed=None):
    return {
        "event": event,
        "actor": [{"code": c, "entity_text": c} for c in actor],
        "recipient": [{"code": c, "entity_text": c} for c in recipient],
        "factuality": fact,
        "date": date,
        "claimed_by": claimed,
        "text_info": {"sentence": sentence, "trigger": "x"},
    }


def gold(event, actor, recipient, s, optional=False, fact="asserted", date=None, claimed=None):
    return {
        "event": event,
        "actor": actor,
        "recipient": recipient,
        "s": s,
        "optional": optional,
        "factuality": fact,
        "date": date,
        "claimed_by": claimed,
    }


def test_symmetric_types_compare_the_union_directed_ones_the_order():
    s = sysm("CONSULT", ["RUS"], ["PRK"], "朝ロ首脳会談が開かれた。")
    assert matches(gold("CONSULT", ["PRK"], ["RUS"], "首脳会談"), s)
    a = sysm("AID", ["RUS"], ["PRK"], "支援した。")
    assert not matches(gold("AID", ["PRK"], ["RUS"], "支援"), a)
    assert not matches(gold("AID", ["RUS"], ["PRK"], "援助"), a)


def test_mobilize_is_scored_on_the_actor_only():
    s = sysm("MOBILIZE", ["CHN"], [], "中国海警局の船が日本の領海に侵入した。")
    assert matches(gold("MOBILIZE", ["CHN"], ["JPN"], "領海に侵入"), s)
    assert not matches(gold("MOBILIZE", ["RUS"], ["JPN"], "領海に侵入"), s)
    with_target = sysm("MOBILIZE", ["CHN"], ["TWN"], "中国軍が台湾周辺で演習を始めた。")
    assert matches(gold("MOBILIZE", ["CHN"], [], "演習"), with_target)


def test_date_and_claim_rules():
    assert date_ok("2024-06", "2024-06-19") and not date_ok("2024-06-19", "2024-06")
    assert date_ok(None, None) and not date_ok(None, "2024")
    assert claimed_ok("朴教授", {"text": "大学の朴教授"}) and not claimed_ok("朴教授", None)


def test_scores_optional_mentions_neither_help_nor_hurt_precision():
    g = [
        {
            "doc": "d",
            "lang": "ja",
            "mentions": [
                gold("AID", ["PRK"], ["RUS"], "派兵", date="2024-10"),
                gold("CONSULT", ["RUS"], ["PRK"], "会談", optional=True),
                gold("SANCTION", ["USA"], ["PRK"], "制裁"),
            ],
        }
    ]
    system = {
        "d": [
            sysm("AID", ["PRK"], ["RUS"], "北朝鮮の派兵。", date="2024-10-01"),
            sysm("CONSULT", ["PRK"], ["RUS"], "会談した。"),
            sysm("ASSAULT", ["RUS"], ["UKR"], "攻撃した。"),
        ]
    }
    r = score(g, system)["overall"]
    assert (r["true_positives"], r["required"], r["system"]) == (1, 2, 3)
    assert r["precision"] == 0.5 and r["recall"] == 0.5 and r["optional_recall"] == 1.0
    assert r["date_accuracy"] == 1.0


def test_gold_written_with_full_width_forms_matches_the_stored_sentence(tmp_path):
    """Annotators copy `s` from the article as written; the cleaner stores （RAA） as (RAA)
    and an ideographic space as a space, so the scorer compares in the stored forms."""
    import json

    from alliancewatch.evaluate import load_gold

    s = "円滑化協定（ＲＡＡ）が発効した"
    g = gold("SUPPORT", ["JPN"], ["PHL"], s, claimed="外務省　報道官")
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"doc": "a.txt", "mentions": [g]}, ensure_ascii=False) + "\n")
    (loaded,) = load_gold(path)
    (m,) = loaded["mentions"]
    sentence = "日比の円滑化協定(RAA)が発効した。"
    assert matches(m, sysm("SUPPORT", ["JPN"], ["PHL"], sentence))
    assert claimed_ok(m["claimed_by"], {"text": "外務省 報道官"})


def test_score_does_not_depend_on_the_order_of_system_mentions():
    g = [
        gold("AID", ["PRK"], ["RUS"], "派兵した", date="2024-10"),
        gold("AID", ["PRK"], ["RUS"], "派兵した", optional=True),
    ]
    sent = "北朝鮮はロシアに派兵した。"
    good = sysm("AID", ["PRK"], ["RUS"], sent, date="2024-10")
    bad = sysm("AID", ["PRK"], ["RUS"], sent, date="2023")
    scores = [
        score([{"doc": "a", "lang": "ja", "mentions": g}], {"a": order})["overall"]
        for order in ([good, bad], [bad, good])
    ]
    assert scores[0] == scores[1]
    assert scores[0]["date_accuracy"] == 1.0  # the required mention took the right one
