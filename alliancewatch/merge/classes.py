"""The object class of a mention, from each language's `object_classes.tsv`.

A class word (troops, 砲弾, 비준) tells two happenings of one type and pair apart. The
words are data a linguist edits; this module only finds the one nearest the trigger.
Words made of letters match whole words only, in any case ("arms" is not in "farms").
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from alliancewatch.datafiles import Schema, read_rows
from alliancewatch.lang import find_language, languages

FILE = "object_classes.tsv"
_SCHEMA = Schema(columns=("word", "class"))


@cache
def _patterns(code: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    language = find_language(code)
    if language is None or not (language.data_dir / FILE).is_file():
        return ()
    out = []
    for row in read_rows(language.data_dir / FILE, _SCHEMA):
        word = row["word"]
        body = re.escape(word)
        if word[:1].isascii() and word[:1].isalpha():
            body = rf"(?<![A-Za-z]){body}(?![A-Za-z])"
        out.append((re.compile(body, re.IGNORECASE), row["class"]))
    return tuple(out)


def object_class(language: str, sentence: str, trigger_start: int = 0) -> str:
    """The class of the class word nearest the trigger; '' when none is written."""
    best: tuple[int, int, str] | None = None
    for pattern, cls in _patterns(language):
        for m in pattern.finditer(sentence):
            rank = (abs(m.start() - trigger_start), -(m.end() - m.start()), cls)
            if best is None or rank < best:
                best = rank
    return best[2] if best else ""


def data_digest() -> str:
    """A digest of every language's class words: an edit changes the stored classes."""
    h = hashlib.sha1()
    for language in sorted(languages(), key=lambda lang: lang.code):
        path = language.data_dir / FILE
        if path.is_file():
            h.update(language.code.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]
