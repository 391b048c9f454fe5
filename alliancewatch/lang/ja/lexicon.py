"""Loads the Japanese data files (lang/ja/data/*.tsv) that drive the frame builder.

The files are reviewed like code; this module only parses them (through the shared reader,
which names file and line of a bad row), once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from alliancewatch.datafiles import Schema, read_rows, read_tsv
from alliancewatch.lang import CUE_LABELS, ROLES, VOICES, lexicon
from alliancewatch.lang.lexicon import (
    TRIGGER_COLUMNS,
    TRIGGER_LABELS,
    NotActor,
    tables,
    trigger_fields,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
TRIGGERS = Schema(columns=TRIGGER_COLUMNS, labels=dict(TRIGGER_LABELS))
CUES = Schema(
    columns=("kind", "word", "pattern", "label"),
    labels={
        "label": CUE_LABELS,
        "kind": frozenset({"tail", "noun", "of", "quote", "bid", "link", "after", "stance"}),
    },
    regex=("pattern",),
)
CASE_ROLES = Schema(columns=("marker", "role"), labels={"role": ROLES})
LIGHT_VERBS = Schema(
    columns=("lemma", "voice"),
    labels={"voice": VOICES},
)
SPEECH_VERBS = Schema(columns=("lemma", "kind"))
PATTERNS = Schema(columns=("name", "pattern"), regex=("pattern",))
# the readings a trigger row's `requires` checks against the parse (triggering._object_ok):
# its object, its subject, the manner written right before the verb (断固として対応する) or a
# word that must not stand there (not_before:), or a state's proper name in a phrase whose
# marker matches (partner:, 中国への接近), or the form right after the verb (after:, or not_after:
# for a form that undoes it: 請求権を放棄), or a
# passive's doer written with a marker matching (doer:, 米国に撤退を迫られた); readings
# joined by " or " are met by either, by " and " by both (" or " binds loosest)
READINGS = (
    "object:",
    "not_object:",
    "subject:",
    "not_subject:",
    "before:",
    "not_before:",
    "after:",
    "not_after:",
    "partner:",
    "doer:",
)
# in a reading: the charge a stance verb's content must name to be an accusation
# (インド政府の関与を指摘した, ロシアに責任があると結論づけた; data pattern charge_cue)
CHARGE = "<charge>"
# in a reading: a class of what the trigger acts on (<forces>, <services>), data pattern class_NAME
CLASS = re.compile(r"<(\w+)>")
# how many words find_trigger keeps its answer for: the same nouns come back in every article
FOUND_KEPT = 100_000


@dataclass(frozen=True)
class Reading:
    """One reading of a `requires`: what it checks (a READINGS word without its colon)
    and the regular expression the parse must (object) or must not (not_object) meet."""

    kind: str
    pattern: str
    classes: tuple[str, ...] = ()  # the classes of what is acted on it names (<services>)


@dataclass(frozen=True)
class Trigger(lexicon.Trigger):
    """requires "receptive": only as the object of 受ける-type verbs (技術を受ける); partner:
    the state the word names (来日 -> JPN, 訪朝 -> PRK)."""

    pair: bool = False  # a treaty act: an unsaid party is one of the article's pair
    bare: str = ""  # the type when no destination is written at all (配備した: MOBILIZE)


@dataclass(frozen=True)
class Lexicon(lexicon.Lexicon[Trigger]):
    """Cue kinds: tail | noun | of | quote | bid | link | after."""

    inner: re.Pattern[str]  # every key, longest first, to find one inside a compound

    def __post_init__(self) -> None:
        # the answer per word is kept (the lexicon is loaded once per process)
        object.__setattr__(self, "find_trigger", lru_cache(maxsize=FOUND_KEPT)(self.find_trigger))

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


@cache
def load(base: Path = DATA_DIR) -> Lexicon:
    triggers = {
        r["key"]: Trigger(
            *trigger_fields(r),
            r.get("pair", "") == "yes",
            r.get("bare", ""),
        )
        for r in read_rows(base / "triggers.tsv", TRIGGERS)
    }
    return Lexicon(
        triggers=triggers,
        longest=max(map(len, triggers), default=0),
        **tables(base, LIGHT_VERBS, CASE_ROLES, CUES, SPEECH_VERBS),
        inner=re.compile("|".join(map(re.escape, sorted(triggers, key=len, reverse=True)))),
    )


def not_actor(base: Path = DATA_DIR) -> NotActor:
    """Patterns after and before a state name that make it no actor (not_actor.tsv)."""
    return lexicon.not_actor(base)


def words(name: str, base: Path = DATA_DIR) -> tuple[str, ...]:
    """A word list (one `word` column), in file order: both_words.tsv ..."""
    return lexicon.words(name, base)


@cache
def _patterns(base: Path) -> dict[str, str]:
    """patterns.tsv by name, read once (module constants ask for some 170 of them)."""
    return {r["name"]: r["pattern"] for r in read_tsv(base / "patterns.tsv", PATTERNS)}


@cache
def pattern(name: str, base: Path = DATA_DIR) -> re.Pattern[str]:
    """A named regular expression of patterns.tsv (reading, contrast, aimed_at ...)."""
    return re.compile(_patterns(base)[name])


OBJECT_TYPES = Schema(
    columns=("key", "object", "event", "planned"),
    labels={c: frozenset(TRIGGER_LABELS["event"]) | {"-"} for c in ("event", "planned")},
    regex=("object",),
)


@dataclass(frozen=True)
class ObjectType:
    """A trigger's type when its object matches (object_types.tsv); "-" keeps the row's."""

    object: re.Pattern[str]
    event: str
    planned: str
    subject: bool = False  # "subject:" before the regex: read on the subject instead


@cache
def object_types(base: Path = DATA_DIR) -> dict[str, tuple[ObjectType, ...]]:
    """object_types.tsv by key, in file order: 国交を結ぶ COOPERATE, 国交樹立へ AGREE;
    a row whose regex opens with "subject:" reads the key's subject (部隊が到着: AID); a class
    (<forces>) is written out as in a trigger's `requires`."""
    out: dict[str, list[ObjectType]] = {}
    for r in read_rows(base / "object_types.tsv", OBJECT_TYPES):
        regex = r["object"].removeprefix("subject:")
        subject = regex != r["object"]
        row = ObjectType(re.compile(CLASS.sub(_class, regex)), r["event"], r["planned"], subject)
        out.setdefault(r["key"], []).append(row)
    return {k: tuple(v) for k, v in out.items()}


SENDING_PURPOSES = Schema(
    columns=("sense", "purpose"),
    labels={"sense": frozenset({"MOBILIZE", "AID"})},
)


@cache
def sending_purposes(base: Path = DATA_DIR) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """sending_purposes.tsv in file order: (sense, regex over the text before a sending key);
    <purpose> is written out as the marker after a purpose (ため, に備え, へ ...), and the
    regex reaches the key only over what may stand between them (patterns purpose_reach)."""
    marker, reach = pattern("purpose_marker").pattern, pattern("purpose_reach").pattern
    return tuple(
        (r["sense"], re.compile(r["purpose"].replace("<purpose>", f"(?:{marker})") + reach))
        for r in read_rows(base / "sending_purposes.tsv", SENDING_PURPOSES)
    )


def sending_sense(before: str) -> str | None:
    """The sense the purpose stated before a sending key gives it (MOBILIZE: fetching one's
    own people; AID: relief, a host's request), None where no purpose is stated."""
    return next((sense for sense, r in sending_purposes() if r.search(before)), None)


def sending_errand(key: str, sent: list[str], after: str) -> bool:
    """Whether the text right after a sending key tells the forces' own errand (派遣して監視に
    当たらせる, 派遣して漁船を調べた): a watch, a patrol or a search, the sender's MOBILIZE;
    not a stay (駐留し、…監視を担う) nor a delegation sent to inspect (検閲団を派遣して調べる)."""
    if not pattern("errand_key").search(key):
        return False
    if any(pattern("errand_not_sent").search(s) for s in sent):
        return False
    return bool(pattern("sending_errand").search(after))


SAID_CONTENT = Schema(
    columns=("kind", "word", "with"),
    labels={
        "kind": frozenset({"noun", "say", "show"}),
        "with": frozenset({"say", "say+show", "-"}),
    },
)


@cache
def said_content(base: Path = DATA_DIR) -> dict[str, dict[str, str]]:
    """said_content.tsv by kind: {"noun": {word: with}, "say": {...}, "show": {...}}."""
    out: dict[str, dict[str, str]] = {"noun": {}, "say": {}, "show": {}}
    for r in read_rows(base / "said_content.tsv", SAID_CONTENT):
        out[r["kind"]][r["word"]] = r["with"]
    return out


@cache
def object_classes(base: Path = DATA_DIR) -> tuple[str, ...]:
    """The classes of what a trigger acts on: the data patterns named class_NAME."""
    return tuple(n.removeprefix("class_") for n in _patterns(base) if n.startswith("class_"))


def object_class(text: str) -> str | None:
    """The class whose head the phrase has (金剛山観光 -> services, 10個大隊 -> forces)."""
    return next((c for c in object_classes() if pattern("class_" + c).search(text)), None)


def _class(m: re.Match[str]) -> str:
    """<forces> -> its data pattern; <state> and <charge> are not classes."""
    name = m.group(1)
    return f"(?:{pattern('class_' + name).pattern})" if name in object_classes() else m.group(0)


@cache
def readings(requires: str) -> tuple[tuple[Reading, ...], ...]:
    """A trigger row's `requires`, read once for every reader of the column (triggering,
    subjects, untold): its alternatives (" or "), each the readings that must all hold
    (" and "), with <charge> written out. Empty for a row that asks no reading."""
    if not requires.startswith(READINGS):
        return ()
    return tuple(
        tuple(
            Reading(
                kind,
                CLASS.sub(_class, regex.replace(CHARGE, pattern("charge_cue").pattern)),
                tuple(c for c in CLASS.findall(regex) if c in object_classes()),
            )
            for kind, _, regex in (r.partition(":") for r in alt.split(" and "))
        )
        for alt in requires.split(" or ")
    )
