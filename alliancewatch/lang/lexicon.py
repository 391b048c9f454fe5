"""Readers every language's lexicon module shares (lang/<code>/lexicon.py).

The files differ by language (their columns, kinds and labels stay in each language's
schemas); the way a column becomes a lookup table, a cue list, the (after, before) not-actor
patterns or a word list is the same, so it lives here once. No language's words here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from alliancewatch.datafiles import Schema, read_tsv
from alliancewatch.plover import EVENT_TYPES

NOT_ACTOR = Schema(
    columns=("side", "pattern"), labels={"side": frozenset({"after", "before"})}, regex=("pattern",)
)
WORDS = Schema(columns=("word",))
# triggers.tsv: the columns and labels every language's file has (it may add its own)
TRIGGER_COLUMNS = ("key", "event", "context", "mode")
TRIGGER_LABELS = {
    "event": frozenset(EVENT_TYPES) | {"NONE"},
    "place_event": frozenset(EVENT_TYPES) | {""},
}
NotActor = tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]
T = TypeVar("T")


@dataclass(frozen=True)
class Trigger:
    """A word that starts a frame, keyed by its written form (triggers.tsv); a language adds
    its own columns in a subclass."""

    key: str
    event: str
    context: tuple[str, ...]
    mode: tuple[str, ...]
    requires: str = ""  # a condition the language's frame builder checks (receptive ...)
    partner: str = ""  # the state the word itself names
    place_event: str = ""  # the type when sent to a place, not a state


@dataclass(frozen=True)
class CueWord:
    """One factuality cue: where it stands (`kind`, per language), its word, its label."""

    kind: str
    word: str
    pattern: re.Pattern[str]
    label: str


@dataclass(frozen=True)
class Lexicon(Generic[T]):
    """The tables every frame builder keyed by written form reads; a language adds its own."""

    triggers: dict[str, T]
    longest: int  # length of the longest key: the suffixes worth looking up
    light_verbs: dict[str, str]  # lemma -> voice
    case_roles: dict[str, str]  # marker -> role
    cues: tuple[CueWord, ...]
    speech_verbs: dict[str, str]  # lemma -> speech | cognition | report

    def cues_of(self, kind: str) -> list[CueWord]:
        return [c for c in self.cues if c.kind == kind]


def trigger_fields(r: Mapping[str, str]) -> tuple[Any, ...]:
    """The shared Trigger fields of a triggers.tsv row, in field order."""
    return (
        r["key"],
        r["event"],
        listed(r["context"]),
        listed(r["mode"]),
        r.get("requires", ""),
        r.get("partner", ""),
        r.get("place_event", ""),
    )


def tables(base: Path, light: Schema, case: Schema, cue: Schema, speech: Schema) -> dict[str, Any]:
    """The shared Lexicon tables read from `base` (light verbs, case roles, cues, speech
    verbs), as keyword arguments; each language passes its own schemas."""
    return {
        "light_verbs": table(base / "light_verbs.tsv", light, "lemma", "voice"),
        "case_roles": table(base / "case_roles.tsv", case, "marker", "role"),
        "cues": cues(base / "factuality.tsv", cue),
        "speech_verbs": table(base / "speech_verbs.tsv", speech, "lemma", "kind"),
    }


def listed(cell: str) -> tuple[str, ...]:
    """A comma-separated cell (a trigger's context or mode) as a tuple, empties dropped."""
    return tuple(x for x in cell.split(",") if x)


def table(path: Path, schema: Schema, key: str, value: str) -> dict[str, str]:
    """Two columns of a data file as a lookup (light verbs, case roles, speech verbs ...)."""
    return {r[key]: r[value] for r in read_tsv(path, schema)}


def cues(path: Path, schema: Schema) -> tuple[CueWord, ...]:
    """The factuality cues of factuality.tsv, patterns compiled, in file order."""
    return tuple(
        CueWord(r["kind"], r["word"], re.compile(r["pattern"]), r["label"])
        for r in read_tsv(path, schema)
    )


@cache
def words(name: str, base: Path) -> tuple[str, ...]:
    """A word list (one `word` column), in file order: both_words.tsv ..."""
    return tuple(r["word"] for r in read_tsv(base / f"{name}.tsv", WORDS))


@cache
def not_actor(base: Path) -> NotActor:
    """Patterns after and before a state name that make it no actor (not_actor.tsv)."""
    rows = read_tsv(base / "not_actor.tsv", NOT_ACTOR)
    # one alternation per side: the coder asks them at every actor match of every sentence
    after = _union([r["pattern"].removeprefix("^") for r in rows if r["side"] == "after"])
    before = _union([r["pattern"] for r in rows if r["side"] == "before"])
    return after, before


def _union(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return (re.compile("|".join(f"(?:{p})" for p in patterns)),) if patterns else ()
