"""Concept search: the words of every language that code one PLOVER type (and context).

An analyst looking for troop dispatches wants 派兵, 파병 and "troops sent" together. The
words come from the trigger lexicons of the registered languages
(lang/<code>/data/triggers.tsv: key, event, context); this module holds none. A concept is
written as

- a PLOVER type: `AID` (every key of that type),
- a type and a context: `AID:military` (keys of that type carrying that context tag),
- a trigger word of any lexicon: `派兵` (its type and contexts: AID, military).

A sentence matches a concept when it contains one of the words, or when a mention of that
type (and context) was coded in it: the coded mentions catch inflected forms no key spells
out (sent, 보냈다).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from alliancewatch.datafiles import read_rows
from alliancewatch.errors import UsageError
from alliancewatch.lang import languages
from alliancewatch.plover import EVENT_TYPES


@dataclass(frozen=True)
class LexiconKey:
    lang: str
    key: str
    event: str
    context: tuple[str, ...]


@dataclass(frozen=True)
class Concept:
    """What a concept search looks for: a type, an optional context, and the words."""

    event: str
    context: str | None
    words: tuple[tuple[str, str], ...]  # (language, word)

    def describe(self) -> str:
        return self.event + (f":{self.context}" if self.context else "")


@lru_cache(maxsize=1)
def lexicon_keys() -> tuple[LexiconKey, ...]:
    """Every trigger key of every registered language that has a trigger lexicon."""
    keys: list[LexiconKey] = []
    for lang in languages():
        path = lang.data_dir / "triggers.tsv"
        if not path.is_file():
            continue
        for row in read_rows(path):
            event = row.get("event")
            if event in EVENT_TYPES and row.get("key"):
                ctx = tuple(x.strip() for x in row.get("context").split(",") if x.strip())
                keys.append(LexiconKey(lang.code, row["key"], event, ctx))
    return tuple(keys)


def contexts(event: str) -> list[str]:
    """The context tags the lexicons use with `event` (for help and the glossary)."""
    return sorted({c for k in lexicon_keys() if k.event == event for c in k.context})


def concept(text: str) -> Concept:
    """The concept a type, 'TYPE:context' or trigger word names; UsageError otherwise."""
    text = text.strip()
    head, _, ctx = text.partition(":")
    event, context = head.upper(), (ctx.strip().lower() or None)
    keys = lexicon_keys()
    if event not in EVENT_TYPES:
        found = [k for k in keys if k.key == text or k.key.lower() == text.lower()]
        if not found:
            raise UsageError(
                f"concept '{text[:40]}' is neither a PLOVER type ({', '.join(EVENT_TYPES)}),"
                " TYPE:context, nor a trigger word of a lexicon"
            )
        event = found[0].event
        context = found[0].context[0] if found[0].context else None
    if context and context not in contexts(event):
        raise UsageError(
            f"concept '{text[:40]}': no {event} trigger has context '{context}'"
            f" (contexts: {', '.join(contexts(event)) or 'none'})"
        )
    words = tuple(
        dict.fromkeys(
            (k.lang, k.key)
            for k in keys
            if k.event == event and (context is None or context in k.context)
        )
    )
    return Concept(event, context, words)


def examples(event: str, per_language: int = 3) -> dict[str, list[str]]:
    """A few trigger words of `event` per language, in lexicon order (for the glossary)."""
    out: dict[str, list[str]] = {}
    for k in lexicon_keys():
        ws = out.setdefault(k.lang, [])
        if k.event == event and len(ws) < per_language and k.key not in ws:
            ws.append(k.key)
    return {lang: ws for lang, ws in out.items() if ws}
