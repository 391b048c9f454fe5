"""English: dependency parse -> language-neutral predicate-argument frames.

A trigger is a verb or a noun of data/triggers.tsv (several readings per word, chosen by
their `requires`). A trigger noun that is the object of a light verb (held talks, imposed
sanctions, received support) takes its roles and voice from that verb
(data/light_verbs.tsv); one inside a quantity phrase (a package of sanctions) is read
through it. Arguments are in arguments.py, their roles by event type in shaping.py,
factuality and attribution in modality.py, headlines in headline.py, the closed grammar
lists in grammar.py.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from alliancewatch.lang import ANAPHOR
from alliancewatch.lang.en.derived import offer_of, threat_of
from alliancewatch.lang.en.grammar import (
    ABOUT_PREPS,
    DATELINE,
    DOER_WRITTEN,
    NOMINAL,
    OBJECT_IS_THING,
    OWNED_WARS,
    PARTICLES,
    PRESENCE_DEPS,
    RECIPROCAL_KEYS,
    SPEAKER_PRONOUNS,
    STATEMENT_EVENTS,
    STATEMENT_KEYS,
    THEME_WITH,
    THIRD_PERSON,
    THREAT_EVENTS,
    TIME_WORDS,
    TOPIC_OBJECT_KEYS,
    TRANSPARENT,
    UNSAID_EVENTS,
    VERBAL,
    VERBAL_ACTS,
    WARNING_THREAT,
    WITH_LIGHT,
)
from alliancewatch.lang.en.headline import headline_frame, headline_speaker, is_headline
from alliancewatch.lang.en.lexicon import DATA_DIR, Lexicon, Trigger, load
from alliancewatch.lang.en.requires import EnglishRequires
from alliancewatch.lang.en.tree import RELATIVE, Tree
from alliancewatch.types import Argument, Cue, Frame, Sentence


class EnglishFrames(EnglishRequires):
    def __init__(self, lex: Lexicon) -> None:
        super().__init__(lex)

    # -- triggers --------------------------------------------------------------------------

    def _verb_trigger(self, t: Tree, i: int) -> tuple[Trigger, ...]:
        keys = [w for w in [t.hyphen_word(i)] if "-" in w]
        due = [g for c in t.kids(i, "acomp") for g in t.kids(c, "prep")]  # is due in Moscow
        for lemma in t.lemmas(i):
            for c in t.children[i] + (due if lemma == "be" else []):
                ct = t.toks[c]
                if ct.dep == "prt" or (ct.dep == "advmod" and ct.text.lower() in PARTICLES):
                    keys.append(f"{lemma} {ct.text.lower()}")  # driven away (advmod to spaCy)
                elif ct.dep in ("prep", "dative"):
                    objs = t.kids(c, "pobj")
                    if objs and all(TIME_WORDS.search(t.toks[o].text) for o in objs):
                        continue  # fired on Monday: a time, not 'fire on'
                    keys += [f"{lemma} {ct.text.lower()} {self._noun_of(t, o, i)}" for o in objs]
                    keys.append(f"{lemma} {ct.text.lower()}")
            keys += [f"{lemma} {t.toks[o].text.lower()}" for o in t.kids(i, "dobj")]  # join forces
            keys.append(lemma)
        # every key's readings, the most specific first: 'fire at' (no object), then 'fire'
        return tuple(r for k in dict.fromkeys(keys) for r in self.lex.readings(k, "verb"))

    def _noun_trigger(self, t: Tree, i: int) -> Trigger | None:
        found = self._noun_readings(t, i)
        return found[0] if found else None

    def _noun_readings(self, t: Tree, i: int) -> tuple[Trigger, ...]:
        lemma = t.toks[i].lemma.lower()
        keys = [w for w in [t.hyphen_word(i)] if "-" in w]
        for c in t.kids(i, "compound", "amod"):
            keys += [f"{t.toks[c].lemma.lower()} {lemma}", f"{t.toks[c].text.lower()} {lemma}"]
        keys.append(lemma)
        if t.toks[i].tag == "NNPS":  # Has Talks with: a title-case headline's plural noun
            keys.append(lemma.removesuffix("s"))
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
        if tok.pos in VERBAL or (tok.lemma == "be" and tok.dep in PRESENCE_DEPS):
            found = self._verb_trigger(t, i)  # and 'is in Moscow': be with its place
            h = t.head(i)
            if found and tok.dep == "pcomp" and h is not None:  # a ban on buying oil
                n = t.head(h)
                if t.toks[h].text.lower() == "against" and n is not None:
                    return None  # warned Beijing against aiding Russia: no aid told
                if n is not None and t.toks[n].pos in NOMINAL and self._cut_by(t, n):
                    found = tuple(r for r in found if r.event != "AID")
            flip = self._flipped(t, i)
            if flip is not None:
                return flip  # does not accept Japan's protest: a rejection of it
            if self._light(t, i) and any(self._object_trigger(t, o) for o in t.kids(i, "dobj")):
                return None  # launched an attack: the noun is the event
        elif tok.pos in NOMINAL and (tok.dep != "compound" or self._proxy(t, i) != i):
            # warning data, sanctions list: modifiers; an aid package: the aid
            found = self._noun_readings(t, i)
            h = t.head(i)
            verb_above = h is not None and t.toks[h].pos in VERBAL
            if found and tok.dep == "dobj" and verb_above and self._cut_by(t, h):
                found = tuple(r for r in found if r.event != "AID")  # curbed exports: no giving
            if found and tok.dep in ("dobj", "nsubjpass") and verb_above and self.lifted(t, h, i):
                found = tuple(r for r in found if r.event != "SANCTION")  # lift sanctions
        else:
            return None
        p, _ = self._anchor(t, i)
        return next((r for r in found if self._requires_ok(t, r, i, p)), None)

    # -- arguments -------------------------------------------------------------------------

    def frames(self, sentence: Sentence) -> list[Frame]:
        if not sentence.tokens:
            return []
        t = Tree(sentence)
        headline = is_headline(sentence)
        out = []
        for tok in sentence.tokens:
            if tok.dep == "prt":
                continue  # shoots down: the particle belongs to its verb's key
            if self._participle_verb(t, tok.i):  # Japan's Air Self-Defense Force scrambled jets
                out += [  # its claimant and cues from the clauses above it
                    self._climbed(t, f, tok.i)
                    for f in headline_frame(self.lex, t, sentence, tok.i, participle=True)
                ]
                continue
            if headline and self._headline_verb(t, tok.i):
                out += headline_frame(self.lex, t, sentence, tok.i)  # UK, France sanction Iran
                continue
            trig = self._trigger(t, tok.i)
            if trig is None or trig.event == "NONE":
                if headline:
                    out += headline_frame(self.lex, t, sentence, tok.i)
                continue
            frame = self._frame(t, sentence, tok.i, trig)
            if frame is not None:
                derived = (threat_of(frame), offer_of(frame))
                out += [f for f in (frame, *derived) if f is not None]
        return out

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
            elif t.toks[k].dep == "pobj" and t.toks[h].text.lower() in ("of", "in"):
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
            v = t.head(h) if tok.dep == "pobj" and ht.text.lower() == "with" else None
            if v is not None and t.toks[v].lemma.lower() in WITH_LIGHT:
                return v, "active"  # hit Russia with sanctions: the verb's object is the target
            return i, "active"
        if self._light(t, i) == "receptive":
            return i, "receptive"  # received missiles from Moscow
        return i, "passive" if t.is_passive(i) else "active"

    def _frame(self, t: Tree, sentence: Sentence, i: int, trig: Trigger) -> Frame | None:
        tok = t.toks[i]
        p, voice = self._anchor(t, i)
        if trig.requires == "negated":  # did not accept the invitation: the subject rejects
            voice = "active"
        proxy = self._proxy(t, i) if tok.pos in NOMINAL else i
        if p == proxy != i:
            p = i  # a package of sanctions told alone: the sanctions are the event
        nominal = p == i and tok.pos in NOMINAL
        args = self._args_of(t, p, {i, proxy}, nominal)
        if nominal and any(a.marker == "of" for a in args):
            # the summit of the U.S., Japanese and South Korean leaders: the list the parser
            # cut after 'U.S.' into an apposition of the noun goes on the of-phrase
            of = next(a for a in args if a.marker == "of")
            args += [
                x
                for c in t.kids(p, "appos", "conj")
                if not t.text[of.end : t.span(c)[0]].strip(" ,")  # right after it
                and self._noun_trigger(t, c) is None  # the summit and the talks: two events
                for x in self._arg(t, of.role, c, "of")
            ]
        if nominal:  # the sanctions imposed on Russia by the EU, drills staged by Seoul and
            # Tokyo: the light participle's roles (a statement issued with ...: no doer named)
            for c in t.kids(p, "acl"):
                if (
                    t.toks[c].tag == "VBN"
                    and self._light(t, c) == "active"
                    and (trig.event in DOER_WRITTEN or t.kids(c, "agent"))
                ):
                    args += self._args_of(t, c, set(), False)
        if p != i:
            args += self._args_of(t, i, set(), True)
        if proxy != i:  # a military aid package for Kyiv
            args += [a for a in self._args_of(t, proxy, {i}, True) if a.role != "patient"]
        args += self._implicit_roles(t, i, p, trig, args, nominal)
        args, own_speaker = self._shape_roles(t, p, trig, args, nominal)
        if trig.key in RECIPROCAL_KEYS and not nominal:
            args = self._reciprocal(t, p, args)
        if trig.event in OBJECT_IS_THING or (trig.key in TOPIC_OBJECT_KEYS and not nominal):
            args = [a for a in args if a.role != "patient"]  # share data, discussed the war
        if (
            nominal
            and (trig.event in DOER_WRITTEN or trig.key in OWNED_WARS)
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
        elif not {a.role for a in args} & {"agent", "agent_phrase", "genitive"}:
            args += self._reason_doer(t, p)  # sanctioned Iranian firms over drone supplies
        treaty = "treaty" in trig.context and not nominal
        args = self._shape_places(t, p, trig, args, treaty)
        climb = self.climb(t, i, p, is_headline(sentence))
        h = t.head(p)
        if trig.key in OWNED_WARS and nominal and h is not None and t.toks[h].text == "for":
            # shells for its war in Ukraine: the war is there, whatever the giving's mood
            climb.cues = [c for c in climb.cues if c.kind in ("amod", "det", "neg")]
        if trig.requires == "negated" or (p != i and self._flipped(t, p)):
            # the reading states what the negation says; the protest not accepted was made
            climb.cues = [c for c in climb.cues if not (c.kind == "neg" and c.label == "negated")]
        # invited his counterpart for talks, pledged aid: an event to come, by the word itself
        # or by its light verb
        kind, word = ("light", t.lemmas(p)[0]) if p != i else ("trigger", trig.key)
        if not nominal:
            climb.cues += [
                Cue(c.label, word, kind)
                for c in self.lex.cue(kind, word)
                if c.pattern.fullmatch(trig.event)
            ]
        if trig.event in STATEMENT_EVENTS or trig.key in STATEMENT_KEYS:
            # a conditional threat (should Seoul go ahead, we will respond) is still made
            climb.cues = [
                c
                for c in climb.cues
                if c.label != "planned" and not (c.label == "hypothetical" and c.kind == "mark")
            ]
        if (
            is_headline(sentence)
            and t.toks[p].dep in ("ROOT", "acl", "relcl")  # (Netherlands' acl to the parser)
            and any(t.toks[c].text.lower() == "to" for c in t.kids(p, "aux"))
        ):  # Netherlands to fund weapons for Ukraine: headline 'to' is a plan
            climb.cues = [*climb.cues, Cue("planned", "to", "tail")]
        if is_headline(sentence) and climb.speaker is None:
            climb.speaker, climb.speaker_cue = headline_speaker(t.text)
        args = self._first_person(self._resolve_pronouns(t, args, p, climb.speaker))
        if (
            not nominal
            and climb.speaker is not None
            and not any(a.role in ("agent", "agent_phrase") for a in args)
        ):
            sp = climb.speaker  # announced plans to send: the speaker's own act; 'it said'
            own = ANAPHOR if sp.text.lower() in THIRD_PERSON else "speaker"  # the last doers
            args.append(Argument("agent", sp.text, sp.start, sp.end, own))
        if climb.speaker is not None:
            # the claimant is never a participant unless the text makes it one
            args = [
                a
                for a in args
                if not (a.start >= climb.speaker.start and a.end <= climb.speaker.end)
                or a.marker in ("speaker", "shared", "antecedent", "relative", ANAPHOR)
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
        if climb.speaker is None and own_speaker is not None:  # Taiwan detected: its report
            climb.speaker, climb.speaker_cue = own_speaker, t.toks[p].text
        if climb.speaker is None and not nominal and trig.event not in UNSAID_EVENTS:
            own = self.statement_speaker(t, p)  # Seoul condemned the launch: Seoul claims it
            if own is not None:
                climb.speaker, climb.speaker_cue = own, t.toks[p].text
        if climb.speaker is not None and climb.speaker.text.lower() in SPEAKER_PRONOUNS:
            climb.speaker, climb.speaker_cue = None, None  # 'he added': named elsewhere (§6)
        dl = DATELINE.match(t.text)
        if dl:  # cut the dateline off the phrases it was parsed into
            cut = dl.end()
            args = [
                a if a.start >= cut else Argument(a.role, t.text[cut : a.end], cut, a.end, a.marker)
                for a in args
                if a.end > cut
            ]
            sp = climb.speaker
            if sp is not None and sp.start < cut:  # SEOUL, April 28 (Yonhap) -- the ministry
                climb.speaker = (
                    Argument(sp.role, t.text[cut : sp.end], cut, sp.end, sp.marker)
                    if sp.end > cut
                    else None
                )
        event = trig.event
        if trig.key == "warn" and not nominal:  # warned that China was preparing: telling
            told = [c for c in t.kids(p, "ccomp") if c > p]  # the clause after the verb
            if (
                told
                and not t.kids(p, "dobj")  # warned Warsaw that ...: told to it
                and not any(t.toks[c].text.lower() in ABOUT_PREPS for c in t.kids(p, "prep"))
                and not any(WARNING_THREAT.search(t.phrase(c)) for c in told)
            ):
                event = "ACCUSE"
        if event == "MOBILIZE":  # launched drones toward Israel: aimed at it (an attack)
            args = [
                Argument("target", a.text, a.start, a.end, a.marker)
                if a.role == "recipient" and a.marker in ("toward", "towards")
                else a
                for a in args
            ]
        place_event = trig.place_event
        if event == "MOBILIZE" and any(a.role == "comitative" for a in args):
            # staged drills with the U.S.: a joint exercise (with his daughter: still one
            # state's, when the coder finds no second state)
            event, place_event = "COOPERATE", place_event or "MOBILIZE"
        if (
            event in THREAT_EVENTS
            and not nominal
            and not any(a.role in ("recipient", "patient", "target") for a in args)
            and any(c.kind == "mark" and c.label == "hypothetical" for c in climb.cues)
        ):  # would impose sanctions if the two sides strike a deal: aimed at the two sides
            args += self._condition_side(t, [p, *climb.path])
        date_spans = self._date_spans(t, [i, p, *climb.path])
        if climb.speech_verb is not None and not any(
            c.label not in ("probable",) for c in climb.cues
        ):  # 'have been fighting ..., an official said Monday': ongoing at the statement (§6)
            date_spans += tuple(
                x for x in self._date_spans(t, [climb.speech_verb]) if x not in date_spans
            )
        about = self._about(t, p) if not nominal and trig.event in VERBAL_ACTS else ""
        if nominal:  # NATO condemned the North Korean deployment: NATO only talks about it
            args += self._denier(t, proxy, args) or self._claimants(t, proxy)
        if is_headline(sentence):  # US, South Korea kick off drills: the whole list acts
            args = self._headline_list(t, p, args)
        return Frame(
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
            place_event=place_event,
            about=about,
            clause_dated=True,  # dates bind by clause (types.Frame)
            pair=treaty,
        )


@cache
def frames_builder(data_dir: Path = DATA_DIR) -> EnglishFrames:
    return EnglishFrames(load(data_dir))


def frames(sentence: Sentence, settings: Any = None) -> list[Frame]:
    """The registry's `frames` hook: one parsed sentence -> its frames."""
    return frames_builder().frames(sentence)
