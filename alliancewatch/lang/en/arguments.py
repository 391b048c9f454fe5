"""English arguments: which phrase of a parsed sentence plays which role for a trigger.

Roles come from dependency labels and prepositions (data/case_roles.tsv): the subject is the
agent, the object the patient, to/against/on-phrases the recipient, by-phrases the agent of
a passive, a possessor the genitive of a nominal event (Russia's supply of missiles). Subjects
the surface leaves out are looked for where English grammar puts them: the controller of an
infinitive (plans to send), the first of coordinated verbs, the noun a relative or participle
clause modifies, the antecedent of a pronoun, the speaker of reported speech (said it fired).
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.en.grammar import (
    ADJUNCT_PREPS,
    FIRST_PERSON_WORDS,
    HOST_VERBS,
    JOINED_KEYS,
    NOMINAL,
    OBJECT_CONTROL,
    ON_CONTROL,
    PCOMP_CONTROL,
    PLACE_NOUNS,
    PLACE_PREPS,
    PURPOSE_PREPS,
    REASON_PREPS,
    STRANDED,
    SYMMETRIC_EVENTS,
    TIME_WORDS,
    VISIT_NOUNS,
)
from alliancewatch.lang.en.lexicon import Trigger
from alliancewatch.lang.en.modality import EnglishModality
from alliancewatch.lang.en.tree import CLAUSAL, RELATIVE, Tree
from alliancewatch.types import Argument


class EnglishArguments(EnglishModality):
    def _arg(self, t: Tree, role: str, head: int, marker: str) -> list[Argument]:
        """The phrase headed by `head`, plus its appositions, in one role."""
        out = []
        we = t.toks[head].text.lower() in FIRST_PERSON_WORDS  # We, the ministers of A and B:
        for h in [head, *t.kids(head, "appos")]:  # the of-phrase names who 'we' are
            appos = t.toks[h].dep == "appos" and not we
            s, e = t.span(h, CLAUSAL | {"prep"} if appos else CLAUSAL)
            if role == "agent":  # Moscow's embassy in Seoul: where the doer is, not who
                where = [
                    t.toks[c].start
                    for c in t.kids(h, "prep")
                    if t.toks[c].text.lower() in PLACE_PREPS and c > h
                ]
                e = min([e, *where])
                e = len(t.text[s:e].rstrip(" ,")) + s
            out.append(Argument(role, t.text[s:e], s, e, marker))
        return out

    def _args_of(self, t: Tree, p: int, skip: set[int], nominal: bool) -> list[Argument]:
        out: list[Argument] = []
        for c in t.children[p]:
            if c in skip:
                continue
            tok = t.toks[c]
            if tok.dep == "prep" and any(
                t.toks[o].lemma.lower() in ("part", "sideline", "sidelines")
                for o in t.kids(c, "pobj")
            ):
                continue  # Beijing, for its part; on the sidelines of the UN: no party
            if (
                tok.dep == "npadvmod"
                and tok.pos == "PROPN"
                and c < p
                and not nominal
                and (
                    not t.kids(p, "nsubj", "nsubjpass")
                    or (
                        c + 1 < p
                        and t.toks[c + 1].text == ","
                        and c < min(t.kids(p, "nsubj") or [0])
                    )
                )
            ):  # 'Beijing, for its part, has dismissed': the parser lost the subject;
                # 'Japan, Philippines sign pact': the first of a headline's list
                out += self._arg(t, "agent", c, "nsubj")
                continue
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
                if tok.text.lower() in ("in", "inside") and not any(
                    w[:1].isupper() for o in t.kids(c, "pobj") for w in t.phrase(o).split()
                ):
                    continue  # talks in the history of the two countries: no host named
                for o in t.kids(c, "pobj"):
                    if o in skip:
                        continue  # engaged in combat: the trigger itself
                    if role and role != "-" and not TIME_WORDS.search(t.toks[o].text):
                        # support for Russia's war in Ukraine: the war's place is no party
                        h = self._housed(t, o) if role == "target" else o
                        out += self._object_arg(t, h, role, tok.text.lower())
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
        keep = [c for c in t.kids(n, "prep") if t.toks[c].text.lower() in ("of", "by")]
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
        # fired 800 drones and 13 missiles at Ukraine: the phrase hangs on the last conjunct
        conj = [c for k in t.kids(n, "conj") for c in t.kids(k, "prep")]
        for c in t.kids(n, "prep") + inner + conj:
            word = t.toks[c].text.lower()
            role = self.lex.roles.get(f"prep:{word}")
            if role in ("recipient", "target", "source", "comitative") and word in STRANDED:
                for o in t.kids(c, "pobj"):
                    out += self._arg(t, role, self._housed(t, o), word)
        return out

    @staticmethod
    def _called_on(t: Tree, v: int) -> list[int]:
        """called on Pyongyang to withdraw, counted on Hungary to ratify: the object of
        'on' after such a verb controls the infinitive (not 'On paper, X would be obliged')."""
        if t.toks[v].lemma.lower() not in ON_CONTROL:
            return []
        return [
            o
            for c in t.kids(v, "prep")
            if c > v and t.toks[c].text.lower() in ("on", "upon")
            for o in t.kids(c, "pobj")
        ]

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
            lead = [  # 'Japan, the US and South Korea began': the list's first name
                k
                for k in t.kids(v, "npadvmod")
                if t.toks[k].pos == "PROPN" and k < v and t.toks[k + 1].text == ","
            ]
            subj = t.kids(v, "nsubj", "nsubjpass") or lead
            if subj and not lead:  # 'Japan, the US and South Korea began ..., X said': the
                k = subj[0]  # parser gave the list's first name to the reporting verb
                while k > 0 and t.toks[k].pos in ("PROPN", "DET") and t.toks[k - 1].pos != "PUNCT":
                    k -= 1
                if k >= 2 and t.toks[k - 1].text == "," and t.toks[k - 2].pos == "PROPN":
                    head = k - 2
                    while head > 0 and t.toks[head - 1].pos == "PROPN":
                        head -= 1
                    if t.toks[head].dep in ("nsubj", "npadvmod") and t.head(head) != v:
                        lead = [k - 2]
            if subj and t.toks[subj[0]].text.lower() not in RELATIVE:
                out = self._arg(t, "agent", subj[0], "shared")
                return out + [
                    a for k in lead if k != subj[0] for a in self._arg(t, "agent", k, "shared")
                ]
            if subj:  # the country that sent troops
                return self._relative_head(t, v)
            return self._inherited_agent(t, v, seen)

        if dep == "xcomp" and ht.pos in ("VERB", "AUX"):
            objs = t.kids(h, "dobj") or self._called_on(t, h)
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

    def _reason_doer(self, t: Tree, p: int) -> list[Argument]:
        """An event noun in the reason phrase of a verb of blame or praise (sanctioned Iranian
        firms over drone supplies to Russia, criticized Iran for its shipments) is the deed
        of that verb's object, not of its subject. A definite noun (blamed Manila for the
        clash) points back at an event already told, with its own doers: no new doer here."""
        if any(t.toks[d].lemma.lower() in ("the", "this", "that") for d in t.kids(p, "det")):
            return []
        h = t.head(p)
        if h is None or t.toks[p].dep != "pobj" or t.toks[h].text.lower() not in REASON_PREPS:
            return []
        v = t.head(h)
        if v is None or t.toks[h].dep != "prep" or t.toks[v].lemma.lower() not in PCOMP_CONTROL:
            return []
        objs = t.kids(v, "dobj")
        return self._arg(t, "agent", objs[0], "controller") if objs else []

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
            and not roles & {"agent", "agent_phrase", "genitive", "compound"}
            and h is not None
        ):
            ht = t.toks[h]  # held talks after / following talks with Kim: the clause's subject
            v = t.head(h)
            purpose = (  # in Moscow for talks; not for a meeting of the SCO (a forum's)
                trig.event == "CONSULT"
                and (
                    ht.text.lower() in PURPOSE_PREPS
                    or (ht.text.lower() == "on" and tok.lemma.lower() in VISIT_NOUNS)
                )  # Kim, on a visit to Russia, ...
                and not any(t.toks[c].text.lower() == "of" for c in t.kids(i, "prep"))
            )
            if (
                tok.dep == "pobj"
                and (ht.text.lower() in ADJUNCT_PREPS or purpose)
                and v is not None
                and t.toks[v].pos in ("VERB", "AUX")
            ):
                out += [self._arg(t, "agent", s, "clause")[0] for s in t.kids(v, "nsubj")[:1]]
                if purpose and "recipient" not in roles and "comitative" not in roles:
                    # was in Moscow for talks: the host is where the clause puts its subject
                    out += [
                        a
                        for c in t.kids(v, "prep")
                        if t.toks[c].text.lower() in ("in", "to")
                        for o in t.kids(c, "pobj")
                        for a in self._arg(t, "recipient", o, t.toks[c].text.lower())
                    ]
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

    def _treaty_args(self, t: Tree, p: int, args: list[Argument], key: str) -> list[Argument]:
        """A treaty act's object is the document, no party (it, the pact); so is the noun a
        participle or relative clause modifies (the treaty signed in June; a pact Moscow
        signed): the coder then takes the article's pair for the parties left unsaid."""
        passive_head = t.toks[p].dep in ("acl", "relcl") and (
            t.is_passive(p) or t.toks[p].tag == "VBN" or not t.kids(p, "dobj")
        )
        return [
            replace(a, role="patient", participant=False)
            if a.marker == "relative" and passive_head
            else replace(a, participant=False)
            if a.role == "patient" and key not in JOINED_KEYS  # joined NATO: a party
            else a
            for a in args
        ]

    def _for_whom(self, t: Tree, objs: list[int]) -> list[Argument]:
        """A receiver named deep inside the object of a giving verb (will fund a package of
        U.S. weapons for Ukraine): the first for/to-phrase on a name within it."""
        for o in objs:
            for k in t.subtree(o):
                if t.toks[k].dep == "prep" and t.toks[k].text.lower() in ("for", "to"):
                    names = [x for x in t.kids(k, "pobj") if t.toks[x].pos == "PROPN"]
                    if names:
                        return self._arg(t, "recipient", names[0], t.toks[k].text.lower())
        return []

    def _reciprocal(self, t: Tree, p: int, args: list[Argument]) -> list[Argument]:
        """Russia and Ukraine exchanged prisoners: the first of a coordinated subject is the
        actor, the others the recipients (when no other side is written)."""
        subj = t.kids(p, "nsubj")
        if not subj or any(
            a.role in ("recipient", "comitative") and a.marker not in PLACE_PREPS for a in args
        ):
            return args
        n = subj[0]
        conj = t.kids(n, "conj")
        if not conj:  # Indian and Chinese troops clashed: coordinated owners of one noun
            mods = [m for m in t.kids(n, "amod", "compound") if t.kids(m, "conj")]
            if not mods:
                return args
            n, conj = mods[0], t.kids(mods[0], "conj")
        first = t.toks[n]
        head = [k for k in t.subtree(n) if k < conj[0] and t.toks[k].dep != "cc"]
        s, e = t.toks[min(head)].start, first.end
        out = [  # the subject split; clashed in the Galwan Valley: a place, no party
            a
            for a in args
            if not (a.role == "agent" and a.marker == "nsubj") and a.marker not in PLACE_PREPS
        ]
        out.append(Argument("agent", t.text[s:e], s, e, "nsubj"))
        for c in conj:
            out += self._arg(t, "recipient", c, "reciprocal")
        return out

    @staticmethod
    def _housed(t: Tree, o: int) -> int:
        """Two Iraqi bases housing U.S. troops: the forces a target houses, not its place."""
        for a in t.kids(o, "acl", "relcl"):
            if t.toks[a].lemma.lower() in HOST_VERBS and t.kids(a, "dobj"):
                return t.kids(a, "dobj")[0]
        return o

    @staticmethod
    def _is_place(t: Tree, a: Argument) -> bool:
        """A phrase headed by a place noun (the Belarus border, Japanese waters)."""
        heads = [k for k, x in enumerate(t.toks) if x.start >= a.start and x.end <= a.end]
        head = next((k for k in heads if t.head(k) not in heads), None)
        return head is not None and t.toks[head].lemma.lower() in PLACE_NOUNS

    def _relative_head(self, t: Tree, v: int) -> list[Argument]:
        h = t.head(v)
        if h is None or t.toks[h].pos not in NOMINAL | {"PRON"}:
            return []
        s, e = t.span(h, CLAUSAL | {"prep"})
        return [Argument("agent", t.text[s:e], s, e, "relative")]

    # -- frames ----------------------------------------------------------------------------
