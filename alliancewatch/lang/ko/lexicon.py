"""Loads the Korean data files (lang/ko/data/*.tsv) that drive the frame builder.

Read through the shared reader (datafiles.py), which names file and line of a bad row and
checks labels against the shared sets (roles, voices, cue labels, event types).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alliancewatch.datafiles import Schema, read_tsv
from alliancewatch.lang import CUE_LABELS, ROLES, VOICES
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
NOT_ACTOR = Schema(
    columns=("side", "pattern"), labels={"side": frozenset({"after", "before"})}, regex=("pattern",)
)
WORDS = Schema(columns=("word",))


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
class Cue:
    kind: str  # tail | link | above | govern | adverb
    word: str
    pattern: re.Pattern[str]
    label: str


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, Trigger]
    longest: int  # length of the longest key: the suffixes worth looking up
    light_verbs: dict[str, str]  # lemma -> voice
    case_roles: dict[str, str]  # marker -> role
    cues: tuple[Cue, ...]
    speech_verbs: dict[str, str]  # lemma -> speech | cognition | report
    heads: dict[str, str]  # noun -> complement | cue | clause | troops | adverbial
    links: dict[str, str]  # connective ending -> what it does to its clause

    def cues_of(self, kind: str) -> list[Cue]:
        return [c for c in self.cues if c.kind == kind]


@cache
def load(base: Path = DATA_DIR) -> Lexicon:
    triggers = {
        r["key"]: Trigger(
            r["key"],
            r["event"],
            tuple(x for x in r["context"].split(",") if x),
            tuple(x for x in r["mode"].split(",") if x),
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
        light_verbs={
            r["lemma"]: r["voice"] for r in read_tsv(base / "light_verbs.tsv", LIGHT_VERBS)
        },
        case_roles={r["marker"]: r["role"] for r in read_tsv(base / "case_roles.tsv", CASE_ROLES)},
        cues=tuple(
            Cue(r["kind"], r["word"], re.compile(r["pattern"]), r["label"])
            for r in read_tsv(base / "factuality.tsv", CUES)
        ),
        speech_verbs={
            r["lemma"]: r["kind"] for r in read_tsv(base / "speech_verbs.tsv", SPEECH_VERBS)
        },
        heads={r["word"]: r["kind"] for r in read_tsv(base / "heads.tsv", HEADS)},
        links={r["form"]: r["kind"] for r in read_tsv(base / "clause_links.tsv", LINKS)},
    )


def words(name: str, base: Path = DATA_DIR) -> list[str]:
    """The `word` column of a word list (both_words.tsv)."""
    return [r["word"] for r in read_tsv(base / f"{name}.tsv", WORDS)]


def not_actor(
    base: Path = DATA_DIR,
) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """(after, before) patterns around a state name that make it no actor."""
    rows = read_tsv(base / "not_actor.tsv", NOT_ACTOR)
    after = tuple(re.compile(r["pattern"].removeprefix("^")) for r in rows if r["side"] == "after")
    before = tuple(re.compile(r["pattern"]) for r in rows if r["side"] == "before")
    return after, before
