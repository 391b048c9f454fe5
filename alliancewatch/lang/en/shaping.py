"""English frames, second step: the roles a frame's arguments take once its trigger is
known. Statements aim at what their content or 'as'-phrase names, a war joined at its
enemy, a sanction at the state cut from, a protest at its addressee; observers, reciprocal
subjects, topics, treaty documents and places are no parties. Split from frames.py, which
finds triggers and builds the frame around these."""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang import FIRST_PERSON
from alliancewatch.lang.en.anaphora import EnglishAnaphora
from alliancewatch.lang.en.grammar import (
    ABOUT_PREPS,
    ADDRESSED_ACTS,
    ALLY_MARKERS,
    CUTTING_EVENTS,
    DATE_DEPS,
    DENY_VERBS,
    FIRST_PERSON_WORDS,
    GOVERNING_EVENTS,
    HOSTING_KEYS,
    MEASURES,
    NOMINAL,
    OBSERVED_KEYS,
    OWNED_WARS,
    POSSESSIVES,
    RESPONSE_KEYS,
    SPEAKER_PRONOUNS,
    STOP_VERBS,
    STRANDED,
    VERBAL,
    VERBAL_ACTS,
    WAR_NOUNS,
    WHOSE_TOOL,
)
from alliancewatch.lang.en.lexicon import Trigger
from alliancewatch.lang.en.tree import CLAUSAL, PRONOUNS, RELATIVE, Tree
from alliancewatch.types import Argument, Frame

# clauses inside a date's phrase that date their own event (thanked China for hosting talks
# in 2021: the hosting's year), and a date naming a noun's own time (blamed Pakistan for the
# April 22 attack: the attack's day)
CLAUSE_CUT = frozenset({"relcl", "acl", "ccomp", "advcl", "pcomp", "nmod"})


class EnglishShaping(EnglishAnaphora):
    def _shape_roles(
        self, t: Tree, p: int, trig: Trigger, args: list[Argument], nominal: bool
    ) -> tuple[list[Argument], Argument | None]:
        """Roles by the type of the event; also the observer who reports what it saw
        (Taiwan detected Chinese aircraft), or None."""
        if not nominal and trig.event in VERBAL_ACTS:
            # warned that the US would face consequences; if Seoul goes ahead, we will
            # respond: who the content is about
            clauses = t.kids(p, "ccomp")
            if trig.event == "THREATEN":
                clauses += t.kids(p, "advcl")
            # denounced the drills as a provocation by X; called the group a tool of X
            said_as = t.kids(p, "oprd") + [
                o
                for c in t.kids(p, "prep")
                if t.toks[c].text.lower() == "as"
                for o in t.kids(c, "pobj")
            ]
            for o in said_as:
                for by in t.kids(o, "prep"):
                    w = t.toks[by].text.lower()
                    if w == "by" or (w == "of" and t.toks[o].lemma.lower() in WHOSE_TOOL):
                        for x in t.kids(by, "pobj"):
                            args += self._arg(t, "recipient", x, t.toks[by].text.lower())
            for c in clauses:
                # warned that Moscow would respond: the responder is the threatener, not
                # the threatened (warned that the U.S. would face consequences)
                role = (
                    "agent"
                    if trig.event == "THREATEN"
                    and t.toks[c].dep == "ccomp"
                    and any(r.key in RESPONSE_KEYS for r in self._verb_trigger(t, c))
                    else "content_agent"
                )
                for sj in t.kids(c, "nsubj", "nsubjpass"):
                    if t.toks[sj].text.lower() not in PRONOUNS | RELATIVE:
                        a = self._arg(t, role, sj, "content")
                        args += a[:1]
        if trig.event == "ASSAULT":  # joined Moscow's war in Ukraine: the war's other side
            for a in [a for a in args if a.role == "patient"]:
                head = next((k for k in t.kids(p, "dobj") if t.toks[k].start == a.start), None)
                if head is None:
                    head = next(
                        (k for k, x in enumerate(t.toks) if x.start >= a.start and x.end == a.end),
                        None,
                    )
                if head is not None and t.toks[head].lemma.lower() in WAR_NOUNS:
                    enemy = [
                        o
                        for c in t.kids(head, "prep")
                        if t.toks[c].text.lower() in ("against", "in", "on", "with")
                        for o in t.kids(c, "pobj")
                    ]
                    if enemy:
                        args = [x for x in args if x is not a]
                        args += self._object_arg(t, enemy[0], "recipient", "war")
        if trig.event == "AID" and trig.key in HOSTING_KEYS and not nominal:
            # Poland hosts U.S. troops: the troops' owner gives, the host receives
            args = [
                replace(a, role="recipient")
                if a.role == "agent"
                else replace(a, role="agent", marker="hosted")
                if a.role == "patient"
                else a
                for a in args
                if a.role != "recipient"
            ]
        for c in t.kids(p, "xcomp", "ccomp"):  # congratulates Trump on ...: a name the
            tok = t.toks[c]  # parser took for a verb (trump) is the object
            if c > p and tok.text[:1].isupper() and not t.kids(c, "aux", "nsubj", "dobj"):
                args.append(Argument("patient", tok.text, tok.start, tok.end, "name"))
        if trig.event == "ASSAULT" and not any(a.role in ("agent", "agent_phrase") for a in args):
            args = self._between_sides(t, p, args)  # fighting between Russia and Ukraine
        if trig.event == "SANCTION":  # recalled its envoys from Washington: cut from it
            args = [replace(a, role="recipient") if a.role == "source" else a for a in args]
        if trig.event == "AID" and not any(a.role == "recipient" for a in args):
            args += self._for_whom(t, [k for k in t.kids(p, "dobj")])
            h = t.head(p)
            if nominal and t.toks[p].dep == "dobj" and h is not None:
                # condemned the deployment of troops to Russia: the parser hung the
                # deployment's to-phrase on the verb
                for c in t.kids(h, "prep"):
                    if t.toks[c].text.lower() in ("to", "into"):
                        for o in t.kids(c, "pobj"):
                            args += self._arg(t, "recipient", o, t.toks[c].text.lower())
        if (
            trig.event == "AID"
            and nominal
            and not any(a.role in ("agent", "agent_phrase", "genitive") for a in args)
        ):  # the transfer of Iranian missiles: the owner of the thing sent gives it
            for c in t.kids(p, "prep"):
                if t.toks[c].text.lower() == "of":
                    for o in t.kids(c, "pobj"):
                        for m in t.kids(o, "amod", "compound", "poss"):
                            if t.toks[m].pos in ("PROPN", "ADJ"):
                                args += self._arg(t, "genitive", m, "owner")
        if trig.event == "AID" and nominal and any(a.role == "recipient" for a in args):
            # a U.S. sale of jets to Turkey: with the receiver written, the name before the
            # noun is the giver (Ukraine aid, with no to-phrase, is aid to Ukraine)
            names = {x.start for x in t.toks if x.pos == "PROPN"}  # not 'drone supplies'
            args = [
                replace(a, role="genitive")
                if a.role == "compound"
                and a.start in names
                and a.text.lower() not in PRONOUNS  # 'US' is no 'us'
                else a
                for a in args
            ]
        if trig.key in OWNED_WARS and nominal:
            args = self._whose_war(t, p, args)
        if trig.key == "be at":  # is due at the White House: the host, not a target
            args = [replace(a, role="recipient") if a.role == "target" else a for a in args]
        if trig.key in ("be in", "be at") and not any(a.role == "recipient" for a in args):
            args += [  # is due in Moscow, due at the White House: the phrase hangs on 'due'
                x
                for c in t.kids(p, "acomp")
                for g in t.kids(c, "prep")
                if t.toks[g].text.lower() == trig.key.split()[1]
                for o in t.kids(g, "pobj")
                for x in self._arg(t, "recipient", o, t.toks[g].text.lower())
            ]
        if trig.event == "CONSULT":  # talks on Ukraine, views exchanged on the war: a topic
            args = [a for a in args if not (a.role == "recipient" and a.marker == "on")]
        if trig.key == "travel to":  # travel to China for a meeting of the SCO: a purpose
            args = [a for a in args if not (a.role == "recipient" and a.marker == "for")]
        if trig.event in ADDRESSED_ACTS:  # lodged a protest with Seoul: the addressee
            args = [replace(a, role="recipient") if a.role == "comitative" else a for a in args]
        if trig.event in VERBAL_ACTS and not nominal:  # backed the U.S. action; Iran condemned it
            args = [x for a in args for x in self._event_pronoun(t, a, p)]
        if trig.event == "ACCUSE" and not nominal and any(a.role == "patient" for a in args):
            # condemned the deployment of troops to Russia: the to-phrase is the deployment's
            args = [a for a in args if not (a.role == "recipient" and a.marker in STRANDED)]
        if trig.event == "ASSAULT":  # fighting alongside Russian forces: an ally, no target
            args = [  # the ally is closed to the coder: no side is filled from it
                replace(a, participant=False) if a.marker in ALLY_MARKERS else a for a in args
            ]
        if trig.key in OBSERVED_KEYS and not nominal:  # detected Chinese aircraft
            observer = [a for a in args if a.role == "agent"]
            args = [
                replace(a, role="agent", marker="observed") if a.role == "patient" else a
                for a in args
                if a.role != "agent"
            ]
            own_speaker = observer[0] if observer and observer[0].marker == "nsubj" else None
        else:
            own_speaker = None
        return args, own_speaker

    def _shape_places(
        self, t: Tree, p: int, trig: Trigger, args: list[Argument], treaty: bool
    ) -> list[Argument]:
        """Treaty documents and places are no parties."""
        if treaty:
            args = self._treaty_args(t, p, args, trig.key)
        if trig.event in ("AID", "MOBILIZE"):  # sent troops to the Belarus border: a place
            args = [
                replace(a, participant=False)
                if a.role in ("recipient", "target") and self._is_place(t, a)
                else a
                for a in args
            ]
        if trig.requires.startswith("advmod:"):  # flew together into Japan's zone: the place
            args = [a for a in args if a.role not in ("recipient", "target")]
        return args

    def _cut_by(self, t: Tree, h: int) -> bool:
        """Whether the word at h stops or limits what it governs (curbed, a ban on): any of
        its readings, whatever its requires."""
        found = self._verb_trigger(t, h) if t.toks[h].pos in VERBAL else self._noun_readings(t, h)
        if t.toks[h].pos in VERBAL:  # denied visas cuts; denied the arms transfers does not
            found = tuple(r for r in found if self._requires_ok(t, r, h, h))
        return t.toks[h].lemma.lower() in STOP_VERBS or any(
            r.event in CUTTING_EVENTS for r in found
        )

    def _claimants(self, t: Tree, i: int) -> list[Argument]:
        """The subject of a verb of accusing or rejecting that governs an event noun (NATO
        condemned the North Korean deployment; Seoul rejected the Japanese claim) talks
        about the event: it is no side of it, never filled in as one."""
        k, h = i, t.head(i)
        if h is not None and t.toks[k].dep == "pobj" and t.toks[h].text.lower() in ABOUT_PREPS:
            k, h = h, t.head(h)  # protested over the deployment
        if h is None or t.toks[k].dep not in ("dobj", "prep") or t.toks[h].pos not in VERBAL:
            return []
        governing = self._verb_trigger(t, h)
        if not governing or governing[0].event not in GOVERNING_EVENTS:
            return []
        return [
            replace(a, participant=False)
            for s in t.kids(h, "nsubj")
            for a in self._arg(t, "claim", s, "governor")
        ]

    def _whose_war(self, t: Tree, p: int, args: list[Argument]) -> list[Argument]:
        """'supply munitions to Moscow for its war in Ukraine': a war given for is the
        receiver's; 'its' is the to-phrase's state, not the giver."""
        h = t.head(p)
        v = t.head(h) if h is not None and t.toks[h].text.lower() == "for" else None
        if v is None or not any(t.toks[d].text.lower() in POSSESSIVES for d in t.kids(p, "poss")):
            return args
        to = [
            o
            for c in t.kids(v, "prep", "dative")
            if t.toks[c].text.lower() == "to"
            for o in t.kids(c, "pobj")
        ]
        if not to:
            return args
        return [a for a in args if a.role != "genitive"] + self._arg(t, "genitive", to[0], "for")

    def _denier(self, t: Tree, i: int, args: list[Argument]) -> list[Argument]:
        """An event noun denied with no doer of its own (Beijing denied any arms transfers
        to Moscow): the one who denies it is the one said not to have done it."""
        if {a.role for a in args} & {"agent", "agent_phrase", "genitive", "compound"}:
            return []
        h = t.head(i)
        if h is None or t.toks[i].dep != "dobj" or t.toks[h].lemma.lower() not in DENY_VERBS:
            return []
        return [a for s in t.kids(h, "nsubj") for a in self._arg(t, "agent", s, "denier")]

    def _headline_list(self, t: Tree, p: int, args: list[Argument]) -> list[Argument]:
        """A headline's subject list the parser cut short (US, South Korea kick off drills:
        'US' hung apart): the agent reaches back over names and commas to the line's start;
        with no subject at all (Xi, Biden talk by phone), the names before the verb act."""
        before = [x for x in t.toks[:p] if x.pos != "PUNCT" or x.text in (",", "&")]
        if (
            p > 0
            and t.toks[p].dep == "ROOT"
            and t.toks[p].pos in VERBAL
            and not any(
                a.role == "agent" or (a.role == "agent_phrase" and a.start < t.toks[p].start)
                for a in args
            )  # (an observed owner is an agent after the verb: Taiwan detects Chinese jets)
            and before
            and all(x.pos in NOMINAL or x.text in (",", "and", "&") for x in before)
        ):
            s, e = t.toks[0].start, t.toks[p - 1].end
            args = [a for a in args if a.role != "agent_phrase"]
            args.append(Argument("agent", t.text[s:e], s, e, "headline"))
        out = []
        for a in args:
            k = next((x.i for x in t.toks if x.start == a.start), None)
            if a.role == "agent" and a.marker == "nsubj" and k is not None:
                while k >= 2 and t.toks[k - 1].text in (",", "and", "&"):
                    if t.toks[k - 2].pos not in NOMINAL or t.toks[k - 2].dep in (
                        "pobj",
                        "dobj",
                        "dative",
                    ):
                        break  # US strikes Houthis in Yemen, Trump warns: Yemen ends a clause
                    k -= 2
                    while k >= 1 and t.toks[k - 1].pos in NOMINAL:
                        k -= 1
                s = t.toks[k].start
                a = replace(a, text=t.text[s : a.end], start=s) if s < a.start else a
            out.append(a)
        return out

    @staticmethod
    def _first_person(args: list[Argument]) -> list[Argument]:
        """'We' left unresolved as an agent (its speaker unnamed here: A: ... We urge the
        Philippines to stop; "We will respond," he said): marked for the coder, which reads
        the state the paragraph has just named."""
        return [
            replace(a, marker=FIRST_PERSON)
            if (
                a.role in ("agent", "genitive", "agent_phrase")
                and a.text.lower() in FIRST_PERSON_WORDS  # we; our (calls); not our reporter
            )
            or (  # ignored our calls: the calls' owners, the statement's authors (coder)
                a.role == "patient"
                and a.marker != FIRST_PERSON
                and a.text.lower().split()[0] in FIRST_PERSON_WORDS
            )
            else a
            for a in args
        ]

    def _participle_verb(self, t: Tree, i: int) -> bool:
        """A verb the parser read as a participle modifying its own object after a name
        (the Air Self-Defense Force scrambled fighter jets): read by position."""
        tok = t.toks[i]
        return (
            (
                (tok.pos == "VERB" and tok.tag in ("VBD", "VBN"))
                or (tok.tag == "JJ" and i > 0 and t.toks[i - 1].dep == "nsubj")
            )  # the air force scrambled jets: an -ed word taken for an adjective after a
            and tok.dep == "amod"  # subject left without its verb
            and i > 0
            and (
                t.toks[i - 1].pos in ("PROPN", "NOUN")
                or (t.toks[i - 1].pos == "ADJ" and i > 1 and t.toks[i - 2].pos == "DET")
            )  # the military scrambled jets
            and t.head(i) is not None
            and t.head(i) > i
            and bool(self._verb_trigger(t, i))
        )

    def _headline_verb(self, t: Tree, i: int) -> bool:
        """A headline's verb the parser took for a noun: a trigger with a verb reading right
        after a name and right before its object (UK, France, Germany sanction Iran), not
        before a preposition (U.S. sanctions on Russia)."""
        tok = t.toks[i]
        if tok.pos not in NOMINAL or i == 0 or i + 1 >= len(t.toks):
            return False
        nxt = t.toks[i + 1]
        with_prep = nxt.pos == "ADP" and any(  # Iran fires on U.S. base: a verb with its own
            self.lex.readings(f"{w} {nxt.text.lower()}", "verb")  # preposition (fire on)
            for w in (tok.lemma.lower(), tok.text.lower().removesuffix("s"))
        )
        if t.toks[i - 1].pos != "PROPN" or (
            nxt.pos not in ("PROPN", "DET", "NUM", "ADJ") and not with_prep
        ):
            return False
        return bool(
            self.lex.readings(tok.lemma.lower(), "verb")
            or self.lex.readings(tok.text.lower().removesuffix("s"), "verb")
        )

    def _between_sides(self, t: Tree, p: int, args: list[Argument]) -> list[Argument]:
        """Fighting between Russia and Ukraine, clashes between Russian and Ukrainian forces:
        the first named attacks the other (spec section 6)."""
        for c in t.kids(p, "prep"):
            if t.toks[c].text.lower() != "between":
                continue
            for o in t.kids(c, "pobj"):
                pair = [o, *t.kids(o, "conj")[:1]]  # Russia and Ukraine
                if len(pair) == 1:  # Russian and Ukrainian forces
                    mods = [m for m in t.kids(o, "amod", "compound") if t.kids(m, "conj")]
                    pair = [mods[0], t.kids(mods[0], "conj")[0]] if mods else pair
                if len(pair) < 2:
                    continue
                sides = []
                for role, k in zip(("agent", "recipient"), pair, strict=True):
                    s0, e0 = t.span(k, CLAUSAL | {"conj", "cc", "prep"})
                    sides.append(Argument(role, t.text[s0:e0], s0, e0, "between"))
                span = t.span(o)
                args = [a for a in args if (a.start, a.end) != span] + sides
        return args

    def _climbed(self, t: Tree, f: Frame, i: int) -> Frame:
        """A frame read by position inside a sentence (the air force scrambled jets, told
        after 'the Joint Chiefs of Staff said that'): its claimant and cues from above."""
        if f.speaker is not None:
            return f
        c = self.climb(t, i, i, False)
        sp = c.speaker
        if sp is None or sp.text.lower() in SPEAKER_PRONOUNS:
            return replace(f, cues=f.cues + tuple(c.cues))
        return replace(f, speaker=sp, speaker_cue=c.speaker_cue, cues=f.cues + tuple(c.cues))

    def _about(self, t: Tree, p: int) -> str:
        """The type of the event the object of a statement names (condemned the launch,
        protested over the drills): its doers are the statement's other side."""
        objs = t.kids(p, "dobj") + [
            o
            for c in t.kids(p, "prep")
            if t.toks[c].text.lower() in ABOUT_PREPS
            for o in t.kids(c, "pobj")
        ]
        for o in objs:
            o = self._proxy(t, o)
            if t.toks[o].pos not in NOMINAL or not t.kids(o, "det"):
                continue  # the launch, these drills: an event told before
            trig = self._noun_trigger(t, o)
            if trig is not None and trig.event != "NONE":
                return trig.event
        return ""

    def lifted(self, t: Tree, h: int, i: int) -> bool:
        """h lifts the noun i it governs (will lift their sanctions, sanctions would be
        lifted, waived the ban): a RETREAT reading of h whose object pattern takes i."""
        word = t.toks[i].text
        return any(
            r.event == "RETREAT"
            and r.requires.startswith("object:")
            and re.search(rf"\b(?:{r.requires[7:]})", word, re.I) is not None
            for lemma in t.lemmas(h)
            for r in self.lex.readings(lemma, "verb")
        )

    @staticmethod
    def _interval(t: Tree, p: int, c: int) -> bool:
        """A measured interval on p: 'a day after Pyongyang launched' (the measure on the
        verb or on its 'after'), 'a week after the strike' (a prepositional phrase)."""
        tok = t.toks[c]
        if tok.text.lower() == "after" and tok.dep in ("prep", "mark"):
            return any(t.toks[k].lemma.lower() in MEASURES for k in t.kids(c, "npadvmod"))
        return (
            tok.dep == "npadvmod"
            and tok.lemma.lower() in MEASURES
            and any(t.toks[m].text.lower() == "after" for m in t.kids(p, "mark"))
        )

    def _date_spans(self, t: Tree, path: list[int]) -> tuple[tuple[int, int], ...]:
        """Where a date binds, nearest first: the trigger's and its predicate's own modifiers,
        then those of each predicate above it, up to (not including) a reporting verb. A
        measured interval comes after a written date (boarded the boats on June 17, three
        weeks after ...), and one on a prepositional phrase dates only the event it names
        (fired on Friday, a week after the strike: the strike's date)."""
        spans: list[tuple[int, int]] = []
        nodes = list(dict.fromkeys(path))
        if nodes and t.toks[nodes[0]].pos in NOMINAL:
            # the drone strike that killed Soleimani on Friday: a relative clause in the past
            # tells the event its noun names, and its date with it (not 'drills that run
            # until May 9')
            nodes[1:1] = [r for r in t.kids(nodes[0], "relcl") if t.toks[r].tag == "VBD"]
        for p in nodes:
            interval = [c for c in t.children[p] if self._interval(t, p, c)]
            for c in [k for k in t.children[p] if k not in interval] + interval:
                if c in interval and t.toks[c].dep == "prep" and c not in path:
                    continue
                if t.toks[c].dep in DATE_DEPS or c in interval:
                    s, e = t.span(
                        c, CLAUSE_CUT if c not in path else CLAUSE_CUT - {"pcomp", "nmod"}
                    )
                    if (s, e) not in spans:
                        spans.append((s, e))
        return tuple(spans)

    def _condition_side(self, t: Tree, path: list[int]) -> list[Argument]:
        """The subject of the if-clause on the act or a predicate above it (would impose
        sanctions if the two sides strike a deal): whom a threat with no target aims at."""
        for p in path:
            for c in t.kids(p, "advcl"):
                if any(t.toks[m].text.lower() in ("if", "unless") for m in t.kids(c, "mark")):
                    return [
                        a
                        for sj in t.kids(c, "nsubj")
                        if t.toks[sj].text.lower() not in PRONOUNS | RELATIVE
                        for a in self._arg(t, "recipient", sj, "condition")
                    ]
        return []
