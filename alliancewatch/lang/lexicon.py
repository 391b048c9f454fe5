"""Readers every language's lexicon module shares (lang/<code>/lexicon.py).

The files differ by language (their columns, kinds and labels stay in each language's
schemas); the way a column becomes a lookup table, a cue list, the (after, before) not-actor
patterns or a word list is the same, so it lives here once. No language's words here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alliancewatch.datafiles import Schema, read_tsv

NOT_ACTOR = Schema(
    columns=("side", "pattern"), labels={"side": frozenset({"after", "before"})}, regex=("pattern",)
)
WORDS = Schema(columns=("word",))
NotActor = tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]


@dataclass(frozen=True)
class CueWord:
    """One factuality cue: where it stands (`kind`, per language), its word, its label."""

    kind: str
    word: str
    pattern: re.Pattern[str]
    label: str


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
    after = tuple(re.compile(r["pattern"].removeprefix("^")) for r in rows if r["side"] == "after")
    before = tuple(re.compile(r["pattern"]) for r in rows if r["side"] == "before")
    return after, before
