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
from alliancewatch.lang.lexicon import CueWord, NotActor, cues, listed, table
from alliancewatch.plover import EVENT_TYPES

DATA_DIR = Path(__file__).resolve().parent / "data"
TRIGGERS = Schema(
    columns=("key", "event", "context", "mode"),
    labels={
        "event": frozenset(EVENT_TYPES) | {"NONE"},
        "place_event": frozenset(EVENT_TYPES) | {""},
        "object_role": ROLES | {""},
    },
)
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
    labels={"kind": frozenset({"complement", "cue", "clause", "troops", "adverbial"})},
)
LINKS = Schema(
    columns=("form", "kind"),
    labels={
        "kind": frozenset({"coordinate", "contrast", "quote", "condition", "cause", "purpose"})
    },
)


@dataclass(frozen=True)
class Trigger:
    key: str
    event: str
    context: tuple[str, ...]
    mode: tuple[str, ...]
    requires: str = ""  # receptive | name | object:RE | not_object:RE
    partner: str = ""  # the state the word itself names: 방북 -> PRK
    place_event: str = ""  # the type when sent to a place, not a state
    object_role: str = ""  # the role of its object (돕다: recipient)


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, Trigger]
    longest: int  # length of the longest key: the suffixes worth looking up
    light_verbs: dict[str, str]  # lemma -> voice
    case_roles: dict[str, str]  # marker -> role
    cues: tuple[CueWord, ...]  # kind: tail | link | above | govern | adverb
    speech_verbs: dict[str, str]  # lemma -> speech | cognition | report
    heads: dict[str, str]  # noun -> complement | cue | clause | troops | adverbial
    links: dict[str, str]  # connective ending -> what it does to its clause

    def cues_of(self, kind: str) -> list[CueWord]:
        return [c for c in self.cues if c.kind == kind]


@cache
def load(base: Path = DATA_DIR) -> Lexicon:
    triggers = {
        r["key"]: Trigger(
            r["key"],
            r["event"],
            listed(r["context"]),
            listed(r["mode"]),
            r.get("requires", ""),
            r.get("partner", ""),
            r.get("place_event", ""),
            r.get("object_role", ""),
        )
        for r in read_tsv(base / "triggers.tsv", TRIGGERS)
    }
    return Lexicon(
        triggers=triggers,
        longest=max(map(len, triggers), default=0),
        light_verbs=table(base / "light_verbs.tsv", LIGHT_VERBS, "lemma", "voice"),
        case_roles=table(base / "case_roles.tsv", CASE_ROLES, "marker", "role"),
        cues=cues(base / "factuality.tsv", CUES),
        speech_verbs=table(base / "speech_verbs.tsv", SPEECH_VERBS, "lemma", "kind"),
        heads=table(base / "heads.tsv", HEADS, "word", "kind"),
        links=table(base / "clause_links.tsv", LINKS, "form", "kind"),
    )


def words(name: str, base: Path = DATA_DIR) -> tuple[str, ...]:
    """The `word` column of a word list (both_words.tsv)."""
    return lexicon.words(name, base)


def not_actor(base: Path = DATA_DIR) -> NotActor:
    """(after, before) patterns around a state name that make it no actor."""
    return lexicon.not_actor(base)
