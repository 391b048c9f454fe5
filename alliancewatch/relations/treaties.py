"""The treaty table (data/treaties.tsv): parties over time, obligations, status on a date.

Dates may be years, months or days; a date is compared by its first day (`day`), so a
treaty signed in "2012" counts from 2012-01-01. A party's membership runs from its join
date (or the treaty's entry into force) to the day before it left or the treaty ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from alliancewatch import lang
from alliancewatch.relations.tables import (
    CATEGORIES,
    DATA_DIR,
    KINDS,
    DataError,
    Row,
    RowError,
    check_code,
    check_id,
    each,
    read_rows,
    valid_date,
)

COLUMNS = (
    "id",
    "parties",
    "org",
    "kind",
    "obligations",
    "signed",
    "in_force",
    "terminated",
    "ended_by",
    "name_en",
    "name_ja",
    "name_ko",
    "source",
    "note",
)


def day(d: str) -> str:
    """The first day of a date of any precision (2012 -> 2012-01-01)."""
    return d + {4: "-01-01", 7: "-01"}.get(len(d), "")


@dataclass(frozen=True)
class Party:
    code: str
    joined: str = ""  # empty: from the treaty's start
    left: str = ""  # empty: until the treaty ends
    via: str = ""  # the predecessor whose treaty this state continues (succession.tsv)


@dataclass(frozen=True)
class Obligation:
    category: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Treaty:
    id: str
    parties: tuple[Party, ...]
    org: str
    kind: str
    obligations: tuple[Obligation, ...]
    signed: str
    in_force: str
    terminated: str
    ended_by: str
    names: dict[str, tuple[str, ...]]  # lang -> aliases, official name first
    source: str
    note: str
    where: str  # path:line, for messages

    @property
    def start(self) -> str:
        """When it began to bind: entry into force, else (not recorded) signature."""
        return self.in_force or (self.signed if self.terminated else "")

    def codes(self) -> set[str]:
        return {p.code for p in self.parties}

    def members_on(self, on: str) -> set[str]:
        """Parties bound on day `on` (empty when the treaty is not in force then)."""
        if not self.in_force_on(on):
            return set()
        out = set()
        for p in self.parties:
            if p.joined and day(p.joined) > on:
                continue
            if p.left and day(p.left) <= on:
                continue
            out.add(p.code)
        return out

    def in_force_on(self, on: str) -> bool:
        if not self.start or day(self.start) > on:
            return False
        return not (self.terminated and day(self.terminated) <= on)

    def binds(self, a: str, b: str, on: str) -> bool:
        members = self.members_on(on)
        return a in members and b in members

    def involves(self, a: str, b: str) -> bool:
        """Both states were ever parties (directly or through a predecessor)."""
        codes = self.codes()
        return a in codes and b in codes and a != b

    def status_on(self, on: str) -> str:
        if self.terminated and day(self.terminated) <= on:
            return "terminated"
        if self.in_force_on(on):
            return "in_force"
        if self.signed and day(self.signed) <= on:
            return "signed"
        return "not_signed"

    def obligation_of(self, article: str) -> str | None:
        for o in self.obligations:
            if article in o.articles:
                return o.category
        return None

    def record(self, on: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "names": {lang: list(v) for lang, v in self.names.items()},
            "name": next((v[0] for v in self.names.values() if v), ""),
            "parties": [
                {
                    "code": p.code,
                    "joined": p.joined or None,
                    "left": p.left or None,
                    "via": p.via or None,
                }
                for p in self.parties
            ],
            "org": self.org or None,
            "kind": self.kind,
            "obligations": [
                {"category": o.category, "articles": list(o.articles)} for o in self.obligations
            ],
            "signed": self.signed or None,
            "in_force": self.in_force or None,
            "terminated": self.terminated or None,
            "ended_by": self.ended_by or None,
            "status": self.status_on(on),
            "status_on": on,
            "source": self.source,
            "note": self.note or None,
        }


def _parties(row: Any, spec: str, successors: dict[str, list[tuple[str, str]]]) -> list[Party]:
    out: list[Party] = []
    for item in spec.split():
        code, _, span = item.partition("@")
        joined, _, left = span.partition("/")
        for d in (joined, left):
            if d and not valid_date(d):
                raise row.fail(f"party '{item}': '{d}' is not a date")
        out.append(Party(check_code(row, code), joined, left))
        for new, start in successors.get(code, []):
            out.append(Party(new, max(joined, start) if joined else start, left, via=code))
    return out


def _obligations(row: Any) -> list[Obligation]:
    out = []
    for item in row["obligations"].split():
        category, sep, arts = item.partition(":")
        if category not in CATEGORIES or not sep:
            raise row.fail(
                f"obligation '{item}': write CATEGORY:ARTICLES, CATEGORY one of "
                + ", ".join(CATEGORIES)
            )
        out.append(Obligation(category, tuple(a for a in arts.split(",") if a)))
    return out


@cache
def succession(data_dir: Path = DATA_DIR) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}

    def add(r: Row) -> None:
        new = (check_code(r, r["new"]), r.date("from"))
        out.setdefault(check_code(r, r["old"]), []).append(new)

    each(read_rows(data_dir / "succession.tsv", ("old", "new", "from")), add)
    return out


def _treaty(r: Row, successors: dict[str, list[tuple[str, str]]]) -> Treaty:
    tid = check_id(r, r["id"])
    if r["kind"] not in KINDS:
        raise r.fail(f"kind '{r['kind']}' is not one of {', '.join(KINDS)}")
    parties = _parties(r, r["parties"], successors)
    if len({p.code for p in parties}) < 2:
        raise r.fail("a treaty needs at least two parties")
    signed, in_force, ended = r.date("signed"), r.date("in_force"), r.date("terminated")
    if signed and in_force and day(in_force) < day(signed):
        raise r.fail("in_force is before signed")
    if ended and day(ended) < day(in_force or signed or ended):
        raise r.fail("terminated is before the treaty began")
    if r["org"]:
        check_code(r, r["org"])
        parties.append(Party(r["org"]))
    names = {
        column.removeprefix("name_"): tuple(a.strip() for a in r[column].split("|") if a.strip())
        for column in r.cells  # header order: the first column gives the display name
        if column.removeprefix("name_") in lang.codes() and column.startswith("name_")
    }
    if not any(names.values()):
        raise r.fail("no name in any language")
    return Treaty(
        id=tid,
        parties=tuple(parties),
        org=r["org"],
        kind=r["kind"],
        obligations=tuple(_obligations(r)),
        signed=signed,
        in_force=in_force,
        terminated=ended,
        ended_by=r["ended_by"],
        names=names,
        source=r["source"],
        note=r["note"],
        where=r.where(),
    )


@cache
def load(data_dir: Path = DATA_DIR) -> tuple[Treaty, ...]:
    """Every treaty of data/treaties.tsv, validated; all bad rows reported at once."""
    successors = succession(data_dir)
    rows = read_rows(data_dir / "treaties.tsv", ("id", "parties", "kind", "source"))
    out: list[Treaty] = []
    problems: list[str] = []
    for r in rows:
        try:
            out.append(_treaty(r, successors))
        except RowError as e:
            problems.append(str(e))
    seen: set[str] = set()
    for t in out:
        if t.id in seen:
            problems.append(f"{t.where}: id '{t.id}' given twice")
        seen.add(t.id)
        target = t.ended_by.removeprefix("superseded:")
        if t.ended_by.startswith("superseded:") and target not in {x.id for x in out}:
            problems.append(f"{t.where}: ended_by names unknown treaty '{target}'")
    if problems:
        raise DataError(problems)
    return tuple(out)


def between(a: str, b: str, data_dir: Path = DATA_DIR) -> list[Treaty]:
    """Treaties that ever bound both states, newest first."""
    return sorted(
        (t for t in load(data_dir) if t.involves(a, b)),
        key=lambda t: (t.signed or t.in_force or "", t.id),
        reverse=True,
    )


def alliances_on(on: str, data_dir: Path = DATA_DIR) -> dict[tuple[str, str], list[str]]:
    """(a, b) with a < b -> ids of treaties with an ATOP obligation in force between them."""
    out: dict[tuple[str, str], list[str]] = {}
    for t in load(data_dir):
        if not t.obligations:
            continue
        members = sorted(t.members_on(on))
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                out.setdefault((x, y), []).append(t.id)
    return out
