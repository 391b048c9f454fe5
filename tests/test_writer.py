"""The pipeline's writer thread (alliancewatch/writer.py): every result handed over is
saved, in order, in one other thread; a save's error reaches the caller; an error in the
caller still saves what was handed over before it."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from alliancewatch.writer import Writer


def _items(n: int) -> list[Any]:
    return [(f"a{i}", [], []) for i in range(n)]


def test_every_result_is_saved_in_order_in_another_thread() -> None:
    saved: list[Any] = []
    threads: set[str] = set()

    def save(item: Any) -> None:
        saved.append(item)
        threads.add(threading.current_thread().name)

    items = _items(50)
    with Writer(save, depth=2) as writer:
        for item in items:
            writer.put(item)
    assert saved == items
    assert threads == {"aw-writer"}


def test_an_error_of_a_save_reaches_the_caller_and_stops_the_saves() -> None:
    saved: list[Any] = []

    def save(item: Any) -> None:
        if item[0] == "a3":
            raise ValueError("disk full")
        saved.append(item)

    items = _items(40)
    with pytest.raises(ValueError, match="disk full"), Writer(save, depth=2) as writer:
        for item in items:
            writer.put(item)
    assert saved == items[:3]


def test_an_error_of_the_caller_still_saves_what_was_handed_over() -> None:
    saved: list[Any] = []
    release = threading.Event()

    def save(item: Any) -> None:
        release.wait()
        saved.append(item)

    items = _items(3)
    with pytest.raises(KeyError), Writer(save, depth=4) as writer:
        for item in items:
            writer.put(item)
        release.set()
        raise KeyError("parser failed")
    assert saved == items
