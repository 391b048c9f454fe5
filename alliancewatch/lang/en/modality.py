"""English factuality and attribution: what governs an event's clause, and who claims it.

From the event's predicate we climb the dependency tree. Modals, negation, adverbs and
subordinators on the predicate itself give its factuality (may send, did not send, if they
send); a verb, adjective or noun it is the complement of gives it too (plans to send, is
likely to send, the possibility of a test, demanded the withdrawal). A speech verb whose
complement the event is (…, the agency said; officials believe …; Moscow denied …) gives the
claimant, its subject, and ends the climb: what governs the report does not govern the event.
'according to X' and a speech verb outside the quote an event is in are the other sources.
The words are in data/factuality.tsv and data/speech_verbs.tsv.
"""

from __future__ import annotations

from dataclasses import dataclass

from alliancewatch.lang.en.grammar import FIRST_PERSON_WORDS, TIME_WORDS
from alliancewatch.lang.en.lexicon import Lexicon
from alliancewatch.lang.en.tree import CLAUSAL, Tree
from alliancewatch.types import Argument, Cue

COMPLEMENT = frozenset({"xcomp", "ccomp", "dobj", "pcomp", "oprd"})
REPORTED = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "pcomp"})
# verbs that say an event nominal takes place (a visit will take place)
OCCUR = frozenset(
    {"take", "happen", "occur", "proceed", "go", "begin", "start", "resume", "hold", "come"}
    | {"continue"}
)
# 'rule out': its complement is negated, or possible when the ruling out is denied
RULE_OUT = frozenset({"rule", "exclude"})
# taking part in an event: 'was not involved in the strikes' negates the strikes
PARTAKE = frozenset({"involve", "participate", "take", "join", "engage"})
PARTAKE_PREPS = frozenset({"in"})
SPEAKER_SKIP = frozenset({"relcl", "acl", "advcl", "parataxis", "ccomp", "xcomp"})


@dataclass
class Climb:
    cues: list[Cue]
    speech_verb: int | None  # the reporting verb above the event
    speaker: Argument | None
    speaker_cue: str | None
    path: list[int]  # predicates from the event up to (not including) the speech verb


class EnglishModality:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # -- cues of one word ------------------------------------------------------------------

    def _word_cues(
        self,
        kind: str,
        word: str,
        text: str = "",
        passive: bool | None = False,
        xcomp: bool = False,
    ) -> list[Cue]:
        """Cues of one word. For governors, passive=None means 'reached through a
        preposition' (called for, warned against), which rows marked 'prep' require."""
        out = []
        for c in self.lex.cue(kind, word):
            if kind == "governor" and c.pattern.pattern == "passive":
                if passive:
                    out.append(Cue(c.label, word, kind))
            elif kind == "governor" and c.pattern.pattern == "prep":
                if passive is None:
                    out.append(Cue(c.label, word, kind))
            elif kind == "governor" and c.pattern.pattern in ("litotes", "ongoing"):
                continue  # only marks the word: its own modal or tense tells the mood
            elif kind == "governor" and c.pattern.pattern == "xcomp":
                if xcomp:
                    out.append(Cue(c.label, word, kind))
            elif c.pattern.search(text) if kind == "noun" else True:
                out.append(Cue(c.label, word, kind))
        return out[:1]

    def own_cues(self, t: Tree, p: int, reported: bool) -> list[Cue]:
        """Modals, negation, adverbs and subordinators on the predicate p itself."""
        out: list[Cue] = []
        for c in t.children[p]:
            tok = t.toks[c]
            word = tok.text.lower()
            if tok.dep == "aux" and tok.tag == "MD":
                lemma = {"'ll": "will", "wo": "will", "ca": "can"}.get(word, tok.lemma.lower())
                for cue in self._word_cues("aux", lemma):
                    if lemma == "would" and reported:  # said it would send: a plan
                        cue = Cue("planned", tok.text, "aux")
                    out.append(Cue(cue.label, tok.text, "aux"))
            elif tok.dep == "neg":
                out += self._word_cues("neg", word)
            elif tok.dep == "advmod":
                out += self._word_cues("adv", word)
            elif tok.dep == "mark":
                out += self._word_cues("mark", word)
            elif tok.dep == "acomp" and t.toks[p].lemma == "be":  # is due in Moscow: to come
                out += self._word_cues("adj", tok.lemma.lower())
            elif tok.dep == "advcl" and any(
                t.toks[m].text.lower() in ("if", "unless") for m in t.kids(c, "mark")
            ):
                out.append(Cue("hypothetical", "if", "mark"))  # if X, Y will: Y is conditional
            elif tok.dep == "advcl" and any(
                t.toks[a].text.lower() in ("should", "were", "had")
                and a < min(t.kids(c, "nsubj", "nsubjpass") or [a])
                for a in t.kids(c, "aux", "auxpass")
            ):
                out.append(Cue("hypothetical", "should", "mark"))  # should the U.S. attack
        subj = t.kids(p, "nsubj", "nsubjpass")
        if subj and any(t.toks[d].text.lower() == "no" for d in t.kids(subj[0], "det")):
            out.append(Cue("negated", "no", "neg"))  # no troops were sent
        elif any(
            t.toks[d].text.lower() == "no" for o in t.kids(p, "dobj") for d in t.kids(o, "det")
        ):
            out.append(Cue("negated", "no", "neg"))  # signed no agreements, sent no troops
        return out

    def noun_cues(self, t: Tree, i: int) -> list[Cue]:
        """A trigger noun's own modifiers: a possible deployment, no launch."""
        out: list[Cue] = []
        for c in t.children[i]:
            tok = t.toks[c]
            if tok.dep in ("amod", "compound"):
                out += self._word_cues("amod", tok.text.lower())
            elif tok.dep == "det" and tok.text.lower() == "no":
                out += self._word_cues("neg", "no")
            elif tok.dep == "det":  # a response to any attack: an event supposed
                out += self._word_cues("det", tok.text.lower())
        return out

    # -- the climb ------------------------------------------------------------------------

    def speech_kind(self, t: Tree, g: int) -> str | None:
        tok = t.toks[g]
        if tok.pos not in ("VERB", "AUX"):
            return None
        return self.lex.speech_verbs.get(tok.lemma.lower())

    def speaker_of(self, t: Tree, g: int) -> Argument | None:
        subj = (
            t.kids(g, "nsubj")
            or [k for a in t.kids(g, "agent") for k in t.kids(a, "pobj")]
            or [k for k in t.kids(g, "npadvmod") if t.toks[k].pos == "PROPN" and k < g]
        )  # it was announced by the ministry; Beijing, for its part, has urged
        if not subj:
            h = t.head(g)  # a conj sharing its subject; '..., the ministry said, blaming NATO'
            if h is not None and (
                t.toks[g].dep == "conj"
                or (t.toks[g].dep in ("advcl", "xcomp") and t.toks[g].tag in ("VBG", "VB"))
            ):  # summoned the envoy to demand; said, blaming NATO
                return self.speaker_of(t, h)
            k = g - 1  # '…, South Korea's spy agency said': the parser lost the subject
            if (
                k > 0
                and t.toks[k].pos in ("NOUN", "PROPN")
                and t.toks[k].dep != "nsubj"
                and not TIME_WORDS.search(t.toks[k].text)  # leaders meeting this week called
            ):
                s, e = t.span(k, SPEAKER_SKIP | {"appos", "conj", "prep"})
                return Argument("agent", t.text[s:e], s, e, t.toks[g].text)
            return None
        near = max((k for k in subj if k < g), default=subj[0])  # not a dateline's place
        s, e = t.span(near, SPEAKER_SKIP)
        return Argument("agent", t.text[s:e], s, e, t.toks[g].text)

    def statement_speaker(self, t: Tree, p: int) -> Argument | None:
        """The subject of a statement verb naming its own event (data/statement_verbs.tsv)."""
        if t.toks[p].pos not in ("VERB", "AUX") or not any(
            w in self.lex.statement_verbs for w in t.lemmas(p)
        ):
            return None
        return self.speaker_of(t, p)

    def climb(self, t: Tree, i: int, p: int, title: bool) -> Climb:
        """Cues and claimant of the event with trigger i and predicate p."""
        kind = self._reported_kind(t, p)
        cues = self.own_cues(t, p, reported=kind is not None)
        if i != p:
            cues += self.noun_cues(t, i)
        if t.toks[i].pos in ("NOUN", "PROPN") and i == p:
            cues = self.noun_cues(t, i)
            h = t.head(i)  # a visit will take place, the drills may go ahead: the verb's mood
            if h is not None and t.toks[i].dep in ("nsubj", "nsubjpass"):
                if t.toks[h].lemma.lower() in OCCUR:
                    cues += self.own_cues(t, h, kind is not None)
                # the summit is scheduled to / expected to / likely to take place
                cues += self._word_cues(
                    "governor", t.toks[h].lemma.lower(), passive=t.is_passive(h), xcomp=True
                )
                for a in t.kids(h, "acomp"):
                    cues += self._word_cues("adj", t.toks[a].lemma.lower())
        path = [p]
        node = p
        speech, speaker, speaker_cue = None, None, None
        modal_scope = True  # cues above stop applying once we leave the event's clause chain
        while True:
            h = t.head(node)
            if h is None:
                break
            dep, g = t.toks[node].dep, t.toks[h]
            if any(t.toks[k].text == ";" for k in range(min(node, h), max(node, h))):
                break  # 'India strikes Pakistan; Pakistan vows response': two clauses
            k = self.speech_kind(t, h)
            # accused Pyongyang of supplying arms: an of-gerund is reported content too
            of_gerund = (
                dep == "prep"
                and t.toks[node].text.lower() in ("of", "about")
                and any(t.toks[c].dep == "pcomp" for c in t.children[node])
            )
            if k and dep == "xcomp" and not t.kids(h, "nsubj") and t.is_passive(h):
                k = None  # is believed to have sent, is said to: a cue (governor), no speaker
            if k and (dep in REPORTED or of_gerund) and h != p:
                speech, speaker, speaker_cue = h, self.speaker_of(t, h), g.text
                if k == "cognition" and modal_scope:
                    cues.append(Cue("probable", g.text, "quote"))
                elif k == "denial" and modal_scope:
                    cues.append(Cue("negated", g.text, "quote"))
                break
            if (
                dep in ("relcl", "acl", "appos")
                and t.toks[node].pos != "NOUN"
                and not t.kids(node, "mark")  # no evidence that …: a complement, not a relative
                and not (dep == "acl" and self._infinitive(t, node))  # no plans to send
            ):
                modal_scope = False
            if modal_scope:
                got = self._governor_cues(t, node, h, dep)
                cues += got
                if (not got and dep == "dobj") or self.lex.cue("barrier", g.lemma.lower()):
                    # condemned the launch, stopped its cooperation: the object is presupposed
                    modal_scope = False
            if dep in ("advcl", "relcl", "acl", "parataxis") and not (
                dep == "acl" and (t.kids(node, "mark") or self._infinitive(t, node))
            ):
                modal_scope = False
            path.append(h)
            node = h
        if speech is None:
            speech, speaker, speaker_cue = self._trailing_speech(t, path)
        if speaker is None:
            speaker, speaker_cue = self._according_to(t) or (None, None)
        first = speaker is not None and speaker.text.lower() in FIRST_PERSON_WORDS | {"i"}
        if (speaker is None or first) and t.in_quote(t.toks[i].start):
            # "We assess that ...," Shin said: the quote's speaker, not 'we'
            quoted = self._quote_speaker(t)
            if quoted[0] is not None or not first:
                speaker, speaker_cue = quoted
        if title:
            for c in self.lex.cue("headline", "?"):
                if c.pattern.search(t.text):
                    cues.append(Cue(c.label, "?", "tail"))
        for c in self.lex.cues:
            if c.kind == "phrase" and c.pattern.search(t.text[: t.toks[i].start]):
                cues.append(Cue(c.label, c.word, "link"))
        return Climb(cues, speech, speaker, speaker_cue, path)

    @staticmethod
    def _infinitive(t: Tree, node: int) -> bool:
        """A to-infinitive: the complement of a noun (plans to send), not a relative."""
        return any(t.toks[a].text.lower() == "to" for a in t.kids(node, "aux"))

    def _reported_kind(self, t: Tree, p: int) -> str | None:
        node = p
        for h in t.ancestors(p):
            if self.speech_kind(t, h) and t.toks[node].dep in REPORTED:
                return self.speech_kind(t, h)
            node = h
        return None

    def _governor_cues(self, t: Tree, node: int, h: int, dep: str) -> list[Cue]:
        g = t.toks[h]
        lemma = g.lemma.lower()
        out: list[Cue] = []
        if lemma in RULE_OUT and dep in COMPLEMENT | {"csubjpass", "csubj"}:
            # ruled out sending troops: negated; did not rule out / could not be ruled out
            denied = any(t.toks[c].dep == "neg" for c in t.children[h])
            return [Cue("possible" if denied else "negated", g.text, "governor")]
        if dep == "prep" and g.pos == "ADJ":  # is open to meeting, ready for talks
            return self._word_cues("adj", lemma)
        if dep == "pobj" and lemma in PARTAKE_PREPS:
            v = t.head(h)  # was not involved in the strikes, did not take part in the attack
            if (
                v is not None
                and t.toks[v].lemma.lower() in PARTAKE
                and any(t.toks[c].dep == "neg" for c in t.children[v])
            ):
                return [Cue("negated", "not", "neg")]
        if dep in COMPLEMENT and g.pos in ("VERB", "AUX"):
            out += self._word_cues("governor", lemma, passive=t.is_passive(h), xcomp=dep == "xcomp")
            if dep == "xcomp":  # may be planning to send, did not agree to send, were to send
                kinds = {c.pattern.pattern for c in self.lex.cue("governor", lemma)}
                # would not hesitate to strike: the strike is meant, not denied; will continue
                # to coordinate: the coordination goes on now, it is not a plan
                drop = {"litotes": "negated", "ongoing": "planned"}
                drop = {label for k, label in drop.items() if k in kinds}
                out += [c for c in self.own_cues(t, h, False) if c.label not in drop]
        elif dep == "xcomp" and g.pos == "ADJ":  # is likely to send
            out += self._word_cues("adj", lemma)
            verb = t.head(h)
            if verb is not None:
                out += self.own_cues(t, verb, False)
        elif dep == "conj" and g.pos in ("VERB", "AUX") and not t.kids(node, "nsubj", "aux"):
            out += [c for c in self.own_cues(t, h, False) if c.kind == "aux"]
        elif dep == "pobj" or (dep == "pcomp" and g.pos == "ADP"):
            # the possibility of a test, calls for the withdrawal, no intention of invading
            n = t.head(h)
            if n is not None and t.toks[n].pos in ("NOUN", "PROPN"):
                out += self._word_cues("noun", t.toks[n].lemma.lower(), t.phrase(n, CLAUSAL))
            elif n is not None and t.toks[n].pos == "VERB":  # called for, warned against
                lemma_n = t.toks[n].lemma.lower()
                out += self._word_cues("governor", lemma_n, passive=None) or self._word_cues(
                    "governor", lemma_n
                )
                if g.text.lower() == "with":  # would respond with new measures: the means
                    reported = self._reported_kind(t, n) is not None  # shares the verb's mood
                    out += [c for c in self.own_cues(t, n, reported) if c.kind in ("aux", "neg")]
        elif (
            dep in ("acl", "relcl", "ccomp") and g.pos == "NOUN"
        ):  # plans to send, no evidence that
            out += self._word_cues("noun", lemma, t.phrase(h, CLAUSAL))
        return out

    def _trailing_speech(
        self, t: Tree, path: list[int]
    ) -> tuple[int | None, Argument | None, str | None]:
        """'North Korea fired a missile, the JCS said' parsed with 'said' hung below 'fired'."""
        top = path[-1]
        for c in t.children[top]:
            if t.toks[c].dep in ("parataxis", "ccomp", "advcl", "conj") and c not in path:
                k = self.speech_kind(t, c)
                if (
                    k
                    and not (k == "denial" and t.toks[c].dep == "conj")  # ..., and Serbia
                    # rejects that: a reply to the claim, not its source
                    and c > top
                    and t.kids(c, "nsubj")
                    and not t.kids(c, "ccomp")
                    and not t.kids(c, "mark")  # although officials deny it: not the source
                ):
                    return c, self.speaker_of(t, c), t.toks[c].text
        return None, None, None

    def _according_to(self, t: Tree) -> tuple[Argument, str] | None:
        for k, tok in enumerate(t.toks):
            if tok.text.lower() == "according":
                to = [c for c in t.children[k] if t.toks[c].text.lower() == "to"]
                objs = [o for c in to for o in t.kids(c, "pobj")]
                if not objs and k + 1 < len(t.toks) and t.toks[k + 1].text.lower() == "to":
                    objs = t.kids(k + 1, "pobj")
                if objs:
                    s, e = t.span(objs[0], SPEAKER_SKIP)
                    return Argument("agent", t.text[s:e], s, e, "according to"), "according to"
        return None

    def _quote_speaker(self, t: Tree) -> tuple[Argument | None, str | None]:
        """A quote's speaker: a speech verb outside every quote, with a subject."""
        for k, tok in enumerate(t.toks):
            if self.speech_kind(t, k) == "speech" and not t.in_quote(tok.start):
                sp = self.speaker_of(t, k)
                if sp is not None and not t.in_quote(sp.start):
                    return sp, tok.text
        return None, None
