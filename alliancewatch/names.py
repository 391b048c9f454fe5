"""Display names of actor codes, and actor codes from names, in English, Japanese and Korean.

Read from the same alias tables the coder uses (data/actors.tsv, then each
lang/<code>/data/actors.tsv), so a name the coder knows is a name the analyst may type. The
display name of a code in a language is the FIRST alias of that language in these tables
(the shared one first) among the rows that name the code itself: one code (no
compound, no suffix or stop form), no sector (the state, not an organ), and a note that
does not mark a person, a demonym or a capital. The table lists each state's usual name
first (North Korea, 北朝鮮, 북한), so reordering rows there changes what the pages show.

Any alias of a code resolves to it (`North Korea`, `DPRK`, `北朝鮮`, `북한` -> PRK), and
so does the code itself; lookups ignore case, width and spacing.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alliancewatch.datafiles import read_rows
from alliancewatch.errors import UsageError

TABLE = Path(__file__).resolve().parent / "data" / "actors.tsv"
# a language's own additions (lang/<code>/data/actors.tsv), read after the shared table:
# their aliases resolve too, but display names come from the shared table first
LANG_TABLES = Path(__file__).resolve().parent / "lang"
LANGS = ("en", "ja", "ko")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_NOT_A_NAME = ("person:", "demonym", "capital")
# IGO stands for any intergovernmental organisation (IAEA, OPCW ...): no alias is its name,
# so it is described rather than named.
_GROUP_NAMES = {"IGO": {"en": "intergovernmental organisation", "ja": "", "ko": ""}}


@dataclass(frozen=True)
class ActorName:
    """One code and its display name per language ('' when the table has none)."""

    code: str
    en: str
    ja: str
    ko: str

    def label(self) -> str:
        """'North Korea / 北朝鮮 / 북한' (the names that exist, in en, ja, ko order)."""
        return " / ".join(dict.fromkeys(n for n in (self.en, self.ja, self.ko) if n))

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "en": self.en, "ja": self.ja, "ko": self.ko}


def fold(text: str) -> str:
    """Lookup key: NFKC, case-folded, spaces and dots removed (D.P.R.K. = DPRK)."""
    return re.sub(r"[\s.·]+", "", unicodedata.normalize("NFKC", text)).casefold()


@dataclass(frozen=True)
class NameTable:
    names: dict[str, ActorName]  # code -> display names
    aliases: dict[str, str]  # folded alias -> code (the first code listed wins)
    surfaces: tuple[tuple[str, str, str], ...]  # (folded alias, alias, code) for search


@lru_cache(maxsize=1)
def table() -> NameTable:
    display: dict[str, dict[str, str]] = {}
    aliases: dict[str, str] = {}
    surfaces: list[tuple[str, str, str]] = []
    rows = [
        r
        for path in (TABLE, *sorted(LANG_TABLES.glob("*/data/actors.tsv")))
        for r in read_rows(path)
    ]
    for row in rows:
        code, alias, lang = row["code"], row["alias"], row["lang"]
        if not _CODE.match(code) or lang not in LANGS:
            continue  # compounds (PRK+RUS), suffixes (*), stop forms (-)
        key = fold(alias)
        if key and key not in aliases:
            aliases[key] = code
            surfaces.append((key, alias, code))
        note = row.get("note").lower()
        per = display.setdefault(code, {})
        if not row.get("sector") and not note.startswith(_NOT_A_NAME) and lang not in per:
            per[lang] = alias
    names = {}
    for code, per in display.items():
        per = {**per, **_GROUP_NAMES.get(code, {})}
        names[code] = ActorName(code, per.get("en", ""), per.get("ja", ""), per.get("ko", ""))
    return NameTable(names, aliases, tuple(surfaces))


def name_of(code: str) -> ActorName:
    """Display names of `code` (empty names when the table does not know it)."""
    return table().names.get(code) or ActorName(code, "", "", "")


def label(code: str) -> str:
    """'North Korea / 北朝鮮 / 북한', or the code itself when no name is known."""
    return name_of(code).label() or code


def to_code(text: str) -> str | None:
    """The actor code a name or code stands for (PRK, prk, North Korea, 北朝鮮, 북한), or None.
    An unknown code is accepted only in capitals (XYZ), so a misspelt name is an error."""
    text = text.strip()
    if not text:
        return None
    t = table()
    plain = unicodedata.normalize("NFKC", text)
    if plain.upper() in t.names:
        return plain.upper()
    code = t.aliases.get(fold(text))
    if code:
        return code
    return plain if _CODE.match(plain) else None  # a code the table lacks, typed as a code


def resolve(text: str, what: str = "actor") -> str:
    """to_code, or a UsageError that names the input and suggests close names."""
    code = to_code(text)
    if code is None:
        t = table()
        close = difflib.get_close_matches(fold(text), list(t.aliases), n=5, cutoff=0.7)
        found = dict.fromkeys([t.aliases[k] for k in close] + [n["code"] for n in search(text, 5)])
        hints = ", ".join(f"{c} ({label(c)})" for c in list(found)[:5])
        raise UsageError(
            f"{what} '{text[:40]}' is neither an actor code nor a known name"
            + (f"; did you mean: {hints}" if hints else " (e.g. PRK, North Korea, 北朝鮮, 북한)")
        )
    return code


def search(query: str, limit: int = 20) -> list[dict[str, str]]:
    """Codes whose code or any alias (any language) starts with or contains `query`:
    prefix matches first, then substrings; each once, with its display names and the
    alias that matched."""
    q = fold(query)
    if not q:
        return []
    t = table()
    ranked: dict[str, tuple[int, str]] = {}
    for code in t.names:
        if fold(code).startswith(q):
            ranked[code] = (0, code)
    for key, alias, code in t.surfaces:
        if code not in t.names:
            continue
        rank = 1 if key.startswith(q) else 2 if q in key else None
        if rank is not None and (code not in ranked or rank < ranked[code][0]):
            ranked[code] = (rank, alias)
    order = sorted(ranked.items(), key=lambda kv: (kv[1][0], kv[0]))
    return [{**t.names[c].as_dict(), "matched": m} for c, (_, m) in order[:limit]]
