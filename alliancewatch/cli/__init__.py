"""Command line: a thin layer over the Python API (alliancewatch/api.py)."""

# Commands that score and explain live in cli/analysis.py, shared helpers in cli/output.py.

from __future__ import annotations

import argparse
import sys

from alliancewatch import __version__, api
from alliancewatch.cli.analysis import (
    cmd_agree,
    cmd_eval,
    cmd_eval_links,
    cmd_relations,
    cmd_train_keep,
    cmd_treaties,
)
from alliancewatch.cli.output import _date, _day, _print_json, _where, mention_line, plural
from alliancewatch.config import Settings
from alliancewatch.errors import AllianceWatchError
from alliancewatch.lang import codes
from alliancewatch.sources.validate import printable

__all__ = ["build_parser", "main", "plural"]


def cmd_ingest(a: argparse.Namespace, s: Settings) -> int:
    r = api.ingest(a.paths, s, published=a.published, lang=a.lang)
    for x in r.rejected:
        print(f"rejected {x.doc} ({x.source}): {x.reason}", file=sys.stderr)
    langs = ", ".join(f"{k}: {v}" for k, v in sorted(r.languages.items())) or "none"
    print(
        f"stored {plural(r.stored, 'article')} ({langs}); {r.unchanged} unchanged, "
        f"{plural(r.duplicates, 'duplicate')}, {len(r.rejected)} rejected; "
        f"{plural(r.sentences, 'sentence')}, {plural(sum(r.mentions.values()), 'mention')}"
        f" in {r.seconds:.1f} s"
    )
    for code, n in sorted(r.uncoded.items()):
        print(
            f"{code}: {plural(n, 'article')} split and stored, no events coded"
            f" (no {code} event coder yet)"
        )
    # 1 when there was input and none of it could be used: a script should notice
    return 1 if r.rejected and not (r.stored or r.unchanged or r.duplicates) else 0


def cmd_languages(a: argparse.Namespace, s: Settings) -> int:
    found = api.languages()
    if a.json:
        _print_json(found)
        return 0
    for x in found:
        coder = "event coder" if x["event_coder"] else "no event coder (split, stored, searched)"
        print(f"{x['code']}  {x['name']}: {coder}")
        for part, where in x["components"].items():
            print(f"    {part:<11} {where}")
        for f in x["data_files"]:
            rows = "bad rows" if f["rows"] is None else f"{f['rows']} rows"
            print(f"    data        {f['file']} ({rows})")
        for problem in x["problems"]:
            print(f"    problem     {problem}")
    return 1 if any(x["problems"] for x in found) else 0


def cmd_summary(a: argparse.Namespace, s: Settings) -> int:
    sm = api.summary(s)
    if a.json:
        _print_json(sm)
        return 0
    print(f"database: {_where(s)}")
    print(
        "articles per language: "
        + (", ".join(f"{k} {v}" for k, v in sm["articles_by_lang"].items()) or "none")
    )
    print(f"sentences: {sm['sentences']}")
    print(
        "mentions per event type: "
        + (", ".join(f"{k} {v}" for k, v in sm["mentions_by_type"].items()) or "none")
    )
    print(
        "mentions per factuality: "
        + (", ".join(f"{k} {v}" for k, v in sm["mentions_by_factuality"].items()) or "none")
    )
    print(f"events (merged mentions): {sm['events']}")
    rules = sm["link_rules"]
    if sm["events"] and rules["stored"] != rules["current"]:
        print(
            f"events linked under rules {rules['stored'] or 'from before rule versions'}, not"
            f" the current {rules['current']}: the next ingest (or `alliancewatch relink`)"
            " re-links them once"
        )
    print(f"rejected inputs: {len(sm['rejections'])}")
    for r in sm["rejections"]:  # stored escaped; databases from 0.1.0 may hold raw names
        print(f"  {printable(r['doc'])} ({printable(r['source'])}): {printable(r['reason'])}")
    return 0


def cmd_relink(a: argparse.Namespace, s: Settings) -> int:
    n = api.relink(s)
    print(f"relinked: {n} events")
    return 0


def cmd_articles(a: argparse.Namespace, s: Settings) -> int:
    rows = api.articles(s, search=a.search, lang=a.lang, limit=a.limit)
    for r in rows:
        if a.json:
            _print_json(r)
        else:
            print(
                f"{r['doc']:<28} {r['lang']} {r['published'] or '-':<10} "
                f"{r['n_paragraphs']:>3}¶ {r['mentions']:>3}m  {r['title'] or ''}"
            )
    if not a.json:
        none = " (no article matches)" if not rows and (a.search or a.lang) else ""
        print(f"({plural(len(rows), 'article')}){none}", file=sys.stderr)
    return 0


def cmd_show(a: argparse.Namespace, s: Settings) -> int:
    art = api.show(a.doc, s)
    if art is None:
        print(f"no article '{a.doc}' in {_where(s)}; see `alliancewatch articles`", file=sys.stderr)
        return 1
    if a.json:
        _print_json(art)
        return 0
    print(
        f"doc:       {art['doc']}\ntitle:     {art['title'] or '-'}\npublished: "
        f"{art['published'] or '-'}\nlanguage:  {art['lang']}\nsource:    {art['source']}\n"
        f"paragraphs: {art['paragraphs']}\n"
    )
    by_sentence: dict[int, list[str]] = {}
    for m in art["mentions"]:
        by_sentence.setdefault(m["text_info"]["sequence"], []).append(m["id"])
    for i, (start, end) in enumerate(art["paragraph_spans"]):
        print(f"[{i}] {art['text'][start:end]}")
    if by_sentence:
        print("\nsentences with mentions (number: mention ids):")
        for sent in art["sentences"]:
            if sent["idx"] in by_sentence:
                print(f"  #{sent['idx']}: {', '.join(by_sentence[sent['idx']])}  {sent['text']}")
    if art["removed"]:
        print("\nremoved by cleaning:")
        for r in art["removed"]:
            print(f"  - {r['kind']}: {r['reason']}: {r['text'][:60]}")
    if art["mentions"]:
        print(f"\n{plural(len(art['mentions']), 'mention')} (id, sentence number, event):")
        for m in art["mentions"]:
            print(f"  {m['id']}  #{m['text_info']['sequence']:<3} " + mention_line(m))
    return 0


def cmd_search(a: argparse.Namespace, s: Settings) -> int:
    rows = api.search(a.query, s, lang=a.lang, limit=a.limit, actor=a.actor, concept=a.concept)
    for r in rows:
        if a.json:
            _print_json(r)
        else:
            events = " ".join(
                f"[{m['event']} {'+'.join(m['actor']) or '?'}"
                + (f"->{'+'.join(m['recipient'])}" if m["recipient"] else "")
                + f" {m['id']}]"
                for m in r["mentions"]
            )
            print(f"{r['doc']}#{r['sequence']} {r['published'] or ''}  {r['sentence']}  {events}")
    if not rows:
        parts = [f"“{a.query}”" if a.query else "", f"concept {a.concept}" if a.concept else ""]
        what = " and ".join(x for x in parts if x)
        filters = " with these filters" if a.lang or a.actor else ""
        print(f"no sentence matches {what}{filters}", file=sys.stderr)
    elif not a.json:
        print(f"({plural(len(rows), 'sentence')})", file=sys.stderr)
    return 0


def cmd_export(a: argparse.Namespace, s: Settings) -> int:
    filters = api.Filters(
        actor=a.actor,
        pair=tuple(a.pair) if a.pair else None,
        type=a.type,
        date_from=a.date_from,
        date_to=a.date_to,
        factuality=a.factuality,
        lang=a.lang,
    )
    n = api.export(s, a.out, a.format, a.what, filters)
    print(f"wrote {plural(n, a.what[:-1])} to {a.out} ({a.format})")
    return 0


def cmd_copy(a: argparse.Namespace, s: Settings) -> int:
    from alliancewatch.store.copy import copy_database

    counts = copy_database(s.db_path, a.dest)
    rows = ", ".join(f"{t} {n}" for t, n in counts.items() if n)
    print(f"copied {s.db_path} into {_where(s.with_(db_path=a.dest))}: {rows}")
    return 0


def cmd_serve(a: argparse.Namespace, s: Settings) -> int:
    from alliancewatch.web import serve
    from alliancewatch.web.app import is_public

    def ready() -> None:
        if is_public(a.host):
            print(
                f"alliancewatch: warning: listening on {a.host}: anyone who can reach this"
                " address can read the database (there is no authentication)"
            )
        print(
            f"alliancewatch: serving {_where(s)} read-only at http://{a.host}:{a.port}/"
            " (Ctrl-C to stop)"
        )

    serve(s.db_path, host=a.host, port=a.port, ready=ready)
    return 0


class DefaultsFormatter(argparse.RawDescriptionHelpFormatter):
    """Appends '(default: X)' to an option's help when X is a value; an option without a
    value by default says in its help what happens then."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if action.default not in (None, False, argparse.SUPPRESS) and "%(default)" not in text:
            text += " (default: %(default)s)"
        return text


def build_parser() -> argparse.ArgumentParser:
    """Every option has a help text; the formatter appends its default."""
    fmt = DefaultsFormatter
    p = argparse.ArgumentParser(prog="alliancewatch", description=__doc__, formatter_class=fmt)
    p.add_argument("--version", action="version", version=f"alliancewatch {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    json_help = "print JSON (the keys of the matching web API route)"

    def add(name: str, help_: str, db: bool = True) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_, formatter_class=fmt)
        if db:
            sp.add_argument(
                "--db",
                help="SQLite file or postgresql://user@host/dbname; when not given:"
                " $ALLIANCEWATCH_DB, else alliancewatch.db",
            )
        return sp

    sp = add(
        "ingest",
        "read, clean, code and store articles (exit status 1 when every input was rejected)",
    )
    sp.add_argument("paths", nargs="+", help=".txt, .html/.htm, .jsonl files or directories")
    sp.add_argument(
        "--published",
        type=_date,
        help="publication date (YYYY-MM-DD) for inputs that declare none",
    )
    sp.add_argument(
        "--lang", choices=codes(), help="language for inputs that declare none (else detected)"
    )
    sp.add_argument(
        "--processes",
        type=int,
        help="worker processes for parsing, each loading GiNZA; when not given:"
        " $ALLIANCEWATCH_PROCESSES, else 1",
    )
    sp.add_argument(
        "--dask",
        metavar="SPEC",
        help="parse on Dask: local:N (N worker processes here) or tcp://scheduler:8786;"
        " when not given: $ALLIANCEWATCH_DASK, else no Dask",
    )
    sp.add_argument("--quiet", action="store_true", help="no progress bar")
    sp.set_defaults(func=cmd_ingest)

    sp = add("summary", "counts: articles, sentences, mentions, rejections")
    sp.add_argument("--json", action="store_true", help=json_help)
    sp.set_defaults(func=cmd_summary)

    sp = add("relink", "rebuild stories and events under the current linking rules")
    sp.set_defaults(func=cmd_relink)

    sp = add("articles", "list stored articles, newest first")
    sp.add_argument(
        "--search",
        help="full text over title and body (two-character Japanese terms work; English"
        " words match their other forms)",
    )
    sp.add_argument("--lang", choices=codes(), help="only articles in this language")
    sp.add_argument("--limit", type=int, default=1000, help="at most this many articles")
    sp.add_argument("--json", action="store_true", help="one JSON object per line; " + json_help)
    sp.set_defaults(func=cmd_articles)

    sp = add("show", "print one cleaned article, its sentences with mentions and its mentions")
    sp.add_argument("doc", help="the article's doc (file name or JSON Lines id)")
    sp.add_argument("--json", action="store_true", help=json_help)
    sp.set_defaults(func=cmd_show)

    sp = add("search", "full-text and concept search over sentences")
    sp.add_argument(
        "query",
        nargs="?",
        help="words that must all occur (派兵, 파병, sanctions); may be left out with --concept",
    )
    sp.add_argument(
        "--concept",
        help="a PLOVER type (AID), TYPE:context (AID:military) or a trigger word (派兵): the"
        " words every trigger lexicon gives for it, in every language, or a mention coded so",
    )
    sp.add_argument(
        "--actor",
        help="only sentences with a mention involving this actor: a code or a name in"
        " English, Japanese or Korean (PRK, North Korea, 北朝鮮, 북한)",
    )
    sp.add_argument("--lang", choices=codes(), help="only sentences of articles in this language")
    sp.add_argument("--limit", type=int, default=50, help="at most this many sentences")
    sp.add_argument("--json", action="store_true", help="one JSON object per line; " + json_help)
    sp.set_defaults(func=cmd_search)

    sp = add("export", "write mentions (PLOVER JSON Lines or CSV) or events, filtered")
    sp.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="file format")
    sp.add_argument("--out", required=True, help="file to write (replaced if it exists)")
    sp.add_argument(
        "--what", choices=["mentions", "events"], default="mentions", help="records to write"
    )
    sp.add_argument("--actor", help="an actor code on either side (PRK)")
    sp.add_argument("--pair", nargs=2, metavar=("A", "B"), help="both actor codes")
    sp.add_argument("--type", help="PLOVER event type (AID)")
    sp.add_argument("--from", dest="date_from", help="earliest date (YYYY, YYYY-MM, YYYY-MM-DD)")
    sp.add_argument("--to", dest="date_to", help="latest date (YYYY, YYYY-MM, YYYY-MM-DD)")
    sp.add_argument("--factuality", help="asserted, planned, ... (events: the most certain)")
    sp.add_argument("--lang", help="language code (events: reported in it)")
    sp.set_defaults(func=cmd_export)

    sp = add("copy", "copy a SQLite database (--db) into a new PostgreSQL database")
    sp.add_argument("dest", help="postgresql://user@host/dbname (new or empty)")
    sp.set_defaults(func=cmd_copy)

    sp = add("eval-links", "pairwise precision and recall of event linking against gold links")
    sp.add_argument("links", help="gold links (tests/data/event_links.jsonl)")
    sp.add_argument("--gold", help="gold mentions of the articles: link them by their attributes")
    sp.add_argument("--inputs", nargs="+", help="the article files (for stories)")
    sp.add_argument(
        "--link-db",
        dest="link_db",
        help="score the events of this database instead (with --gold: a stored mention"
        " counts as found only with the gold type)",
    )
    sp.add_argument("--json", action="store_true", help=json_help)
    sp.set_defaults(func=cmd_eval_links)

    sp = add("eval", "score the coder against a gold file (spec §5)")
    sp.add_argument("gold", help="gold mentions, JSON Lines (spec §5)")
    sp.add_argument("--inputs", nargs="+", required=True, help="the gold file's articles")
    sp.add_argument("--json", action="store_true", help="print the scores as JSON")
    sp.add_argument(
        "--details", action="store_true", help="list misses, false positives, attribute errors"
    )
    sp.add_argument(
        "--no-keep",
        dest="no_keep",
        action="store_true",
        help="code without the learned keep step (coding/keep.py): every candidate mention",
    )
    sp.set_defaults(func=cmd_eval)

    sp = add(
        "train-keep",
        "fit the keep step's weights on gold sets (needs scikit-learn: the train extra)",
        db=False,
    )
    sp.add_argument("gold", nargs="+", help="gold files, each beside its folder of articles")
    sp.add_argument("--out", required=True, help="the weights file to write (keep_weights.tsv)")
    sp.add_argument("--loso", action="store_true", help="print the leave-one-set-out table first")
    sp.add_argument("--cache", help="a folder keeping each set's coded mentions between runs")
    sp.add_argument(
        "-C", dest="c", type=float, default=0.1, help="inverse L2 strength (LOSO chose 0.1)"
    )
    sp.set_defaults(func=cmd_train_keep)

    sp = add("relations", "treaties and the trend of cooperation and conflict between two states")
    sp.add_argument("a", help="actor code or name (PRK, North Korea, 北朝鮮)")
    sp.add_argument("b", help="the other actor")
    sp.add_argument("--on", type=_day, help="treaty status on this date (default today)")
    sp.add_argument("--from", type=_day, help="first month of the series (YYYY-MM)")
    sp.add_argument("--to", type=_day, help="last month of the series (YYYY-MM)")
    sp.add_argument("--recent", type=int, default=10, help="recent events to show")
    sp.add_argument("--json", action="store_true", help=json_help)
    sp.set_defaults(func=cmd_relations)

    sp = add("treaties", "the treaty table with each treaty's status and reporting sentences")
    sp.add_argument("--on", type=_day, help="status on this date (default today)")
    sp.add_argument("--unknown", action="store_true", help="treaty sentences that fit no row")
    sp.add_argument("--json", action="store_true", help="one JSON object per line")
    sp.set_defaults(func=cmd_treaties)

    sp = add("agree", "agreement between two annotators' gold files of the same articles")
    sp.add_argument("gold_a", help="first annotator's gold file")
    sp.add_argument("gold_b", help="second annotator's gold file")
    sp.add_argument("--inputs", nargs="+", required=True, help="the articles both annotated")
    sp.add_argument("--json", action="store_true", help="print the scores as JSON")
    sp.set_defaults(func=cmd_agree)

    sp = add("languages", "registered languages, their parts and data files", db=False)
    sp.add_argument("--json", action="store_true", help="print the registry as JSON")
    sp.set_defaults(func=cmd_languages)

    sp = add("serve", "browse the database in a web browser (read-only)")
    sp.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (other than loopback: warned)"
    )
    sp.add_argument("--port", type=int, default=8000, help="TCP port")
    sp.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings.from_env(
        db_path=getattr(args, "db", None),
        n_process=getattr(args, "processes", None),
        dask=getattr(args, "dask", None),
        progress=not getattr(args, "quiet", False),
    )
    if args.command in ("eval", "agree", "train-keep"):
        settings = settings.with_(progress=False)
    try:
        return int(args.func(args, settings))
    except AllianceWatchError as e:
        print(f"alliancewatch: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
