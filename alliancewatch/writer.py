"""Stores the pipeline's results in a thread of its own while the next articles are parsed.

Storing an article (its rows, stories, events and the web's summaries: Store.save) is
mostly SQLite, which releases the GIL, and GiNZA's parse spends most of its time in
matrix products that release it too: in one thread the two took turns, in two they
overlap on a second core (issue 9: the pipeline against GiNZA's parse alone).

Nothing else changes: one writer, so the articles are saved in the order they come, each
in its own transaction; a queue of a few articles bounds the memory; an error in the
writer stops the run at the next article handed over and is raised there, as it was
raised by the save itself before; a killed process loses the articles not yet committed,
which the next run stores (pipeline.py skips only what is stored).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import TracebackType

from alliancewatch.types import Article, Mention, Sentence

Result = tuple[Article, list[Sentence], list[Mention]]
_DONE = None


class Writer:
    """`put` hands a result over; `save` runs in the writer thread, in order. Used as a
    context manager: leaving it, even on an error in the caller, waits for every article
    handed over to be saved (as each was saved before the next was parsed), then raises
    the writer's error."""

    def __init__(self, save: Callable[[Result], None], depth: int = 64) -> None:
        self._save = save
        self._queue: queue.Queue[Result | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="aw-writer", daemon=True)

    def __enter__(self) -> Writer:
        self._thread.start()
        return self

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            try:
                self._save(item)
            except BaseException as e:  # noqa: BLE001 - handed to the caller's thread
                self._error = e
                return

    def put(self, item: Result) -> None:
        while True:
            self._raise()
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        while self._thread.is_alive():
            try:
                self._queue.put(_DONE, timeout=0.1)
                break
            except queue.Full:
                continue
        self._thread.join()
        if kind is None:
            self._raise()
