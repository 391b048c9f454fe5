"""Loads the per-language data files (data/<lang>/*.tsv) that drive the coder.

The files are reviewed like code; this module only parses them, once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header; '#' lines and blank lines skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=False)))
    return rows


@dataclass(frozen=True)
class Trigger:
    key: str
    event: str
    context: tuple[str, ...]
    mode: tuple[str, ...]
    requires: str = ""  # "receptive": only as the object of 受ける-type verbs (技術を受ける)
    partner: str = ""  # the state the word itself names: 来日 -> JPN, 訪朝 -> PRK
    place_event: str = ""  # the type when sent to a place, not a state (海域に派遣)


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
def load(data_dir: Path, lang: str) -> Lexicon:
    base = data_dir / lang
    triggers = {
        r["key"]: Trigger(
            r["key"],
            r["event"],
            tuple(x for x in r["context"].split(",") if x),
            tuple(x for x in r["mode"].split(",") if x),
            r.get("requires", ""),
            r.get("partner", ""),
            r.get("place_event", ""),
        )
        for r in read_tsv(base / "triggers.tsv")
    }
    return Lexicon(
        triggers=triggers,
        longest=max(map(len, triggers), default=0),
        light_verbs={r["lemma"]: r["voice"] for r in read_tsv(base / "light_verbs.tsv")},
        case_roles={r["marker"]: r["role"] for r in read_tsv(base / "case_roles.tsv")},
        cues=tuple(
            Cue(r["kind"], r["word"], re.compile(r["pattern"]), r["label"])
            for r in read_tsv(base / "factuality.tsv")
        ),
        speech_verbs={r["lemma"]: r["kind"] for r in read_tsv(base / "speech_verbs.tsv")},
        inner=re.compile("|".join(map(re.escape, sorted(triggers, key=len, reverse=True)))),
    )
