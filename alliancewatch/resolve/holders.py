"""Office holders by date, and people named by name or by surname and title.

News of any year names its officials, and a story of 2000 writes 金大統領 for a president the
story does not name in full. The office table (data/offices.tsv, language-neutral) says who
held which office of which state from when to when; a language's name file (holders.tsv
beside its alias table) gives the forms its papers write for those people. A person's state
comes from the office table only, so a name form cannot give another state than the office.

A full name (or a surname no other word shares: use `name`) names its person on any date. A
surname marked `title` names a person only with a title right after it (金大統領, カーター長官)
and only when, on the article's date, exactly one person of that surname held an office so
titled: 金大統領 in 2000 is Kim Dae-jung (KOR), in 2024 nobody. A title may be written short,
as the end of the office's title (長官 for 国防長官).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from alliancewatch.datafiles import Row, Schema, read_rows

OFFICES = Schema(columns=("title", "code", "start", "end", "holder"))
NAMES = Schema(columns=("form", "holder", "use"), labels={"use": {"name", "title"}})
_SHORTEST_TITLE = 2  # 長官 for 国防長官; a single character (相) is too often another word


@dataclass(frozen=True)
class Office:
    titles: tuple[str, ...]  # the synonyms written in the table, as the reader folds them
    code: str
    start: str
    end: str  # '' = still in office
    holder: str

    def covers(self, on: str | None) -> bool:
        """Whether the holder held the office over the whole of `on` (None: any date)."""
        if on is None:
            return True
        lo, hi = period(on)
        return self.start <= lo and (not self.end or hi < self.end)


@dataclass(frozen=True)
class Dated:
    """A surname with a title, resolved on a date: the person, the state and the title."""

    holder: str | None  # None: two of that surname held the state's office (no date given)
    code: str
    title: str  # the office's title the written one ends (国防長官 for 長官)
    end: int  # end of the title in the text
    written: str = ""  # the title as written, its end (報道官 for 国務省報道官): its sector


def period(on: str) -> tuple[str, str]:
    """First and last day covered by an ISO date of any precision (2024, 2024-06, 2024-06-19)."""
    on = on.strip()[:10]
    if len(on) == 4:
        return f"{on}-01-01", f"{on}-12-31"
    if len(on) == 7:
        return f"{on}-01", f"{on}-31"
    return on, on


def _office_problem(r: Row) -> str | None:
    start, end = r["start"].strip(), r["end"].strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", start) or end and end < start:
        return f"bad start/end {start!r}..{end!r}"
    return None


class OfficeTable:
    """The dated offices of data/offices.tsv; `norm` folds a title as the reader does."""

    def __init__(self, rows: list[Office]):
        self.rows = rows
        self._by_title: dict[tuple[str, str], list[Office]] = {}
        self._by_holder: dict[str, list[Office]] = {}
        for o in rows:
            for t in o.titles:
                self._by_title.setdefault((o.code, t), []).append(o)
            self._by_holder.setdefault(o.holder, []).append(o)

    @classmethod
    def read(cls, path: Path, norm) -> OfficeTable:  # type: ignore[no-untyped-def]
        rows: list[Office] = []
        if path.exists():
            schema = Schema(OFFICES.columns, check=_office_problem)
            for r in read_rows(path, schema, strip=False):
                titles = tuple(dict.fromkeys(norm(t) for t in r["title"].split("|")))
                start, end = r["start"].strip(), r["end"].strip()
                rows.append(Office(titles, r["code"].strip(), start, end, r["holder"].strip()))
        return cls(rows)

    @property
    def titles(self) -> set[str]:
        return {t for _, t in self._by_title}

    def holder(self, code: str, title: str, on: str | None) -> str | None:
        """Who held `title` of `code` over the whole of `on`; without a date, only an office
        with a single holder in the table answers."""
        rows = self._by_title.get((code, title), [])
        holders = {o.holder for o in rows if o.covers(on)}
        return holders.pop() if len(holders) == 1 else None

    def offices_of(self, holder: str) -> list[Office]:
        return self._by_holder.get(holder, [])

    def state(self, holder: str) -> str | None:
        """The one state whose offices `holder` held (None for none or several)."""
        codes = {o.code for o in self.offices_of(holder)}
        return codes.pop() if len(codes) == 1 else None


@dataclass(frozen=True)
class Regime:
    """Words that make a leader's surname his or her government (ジョンソン政権, 李内閣), and
    the titles whose holders lead one, by rank (lang/<code>/data/actor_context.tsv: regime_word,
    regime_head, regime_premier): a head of state before a head of government."""

    words: tuple[str, ...]  # longest first
    ranks: tuple[frozenset[str], ...]  # the titles of each rank as the office table folds them

    def word_at(self, norm: str, j: int) -> str:
        return next((w for w in self.words if norm.startswith(w, j)), "")

    def rank(self, office: Office) -> int | None:
        """The rank of the leaders `office` gives (0 first), None if it leads no government."""
        return next((k for k, t in enumerate(self.ranks) if not t.isdisjoint(office.titles)), None)


class DatedNames:
    """Surnames that name a person only with a title, on the article's date (金大統領), or with
    a word for the government he or she led (ジョンソン政権 in 1968 is Lyndon Johnson's)."""

    def __init__(self, forms: dict[str, set[str]], offices: OfficeTable):
        self._forms = forms  # surname -> the holders who bear it
        self._offices = offices
        by_first: dict[str, list[str]] = {}
        for f in forms:
            by_first.setdefault(f[0], []).append(f)
        self._by_first = {c: sorted(fs, key=len, reverse=True) for c, fs in by_first.items()}

    @property
    def firsts(self) -> set[str]:
        return set(self._by_first)

    def at(
        self,
        norm: str,
        i: int,
        on: str | None,
        owner: str | None = None,
        regime: Regime | None = None,
    ) -> Dated | None:
        """The person a surname at `i` with a title after it names on `on`, if one does;
        `owner`: the state written before it (サウジアラビアのアブドラ国王), the only one;
        `regime`: its words after a surname name the leader then in office (ジョンソン政権)."""
        for form in self._by_first.get(norm[i], ()):
            if not norm.startswith(form, i):
                continue
            j = i + len(form)
            word = regime.word_at(norm, j) if regime and on else ""
            found: dict[tuple[str, str], tuple[str, int]] = {}
            led: dict[tuple[str, str], int] = {}  # the governments of that surname, by rank
            for h in self._forms[form]:
                for o in self._offices.offices_of(h):
                    if not o.covers(on) or owner and o.code != owner:
                        continue
                    rank = regime.rank(o) if regime and word else None
                    if rank is not None:
                        led[(h, o.code)] = rank
                        continue
                    title, n = next(
                        ((t, n) for t in o.titles if (n := _written(norm, j, t))), ("", 0)
                    )
                    if n:
                        found[(h, o.code)] = (title, j + n)
            if led:  # 李政権 in 2025: the president of that surname, not the premier
                top = min(led.values())
                found = {k: (word, j + len(word)) for k, r in led.items() if r == top}
            codes = {code for _, code in found}
            if len(codes) == 1:  # two holders of one state (no date given): the state alone
                (h, code), (title, end) = max(found.items(), key=lambda kv: kv[1][1])
                return Dated(h if len(found) == 1 else None, code, title, end, norm[j:end])
            if found:
                return None  # people of two states, of that surname, held such an office then
        return None


def _written(norm: str, j: int, title: str) -> int:
    """How much of `title` the text at j writes, longest first: all of it or its end (長官
    for 国防長官); 0 if neither."""
    ends = (title[k:] for k in range(len(title) - _SHORTEST_TITLE + 1))
    return next((len(t) for t in ends if norm.startswith(t, j)), 0)


def read_names(path: Path) -> list[Row]:
    """The rows of a language's name file (form, holder, use), if it has one."""
    return read_rows(path, NAMES) if path.exists() else []
