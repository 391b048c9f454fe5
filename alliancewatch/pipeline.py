"""Runs the stages over a stream of inputs: read -> clean -> split -> parse -> code -> store
(with the article's stories and events, merge/events.py).

Each article is written with all its derived rows in one transaction, so an interrupted
run leaves complete articles only, and the next run completes the rest. An article whose
raw bytes and coder version are already stored is skipped: re-runs are idempotent.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from alliancewatch import __version__
from alliancewatch.clean import clean_document, find_common_lines, sha256_hex
from alliancewatch.config import Settings
from alliancewatch.errors import RejectedInput, UsageError
from alliancewatch.lang import find_language
from alliancewatch.lang.split import split_article
from alliancewatch.sources.files import iter_inputs
from alliancewatch.sources.validate import Refused, check_date, printable
from alliancewatch.store.db import Store
from alliancewatch.types import Article, DocMeta, Mention, RawDocument, Rejection, Sentence
from alliancewatch.writer import Writer

if TYPE_CHECKING:
    from alliancewatch.dask_cluster import Cluster


def _fingerprint() -> str:
    """A short hash of everything that decides what is extracted: the package's code and
    data files. Stored with each article so that a re-run redoes what a newer coder would
    code differently, and skips the rest."""
    import hashlib

    root = Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.tsv")]):
        if "web" not in path.relative_to(root).parts:
            h.update(path.read_bytes())
    return h.hexdigest()[:8]


CODER = f"alliancewatch {__version__}+{_fingerprint()}"
log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    mentions: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    # articles stored without events because their language has no event coder yet
    uncoded: Counter[str] = field(default_factory=Counter)
    sentences: int = 0
    chars: int = 0
    seconds: float = 0.0
    # seconds from the start until the parsers were loaded (with --dask: the cluster up and
    # every worker's models loaded), and until the last article was stored: the rate
    # between the two is the steady-state throughput (bench/scale_bench.py)
    ready: float | None = None
    written: float | None = None


def process_batch(
    batch: list[Article], settings: Settings
) -> list[tuple[Article, list[Sentence], list[Mention]]]:
    """Sentences and mentions of cleaned articles: the NLP part of the pipeline, the one
    function the serial run, the process pool and Dask workers (dask_ingest.py) run.

    Articles are grouped by language and each group goes to its language's parts (the
    registry, alliancewatch/lang/). The sentences of a whole group go to the parser in one
    call, which keeps its batches full (one call per article cost about a tenth of the
    parse time). A language without an event coder still has its sentences split.
    """
    from alliancewatch.coding.coder import Coder

    groups: dict[str, list[int]] = defaultdict(list)
    for k, a in enumerate(batch):
        groups[a.lang].append(k)
    out: dict[int, tuple[Article, list[Sentence], list[Mention]]] = {}
    for code, idxs in groups.items():
        language = find_language(code)
        split = [split_article(batch[k], language, settings) for k in idxs]
        if language is not None and language.parse is not None:
            parsed = iter(language.parse([s for ss in split for s in ss], settings))
            split = [[next(parsed) for _ in ss] for ss in split]
        coder = Coder(language, settings) if language and language.has_coder else None
        for k, ss in zip(idxs, split, strict=True):
            out[k] = (batch[k], ss, coder.code(batch[k], ss) if coder else [])
    return [out[k] for k in range(len(batch))]


def _clean_all(
    raws: list[RawDocument], settings: Settings, report: IngestReport, store: Store
) -> list[Article]:
    """Clean every input; lines repeated across many articles of one folder are boilerplate."""
    articles: list[Article] = []
    for raw in raws:
        try:
            articles.append(clean_document(raw, settings))
        except RejectedInput as e:
            _reject(store, report, Rejection(raw.doc, raw.source, e.reason))
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(articles):
        by_source[str(Path(a.source).parent)].append(i)
    raw_by_doc = {r.doc: r for r in raws}
    for idxs in by_source.values():
        common = find_common_lines([articles[i].text for i in idxs])
        if not common:
            continue
        for i in idxs:
            a = articles[i]
            if any(line.strip() in common for line in a.text.split("\n")):
                try:
                    articles[i] = clean_document(raw_by_doc[a.doc], settings, common)
                except RejectedInput as e:
                    _reject(store, report, Rejection(a.doc, a.source, e.reason))
    return articles


def _reject(store: Store, report: IngestReport, r: Rejection) -> None:
    """Log and store a rejection, its names and reason made safe for a terminal."""
    r = Rejection(printable(r.doc), printable(r.source), printable(r.reason, limit=1_000))
    log.info("rejected %s (%s): %s", r.doc, r.source, r.reason)
    store.reject(r)
    report.rejected.append(r)


def _name_clash(item: RawDocument, taken: dict[str, str], store: Store) -> str | None:
    """Why `item` cannot be stored under its name, or None: two inputs never share a doc."""
    if item.doc in taken:
        return (
            f"name '{item.doc}' is already used by {taken[item.doc]} in this run; "
            "rename one of them (the first one read is kept)"
        )
    stored = store.stored_source(item.doc)
    if stored is not None and os.path.abspath(stored) != item.source:
        return (
            f"name '{item.doc}' is already stored from {stored}; rename the input or "
            "ingest it from its original place"
        )
    return None


def _batches(items: list[Article], size: int) -> Iterator[list[Article]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def ingest(
    paths: Iterable[str | Path],
    settings: Settings,
    published: str | None = None,
    lang: str | None = None,
    published_for: dict[str, str] | None = None,
) -> IngestReport:
    """Read, clean, code and store every input under `paths`.

    `published_for` gives a publication date per doc for inputs that declare none
    (evaluation takes them from the gold file).
    """
    started = time.perf_counter()
    report = IngestReport()
    for given in (published, settings.default_published):
        if given is not None:
            try:
                check_date(given)
            except Refused as e:
                raise UsageError(f"{e}; give the publication date as YYYY-MM-DD") from None
    base = DocMeta(published=published, lang=lang)

    def ready() -> None:
        report.ready = time.perf_counter() - started

    with Store(settings.db_path) as store, ExitStack() as spread:
        raws: list[RawDocument] = []
        taken: dict[str, str] = {}  # doc -> source, for this run
        for item in iter_inputs(list(paths), settings, base):
            if isinstance(item, Rejection):
                _reject(store, report, item)
                continue
            clash = _name_clash(item, taken, store)
            if clash:
                _reject(store, report, Rejection(item.doc, item.source, clash))
                continue
            taken[item.doc] = item.source
            if published_for and not item.meta.published and item.doc in published_for:
                item = replace(item, meta=replace(item.meta, published=published_for[item.doc]))
            known = store.known(item.doc)
            if known and known == (sha256_hex(item.data), CODER):
                report.unchanged += 1
                continue
            raws.append(item)
        cluster = _start_cluster(settings, spread) if settings.dask and raws else None
        articles = []
        seen_hashes: dict[str, str] = {}
        for a in _clean_all(raws, settings, report, store):
            dup = seen_hashes.get(a.content_hash) or store.duplicate_of(a.content_hash, a.doc)
            if dup:
                report.duplicates += 1
                _reject(store, report, Rejection(a.doc, a.source, f"same content as '{dup}'"))
                continue
            seen_hashes[a.content_hash] = a.doc
            articles.append(a)
        from alliancewatch.merge.events import relink_if_needed, update_article

        # stale events (before migration 6, a foreign writer) or other linking rules
        relink_if_needed(store)

        def save(result: tuple[Article, list[Sentence], list[Mention]]) -> None:
            article, sentences, mentions = result
            # the article's stories and events are updated in its own transaction
            store.save(article, sentences, mentions, CODER, derive=update_article)
            report.stored += 1
            report.languages[article.lang] += 1
            language = find_language(article.lang)
            if language is None or not language.has_coder:
                report.uncoded[article.lang] += 1
            report.sentences += len(sentences)
            report.chars += len(article.text)
            report.mentions.update(m.event for m in mentions)
            report.written = time.perf_counter() - started

        # the next articles are parsed while these are stored (writer.py)
        with Writer(save) as writer:
            for result in _run(articles, settings, cluster, ready):
                writer.put(result)
    report.seconds = time.perf_counter() - started
    return report


def _start_cluster(settings: Settings, stack: ExitStack) -> Cluster:
    """The Dask cluster, starting in a thread while this one cleans the inputs; closed
    with `stack`."""
    from alliancewatch.dask_cluster import Cluster

    return stack.enter_context(Cluster(settings))


def load_models(articles: list[Article], settings: Settings) -> None:
    """Load the models of the articles' languages now, not in the first batch."""
    for code in sorted({a.lang for a in articles}):
        language = find_language(code)
        if language is not None:
            language.load_models(settings)


def die_with_parent(parent: int) -> None:
    """Worker initializer: a worker (≈ 500 MB with GiNZA) must not outlive a killed parent.

    On Linux the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG); elsewhere a
    daemon thread polls the parent's pid. Either way a parent already gone ends the worker.
    """
    import signal
    import threading

    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    else:

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(1)

        threading.Thread(target=watch, daemon=True, name="parent-watch").start()
    if os.getppid() != parent:
        os._exit(1)


def _run(
    articles: list[Article],
    settings: Settings,
    cluster: Cluster | None = None,
    ready: Callable[[], None] = lambda: None,
) -> Iterator[tuple[Article, list[Sentence], list[Mention]]]:
    """NLP over the articles: on a Dask cluster (results in order of completion), in a
    process pool when asked for and worth it, or here. `ready` is called once the parsers
    are loaded (a pool's workers load theirs in their first batch: there, once it starts)."""
    from alliancewatch.progress import Progress

    progress = Progress(len(articles), settings.progress)
    try:
        for results in _batch_results(articles, settings, cluster, ready):
            for r in results:
                progress.advance()
                yield r
    finally:
        progress.close()


def _batch_results(
    articles: list[Article], settings: Settings, cluster: Cluster | None, ready: Callable[[], None]
) -> Iterator[list[tuple[Article, list[Sentence], list[Mention]]]]:
    if not articles:
        return
    if settings.dask:
        from alliancewatch.dask_ingest import run_on_dask

        yield from run_on_dask(articles, settings, cluster, ready)
        return
    workers = min(settings.n_process, max(1, len(articles) // 4))
    # with several workers, batches small enough that every worker gets some
    size = settings.batch_size if workers == 1 else max(4, len(articles) // (workers * 4))
    batches = list(_batches(articles, min(size, settings.batch_size)))
    if workers > 1:
        with ProcessPoolExecutor(
            max_workers=workers, initializer=die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            ready()
            yield from pool.map(process_batch, batches, [settings] * len(batches))
    else:
        load_models(articles, settings)
        ready()
        for batch in batches:
            yield process_batch(batch, settings)
