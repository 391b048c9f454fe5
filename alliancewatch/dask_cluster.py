"""The Dask cluster of an ingest run: a LocalCluster of N single-threaded worker processes
(`--dask local:N`) or a client of a running scheduler (`--dask tcp://host:8786`), started in
a thread while the client cleans its inputs and closed while it stores its last results;
and what every worker process gets when it starts: glibc malloc settings (environment
and a worker plugin) and, for local workers, no statistical profiler.

The batches and the results are dask_ingest.py's.
"""

from __future__ import annotations

import logging
import threading
from contextlib import ExitStack
from types import TracebackType
from typing import Any

from alliancewatch.config import Settings
from alliancewatch.errors import UsageError

log = logging.getLogger(__name__)
# Dask settings for the workers of a local cluster (a remote cluster keeps its own): the
# statistical profiler samples the task thread's stack every 10 ms, about 5% of a
# worker's CPU on the parser's deep stacks
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


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
        config = {"distributed.nanny.pre-spawn-environ": spawn, **LOCAL_WORKER_CONFIG}
        with dask.config.set(config):
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


class Cluster:
    """A Dask client and, for local:N, its cluster, started in a thread of its own so that
    the client reads and cleans its inputs meanwhile (a local cluster takes about a second
    to start). Closing it waits for the start, then closes what was started; it may
    begin before the caller is done (`close_soon`)."""

    def __init__(self, settings: Settings) -> None:
        self.kind, self.where = parse_spec(settings.dask or "")  # a bad spec fails here
        self.distributed = _distributed()
        self._stack = ExitStack()
        self._client: Any = None
        self._error: BaseException | None = None
        self._lock = threading.Lock()
        self._closer: threading.Thread | None = None
        self._thread = threading.Thread(target=self._start, name="dask-start", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        try:
            self._client = self._connect()
        except BaseException as e:  # re-raised in the caller's thread by client()
            self._error = e

    def _connect(self) -> Any:
        """Closed with callbacks, not as context managers: a Client's `with` sets a context
        variable of this thread, which another thread could not reset."""
        distributed = self.distributed
        if self.kind == "local":
            cluster = local_cluster(distributed, int(self.where))
            self._stack.callback(cluster.close)
            client = distributed.Client(cluster)
            self._stack.callback(client.close)
            return client
        try:
            client = distributed.Client(str(self.where), timeout="20s")
        except OSError as e:
            raise UsageError(f"cannot reach the Dask scheduler at {self.where}: {e}") from None
        self._stack.callback(client.close)
        client.wait_for_workers(1, timeout=120)
        return client

    def client(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._client

    def close_soon(self) -> None:
        """Start closing in a thread: called when the last result is in, so the workers
        shut down (about a second) while the client stores the last results."""
        with self._lock:
            if self._closer is None:
                self._thread.join()
                self._closer = threading.Thread(target=self._close, name="dask-close")
                self._closer.start()

    def _close(self) -> None:
        try:
            self._stack.close()
        except Exception as e:  # the results are in: a failed shutdown loses nothing
            log.warning("closing the Dask cluster: %s", e)

    def close(self) -> None:
        self.close_soon()
        assert self._closer is not None
        self._closer.join()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
