"""Treaty references in stored sentences, linked to rows of data/treaties.tsv.

A sentence refers to a treaty when it names it (an alias from treaties.tsv), or when it
has a treaty word and a step word (署名, 비준, entered into force, 破棄) and either a treaty
was named a few sentences before in the same article ("該当の条約") or the parties of its
mentions fit exactly one treaty. A sentence with an article number (第4条, 제4조, Article 4)
right after a named treaty refers to that article, and to the obligation it carries.
When several treaties share a name, the parties of the sentence's mentions (else the
article's two most mentioned states) and date consistency with the step decide. A treaty
sentence that fits no row is kept as an unknown treaty, never dropped.

The words are data (treaty_steps.tsv, treaty_refs.tsv, the names in treaties.tsv); this
module holds none of a language's words.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from alliancewatch.relations import tables
from alliancewatch.relations.treaties import Treaty, day, load
from alliancewatch.resolve.actors import ActorResolver
from alliancewatch.store import relation_rows

# Most telling first: a sentence that says "ratified ... and signed the law" is a ratification.
STEP_ORDER = ("in_force", "terminated", "ratified", "initialled", "signed", "invoked")
CONTEXT_SENTENCES = 3  # how far back a named treaty still explains "the treaty"
TREATY_EVENTS = frozenset({"SUPPORT", "SANCTION", "AGREE"})
_SQUEEZE = re.compile(r"[\s·・･‧∙\-‐–—]+")
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")


@dataclass(frozen=True)
class Reference:
    treaty: str | None  # None: a treaty the table does not have
    doc: str
    sequence: int
    sentence: str
    language: str
    published: str | None
    step: str  # "" when the sentence only names or quotes it
    date: str | None  # the step's date from the sentence (mention date or a year)
    how: str  # name | context | parties | unknown
    article_no: str | None
    obligation: str | None
    mentions: tuple[str, ...]
    codes: tuple[str, ...]

    def record(self) -> dict[str, Any]:
        out = asdict(self)
        out["mentions"] = list(self.mentions)
        out["codes"] = list(self.codes)
        return out


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 for c in s)


def _squeeze(text: str) -> str:
    return _SQUEEZE.sub("", unicodedata.normalize("NFKC", text))


class _Finder:
    """Finds forms in text: Latin forms as whole words ignoring case, others as substrings
    of the text with spaces and middle dots removed (포괄적 전략적 동반자관계 = ... 관계)."""

    def __init__(self, forms: dict[str, list[str]]) -> None:
        self.values: dict[str, list[str]] = {}
        latin, other = [], []
        for form, values in forms.items():
            key = form.lower() if _latin(form) else _squeeze(form)
            if not key:
                continue
            self.values.setdefault(key, []).extend(values)
            (latin if _latin(form) else other).append(key)
        by_len = lambda xs: sorted(set(xs), key=len, reverse=True)  # noqa: E731
        self.latin = (
            re.compile(
                r"(?<![\w])(" + "|".join(map(re.escape, by_len(latin))) + r")(?![\w])",
                re.IGNORECASE,
            )
            if latin
            else None
        )
        self.other = re.compile("|".join(map(re.escape, by_len(other)))) if other else None

    def find(self, text: str) -> list[str]:
        """Values of the forms found, in order of appearance (latin first)."""
        out: list[str] = []
        if self.latin:
            for m in self.latin.finditer(unicodedata.normalize("NFKC", text)):
                out += self.values.get(m.group(1).lower(), [])
        if self.other:
            for m in self.other.finditer(_squeeze(text)):
                out += self.values.get(m.group(0), [])
        return out


class Linker:
    """Built once from the data files; `link_article` reads one article's sentences."""

    def __init__(self, data_dir: Path = tables.DATA_DIR, actors: bool = True) -> None:
        self.actors = ActorResolver.load(data_dir) if actors else None
        self.treaties: dict[str, Treaty] = {t.id: t for t in load(data_dir)}
        names: dict[str, list[str]] = {}
        for t in self.treaties.values():
            for aliases in t.names.values():
                for a in aliases:
                    names.setdefault(a, []).append(t.id)
        self.names = _Finder(names)
        steps: dict[str, list[str]] = {}
        for w in tables.step_words(data_dir):
            steps.setdefault(w.word, []).append(w.step)
        self.steps = _Finder(steps)
        self.articles, stops = tables.ref_forms(data_dir)
        gap = r"[\s·・･‧∙\-‐–—]*"
        self.stop_patterns = [
            re.compile(re.escape(s), re.IGNORECASE)
            if _latin(s)
            else re.compile(gap.join(map(re.escape, _squeeze(s))))
            for s in sorted(stops, key=len, reverse=True)
        ]
        self.search_words = sorted(
            {*names, *(w.word for w in tables.step_words(data_dir) if w.step == "treaty")}
        )

    # -- one sentence ---------------------------------------------------------------------

    def _mask(self, text: str) -> str:
        """The text with stop forms (北大西洋条約機構: the organisation) blanked out."""
        text = unicodedata.normalize("NFKC", text)
        for pattern in self.stop_patterns:
            text = pattern.sub(" ", text)
        return text

    def _article_no(self, text: str) -> str | None:
        for pattern in self.articles:
            m = pattern.search(unicodedata.normalize("NFKC", text))
            if m:
                return next(g for g in m.groups() if g)
        return None

    def consistent(self, t: Treaty, step: str, date: str | None) -> bool:
        """Whether a step dated `date` fits the treaty's recorded dates."""
        if not step or not date:
            return True

        def same(a: str, b: str) -> bool:
            n = min(len(a), len(b))
            return a[:n] == b[:n]

        if step in ("signed", "initialled"):
            return not t.signed or same(date, t.signed)
        if step == "in_force":
            return not t.in_force or same(date, t.in_force)
        if step == "terminated":
            return not t.terminated or same(date, t.terminated)
        if step == "ratified":
            lo, hi = t.signed, t.in_force
            return (not lo or date[:4] >= lo[:4]) and (not hi or date[:4] <= hi[:4])
        start = t.start or t.signed  # invoked: while it binds
        return (not start or date[:4] >= start[:4]) and (
            not t.terminated or day(date) < day(t.terminated)
        )

    def resolve(
        self,
        ids: list[str],
        codes: set[str],
        named: set[str],
        fallback: set[str],
        step: str,
        date: str | None,
    ) -> list[str]:
        """Narrow treaties sharing a name: by the parties of the sentence's mentions, by
        date, by the most states named in the sentence, then by the article's states."""
        cands = list(dict.fromkeys(ids))
        best = max((len(named & self.treaties[i].codes()) for i in cands), default=0)
        for keep in (
            lambda t: codes <= t.codes(),
            lambda t: self.consistent(t, step, date),
            lambda t: best > 0 and len(named & t.codes()) == best,
            lambda t: fallback <= t.codes(),
        ):
            if len(cands) > 1:
                narrowed = [i for i in cands if keep(self.treaties[i])]
                cands = narrowed or cands
        return cands

    def states_in(self, text: str, on: str | None) -> set[str]:
        """Codes of the states and organisations named in a sentence (data/actors.tsv)."""
        if self.actors is None:
            return set()
        return {c for m in self.actors.find_all(text, on) for c in m.codes}

    # -- one article ----------------------------------------------------------------------

    def link_article(
        self,
        doc: str,
        language: str,
        published: str | None,
        sentences: list[tuple[int, str]],
        mentions: dict[int, list[dict[str, Any]]],
    ) -> list[Reference]:
        counts: Counter[str] = Counter()
        for ms in mentions.values():
            for m in ms:
                counts.update(set(m["codes"]))
        fallback = {c for c, _ in counts.most_common(2)}
        out: list[Reference] = []
        recent: tuple[int, list[str]] | None = None
        for idx, text in sentences:
            masked = self._mask(text)
            named = self.names.find(masked)
            found = self.steps.find(masked)
            has_noun = "treaty" in found
            step = next((s for s in STEP_ORDER if s in found), "")
            art_no = self._article_no(text)
            ms = mentions.get(idx, [])
            codes = {c for m in ms for c in m["codes"]}
            dated = [m["date"] for m in ms if m["date"]]
            year = _YEAR.search(text)
            date = dated[0] if dated else (year.group(1) if year else None)
            near = recent is not None and idx - recent[0] <= CONTEXT_SENTENCES
            how, ids = "", []
            if named:
                in_text = self.states_in(text, published)
                how, ids = "name", self.resolve(named, codes, in_text, fallback, step, date)
            elif (
                near
                and recent
                and (art_no or (has_noun and step))
                and all(codes <= self.treaties[i].codes() for i in recent[1])
            ):  # "the treaty" is the one just named, unless other states sign it
                how, ids = "context", recent[1]
            elif has_noun and step and (codes or len(self.states_in(text, published)) > 1):
                codes = codes or self.states_in(text, published)
                fit = [
                    t.id
                    for t in self.treaties.values()
                    if codes <= t.codes() and self.consistent(t, step, date)
                ]
                how, ids = ("parties", fit) if len(fit) == 1 else ("unknown", [])
            if not how:
                continue
            if ids:
                recent = (idx, ids)
            linked = tuple(
                m["id"]
                for m in ms
                if art_no or m["event"] in TREATY_EVENTS or self.steps.find(m["trigger"])
            )
            for tid in ids or [None]:
                treaty = self.treaties.get(tid) if tid else None
                out.append(
                    Reference(
                        treaty=tid,
                        doc=doc,
                        sequence=idx,
                        sentence=text,
                        language=language,
                        published=published,
                        step=step,
                        date=date if step else None,
                        how=how,
                        article_no=art_no,
                        obligation=treaty.obligation_of(art_no) if treaty and art_no else None,
                        mentions=linked,
                        codes=tuple(sorted(codes)),
                    )
                )
        return out


# -- the database ---------------------------------------------------------------------------

_CACHE: dict[tuple[str, tuple[Any, ...]], list[Reference]] = {}


def references(db: sqlite3.Connection, linker: Linker | None = None) -> list[Reference]:
    """Every treaty reference in the database (cached until the database changes)."""
    key = relation_rows.signature(db)
    if linker is None and key in _CACHE:
        return _CACHE[key]
    linker = linker or default_linker()
    out: list[Reference] = []
    for article_id in relation_rows.articles_with_terms(db, linker.search_words):
        art = relation_rows.article_for_linking(db, article_id)
        out += linker.link_article(
            art["doc"], art["language"], art["published"], art["sentences"], art["mentions"]
        )
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = out
    return out


_DEFAULT: list[Linker] = []


def default_linker() -> Linker:
    if not _DEFAULT:
        _DEFAULT.append(Linker())
    return _DEFAULT[0]
