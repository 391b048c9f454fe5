"""Korean sentences with kiwipiepy, whose splitter knows Korean endings (…했다, …다고 밝혔다)
and quotes; the model ships in the kiwipiepy_model package (nothing is downloaded)."""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_kiwi: Any = None


def _load() -> Any:
    global _kiwi
    with _lock:
        if _kiwi is None:
            from kiwipiepy import Kiwi

            _kiwi = Kiwi()
    return _kiwi


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, offsets into `text`."""
    return [(s.start, s.end) for s in _load().split_into_sents(text)]
