"""What a group word (両国, 双方, 3カ国, 両首脳, 4閣僚) stands for, in a language that scopes
its groups (Language.scoped_groups): the states listed together just before the word, a
clause of that many states earlier in its sentence, the last talk (for a group of officials),
then the last event of that many states told before the sentence (for two, the article's own
pair instead when that event is sentences old and the pair has acted together before). Never
the two states of an event noun that only modifies another (北朝鮮とロシアの軍事協力の深化に
懸念…双方は: not PRK and RUS), never an organisation. Language-neutral: the words are the
language's data."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from alliancewatch.plover import QUAD, SYMMETRIC, is_cooperation
from alliancewatch.resolve.actors import ActorMatch

# codes that name an organisation, not a state (actors.tsv): no member of "the two countries"
ORGANISATIONS = frozenset({"UNO", "NATO", "EUR", "IGO"})
# acts of one side against another: the two sides a third party's appeal to "both" is about
# (a request is as often a mediator's as a side's, so it tells no sides)
HOSTILE = frozenset(e for e, q in QUAD.items() if q.endswith("conflict") and e != "REQUEST")


def group_size(word: str) -> int:
    """How many a group word counts: its leading numeral (3カ国, ３首脳, 三か国), else two
    (両国, 双方)."""
    digits = re.match(r"\d+", word)
    value = int(digits.group()) if digits else unicodedata.numeric(word[:1] or "x", 0)
    return int(value) if value >= 2 and value == int(value) else 2


def listed_before(
    matches: list[ActorMatch], end: int, text: str, and_words: re.Pattern[str] | None
) -> list[str]:
    """The states of the list that ends with the last state named before `end`: that name
    and those joined to it by nothing but and-words (タイとカンボジアの, 米中, 英仏独), in order.
    Two states named apart (ロシアのウクライナ侵攻: an event and its target) are no list."""
    before = [m for m in matches if m.end <= end and any(m.codes)]
    if not before:
        return []
    run = [before[-1]]
    for m in reversed(before[:-1]):
        gap = text[m.end : run[0].start]
        if and_words is None or not and_words.fullmatch(gap):
            break
        run.insert(0, m)
    return list(dict.fromkeys(c for m in run for c in m.codes if c))


class Groups:
    """The sets of states an article's group words may stand for, kept as it is coded."""

    def __init__(self) -> None:
        # the states of the last event told before this sentence, by number (両国 after
        # タイ軍がカンボジア軍を攻撃した: the two sides); a directed act's doers count as a set
        # of their own (4閣僚は北朝鮮を非難し…双方は: the two doers)
        self.sets: dict[int, tuple[str, ...]] = {}
        self.set_at: dict[int, int] = {}  # the sentence each of `sets` was told in
        self.sentence = 0  # how many sentences have ended
        self.pairs: set[frozenset[str]] = set()  # every pair an act was told between so far
        # the parties of each talk (CONSULT) so far, and whether a speaker reports it (首相から
        # 前日のウクライナ訪問について説明し…伝えたと述べた: told in passing, not the meeting
        # the report is about)
        self.talks: list[tuple[tuple[str, ...], bool]] = []
        # the states of each act of cooperation told as a clause so far (中国の外相とパナマの
        # 外相が共同声明に署名した。…両外相は: the two signers, when no talk was told)
        self.accords: set[frozenset[str]] = set()
        # this sentence's clauses with two states or more, where they start (AはBと会談し、
        # 両国の…): no event noun, which may be a modifier (ロシアのウクライナ侵攻を機に…両国の)
        self.joint: list[tuple[int, tuple[str, ...]]] = []
        # the starts of those clauses whose states all act (a talk, an accord, a list of
        # doers), not one doer and the state it acts on: only they hold the officials a
        # people word (両首脳) counts
        self._together: set[int] = set()
        self._now: dict[int, tuple[str, ...]] = {}
        # the size and the set the last joint clause replaced in _now, to put back
        self._undo: tuple[int, tuple[str, ...]] = (0, ())
        # the doer and target of the last hostile act told (タイ軍がカンボジア軍を攻撃し…
        # マレーシアは双方に自制を求めた: the two sides, not the last pair of any event)
        self.hostile: tuple[str, ...] = ()
        # every pair a hostile act was told between so far (パキスタンがイランの攻撃に抗議…
        # 米国はイランを批判…中国は両国に自制を: the article's own pair, if among them, is the
        # two sides a third party's appeal is about, not the last critic and its target)
        self.conflicts: dict[frozenset[str], tuple[str, ...]] = {}  # as last told
        self._met: set[str] = set()  # the partners of this sentence's talks
        # the most states one act of the last sentence had (米国と日本、韓国は…首脳会談を開いた:
        # three): after three or more acting together, "the two" stands for no guess
        self.widest = 0
        self._widest = 0
        # the pairs of states this sentence writes as a list (イランと日本の…), where each ends,
        # and the last one the sentence before wrote: "the two" just named (spec §6)
        self._pairs: list[tuple[int, tuple[str, ...]]] = []
        self.pair_before: tuple[str, ...] = ()

    def written(self, pairs: list[tuple[int, tuple[str, ...]]]) -> None:
        """The pairs of states the sentence being coded writes as lists (WrittenLists.pairs)."""
        self._pairs = pairs

    def note(
        self,
        event: str,
        actor: list[str],
        sides: list[str],
        start: int,
        clause: bool,
        reported: bool = False,
    ) -> None:
        """A mention of this sentence: its states, its doers, where its clause starts and
        whether it is told inside someone's statement (`reported`)."""
        states = tuple(c for c in dict.fromkeys(sides) if c not in ORGANISATIONS)
        doers = tuple(c for c in dict.fromkeys(actor) if c not in ORGANISATIONS)
        self._widest = max(self._widest, len(states))
        if event == "CONSULT" and len(states) >= 2:
            self.talks.append((states, reported))
            self._met |= set(states) - set(doers)
        # never a state met in the same sentence (ヨルダン国王と会談した際、撃墜を非難し: the
        # host of the talk is no side of the conflict told)
        met = (set(states) - set(doers)) & self._met
        if event in HOSTILE and len(states) == 2 and len(doers) == 1 and not met:
            self.hostile = states
            self.conflicts[frozenset(states)] = states
        if not clause:  # an event noun: often what another event is about (懸念, 非難)
            return
        if is_cooperation(event) and len(states) >= 2 and not reported:
            self.accords.add(frozenset(states))
        if self.joint and self.joint[-1][0] == start and set(self.joint[-1][1]) & set(states):
            # one act told apart per partner (AはB、Cとそれぞれ協議し、双方に: all of them);
            # its first part is no pair of its own
            part = self.joint.pop()[1]
            size, older = self._undo
            self._now.pop(size, None)
            if older:
                self._now[size] = older
            states = tuple(dict.fromkeys(part + states))
        if event in SYMMETRIC or len(doers) >= 2:
            self._together.add(start)
        if len(states) >= 2:
            self._undo = (len(states), self._now.get(len(states), ()))
            self._now[len(states)] = states
            self.joint.append((start, states))
        if event not in SYMMETRIC and len(doers) >= 2:
            self._now[len(doers)] = doers

    def end_sentence(self) -> None:
        self.sets.update(self._now)
        self.set_at.update(dict.fromkeys(self._now, self.sentence))
        self.pairs |= {frozenset(p) for n, p in self._now.items() if n == 2}
        self.sentence += 1
        self.widest, self._widest = self._widest, 0
        self.pair_before = self._pairs[-1][1] if self._pairs else ()
        self._pairs = []
        self._now = {}
        self.joint = []
        self._together = set()
        self._met = set()

    def candidates(
        self,
        n: int,
        people: bool,
        at: int,
        compound: tuple[str, ...],
        addressed: bool = False,
        pair: tuple[str, ...] = (),
        listed: bool = True,
    ) -> Iterator[tuple[str, ...]]:
        """What a group word at `at` may stand for when no list stands right before it, best
        first: a clause of its sentence before it (AはB、Cとそれぞれ協議し、双方に: the last
        clause's partners), a group of officials' last talk (両首脳, 3首脳; 4閣僚 of a 2+2,
        two ministers a state) narrated, before one a speaker reports, a compound named
        lately (`compound`), the article's `pair` when the last event of two states is older
        than the sentence before and an act between the pair was told (米国はイランの関与を
        指摘した。…。両国の外相は: Saudi Arabia and Iran again), the last event of n states
        told before the sentence;
        `addressed`: the word is what a third party asks of (双方に自制を求めた), so
        the two sides of a hostile act come first: the article's `pair` when a hostile act was
        told between them, else those of the last; for two states, unless the word names the
        sides of an act (not `listed`: 双方), the pair last written as a list, in the sentence
        before the word or in the sentence before it."""
        for start, sides in reversed(self.joint):
            # 首相から、日本がウクライナを支援してきた旨述べ、両首脳は: the two leaders are
            # not those of the giver and the receiver the speaker told of
            if people and start not in self._together:
                continue
            if start < at and len(sides) >= n:
                yield sides[-n:]
        written = [p for end, p in self._pairs if end <= at] or [self.pair_before]
        if addressed and n == 2:
            if listed and not people and written[-1]:  # 両国に…迫った: the pair just written
                yield written[-1]
            if len(pair) == 2 and frozenset(pair) in self.conflicts:
                yield self.conflicts[frozenset(pair)]
            yield self.hostile
        if people:  # the talks narrated first, then those a speaker reports
            for told in (False, True):
                for t, reported in reversed(self.talks):
                    if reported == told and (len(t) == n or (n > 3 and 2 * len(t) == n)):
                        yield t
            # else the article's own pair, when an act of cooperation between them was told
            # (中国の外相とパナマの外相が署名し…台湾との関係を断つと約束…両外相は: not Taiwan)
            if len(pair) == n and frozenset(pair) in self.accords:
                yield pair
        elif n == 2 and listed:  # the pair written as a list before it in its sentence,
            # else in the one before (…イランと日本の友好関係を示すと述べた。…両国は協議を続ける)
            yield written[-1]
        yield compound
        stale = n in self.sets and self.sentence - self.set_at[n] > 1
        if n == 2 and not people and stale and frozenset(pair) in self.pairs:
            # the last pair's act was told sentences ago (米国はイランの関与を指摘した。…。
            # 両国の外相は): "the two" is the pair the article is about, back in view, if an
            # act between them was told (not a mediator named often: 中国…サウジとイランの双方)
            yield pair
        yield self.sets.get(n, ())


# a name's other form in brackets right after it (アラブ首長国連邦(UAE)、): part of the name
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _states(run: list[ActorMatch]) -> list[str]:
    """The states of a list's names, in order, each once."""
    return list(dict.fromkeys(c for r in run for c in r.codes if c))


class WrittenLists:
    """The lists of states an article writes (A、B、C、Dの4カ国; AとB(略称)、C), by size, so
    that a counted group written apart from its list (4カ国は, 4カ国の決定) stands for the last
    list of that many states, in its sentence or before it. Only counts of three or more: a
    pair has its own words (両国), and 2カ国間 is a kind of talk, not an anaphor."""

    def __init__(
        self,
        counted: re.Pattern[str] | None,
        and_words: re.Pattern[str] | None,
        pair_open: re.Pattern[str] | None = None,
        parallel: tuple[re.Pattern[str] | None, re.Pattern[str] | None] = (None, None),
    ):
        self.counted = counted
        self.and_words = and_words
        self.pair_open = pair_open  # what after a list of two makes it no pair (pairs)
        self.parallel = parallel  # what makes two subjects of parallel clauses a pair
        self.by_size: dict[int, tuple[str, ...]] = {}

    def _runs(self, text: str, matches: list[ActorMatch]) -> Iterator[list[ActorMatch]]:
        """Each list of the sentence: the names it joins, in order."""
        assert self.and_words is not None
        run: list[ActorMatch] = []
        for m in (m for m in matches if any(m.codes)):
            gap = text[run[-1].end : m.start] if run else ""
            if run and gap[:1] in ("(", "（") and text[m.end : m.end + 1] in (")", "）"):
                continue  # the bracketed other name of the one before
            if run and not self.and_words.fullmatch(BRACKETED.sub("", gap)):
                yield run
                run = []
            run.append(m)
        if run:
            yield run

    def pairs(self, text: str, matches: list[ActorMatch]) -> list[tuple[int, tuple[str, ...]]]:
        """The sentence's lists of two states named apart (イランと日本の…), where each ends:
        what "the two" written after them may stand for. Not a compound (英米: Discourse.
        compounds keeps those), a list with an organisation, nor one `pair_open` follows: the
        partners of a third state's act (豪州が米国、ニュージーランドと結んだ), a list left open
        (米国や英国など), a subject (its acts tell the pair when they are events; when not, the
        two may be a third party: カタールとトルコが仲介役を務めた。…双方は)."""
        if self.and_words is None or self.pair_open is None:
            return []
        out = []
        for run in self._runs(text, matches):
            states, end = tuple(_states(run)), run[-1].end
            if len(run) != len(states) or len(states) != 2 or set(states) & ORGANISATIONS:
                continue
            if not self.pair_open.match(BRACKETED.sub("", text[end : end + 32])):
                out.append((end, states))
        return sorted(out + self._parallel(text, matches))

    def _parallel(self, text: str, matches: list[ActorMatch]) -> list[tuple[int, tuple[str, ...]]]:
        """The pairs of states written as the subjects of parallel clauses, next to each
        other (インドは核実験を行い、パキスタンも続いた): told apart, yet "the two" after them."""
        gap, also = self.parallel
        if gap is None or also is None:
            return []
        named = [m for m in matches if len(m.codes) == 1 and m.codes[0]]
        out = []
        for a, b in zip(named, named[1:], strict=False):
            states = (a.codes[0], b.codes[0])
            if states[0] == states[1] or set(states) & ORGANISATIONS:
                continue
            if gap.match(text[a.end : b.start]) and also.match(text[b.end : b.end + 4]):
                out.append((b.end, states))
        return out

    def extend(self, text: str, matches: list[ActorMatch]) -> list[ActorMatch]:
        """The sentence's matches with each counted group that its list does not precede
        read as a match of that list's states; the sentence's lists are kept for later."""
        if self.counted is None or self.and_words is None:
            return matches
        runs = [(run[-1].end, _states(run)) for run in self._runs(text, matches)]
        added: list[ActorMatch] = []
        for g in self.counted.finditer(text):
            n = group_size(g.group())
            if n < 3 or any(m.start < g.end() and g.start() < m.end for m in matches):
                continue
            lists = {len(c): c for end, c in runs if end <= g.start()}
            if any(len(c) > 1 and 0 <= g.start() - end <= 1 for end, c in runs):
                continue  # A、B、Cの3カ国: the list is written right there
            states = tuple(lists[n]) if n in lists else self.by_size.get(n, ())
            if len(states) == n:
                added.append(ActorMatch(g.group(), states, None, g.start(), g.end()))
        for _, codes in runs:
            if len(codes) >= 3:
                self.by_size[len(codes)] = tuple(codes)
        return sorted(matches + added, key=lambda m: m.start) if added else matches
