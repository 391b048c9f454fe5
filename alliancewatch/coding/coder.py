"""Frames -> PLOVER mentions, for every language: actors, implicit arguments, factuality,
date, claimant, and one mention per type and actors in a sentence (spec §1).

A language hands in frames that carry their resolved trigger, typed roles (lang.ROLES),
cues and speaker (types.Frame); its Language gives the words for "the two states just
named", the contexts that make a state name no actor, and its date expressions. Nothing
here knows a language's words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from alliancewatch.coding.bodies import Bodies, BodyTable
from alliancewatch.coding.discourse import (
    Discourse,
    aimed_at,
    codes_of,
    enemy,
    event_date,
    in_story,
    joined,
    organ_before,
    refs_in,
    told,
    topic_organ,
    unsaid_sides,
)
from alliancewatch.coding.envoys import named_officials, posted_envoys
from alliancewatch.coding.groups import WrittenLists
from alliancewatch.coding.headdates import headline_dates
from alliancewatch.coding.keep import apply, features, wanted
from alliancewatch.coding.roles import needs_recipient
from alliancewatch.coding.sides import Sides
from alliancewatch.config import Settings
from alliancewatch.lang import ALLY, BEFORE, JUDGE, OUTLET, TOLD, ZERO, Language
from alliancewatch.plover import FACTUALITY, SYMMETRIC
from alliancewatch.resolve import context
from alliancewatch.resolve.actors import ActorMatch, ActorResolver
from alliancewatch.resolve.dates import DateMatch, anaphora_context
from alliancewatch.types import ActorRef, Article, Attribution, Frame, Mention, Sentence

_PRECEDENCE = {label: k for k, label in enumerate(FACTUALITY)}
# Types whose unsaid side may come from the article's main pair of states, not only from
# the sentence: giving (…ロシアに対する兵力支援: the giver is the article's subject).
DYAD_TYPES = frozenset({"AID"})
# Types that make a pact or a joint text, whose sides 'the pact' stands for afterwards.
AGREEMENTS = frozenset({"SUPPORT", "AGREE"})
Dates = list[DateMatch]


class Coder(Sides):
    """The event coder of one language; `code` turns an article's parsed sentences into
    mentions. The language must have a frame builder (Language.has_coder)."""

    def __init__(self, language: Language, settings: Settings) -> None:
        if language.frames is None:
            raise ValueError(f"{language.name} has no event coder (no frame builder)")
        self.language = language
        self.settings = settings
        self.keeping = wanted(language.data_dir, settings)  # the keep step reads features
        self.frame_builder = language.frames
        own = language.data_dir / "actors.tsv"  # the language's aliases beside the shared ones
        self.actors = ActorResolver.load(settings.data_dir, (own,) if own.exists() else ())
        self.not_actor = language.not_actor
        self.both = language.both_words
        self.same = language.same_words
        self.own = language.own_words
        self.partner_marker = language.partner_marker
        self.groups = language.group_words
        self.organs = language.organ_words
        self.documents = language.document_words
        self.and_words = language.and_words
        self.each_other = language.each_other
        self.scoped = language.scoped_groups
        self.people = language.people_words
        self.hosts = dict(language.envoy_hosts)
        self.no_state_doer = language.no_state_doer
        self.parsed = language.parse is not None  # frames are built from tokens
        self.topics = language.topic
        self.told_past, self.background = language.told_past, language.background_told
        self.likely_plan_undated = language.likely_plan_undated
        # the organs and meetings a bare word may stand for (bodies.py)
        self.bodies = BodyTable.of(language, context.load().owned.get(language.code))
        # links joining a state to what it owns (ロシアの, -): whose a titled surname is (in_story)
        self.owner_links = context.load().links.get(language.code, ())

    def _actors(self, text: str, on: str | None) -> list[ActorMatch]:
        """The actors of a sentence; `on`, the article's date, dates its office holders."""
        after, before = self.not_actor
        return [
            m
            for m in self.actors.find_all(text, on)
            if not any(p.match(text, m.end) for p in after)
            and not any(p.search(text, 0, m.start) for p in before)
        ]

    def _dates(self, text: str, pub: str | None, day: str | None, last: str | None) -> Dates:
        """Date expressions of one sentence; anaphoric ones (the same day, year, month) count
        from the article's dates before it (spec §6; resolve/dates.anaphora_context)."""
        find = self.language.find_dates
        if not find:
            return []
        prefix = anaphora_context(day, last)
        if not prefix:
            return find(text, pub)
        shift = len(prefix)
        return [
            replace(
                d,
                start=d.start - shift,
                end=d.end - shift,
                scope=None if d.scope is None else d.scope - shift,
            )
            for d in find(prefix + text, pub)
            if d.start >= shift
        ]

    def code(self, article: Article, sentences: list[Sentence]) -> list[Mention]:
        texts = [s.text for s in sentences]
        found = in_story(
            [self._actors(t, article.published) for t in texts],
            texts,
            self.language.name_tails,
            self.owner_links,
            self.language.place_words,
            self.language.han_name,
            self.language.title_again,
        )
        counts: Counter[str] = Counter()
        for s, ms in zip(sentences, found, strict=True):
            for m in ms:
                counts.update({c: 2 if s.is_title else 1 for c in m.codes})
        discourse = Discourse(counts)
        # 程永華駐日大使, 丹羽大使: an envoy by post only is the other state of the main pair
        found = posted_envoys(
            found, texts, self.language, self.actors, discourse.dyad, self.owner_links
        )
        # 斎木昭隆外務次官, 小野寺大臣: by name and post alone the press's own (シン大臣: the other)
        found = named_officials(found, texts, self.language, discourse.dyad, self.owner_links)
        out: list[Mention] = []
        last: str | None = None  # the last date written so far in the article
        day: str | None = None  # the last day-precise one: what 同日, the same day refer to
        bodies = Bodies(self.bodies)
        lists = WrittenLists(self.language.counted_states, self.and_words, self.language.pair_open)
        lists.parallel = (self.language.parallel_gap, self.language.parallel_also)
        for k, (s, matches) in enumerate(zip(sentences, found, strict=True)):
            matches = bodies.read(s.text, matches, k)  # 軍事政権は: the junta named before
            matches = lists.extend(s.text, matches)  # 4カ国は: the last list of four
            discourse.groups.written(lists.pairs(s.text, matches))  # 両国 after AとBの
            if self.parsed and not s.tokens:
                continue  # the parser found nothing to read in it
            dates = self._dates(s.text, article.published, day, last)
            # a date of a relative clause, a starting point or the end of a span (20日に就任した
            # 総統, 8日から13日にかけて), or of background, is no day the story tells: 同日 skips it
            news = [d for d in dates if d.value and d.kind not in ("bound", "since", "range")]
            last = next((d.value for d in reversed(news)), last)
            if not (self.background and self.background.search(s.text)):  # told before the day
                day = next((d.value for d in reversed(news) if len(d.value or "") == 10), day)
            if news:  # 今年1月には…: a time that opens a background episode (kind `episode`)
                discourse.episode = news[-1].value if news[-1].kind == "episode" else None
            elif self.told_past is not None and not self.told_past.search(s.text):
                discourse.episode = None  # …を批判しています: the story is back in its present
            discourse.last, discourse.day, discourse.paragraph = last, day, s.paragraph
            seen: dict[tuple, int] = {}
            # the sentence's own topic, over its clauses that leave the subject unsaid
            topic = self.topics(s) if self.topics is not None else None
            here: tuple[str, ...] = ()
            if topic is not None and topic.marker != ZERO:
                here = tuple(codes_of(self._arg_refs(topic, s, matches, discourse)))
            told = len(out)  # this sentence's mentions are out[told:]
            sent: set[tuple[str | None, str | None]] = set()
            for f in self.frame_builder(s, self.settings):
                # the topic written before the predicate, not a reporter after it
                discourse.here = here if topic is not None and topic.end <= f.start else ()
                m = self._mention(article, s, f, matches, dates, discourse)
                if m is None:
                    continue
                if self.keeping:
                    m = replace(m, keep=features(f, m, s, matches, discourse.dyad))
                if m.event == "AID":  # allies known from the sentences before this one
                    sent |= {(a.code, r.code) for a in m.actor for r in m.recipient}
                sides = codes_of(list(m.actor + m.recipient))
                doers = sides if m.event in SYMMETRIC else codes_of(list(m.actor))
                if doers:
                    discourse.doers[m.event] = tuple(doers)
                discourse.just_told(m)  # what これ points back to next
                if self.scoped:  # what 'the two countries' may stand for next
                    actors = codes_of(list(m.actor))
                    discourse.groups.note(
                        m.event,
                        actors,
                        sides,
                        f.start,
                        not f.nominal and not f.described,
                        m.claimed_by is not None,
                    )
                if len(sides) >= 2:
                    kind = "symmetric" if m.event in SYMMETRIC else m.event
                    discourse.parties[kind] = tuple(sides)
                    if kind == "symmetric":  # the last joint event of each size (3국: 3)
                        discourse.met[len(set(sides))] = tuple(dict.fromkeys(sides))
                    if m.event in AGREEMENTS:  # what 'the pact' stands for from now on
                        discourse.pact = tuple(sides)
                codes = (
                    m.event,
                    tuple(sorted({a.code for a in m.actor})),
                    tuple(sorted({r.code for r in m.recipient})),
                )
                if m.event in SYMMETRIC:
                    codes = (m.event, tuple(sorted(set(codes[1]) | set(codes[2]))), ())
                if m.actor and m.actor[0].code:
                    discourse.recent = m.actor[0].code
                if codes not in seen:  # spec §1: same type and actors in a sentence: one mention
                    seen[codes] = len(out)
                    out.append(m)
                elif out[seen[codes]].claimed_by is None and m.claimed_by is not None:
                    out[seen[codes]] = replace(out[seen[codes]], claimed_by=m.claimed_by)
                back = (m.event, codes[2], codes[1])  # 両国は相手側を非難した: both ways
                if len(codes[1]) == len(codes[2]) == 1 and back not in seen and self._mutual(f):
                    seen[back] = len(out)
                    out.append(replace(m, actor=m.recipient, recipient=m.actor))
            discourse.aid |= {(a, r) for a, r in sent if a and r}
            discourse.groups.end_sentence()
            discourse.told_ago += 1
            discourse.here = ()
            if topic is not None:  # what the next sentences' unsaid subjects continue
                refs = self._arg_refs(topic, s, matches, discourse)
                organ = topic_organ(topic, matches, refs, self.organs)
                continued = topic.marker in (ZERO, OUTLET)
                discourse.topic_set(codes_of(refs), s.paragraph, continued, organ)
            named = codes_of(refs_in(matches, 0, len(s.text)))
            # for 'it', 'they' and 'he' after it; a reaction's other side (BEFORE)
            discourse.told(out[told:], matches, (tuple(named), s.paragraph))
            holders = codes_of(refs) if topic is not None else []
            bodies.held(s.text, holders, k, out[told:])  # 首脳会議を開き
            if named:
                discourse.previous = tuple(named)
                discourse.lately = [*discourse.lately[-2:], tuple(named)]
                discourse.previous_paragraph = s.paragraph
            discourse.organ = organ_before(matches, len(s.text)) or discourse.organ
            outlets = [m.codes[0] for m in matches if m.sector == "MED" and m.codes[0]]
            discourse.outlet = outlets[-1] if outlets else discourse.outlet
            discourse.compounds = {k: (c, ago + 1) for k, (c, ago) in discourse.compounds.items()}
            for m in matches:
                if len(set(m.codes)) >= 2 and all(m.codes):
                    discourse.compounds[len(set(m.codes))] = (tuple(dict.fromkeys(m.codes)), 1)
        kept = apply(out, self.language.data_dir, self.settings)  # ruling 51: headline days
        return headline_dates(kept, out, sentences, found, self.language, article.published)

    # -- unsaid sides ------------------------------------------------------------------

    def _fill(
        self,
        event: str,
        actor: list[ActorRef],
        recipient: list[ActorRef],
        matches: list[ActorMatch],
        discourse: Discourse,
        written: set[str],
        voice: str,
        source: frozenset[str] = frozenset(),
        pair: bool = False,
        denied: bool = False,
        about: str = "",
        talkers: frozenset[str] = frozenset(),
        text: tuple[str, int] = ("", 0),
        alone: bool = False,
        talked: bool = False,
    ) -> tuple[list, list, bool] | None:
        """Complete a frame with one side unsaid from the discourse; None if impossible.

        A destination that is written but names no state (第三国に輸出) is not filled; the
        states of those who talk about an event noun (`talkers`) fill no side of it, wherever
        else in the sentence they are named (日本政府はイランの攻撃を非難し、上川外相は…);
        an act they judge (`talked`, marker JUDGE) with its doer written takes no other side
        from elsewhere in the sentence either."""
        if event in SYMMETRIC:  # both parties must be written: 協議 alone is often domestic
            if len(actor) + len(recipient) >= 2:
                return actor, recipient, False
            one = (actor, [], False) if alone and actor else None  # an open pact signed
            if not pair or len(discourse.dyad) != 2:
                return one
            # a treaty ratified or in force: the parties are the pair the article is about
            have = {r.code for r in actor + recipient}
            if have and not have <= set(discourse.dyad):
                return one
            parties = actor + recipient
            parties += [ActorRef("", c, None) for c in discourse.dyad if c not in have]
            return parties[:1], parties[1:], True
        if not actor and not recipient:
            return None
        if not needs_recipient(event):
            return (actor, recipient, False) if actor else None
        if actor and recipient:
            return actor, recipient, False
        # an unsaid side of any type may come from the discourse (limiting it to AID raised
        # precision on the first development set from 0.85 to 0.94 but cut recall 0.66 -> 0.54)
        if event == "AID" and not recipient and voice == "active" and "recipient" in written:
            return None
        known = (actor or recipient)[0].code or ""
        taken = {r.code for r in actor + recipient}
        groups = [g for m in matches if (g := [c for c in m.codes if c not in taken | talkers])]
        others = [c for g in groups for c in g]
        fill: list[str] = []
        if event in DYAD_TYPES:
            other = discourse.partner(known, event)
            if other in taken:
                return None
            # the article's pair is often its reporter and a subject (韓国の情報機関は、北朝鮮が
            # …派兵した): the claimant is never the unsaid side; another written state may be
            unsaid = [c for c in others if c not in source]
            if other in source and not denied:  # a party may deny it (…事実はない)
                other = None
            if other is None and unsaid:
                other = unsaid[0]
            if other is None and not source:
                other = others[0] if others else None
            fill = [other] if other else []
        elif about and actor and set(discourse.doers.get(about, ())) - taken:
            # rejected the criticism, condemned the launch: the doers of the event just told
            fill = [c for c in discourse.doers[about] if c not in taken]
        elif groups and not (talked and actor):  # another state written in the same sentence,
            # never a guess from afar (nor for a talked-about act: 米国の攻撃を批判したが、英国は);
            fill = groups[0]  # a compound whole (日米韓の訓練を非難: all three)
            fill = fill + joined(matches, taken | talkers, *text, self.language.and_words)
        elif about == TOLD and actor:  # …と非難した。…はこれを否定した: with no other state in
            # its sentence, who claimed or did what the sentence before told
            told = next((g for g in discourse.answered(event) if set(g) - taken), ())
            fill = [c for c in told if c not in taken]
        elif about == BEFORE and actor and not unsaid_sides(actor):  # …と抗議し: the one
            fill = discourse.before_other(taken | talkers)  # state named just before
        if not fill:
            return (actor, [], False) if alone and actor and not recipient else None
        ref = [ActorRef("", c, None) for c in fill]
        return (actor, ref, True) if actor else (ref, recipient, True)

    # -- one mention -------------------------------------------------------------------

    def _mention(
        self,
        article: Article,
        s: Sentence,
        f: Frame,
        matches: list[ActorMatch],
        dates: list[DateMatch],
        discourse: Discourse,
    ) -> Mention | None:
        event = f.event
        actor, recipient, at_home = self._sides(f, s, matches, discourse)
        if (
            event in SYMMETRIC
            and f.voice == "receptive"
            and len(actor + recipient) > 1
            and not any(
                r.code
                for a in f.arguments
                if a.role in ("agent", "topic")
                for r in self._arg_refs(a, s, matches, discourse)
            )
        ):
            return None  # 米英などの協力を得て迎撃した: the givers are one side only
        if f.partner and f.partner not in {r.code for r in actor + recipient}:
            recipient = [*recipient, ActorRef(f.trigger, f.partner, None)]
        if (
            f.place_event
            and actor
            and not recipient
            and f.voice == "active"
            and any(a.role == "recipient" for a in f.arguments)
        ):
            event = f.place_event  # 艦艇を周辺海域に派遣: sent to a place, not to a state
        speaking = refs_in(matches, f.speaker.start, f.speaker.end) if f.speaker else []
        one = set(codes_of(actor + recipient + speaking))
        if (
            event in SYMMETRIC
            and f.place_event
            and len(one) == 1
            and not any(set(m.codes) - one for m in matches)
        ):
            # 中国軍による合同演習 (its branches together): one state's exercise, when no
            # other state is written; with none of its own, the organ announcing it
            event, actor, recipient = f.place_event, actor or recipient or speaking[:1], []
        if event == "MOBILIZE" and actor:
            target = aimed_at(f, matches, {a.code for a in actor})
            if target:  # イスラエルに向けてミサイルを発射: fired at a state
                event, recipient = "ASSAULT", [target]
        if event == "MOBILIZE" and f.voice == "receptive":
            return None
        if (
            event == "MOBILIZE" and not actor and discourse.recent and not f.nominal and not matches
        ):  # a launch told right after its actor was named
            actor, implicit_actor = [ActorRef("", discourse.recent, None)], True
        else:
            implicit_actor = False
        if f.joint_event and len({r.code for r in actor if r.code}) > 1:
            if f.joint_event == "NONE":
                return None  # several states sign a procedure for a deployment: no deployment
            event = f.joint_event  # a deployment plan several states announce: agreed
            if event in SYMMETRIC:
                recipient = []  # by those who announce it, not the state it is for
        if event == "MOBILIZE":  # 米軍と演習を行った: held with another's forces (with no
            # doer of its own, the organ announcing it: 国防省は…と合同の哨戒飛行を行ったと発表)
            doers = actor or speaking[:1]
            partners = self._partners(f, s, matches, discourse, doers)
            if partners and doers:
                actor = doers + partners
        if event == "MOBILIZE" and len({r.code for r in actor}) > 1 and f.joint_event != event:
            event = "COOPERATE"  # an exercise held by several states together
        written = {a.role for a in f.arguments}
        if at_home and not recipient and needs_recipient(event):
            return None  # 自国民に…渡航を控えるよう呼びかけた: no other state is its side
        # the claimant is the source, never a side filled in for it (国情院は…とみている)
        sp = f.speaker
        # nor a state named inside a thing or an event the frame is about (…への派兵を非難)
        closed = [(a.start, a.end) for a in f.arguments if not a.participant]
        if sp:
            closed.append((sp.start, sp.end))
        unsaid = [m for m in matches if not any(s <= m.start and m.end <= e for s, e in closed)]
        source = frozenset(codes_of(refs_in(matches, sp.start, sp.end)) if sp else [])
        # and the one who talks about an event noun (its "claim" role: 韓国政府は北朝鮮の
        # 派兵を非難した) is no unsaid side of it either, nor who has another do it (the
        # causer: ロシアは北朝鮮軍を戦闘に参加させた) unless the roles table names it, nor an
        # ally it is done with (marker ALLY: fought alongside the Russian army)
        talkers = frozenset(
            c
            for a in f.arguments
            if a.role in ("claim", "causer") or a.marker == ALLY
            for c in codes_of(refs_in(matches, a.start, a.end))
        )
        source |= talkers
        # a treaty act fills its pair only when it is told of a treaty (a named thing among
        # its arguments) or as a verb with one party written, not a bare noun (署名後の会見)
        named = any(not a.participant for a in f.arguments)
        pair = f.pair and (named or (bool(actor or recipient) and not f.nominal))
        filled = self._fill(
            event,
            actor,
            recipient,
            unsaid,
            discourse,
            written,
            f.voice,
            source,
            pair,
            any(c.label == "negated" for c in f.cues),
            f.about,
            talkers,
            (s.text, f.start),
            f.alone,
            any(a.marker == JUDGE for a in f.arguments),
        )
        if filled is None or filled[2] and not actor and self._doer_unnamed(event, f):
            return None  # 野党側は政府を批判した: a doer written that names no state is none
        if filled[2] and event in DYAD_TYPES and unsaid_sides(actor) and not recipient:
            return None  # a topic's state giving to the article's other state: two guesses
        actor, recipient, implicit = filled
        if event == "ASSAULT" and actor and recipient:
            mine = [m for m in unsaid if not set(m.codes) & source]
            mine.sort(key=lambda m: abs(m.start - f.start))  # the nearest to the fighting
            recipient = enemy(actor, recipient, mine, discourse)
            if not recipient:
                return None
        implicit = implicit or implicit_actor
        if any(c.label == "unreal" for c in f.cues):
            return None  # the content of a request or demand did not happen (撤収を求めた)
        cue = min(f.cues, key=lambda c: _PRECEDENCE[c.label], default=None)
        factuality = cue.label if cue else "asserted"
        date = event_date(f, dates, factuality, article.published, self.likely_plan_undated)
        if date == (article.published[:7] if article.published else None, None) and not dates:
            date = told(discourse, article.published, s.text, self.told_past) or date
        claimed = None
        if f.speaker is not None:
            codes = codes_of(refs_in(matches, f.speaker.start, f.speaker.end))
            claimed = Attribution(f.speaker.text, f.speaker_cue or "", codes[0] if codes else None)
        return Mention(
            doc=article.doc,
            language=self.language.code,
            event=event,
            actor=tuple(actor),
            recipient=tuple(recipient),
            date=date[0],
            date_text=date[1],
            factuality=factuality,
            factuality_cue=cue.text if cue else None,
            claimed_by=claimed,
            sentence=s.text,
            sequence=s.index,
            start=s.start,
            end=s.end,
            trigger=f.trigger,
            trigger_start=f.start,
            mode=f.mode,
            context=f.context,
            implicit=implicit,
        )
