"""English frames, what a trigger word's readings ask of the tree: the test of a reading's
`requires` (data/triggers.tsv: whether the object, a modifier, a preposition, the subject,
a modal or a negation it asks for is there), light verbs, and the reading a negation gives
a verb. Split from frames.py, which finds triggers and builds frames."""

from __future__ import annotations

import re

from alliancewatch.lang.en.grammar import NOMINAL, VERBAL
from alliancewatch.lang.en.lexicon import Trigger
from alliancewatch.lang.en.shaping import EnglishShaping
from alliancewatch.lang.en.tree import RELATIVE, Tree


class EnglishRequires(EnglishShaping):
    def _light(self, t: Tree, i: int) -> str | None:
        """The voice of i as a light verb (held, staged, received), or None."""
        return next(
            (self.lex.light_verbs[w] for w in t.lemmas(i) if w in self.lex.light_verbs), None
        )

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
            if kind == "not_object":  # gave the diplomats 72 hours to leave: a counted span
                objs += [c for c in t.kids(i, "npadvmod") if t.kids(c, "nummod")]
            text = " ".join(t.phrase(o, frozenset({"relcl"})) for o in objs)
            if t.toks[i].pos in VERBAL and i + 1 < len(t.toks) and not objs:
                text += " " + t.toks[i + 1].text  # scrambled fighters as bombers passed
            if (t.is_passive(p) and t.toks[p].dep in ("acl", "amod")) or (
                t.toks[p].dep == "relcl" and all(t.toks[o].text.lower() in RELATIVE for o in objs)
            ):  # missiles launched by North Korea; the treaty the two countries signed;
                # missiles that Russian forces have fired at Ukrainian cities
                h = t.head(p)
                text += " " + (t.toks[h].text if h is not None else "")
            hit = bool(re.search(rf"\b(?:{arg})", text, re.I))
            return hit if kind == "object" else not hit
        if kind == "active_object":  # stationed troops in Poland, not troops stationed there
            objs = t.kids(p, "dobj")
            text = " ".join(t.phrase(o, frozenset({"relcl"})) for o in objs)
            return (
                not t.is_passive(p)
                and t.toks[p].dep not in ("relcl", "acl")
                and bool(re.search(rf"\b(?:{arg})", text, re.I))
            )
        if kind == "compound":
            mods = " ".join(t.toks[c].text for c in t.kids(i, "compound", "amod"))
            return bool(re.search(rf"\b(?:{arg})\b", mods, re.I))
        if kind == "prep":
            words = set(arg.split("|"))
            return any(t.toks[c].text.lower() in words for c in t.kids(i, "prep"))
        if kind == "oprd":
            return any(re.search(rf"\b(?:{arg})", t.phrase(c), re.I) for c in t.kids(p, "oprd"))
        if kind == "in_name":  # is in Pyongyang, not in talks or in a difficult position
            preps = t.kids(p, "prep") + [g for c in t.kids(p, "acomp") for g in t.kids(c, "prep")]
            parts = trig.key.split()  # be at: its own at-phrase (not 'in Manila')
            return any(
                t.toks[o].pos == "PROPN"
                for c in preps
                if len(parts) < 2 or t.toks[c].text.lower() == parts[-1]
                for o in t.kids(c)
            )
        if kind == "subject":  # instructors arrived in Niamey; the treaty, which took effect
            h = t.head(p) if t.toks[p].dep == "relcl" else None
            subj = [t.phrase(c) for c in t.kids(p, "nsubj")] + ([t.toks[h].text] if h else [])
            return any(re.search(rf"\b(?:{arg})", x, re.I) for x in subj)
        if kind == "intransitive":  # fired at Ukrainian cities (fired missiles at: 'fire')
            return not t.kids(p, "dobj")
        if kind == "verbal":  # firmly opposes, not 'was not opposed to' (a stance held)
            return t.toks[i].dep not in ("acomp", "amod")
        if kind == "xcomp":
            return bool(t.kids(p, "xcomp"))
        if kind == "negated":  # does not accept the protest: a rejection
            return t.toks[i].pos in VERBAL and bool(t.kids(i, "neg"))
        if kind == "modal":  # would respond, vowed to respond: told as what one will do
            words = set(arg.split("|"))
            h = t.head(p)
            return any(t.toks[a].lemma.lower() in words for a in t.kids(p, "aux")) or (
                t.toks[p].dep == "xcomp" and h is not None and t.toks[h].lemma.lower() in words
            )
        if kind == "light":  # countermeasures announced or imposed, not threatened
            return p != i and t.lemmas(p)[0] in arg.split("|")
        if kind == "advmod":  # flew together
            return any(t.toks[c].text.lower() in arg.split("|") for c in t.kids(i, "advmod"))
        return True

    def _flipped(self, t: Tree, v: int) -> Trigger | None:
        """The reading a negation gives the verb at v (does not accept, does not recognise:
        REJECT), when it holds."""
        if t.toks[v].pos not in VERBAL:
            return None
        found = [r for r in self._verb_trigger(t, v) if r.requires == "negated"]
        return next((r for r in found if self._requires_ok(t, r, v, v)), None)
