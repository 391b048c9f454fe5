"""The web layer's own reads: overview, timeline, network, mention, search, actors.

All SQL is parameterised; the only text spliced into statements is built here from fixed
fragments and `?` placeholders. Dates of any precision (2024, 2024-06, 2024-06-19) are
compared as strings: see `date_conds`.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from alliancewatch.store import fts
from alliancewatch.store.dialect import dialect, serial_reads
from alliancewatch.store.queries import mention_record, rejections
from alliancewatch.web import queries_summary as qs
from alliancewatch.web import search_keys as sk
from alliancewatch.web import search_walk

ORG_CODES = frozenset({"IGO", "UNO", "EUR", "NATO", "ASEAN", "AU", "OSCE", "IAEA", "NGO", "G7"})
_BRIEF = (
    "m.id, m.event, m.quad, m.factuality, m.date, m.date_text, m.published, m.language,"
    " m.actor_codes, m.recipient_codes, m.trigger, m.doc, m.sentence, m.event_id, m.claimed_by"
)


# what a row counts: its merged event (a mention not yet merged counts as its own event),
# kept on the row itself (migration 7, store/timeline_keys.py)
EVENT_KEY = "r.event_key"


def node_kind(code: str) -> str:
    return "organisation" if code in ORG_CODES or len(code) != 3 else "state"


# counts of cooperation and conflict rows, as integers on both back ends
_COOP = "sum(CASE WHEN quad LIKE '%cooperation' THEN 1 ELSE 0 END)"
_CONFLICT = "sum(CASE WHEN quad LIKE '%conflict' THEN 1 ELSE 0 END)"


def _in(column: str, values: tuple[str, ...]) -> tuple[str, list[Any]]:
    return f"{column} IN ({', '.join('?' * len(values))})", list(values)


def date_conds(column: str, lo: str | None, hi: str | None) -> tuple[list[str], list[Any]]:
    """Conditions keeping dates whose period overlaps [lo, hi].

    '~' sorts after every digit and '-', so `d || '~' >= lo` means "the period of d ends on
    or after lo" and `d <= hi || '~'` means "it starts on or before hi". The first
    condition (year prefix) is only there so that an index on `column` can be used.
    """
    conds: list[str] = []
    args: list[Any] = []
    if lo:
        conds += [f"{column} >= ?", f"{column} || '~' >= ?"]
        args += [lo[:4], lo]
    if hi:
        conds.append(f"{column} <= ?")
        args.append(hi + "~")
    return conds, args


def plot_date(d: str | None, published: str | None) -> str | None:
    """A full date to place a mention on a time axis (middle of a month or year)."""
    if d:
        return {4: f"{d}-07-01", 7: f"{d}-15"}.get(len(d), d[:10])
    return published[:10] if published else None


def codes(text: str | None) -> list[str]:
    return text.split() if text else []


def brief(r: sqlite3.Row) -> dict[str, Any]:
    """A mention as a list item (timeline, search, same-event lists)."""
    return {
        "id": r["id"],
        "event": r["event"],
        "quad": r["quad"],
        "factuality": r["factuality"],
        "date": r["date"],
        "date_text": r["date_text"],
        "x": plot_date(r["date"], r["published"]),
        "published": r["published"],
        "language": r["language"],
        "actor": codes(r["actor_codes"]),
        "recipient": codes(r["recipient_codes"]),
        "trigger": r["trigger"],
        "doc": r["doc"],
        "sentence": r["sentence"],
        "event_id": r["event_id"],
        "claimed_by": r["claimed_by"],
    }


def _count(db: sqlite3.Connection, sql: str, args: list[Any] | tuple[Any, ...] = ()) -> int:
    return int(db.execute(sql, args).fetchone()[0] or 0)


# -- overview --------------------------------------------------------------------------


def top_pairs(db: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    """The most active pairs by events (a happening reported many times counts once), with
    their mentions; cooperation and conflict count events too. Read from the write-time
    summaries (web/queries_summary.py)."""
    return qs.top_pairs(db, limit)


def latest(db: sqlite3.Connection, limit: int = 10) -> list[dict[str, Any]]:
    """The most recent dated events up to today, each shown by its first mention.

    An item keeps the mention-brief shape (its `id` is the first mention's, `event_id` the
    event's) with the event's own type, actors, best-supported date and factuality, and its
    numbers of mentions and articles."""
    today = date.today().isoformat()
    rows = db.execute(
        f"SELECT {_BRIEF}, e.id AS e_id, e.event AS e_event, e.actor_codes AS e_actor,"
        " e.recipient_codes AS e_recipient, e.date AS e_date, e.factuality AS e_fact,"
        " e.n_mentions AS e_mentions, e.n_articles AS e_articles"
        " FROM events e JOIN mentions m ON m.id = e.first_mention"
        " WHERE e.date IS NOT NULL AND e.date <= ?"
        " ORDER BY e.date DESC, e.first_report DESC NULLS LAST, e.id LIMIT ?",
        (today + "~", limit),
    )
    out = []
    for r in rows:
        item = brief(r)
        item.update(
            event_id=r["e_id"],
            event=r["e_event"],
            actor=codes(r["e_actor"]),
            recipient=codes(r["e_recipient"]),
            date=r["e_date"],
            factuality=r["e_fact"],
            n_mentions=int(r["e_mentions"]),
            n_articles=int(r["e_articles"]),
        )
        out.append(item)
    return out


def overview(db: sqlite3.Connection) -> dict[str, Any]:
    """Totals and counts from the write-time counters (store/summary_rows.py)."""
    c = qs.counters(db)
    by_lang_type: dict[str, dict[str, int]] = {}
    by_type: dict[str, int] = {}
    by_fact: dict[str, int] = {}
    for lang, event, fact, n in c.get("mentions", []):
        row = by_lang_type.setdefault(lang, {})
        row[event] = row.get(event, 0) + n
        by_type[event] = by_type.get(event, 0) + n
        by_fact[fact] = by_fact.get(fact, 0) + n
    events = {event: n for event, _, _, n in c.get("events", [])}
    by_lang = {lang: n for lang, _, _, n in c.get("articles", [])}
    return {
        "totals": {
            "articles": sum(by_lang.values()),
            "sentences": sum(n for *_, n in c.get("sentences", [])),
            "mentions": sum(by_type.values()),
            "events": sum(events.values()),
            "rejections": _count(db, "SELECT count(*) FROM rejections"),
        },
        "articles_by_lang": by_lang,
        "mentions_by_lang_type": by_lang_type,
        "mentions_by_type": _desc(by_type),
        "mentions_by_factuality": _desc(by_fact),
        "events_by_type": _desc(events),
        "top_pairs": top_pairs(db),
        "latest": latest(db),
        "rejections": rejections(db, limit=20),
    }


def _desc(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def actors(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Actor codes with the events and mentions involving them (most events first), from
    the write-time summaries."""
    return [
        {"code": code, "events": n, "mentions": nm, "kind": node_kind(code)}
        for code, n, nm in qs.actors(db)
    ]


def months(db: sqlite3.Connection) -> list[str]:
    """The months (YYYY-MM) with dated pair rows, oldest first: the network's time slider."""
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT substr(date, 1, 7) FROM mention_pairs"
            " WHERE date IS NOT NULL AND length(date) >= 7 AND b != '' ORDER BY 1"
        )
    ]


# -- mention and article ---------------------------------------------------------------


def mention(db: sqlite3.Connection, mid: str) -> dict[str, Any] | None:
    r = db.execute(
        "SELECT m.*, a.title AS a_title, a.lang AS a_lang, a.url AS a_url,"
        " a.published AS a_published, s.path AS a_source FROM mentions m"
        " JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id"
        " WHERE m.id = ?",
        (mid,),
    ).fetchone()
    if r is None:
        return None
    rec = mention_record(r)
    rec["quad"] = r["quad"]
    rec["text_info"]["trigger_start"] = r["trigger_start"]
    rec["article"] = {
        "doc": r["doc"],
        "title": r["a_title"],
        "published": r["a_published"],
        "lang": r["a_lang"],
        "url": r["a_url"],
        "source": r["a_source"],
    }
    rec["same_sentence"] = [
        brief(x)
        for x in db.execute(
            f"SELECT {_BRIEF} FROM mentions m WHERE m.article_id = ? AND m.sequence = ?"
            " AND m.id != ? ORDER BY m.trigger_start, m.id",
            (r["article_id"], r["sequence"], mid),
        )
    ]
    rec["merged_event"] = None
    rec["same_event"] = []
    if r["event_id"]:
        ev = db.execute("SELECT * FROM events WHERE id = ?", (r["event_id"],)).fetchone()
        if ev is not None:
            rec["merged_event"] = {
                "id": ev["id"],
                "event": ev["event"],
                "actor": codes(ev["actor_codes"]),
                "recipient": codes(ev["recipient_codes"]),
                "date": ev["date"],
                "factuality": ev["factuality"],
                "mentions": ev["n_mentions"],
                "articles": ev["n_articles"],
            }
        rec["same_event"] = [
            brief(x)
            for x in db.execute(
                f"SELECT {_BRIEF} FROM mentions m WHERE m.event_id = ? AND m.id != ?"
                " ORDER BY m.published NULLS FIRST, m.doc, m.sequence LIMIT 100",
                (r["event_id"], mid),
            )
        ]
    return rec


def article_mentions(db: sqlite3.Connection, doc: str) -> list[dict[str, Any]]:
    """Mentions of an article with the offsets needed to highlight their triggers."""
    return [
        dict(r)
        for r in db.execute(
            'SELECT m.id, m.event, m.quad, m.factuality, m.sequence, m.start, m."end",'
            " m.trigger, m.trigger_start FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE a.doc = ? ORDER BY m.sequence, m.trigger_start, m.id",
            (doc,),
        )
    ]


def articles(db: sqlite3.Connection, v: dict[str, Any]) -> dict[str, Any]:
    """Articles, newest first, matching `q` and the languages (store/dialect.serial_reads)."""
    with serial_reads(db):
        return _articles(db, v)


def _articles(db: sqlite3.Connection, v: dict[str, Any]) -> dict[str, Any]:
    where, args = ["1 = 1"], []
    if v.get("lang"):
        c, a = _in("a.lang", v["lang"])
        where.append(c)
        args += a
    if v.get("q"):
        cond, cargs, _ = fts.text_condition(v["q"], "articles", dialect(db))
        where.append(cond)
        args += cargs
    w = " AND ".join(where)
    total = _count(db, f"SELECT count(*) FROM articles a WHERE {w}", args)
    rows = db.execute(
        "SELECT a.doc, a.title, a.published, a.lang, a.url, a.n_paragraphs,"
        " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions"
        f" FROM articles a WHERE {w} ORDER BY a.published DESC NULLS LAST, a.doc"
        " LIMIT ? OFFSET ?",
        [*args, v["limit"], v["offset"]],
    )
    return {"total": total, "items": [dict(r) for r in rows]}


# -- search ----------------------------------------------------------------------------

# hits counted exactly up to this many (or to the page's end when deeper)
COUNT_BOUND = 1000


def _sentence_mentions(
    db: sqlite3.Connection, keys: list[tuple[int, int]]
) -> dict[tuple[int, int], list[dict[str, Any]]]:
    """The mentions (briefs) of each (article id, sentence index), in trigger order: one
    query for a page's articles instead of one per sentence (each a round trip)."""
    out: dict[tuple[int, int], list[dict[str, Any]]] = {}
    articles = sorted({a for a, _ in keys})
    if not articles:
        return out
    wanted = set(keys)
    for m in db.execute(
        f"SELECT {_BRIEF}, m.article_id AS m_article, m.sequence AS m_sequence FROM mentions m"
        f" WHERE m.article_id IN ({', '.join('?' * len(articles))})"
        " ORDER BY m.article_id, m.sequence, m.trigger_start, m.id",
        articles,
    ):
        key = (m["m_article"], m["m_sequence"])
        if key in wanted:
            out.setdefault(key, []).append(brief(m))
    return out


def search(db: sqlite3.Connection, v: dict[str, Any]) -> dict[str, Any]:
    """Sentences matching every word of `q`, with filters, each with its mentions (one
    snapshot, no parallel workers on PostgreSQL: store/dialect.serial_reads)."""
    with serial_reads(db):
        return _search(db, v)


def _search(db: sqlite3.Connection, v: dict[str, Any]) -> dict[str, Any]:
    where: list[str] = []
    args: list[Any] = []
    fts_used = True
    if v.get("q"):
        cond, args, fts_used = fts.text_condition(v["q"], "sentences", dialect(db))
        where.append(cond)
    c = v.get("concept")
    if c is not None:
        cond, cargs = fts.concept_condition(
            [w for _, w in c.words], c.event, c.context, dialect=dialect(db)
        )
        where.append(cond)
        args += cargs
    if v.get("lang"):
        c, a = _in("a.lang", v["lang"])
        where.append(c)
        args += a
    conds, dargs = date_conds("a.published", v.get("from"), v.get("to"))
    where += conds
    args += dargs
    sub, sargs = [], []
    for key, column in (("event", "m.event"), ("factuality", "m.factuality")):
        if v.get(key):
            c, a = _in(column, v[key])
            sub.append(c)
            sargs += a
    if v.get("actor"):
        sub.append("(' ' || m.actor_codes || ' ' || m.recipient_codes || ' ') LIKE ?")
        sargs.append(f"% {v['actor']} %")
    if sub or v.get("with_mentions"):
        where.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = s.article_id"
            " AND m.sequence = s.idx" + "".join(" AND " + c for c in sub) + ")"
        )
        args += sargs
    w = " AND ".join(where)
    frm = "FROM sentences s JOIN articles a ON a.id = s.article_id"
    # one pass over the first `bound` hits in page order (newest articles first, read in
    # that order through an index on PostgreSQL), or over the first `bound` after a cursor
    # (web/search_keys.py): they give the page and a total exact up to the bound. A common
    # word matches a sentence in ten, and counting every hit cost seconds at a million
    # mentions; beyond the bound the total is "more than".
    after: sk.SearchKey | None = v.get("after")
    base = after.position if after is not None else 0  # hits before the first one read
    offset = 0 if after is not None else v["offset"]
    bound = max(COUNT_BOUND, offset + v["limit"])
    # PostgreSQL: the words' hits read apart (web/search_walk.py) when the other conditions
    # are on articles only; a concept or a filter on mentions may keep few hits, and the
    # walk would then read most articles
    walk = v.get("q") and fts_used and dialect(db) == "postgresql"
    if walk and v.get("concept") is None and not (sub or v.get("with_mentions")):
        found = search_walk.text_hits(
            db, args[0], " AND ".join(where[1:]), args[1:], after, bound + 1
        )
    else:
        found = sk.hits(db, frm, w, args, after, bound + 1)
    page = found[offset : offset + v["limit"]]
    rows = []
    if page:
        by_id = {
            r["id"]: r
            for r in db.execute(
                "SELECT s.id, s.article_id, s.idx, s.text, a.doc, a.title, a.published, a.lang"
                " FROM sentences s JOIN articles a ON a.id = s.article_id"
                f" WHERE s.id IN ({', '.join('?' * len(page))})",
                [h["sid"] for h in page],
            )
        }
        rows = [by_id[h["sid"]] for h in page]
    total = base + len(found)
    items = []
    briefs = _sentence_mentions(db, [(r["article_id"], r["idx"]) for r in rows])
    for r in rows:
        items.append(
            {
                "sentence": r["text"],
                "sequence": r["idx"],
                "doc": r["doc"],
                "title": r["title"],
                "published": r["published"],
                "lang": r["lang"],
                "mentions": [
                    {
                        k: b[k]
                        for k in ("id", "event", "factuality", "actor", "recipient", "trigger")
                    }
                    for b in briefs.get((r["article_id"], r["idx"]), [])
                ],
            }
        )
    return {
        "total": min(total, base + bound),
        "total_exact": len(found) <= bound,
        "offset": base + offset,
        "after": sk.key_of(page[-1], base + offset + len(page)).token() if page else None,
        "items": items,
        "match": "fts" if fts_used else "substring",
    }
