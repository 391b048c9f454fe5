"""The serial run's overlap (pipeline._serial): a batch is coded in a thread of its own
while the next is parsed; batches still come out whole and in order, each parsed in the
caller's thread, and an error of the coder reaches the caller at its batch."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from alliancewatch import pipeline
from alliancewatch.config import Settings


def _fake(monkeypatch: pytest.MonkeyPatch, fail_at: int | None = None) -> dict[str, set[str]]:
    threads: dict[str, set[str]] = {"parse": set(), "code": set()}

    def parse_batch(batch: list[Any], settings: Settings) -> list[tuple[Any, list[Any]]]:
        threads["parse"].add(threading.current_thread().name)
        return [(a, []) for a in batch]

    def code_batch(parsed: list[Any], settings: Settings) -> list[tuple[Any, list, list]]:
        threads["code"].add(threading.current_thread().name)
        if fail_at is not None and any(a == fail_at for a, _ in parsed):
            raise ValueError(f"coder failed on {fail_at}")
        return [(a, s, [a * 10]) for a, s in parsed]

    monkeypatch.setattr(pipeline, "parse_batch", parse_batch)
    monkeypatch.setattr(pipeline, "code_batch", code_batch)
    return threads


def test_batches_come_out_whole_and_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    threads = _fake(monkeypatch)
    batches = [[1, 2], [3], [4, 5, 6], [7]]
    out = list(pipeline._serial(batches, Settings()))  # type: ignore[arg-type]
    assert [[a for a, _, _ in b] for b in out] == batches
    assert [m for b in out for _, _, ms in b for m in ms] == [10, 20, 30, 40, 50, 60, 70]
    # parsed where the parser was loaded, coded in the coder's own thread
    assert threads["parse"] == {threading.current_thread().name}
    assert len(threads["code"]) == 1 and threads["code"] != threads["parse"]


def test_an_error_of_the_coder_reaches_the_caller_at_its_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake(monkeypatch, fail_at=4)
    got = []
    with pytest.raises(ValueError, match="coder failed on 4"):
        for b in pipeline._serial([[1, 2], [3], [4, 5], [6]], Settings()):  # type: ignore[arg-type]
            got.append([a for a, _, _ in b])
    assert got == [[1, 2], [3]]


def test_no_batches_no_thread_work(monkeypatch: pytest.MonkeyPatch) -> None:
    threads = _fake(monkeypatch)
    assert list(pipeline._serial([], Settings())) == []
    assert threads == {"parse": set(), "code": set()}
