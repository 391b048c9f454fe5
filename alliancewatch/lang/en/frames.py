"""English: dependency parse -> language-neutral predicate-argument frames.

Roles come from dependency labels and prepositions (data/case_roles.tsv): the subject is the
agent, the object the patient, to/against/on-phrases the recipient, by-phrases the agent of
a passive, a possessor the genitive of a nominal event (Russia's supply of missiles). A
trigger noun that is the object of a light verb (held talks, imposed sanctions, received
support) takes its roles and voice from that verb (data/light_verbs.tsv). Subjects the
surface leaves out are looked for where English grammar puts them: the controller of an
infinitive (plans to send), the first of coordinated verbs, the noun a relative or
participle clause modifies, the speaker of reported speech (said it fired). Factuality and
attribution are in modality.py.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from pathlib import Path
from typing import Any

from alliancewatch.lang.en.lexicon import DATA_DIR, Lexicon, Trigger, load
from alliancewatch.lang.en.modality import EnglishModality
from alliancewatch.lang.en.tree import CLAUSAL, PRONOUNS, RELATIVE, Tree
from alliancewatch.types import Argument, Cue, Frame, Sentence

VERBAL = frozenset({"VERB"})
NOMINAL = frozenset({"NOUN", "PROPN"})
# object-control verbs: the object of 'urged China to act' is the subject of 'act'
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "call", "press", "order", "force", "help", "allow", "persuade", "push"}
    | {"prompt", "lead", "cause", "spur", "compel", "enable", "invite", "encourage"}
)
# headline segments, the preposition that ends a headline's object, a trailing source
HEADLINE_CUT = re.compile(
    r"\s*(?:[:;|]|--|—|,(?= [A-Z]?\w+ (?:says?|said|reports?)\b)| as | after | amid | while )\s*"
)
HEADLINE_PREP = re.compile(r"\b(to|into|toward|towards|against|on|with|from|at|in)\b")
HEADLINE_SPEAKER = re.compile(
    r"(?:,\s*(?P<who1>[A-Z][\w.' -]{1,40}?)\s+(?P<verb>says|said|reports|reported)\s*$)"
    r"|(?::\s*(?P<who2>[A-Z][\w.' -]{1,30})\s*$)"
)
# prepositions that a verb's object often carries for the verb (sent troops to Russia); not
# against / in / on, which mostly belong to the noun (the war against Ukraine)
STRANDED = frozenset({"to", "into", "toward", "towards", "with", "from", "at"})
# a threat or a statement of support is made by saying 'will': the statement is the event
STATEMENT_EVENTS = frozenset({"THREATEN"})
STATEMENT_KEYS = frozenset({"support", "back", "warn", "threaten"})
# types whose content clause names the other side (warned that Seoul would pay)
VERBAL_ACTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
# giving verbs whose with-phrase is the thing given (supply Moscow with shells)
THEME_WITH = frozenset(
    {"supply", "provide", "arm", "equip", "compensate", "repay", "reward", "furnish"}
)
# nouns naming a war or a fight: joining one is fighting its enemy (spec section 6)
WAR_NOUNS = frozenset(
    {"war", "fighting", "fight", "combat", "offensive", "conflict", "battle", "hostilities"}
)
# types whose object is a thing, never the partner (share data, agree on a plan)
OBJECT_IS_THING = frozenset({"COOPERATE", "AGREE"})
# nominal events coded only when their doer is written with them (Japan's sanctions, sanctions
# by the EU, U.S. sanctions): a bare 'sanctions' is mostly a regime told of in passing
DOER_WRITTEN = frozenset({"SANCTION", "ACCUSE", "REQUEST", "REJECT", "THREATEN"})
# quantity nouns a trigger noun is read through (a package of sanctions, an aid package)
TRANSPARENT = frozenset(
    {"package", "round", "set", "wave", "series", "batch", "raft", "slew", "string", "number"}
)
# nominal events in an adjunct (after talks with Kim) take the clause subject: only types
# with two parties, where the subject is one of them
SYMMETRIC_EVENTS = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})
ADJUNCT_PREPS = frozenset(
    {"after", "following", "during", "before", "at", "since", "upon", "ahead"}
)
# verbs whose object does what their of/for-gerund says (accused Pyongyang of supplying)
PCOMP_CONTROL = frozenset(
    {"accuse", "blame", "thank", "praise", "criticize", "criticise", "condemn", "punish"}
    | {"sanction", "charge", "suspect", "commend", "reward", "fault", "denounce", "slam"}
)
DATE_DEPS = frozenset({"npadvmod", "prep", "advmod", "tmod", "nummod", "compound", "amod"})
# a time expression in a prepositional phrase is when, not who (on Monday, in June)
TIME_WORDS = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|day|week|month|year|morning|afternoon|evening|night|"
    r"weekend|time|\d+)\.?$",
    re.I,
)
# A wire dateline (SEOUL, Oct. 18 (Yonhap) --): the place and agency of the report, which the
# parser hangs on the first noun phrase; no argument may reach into it.
DATELINE = re.compile(
    r"^[A-Z][A-Z/ .'-]*[A-Z](?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*"
    r"(?:\([A-Za-z .]+\)\s*(?:--|—|–|-)|--|—|–)\s*"
    r"|^[A-Z][A-Z .'-]*[A-Z]:\s+"  # a transcript's speaker label (ANCHOR:, REPORTER:)
)
_FRAME_FIELDS = {f.name for f in dataclasses.fields(Frame)}


def make_frame(**kw: Any) -> Frame:
    """A Frame with the fields this checkout's types.Frame has (event, mode, context, partner
    and place_event arrive with the registry; older checkouts drop them)."""
    return Frame(**{k: v for k, v in kw.items() if k in _FRAME_FIELDS})


def is_headline(sentence: Sentence) -> bool:
    """A title, or a line written like one: short and without closing punctuation (a
    headline kept in the body text, a caption, a TV lower third)."""
    text = sentence.text.rstrip()
    return sentence.is_title or (
        len(sentence.tokens) <= 20 and not text.endswith((".", "!", '"', "”", "'", ")"))
    )


class EnglishFrames(EnglishModality):
    def __init__(self, lex: Lexicon) -> None:
        super().__init__(lex)

    # -- triggers --------------------------------------------------------------------------

    def _light(self, t: Tree, i: int) -> str | None:
        """The voice of i as a light verb (held, staged, received), or None."""
        return next(
            (self.lex.light_verbs[w] for w in t.lemmas(i) if w in self.lex.light_verbs), None
        )

    def _verb_trigger(self, t: Tree, i: int) -> tuple[Trigger, ...]:
        keys = [w for w in [t.hyphen_word(i)] if "-" in w]
        for lemma in t.lemmas(i):
            for c in t.children[i]:
                ct = t.toks[c]
                if ct.dep == "prt":
                    keys.append(f"{lemma} {ct.text.lower()}")
                elif ct.dep in ("prep", "dative"):
                    keys += [
                        f"{lemma} {ct.text.lower()} {t.toks[o].lemma.lower()}"
                        for o in t.kids(c, "pobj")
                    ]
                    keys.append(f"{lemma} {ct.text.lower()}")
            keys.append(lemma)
        for k in keys:
            found = self.lex.readings(k, "verb")
            if found:
                return found
        return ()

    def _noun_trigger(self, t: Tree, i: int) -> Trigger | None:
        found = self._noun_readings(t, i)
        return found[0] if found else None

    def _noun_readings(self, t: Tree, i: int) -> tuple[Trigger, ...]:
        lemma = t.toks[i].lemma.lower()
        keys = [w for w in [t.hyphen_word(i)] if "-" in w]
        for c in t.kids(i, "compound", "amod"):
            keys += [f"{t.toks[c].lemma.lower()} {lemma}", f"{t.toks[c].text.lower()} {lemma}"]
        keys.append(lemma)
        for k in keys:
            found = self.lex.readings(k, "noun")
            if found:
                return found
        return ()

    def _trigger(self, t: Tree, i: int) -> Trigger | None:
        """The first reading of the word at i whose `requires` holds, or None."""
        tok = t.toks[i]
        if tok.pos in VERBAL and tok.dep == "amod" and tok.tag == "VBN":
            return None  # two captured soldiers: a state described, not an event told
        if tok.pos in VERBAL:
            found = self._verb_trigger(t, i)
            if self._light(t, i) and any(self._object_trigger(t, o) for o in t.kids(i, "dobj")):
                return None  # launched an attack: the noun is the event
        elif tok.pos in NOMINAL and (tok.dep != "compound" or self._proxy(t, i) != i):
            # warning data, sanctions list: modifiers; an aid package: the aid
            found = self._noun_readings(t, i)
        else:
            return None
        p, _ = self._anchor(t, i)
        return next((r for r in found if self._requires_ok(t, r, i, p)), None)

    def _object_trigger(self, t: Tree, o: int) -> bool:
        if t.toks[o].pos not in NOMINAL:
            return False
        trig = self._noun_trigger(t, o)
        return trig is not None and trig.event != "NONE" and self._requires_ok(t, trig, o, o)

    def _requires_ok(self, t: Tree, trig: Trigger, i: int, p: int) -> bool:
        kind, _, arg = trig.requires.partition(":")
        if not kind:
            return True
        if kind in ("object", "not_object"):
            objs = [
                c
                for h in {i, p}
                for c in t.children[h]
                if t.toks[c].dep in ("dobj", "nsubjpass", "ccomp", "xcomp", "dative", "oprd")
            ]
            if t.toks[i].pos in NOMINAL:
                objs += [o for c in t.kids(i, "prep", "compound") for o in [c, *t.kids(c, "pobj")]]
            text = " ".join(t.phrase(o, frozenset({"relcl"})) for o in objs)
            if t.is_passive(p) and t.toks[p].dep in ("acl", "amod"):
                h = t.head(p)  # missiles launched by North Korea
                text += " " + (t.toks[h].text if h is not None else "")
            hit = bool(re.search(rf"\b(?:{arg})", text, re.I))
            return hit if kind == "object" else not hit
        if kind == "compound":
            mods = " ".join(t.toks[c].text for c in t.kids(i, "compound", "amod"))
            return bool(re.search(rf"\b(?:{arg})\b", mods, re.I))
        if kind == "prep":
            words = set(arg.split("|"))
            return any(t.toks[c].text.lower() in words for c in t.kids(i, "prep"))
        if kind == "oprd":
            return any(re.search(rf"\b(?:{arg})", t.phrase(c), re.I) for c in t.kids(p, "oprd"))
        if kind == "xcomp":
            return bool(t.kids(p, "xcomp"))
        return True

    # -- arguments -------------------------------------------------------------------------

    def _arg(self, t: Tree, role: str, head: int, marker: str) -> list[Argument]:
        """The phrase headed by `head`, plus its appositions, in one role."""
        out = []
        for h in [head, *t.kids(head, "appos")]:
            s, e = t.span(h, CLAUSAL | {"prep"} if t.toks[h].dep == "appos" else CLAUSAL)
            out.append(Argument(role, t.text[s:e], s, e, marker))
        return out

    def _args_of(self, t: Tree, p: int, skip: set[int], nominal: bool) -> list[Argument]:
        out: list[Argument] = []
        for c in t.children[p]:
            if c in skip:
                continue
            tok = t.toks[c]
            if tok.dep in ("prep", "dative", "agent") and (t.kids(c, "pobj") or tok.dep == "agent"):
                role = self.lex.roles.get(
                    "dep:agent" if tok.dep == "agent" else f"prep:{tok.text.lower()}"
                )
                if tok.dep == "agent" and nominal:
                    role = "agent_phrase"
                if tok.text.lower() in ("in", "inside") and any(
                    o not in skip for o in t.kids(p, "dobj")
                ):
                    continue  # captured soldiers in Kursk: a place, the object is the party
                for o in t.kids(c, "pobj"):
                    if o in skip:
                        continue  # engaged in combat: the trigger itself
                    if role and role != "-" and not TIME_WORDS.search(t.toks[o].text):
                        # support for Russia's war in Ukraine: the war's place is no party
                        out += self._object_arg(t, o, role, tok.text.lower())
                        if role == "patient":  # the deployment of troops to Russia
                            out += self._stranded(t, o)
                continue
            role = self.lex.roles.get(f"dep:{tok.dep}")
            if not role or role == "-":
                continue
            if tok.dep in ("amod", "compound") and (
                not nominal or tok.pos not in NOMINAL | {"ADJ"}
            ):
                continue
            if tok.dep == "amod" and nominal:
                role = "genitive"  # North Korean troops, Russian strikes: the owner or doer
            if role == "patient":  # the object without its prepositional phrases (data on X)
                out += self._object_arg(t, c)
            else:
                out += self._arg(t, role, c, tok.dep)
            if tok.dep in ("dobj", "nsubjpass", "nsubj"):
                out += self._stranded(t, c)
        return out

    def _object_arg(
        self, t: Tree, n: int, role: str = "patient", marker: str = ""
    ) -> list[Argument]:
        """An object phrase keeps its of-phrase (the withdrawal of the troops) but not its
        other prepositional phrases, which are read as roles of their own (_stranded)."""
        keep = [c for c in t.kids(n, "prep") if t.toks[c].text.lower() == "of"]
        skip = [c for c in t.kids(n, "prep") if c not in keep]
        # measures taken by the Russian leadership: a by-phrase says whose the object is
        by = [a for a in t.kids(n, "acl") if t.kids(a, "agent")]
        ks = [k for k in t.subtree(n, CLAUSAL) if not any(k in t.subtree(c) for c in skip)]
        ks += [k for a in by for k in t.subtree(a, frozenset({"relcl", "advcl"}))]
        ks = sorted(set(ks))
        ks = [k for k in ks if t.toks[k].pos != "PUNCT"] or [n]
        s, e = t.toks[ks[0]].start, t.toks[ks[-1]].end
        out = [Argument(role, t.text[s:e], s, e, marker or t.toks[n].dep)]
        for a in t.kids(n, "appos"):
            out += self._arg(t, role, a, "appos")
        return out

    def _stranded(self, t: Tree, n: int) -> list[Argument]:
        """to/at-phrases the parser hung on the object (sent troops to Russia), or on a
        participle inside it (launched missiles supplied by Pyongyang at targets in Ukraine)."""
        out = []
        inner = [
            c for a in t.kids(n, "acl") for c in t.kids(a, "prep") if t.toks[c].text.lower() == "at"
        ]
        for c in t.kids(n, "prep") + inner:
            word = t.toks[c].text.lower()
            role = self.lex.roles.get(f"prep:{word}")
            if role in ("recipient", "target", "source", "comitative") and word in STRANDED:
                for o in t.kids(c, "pobj"):
                    out += self._arg(t, role, o, word)
        return out

    def _resolve_pronouns(self, t: Tree, args: list[Argument], p: int, speaker) -> list:
        """it / they / its in an event's agent or owner slot: the claimant of reported speech
        (North Korea said it fired), else the subject of a governing clause."""
        out = []
        for a in args:
            if a.text.lower() not in PRONOUNS or a.role not in (
                "agent",
                "genitive",
                "agent_phrase",
            ):
                out.append(a)
                continue
            found = None
            for h in [p, *t.ancestors(p)]:
                if self.speech_kind(t, h) and speaker is not None:
                    break  # reached the reporting verb: the speaker is the antecedent
                deps = ("poss", "nsubj") if t.toks[h].pos in NOMINAL else ("nsubj",)
                subj = [
                    s
                    for s in t.kids(h, *deps)
                    if t.toks[s].text.lower() not in PRONOUNS and t.toks[s].start != a.start
                ]  # North Korea's admission that it sent troops: its possessor
                if subj:
                    found = self._arg(t, "agent", subj[0], "antecedent")[0]
                    break
                g = t.head(h)  # urged Pyongyang to stop its cooperation: the object
                if (
                    t.toks[h].dep == "xcomp"
                    and g is not None
                    and t.toks[g].lemma.lower() in OBJECT_CONTROL
                    and t.kids(g, "dobj")
                ):
                    found = self._arg(t, "agent", t.kids(g, "dobj")[0], "antecedent")[0]
                    break
            if found is None and speaker is not None and speaker.text.lower() not in PRONOUNS:
                found = speaker
            if found is None:
                out.append(a)
            else:
                out.append(Argument(a.role, found.text, found.start, found.end, "antecedent"))
        return out

    def _inherited_agent(self, t: Tree, p: int, seen: set[int] | None = None) -> list[Argument]:
        """The subject English leaves unsaid: controller, first conjunct, modified noun."""
        seen = seen or set()
        if p in seen:
            return []
        seen.add(p)
        h = t.head(p)
        if h is None:
            return []
        dep = t.toks[p].dep
        ht = t.toks[h]

        def subject_of(v: int) -> list[Argument]:
            subj = t.kids(v, "nsubj", "nsubjpass")
            if subj and t.toks[subj[0]].text.lower() not in RELATIVE:
                return self._arg(t, "agent", subj[0], "shared")
            if subj:  # the country that sent troops
                return self._relative_head(t, v)
            return self._inherited_agent(t, v, seen)

        if dep == "xcomp" and ht.pos in ("VERB", "AUX"):
            objs = t.kids(h, "dobj")
            if objs and ht.lemma.lower() in OBJECT_CONTROL:
                return self._arg(t, "agent", objs[0], "controller")
            return subject_of(h)
        if dep == "xcomp" and ht.pos == "ADJ":  # is likely to send
            v = t.head(h)
            return subject_of(v) if v is not None else []
        if dep in ("conj", "advcl") and ht.pos in ("VERB", "AUX"):
            return subject_of(h)
        if dep in ("relcl", "acl") and ht.pos in NOMINAL | {"PRON"}:
            return self._relative_head(t, p)
        if dep == "pcomp":  # after sending troops; accused Pyongyang of supplying arms
            v = t.head(h)
            if v is None:
                return []
            objs = t.kids(v, "dobj")
            if objs and t.toks[v].lemma.lower() in PCOMP_CONTROL:
                return self._arg(t, "agent", objs[0], "controller")
            return subject_of(v)
        return []

    def _implicit_roles(
        self, t: Tree, i: int, p: int, trig: Trigger, args: list[Argument], nominal: bool
    ) -> list[Argument]:
        """Roles English grammar supplies without a dependency of their own."""
        out: list[Argument] = []
        roles = {a.role for a in args}
        tok = t.toks[i]
        h = t.head(i)
        if (
            nominal
            and trig.event in SYMMETRIC_EVENTS
            and not roles & {"agent", "agent_phrase", "genitive"}
            and h is not None
        ):
            ht = t.toks[h]  # held talks after / following talks with Kim: the clause's subject
            v = t.head(h)
            if (
                tok.dep == "pobj"
                and ht.text.lower() in ADJUNCT_PREPS
                and v is not None
                and t.toks[v].pos in ("VERB", "AUX")
            ):
                out += [self._arg(t, "agent", s, "clause")[0] for s in t.kids(v, "nsubj")[:1]]
        if trig.event == "AGREE" and not nominal:
            # agreed to send workers to Russia: the partner is in the agreed content
            for x in t.kids(p, "xcomp"):
                out += [
                    Argument("recipient", a.text, a.start, a.end, "content")
                    for a in self._args_of(t, x, set(), False)
                    if a.role in ("recipient", "comitative")
                ]
        if (
            trig.event == "AID"
            and t.toks[p].dep in ("acl", "amod")
            and t.is_passive(p)
            and "recipient" not in roles
        ):  # Russia launched missiles supplied by North Korea: the user is the receiver
            n = t.head(p)
            v = t.head(n) if n is not None else None
            if v is not None and t.toks[v].pos == "VERB":
                subj = t.kids(v, "nsubj")
                if subj:
                    out += self._arg(t, "recipient", subj[0], "user")
        return out

    def _relative_head(self, t: Tree, v: int) -> list[Argument]:
        h = t.head(v)
        if h is None or t.toks[h].pos not in NOMINAL | {"PRON"}:
            return []
        s, e = t.span(h, CLAUSAL | {"prep"})
        return [Argument("agent", t.text[s:e], s, e, "relative")]

    # -- frames ----------------------------------------------------------------------------

    def frames(self, sentence: Sentence) -> list[Frame]:
        if not sentence.tokens:
            return []
        t = Tree(sentence)
        headline = is_headline(sentence)
        out = []
        for tok in sentence.tokens:
            trig = self._trigger(t, tok.i)
            if trig is None or trig.event == "NONE":
                if headline:
                    out += self._headline_frame(t, sentence, tok.i)
                continue
            frame = self._frame(t, sentence, tok.i, trig)
            if frame is not None:
                out.append(frame)
        return out

    @staticmethod
    def _headline_speaker(text: str) -> tuple[Argument | None, str | None]:
        """'…, NIS says' or '…: JCS' closing a headline."""
        tail = HEADLINE_SPEAKER.search(text)
        if not tail:
            return None, None
        g = "who1" if tail.group("who1") else "who2"
        return Argument("agent", tail.group(g), tail.start(g), tail.end(g), ""), (
            tail.group("verb") or ":"
        )

    def _headline_frame(self, t: Tree, sentence: Sentence, i: int) -> list[Frame]:
        """Headlinese (N. Korea fires missile; Putin, Kim sign pact) is often parsed as one
        noun phrase. A verb trigger there is read by position: the words before it are the
        subject, a preposition after it opens a role, the rest is the object."""
        tok = t.toks[i]
        if tok.pos == "VERB" or i == 0:
            return []
        trig = self.lex.trigger(tok.lemma.lower(), "verb") or self.lex.trigger(
            tok.text.lower().removesuffix("s"), "verb"
        )
        if trig is None or trig.event == "NONE":
            return []
        text = t.text
        seg_start = max((m.end() for m in HEADLINE_CUT.finditer(text, 0, tok.start)), default=0)
        stop = HEADLINE_CUT.search(text, tok.end)
        seg_end = stop.start() if stop else len(text)
        subject = text[seg_start : tok.start].strip()
        if not subject or not subject[:1].isupper():
            return []
        s0 = text.index(subject, seg_start)
        args = [Argument("agent", subject, s0, s0 + len(subject), "headline")]
        rest = text[tok.end : seg_end]
        m = HEADLINE_PREP.search(rest)
        obj_end = tok.end + (m.start() if m else len(rest))
        obj = text[tok.end : obj_end].strip()
        if obj:
            o0 = text.index(obj, tok.end)
            args.append(Argument("patient", obj, o0, o0 + len(obj), "headline"))
        if m:
            role = self.lex.roles.get(f"prep:{m.group(1).lower()}")
            p0, p1 = tok.end + m.end(), seg_end
            if role and role != "-" and p1 > p0:
                args.append(Argument(role, text[p0:p1].strip(), p0, p1, m.group(1)))
        kind, _, pattern = trig.requires.partition(":")
        if kind in ("object", "not_object"):
            hit = bool(re.search(rf"\b(?:{pattern})", obj, re.I))
            if hit != (kind == "object"):
                return []
        cues = [
            Cue(c.label, c.word, "tail")
            for c in self.lex.cues
            if c.kind == "headline" and c.pattern.search(text)
        ]
        before = text[seg_start : tok.start].lower().split()
        if before and before[-1] == "to":  # Japan to impose sanctions
            cues.append(Cue("planned", "to", "tail"))
        speaker, cue = self._headline_speaker(text)
        return [
            make_frame(
                sentence=sentence.index,
                key=trig.key,
                trigger=tok.text,
                start=tok.start,
                end=tok.end,
                arguments=tuple(args),
                voice="active",
                cues=tuple(cues),
                speaker=speaker,
                speaker_cue=cue,
                date_spans=(),
                event=trig.event,
                mode=trig.mode,
                context=trig.context,
                partner=trig.partner,
                place_event=trig.place_event,
            )
        ]

    def _proxy(self, t: Tree, i: int) -> int:
        """The noun standing in for a trigger noun inside a quantity phrase: a package of
        sanctions, a new round of talks, a military aid package."""
        k = i
        for _ in range(3):
            h = t.head(k)
            if h is None:
                break
            if t.toks[k].dep == "compound" and t.toks[h].lemma.lower() in TRANSPARENT:
                k = h
            elif t.toks[k].dep == "pobj" and t.toks[h].text.lower() == "of":
                n = t.head(h)
                if n is None or t.toks[n].lemma.lower() not in TRANSPARENT:
                    break
                k = n
            else:
                break
        return k

    def _anchor(self, t: Tree, i: int) -> tuple[int, str]:
        """(predicate, voice): a trigger noun's light verb, else the trigger itself."""
        i = self._proxy(t, i) if t.toks[i].pos in NOMINAL else i
        tok = t.toks[i]
        h = t.head(i)
        if tok.pos in NOMINAL and h is not None:
            ht = t.toks[h]
            voice = self._light(t, h)
            if voice and ht.pos in ("VERB", "AUX") and tok.dep in ("dobj", "nsubjpass"):
                if voice == "active" and t.is_passive(h):
                    voice = "passive"
                return h, voice
            if tok.dep == "pobj" and ht.text.lower() in ("under", "in"):
                v = t.head(h)  # came under attack, engaged in combat
                if v is not None and self._light(t, v):
                    return v, "receptive" if ht.text.lower() == "under" else "active"
            return i, "active"
        if self._light(t, i) == "receptive":
            return i, "receptive"  # received missiles from Moscow
        return i, "passive" if t.is_passive(i) else "active"

    def _frame(self, t: Tree, sentence: Sentence, i: int, trig: Trigger) -> Frame | None:
        tok = t.toks[i]
        p, voice = self._anchor(t, i)
        proxy = self._proxy(t, i) if tok.pos in NOMINAL else i
        if p == proxy != i:
            p = i  # a package of sanctions told alone: the sanctions are the event
        nominal = p == i and tok.pos in NOMINAL
        args = self._args_of(t, p, {i, proxy}, nominal)
        if p != i:
            args += self._args_of(t, i, set(), True)
        if proxy != i:  # a military aid package for Kyiv
            args += [a for a in self._args_of(t, proxy, {i}, True) if a.role != "patient"]
        args += self._implicit_roles(t, i, p, trig, args, nominal)
        if not nominal and trig.event in VERBAL_ACTS:
            # warned that the US would face consequences; if Seoul goes ahead, we will
            # respond: who the content is about
            clauses = t.kids(p, "ccomp")
            if trig.event == "THREATEN":
                clauses += t.kids(p, "advcl")
            for c in clauses:
                for sj in t.kids(c, "nsubj", "nsubjpass"):
                    if t.toks[sj].text.lower() not in PRONOUNS | RELATIVE:
                        a = self._arg(t, "content_agent", sj, "content")
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
        if trig.event in OBJECT_IS_THING:  # share data on missiles: the object is no partner
            args = [a for a in args if a.role != "patient"]
        if (
            nominal
            and trig.event in DOER_WRITTEN
            and not {a.role for a in args} & {"agent", "agent_phrase", "genitive", "compound"}
        ):
            return None  # shielded Pyongyang from sanctions: sanctions told of, not imposed here
        key_words = set(trig.key.split())
        args = [
            a
            for a in args
            if not (a.marker in ("compound", "amod") and a.text.lower() in key_words)
        ]
        if not nominal:
            rel = [
                a for a in args if a.role == "agent" and a.text.lower() in RELATIVE
            ]  # the country that sent troops
            if rel:
                args = [a for a in args if a not in rel] + self._relative_head(t, p)
            if not any(a.role in ("agent", "agent_phrase") for a in args):
                args += self._inherited_agent(t, p)
        climb = self.climb(t, i, p, is_headline(sentence))
        if trig.event in STATEMENT_EVENTS or trig.key in STATEMENT_KEYS:
            climb.cues = [c for c in climb.cues if c.label != "planned"]
        if is_headline(sentence) and climb.speaker is None:
            climb.speaker, climb.speaker_cue = self._headline_speaker(t.text)
        args = self._resolve_pronouns(t, args, p, climb.speaker)
        if (
            not nominal
            and climb.speaker is not None
            and not any(a.role in ("agent", "agent_phrase") for a in args)
        ):
            sp = climb.speaker  # announced plans to send: the speaker's own act
            args.append(Argument("agent", sp.text, sp.start, sp.end, "speaker"))
        if climb.speaker is not None:
            # the claimant is never a participant unless the text makes it one
            args = [
                a
                for a in args
                if not (a.start >= climb.speaker.start and a.end <= climb.speaker.end)
                or a.marker in ("speaker", "shared", "antecedent", "relative")
            ]
        if trig.event == "AID" and not (
            t.lemmas(p)[0] in THEME_WITH and not nominal
        ):  # shared technology with Pyongyang, arms dealings with Moscow: the partner receives
            args = [
                Argument("recipient", a.text, a.start, a.end, a.marker)
                if a.role == "comitative"
                else a
                for a in args
            ]
        if (
            trig.event == "AID"
            and not nominal
            and t.lemmas(p)[0] in THEME_WITH
            and any(a.marker == "with" for a in args)
        ):
            # supply Moscow with shells, compensate Pyongyang with technology: the object
            # is the receiver, the with-phrase the thing given
            args = [
                Argument("recipient", a.text, a.start, a.end, a.marker)
                if a.role == "patient"
                else a
                for a in args
                if a.marker != "with"
            ]
        dl = DATELINE.match(t.text)
        if dl:  # cut the dateline off the phrases it was parsed into
            cut = dl.end()
            args = [
                a if a.start >= cut else Argument(a.role, t.text[cut : a.end], cut, a.end, a.marker)
                for a in args
                if a.end > cut
            ]
        event = trig.event
        if event == "MOBILIZE" and any(a.role == "comitative" for a in args):
            event = "COOPERATE"  # staged drills with the U.S.: a joint exercise
        date_spans = self._date_spans(t, [i, p, *climb.path])
        return make_frame(
            sentence=sentence.index,
            key=trig.key,
            trigger=tok.text if not trig.key.count("-") else t.text[t.span(i)[0] : tok.end],
            start=tok.start,
            end=tok.end,
            arguments=tuple(dict.fromkeys(args)),
            voice=voice,
            nominal=nominal,
            cues=tuple(climb.cues),
            speaker=climb.speaker,
            speaker_cue=climb.speaker_cue,
            in_quote=t.in_quote(tok.start),
            date_spans=date_spans,
            event=event,
            mode=trig.mode,
            context=trig.context,
            partner=trig.partner,
            place_event=trig.place_event,
        )

    def _date_spans(self, t: Tree, path: list[int]) -> tuple[tuple[int, int], ...]:
        """Where a date binds, nearest first: the trigger's and its predicate's own modifiers,
        then those of each predicate above it, up to (not including) a reporting verb."""
        spans: list[tuple[int, int]] = []
        for p in dict.fromkeys(path):
            for c in t.children[p]:
                if t.toks[c].dep in DATE_DEPS:
                    s, e = t.span(c, frozenset({"relcl", "acl", "ccomp", "advcl"}))
                    if (s, e) not in spans:
                        spans.append((s, e))
        return tuple(spans)


@cache
def frames_builder(data_dir: Path = DATA_DIR) -> EnglishFrames:
    return EnglishFrames(load(data_dir))


def frames(sentence: Sentence, settings: Any = None) -> list[Frame]:
    """The registry's `frames` hook: one parsed sentence -> its frames."""
    return frames_builder().frames(sentence)
