"""Ingest's NLP step on a Dask cluster: `alliancewatch ingest PATH --dask local:N` or
`--dask tcp://scheduler:8786`.

Only the parse-and-code step (pipeline.process_batch, the function the serial and
process-pool paths run) goes to the workers, in batches of articles: a task costs about
3 ms of scheduling, a batch seconds of parsing. Reading, cleaning, de-duplication and every
write stay in the client, which stores each batch's results as they complete: the same
transactions, idempotency and rejections as a serial run. A worker plugin loads the
parsers once per worker process when it starts, and every result carries the worker's
coder fingerprint: a worker running other code or data than the client is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import ExitStack
from itertools import islice
from typing import Any

from alliancewatch.config import DATA_DIR, Settings
from alliancewatch.errors import UsageError
from alliancewatch.types import Article, Mention, Sentence

log = logging.getLogger(__name__)
Result = tuple[Article, list[Sentence], list[Mention]]
# batches in flight per worker: one running, one queued, so no worker waits for the client
IN_FLIGHT_PER_WORKER = 2


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError(
            "--dask needs Dask's distributed scheduler: pip install 'alliancewatch[dask]'"
        ) from None
    return distributed


def parse_spec(spec: str) -> tuple[str, int | str]:
    """'local:N' -> ('local', N); 'tcp://host:port' -> ('remote', address)."""
    if spec.startswith("local:") and spec[6:].isdigit() and int(spec[6:]) > 0:
        return "local", int(spec[6:])
    if spec.startswith(("tcp://", "tls://")):
        return "remote", spec
    raise UsageError(
        f"--dask {spec!r}: give local:N (N worker processes on this machine) or the "
        "scheduler's address, e.g. tcp://scheduler:8786"
    )


try:  # this module is imported only by runs with --dask
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # _distributed() says what to install
    _PluginBase = object  # type: ignore[assignment,misc]


class LoadParsers(_PluginBase):  # type: ignore[misc,valid-type]
    """Worker plugin: load the parsers of the run's languages once, when the worker starts
    (GiNZA: 1.4-2 s), instead of in the first batch that needs them."""

    name = "alliancewatch-parsers"

    def __init__(self, settings: Settings, codes: tuple[str, ...]) -> None:
        self.settings = settings
        self.codes = codes

    def setup(self, worker: Any = None) -> None:
        from alliancewatch.lang import find_language

        for code in self.codes:
            language = find_language(code)
            if language is not None and language.parse is not None:
                language.parse([], worker_settings(self.settings, str(DATA_DIR)))

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
    """The task: the shared NLP step, with the coder fingerprint of this worker."""
    from alliancewatch.pipeline import CODER, process_batch

    return CODER, process_batch(batch, worker_settings(settings, client_data_dir))


def run_on_dask(articles: list[Article], settings: Settings) -> Iterator[list[Result]]:
    """Each batch's results, in the order the batches complete."""
    from alliancewatch.pipeline import CODER

    distributed = _distributed()
    kind, where = parse_spec(settings.dask or "")
    with ExitStack() as stack:
        if kind == "local":
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=int(where),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(distributed.Client(cluster))
        else:
            try:
                client = stack.enter_context(distributed.Client(str(where), timeout="20s"))
            except OSError as e:
                raise UsageError(f"cannot reach the Dask scheduler at {where}: {e}") from None
            client.wait_for_workers(1, timeout=120)
        codes = tuple(sorted({a.lang for a in articles}))
        client.register_plugin(LoadParsers(settings, codes), name=f"{LoadParsers.name}-{codes}")
        workers = max(1, len(client.scheduler_info()["workers"]))
        size = max(1, min(settings.batch_size, len(articles) // (workers * 4) or 1))
        batches = (articles[i : i + size] for i in range(0, len(articles), size))
        log.info("dask: %d workers, %d articles in batches of %d", workers, len(articles), size)
        yield from _submit_all(client, distributed, batches, settings, workers, CODER)


def _submit_all(
    client: Any,
    distributed: Any,
    batches: Iterator[list[Article]],
    settings: Settings,
    workers: int,
    coder: str,
) -> Iterator[list[Result]]:
    """Keep a bounded number of batches in flight; yield results as they complete."""
    data_dir = str(DATA_DIR)

    def submit(batch: list[Article]) -> Any:
        return client.submit(code_batch, batch, settings, data_dir, pure=False)

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
        following = next(batches, None)
        if following is not None:
            pending.add(submit(following))
        future.release()
        yield results
