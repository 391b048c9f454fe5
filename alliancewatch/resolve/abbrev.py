"""One-character state abbreviations (米 比 豪 独 ...) written alone or run together.

Newspapers shorten a state to one character wherever a second word makes the reading
certain: an organ or title glued after it (比政府, 米特使), another state glued to it (米イラン,
日米豪比, 英仏独), a second state joined by と (米とイラン), or a headline's opening 「米、…」.
Alone the same characters are other words (米 rice, 日 day, 中 during, 加 in 参加), so an
alias whose note starts with 'abbrev only' (lang/<code>/data/actors.tsv) matches only in
those positions. Which characters may stand alone where, and which pairs are other words
(朝日, 中米), are data: the rules `join`, `alone_*`, `start_before` and `deny_pair` of
lang/<code>/data/actor_context.tsv. resolve/actors.py asks this module; the words live in the data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from alliancewatch.resolve.context import ContextRules


class Entry(Protocol):
    """The parts of an alias entry (resolve/actor_table.Entry) this module reads."""

    key: str
    codes: tuple[str, ...]
    sector: str | None
    kind: str
    abbrev: bool


Match = Callable[[int], "tuple[Entry, int] | None"]  # the alias at a position (after a match)
Suffix = Callable[[Entry, int], "tuple[Entry, int] | None"]  # an organ or title after an alias


@dataclass(frozen=True)
class Run:
    """States written run together from one position: codes in order, end, parts joined."""

    codes: tuple[str, ...]
    end: int
    parts: int


class Abbreviations:
    """The abbreviation rules of one resolver (context rules read once)."""

    def __init__(self, ctx: ContextRules):
        self._chars = ctx.get("abbrev")
        self._join = tuple(sorted(ctx.get("join"), key=len, reverse=True))
        self._start = ctx.get("alone_start")
        self._start_after = tuple(ctx.get("alone_start_after"))
        self._mid = ctx.get("alone_mid")
        self._mid_after = tuple(ctx.get("alone_mid_after"))
        self._start_before = ctx.get("start_before")
        self._deny_pair = ctx.get("deny_pair")

    def only_abbrevs(self, e: Entry) -> bool:
        """An alias made of abbreviations only (比, 日米, 米英豪): it may run on."""
        return self.state_name(e) and all(c in self._chars for c in e.key)

    @staticmethod
    def state_name(e: Entry) -> bool:
        """A state's or organisation's plain name (イラン, 中国), no organ or title."""
        return e.kind == "actor" and not e.sector

    def run(self, norm: str, e: Entry, j: int, match: Match) -> Run:
        """Extend an abbreviation alias over the states glued after it (米+イラン, 日米豪+比)."""
        codes, end, parts = list(e.codes), j, 1
        while self.only_abbrevs(e) and end < len(norm):
            nxt = match(end)
            if nxt is None or not self.state_name(nxt[0]):
                break
            if len(codes) == 1 and norm[end - 1 : end + 1] in self._deny_pair:
                break  # 朝日, 中米: another word (not after a run of two: 米日中, 日中米)
            e, end = nxt
            codes.extend(e.codes)
            parts += 1
        return Run(tuple(dict.fromkeys(codes)), end, parts)

    def alone_ok(self, norm: str, e: Entry, i: int, j: int, match: Match, suffix: Suffix) -> bool:
        """Whether a one-character abbreviation not run on stands for its state here."""
        found = suffix(e, j)
        if found is not None and found[1] - len(found[0].key) == j:
            return True  # 比政府, 米特使: an organ or title glued after it
        for w in self._join:  # 米とイラン; 米と小麦 (rice) may still be a state alone below
            if norm.startswith(w, j):
                nxt = match(j + len(w))
                if nxt is not None and self.state_name(nxt[0]):
                    return True
                break
        before = norm[i - 1] if i else ""
        key = e.key
        if key in self._start and (not before or before.isspace() or before in self._start_before):
            return norm.startswith(self._start_after, j)  # 米、トルコに…: a headline's subject
        if key in self._mid and before and not _word_char(before):
            return norm.startswith(self._mid_after, j)  # 比の船, 独の安全
        return False


def _word_char(c: str) -> bool:
    """A character that would make the abbreviation part of a longer word (kanji, kana
    katakana, digits): 前年比の, 3台の."""
    return c.isalnum() and not ("\u3041" <= c <= "\u309f")
