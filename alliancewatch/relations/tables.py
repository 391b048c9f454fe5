"""Readers of the relation layer's data files, through alliancewatch/datafiles.py: every bad
row of a file is reported at once as path:line: reason."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TypeVar

from alliancewatch import datafiles, lang
from alliancewatch.datafiles import DataFileError
from alliancewatch.plover import EVENT_TYPES, FACTUALITY

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CATEGORIES = ("defence", "offence", "neutrality", "non-aggression", "consultation")
KINDS = ("alliance", "partnership", "union", "access", "sofa", "organisation", "peace")
STEPS = ("treaty", "signed", "initialled", "ratified", "in_force", "terminated", "invoked")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
T = TypeVar("T")


DataError = DataFileError  # every bad row of a file at once, each as 'path:line: reason'


class RowError(Exception):
    """One bad row (collected into a DataFileError by `each`)."""


@dataclass(frozen=True)
class Row:
    path: Path
    line: int
    cells: dict[str, str]

    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def fail(self, message: str) -> RowError:
        return RowError(f"{self.where()}: {message}")

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
    """Rows of a data file through the project's reader (alliancewatch/datafiles.py); the
    `required` columns must exist and be non-empty."""

    def filled(row: datafiles.Row) -> str | None:
        empty = [c for c in required if not row.get(c)]
        return f"{', '.join(repr(c) for c in empty)} is empty" if empty else None

    rows = datafiles.read_rows(path, datafiles.Schema(columns=required, check=filled))
    return [Row(r.path, r.line, r.cells) for r in rows]


def each(rows: list[Row], fn: Callable[[Row], T]) -> list[T]:
    """fn over every row; the bad rows are reported together."""
    out: list[T] = []
    problems: list[str] = []
    for r in rows:
        try:
            out.append(fn(r))
        except RowError as e:
            problems.append(str(e))
    if problems:
        raise DataFileError(problems)
    return out


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
    def word(r: Row) -> StepWord:
        if r["lang"] not in lang.codes():
            raise r.fail(f"unknown language '{r['lang']}'")
        if r["step"] not in STEPS:
            raise r.fail(f"unknown step '{r['step']}' (one of {', '.join(STEPS)})")
        return StepWord(r["word"], r["lang"], r["step"])

    return tuple(each(read_rows(data_dir / "treaty_steps.tsv", ("word", "lang", "step")), word))


@cache
def ref_forms(data_dir: Path = DATA_DIR) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """(article-number patterns, stop forms) from treaty_refs.tsv."""

    def form(r: Row) -> tuple[str, re.Pattern[str] | str]:
        if r["kind"] == "article":
            try:
                pattern = re.compile(r["form"])
            except re.error as e:
                raise r.fail(f"bad regex: {e}") from None
            if pattern.groups < 1:
                raise r.fail("an article pattern needs a group for the number")
            return "article", pattern
        if r["kind"] == "stop":
            return "stop", r["form"]
        raise r.fail(f"unknown kind '{r['kind']}' (article or stop)")

    forms = each(read_rows(data_dir / "treaty_refs.tsv", ("kind", "lang", "form")), form)
    articles = tuple(p for k, p in forms if k == "article" and isinstance(p, re.Pattern))
    return articles, tuple(str(s) for k, s in forms if k == "stop")


@cache
def weights(data_dir: Path = DATA_DIR) -> Weights:
    event: dict[str, float] = {}
    fact: dict[str, float] = {}

    def weight(r: Row) -> None:
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
    each(read_rows(path, ("kind", "key", "weight")), weight)
    if set(event) != set(EVENT_TYPES) or set(fact) != set(FACTUALITY):
        missing = sorted((set(EVENT_TYPES) - set(event)) | (set(FACTUALITY) - set(fact)))
        raise DataFileError([f"{path}:0: no weight for {', '.join(missing)}"])
    return Weights(event, fact)
