"""Organs and meetings written alone that stand for a body the story named with its state.

A story names a body once with its state or organisation (the junta of Niger, Taiwan's
defence ministry, the summit ECOWAS held) and then writes the organ or meeting alone (the
junta, the ministry, the summit). Such a bare noun is that state's: the state of the latest
body of the same kind written before it, in its sentence or in the last few sentences. An
organ of another state written in between is the newer body and wins. A bare noun with no
such body before it stays as the actor tables read it (a home-state organ, or nobody).

A story a foreign state's wire agency sends (its dateline credits the agency: from
Pyongyang, the Korean Central News Agency) writes that state's own organs alone (the
foreign ministry, the government, spec §6 "the outlet's state"): there a bare organ of the
language's wire list that no body before it claims is the agency's state.
The words are the language's (Language.body_words, wire_dateline, wire_organs); this
module holds none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from alliancewatch.lang import Language
from alliancewatch.plover import SYMMETRIC
from alliancewatch.resolve.actors import ActorMatch
from alliancewatch.types import Mention

WINDOW = 3  # how many sentences back a body written with its state is still the one meant
# a meeting held or a statement issued is what the story goes on reporting: its points may be
# listed at length before the bare noun comes back (声明を発表し…一、…一、…声明はまた)
HELD_WINDOW = 8
JOINT = SYMMETRIC - {"SUPPORT"}  # acts done together; a support (歓迎) is one side's
CLUB = "IGO"  # a grouping named beside its listed members (日米英…の先進7カ国(G7)首脳)


@dataclass(frozen=True)
class BodyWord:
    """One noun of the language's list: which body it names, the sector it gives the
    state, and whether it is a meeting its sentence's topic may hold."""

    word: str
    body: str
    sector: str | None
    held: bool


@dataclass(frozen=True)
class BodyTable:
    """A language's body words and the patterns around them, built once per coder."""

    words: dict[str, BodyWord]
    pattern: re.Pattern[str] | None
    compound: re.Pattern[str] | None
    held: re.Pattern[str] | None
    place: re.Pattern[str] | None
    owned: re.Pattern[str] | None  # the link after a state that makes the next organ its own
    dateline: re.Pattern[str] | None = None  # a dateline crediting a foreign wire agency
    wire: re.Pattern[str] | None = None  # organs alone that are the wire agency's state's

    @classmethod
    def of(cls, language: Language, owned: re.Pattern[str] | None) -> BodyTable:
        words = {w: BodyWord(w, b, s or None, h) for w, b, s, h in language.body_words}
        ordered = sorted(words, key=len, reverse=True)
        found = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        return cls(
            words,
            found,
            language.body_compound,
            language.body_held,
            language.body_place,
            owned,
            language.wire_dateline,
            language.wire_organs,
        )


def _take(out: list[ActorMatch], body: ActorMatch) -> list[ActorMatch] | None:
    """`out` with `body` in place of the tables' own reading of the same bare word (a
    home-state ministry gives way); None when another match overlaps it."""
    home = [m for m in out if m.start == body.start and m.end == body.end]
    if any(m.start < body.end and m.end > body.start for m in out if m not in home):
        return None
    return [m for m in out if m not in home] + [body]


class Bodies:
    """The bodies an article has named with their state so far, by kind (one per article)."""

    def __init__(self, table: BodyTable) -> None:
        self._t = table
        self._last: dict[str, tuple[tuple[str, ...], int]] = {}  # body -> (codes, sentence)
        self._home: tuple[str, ...] | None = None  # the state of the wire the story credits

    def read(self, text: str, matches: list[ActorMatch], k: int) -> list[ActorMatch]:
        """Sentence k's matches, with each bare body word given the state of its body named
        before it, else a bare organ the wire agency's state; notes the bodies the sentence
        names with their state, left to right."""
        out, given = self._bodies(text, matches, k)
        return self._wired(text, matches, out, given)

    def _bodies(
        self, text: str, matches: list[ActorMatch], k: int
    ) -> tuple[list[ActorMatch], set[tuple[int, int]]]:
        out, given = list(matches), set()
        if self._t.pattern is None:
            return out, given
        for hit in self._t.pattern.finditer(text):
            word, (p, q) = self._t.words[hit.group()], hit.span()
            owner = self._owner(text, matches, p, q)
            if owner is not None:
                self._last[word.body] = (owner.codes, k)
                continue
            if self._t.compound and p > 0 and self._t.compound.fullmatch(text, p - 1, p):
                continue  # part of a longer name (臨時首脳会議, アルバニージー政権)
            if self._t.place and self._t.place.match(text[q:]):
                continue  # a place or a modifier (外交部に呼び出し, 首脳会議で)
            found = self._last.get(word.body)
            if found is None or k - found[1] > (HELD_WINDOW if word.held else WINDOW):
                continue
            taken = _take(out, ActorMatch(hit.group(), found[0], word.sector, p, q))
            if taken is not None:
                out = taken
                given.add((p, q))
                # a chain of the bare word keeps the body in view (談話は…。談話は…。談話は)
                self._last[word.body] = (found[0], k)
        return sorted(out, key=lambda m: m.start), given

    def _wired(
        self,
        text: str,
        matches: list[ActorMatch],
        out: list[ActorMatch],
        given: set[tuple[int, int]],
    ) -> list[ActorMatch]:
        """A bare organ of the wire list in a story a foreign wire agency sends: the agency's
        state, unless a body before it or a state written with it owns it, or it is a place
        (外交部に呼び出し); the tables' own reading of the bare word (the home state's) gives
        way. The agency is the news match inside the story's first dateline."""
        t = self._t
        if t.dateline is None or t.wire is None:
            return out
        if self._home is None and (d := t.dateline.match(text)) is not None:
            wires = [m for m in matches if m.end <= d.end() and m.sector == "MED" and all(m.codes)]
            self._home = wires[-1].codes if wires and wires[-1].codes else ()
        if not self._home:
            return out
        for hit in t.wire.finditer(text):
            p, q = hit.span()
            if (p, q) in given or self._owner(text, matches, p, q) is not None:
                continue
            if t.compound and p > 0 and t.compound.fullmatch(text, p - 1, p):
                continue  # part of a longer name
            owning = t.owned is not None and t.owned.match(text, q) is not None
            if t.place and t.place.match(text[q:]) and not owning:
                continue  # a place (外交部に呼び出し); an owning link (外交部の報道官) is none
            home = [m for m in out if m.start == p and m.end == q]
            sector = home[0].sector if home else None
            word = t.words.get(hit.group())
            sector = word.sector if word is not None and word.sector else sector
            out = _take(out, ActorMatch(hit.group(), self._home, sector, p, q)) or out
        return sorted(out, key=lambda m: m.start)

    def held(self, text: str, codes: list[str], k: int, told: Sequence[Mention] = ()) -> None:
        """After sentence k: a meeting it tells its topic held (ECOWASは…首脳会議を開き), or a
        statement it issued, is the topic's states', for a bare one later; with no topic, the
        doers of the first act `told` (all the parties of a joint one: 7カ国首脳は…会合を開き…
        声明を発表した), unless the language's pattern says the document was handed or adopted
        (its group `handed`)."""
        first = next((m for m in told if m.actor), None)
        topical = bool(codes)
        if not codes and first is not None:
            joint = first.recipient if first.event in JOINT else ()
            codes = [r.code for r in first.actor + joint if r.code]
        holders = tuple(dict.fromkeys(codes))
        if len(holders) > 1:  # 日米英…の7カ国(G7)首脳は…宣言を採択: the states, not their club
            holders = tuple(c for c in holders if c != CLUB)
        if self._t.pattern is None or self._t.held is None or not holders:
            return
        for hit in self._t.pattern.finditer(text):
            word = self._t.words[hit.group()]
            held = self._t.held.match(text[hit.end() :]) if word.held else None
            if held is None or (held.groupdict().get("handed") and not topical):
                continue  # a document handed or adopted needs its topic: the act told first
                # may be its content (…派兵を非難するとした共同声明を採択した)
            self._last[word.body] = (holders, k)

    def _owner(self, text: str, matches: list[ActorMatch], p: int, q: int) -> ActorMatch | None:
        """The state written with the body word at p..q: glued before it (台湾国防部), joined by
        the language's owning link (ニジェールの軍事政権), or one match over both (ECOWASの首脳
        会議 read as ECOWASの首脳)."""
        for m in reversed(matches):
            if not m.codes or not all(m.codes):
                continue
            if m.start < p < m.end or (m.start < p and m.end >= q):
                return m
            if m.end == p or (
                m.end < p and self._t.owned is not None and self._t.owned.fullmatch(text, m.end, p)
            ):
                return m
        return None
