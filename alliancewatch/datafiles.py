"""The one reader for the tab-separated data files (lexicons, alias tables, cue lists).

A linguist edits these files; a mistake must name the file and line, and every mistake in a
file is reported at once (not the first only), so one edit-and-run cycle fixes them all.
Format: a header line of column names, then one row per line, cells separated by tabs;
blank lines and lines starting with '#' are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from alliancewatch.errors import UsageError


class DataFileError(UsageError):
    """One or more bad rows; `problems` holds one 'path:line: reason' string per row."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Row:
    """One data row: its line number (for messages) and its cells by column name."""

    path: Path
    line: int
    cells: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def get(self, column: str, default: str = "") -> str:
        return self.cells.get(column, default)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Schema:
    """What a file must hold; every check is optional.

    `columns`: names the header must contain; `labels`: allowed values of a column (an empty
    cell is allowed when `""` is in the set); `regex`: columns holding regular expressions;
    `check`: a function of the row returning a reason when the row is bad; `fixed`: the
    file has exactly `columns`, and its header line may be left out.
    """

    columns: tuple[str, ...] = ()
    labels: dict[str, frozenset[str]] = field(default_factory=dict)
    regex: tuple[str, ...] = ()
    check: Callable[[Row], str | None] | None = None
    fixed: bool = False


def _bad_regex(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as e:
        return str(e)
    return None


def read_rows(path: Path, schema: Schema | None = None, strip: bool = True) -> list[Row]:
    """Every row of `path`, checked against `schema`; raises DataFileError listing each bad row.

    A row with more cells than the header is an error; a row with fewer is padded with empty
    cells (trailing optional columns may be left out).
    """
    schema = schema or Schema()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError([f"{path}:0: cannot read: {e}"]) from e
    problems: list[str] = []
    rows: list[Row] = []
    header: list[str] | None = None
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None and schema.fixed:
            header = list(schema.columns)
            if [c.strip() for c in cells] == header:
                continue
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in schema.columns if c not in header]
            if missing:
                problems.append(f"{path}:{no}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(header) or schema.fixed and len(cells) != len(header):
            problems.append(
                f"{path}:{no}: {len(cells)} cells, expected {len(header)}: {', '.join(header)}"
            )
            continue
        cells += [""] * (len(header) - len(cells))
        values = [c.strip() if strip else c for c in cells]
        row = Row(path, no, dict(zip(header, values, strict=True)))
        reasons = _row_problems(row, schema)
        problems += [f"{path}:{no}: {r}" for r in reasons]
        if not reasons:
            rows.append(row)
    if header is None:
        problems.append(f"{path}:0: no header line")
    if problems:
        raise DataFileError(problems)
    return rows


def _row_problems(row: Row, schema: Schema) -> list[str]:
    out = []
    for column, allowed in schema.labels.items():
        value = row.get(column).strip()
        if value not in allowed:
            out.append(f"{column} {value!r} is not one of {', '.join(sorted(allowed - {''}))}")
    for column in schema.regex:
        reason = _bad_regex(row.get(column))
        if reason:
            out.append(f"bad regular expression in {column}: {reason}")
    if schema.check is not None:
        reason = schema.check(row)
        if reason:
            out.append(reason)
    return out


def read_tsv(path: Path, schema: Schema | None = None) -> list[dict[str, str]]:
    """The rows of `path` as plain dicts (cells stripped)."""
    return [r.cells for r in read_rows(path, schema)]


def count_rows(path: Path) -> int:
    """Data rows in a file, without checking them (for listings)."""
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return max(0, len([x for x in lines if not x.startswith("#")]) - 1)


def check_all(paths: Iterable[Path]) -> list[str]:
    """Problems of several files, for a listing that must not stop at the first bad file."""
    problems: list[str] = []
    for p in paths:
        try:
            read_rows(p)
        except DataFileError as e:
            problems += e.problems
    return problems
