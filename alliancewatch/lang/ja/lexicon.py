"""Loads the Japanese data files (lang/ja/data/*.tsv) that drive the frame builder.

The files are reviewed like code; this module only parses them (through the shared reader,
which names file and line of a bad row), once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alliancewatch.datafiles import Schema, read_rows, read_tsv
from alliancewatch.lang import CUE_LABELS, ROLES, VOICES
from alliancewatch.plover import EVENT_TYPES

DATA_DIR = Path(__file__).resolve().parent / "data"
TRIGGERS = Schema(
    columns=("key", "event", "context", "mode"),
    labels={
        "event": frozenset(EVENT_TYPES) | {"NONE"},
        "place_event": frozenset(EVENT_TYPES) | {""},
    },
)
CUES = Schema(
    columns=("kind", "word", "pattern", "label"),
    labels={"label": CUE_LABELS, "kind": frozenset({"tail", "noun", "quote", "link", "after"})},
    regex=("pattern",),
)
CASE_ROLES = Schema(columns=("marker", "role"), labels={"role": ROLES})
LIGHT_VERBS = Schema(
    columns=("lemma", "voice"),
    labels={"voice": VOICES},
)
SPEECH_VERBS = Schema(columns=("lemma", "kind"))
NOT_ACTOR = Schema(
    columns=("side", "pattern"), labels={"side": frozenset({"after", "before"})}, regex=("pattern",)
)
WORDS = Schema(columns=("word",))
PATTERNS = Schema(columns=("name", "pattern"), regex=("pattern",))


@dataclass(frozen=True)
class Trigger:
    key: str
    event: str
    context: tuple[str, ...]
    mode: tuple[str, ...]
    requires: str = ""  # "receptive": only as the object of 受ける-type verbs (技術を受ける)
    partner: str = ""  # the state the word itself names: 来日 -> JPN, 訪朝 -> PRK
    place_event: str = ""  # the type when sent to a place, not a state (海域に派遣)
    pair: bool = False  # a treaty act: an unsaid party is one of the article's pair


@dataclass(frozen=True)
class Cue:
    kind: str  # tail | noun | quote | link
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
    inner: re.Pattern[str]  # every key, longest first, to find one inside a compound

    def find_trigger(self, word: str) -> Trigger | None:
        """The longest key ending the (compound) word, else the longest key inside it.

        A key at the end decides first, so 相互援助条約 is a treaty name (条約: NONE), not
        an act of aid, while 軍事協力深化 still finds 軍事協力 inside it.
        """
        for n in range(min(self.longest, len(word)), 0, -1):
            if word[-n:] in self.triggers:
                return self.triggers[word[-n:]]
        m = self.inner.search(word)
        return self.triggers[m.group(0)] if m else None

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
            r.get("pair", "") == "yes",
        )
        for r in read_rows(base / "triggers.tsv", TRIGGERS)
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
        inner=re.compile("|".join(map(re.escape, sorted(triggers, key=len, reverse=True)))),
    )


@cache
def not_actor(
    base: Path = DATA_DIR,
) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """Patterns after and before a state name that make it no actor (not_actor.tsv)."""
    rows = read_tsv(base / "not_actor.tsv", NOT_ACTOR)
    after = tuple(re.compile(r["pattern"].removeprefix("^")) for r in rows if r["side"] == "after")
    before = tuple(re.compile(r["pattern"]) for r in rows if r["side"] == "before")
    return after, before


@cache
def words(name: str, base: Path = DATA_DIR) -> tuple[str, ...]:
    """A word list (one `word` column), in file order: both_words.tsv ..."""
    return tuple(r["word"] for r in read_tsv(base / f"{name}.tsv", WORDS))


@cache
def pattern(name: str, base: Path = DATA_DIR) -> re.Pattern[str]:
    """A named regular expression of patterns.tsv (reading, contrast, aimed_at ...)."""
    found = {r["name"]: r["pattern"] for r in read_tsv(base / "patterns.tsv", PATTERNS)}
    return re.compile(found[name])
