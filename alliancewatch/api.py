"""The Python API. Every CLI command is one call here.

>>> import alliancewatch as aw
>>> s = aw.Settings(db_path="news.db")
>>> aw.ingest(["articles/"], s)
>>> aw.search("派兵", s)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alliancewatch.config import Settings
from alliancewatch.errors import UsageError
from alliancewatch.store import queries
from alliancewatch.store.db import connect
from alliancewatch.store.event_queries import Filters

if TYPE_CHECKING:
    from alliancewatch.pipeline import IngestReport


def ingest(
    paths: Iterable[str | Path],
    settings: Settings,
    published: str | None = None,
    lang: str | None = None,
) -> IngestReport:
    """Read, clean, code and store the inputs (files, directories, JSON Lines)."""
    from alliancewatch import pipeline

    return pipeline.ingest(paths, settings, published=published, lang=lang)


def articles(
    settings: Settings,
    search: str | None = None,
    lang: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[dict[str, Any]]:
    with connect(settings.db_path, readonly=True) as db:
        return queries.list_articles(db, search=search, lang=lang, limit=limit, offset=offset)


def show(doc: str, settings: Settings) -> dict[str, Any] | None:
    with connect(settings.db_path, readonly=True) as db:
        return queries.get_article(db, doc)


def search(
    query: str | None,
    settings: Settings,
    lang: str | None = None,
    limit: int = 50,
    actor: str | None = None,
    concept: str | None = None,
) -> list[dict[str, Any]]:
    """Sentences matching every word of the query and/or a concept (a PLOVER type, TYPE:context
    or a trigger word: its words in every lexicon, or a mention of that type); `actor`: a
    code or a name in any language (North Korea, 北朝鮮, 북한). Raises UsageError for an
    unknown actor or concept, or when neither query nor concept is given."""
    from alliancewatch import concepts, names

    if not query and not concept:
        raise UsageError("give words to search for, a --concept, or both")
    code = names.resolve(actor) if actor else None
    c = concepts.concept(concept) if concept else None
    spec = ([w for _, w in c.words], c.event, c.context) if c else None
    with connect(settings.db_path, readonly=True) as db:
        return queries.search_sentences(db, query, lang=lang, limit=limit, actor=code, concept=spec)


def mentions(settings: Settings, doc: str | None = None) -> Iterator[dict[str, Any]]:
    """Spec §4 export records."""
    db = connect(settings.db_path, readonly=True)
    try:
        yield from queries.iter_mentions(db, doc)
    finally:
        db.close()


def summary(settings: Settings) -> dict[str, Any]:
    from alliancewatch.merge.events import RULES_KEY, rules_version

    with connect(settings.db_path, readonly=True) as db:
        out = queries.summary(db)
        row = queries.state(db, RULES_KEY)
    # the linking rules the events were made under, and the code's (merge/events.py)
    out["link_rules"] = {"stored": row, "current": rules_version()}
    return out


def relink(settings: Settings) -> int:
    """Rebuild stories and events from the stored mentions under the current linking rules
    (what the next ingest does once when the rules changed). Returns the number of events."""
    from alliancewatch.merge.events import merge_events
    from alliancewatch.store.db import Store

    with Store(settings.db_path) as store:
        return merge_events(store)


def export(
    settings: Settings,
    out: str | Path,
    fmt: str = "jsonl",
    what: str = "mentions",
    filters: Filters | None = None,
) -> int:
    """Write the mentions (each with its event_id) or the events that pass the filters, as
    JSON Lines or CSV. Returns the number of records."""
    from alliancewatch.export import write, write_events
    from alliancewatch.store import event_queries as eq

    f = filters or eq.Filters()
    with connect(settings.db_path, readonly=True) as db:
        if what == "events":
            return write_events(eq.iter_events(db, f), Path(out), fmt, eq.EVENT_COLUMNS)
        if what != "mentions":
            raise UsageError(f"unknown export '{what}'; choose events or mentions")
        return write(eq.iter_mentions(db, f), Path(out), fmt)


def eval_links(
    links: str | Path, gold: str | Path | None, inputs: Iterable[str | Path], db: str | None
) -> dict[str, Any]:
    """Pairwise precision and recall of event linking (alliancewatch/linkeval.py): from the
    gold mentions of `gold` linked by their gold attributes, or from a database's events."""
    from alliancewatch import linkeval

    gold_links = linkeval.load_links(links)
    if db:
        types = linkeval.gold_types(gold) if gold else None
        events = linkeval.events_from_db(db, gold_links, types)
        found = {k: v for k, v in gold_links.items() if k in events}
        # linking alone: only the gold mentions the coder found
        return linkeval.score(gold_links, events) | {"found_only": linkeval.score(found, events)}
    if gold:
        events = linkeval.events_from_gold(gold, [Path(p) for p in inputs])
    else:
        raise UsageError("give --gold (the gold mentions of the linked articles) or --db")
    return linkeval.score(gold_links, events)


def actor_code(name: str) -> str:
    """An actor code from a code (PRK) or a name in any language (North Korea, 北朝鮮, 러시아):
    the one lookup of names.py, which the web parameters use too. UsageError otherwise."""
    from alliancewatch import names

    return names.resolve(name)


def pair_relations(
    a: str,
    b: str,
    settings: Settings,
    on: str | None = None,
    start: str | None = None,
    end: str | None = None,
    recent: int = 20,
) -> dict[str, Any]:
    """How two states relate: treaties between them (status on `on`, default today, with the
    sentences that report each step), monthly counts and index, trend, notable changes."""
    from alliancewatch.errors import UsageError
    from alliancewatch.relations import pair

    x, y = actor_code(a), actor_code(b)
    if x == y:
        raise UsageError(f"the two actors are the same ({x})")
    with connect(settings.db_path, readonly=True) as db:
        return pair.relations(db, x, y, on=on, lo=start, hi=end, recent=recent)


def treaties(settings: Settings | None = None, on: str | None = None) -> list[dict[str, Any]]:
    """The treaty table (data/treaties.tsv) with status on `on` (default today); with a
    database in `settings`, each treaty carries the stored sentences that refer to it."""
    from alliancewatch.relations import pair
    from alliancewatch.relations.treaties import load

    day = on or pair.today()
    if settings is None or not Path(settings.db_path).exists():
        return pair.treaty_records(None, list(load()), day)
    with connect(settings.db_path, readonly=True) as db:
        return pair.treaty_records(db, list(load()), day)


def unknown_treaties(settings: Settings) -> list[dict[str, Any]]:
    """Sentences about a treaty step that fit no row of the treaty table."""
    from alliancewatch.relations.pair import unknown_treaties as unknown

    with connect(settings.db_path, readonly=True) as db:
        return unknown(db)


def evaluate(
    gold: str | Path, inputs: Iterable[str | Path], settings: Settings | None = None
) -> dict[str, Any]:
    """Ingest the inputs into a temporary database and score them against the gold file."""
    from alliancewatch.evaluate import run

    return run(Path(gold), [Path(p) for p in inputs], settings or Settings(progress=False))


def languages() -> list[dict[str, Any]]:
    """Each registered language: its parts, data files (with row counts), event coder or not."""
    from alliancewatch.lang import describe
    from alliancewatch.lang import languages as registered

    return [describe(x) for x in registered()]
