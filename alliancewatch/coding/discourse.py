"""What an article has said so far, for the coder (coder.py): its main pair of states, the
parties of the last mentions, the states of the previous sentence, the allies known from
its AID mentions, the last date written; and the small helpers that read actor matches
(a story's matches, a war's enemy, a target's state) and date the event a frame tells.
Language-neutral, like the coder."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date as day_of

from alliancewatch.coding.groups import ORGANISATIONS, Groups
from alliancewatch.coding.names import (
    ORGANS,
    learned_names,
    short_forms,
    surnames,
    titles_again,
)
from alliancewatch.plover import SYMMETRIC
from alliancewatch.resolve.actors import ActorMatch
from alliancewatch.resolve.dates import DateMatch
from alliancewatch.types import ActorRef, Argument, Frame, Mention


class Discourse:
    """What the article is about (its main pair of states) and what was just said (the
    parties of the last mention, the states of the previous sentence), for arguments left
    unsaid and for words like "the two countries" or "the said country"."""

    def __init__(self, counts: Counter[str]) -> None:
        top = [c for c, _ in counts.most_common(2)]
        self.dyad = tuple(top) if len(top) == 2 else ()
        self.recent: str | None = None  # first actor of the last mention: dropped subjects
        # the states of the last mention of each type with two sides or more
        self.parties: dict[str, tuple[str, ...]] = {}
        self.previous: tuple[str, ...] = ()  # the states named in the previous sentence
        self.lately: list[tuple[str, ...]] = []  # those of the last sentences that named any
        self.previous_paragraph: int | None = None  # the paragraph that sentence is in
        self.aid: set[tuple[str, str]] = set()  # (giver, receiver) of every AID so far
        self.last: str | None = None  # the last date written so far in the article
        # the last day-precise one: a report's undated lines after a year or month in passing
        # (本年は…周年) still tell the day its header or lead named (ruling 41)
        self.day: str | None = None
        # the last date written, when it opened a background episode (kind `episode`: 今年1月
        # には…, …したのは昨年4月11日), until another date is written
        self.episode: str | None = None
        self.doers: dict[str, tuple[str, ...]] = {}  # the last doers of each type of event
        self.organ: str | None = None  # the state of the last organ named (ministry, army)
        # the last compound name of each size (한미일, 日米韓: 3) and how many sentences ago
        self.compounds: dict[int, tuple[tuple[str, ...], int]] = {}
        self.met: dict[int, tuple[str, ...]] = {}  # the last joint event's parties, by number
        self.groups = Groups()  # what group words stand for (Language.scoped_groups)
        self.we: tuple[str, ...] = ()  # 'We, the ministers of A, B and C': who 'we' is after
        # the doers of the last sentence that had some (else its first state): what 'it' and
        # 'they' stand for when their own sentence does not say
        self.subject: tuple[str, ...] = ()
        self.speaker: str | None = None  # the state of the previous sentence's claimant
        self.pact: tuple[str, ...] = ()  # the sides of the last agreement (SUPPORT, AGREE)
        # the states of the topic the last sentences set (Language.topic), and its paragraph
        self.topic: tuple[str, ...] = ()
        self.topic_paragraph: int | None = None
        self.topic_organ: str | None = None  # the state of the organ the topic names, if one
        self.outlet: str | None = None  # the state of the last news outlet named
        self.here: tuple[str, ...] = ()  # the states of the topic of the sentence being coded
        # the last mention told, for a pronoun that points back to it (これを否定した): who
        # claimed it, who did it, who it was done to, and how many sentences ago
        self.told_claim: tuple[str, ...] = ()
        self.told_doers: tuple[str, ...] = ()
        self.told_done_to: tuple[str, ...] = ()
        self.told_ago = 0
        # the states the sentence right before named and its paragraph; the paragraph of
        # the sentence being coded
        self.before: tuple[tuple[str, ...], int | None] = ((), None)
        self.paragraph: int | None = None

    def before_other(self, taken: set[str]) -> list[str]:
        """The one state other than `taken` that the sentence right before named, in the
        same paragraph (a reaction's other side: 中国が…開発を本格化させた。日本は…抗議し);
        none when it named two or more others (a rival candidate) or none."""
        states, paragraph = self.before
        others = list(dict.fromkeys(c for c in states if c and c not in taken))
        return others if paragraph == self.paragraph and len(others) == 1 else []

    def carried(self, paragraph: int, across: bool = False) -> tuple[str, ...]:
        """The topic an unsaid subject continues: set in the same paragraph (a new paragraph
        opens a new topic), or anywhere before for a voice noun (談話は: the statement
        named before, whatever paragraph named it)."""
        return self.topic if across or self.topic_paragraph == paragraph else ()

    def topic_set(
        self, codes: list[str], paragraph: int, continued: bool, organ: str | None = None
    ) -> None:
        """After a sentence with a topic: a topic naming states is carried on; one naming
        none (企業は, 専門家は) ends the last, unless it only continues it (談話は). `organ`:
        the state of an organ or official the topic names (中国海軍の報道官は)."""
        if codes or not continued:
            self.topic = tuple(codes)
        if not continued:
            self.topic_organ = organ
        self.topic_paragraph = paragraph

    def told(
        self,
        mentions: list[Mention],
        matches: list[ActorMatch],
        before: tuple[tuple[str, ...], int | None] = ((), None),
    ) -> None:
        """After a sentence: the doers 'it' and 'they' stand for next (its first mention's
        actors, all parties of a joint act; else its first institution: Russia's defence
        ministry said ... It said), who spoke in it ('He rejected' after a quote), and the
        states it named in its paragraph (`before`, for a reaction after it)."""
        self.before = before
        doers = [m for m in mentions if m.actor and m.actor[0].code]
        if doers:
            sides = list(doers[0].actor)
            sides += list(doers[0].recipient) if doers[0].event in SYMMETRIC else []
            self.subject = tuple(codes_of(sides))
        elif organ := first_organ(matches):
            self.subject = (organ,)
        voiced = [m.claimed_by.code for m in mentions if m.claimed_by and m.claimed_by.code]
        self.speaker = voiced[0] if voiced else None

    def just_told(self, m: Mention) -> None:
        """A mention told: what a pronoun after it points back to (これ)."""
        claim = m.claimed_by.code if m.claimed_by and m.claimed_by.code else None
        self.told_claim = (claim,) if claim else ()
        self.told_doers = tuple(codes_of(list(m.actor)))
        self.told_done_to = tuple(codes_of(list(m.recipient)))
        self.told_ago = 0

    def answered(self, event: str) -> list[tuple[str, ...]]:
        """What a pronoun object for what was just told (in this sentence or the one before)
        stands for, best first: for a denial, who claimed it (米国が…運び込んでいると主張して
        いるが、米政府はこれを否定), then who did it; for another stance, who did it (発射した。
        …これに抗議した), then who claimed it."""
        if self.told_ago > 1:
            return []
        # last, for the doer just told reacting again (…と反発し、…と警告した): whom its
        # reaction was aimed at
        if event == "REJECT":
            return [self.told_claim, self.told_doers, self.told_done_to]
        return [self.told_doers, self.told_claim, self.told_done_to]

    def partner(self, code: str, event: str) -> str | None:
        """The other side of the last pair of this type, else of the article's main pair."""
        pair = self.parties.get(event, ())
        if code in pair and len(pair) == 2:
            return next(c for c in pair if c != code)
        if code in self.dyad:
            return self.dyad[1] if code == self.dyad[0] else self.dyad[0]
        return None

    def group(self, n: int, without: list[str] | None = None) -> list[str]:
        """The n states just named: the last mention's parties (for three or more, the last
        joint event of that many), else a compound name of n states in the last sentences,
        else the previous sentence's states, else the article's pair. States named earlier in
        the same sentence (`without`: the subject of 'Tehran summoned the envoys of the three
        countries') are not among the previous sentence's states the group stands for."""
        met = self.parties.get("symmetric", ())  # the last meeting, agreement, cooperation
        if len(met) == n:
            return list(met)
        if n > 2 and n in self.met:  # 3국: the last joint event of three, before a pair's
            return list(self.met[n])
        named, ago = self.compounds.get(n, ((), 0))
        if named and ago <= 2:  # 한미일 … 3국은: a group named as one word, lately
            return list(named)
        previous = [c for c in self.previous if c not in (without or ())]
        if len(previous) > n > 2:  # the three countries after 'A, B and C ... on D':
            return previous[:n]  # the group is named first, as the subject
        if len(previous) >= n:
            return previous[-n:]
        return list(self.dyad) if n == 2 else []

    def named_lately(self, n: int, without: list[str]) -> list[str]:
        """For a group of three or more: the first n states of the latest of the last
        sentences that named n or more besides `without` (AはB、Cとともに輸入禁止を続ける。
        …。Dはこの3か国を提訴した: A, B and C, past a question naming D alone)."""
        for named in reversed(self.lately):
            states = [c for c in named if c not in without and c not in ORGANISATIONS]
            if n > 2 and len(states) >= n:
                return states[:n]
        return []


def in_story(
    found: list[list[ActorMatch]],
    texts: list[str] | None = None,
    tails: re.Pattern[str] | None = None,
    links: tuple[str, ...] = (),
    places: tuple[tuple[str, re.Pattern[str]], ...] = (),
    han_name: re.Pattern[str] | None = None,
    again: re.Pattern[str] | None = None,
) -> list[list[ActorMatch]]:
    """An article's actor matches, sentence by sentence, read as a story: a word that
    stands for a state only where the story names it (the North) is dropped elsewhere, and
    a bare surname (Kim) is the last person of that surname named in full before it (Kim
    Yong Hyun, a minister, not the leader the table gives for the bare name). In a script
    without spaces, a surname with a title or honorific (`tails`: 金氏, 汪報道官) is the last
    person named in full whose name begins with it (金正恩, 汪文斌); `links` are the language's
    links between a state and what it owns (lang/<code>/data/actor_context.tsv), which tell another
    state's person of the same surname; `places` are words that name a state as a place
    (駐日): the story names it, though no party; `han_name` is the language's form of a
    person's name in han characters the tables do not list (金有根), which a state and a link
    before it introduce as that state's person (han_intros); `again` is the language's title
    written again for the one last named with it (同大統領, 大統領は: titles_again)."""
    named = {c for ms in found for m in ms if not m.anaphoric for c in m.codes}
    named |= {c for c, p in places if texts and any(p.search(t) for t in texts)}
    if texts is not None and tails is not None:
        found = learned_names(found, texts, tails, links, han_name)
    out: list[list[ActorMatch]] = []
    full: dict[str, ActorMatch] = {}  # first word -> the last full name that starts with it
    short: dict[str, ActorMatch] = {}  # surname -> the last full name (no spaces) it begins
    for k, ms in enumerate(found):
        kept = []
        for m in ms:
            if m.anaphoric and not set(m.anaphoric) & named:
                continue
            head = m.text.split(" ", 1)
            if len(head) == 2 and m.holder:
                full[head[0]] = m
            elif m.text in full and full[m.text].codes != m.codes:
                f = full[m.text]
                m = replace(m, codes=f.codes, sector=f.sector, holder=f.holder)
            short.update({s: m for s in surnames(m.name)} if m.name else {})
            kept.append(m)
        if texts is not None and tails is not None and short:
            more = short_forms(texts[k], kept, short, tails, links)
            spans = {(m.start, m.end) for m in more}  # a dated government they replace
            kept = sorted(
                [m for m in kept if (m.start, m.end) not in spans] + more, key=lambda m: m.start
            )
        out.append(kept)
    if texts is not None and tails is not None and again is not None:
        out = titles_again(out, texts, tails, again, links)
    return out


def refs_in(matches: list[ActorMatch], start: int, end: int) -> list[ActorRef]:
    refs: list[ActorRef] = []
    for m in matches:
        if m.start < end and m.end > start:
            refs += [ActorRef(m.text, code, m.sector) for code in m.codes]
    return refs


def organ_before(matches: list[ActorMatch], before: int) -> str | None:
    """The state of the last organ (government, military, diplomats, spies) named before."""
    found = [m for m in matches if m.end <= before and m.sector in ORGANS and m.codes[0]]
    return found[-1].codes[0] if found else None


def topic_organ(
    topic: Argument, matches: list[ActorMatch], refs: list[ActorRef], organs: re.Pattern[str] | None
) -> str | None:
    """The state of the organ or official a topic names (中国海軍の報道官は), else, for one by
    title alone (報道官は), the state it was given: it stays the organ the next bare titles
    stand for (報道官は…。報道官はまた、…米国にもある。報道官は…求め: Iran's, not the state of
    a government the sentence between named)."""
    inside = [m for m in matches if topic.start <= m.start and m.end <= topic.end]
    if found := organ_before(inside, topic.end):
        return found
    bare = organs is not None and organs.fullmatch(topic.text) is not None
    return next((r.code for r in refs if r.code), None) if bare else None


def first_organ(matches: list[ActorMatch]) -> str | None:
    """The state of the first institution named in a sentence (Russia's defence ministry
    said ...): the subject a sentence without a coded event leaves for 'It said' after it. A
    person (Biden told reporters) is 'he', not 'it': no institution."""
    return next((m.codes[0] for m in matches if m.sector in ORGANS - {"LEAD"} and m.codes[0]), None)


def event_date(
    f: Frame,
    dates: list[DateMatch],
    factuality: str,
    published: str | None,
    likely_plan_undated: bool = False,
) -> tuple[str | None, str | None]:
    """The date of the event a frame tells, and the text that gave it (spec §6: the
    event's own clause first, then the sentence's adverbial, never a condition's)."""
    if factuality == "hypothetical":  # a condition has not happened: no date (the
        return None, None  # one written is the warning's, not the event's)
    if f.told_now and factuality == "asserted" and published:
        return published[:7], None
    # a starting point (3月10日以来, since 2019) dates no event of its own sentence: the
    # one told is what has lasted, or recurred, since then
    dates = [d for d in dates if d.kind != "since"]
    # a date of a clause that ends before the trigger (the content of what is agreed or
    # asked: 3月15日までに撤収させるよう求め) is that clause's, not the event's
    dates = [d for d in dates if d.scope is None or f.start < d.scope]
    if factuality == "asserted" and published:
        # what has happened is dated no later than the story: a year alone after it is the
        # horizon of a plan the event holds (輸入を2027年から禁止する制裁を採択した, agreed
        # to hold the drills next year too); a later month or day is a schedule, left to the
        # factuality to call planned
        dates = [
            d for d in dates if not (len(d.value or "") == 4 and later_than(d.value, published))
        ]
    for s, e in f.date_spans:  # nearest predicate first, then nearest to the trigger
        bound = [d for d in dates if d.value and d.start < e and d.end > s]
        if bound:
            best = min(bound, key=lambda d: abs(d.start - f.start))
            return best.value, best.text
    # Xは31日、…と非難し: the sentence's time adverbial before the trigger, when the
    # parse did not bind it to the event's own clause
    # (a date `bound` to its own clause, or an `interval` counted from another, is no
    # such adverbial)
    before = [
        d
        for d in dates
        if d.value and d.kind not in ("vague", "interval", "bound") and d.end <= f.start
    ]
    if before and (factuality == "asserted" or (factuality == "planned" and not f.clause_dated)):
        return before[-1].value, before[-1].text
    # North Korea test-fired ... on Thursday, the ministry said (the parse hung the day
    # on another clause): the one day written after an asserted event, when it is no
    # later than publication (not 'drills that run until May 9')
    later = [
        d
        for d in dates
        if d.value
        and len(d.value) == 10
        and d.kind not in ("vague", "interval")
        and d.start >= f.end
        and (not published or d.value <= published[:10])
    ]
    if f.clause_dated and factuality == "asserted" and not before and len(later) == 1:
        return later[0].value, later[0].text
    vague = [
        d for d in dates if d.kind == "vague" or (d.kind == "open" and factuality != "asserted")
    ]
    if vague:
        return None, vague[0].text
    # a plan judged likely (is expected to hold talks) is still ahead: no date of its own
    # (Language.likely_plan_undated)
    ahead = (
        likely_plan_undated
        and factuality == "probable"
        and any(c.label == "planned" for c in f.cues)
    )
    if factuality in ("asserted", "probable") and published and not ahead:
        return published[:7], None  # assessed as done by now
    return None, None


def later_than(value: str | None, published: str) -> bool:
    """An ISO date after the publication date at the precision it has ('2027' > 2025-10-23)."""
    return bool(value) and value > published[: len(value or "")]


def told_day(last: str | None, published: str | None) -> tuple[str, None] | None:
    """A news story tells its events on the day its lead named (…は31日、…発射した。
    政府は…抗議した): an undated sentence takes the last day written, when that day is
    within the week before publication."""
    if not last or not published or len(last) != 10 or len(published) < 10:
        return None
    try:
        gap = (day_of.fromisoformat(published[:10]) - day_of.fromisoformat(last)).days
    except ValueError:
        return None
    return (last, None) if 0 <= gap <= 7 else None


def told_month(
    last: str | None, published: str | None, sentence: str, past: re.Pattern[str] | None
) -> tuple[str, None] | None:
    """A story told in the past stays in the episode it last opened (今年1月には中国を訪れた。
    両国は…格上げし、…署名した): an undated sentence told in the past takes the month of
    the date that opened it (`last`: Discourse.episode), when that month is before
    publication. Only for a language that gives `past` (Language.told_past)."""
    if past is None or not last or not published or len(last) < 7:
        return None
    if last[:7] >= published[:7] or not past.search(sentence):
        return None
    return last[:7], None


def told(
    discourse: Discourse, published: str | None, sentence: str, past: re.Pattern[str] | None
) -> tuple[str, None] | None:
    """The date of an undated sentence from the story around it: the lead's day, the
    episode's month, else the last day written (a report's line after 本年は…周年 in passing
    still tells its header's day, ruling 41)."""
    return (
        told_day(discourse.last, published)
        or told_month(discourse.episode, published, sentence, past)
        or told_day(discourse.day, published)
    )


def unsaid_sides(refs: list[ActorRef]) -> bool:
    """Sides all read from the topic before (ZERO): no word of the sentence names them."""
    return bool(refs) and not any(r.entity_text for r in refs)


def codes_of(refs: list[ActorRef]) -> list[str]:
    return list(dict.fromkeys(r.code for r in refs if r.code))


def enemy(
    actor: list[ActorRef],
    recipient: list[ActorRef],
    matches: list[ActorMatch],
    discourse: Discourse,
) -> list[ActorRef]:
    """Joining another state's war (spec §6) attacks that war's enemy, never the state
    the attacker sends troops to or receives them from (ロシアの戦闘に参加, ロシア軍と
    ともに): an ally named as the target gives way to another state written in the
    sentence, or to none."""
    own = {a.code for a in actor}
    allies = {r for g, r in discourse.aid if g in own}
    allies |= {g for g, r in discourse.aid if r in own}
    kept = [r for r in recipient if r.code not in allies]
    if kept:
        return kept
    others = [
        ActorRef(m.text, c, m.sector)
        for m in matches
        for c in m.codes
        if c not in own and c not in allies
    ]
    return others[:1]


def aimed_at(f: Frame, matches: list[ActorMatch], own: set[str | None]) -> ActorRef | None:
    """The first state in a `target` argument (〜に向けて, at) that is not the actor."""
    for a in f.arguments:
        if a.role != "target":
            continue
        for m in matches:
            if m.start < a.end and m.end > a.start and m.codes[0] not in own:
                return ActorRef(m.text, m.codes[0], m.sector)
    return None


def joined(
    matches: list[ActorMatch],
    taken: set[str],
    text: str,
    trigger: int,
    and_words: re.Pattern[str] | None,
) -> list[str]:
    """The states listed together after the first unsaid one (米国と韓国が…と糾弾: both are
    accused, not the first named): the names joined to it by nothing but and-words, all
    written before the event word (a language sets and_words only where arguments come
    before their predicate; a list after it is a later clause's: 制裁に反対し、中国とイランの
    貿易を…)."""
    if and_words is None or not text:
        return []
    free = [m for m in matches if set(m.codes) - taken]
    if not free or free[0].end > trigger:
        return []
    out: list[str] = []
    for a, b in zip(free, free[1:], strict=False):
        gap = text[a.end : b.start]
        if b.end > trigger or not (
            and_words.fullmatch(gap) or not gap and and_words.search(text[a.end - 1 : a.end])
        ):  # (米・ポーランド: the match may hold the and-word it ends in)
            break
        out += [c for c in b.codes if c not in taken | set(free[0].codes) | set(out)]
    return out
