"""The actor alias table as rows: width folding, the alias entries and their checks, and the
reading of data/actors.tsv with each language's aliases and holder names (resolve/actors.py
scans text with them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from alliancewatch.datafiles import DataFileError, Schema, read_rows
from alliancewatch.errors import AllianceWatchError
from alliancewatch.resolve.holders import DatedNames, OfficeTable, read_names
from alliancewatch.text import fold_width

SECTORS = {"GOV", "MIL", "SPY", "DIP", "LEG", "JUD", "MED", "LEAD"}
_CODE = re.compile(r"^[A-Z]{3,4}(\+[A-Z]{3,4})*$")
_PERSON = re.compile(r"person:\s*([^(;]+)")
# the states that let an anaphoric alias stand, when not its own: anaphoric [KOR PRK]
_LICENCE = re.compile(r"anaphoric \[([A-Z ]+)\]")
# a name that stood for another state before a date: チェコ before 1993 is Czechoslovakia
_BEFORE = re.compile(r"before (\d{4}-\d{2}-\d{2}): ([A-Z]{3,4})\b")


# Width folding keeps offsets: full-width ASCII -> ASCII, and the several middle dots that
# Korean and Japanese news use between compound parts (한ㆍ미, 한∙미) -> '·'.
_DOTS = {0x318D: 0xB7, 0x2219: 0xB7, 0x2022: 0xB7, 0x30FB: 0xB7}


def is_katakana(c: str) -> bool:
    return "\u30a1" <= c <= "\u30fa" or c == "ー" or "\u31f0" <= c <= "\u31ff"


def is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c == "々"


def is_latin(c: str) -> bool:
    return (c.isascii() and c.isalnum()) or "À" <= c <= "ɏ"


def fold(text: str) -> str:
    """Same-length normalisation: full-width ASCII and middle dots (offsets stay valid)."""
    return fold_width(text, _DOTS)


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Entry:
    alias: str
    key: str  # compared against the folded text (lower-cased when `fold_case`)
    codes: tuple[str, ...]
    sector: str | None
    kind: str  # actor | suffix | stop
    lang: str
    fold_case: bool  # Latin alias matched without case, first capital kept
    person: str | None
    suffix_only: bool = False  # a name that is also a common word: 수단 정부, not 수단을
    # stands for a state only in a story that names one of these otherwise (the North)
    anaphoric: tuple[str, ...] = ()
    narration: bool = False  # the outlet's own state, in its voice only (我が国): not quoted
    abbrev: bool = False  # one character standing for a state only beside others (resolve/abbrev)
    # (day, code): on a date before the day, the alias names that state (チェコ in 1968: CSK)
    before: tuple[str, str] | None = None

    @property
    def latin(self) -> bool:
        return is_latin(self.alias[0]) or is_latin(self.alias[-1])


def _entry(no: int, r: dict[str, str], path: Path) -> Entry:
    alias, code, sector = fold(r["alias"]), r["code"].strip(), r["sector"].strip()
    where = f"{path}:{no}"
    if not alias.strip() or alias != alias.strip():
        raise AllianceWatchError(f"{where}: empty alias or alias with outer spaces: {alias!r}")
    if sector and sector not in SECTORS:
        raise AllianceWatchError(f"{where}: sector {sector!r} is not one of {sorted(SECTORS)}")
    kind = {"*": "suffix", "-": "stop"}.get(code, "actor")
    if kind == "actor" and not _CODE.match(code):
        raise AllianceWatchError(f"{where}: code {code!r}: use ISO alpha-3, UNO, NATO, '+', * or -")
    latin = is_latin(alias[0]) or is_latin(alias[-1])
    letters = [c for c in alias if c.isalpha()]
    exact = latin and (all(c.isupper() for c in letters) or len(letters) <= 3)
    fold_case = latin and not exact
    person = _PERSON.search(r.get("note", ""))
    before = _BEFORE.search(r.get("note", ""))
    return Entry(
        alias=alias,
        key=lower_same_length(alias) if fold_case or kind == "suffix" and latin else alias,
        codes=tuple(code.split("+")) if kind == "actor" else (),
        sector=sector or None,
        kind=kind,
        lang=r.get("lang", "").strip(),
        fold_case=fold_case or (kind == "suffix" and latin),
        person=person.group(1).strip() if person else None,
        suffix_only=r.get("note", "").startswith("suffix only"),
        anaphoric=_licence(r.get("note", ""), code),
        narration=r.get("note", "").startswith("narration"),
        abbrev=r.get("note", "").startswith("abbrev only"),
        before=(before.group(1), before.group(2)) if before else None,
    )


def _licence(note: str, code: str) -> tuple[str, ...]:
    """The states whose naming lets an 'anaphoric' alias stand: those in brackets after the
    word (anaphoric [KOR PRK]: 南側 in a story naming either Korea), else its own."""
    if not note.startswith("anaphoric"):
        return ()
    listed = _LICENCE.match(note)
    return tuple(listed.group(1).split()) if listed else tuple(code.split("+"))


def index_by_first(entries: list[Entry]) -> dict[str, tuple[Entry, ...]]:
    """Entries by the first character of their key, longest first (longest match wins)."""
    by_first: dict[str, list[Entry]] = {}
    for e in entries:
        by_first.setdefault(e.key[0].lower(), []).append(e)
    return {c: tuple(sorted(es, key=lambda e: -len(e.key))) for c, es in by_first.items()}


def norm_title(title: str) -> str:
    return " ".join(lower_same_length(fold(title)).split())


ACTORS = Schema(columns=("alias", "code", "sector", "lang", "note"))
NAME_FILE = "holders.tsv"  # a language's forms of the office holders' names, beside its aliases


def read_tables(
    data_dir: Path, extra: tuple[Path, ...] = ()
) -> tuple[list[Entry], OfficeTable, DatedNames]:
    """The alias table and each language's extra aliases and holder names, every bad row
    reported at once; the office table and the dated title forms beside them."""
    path = data_dir / "actors.tsv"
    if not path.exists():
        raise AllianceWatchError(f"{path} not found: pass the package's data directory")
    entries, problems = [], []
    for table in (path, *extra):
        for r in read_rows(table, ACTORS, strip=False):
            try:
                entries.append(_entry(r.line, r.cells, table))
            except AllianceWatchError as e:
                problems.append(str(e))  # every bad row at once, each as path:line: reason
    offices = OfficeTable.read(data_dir / "offices.tsv", norm_title)
    sectors = {e.key: e.sector for e in entries if e.kind == "suffix"}
    aliases = {e.key for e in entries}
    dated: dict[str, set[str]] = {}
    for table in extra:
        lang = table.parent.parent.name  # lang/<code>/data
        for r in read_names(table.parent / NAME_FILE):
            form, holder = fold(r["form"]), r["holder"]
            state, held = offices.state(holder), offices.offices_of(holder)
            if not held or state is None and r["use"] == "name":
                problems.append(f"{r.where}: {holder!r} holds offices of no one state")
            elif r["use"] == "title":
                dated.setdefault(form, set()).add(holder)
            elif form in aliases:
                problems.append(f"{r.where}: {form!r} is already an alias (one place per person)")
            else:  # a full name: its person on any date, sector from the first office held
                sector = next((sectors[t] for t in held[0].titles if sectors.get(t)), None)
                note = {"code": state, "sector": sector or "", "lang": lang}
                e = _entry(r.line, {"alias": form, **note, "note": f"person: {holder}"}, table)
                entries.append(e)
                aliases.add(form)
    if problems:
        raise DataFileError(problems)
    return entries, offices, DatedNames(dated, offices)
