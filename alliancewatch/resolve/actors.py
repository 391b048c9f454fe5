"""Actor resolution: surface forms in Japanese, Korean and English text -> actor codes.

Parsers split 朝ロ into 朝+ロ and 金正恩 into 金正+恩, so actors come from our own alias table
(data/actors.tsv) scanned over the raw text: longest match first, left to right. A state
followed by an organ or a title (ロシア国防省, 러시아 국방부, Russian military, 米大統領)
becomes one match with that sector; a title also gives the office holder on a date
(data/offices.tsv), and a surname with a title names the person who held that title on the
article's date (金大統領 in 2000: Kim Dae-jung; resolve/holders.py).

Single characters (米 rice, 日 day, 中 during) never match alone, and a few context rules keep
listed compounds from firing where the characters belong to another word (19日米軍, 訪米中,
在朝ロシア軍, 期間中国連, テロ朝). Every rule is small and named, its language's words and
its reason in lang/<code>/data/actor_context.tsv, so a reviewer can read why a form did or
did not match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alliancewatch.resolve import context
from alliancewatch.resolve.abbrev import Abbreviations
from alliancewatch.resolve.actor_table import (
    Entry,
    fold,
    index_by_first,
    is_han,
    is_hangul,
    is_katakana,
    is_latin,
    lower_same_length,
    norm_title,
    read_tables,
)
from alliancewatch.resolve.holders import DatedNames, OfficeTable, Regime

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# The context rules (visit and time characters before an alias, the links joining a state to
# an organ or title, Korean particles after a short alias) are each language's words: they live
# in lang/<code>/data/actor_context.tsv, one named rule a row with its reason (resolve/context.py).


@dataclass(frozen=True)
class ActorMatch:
    text: str
    codes: tuple[str, ...]
    sector: str | None
    start: int
    end: int
    holder: str | None = None
    # a word that names its state only where the story names it otherwise (the North in
    # Korea coverage): the states, any one of which the story must name for it to stand
    # (note 'anaphoric' in the table); the coder drops it in other articles. Empty: any story
    anaphoric: tuple[str, ...] = ()
    # a person's full name as the table writes it in characters without spaces (金正恩,
    # 汪文斌): what the surname alone refers back to later in the story (金氏, 汪報道官)
    name: str | None = None
    # a surname with a word for government read on the article's date (ジョンソン政権): a
    # person the story names in full with that surname is the one meant instead
    regime: bool = False


class ActorResolver:
    """Finds actors in text with the alias table; build it once with `load` (cached)."""

    def __init__(self, entries: list[Entry], offices: OfficeTable, dated: DatedNames):
        self._actors = index_by_first([e for e in entries if e.kind != "suffix"])
        # the same lists narrowed by the key's second character (the one-character keys kept
        # in each, in place), and the one-character keys alone: most positions of a text
        # try two or three keys, not every key with its first character
        self._by_two: dict[str, tuple[Entry, ...]] = {
            c + second: tuple(e for e in es if len(e.key) < 2 or e.key[1] == second)
            for c, es in self._actors.items()
            for second in {e.key[1] for e in es if len(e.key) >= 2}
        }
        self._one_char = {
            c: tuple(e for e in es if len(e.key) < 2) for c, es in self._actors.items()
        }
        self._suffixes = index_by_first([e for e in entries if e.kind == "suffix"])
        self._offices = offices
        self._dated = dated
        self._title_sector = {e.key: e.sector for e in entries if e.kind == "suffix"}
        self._ctx = ctx = context.load()
        self._links = ctx.all_links
        self._abbrevs = Abbreviations(ctx)
        self._particles = sorted(ctx.get("particle"), key=lambda p: (-len(p), p))
        words = sorted(ctx.get("regime_word"), key=lambda w: (-len(w), w))
        ranks = (ctx.get("regime_head"), ctx.get("regime_premier"))
        self._regime = Regime(tuple(words), tuple(frozenset(map(norm_title, r)) for r in ranks))
        self._organ_keys = {e.key for e in entries if e.kind == "suffix" and not e.latin}
        titles = {e.key for e in entries if e.kind == "suffix"} | offices.titles
        self._title_keys = frozenset(titles)
        self._title_longest = max(map(len, titles), default=0)
        # where a match can start: the first characters of the aliases (a sentence's other
        # characters are skipped in one search, not tried one by one)
        firsts = set(self._actors) | self._dated.firsts
        self._starts = re.compile("[" + "".join(map(re.escape, sorted(firsts))) + "]")
        # a person's han name: not a surname with a title (金総書記), nor a surname listed
        # alone (岸田 beside 岸田文雄)
        names = {
            e.key
            for e in entries
            if e.person and 2 <= len(e.key) <= 4 and all(map(is_han, e.key))
            if not any(e.key.endswith(t) for t in titles)
        }
        self._full_names = {n for n in names if not any(o.startswith(n) for o in names - {n})}

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR, extra: tuple[Path, ...] = ()) -> ActorResolver:
        """The resolver for a data directory (actors.tsv, offices.tsv) plus `extra` alias
        tables in the same format (a language's own aliases: lang/<code>/data/actors.tsv),
        built once per combination."""
        return _load(Path(data_dir).resolve(), tuple(Path(p).resolve() for p in extra))

    # -- public API ----------------------------------------------------------------------

    def find_all(self, text: str, on: str | None = None) -> list[ActorMatch]:
        """Every actor in `text`, non-overlapping, left to right; `on` dates office holders."""
        norm = fold(text)
        low = lower_same_length(norm)
        out: list[ActorMatch] = []
        i, prev_end = 0, -1
        while i < len(norm):
            start = self._starts.search(low, i)
            if start is None:
                break
            i = start.start()
            hit = self._match_at(norm, low, i, i == prev_end)
            dated = self._dated_at(norm, i, on, out)
            if dated is not None and (hit is None or hit[1] < dated.end):
                out.append(dated)  # 金大統領 on a day Kim Dae-jung was president
                i = prev_end = dated.end
                continue
            if hit is None:
                i += 1
                continue
            e, j = hit
            if e.kind == "stop" or e.narration and self._quoted(norm, i):
                i = j  # a stop form; the outlet's 我が国 inside a speaker's quotation
                continue
            codes = e.codes
            if e.before and on and on[:10] < e.before[0]:
                codes = (e.before[1],)  # チェコ in 1968: Czechoslovakia
            if e.abbrev or self._abbrevs.only_abbrevs(e):
                run = self._abbrevs.run(norm, e, j, lambda k: self._match_at(norm, low, k, True))
                if run.parts == 1 and e.abbrev and not self._alone(norm, low, e, i, j):
                    i += 1  # 米 rice, 加 in 加速: an abbreviation alone
                    continue
                codes, j = run.codes, run.end
            end, resume, suffix = self._extend(norm, low, e, j)
            sector = e.sector
            if suffix and suffix.sector and not (e.sector and suffix.sector == "GOV"):
                sector = suffix.sector  # 韓国+情報当局: SPY; 国務省+報道官 stays DIP
            holder = e.person or (self._holder(e, norm[i:end], on) if codes == e.codes else None)
            if e.person and codes == e.codes:
                codes = self._serving(e.person, codes, on)
            whose = self._bare_organ(norm, out, e, i) if e.key in self._organ_keys else ""
            if whose == "owned":
                codes = out[-1].codes  # フランスの新政府, 中国の党と政府: that state's
            elif whose == "nobody":
                i = resume  # 各国政府, 州政府, タリバン政府: no state's, and not Japan's
                continue
            name = e.key if e.key in self._full_names else None
            out.append(ActorMatch(text[i:end], codes, sector, i, end, holder, e.anaphoric, name))
            i = prev_end = resume
        return out

    def _serving(self, person: str, codes: tuple[str, ...], on: str | None) -> tuple[str, ...]:
        """The state or body a person named alone served on `on`: the title on the day
        decides (Stoltenberg in 2010 is Norway's prime minister, NATO's head from 2014).
        Only when the office table dates the person to exactly one other code that day."""
        if not on or len(codes) != 1:
            return codes
        held = {o.code for o in self._offices.offices_of(person) if o.covers(on)}
        return (held.pop(),) if len(held) == 1 and codes[0] not in held else codes

    def resolve(self, text: str, on: str | None = None) -> ActorMatch | None:
        """The actor a noun phrase stands for (ロシアのプーチン大統領 -> RUS); None if none.

        If every match names the same actor, the most specific one (holder, sector, length)
        wins. Otherwise the head: the last match in head-final Japanese and Korean, the first
        in English ('the ambassador of Japan in Seoul').
        """
        found = self.find_all(text, on)
        if not found:
            return None
        if len({m.codes for m in found}) == 1:
            return max(
                found, key=lambda m: (m.holder is not None, m.sector is not None, m.end - m.start)
            )
        latin = sum(c.isascii() and c.isalpha() for c in text)
        return found[0] if latin * 2 > len(text) else found[-1]

    def office_holder(self, code: str, title: str, on: str | None) -> str | None:
        """Who held `title` (大統領, 대통령, president ...) of `code` over the whole of `on` (a
        year, month or day); without a date, only an office with one holder (国務委員長 of PRK)."""
        return self._offices.holder(code, norm_title(title), on)

    def _dated_at(
        self, norm: str, i: int, on: str | None, out: list[ActorMatch]
    ) -> ActorMatch | None:
        """A surname with a title at i naming the title's holder on `on` (holders.py): at a
        word start (not 資金), not another state's person (韓国の李首相); without a date, none."""
        prev = norm[i - 1] if i > 0 else ""
        if (
            on is None
            or prev
            and (is_katakana(prev) and is_katakana(norm[i]) or is_han(prev) and is_han(norm[i]))
        ):
            return None
        owner = out[-1].codes if out and norm[out[-1].end : i] in self._links else ()
        d = self._dated.at(norm, i, on, owner[0] if len(owner) == 1 else None, self._regime)
        if d is None or len(owner) > 1:
            return None  # no one, or people of two states, of that surname held it then
        sector = self._title_sector.get(d.title) or self._title_sector.get(d.written)
        regime = d.title == d.written and d.title in self._regime.words
        return ActorMatch(norm[i : d.end], (d.code,), sector, i, d.end, d.holder, regime=regime)

    # -- matching ------------------------------------------------------------------------

    def _alone(self, norm: str, low: str, e: Entry, i: int, j: int) -> bool:
        """Whether a one-character abbreviation stands for its state here (resolve/abbrev)."""
        return self._abbrevs.alone_ok(
            norm,
            e,
            i,
            j,
            lambda k: self._match_at(norm, low, k, True),
            lambda a, k: self._suffix_after(norm, low, a, k),  # type: ignore[arg-type]
        )

    def _bare_organ(self, norm: str, out: list[ActorMatch], e: Entry, i: int) -> str:
        """Whose the bare organ (政府, alone the home state's) at i is: 'owned' by the state
        matched before it (フランスの新政府), 'nobody' after a word that makes it no state's or
        a name the tables do not know (各国政府, 州政府, タリバン政府), else ''."""
        owned, unowned = self._ctx.owned.get(e.lang), self._ctx.unowned.get(e.lang)
        if out and owned and owned.fullmatch(norm, out[-1].end, i):
            return "owned"
        if unowned is None or out and out[-1].end == i:
            return ""
        return "nobody" if unowned.search(norm, max(0, i - 12), i) else ""

    def _quoted(self, norm: str, i: int) -> bool:
        """Whether position i is inside a quotation (more marks opened than closed before)."""
        opened = sum(norm.count(c, 0, i) for c in self._ctx.get("quote_open"))
        return opened > sum(norm.count(c, 0, i) for c in self._ctx.get("quote_close"))

    def _match_at(self, norm: str, low: str, i: int, after_match: bool) -> tuple[Entry, int] | None:
        if i + 1 < len(low) and low[i + 1] == norm[i + 1]:  # the narrowed lists are exact
            entries = self._by_two.get(low[i : i + 2]) or self._one_char.get(low[i], ())
        else:
            entries = self._actors.get(low[i], ())
        for e in entries:
            if e.fold_case:
                if not low.startswith(e.key, i) or (e.alias[0].isupper() and not norm[i].isupper()):
                    continue
            elif not norm.startswith(e.key, i):
                continue
            j = i + len(e.key)
            if e.latin:
                j = self._latin_end(norm, e, i, j)
                if j < 0:
                    continue
            elif not self._fits(norm, low, e, i, j, after_match):
                continue
            if e.suffix_only and self._suffix_after(norm, low, e, j) is None:
                continue
            return e, j
        return None

    @staticmethod
    def _latin_end(norm: str, e: Entry, i: int, j: int) -> int:
        """End of a Latin alias at word boundaries (an English plural 's' allowed), or -1."""
        if i > 0 and is_latin(norm[i - 1]) and is_latin(e.alias[0]):
            return -1
        if j < len(norm) and is_latin(norm[j]) and is_latin(e.alias[-1]):
            plural = (
                e.fold_case and norm[j] == "s" and (j + 1 == len(norm) or not is_latin(norm[j + 1]))
            )
            return j + 1 if plural else -1
        return j

    def _fits(self, norm: str, low: str, e: Entry, i: int, j: int, after_match: bool) -> bool:
        first, last = e.alias[0], e.alias[-1]
        before = norm[i - 1] if i > 0 else ""
        after = norm[j] if j < len(norm) else ""
        # katakana words run on: テロ朝, ラテンアメリカ, アメリカン, マリン, クレバー
        if is_katakana(first) and before and is_katakana(before):
            return False
        if is_katakana(last) and after and is_katakana(after):
            return False
        # 語 after a state is its language (ロシア語), 系 a people of its descent (アルバニア系住民)
        if (
            (after in self._ctx.get("language_after") or after in self._ctx.get("descent_after"))
            and e.kind == "actor"
            and (is_han(last) or is_katakana(last))
        ):
            return False
        if is_han(first) or is_katakana(first):
            return self._fits_ja(e, before, after_match)
        if is_hangul(first):
            return self._fits_ko(norm, low, e, i, j, before)
        return True

    def _fits_ja(self, e: Entry, before: str, after_match: bool) -> bool:
        """Japanese rules for forms that begin with a one-character abbreviation."""
        rule = self._ctx.get
        if before in rule("visit_before") and e.kind == "actor":  # 訪米中, 在朝ロシア軍
            return False
        if not before or after_match or not is_han(before) and not before.isdigit():
            return True
        first = e.alias[0]
        if first in rule("time_abbrev") and before in rule("time_before"):
            return False  # 19日米軍, 今朝中国
        if first in rule("during_abbrev") and before not in rule("during_ok"):
            return False  # 期間中国連, 訪問中ロシア
        return not (first in rule("abbrev") and before + first in rule("deny_word"))

    def _fits_ko(self, norm: str, low: str, e: Entry, i: int, j: int, before: str) -> bool:
        """Korean rules for aliases of one or two syllables (한미, 인도, 미국): a word start
        (a few prefixes allowed) and a particle or suffix after them (인도적 is "humanitarian").
        """
        if len(e.alias) > 2:
            return True
        if before and is_hangul(before) and before not in self._ctx.get("prefix"):
            return False
        if len(e.codes) != 1 or e.kind != "actor":
            return True
        return self._ko_tail_ok(norm, j) or self._suffix_after(norm, low, e, j) is not None

    def _ko_tail_ok(self, norm: str, j: int, depth: int = 0) -> bool:
        """After a short Korean name: end of word, or up to two particles then end of word."""
        if j >= len(norm) or not is_hangul(norm[j]):
            return True
        if depth == 2:
            return False
        return any(
            norm.startswith(p, j) and self._ko_tail_ok(norm, j + len(p), depth + 1)
            for p in self._particles
        )

    # -- extension: readings, organs, titles ---------------------------------------------

    def _extend(self, norm: str, low: str, e: Entry, j: int) -> tuple[int, int, Entry | None]:
        """(end of the match, where scanning resumes, the suffix that extended it)."""
        resume = j
        reading = self._reading_end(norm, j)
        if reading:
            resume = reading
        suffix = self._suffix_after(norm, low, e, resume)
        if suffix is not None:
            s, end = suffix
            return end, end, s
        return j, resume, None

    @staticmethod
    def _reading_end(norm: str, j: int) -> int:
        """End of a reading in parentheses right after a name: 金正恩(キム・ジョンウン)."""
        if j >= len(norm) or norm[j] not in "(（":
            return 0
        close = min((k for k in (norm.find(")", j), norm.find("）", j)) if k > j), default=-1)
        if close < 0 or close - j > 30 or any(is_han(c) for c in norm[j + 1 : close]):
            return 0
        return close + 1

    def _suffix_after(self, norm: str, low: str, e: Entry, p: int) -> tuple[Entry, int] | None:
        """The longest organ or title written right after an actor (ロシア国防省, US president)."""
        for link in self._links:
            q = p + len(link)
            if q >= len(norm) or not norm.startswith(link, p):
                continue
            for s in self._suffixes.get(low[q], ()):
                if not low.startswith(s.key, q) or link not in self._ctx.links.get(s.lang, ()):
                    continue
                if s.latin and not e.latin:
                    continue
                if link in self._ctx.particle_links and (len(s.key) < 2 or e.sector):
                    continue
                end = q + len(s.key)
                nxt = norm[end] if end < len(norm) else ""
                if s.latin and nxt and is_latin(nxt) or nxt in self._ctx.not_before.get(s.key, ()):
                    continue
                if nxt and is_katakana(s.key[-1]) and is_katakana(nxt):
                    continue
                return s, end
        return None

    def _holder(self, e: Entry, matched: str, on: str | None) -> str | None:
        """Office holder for a single-state match that ends with a title (米大統領, 러 대통령).

        The longest title or organ word the match ends with decides: 韓国副大統領 ends with
        副大統領, which has no holder for KOR, so it does not fall back to 大統領.
        """
        if len(e.codes) != 1:
            return None
        tail = lower_same_length(matched)
        for n in range(min(self._title_longest, len(tail)), 0, -1):
            if tail[-n:] in self._title_keys:
                return self.office_holder(e.codes[0], tail[-n:], on)
        return None


@lru_cache(maxsize=8)
def _load(data_dir: Path, extra: tuple[Path, ...] = ()) -> ActorResolver:
    return ActorResolver(*read_tables(data_dir, extra))
