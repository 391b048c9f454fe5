"""Readers of the relation layer's data files. A bad row raises DataError naming path:line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from alliancewatch.errors import AllianceWatchError
from alliancewatch.plover import EVENT_TYPES, FACTUALITY

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CATEGORIES = ("defence", "offence", "neutrality", "non-aggression", "consultation")
KINDS = ("alliance", "partnership", "union", "access", "sofa", "organisation", "peace")
STEPS = ("treaty", "signed", "initialled", "ratified", "in_force", "terminated", "invoked")
LANGS = ("ja", "ko", "en")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


class DataError(AllianceWatchError):
    """A data file of the relation layer has a bad row."""


@dataclass(frozen=True)
class Row:
    path: Path
    line: int
    cells: dict[str, str]

    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def fail(self, message: str) -> DataError:
        return DataError(f"{self.where()}: {message}")

    def __getitem__(self, key: str) -> str:
        return self.cells.get(key, "")

    def date(self, key: str) -> str:
        value = self[key]
        if value and not valid_date(value):
            raise self.fail(f"{key} '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return value


def valid_date(value: str) -> bool:
    if not DATE.match(value):
        return False
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def read_rows(path: Path, required: tuple[str, ...]) -> list[Row]:
    """Rows of a tab-separated file with a header line; '#' and blank lines are skipped."""
    header: list[str] | None = None
    rows: list[Row] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise DataError(f"{path}:{number}: header lacks {', '.join(missing)}")
            continue
        if len(cells) > len(header):
            raise DataError(f"{path}:{number}: {len(cells)} cells, the header has {len(header)}")
        row = Row(path, number, dict(zip(header, cells, strict=False)))
        for name in required:
            if not row[name]:
                raise row.fail(f"'{name}' is empty")
        rows.append(row)
    return rows


def check_code(row: Row, code: str) -> str:
    if not _CODE.match(code):
        raise row.fail(f"'{code}' is not an actor code")
    return code


def check_id(row: Row, value: str) -> str:
    if not _ID.match(value):
        raise row.fail(f"id '{value}' must be lower case letters, digits and '-'")
    return value


@dataclass(frozen=True)
class StepWord:
    word: str
    lang: str
    step: str


@dataclass(frozen=True)
class Weights:
    event: dict[str, float]
    factuality: dict[str, float]


@cache
def step_words(data_dir: Path = DATA_DIR) -> tuple[StepWord, ...]:
    out = []
    for r in read_rows(data_dir / "treaty_steps.tsv", ("word", "lang", "step")):
        if r["lang"] not in LANGS:
            raise r.fail(f"unknown language '{r['lang']}'")
        if r["step"] not in STEPS:
            raise r.fail(f"unknown step '{r['step']}' (one of {', '.join(STEPS)})")
        out.append(StepWord(r["word"], r["lang"], r["step"]))
    return tuple(out)


@cache
def ref_forms(data_dir: Path = DATA_DIR) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """(article-number patterns, stop forms) from treaty_refs.tsv."""
    articles: list[re.Pattern[str]] = []
    stops: list[str] = []
    for r in read_rows(data_dir / "treaty_refs.tsv", ("kind", "lang", "form")):
        if r["kind"] == "article":
            try:
                pattern = re.compile(r["form"])
            except re.error as e:
                raise r.fail(f"bad regex: {e}") from None
            if pattern.groups < 1:
                raise r.fail("an article pattern needs a group for the number")
            articles.append(pattern)
        elif r["kind"] == "stop":
            stops.append(r["form"])
        else:
            raise r.fail(f"unknown kind '{r['kind']}' (article or stop)")
    return tuple(articles), tuple(stops)


@cache
def weights(data_dir: Path = DATA_DIR) -> Weights:
    event: dict[str, float] = {}
    fact: dict[str, float] = {}
    for r in read_rows(data_dir / "relation_weights.tsv", ("kind", "key", "weight")):
        try:
            value = float(r["weight"])
        except ValueError:
            raise r.fail(f"weight '{r['weight']}' is not a number") from None
        if r["kind"] == "event" and r["key"] in EVENT_TYPES:
            event[r["key"]] = value
        elif r["kind"] == "factuality" and r["key"] in FACTUALITY and 0 <= value <= 1:
            fact[r["key"]] = value
        else:
            raise r.fail(f"unknown {r['kind']} '{r['key']}' or weight out of range")
    path = data_dir / "relation_weights.tsv"
    if set(event) != set(EVENT_TYPES) or set(fact) != set(FACTUALITY):
        missing = sorted((set(EVENT_TYPES) - set(event)) | (set(FACTUALITY) - set(fact)))
        raise DataError(f"{path}: no weight for {', '.join(missing)}")
    return Weights(event, fact)
