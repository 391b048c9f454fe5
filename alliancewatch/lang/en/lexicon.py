"""Loads the English data files (lang/en/data/*.tsv) once per process.

The files are reviewed like code; this module only parses them. A bad row raises an error
naming path:line, so a linguist editing a file sees where it went wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alliancewatch.errors import AllianceWatchError
from alliancewatch.lang import CUE_LABEL_ORDER, CUE_LABELS
from alliancewatch.lang import ROLES as SHARED_ROLES
from alliancewatch.lang.lexicon import CueWord, listed

DATA_DIR = Path(__file__).resolve().parent / "data"
# the shared sets (lang.CUE_LABELS, lang.ROLES); 'claim' comes from patterns, not case_roles.tsv
LABELS = CUE_LABELS
ROLES = SHARED_ROLES - {"claim"}
CUE_KINDS = ("aux", "neg", "adv", "mark", "phrase", "governor", "adj", "amod", "det", "noun")
CUE_KINDS += ("headline", "trigger", "light")
BARRIER = "barrier"  # a verb whose object is presupposed: no cue above it reaches the event


def rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) of a tab-separated file with a header; '#' and blank lines skipped."""
    out: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        out.append((no, dict(zip(header, cells, strict=False))))
    return out


def _bad(path: Path, no: int, why: str) -> AllianceWatchError:
    return AllianceWatchError(f"{path}:{no}: {why}")


def _regex(path: Path, no: int, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as e:
        raise _bad(path, no, f"bad regex {pattern!r}: {e}") from e


@dataclass(frozen=True)
class Trigger:
    key: str  # lemma, lemma + particle/preposition (call on), or modifier + noun (joint drill)
    pos: str  # verb | noun
    event: str
    context: tuple[str, ...]
    mode: tuple[str, ...]
    requires: str = ""
    partner: str = ""
    place_event: str = ""


@dataclass(frozen=True)
class Lexicon:
    # (key, pos) -> its readings, tried in file order (share data: COOPERATE; share technology:
    # AID), each with its own `requires`
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]
    light_verbs: dict[str, str]  # lemma -> voice
    roles: dict[str, str]  # dep:LABEL or prep:WORD -> role ('-' = none)
    cues: tuple[CueWord, ...]
    speech_verbs: dict[str, str]  # lemma -> speech | cognition | denial | report
    statement_verbs: frozenset[str]  # verbs whose event is the statement: subject claims it
    both_words: re.Pattern[str] | None
    group_words: tuple[tuple[re.Pattern[str], int], ...]  # the three countries -> 3
    organ_words: re.Pattern[str] | None  # the ministry, the military: the last organ's state
    document_words: re.Pattern[str] | None  # the pact, the joint statement: its parties
    not_actor: tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]

    def trigger(self, key: str, pos: str) -> Trigger | None:
        found = self.triggers.get((key, pos))
        return found[0] if found else None

    def readings(self, key: str, pos: str) -> tuple[Trigger, ...]:
        return self.triggers.get((key, pos), ())

    def cue(self, kind: str, word: str) -> list[CueWord]:
        return [c for c in self.cues if c.kind == kind and c.word == word]


def _triggers(path: Path) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    out: dict[tuple[str, str], tuple[Trigger, ...]] = {}
    for no, r in rows(path):
        if r["pos"] not in ("verb", "noun", "both") or not r["key"] or not r["event"]:
            raise _bad(path, no, "needs key, event and pos verb|noun|both")
        for pos in ("verb", "noun") if r["pos"] == "both" else (r["pos"],):
            before = out.get((r["key"], pos), ())
            if before and not before[-1].requires:
                raise _bad(path, no, f"{r['key']!r} ({pos}) follows a reading without requires")
            out[(r["key"], pos)] = before + (
                Trigger(
                    r["key"],
                    pos,
                    r["event"],
                    listed(r["context"]),
                    listed(r["mode"]),
                    r.get("requires", ""),
                    r.get("partner", ""),
                    r.get("place_event", ""),
                ),
            )
    return out


def _cues(path: Path) -> tuple[CueWord, ...]:
    out = []
    for no, r in rows(path):
        if r["kind"] == BARRIER and r["label"] == "-":
            out.append(CueWord(BARRIER, r["word"], re.compile("."), "-"))
            continue
        if r["kind"] not in CUE_KINDS or r["label"] not in LABELS:
            why = f"kind must be one of {CUE_KINDS}, label one of {CUE_LABEL_ORDER}"
            raise _bad(path, no, why)
        out.append(CueWord(r["kind"], r["word"], _regex(path, no, r["pattern"]), r["label"]))
    return tuple(out)


def _roles(path: Path) -> dict[str, str]:
    out = {}
    for no, r in rows(path):
        if r["role"] != "-" and r["role"] not in ROLES:
            raise _bad(path, no, f"role {r['role']!r} is not in the shared role set")
        out[r["marker"]] = r["role"]
    return out


def _both(path: Path) -> re.Pattern[str] | None:
    pats = [_regex(path, no, r["pattern"]).pattern for no, r in rows(path)]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def _groups(path: Path) -> tuple[tuple[re.Pattern[str], int], ...]:
    out = []
    for no, r in rows(path):
        if not r["size"].isdigit() or int(r["size"]) < 2:
            raise _bad(path, no, "size: a number of states, 2 or more")
        out.append((re.compile(_regex(path, no, r["pattern"]).pattern, re.I), int(r["size"])))
    return tuple(out)


def _not_actor(path: Path) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    after, before = [], []
    for no, r in rows(path):
        if r["side"] not in ("after", "before"):
            raise _bad(path, no, "side must be after or before")
        (after if r["side"] == "after" else before).append(_regex(path, no, r["pattern"]))
    return tuple(after), tuple(before)


@cache
def load(data_dir: Path = DATA_DIR) -> Lexicon:
    speech = {}
    for no, r in rows(data_dir / "speech_verbs.tsv"):
        if r["kind"] not in ("speech", "cognition", "denial", "report"):
            raise _bad(data_dir / "speech_verbs.tsv", no, "kind: speech|cognition|denial|report")
        speech[r["lemma"]] = r["kind"]
    light = {}
    for no, r in rows(data_dir / "light_verbs.tsv"):
        if r["voice"] not in ("active", "receptive", "intransitive"):
            raise _bad(data_dir / "light_verbs.tsv", no, "voice: active|receptive|intransitive")
        light[r["lemma"]] = r["voice"]
    return Lexicon(
        triggers=_triggers(data_dir / "triggers.tsv"),
        light_verbs=light,
        roles=_roles(data_dir / "case_roles.tsv"),
        cues=_cues(data_dir / "factuality.tsv"),
        speech_verbs=speech,
        statement_verbs=frozenset(r["lemma"] for _, r in rows(data_dir / "statement_verbs.tsv")),
        both_words=_both(data_dir / "both_words.tsv"),
        group_words=_groups(data_dir / "group_words.tsv"),
        organ_words=_both(data_dir / "organ_words.tsv"),
        document_words=_both(data_dir / "document_words.tsv"),
        not_actor=_not_actor(data_dir / "not_actor.tsv"),
    )
