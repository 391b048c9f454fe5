"""Korean sentences with kiwipiepy, whose splitter knows Korean endings (…했다, …다고 밝혔다)
and quotes; the model ships in the kiwipiepy_model package (nothing is downloaded).

Its splitter is superlinear in the length of its input (640 k characters took 49 s, 5 MB
did not finish in 8 minutes), so it is given at most Settings.ko_split_chars at a time.
"""

from __future__ import annotations

from typing import Any


def _load() -> Any:
    """The analyser's Kiwi (parse.py): one model per process, not one per job (each holds
    a few hundred MB)."""
    from alliancewatch.lang.ko.parse import kiwi

    return kiwi()


# Where a long paragraph is cut before splitting, best first.
_CHUNK_BREAKS = ("\n", ".", "!", "?", "。", " ")


def chunks(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` of at most `size` characters, each ending at the last
    newline, else sentence mark, else space in its second half (a hard cut otherwise)."""
    out, start = [], 0
    while len(text) - start > size:
        limit, low = start + size, start + size // 2
        end = limit
        for mark in _CHUNK_BREAKS:
            i = text.rfind(mark, low, limit)
            if i >= 0:
                end = i + 1
                break
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def sentence_spans(text: str, chunk_chars: int = 2_000) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, offsets into `text`."""
    kiwi = _load()
    spans = []
    for start, end in chunks(text, chunk_chars):
        spans += [(start + s.start, start + s.end) for s in kiwi.split_into_sents(text[start:end])]
    return spans


MAX_SENTENCE = 1_000  # characters given to kiwipiepy's analyser at once (parse.py windows)
