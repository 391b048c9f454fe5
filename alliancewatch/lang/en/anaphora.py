"""English anaphora: what a pronoun or a first-person word in a role stands for.

it / they / its in an agent or owner slot: the claimant of reported speech (North Korea said
it fired), the subject of a governing clause, the last named subject before it in the
sentence (When the ministers of A and B met, they ...), else marked ANAPHOR for the coder,
which reads the doers of the sentences before (It said it was ready). We / our: the speaker
only, never a third party named in the tree. 'It' as the object of a stance (condemned it):
the thing named before it. Split from arguments.py, which finds the roles themselves.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang import ANAPHOR
from alliancewatch.lang.en.arguments import EnglishArguments
from alliancewatch.lang.en.grammar import (
    EVENT_PRONOUNS,
    FIRST_PERSON_WORDS,
    NOMINAL,
    OBJECT_CONTROL,
    POSSESSIVES,
    TIME_WORDS,
)
from alliancewatch.lang.en.tree import PRONOUNS, RELATIVE, Tree
from alliancewatch.types import Argument


class EnglishAnaphora(EnglishArguments):
    def _resolve_pronouns(self, t: Tree, args: list[Argument], p: int, speaker) -> list:
        """it / they / its in an event's agent or owner slot: the claimant of reported speech
        (North Korea said it fired), else the subject of a governing clause, else marked for
        the coder to read from the sentences before (ANAPHOR). We / our: the speaker only."""
        out = []
        for a in args:
            words = a.text.lower().split()
            pair = self._plural_antecedent(t, a) if a.text.lower() == "them" else None
            if pair is not None:  # called India and Pakistan, urging them: both
                out.append(pair)
                continue
            owned = len(words) >= 2 and words[0] in POSSESSIVES  # its (air) forces, their troops
            if owned and a.role in ("target", "recipient") and speaker is not None:
                # the Coast Guard says Chinese ships fired water cannon at its vessel
                sp = speaker
                out.append(Argument(a.role, sp.text, sp.start, sp.end, "antecedent"))
                continue
            if (a.text.lower() not in PRONOUNS and not owned) or a.role not in (
                "agent",
                "genitive",
                "agent_phrase",
            ):
                out.append(a)
                continue
            first = words[0] in FIRST_PERSON_WORDS  # 'our calls', 'we will': never a third
            # party named in the tree (Iran ignored our calls: not Iran), only the speaker
            # criticized China over its support for Russia: the one criticized
            found = next(iter(self._reason_doer(t, p)), None) if a.role == "genitive" else None
            for h in [p, *t.ancestors(p)] if found is None and not first else []:
                if self.speech_kind(t, h) and speaker is not None:
                    break  # reached the reporting verb: the speaker is the antecedent
                # the EU is expected to reinstate its sanctions: a passive subject too
                deps = ("poss", "nsubj") if t.toks[h].pos in NOMINAL else ("nsubj", "nsubjpass")
                sibling = h != p and t.toks[p].dep == "conj" and t.head(p) == h
                subj = [
                    s
                    for s in t.kids(h, *deps)
                    if t.toks[s].text.lower() not in PRONOUNS
                    and not a.start <= t.toks[s].start < a.end
                    and (not sibling or any(t.toks[x].text[:1].isupper() for x in t.subtree(s)))
                ]  # North Korea's admission that it sent troops: its possessor; a clause
                # joined by 'and' lends a named subject only (the strikes killed ..., and its
                # air force shot down: not the strikes)
                if subj:
                    found = self._arg(t, "agent", subj[0], "antecedent")[0]
                    break
                g = t.head(h)  # urged Pyongyang to stop its cooperation: the object
                if (
                    t.toks[h].dep == "xcomp"
                    and g is not None
                    and t.toks[g].lemma.lower() in OBJECT_CONTROL
                    and (t.kids(g, "dobj") or self._called_on(t, g))
                ):
                    o = (t.kids(g, "dobj") or self._called_on(t, g))[0]
                    found = self._arg(t, "agent", o, "antecedent")[0]
                    break
            if found is None and speaker is not None and speaker.text.lower() not in PRONOUNS:
                found = speaker
            first = first or a.text.isupper()  # US is a name, not 'us': no antecedent
            if found is None and not first:
                found = self._earlier_subject(t, a)
            named = any(  # its minister, Choe Son Hui: the apposition names the state
                x.role == a.role and x.marker == a.marker and x.start > a.start for x in args
            )
            if found is None and not first and not named and not self._expletive(t, a):
                # It said it was ready: the doers of the sentences before (the coder's)
                out.append(replace(a, marker=ANAPHOR))
            elif found is None:
                out.append(a)
            else:
                out.append(Argument(a.role, found.text, found.start, found.end, "antecedent"))
        return out

    @staticmethod
    def _plural_antecedent(t: Tree, a: Argument) -> Argument | None:
        """'them' as an addressee or target: the last coordinated pair of names before it in
        its sentence (spoke to the ministers of India and Pakistan, urging them), a plural
        the parser leaves to no one; not a pair of subjects (the doers themselves) nor one
        followed by a plural object, which 'them' more likely means."""
        if a.role not in ("patient", "recipient", "target", "addressee"):
            return None
        pairs = [
            (h, k)
            for k, x in enumerate(t.toks)
            if x.end <= a.start
            and x.dep == "conj"
            and x.pos == "PROPN"
            and (h := t.head(k)) is not None
            and h < k
            and t.toks[h].pos == "PROPN"
        ]
        pairs = [
            (h, k)
            for h, k in pairs
            if t.toks[h].dep not in ("nsubj", "nsubjpass")
            and not (k + 1 < len(t.toks) and t.toks[k + 1].pos in ("VERB", "AUX"))
        ]  # a pair right before a verb is its subject, however parsed (since A and B bombed them)
        if not pairs:
            return None  # Russia and China condemned the sanctions, calling them: not the doers
        h, k = pairs[-1]
        if any(x.dep == "dobj" and x.tag == "NNS" and k < x.i and x.end <= a.start for x in t.toks):
            return None  # called India and Pakistan about the sanctions, lifting them
        s, e = t.toks[h].start, t.toks[k].end
        return Argument(a.role, t.text[s:e], s, e, "antecedent")

    def _earlier_subject(self, t: Tree, a: Argument) -> Argument | None:
        """When the ministers of A, B and C met, they reaffirmed: the last subject before the
        pronoun in its sentence that names someone (a proper name in it), if any."""
        before = [
            k
            for k, x in enumerate(t.toks)
            if x.end <= a.start
            and x.dep in ("nsubj", "nsubjpass")
            and x.pos in NOMINAL
            and x.text.lower() not in PRONOUNS | RELATIVE
            and any(t.toks[y].pos == "PROPN" for y in t.subtree(k))
        ]
        return self._arg(t, "agent", before[-1], "antecedent")[0] if before else None

    @staticmethod
    def _expletive(t: Tree, a: Argument) -> bool:
        """'It was the first time that ...', 'it is a move': 'it' as the subject of a copula
        with a noun after it stands for no one."""
        k = next((x.i for x in t.toks if x.start == a.start), None)
        h = t.head(k) if k is not None else None
        return (
            h is not None
            and t.toks[k].text.lower() == "it"
            and t.toks[h].lemma.lower() == "be"
            and bool(t.kids(h, "attr"))
        )

    @staticmethod
    def _noun_of(t: Tree, o: int, i: int) -> str:
        """The lemma of a prepositional object; for 'it', the subject named before the verb
        (the treaty ... ceased to exist when the U.S. withdrew from it)."""
        if t.toks[o].text.lower() != "it":
            return t.toks[o].lemma.lower()
        subj = [
            k
            for k in range(i)
            if t.toks[k].dep in ("nsubj", "nsubjpass", "ROOT") and t.toks[k].pos in NOMINAL
        ]
        return t.toks[subj[0]].lemma.lower() if subj else "it"

    def _event_pronoun(self, t: Tree, a: Argument, p: int) -> list[Argument]:
        """'it' as the object of a stance (condemned it) stands for the nearest thing named
        before it in the same sentence (the U.S. action): its owner is the other side."""
        if a.role != "patient" or a.text.lower() not in EVENT_PRONOUNS:
            return [a]
        before = [
            k
            for k in range(p - 1, -1, -1)
            if t.toks[k].pos in NOMINAL
            and t.toks[k].dep in ("dobj", "pobj")
            and not TIME_WORDS.search(t.toks[k].text)
        ]
        if not before:
            return [a]
        return [replace(x, marker="antecedent") for x in self._object_arg(t, before[0])]
