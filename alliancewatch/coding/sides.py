"""Which states a frame's arguments name, and so its actor and recipient (spec §1, §6).

An argument names states by the actor aliases inside it, or, when it names none, by what
the discourse says its words stand for: the topic carried from the sentences before (an
unsaid subject), the last outlet, the states just named (両国, the three countries, 同国),
a pact's parties, an organ's state, the voice of 'we'. The roles table (roles.py) then
turns the roles into actor and recipient. The coder (coder.py) derives from this class;
the language's words come from its Language, read into the attributes declared below.
"""

from __future__ import annotations

import re

from alliancewatch.coding.discourse import Discourse, codes_of, organ_before, refs_in
from alliancewatch.coding.groups import ORGANISATIONS, group_size, listed_before
from alliancewatch.coding.roles import roles_for
from alliancewatch.lang import ANAPHOR, FIRST_PERSON, OUTLET, POSTED, ZERO, Language
from alliancewatch.plover import SYMMETRIC
from alliancewatch.resolve.actors import ActorMatch, ActorResolver
from alliancewatch.types import ActorRef, Argument, Frame, Sentence

# an item of a numbered or bulleted list (1 冒頭、…; ・…): under the lead that opened the list
LIST_ITEM = re.compile(r"\s*(?:\d{1,2}|[(（]\d{1,2}[)）]|[・●○■◆])\s")
DOERS = frozenset({"agent", "genitive", "agent_phrase"})  # roles that name who acts
PARTIES = DOERS | {"topic", "patient", "recipient", "comitative"}  # roles naming a side


class Sides:
    """Argument -> states, and a frame's roles -> actor and recipient; the words for
    "the two", "the same", groups, organs and documents are the language's (Coder sets
    them from its Language)."""

    both: re.Pattern[str] | None
    same: re.Pattern[str] | None
    groups: tuple[tuple[re.Pattern[str], int], ...]
    own: re.Pattern[str] | None  # its own state: the sentence's topic
    partner_marker: str  # Language.partner_marker
    organs: re.Pattern[str] | None
    documents: re.Pattern[str] | None
    and_words: re.Pattern[str] | None
    each_other: re.Pattern[str] | None
    scoped: bool  # Language.scoped_groups
    people: re.Pattern[str] | None  # Language.people_words
    actors: ActorResolver  # the actor tables (Coder loads them)
    hosts: dict[str, str]  # Language.envoy_hosts: the one-character hosts of a post
    no_state_doer: re.Pattern[str] | None  # Language.no_state_doer: doers that name no state
    language: Language  # the rest of the language's words (side_words)

    def _arg_refs(
        self,
        a: Argument,
        s: Sentence,
        matches: list[ActorMatch],
        discourse: Discourse,
        beside: frozenset[str] = frozenset(),
        event: str = "",
        coargs: frozenset[str] = frozenset(),
    ) -> list[ActorRef]:
        """The states argument `a` names; `beside`: those the frame's other arguments name,
        which 'the two countries' never stands for (米国は両国に…求めた: not the US); `coargs`:
        the states the frame's other participants name, which 'the said country' never is."""
        if not a.participant:
            return []  # 相互援助条約, 攻撃能力: a name or property, not a participant
        refs = refs_in(matches, a.start, a.end)
        if not refs and a.marker == ZERO:  # unsaid, or 談話は: the topic set before it (an
            # item of a list continues the lead that opened the list, whatever its paragraph)
            across = bool(a.text) or bool(LIST_ITEM.match(s.text))
            found = discourse.here or discourse.carried(s.paragraph, across)
            return [ActorRef(a.text, c, None) for c in found]
        if not refs and a.marker == POSTED:  # 駐イスラエル大使の召還: the state posted to
            found = self.actors.resolve(a.text)
            if found is None and a.text in self.hosts:  # 駐米大使: a host too short to list
                return [ActorRef(a.text, self.hosts[a.text], None)]
            return [ActorRef(a.text, c, found.sector) for c in found.codes] if found else []
        if not refs and a.marker == OUTLET:  # 同通信: the last outlet named
            return [ActorRef(a.text, discourse.outlet, None)] if discourse.outlet else []
        for pattern, n in self.groups if not refs else ():  # the three countries
            group = pattern.search(a.text)
            if group:
                before = codes_of(refs_in(matches, 0, a.start))
                chosen = before[-n:] if len(before) >= n else discourse.group(n, before)
                return [ActorRef(group.group(0), c, None) for c in chosen]
        both = self.both.search(a.text) if self.both and not refs else None
        if both:  # 両国, the two countries: the two states named before it
            word = both.group(0)
            # 3首脳, 三か国: the three just named (a language that does not scope its groups
            # reads only a leading digit)
            n = group_size(word) if self.scoped else int(word[0]) if word[0].isdigit() else 2
            before = codes_of(refs_in(matches, 0, a.start))
            if self.scoped:
                group = self._scoped(word, n, a, s, matches, discourse, before, beside, event)
            else:
                group = before[-n:] if len(before) >= n else discourse.group(n)
            whole = [  # 日米韓首脳会談…北朝鮮の…を3カ国で: the compound of three, not the
                m.codes  # last three named
                for m in matches
                if m.end <= a.start and n >= 3 and len(set(m.codes)) == n and all(m.codes)
            ]
            if whole:
                group = list(dict.fromkeys(whole[-1]))
            refs = [ActorRef(word, c, None) for c in group]
        document = (
            self.documents.fullmatch(a.text)
            if self.documents and not refs and a.role not in DOERS
            else None
        )
        if document:  # criticized the pact: its parties, or none if untold (as a doer, 'the
            # treaty will expand cooperation' is too often another treaty's: left alone)
            pact = discourse.pact or discourse.parties.get("symmetric", ())
            return [ActorRef(a.text, c, None) for c in pact]
        organ = self.organs.fullmatch(a.text) if self.organs and not refs else None
        if organ:  # the ministry said: the state of the ministry named before in the sentence
            # (else the organ the topic before names: 中国海軍の報道官は…。報道官は…)
            topic = discourse.topic_organ
            code = organ_before(matches, a.start) or topic or discourse.speaker or discourse.organ
            refs = [ActorRef(a.text, code, None)] if code else []
        same = self.same.search(a.text) if self.same and not refs else None
        if same:  # 同国, the said country: the last state named before it, a place too
            # (ベラルーシ上空で同国空軍と: Belarus, though its airspace is no party); never an
            # organisation, nor a state the frame's other parties name (同国を訪れた米国防長官:
            # not the US), then the one named before that, or in the sentence before
            named = [m for m in self.actors.find_all(s.text[: a.start]) if all(m.codes)]
            kept = [m for m in matches if m.end <= a.start and all(m.codes)]
            last = named[-1:] if named and (not kept or named[-1].end > kept[-1].end) else []
            # (the other parties only when the word ends the argument, its head: 中国の国防相は
            # 同国軍の…, its own forces, may be the doer's state)
            head = a.text.strip().endswith(same.group(0))
            out = ORGANISATIONS | (coargs if head else frozenset())
            order = (
                [c for m in last for c in m.codes][::-1]
                + codes_of(refs_in(matches, 0, a.start))[::-1]
                + list(discourse.previous)[::-1]
            )
            # a name inside a compound noun (the invasion of X) is no antecedent while one
            # written as a phrase of its own stands before it: tried last
            islands = self._islands(s.text, named)
            if islands and any(c not in islands | out for c in order):
                order = [c for c in order if c not in islands] + [c for c in order if c in islands]
            pick = next((c for c in order if c not in out), None)
            refs = [ActorRef(same.group(0), pick, None)] if pick else []
        own = self.own.search(a.text) if self.own and not refs else None
        if own and discourse.here:  # its own troops: the state of the sentence's topic
            refs = [ActorRef(own.group(0), c, None) for c in discourse.here]
        if not refs and a.marker == ANAPHOR:  # It said, they agreed: the last doers (all of
            # a joint act's parties: the three leaders met ... It criticized Beijing), else
            # the state of the last organ named (the ministry denied ... It said)
            found = discourse.subject or ((discourse.organ,) if discourse.organ else ())
            return [ActorRef(a.text, c, None) for c in found]
        if not refs and a.marker == FIRST_PERSON and discourse.we:
            return [ActorRef(a.text, c, None) for c in discourse.we]  # the statement's voice
        if (
            not refs
            and a.marker == FIRST_PERSON
            and a.role == "agent"  # our correspondent: the outlet's, no state's
            and discourse.previous
            and discourse.previous_paragraph == s.paragraph
        ):  # A: China's position is clear. We urge ...: the state the answer speaks for
            refs = [ActorRef(a.text, discourse.previous[0], None)]
        return refs

    def _scoped(
        self,
        word: str,
        n: int,
        a: Argument,
        s: Sentence,
        matches: list[ActorMatch],
        discourse: Discourse,
        before: list[str],
        beside: frozenset[str],
        event: str = "",
    ) -> list[str]:
        """The states a group word stands for in a language that scopes them (groups.py):
        those listed together just before it (タイとカンボジアの…両国軍, 米中両国), three or more
        named before it in the sentence (中国は…ロシアとの…北朝鮮を含め、3か国), then what
        the article's groups say, else the older reading (Discourse.group)."""
        listed = listed_before(matches, a.start, s.text, self.and_words)
        if len(listed) == n and not set(listed) & beside:  # カタールとサウジは双方に: not
            return listed  # the doers who address both
        if n > 2 and len(before) >= n:
            return before[-n:]
        people = bool(self.people and self.people.search(word))
        named, ago = discourse.compounds.get(n, ((), 0))
        # 双方に自制を促した: a third party's appeal to both sides
        addressed = event == "REQUEST" and a.role in ("recipient", "patient")
        sides = self.language.side_words  # 双方: the sides of an act, never a pair only listed
        listed_pair = not (sides and sides.search(word))
        found = discourse.groups.candidates(
            n, people, a.start, named if ago <= 2 else (), addressed, discourse.dyad, listed_pair
        )
        older = discourse.group(n // 2 if people and n > 3 else n, before)
        dyad = discourse.dyad if n == 2 or people else ()
        # never a state the frame names elsewhere (米国は両国に…求めた: not the US; 4閣僚は北朝鮮と
        # ロシアの軍事協力に懸念: not PRK and RUS)
        lately = discourse.named_lately(n, before) if not older else []
        if n == 2 and not people and discourse.groups.widest > 2:
            # 米国と日本、韓国は…首脳会談を開いた。両国は: after an act of three, "the two" is
            # only a pair told as one (a joint clause, a talk, the last act of two), no guess
            older, lately, dyad = [], [], ()
        for group in (*found, older, lately, dyad):
            if group and not set(group) & beside:
                return list(group)
        return []

    def _partners(
        self,
        f: Frame,
        s: Sentence,
        matches: list[ActorMatch],
        discourse: Discourse,
        actor: list[ActorRef],
    ) -> list[ActorRef]:
        """The states a build-up or an exercise is held with (its comitative: 米軍と演習を
        行った, ラオス軍と合同の哨戒飛行), other than its doers: then it is their cooperation.
        Only a partner of the act itself (Language.partner_marker: と), not of a noun it names
        (中国との係争地域でのパトロール), nor an ally joined (ロシア軍とともに: the gold codes no
        cooperation)."""
        if not self.partner_marker:
            return []
        mine = {r.code for r in actor}
        return [
            r
            for a in f.arguments
            if a.role == "comitative" and a.marker == self.partner_marker
            for r in self._arg_refs(a, s, matches, discourse)
            # a force or a body, not a place listed (台湾海峡中部と南部で演習)
            if r.code and r.code not in mine and (r.sector or self._said(a.text))
        ]

    def _islands(self, text: str, named: list[ActorMatch]) -> frozenset[str]:
        """The states `named` only as the modifier of a compound noun (Language.name_island),
        never as a phrase of their own."""
        island = self.language.name_island
        if island is None:
            return frozenset()
        inside: set[str] = set()
        alone: set[str] = set()
        for m in named:
            (inside if island.match(text[m.end :]) else alone).update(m.codes)
        return frozenset(inside - alone)

    def _said(self, text: str) -> bool:
        """Whether text names its state with a word for the state just named (同国空軍)."""
        return bool(self.same and self.same.search(text))

    def _doer_unnamed(self, event: str, f: Frame) -> bool:
        """Whether the frame writes its doer as one that names no state: then no state
        written elsewhere in the sentence is filled in as the actor."""
        words = self.no_state_doer
        doers, _ = roles_for(event, f.voice)
        return words is not None and any(
            a.role in doers and a.marker not in (ZERO, ANAPHOR) and words.search(a.text)
            for a in f.arguments
        )

    def _mutual(self, f: Frame) -> bool:
        """A directed act whose other side is written as 'the other one' (相手側, 互い): done
        by each of two doers on the other."""
        if self.each_other is None or f.event in SYMMETRIC:
            return False
        _, recipient_roles = roles_for(f.event, f.voice)
        return any(
            a.role in recipient_roles and self.each_other.fullmatch(a.text) for a in f.arguments
        )

    def _sides(
        self, f: Frame, s: Sentence, matches: list[ActorMatch], discourse: Discourse
    ) -> tuple[list[ActorRef], list[ActorRef], bool]:
        """Actor and recipient from the frame's roles, and whether the addressee written
        (a recipient) and every other side written are the actor's own state (中国政府は中国の
        国民に対し…呼びかけた): an act at home, with no other side to fill in."""
        by_role: dict[str, list[ActorRef]] = {}
        named: list[str] = []  # 'We, the ministers of A, B and C, condemn': who 'we' is
        # the states each argument names, worked out once for every argument's others
        written = [(o, codes_of(refs_in(matches, o.start, o.end))) for o in f.arguments]
        # a joint act's content may name its own parties (両国は日米同盟を確認した), and
        # fighting its other side (AとBの国境で両軍が交戦し: both fight, §6)
        scoped = self.scoped and f.event not in SYMMETRIC and f.event != "ASSAULT"
        for a in f.arguments:
            others = [(o, codes) for o, codes in written if o is not a]
            beside = frozenset(c for _, codes in others for c in codes) if scoped else frozenset()
            coargs = frozenset(
                c for o, codes in others if o.participant and o.role in PARTIES for c in codes
            )
            refs = self._arg_refs(a, s, matches, discourse, beside, f.event, coargs)
            by_role.setdefault(a.role, []).extend(refs)
            if a.role == "agent" and a.marker != FIRST_PERSON:
                named += [r.code for r in refs if r.code]
        if named and any(a.role == "agent" and a.marker == FIRST_PERSON for a in f.arguments):
            discourse.we = tuple(dict.fromkeys(named))
        actor_roles, recipient_roles = roles_for(f.event, f.voice)
        if f.event in SYMMETRIC:
            refs = [r for role in actor_roles for r in by_role.get(role, [])]
            uniq = list({r.code: r for r in refs if r.code}.values())
            return uniq[:1], uniq[1:], False

        def first(roles: tuple[str, ...]) -> list[ActorRef]:
            for role in roles:
                refs = [r for r in by_role.get(role, []) if r.code]
                if refs:
                    return list({r.code: r for r in refs}.values())
            return []

        actor = first(actor_roles)
        own = {a.code for a in actor}
        recipient = [r for r in first(recipient_roles) if r.code not in own]
        written_to = [r.code for r in by_role.get("recipient", []) if r.code]
        others = [c for role in recipient_roles for r in by_role.get(role, []) if (c := r.code)]
        if not recipient and len(actor) == 2 and self._mutual(f):
            actor, recipient = actor[:1], actor[1:]  # 両国は相手側を非難した: A on B (and B on A)
        if (
            not recipient
            and len(actor) == 2
            and f.event == "ASSAULT"
            and self.both is not None
            and all(self.both.search(r.entity_text) for r in actor)
        ):  # 両国が交戦, the two sides exchanged fire: the first named acts on the other (§6)
            actor, recipient = actor[:1], actor[1:]
        at_home = (
            f.voice == "active"  # a passive's に-phrase is its doer (ロシア軍に砲撃された)
            and bool(written_to)
            and not recipient
            and set(written_to + others) <= own
        )
        return actor, recipient, at_home
