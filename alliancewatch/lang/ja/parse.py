"""GiNZA wrapper: Japanese sentences -> tokens with lemma, POS, dependencies.

The model is loaded once per process. Named-entity recognition is disabled: GiNZA's NER
splits 朝ロ and 金正恩, and actors come from our own alias table (resolve/actors.py);
dropping it saves about 40% of parse time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from alliancewatch.lang.ja.graph import NOMINAL, above, case_after
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.strays import strays_restored
from alliancewatch.lang.model import SpacyModel, with_tokens
from alliancewatch.types import Sentence, Token

MODEL = "ja_ginza"
DISABLED = ("ner",)
# GiNZA's batches count texts, not tokens, and its parser steps through a batch for as long
# as the batch's longest text: 16 sentences a batch, each shorter than a paragraph, cost
# about a tenth more parse time than 64 (round 19, dev_ja); a text's parse does not depend
# on the batch it is in (the same tokens at 16 and 64 over every Japanese gold set).
SENTENCES_PER_ARTICLE = 4
_MODEL = SpacyModel(MODEL, DISABLED)


def load() -> Any:
    """The spaCy pipeline, loaded from the installed ja-ginza package (never downloads)."""
    return _MODEL.load()


def _encodable(text: str) -> str:
    """A lone surrogate (U+D800-DFFF) makes SudachiPy raise; one U+FFFD per code point
    keeps every offset where it was."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


# An ASCII space with a non-ASCII character on one side and a word on the other: the cleaner
# folds the ideographic space (U+3000) that separates a headline's phrases to it, and GiNZA
# then reads across it as one compound (米ロ首脳が電話会談 エネルギー施設… -> 電話会談エネ
# ルギー施設; …イランと断交 UAEは大使召還: the gap before a Latin name too).
_PHRASE_GAP = re.compile(r"(?<=[^\x00-\x7f]) (?=\S)|(?<=\S) (?=[^\x00-\x7f])")


def _for_parser(text: str) -> str:
    """The text GiNZA reads: encodable, with each phrase gap given back its ideographic
    space (same length, so every offset stays where it was)."""
    return _PHRASE_GAP.sub("\u3000", _encodable(text))


_OPEN, _CLOSE = "「『（(【［[", "」』）)】］]"


def phrases(text: str) -> list[tuple[int, int]]:
    """A headline line (no 。) as its phrases, the spans between its ideographic spaces
    outside brackets (北朝鮮、日本海へミサイル数発　ロシアへの輸出向けか): each phrase is a
    headline of its own, with its own topic and predicate. Any other text is one span."""
    if "。" in text or "\u3000" not in text:
        return [(0, len(text))]
    spans, start, depth = [], 0, 0
    for k, c in enumerate(text):
        depth += (c in _OPEN) - (c in _CLOSE)
        if c == "\u3000" and depth <= 0:
            if k > start:
                spans.append((start, k))
            start = k + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


_NOT_HEAD = frozenset({"PUNCT", "SYM", "ADP", "AUX", "PART", "SCONJ"})


def _phrases_apart(text: str, toks: tuple[Token, ...]) -> tuple[Token, ...]:
    """A headline's phrases as separate trees. GiNZA reads the line as one sentence and hangs
    one phrase on the next (相互防衛協定　「…攻撃」: the treaty a modifier of the quoted
    attack); a dependency that crosses a gap is moved to its phrase's last content word,
    the phrase's own predicate (Japanese is head-final), which becomes a root. Within a
    phrase the parse read with the whole line in view is kept: parsed alone, a short
    phrase often parses worse (北朝鮮が「偵察衛星」発射)."""
    spans = phrases(text)
    if len(spans) < 2:
        return toks
    out = list(toks)
    phrase = [next((k for k, (s, e) in enumerate(spans) if s <= t.start < e), -1) for t in toks]
    heads: dict[int, int] = {}
    for t in toks:
        if phrase[t.i] >= 0 and t.pos not in _NOT_HEAD:
            heads[phrase[t.i]] = t.i  # the rightmost content word wins
    last = None
    for t in toks:
        k = phrase[t.i]
        if k < 0:  # the gap itself: punctuation of the phrase before it
            out[t.i] = replace(t, head=last if last is not None else t.i, dep="punct")
            continue
        top = heads.get(k)
        if top is None:
            continue
        last = top
        if t.i == top:
            out[t.i] = replace(t, head=t.i, dep="ROOT")
        elif phrase[t.head] != k:
            out[t.i] = replace(t, head=top)
    return tuple(out)


def parse_texts(texts: Iterable[str], batch_size: int = 16) -> list[tuple[Token, ...]]:
    """Parse each text as one unit (a sentence); GiNZA may see several roots in it. The
    phrases of a headline come out as separate trees (`_phrases_apart`)."""
    prepared = [_for_parser(t) for t in texts]
    parsed = _MODEL.parse_texts(prepared, batch_size)
    return [_phrases_apart(t, toks) for t, toks in zip(prepared, parsed, strict=True)]


_MISTAGGED = pattern("noun_mistagged")
_CASE = pattern("case_after_noun")
_ADVERB_VERB = pattern("adverb_verb")
_ADVERB_STEM = pattern("adverb_stem")
LOCATED = pattern("located")


def _nouns_restored(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A noun the tagger calls a verb or an adjective, right before a case particle (米ロが,
    トランプ政権に): a noun again, its particle a case marker, so the frame builder takes it
    as an argument. Only nouns the dictionary lists as plain or proper nouns: a サ変 noun
    (合意し) and a na-adjective (積極的に) are what the tagger says. A proper noun read as a
    verb before the noun it names (ストルテンベルグ事務総長: a surname ending like a verb in
    ぐ, hung on the title as a relative clause) is the first part of that compound, so the
    name and its title stay one noun phrase. A plain noun the tagger calls an adjective right
    before a noun (米ロ首脳会談, 米ロ外相会談) is the first part of that compound."""
    out = list(tokens)
    for k, t in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        if t.pos in ("VERB", "ADJ") and _MISTAGGED.match(t.tag) and _CASE.match(nxt.text):
            out[k] = replace(t, pos="NOUN")
            out[k + 1] = replace(nxt, pos="ADP", dep="case")
        elif (
            t.pos == "ADJ"
            and _MISTAGGED.match(t.tag)
            and nxt.pos in NOMINAL
            and nxt.start == t.end
            and t.dep in ("amod", "acl")
            and t.head > k
        ):  # 米ロ首脳会談: a noun the tagger calls an adjective on the noun after it
            out[k] = replace(t, pos="NOUN", dep="compound")
        elif t.pos in ("VERB", "ADJ") and t.tag.startswith("名詞-固有名詞") and nxt.pos == "NOUN":
            h = k + 1  # the noun the name's compound ends in (事務 -> 総長)
            while tokens[h].dep == "compound" and tokens[h].head > h:
                h = tokens[h].head
            out[k] = replace(t, pos="PROPN", dep="compound", head=h)
            for c in tokens:  # ロンドンで hung on the name: the noun's predicate's
                if c.head == k and c.i != k:
                    out[c.i] = replace(out[c.i], head=tokens[h].head)
    return tuple(out)


def _adverbs_restored(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """A verb stem and ず that is an adverb (絶えず, 相変わらず: patterns.tsv adverb_verb), or
    a bare continuative right before its verb (繰り返し受けてきた: adverb_stem), parsed as a
    clause of its own on the verb after it: its arguments are that verb's (実務協力を絶えず
    深めている: the cooperation is what deepens), and it an adverb."""
    out = list(tokens)
    for k, t in enumerate(tokens[:-1]):
        head = tokens[t.head]
        negated = tokens[k + 1].lemma == "ず" and bool(_ADVERB_VERB.match(t.text))
        if not (
            t.pos == "VERB"
            and (negated or _ADVERB_STEM.match(t.text) and tokens[k + 1].i == head.i)
            and head.pos == "VERB"
            and head.i > t.i
        ):
            continue
        out[k] = replace(t, pos="ADV", dep="advmod")
        if negated:
            out[k + 1] = replace(tokens[k + 1], dep="fixed")
        for c in tokens:
            if c.head == t.i and c.i != t.i and (c.i != k + 1 or not negated):
                out[c.i] = replace(out[c.i], head=head.i)
    return tuple(out)


def _relative_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """トランプ大統領は…、イランと米英仏独中ロの6カ国が2015年7月に結んだ核合意から離脱すると
    表明した: in a sentence whose topic is set by は, a が-subject marks a subordinate
    clause; when the first verb after it is a relative clause's with no subject of its own,
    on a noun before the predicate the parser hung the が-phrase on, it is that clause's
    subject, not the predicate's. Not when the noun is the predicate's object (北朝鮮が…を
    積んだ船を送った: one subject for both, as the parser reads it), nor when the clause has
    an object of its own or tells where a thing is (移民を乗せた米軍機, 開城にある事務所:
    the noun is that clause's subject, so the が-phrase is not)."""
    out = list(tokens)
    for c, t in enumerate(tokens):
        h = t.head
        if t.dep != "nsubj" or t.pos not in NOMINAL or case_after(tokens, c) != "が" or h <= c:
            continue
        if not any(case_after(tokens, k) == "は" and tokens[k].pos in NOMINAL for k in range(c)):
            continue  # no topic before it: the が-phrase may be the main subject
        v = next((k for k in range(c + 1, h) if tokens[k].pos == "VERB"), None)
        if v is None or tokens[v].dep != "acl":
            continue
        if any(tokens[k].text in _OPEN for k in range(c + 1, v)):
            continue  # AとBが「…に関わる問題で…支持し合ってきた」と: a quote's verb
        noun = tokens[v].head
        if not v < noun < h or tokens[noun].pos not in NOMINAL:
            continue
        if tokens[noun].dep == "obj" and tokens[noun].head == h:
            continue
        if LOCATED.match(tokens[v].lemma) or any(
            u.head == v and u.i != v and (u.dep == "nsubj" or u.pos in NOMINAL and u.dep == "obj")
            for u in tokens
        ):  # 開城にある事務所を, 移民を乗せた米軍機の: the noun is the clause's own subject
            continue
        if above(out, v, c):
            continue  # the clause hangs on the が-phrase itself: no cycle
        out[c] = replace(t, head=v)
    return tuple(out)


def _genitive_subjects(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """北朝鮮が前例のない頻度で発射を繰り返している: a が-phrase the parser hung on a relative
    clause's predicate that already has its subject marked by の (前例のない, 類のない: in a
    relative clause the subject takes が or の, not both) is the subject of the predicate
    the clause's noun depends on (繰り返し), not of the clause."""
    out = list(tokens)
    for c, t in enumerate(tokens):
        h = t.head
        if t.dep != "nsubj" or t.pos not in NOMINAL or case_after(tokens, c) != "が" or h <= c:
            continue
        if tokens[h].dep != "acl" or tokens[h].pos not in ("ADJ", "VERB"):
            continue
        if not any(
            u.head == h and c < u.i < h and u.pos in NOMINAL and case_after(tokens, u.i) == "の"
            for u in tokens
        ):
            continue
        noun = tokens[h].head
        if noun <= h or tokens[noun].pos not in NOMINAL:
            continue
        v = tokens[noun].head
        if v <= noun or tokens[v].pos != "VERB" or above(out, v, c):
            continue
        out[c] = replace(t, head=v)
    return tuple(out)


def parse_sentences(sentences: list[Sentence], batch_size: int = 16) -> list[Sentence]:
    parsed = parse_texts((s.text for s in sentences), batch_size=batch_size)
    return with_tokens(
        sentences,
        [
            _genitive_subjects(
                _relative_subjects(
                    _adverbs_restored(_nouns_restored(strays_restored(t, len(phrases(s.text)) > 1)))
                )
            )
            for s, t in zip(sentences, parsed, strict=True)
        ],
    )
