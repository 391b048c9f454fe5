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


# glibc malloc in worker processes. Dask sets MALLOC_TRIM_THRESHOLD_=65536 before it
# spawns a worker; setting any threshold stops glibc from raising its mmap threshold as
# the program frees large blocks, so each of the parser's arrays above 128 KiB becomes a
# fresh mmap, zeroed and faulted in page by page, and each thread gets its own arena.
# These keep large blocks on the heap, return memory only above 128 MiB free, and use
# two arenas (a worker runs one task thread).
MALLOC = {"ARENA_MAX": 2, "MMAP_THRESHOLD_": 32 << 20, "TRIM_THRESHOLD_": 128 << 20}
_MALLOPT = {"TRIM_THRESHOLD_": -1, "MMAP_THRESHOLD_": -3, "ARENA_MAX": -8}  # malloc.h


def malloc_environ() -> dict[str, str]:
    """The settings as environment variables, read by glibc when a process starts."""
    return {f"MALLOC_{k}": str(v) for k, v in MALLOC.items()}


def tune_malloc() -> dict[str, bool]:
    """The settings applied to this running process with mallopt() (glibc only): how a
    remote worker started by `dask worker` gets them. Whether each one was accepted."""
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return {}
    return {k: bool(mallopt(_MALLOPT[k], int(v))) for k, v in MALLOC.items()}


class TuneMalloc(_PluginBase):  # type: ignore[misc,valid-type]
    """Worker plugin: `tune_malloc` in every worker, local or remote, when it starts."""

    name = "alliancewatch-malloc"

    def setup(self, worker: Any = None) -> None:
        applied = tune_malloc()
        if worker is not None:
            worker.alliancewatch_malloc = applied
        log.debug("malloc settings applied: %s", applied)

    def teardown(self, worker: Any = None) -> None:
        return None


def local_cluster(distributed: Any, n_workers: int) -> Any:
    """N single-threaded worker processes on this machine, spawned with MALLOC set (the
    parser holds the GIL: one thread per process is what runs in parallel)."""
    import os

    import dask

    env = malloc_environ()
    saved = {k: os.environ.get(k) for k in env}
    try:
        spawn = {**dask.config.get("distributed.nanny.pre-spawn-environ", {}), **env}
        with dask.config.set({"distributed.nanny.pre-spawn-environ": spawn}):
            return distributed.LocalCluster(
                n_workers=n_workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
    finally:  # the nanny sets them in this process to spawn: not for our other children
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


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
            cluster = stack.enter_context(local_cluster(distributed, int(where)))
            client = stack.enter_context(distributed.Client(cluster))
        else:
            try:
                client = stack.enter_context(distributed.Client(str(where), timeout="20s"))
            except OSError as e:
                raise UsageError(f"cannot reach the Dask scheduler at {where}: {e}") from None
            client.wait_for_workers(1, timeout=120)
        codes = tuple(sorted({a.lang for a in articles}))
        client.register_plugin(TuneMalloc(), name=TuneMalloc.name)
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
