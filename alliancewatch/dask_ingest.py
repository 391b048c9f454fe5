"""Ingest's NLP step on a Dask cluster: `alliancewatch ingest PATH --dask local:N` or
`--dask tcp://scheduler:8786` (the cluster itself: dask_cluster.py).

Only the parse-and-code step (pipeline.process_batch, the function the serial and
process-pool paths run) goes to the workers, in batches of articles: a task costs about
3 ms of scheduling, a batch seconds of parsing. Reading, cleaning, de-duplication and every
write stay in the client, which stores each batch's results as they complete: the same
transactions, idempotency and rejections as a serial run. A worker plugin loads the
models of the run's languages once per worker process when it starts, and every result
carries the worker's coder fingerprint: a worker running other code or data than the
client is refused.

Where the time went (issue 14) and what is done about it: every model a batch needs,
Korean's splitter too, is loaded by the plugin, not by two workers' last batches; batches
hold one language, sized by characters and shrinking towards the end, largest first
(`plan_batches`), so the last worker to finish is not left with a long batch while the
other idles; a thread collects results and sends the next batches while the client is
still storing earlier ones, and starts closing the cluster once the last result is in;
results come back without parser tokens, which the client never stores.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import replace
from itertools import islice
from typing import Any

from alliancewatch.config import DATA_DIR, Settings
from alliancewatch.dask_cluster import Cluster, TuneMalloc, _PluginBase
from alliancewatch.errors import UsageError
from alliancewatch.types import Article, Mention, Sentence

log = logging.getLogger(__name__)
Result = tuple[Article, list[Sentence], list[Mention]]
# batches in flight per worker: one running, one queued, so no worker waits for the client
IN_FLIGHT_PER_WORKER = 2
# Batch sizes in characters (the parse is ≈ 2,300-5,000 chars/s per core): each batch is
# the characters still unplanned / (GUIDE x workers), between these bounds. The smallest
# keeps a task's fixed cost (scheduling, result transfer: milliseconds) negligible; the
# largest keeps results streaming to the client and a worker's memory flat on big runs.
# (With 2,000 the last Korean batches, ≈ 1,500 chars/s, left one worker 2.4 s alone at the
# end of a 245-article run; with 1,000 both finish within 0.3 s of each other.)
GUIDE = 3
MIN_BATCH_CHARS = 1_000
MAX_BATCH_CHARS = 40_000


class LoadParsers(_PluginBase):  # type: ignore[misc,valid-type]
    """Worker plugin: load the parsers of the run's languages once, when the worker starts
    (GiNZA: 1.4-2 s), instead of in the first batch that needs them."""

    name = "alliancewatch-parsers"

    def __init__(self, settings: Settings, codes: tuple[str, ...]) -> None:
        self.settings = settings
        self.codes = codes

    def setup(self, worker: Any = None) -> None:
        from alliancewatch.lang import find_language

        settings = worker_settings(self.settings, str(DATA_DIR))
        for code in self.codes:
            language = find_language(code)
            if language is not None:
                language.load_models(settings)

    def teardown(self, worker: Any = None) -> None:
        return None


def worker_settings(settings: Settings, client_data_dir: str) -> Settings:
    """The client's default data folder is this worker's own installed one."""
    if str(settings.data_dir) == client_data_dir:
        return settings.with_(data_dir=DATA_DIR)
    return settings


def code_batch(
    batch: list[Article], settings: Settings, client_data_dir: str
) -> tuple[str, list[Result]]:
    """The task: the shared NLP step, with the coder fingerprint of this worker. Sentences
    go back without their parser tokens: the client stores none of them, and they are
    four fifths of a result's pickled bytes."""
    from alliancewatch.pipeline import CODER, process_batch

    results = process_batch(batch, worker_settings(settings, client_data_dir))
    return CODER, [(a, [replace(s, tokens=()) for s in ss], ms) for a, ss, ms in results]


def plan_batches(articles: list[Article], workers: int) -> list[list[Article]]:
    """The articles in batches of one language each (a worker parses a batch in one call
    of that language's parser), sized by characters, largest first.

    Each batch takes 1/(GUIDE x workers) of the characters not yet planned (guided
    self-scheduling), so batches shrink as the run goes on: the workers start on the long
    ones and end on short ones, and no worker is left parsing a long last batch while the
    others idle. Within a language, longer articles come first. Every article is in
    exactly one batch."""
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        by_lang[a.lang].append(a)
    groups = sorted(by_lang.values(), key=lambda g: -sum(len(a.text) for a in g))
    remaining = sum(len(a.text) for a in articles)
    planned: list[tuple[float, list[Article]]] = []  # (size aimed at, batch)
    for group in groups:
        batch: list[Article] = []
        chars, target = 0, 0.0
        for a in sorted(group, key=lambda a: -len(a.text)):
            if not batch:
                target = remaining / (GUIDE * max(1, workers))
                target = min(MAX_BATCH_CHARS, max(MIN_BATCH_CHARS, target))
            batch.append(a)
            chars += len(a.text)
            remaining -= len(a.text)
            if chars >= target:
                planned.append((target, batch))
                batch, chars = [], 0
        if batch:
            planned.append((target, batch))
    # by the size aimed at (stable: a language's batches keep their order)
    return [b for _, b in sorted(planned, key=lambda p: -p[0])]


def run_on_dask(
    articles: list[Article],
    settings: Settings,
    cluster: Cluster | None = None,
    ready: Callable[[], None] | None = None,
) -> Iterator[list[Result]]:
    """Each batch's results, in the order the batches complete. `cluster` is one already
    starting (else one is started here); `ready` is called once every worker has loaded
    its models, before the first batch is sent."""
    from alliancewatch.pipeline import CODER

    with ExitStack() as stack:
        if cluster is None:
            cluster = stack.enter_context(Cluster(settings))
        client = cluster.client()
        codes = tuple(sorted({a.lang for a in articles}))
        client.register_plugin(TuneMalloc(), name=TuneMalloc.name)
        client.register_plugin(LoadParsers(settings, codes), name=f"{LoadParsers.name}-{codes}")
        if ready is not None:
            ready()
        workers = max(1, len(client.scheduler_info()["workers"]))
        planned = plan_batches(articles, workers)
        log.info("dask: %d workers, %d articles, %d batches", workers, len(articles), len(planned))
        yield from _submit_all(
            client, cluster.distributed, iter(planned), settings, workers, CODER, cluster.close_soon
        )


def _submit_all(
    client: Any,
    distributed: Any,
    batches: Iterator[list[Article]],
    settings: Settings,
    workers: int,
    coder: str,
    finished: Callable[[], None] = lambda: None,
) -> Iterator[list[Result]]:
    """Keep a bounded number of batches in flight; yield results as they complete.

    A thread of its own collects each result and sends the next batch at once, so the
    workers are fed while the caller is still storing earlier results (fed from the
    caller's loop, two short batches completing during one long write left a worker
    idle); at most `workers x IN_FLIGHT_PER_WORKER` results wait for the caller.
    `finished` is called once the last result is in (the cluster can close meanwhile)."""
    data_dir = str(DATA_DIR)
    done: queue.Queue[Any] = queue.Queue(maxsize=workers * IN_FLIGHT_PER_WORKER)
    stop = threading.Event()

    def submit(batch: list[Article]) -> Any:
        return client.submit(code_batch, batch, settings, data_dir, pure=False)

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                done.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def collect() -> None:
        try:
            pending = distributed.as_completed(
                [submit(b) for b in islice(batches, workers * IN_FLIGHT_PER_WORKER)]
            )
            for future in pending:
                worker_coder, results = future.result()
                if worker_coder != coder:
                    raise UsageError(
                        f"a Dask worker codes with {worker_coder}, this client with {coder}: "
                        "install the same alliancewatch version and data on every worker"
                    )
                following = None if stop.is_set() else next(batches, None)
                if following is not None:
                    pending.add(submit(following))
                future.release()
                if following is None and pending.is_empty():
                    finished()
                if not put(results):
                    return
            put(_END)
        except BaseException as e:  # raised again in the caller's thread
            put(e)

    thread = threading.Thread(target=collect, name="dask-results", daemon=True)
    thread.start()
    try:
        while (item := done.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
        thread.join()
    finally:  # the caller stopped early or failed: the collector ends at its next result
        stop.set()


_END = object()  # the collector's last item: every batch's results were handed over
