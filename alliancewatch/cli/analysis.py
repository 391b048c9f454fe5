"""Commands that score and explain: eval, eval-links, agree, relations, treaties, train-keep."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from alliancewatch import api
from alliancewatch.cli.output import _print_json, plural
from alliancewatch.config import Settings
from alliancewatch.store.dialect import is_postgres_url


def cmd_eval_links(a: argparse.Namespace, s: Settings) -> int:
    r = api.eval_links(a.links, a.gold, a.inputs or [], a.link_db)
    if a.json:
        _print_json(r)
        return 0
    print(f"{r['gold_mentions']} gold mentions of {r['happenings']} happenings, {r['found']} found")
    rows = [
        (r, k, name)
        for k, name in (
            ("all", "all pairs"),
            ("cross", "across languages"),
            ("same", "same language"),
        )
    ]
    if "found_only" in r:
        f = r["found_only"]
        rows += [(f, "all", "found only"), (f, "cross", "found, across")]
    for src, k, name in rows:
        x = src[k]
        print(
            f"{name:<17} pairs {x['pairs']:>5}  P {x['precision']:.3f}  R {x['recall']:.3f}"
            f"  F1 {x['f1']:.3f}  (tp {x['tp']}, fp {x['fp']}, fn {x['fn']})"
        )
    return 0


def cmd_train_keep(a: argparse.Namespace, s: Settings) -> int:
    from pathlib import Path

    from alliancewatch.keeptrain import train

    cache = Path(a.cache) if a.cache else None
    golds = [Path(g) for g in a.gold]
    for line in train(golds, Path(a.out), s, cache, a.c, a.loso):
        print(line)
    print(f"weights written to {a.out}")
    return 0


def cmd_eval(a: argparse.Namespace, s: Settings) -> int:
    from alliancewatch.evaluate import format_table

    if a.no_keep:
        s = s.with_(keep=False)
    result = api.evaluate(a.gold, a.inputs, s)
    if a.json:
        _print_json({k: v for k, v in result.items() if a.details or k != "details"})
        return 0
    print(format_table(result))
    if a.details:
        for d in result["details"]:
            for g in d["missed"]:
                print(f"MISS {d['doc']}: {g['event']} {g['actor']}->{g['recipient']} «{g['s']}»")
            for x in d["false_positives"]:
                print(
                    f"FP   {d['doc']}: {x['event']} {x['actor']}->{x['recipient']} "
                    f"«{x['trigger']}» {x['sentence'][:50]}"
                )
            for e in d["attribute_errors"]:
                print(
                    f"ATTR {d['doc']}: {e['wrong']} gold={e['gold']['factuality']},"
                    f"{e['gold']['date']},{e['gold']['claimed_by']} "
                    f"system={e['system']['factuality']},"
                    f"{e['system']['date']},{e['system']['claimed_by']} «{e['gold']['s']}»"
                )
    return 0


def _obligations(t: dict[str, Any]) -> str:
    return (
        "; ".join(
            o["category"] + (" Art. " + ", ".join(o["articles"]) if o["articles"] else "")
            for o in t["obligations"]
        )
        or "none recorded"
    )


def _treaty_lines(t: dict[str, Any], refs: int = 5) -> list[str]:
    dates = ", ".join(
        f"{k.replace('_', ' ')} {t[k]}" for k in ("signed", "in_force", "terminated") if t[k]
    )
    lines = [
        f"  {t['status']:<11} {t['id']:<14} {t['name']} ({dates or 'no dates recorded'})",
        f"{'':<28}parties: {' '.join(p['code'] for p in t['parties'])}"
        + (f"; ended: {t['ended_by']}" if t["ended_by"] else ""),
        f"{'':<28}obligations: {_obligations(t)}",
    ]
    for r in t.get("references", [])[:refs]:
        what = r["step"] or ("Art. " + r["article_no"] if r["article_no"] else "named")
        if r["obligation"]:
            what += f" ({r['obligation']})"
        lines.append(f"{'':<28}{what}: {r['doc']}#{r['sequence']} «{r['sentence'][:60]}»")
    return lines


def cmd_relations(a: argparse.Namespace, s: Settings) -> int:
    r = api.pair_relations(
        a.a, a.b, s, on=a.on, start=getattr(a, "from"), end=a.to, recent=a.recent
    )
    if a.json:
        _print_json(r)
        return 0
    print(f"{r['a']}–{r['b']} (treaty status on {r['on']})")
    print("treaties:" if r["treaties"] else "treaties: none in data/treaties.tsv")
    for t in r["treaties"]:
        print("\n".join(_treaty_lines(t)))
    for u in r["unknown_treaties"][:5]:
        print(
            f"  unknown treaty ({u['step'] or 'named'}): {u['doc']}#{u['sequence']}"
            f" «{u['sentence'][:60]}»"
        )
    months = [m for m in r["months"] if m["mentions"]]
    tot = r["totals"]
    print(
        f"\nmentions: {tot['mentions']} ({r['year_only_mentions']} dated to a year only);"
        f" cooperation {tot['cooperation']:.1f}, conflict {tot['conflict']:.1f},"
        f" index {tot['index']:+.1f}"
    )
    if months:
        print("month    verb.coop mat.coop verb.confl mat.confl   index")
        for m in months[-12:]:
            e = m["events"]
            print(
                f"{m['month']}  {e['verbal_cooperation']:>9} {e['material_cooperation']:>8}"
                f" {e['verbal_conflict']:>10} {e['material_conflict']:>9} {m['index']:>+7.2f}"
            )
    tr = r["trend"]
    print(
        f"trend over the last {tr['months']} months: {tr['direction']}"
        + (f" (slope {tr['slope']:+.2f}/month)" if tr["slope"] is not None else "")
    )
    for c in r["changes"][:8]:
        print(f"  {c['month']}  {c['text']}")
    if r["recent"]:
        print("recent events:")
        for x in r["recent"][: a.recent]:
            print(
                f"  {x['date'] or '-':<10} {x['event']:<9} {'+'.join(x['actor']) or '?'}->"
                f"{'+'.join(x['recipient']) or '-'} {x['factuality']:<12} «{x['sentence'][:50]}»"
            )
    return 0


def cmd_treaties(a: argparse.Namespace, s: Settings) -> int:
    from pathlib import Path

    if a.unknown:
        rows = api.unknown_treaties(s)
        for u in rows:
            if a.json:
                _print_json(u)
            else:
                print(
                    f"{u['doc']}#{u['sequence']} {u['step'] or 'named'} "
                    f"{' '.join(u['codes'])}  «{u['sentence'][:70]}»"
                )
        return 0
    rows = api.treaties(
        s if is_postgres_url(s.db_path) or Path(s.db_path).exists() else None, on=a.on
    )
    for t in rows:
        if a.json:
            _print_json(t)
        else:
            print("\n".join(_treaty_lines(t, refs=3)))
    if not a.json:
        print(f"({len(rows)} treaties)", file=sys.stderr)
    return 0


def cmd_agree(a: argparse.Namespace, s: Settings) -> int:
    from pathlib import Path

    from alliancewatch.agreement import agreement

    r = agreement(Path(a.gold_a), Path(a.gold_b), [Path(p) for p in a.inputs], s)
    if a.json:
        _print_json({k: v for k, v in r.items() if k != "details"})
        return 0
    print(
        f"{plural(r['articles'], 'article')}; A {plural(r['mentions_a'], 'mention')},"
        f" B {r['mentions_b']}"
    )
    for name in ("b_against_a", "a_against_b"):
        sc = r[name]
        print(
            f"{name}: P {sc['precision']:.2f} R {sc['recall']:.2f} F1 {sc['f1']:.2f}; "
            f"on shared mentions factuality {sc['factuality_accuracy']}, "
            f"date {sc['date_accuracy']}, claimed_by {sc['claimed_by_accuracy']}"
        )
    print(f"pairwise agreement (mean F1): {r['mean_f1']:.2f}")
    for u in r["unplaced"]:
        print(f"not found in any sentence: {u}")
    return 0
