"""Loads the Korean data files (lang/ko/data/*.tsv) that drive the frame builder.

Read through the shared reader (datafiles.py), which names file and line of a bad row and
checks labels against the shared sets (roles, voices, cue labels, event types).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alliancewatch.datafiles import Schema, read_tsv
from alliancewatch.lang import CUE_LABELS, ROLES, VOICES, lexicon
from alliancewatch.lang.lexicon import (
    TRIGGER_COLUMNS,
    TRIGGER_LABELS,
    NotActor,
    table,
    tables,
    trigger_fields,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
TRIGGERS = Schema(columns=TRIGGER_COLUMNS, labels={**TRIGGER_LABELS, "object_role": ROLES | {""}})
CUES = Schema(
    columns=("kind", "word", "pattern", "label"),
    labels={
        "label": CUE_LABELS,
        "kind": frozenset({"tail", "link", "above", "govern", "adverb"}),
    },
    regex=("pattern",),
)
# 'location' (에서): a place, which the frame builder drops; never emitted as a role
CASE_ROLES = Schema(columns=("marker", "role"), labels={"role": ROLES | {"location"}})
LIGHT_VERBS = Schema(columns=("lemma", "voice"), labels={"voice": VOICES})
SPEECH_VERBS = Schema(
    columns=("lemma", "kind"), labels={"kind": frozenset({"speech", "report", "cognition"})}
)
HEADS = Schema(
    columns=("word", "kind"),
    labels={
        "kind": frozenset({"complement", "cue", "clause", "troops", "goods", "adverbial", "light"})
    },
)
LINKS = Schema(
    columns=("form", "kind"),
    labels={
        "kind": frozenset({"coordinate", "contrast", "quote", "condition", "cause", "purpose"})
    },
)


@dataclass(frozen=True)
class Trigger(lexicon.Trigger):
    """requires: receptive | name | object:RE | not_object:RE | negated (only when
    negated: 받아들이지 않았다); partner: the state the word
    names (방북 -> PRK)."""

    object_role: str = ""  # the role of its object (돕다: recipient)


@dataclass(frozen=True)
class Lexicon(lexicon.Lexicon[Trigger]):
    """Cue kinds: tail | link | above | govern | adverb."""

    heads: dict[str, str]  # noun -> complement | cue | clause | troops | adverbial
    links: dict[str, str]  # connective ending -> what it does to its clause


@cache
def load(base: Path = DATA_DIR) -> Lexicon:
    triggers = {
        r["key"]: Trigger(
            *trigger_fields(r),
            r.get("object_role", ""),
        )
        for r in read_tsv(base / "triggers.tsv", TRIGGERS)
    }
    return Lexicon(
        triggers=triggers,
        longest=max(map(len, triggers), default=0),
        **tables(base, LIGHT_VERBS, CASE_ROLES, CUES, SPEECH_VERBS),
        heads=table(base / "heads.tsv", HEADS, "word", "kind"),
        links=table(base / "clause_links.tsv", LINKS, "form", "kind"),
    )


def words(name: str, base: Path = DATA_DIR) -> tuple[str, ...]:
    """The `word` column of a word list (both_words.tsv)."""
    return lexicon.words(name, base)


def not_actor(base: Path = DATA_DIR) -> NotActor:
    """(after, before) patterns around a state name that make it no actor."""
    return lexicon.not_actor(base)
