"""Korean: sentence splitting and kiwipiepy morphemes -> types.Token, one Token per morpheme.

Why per morpheme, not per eojeol (space-separated word): Korean marks case, voice, tense,
negation and clause linkage with bound morphemes (북한+이, 파병+하+었+다+고), and the frame
builder reads exactly those. An eojeol boundary is still recoverable: a token begins a new
eojeol when whitespace lies between it and the previous token (`starts_word`).

kiwipiepy has no dependency parser: Token.dep is "" and Token.head is the token itself; the
frame builder (frames.py) works on chunks (noun phrases closed by particles, predicates with
their endings) instead. The model ships in the kiwipiepy_model package: nothing is downloaded.

Work per call is bounded: a "sentence" longer than MAX_SENTENCE characters (scraping damage,
a table) is analysed in windows cut at spaces, whose tokens are shifted back into place;
the splitter (split.py) likewise gets bounded pieces.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from alliancewatch.lang.ko.split import MAX_SENTENCE
from alliancewatch.types import Sentence, Token

DATA = Path(__file__).resolve().parent / "data"
_lock = threading.Lock()
_kiwi: Any = None


# kiwipiepy (Sejong) tags -> UD part of speech, for readers of Token.pos; the frame builder
# reads Token.tag.
UPOS = {
    "NNG": "NOUN", "NNP": "PROPN", "NNB": "NOUN", "NR": "NUM", "NP": "PRON", "SN": "NUM",
    "SL": "PROPN", "SH": "PROPN", "XPN": "NOUN", "XSN": "NOUN", "XR": "NOUN",
    "VV": "VERB", "VA": "ADJ", "VX": "AUX", "VCP": "AUX", "VCN": "AUX",
    "XSV": "VERB", "XSA": "ADJ", "MM": "DET", "MAG": "ADV", "MAJ": "CCONJ", "IC": "INTJ",
    "JC": "CCONJ", "EP": "AUX", "EF": "PART", "EC": "SCONJ", "ETM": "PART", "ETN": "PART",
}  # fmt: skip


def kiwi() -> Any:
    """The one Kiwi of the process, shared by the splitter (split.py) and the analyser."""
    global _kiwi
    with _lock:
        if _kiwi is None:
            from kiwipiepy import Kiwi

            kiwi = Kiwi()
            for word in _actor_words():
                kiwi.add_user_word(word, "NNP")
            _kiwi = kiwi
    return _kiwi


def _actor_words() -> list[str]:
    """Korean actor aliases written as one word (한미일, 북러, 국정원): kiwipiepy must keep
    them whole (it reads 한미일이 as 한미+일+이, numbers)."""
    from alliancewatch.datafiles import read_tsv

    words = []
    for path in (DATA.parent.parent.parent / "data" / "actors.tsv", DATA / "actors.tsv"):
        if path.exists():
            words += [
                r["alias"]
                for r in read_tsv(path)
                if r.get("lang") == "ko"
                and r["code"] not in ("*", "-")
                and re.fullmatch(r"[가-힣·]{2,}", r["alias"])
            ]
    return sorted(set(words))


# -- morphemes -------------------------------------------------------------------------


def _windows(text: str) -> list[tuple[int, int]]:
    """Pieces of at most MAX_SENTENCE characters, cut at the last space before the limit."""
    out, s = [], 0
    while len(text) - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append((s, cut))
        s = cut
    out.append((s, len(text)))
    return out


def tokens(text: str) -> tuple[Token, ...]:
    """kiwipiepy morphemes of one sentence as Tokens (offsets within `text`)."""
    pieces = _windows(text)
    results = kiwi().tokenize([text[s:e] for s, e in pieces])
    out: list[Token] = []
    for (s, _), toks in zip(pieces, results, strict=True):
        for t in toks:
            i = len(out)
            lemma = getattr(t, "lemma", "") or t.form
            tag = t.tag.split("-")[0]  # VV-R / VV-I: regular or irregular conjugation
            out.append(
                Token(
                    i=i,
                    text=t.form,
                    lemma=lemma,
                    pos=UPOS.get(tag, "PUNCT" if tag.startswith("S") else "X"),
                    tag=tag,
                    dep="",
                    head=i,
                    start=s + t.start,
                    end=s + t.start + t.len,
                )
            )
    return tuple(out)


def parse(sentences: list[Sentence], settings: object = None) -> list[Sentence]:
    """Fill Sentence.tokens for a batch (the Language.parse hook)."""
    return [replace(s, tokens=tokens(s.text)) for s in sentences]


def starts_word(text: str, toks: tuple[Token, ...], i: int) -> bool:
    """True when token i opens an eojeol: whitespace, or nothing, lies before it."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return (
        toks[i].start > prev.end
        and text[prev.end : toks[i].start].isspace()
        or (toks[i].start > 0 and text[toks[i].start - 1].isspace())
    )
