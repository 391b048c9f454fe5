"""Korean morphemes -> chunks: noun phrases closed by their particles, predicates with endings.

Korean is head-final and marks case with particles, so a sentence reads as a row of chunks:
[북한이] [러시아에] [병력을] [보냈다고] [국정원이] [밝혔다]. A noun phrase chunk is a run of
nominal morphemes (spaces, 과/와 coordination and middle dots inside) with the particles after
it (its marker, spaces removed: 에 대해 -> 에대해). A predicate chunk is a verb stem (VV, or a
noun + 하다/되다) with its pre-final endings, auxiliary verbs (-고 있다, -지 않다) and its
final, connective or adnominal ending, which says how its clause links to the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alliancewatch.lang.ko.parse import starts_word
from alliancewatch.types import Token

NOMINAL = {"NNG", "NNP", "NNB", "NR", "NP", "SN", "SL", "SH", "XPN", "XSN", "XR", "MM", "SW"}
NOUN_STEM = {"NNG", "NNP", "XR", "SL", "SH"}
VERBAL = {"VV", "VA"}
ENDING = {"EP", "EF", "EC", "ETM", "ETN"}
# after a case particle, a verb that makes a complex postposition: 에 대해, 에 따르면, 을 향해
POSTPOSITION_VERBS = {
    "대하",
    "의하",
    "따르",
    "향하",
    "상대",
    "통하",
    "관하",
    "비롯하",
    "위하",
    "관련하",
}
POSTPOSITION_ADVERBS = {"함께", "같이"}  # 와 함께
POSTPOSITION_NOUNS = {"상대", "계기", "관련"}  # 을 상대로, 를 계기로, 과 관련한
NEGATION_ADVERBS = {"안", "못"}
# 지난 19일, 오는 15일: verbs that only point in time; -적인: a copula modifier
DEICTIC_VERBS = {"지나다", "오다", "다가오다"}
PAST = {"었", "았", "였", "ᆻ", "했"}  # pre-final past endings as kiwipiepy writes them


@dataclass
class Chunk:
    kind: str  # np | pred
    first: int  # first token
    last: int  # last token (particles and endings included)
    start: int  # character span of the content (the nouns; the whole predicate)
    end: int
    marker: str = ""  # np: particles after it, spaces removed
    lemma: str = ""  # pred: 보내다, 파병하다, 이다
    noun: str = ""  # pred: the noun of a noun+하다 stem (파병), as written
    noun_start: int = 0
    stem_end: int = 0  # pred: end of the stem (the event word) in the sentence
    ending: str = ""  # pred: the last ending morpheme (다, 고, ㄴ, 다고, 기)
    ending_tag: str = ""  # EF | EC | ETM | ETN | ""
    passive: bool = False  # 파견되다, -어지다
    receptive: bool = False  # 지원받다
    quoted: bool = False  # followed by 라고/고 (JKQ) or a -다고 ending
    adjective: bool = False  # 심각한, 강하게: a modifier, not a clause with arguments
    tense: str = ""  # past (-었-) | progressive (-고 있다) | nonpast
    conjuncts: tuple[tuple[int, int], ...] = ()  # np: spans of A과 B, C (coordination)
    end_all: int = 0  # end offset with particles and endings


def _is_nominal(t: Token) -> bool:
    return t.tag in NOMINAL


def chunk(
    text: str,
    toks: tuple[Token, ...],
    skip_before: int = 0,
    adverbial: frozenset[str] = frozenset(),
) -> list[Chunk]:
    """Chunks of a sentence, left to right; tokens starting before `skip_before` (a wire
    dateline) are left out. `adverbial` nouns (경우, 때) close the phrase they open right
    after a -ㄴ/-ㄹ clause (받을 경우 | 다른 쪽이)."""
    out: list[Chunk] = []
    n = len(toks)
    i = 0
    while i < n and toks[i].start < skip_before:
        i += 1
    while i < n:
        t = toks[i]
        if _is_nominal(t) and not (t.tag == "MM" and i + 1 < n and not _is_nominal(toks[i + 1])):
            if (
                t.text in adverbial
                and i > 0
                and toks[i - 1].tag == "ETM"
                and (i + 1 >= n or starts_word(text, toks, i + 1))
            ):
                _close_np(text, toks, i, i, i, out)
                i = out[-1].last + 1
                continue
            i = _noun_phrase(text, toks, i, out)
        elif t.tag in VERBAL or (t.tag == "VX" and not out) or t.tag in ("VCP", "VCN"):
            i = _predicate(text, toks, i, i, out)
        elif t.tag == "JKQ":  # "…될 것"이라고 경고했다: the quotation ends a clause
            out.append(
                Chunk(
                    "pred",
                    i,
                    i,
                    t.start,
                    t.end,
                    lemma="이다",
                    ending=t.text,
                    ending_tag="EC",
                    quoted=True,
                    end_all=t.end,
                )
            )
            i += 1
        else:
            i += 1
    return out


def _noun_phrase(text: str, toks: tuple[Token, ...], i: int, out: list[Chunk]) -> int:
    n = len(toks)
    j = i
    while j + 1 < n:
        nxt = toks[j + 1]
        if _is_nominal(nxt):
            j += 1
        elif nxt.tag == "JC" and j + 2 < n and _is_nominal(toks[j + 2]):
            j += 2  # 김정은 위원장과 푸틴 대통령은: one phrase of two
        elif nxt.text in "·ㆍ∙-" and j + 2 < n and _is_nominal(toks[j + 2]):
            j += 2
        elif nxt.text == "(" and (close := _gloss_end(toks, j + 1)):
            j = close  # 유럽연합(EU)이, 국가정보원(국정원)은: a gloss inside the phrase
        elif (
            nxt.text == ","
            and j + 2 < n
            and _is_nominal(toks[j + 2])
            and any(toks[x].tag == "JC" for x in range(i, j + 1))
        ):
            j += 2  # 한국과 미국, 일본 외교장관은
        else:
            break
    # 배제 못 해, 파병 안 해: a verbal noun, a negation adverb, then 하다
    neg_light = (
        j + 2 < n
        and toks[j + 1].tag == "MAG"
        and toks[j + 1].text in NEGATION_ADVERBS
        and toks[j + 2].lemma == "하다"
    )
    # noun + 하다/되다/받다, or noun + 이다: the last word of the run is a predicate stem
    if neg_light or (
        j + 1 < n and toks[j + 1].tag in ("XSV", "XSA", "VCP") and toks[j].tag != "MM"
    ):
        k = j
        while (
            k > i
            and not starts_word(text, toks, k)
            and toks[k - 1].tag
            in NOUN_STEM
            | {
                "NNG",
                "XPN",
            }
        ):
            k -= 1
        if neg_light:
            if k > i:
                _close_np(text, toks, i, k - 1, k - 1, out)
            return _predicate(text, toks, k, j + 2, out)
        if toks[j + 1].tag == "VCP":
            _close_np(text, toks, i, j, j, out)  # 위협이라고: the noun stays a noun phrase
            return _predicate(text, toks, j + 1, j + 1, out)
        if k > i:
            _close_np(text, toks, i, k - 1, k - 1, out)
        return _predicate(text, toks, k, j + 1, out)
    return _close_np(text, toks, i, j, j, out)


def _gloss_end(toks: tuple[Token, ...], i: int) -> int | None:
    """The index of the ')' closing a short nominal gloss opened at toks[i] ((EU), (국정원)),
    when a particle or another noun of the phrase follows it; else None."""
    for k in range(i + 1, min(i + 6, len(toks))):
        if toks[k].text == ")":
            after = toks[k + 1] if k + 1 < len(toks) else None
            if k == i + 1 or after is None:
                return None
            particle = after.tag.startswith("J") and after.start == toks[k].end
            return k if particle or _is_nominal(after) else None  # (ICBM) 발사를
        if not _is_nominal(toks[k]):
            return None
    return None


def _close_np(
    text: str, toks: tuple[Token, ...], i: int, j: int, last: int, out: list[Chunk]
) -> int:
    """Noun phrase toks[i..j] with the particles (and complex postpositions) after it."""
    n = len(toks)
    k = last + 1
    while k < n and toks[k].tag.startswith("J") and toks[k].tag != "JC":
        k += 1
    if k < n and toks[k].tag == "JC" and (k + 1 >= n or not _is_nominal(toks[k + 1])):
        k += 1  # 러시아와 (회담했다): a comitative the tagger read as a conjunction
    bare_bound = k == last + 1 and toks[last].tag == "NNB"  # 데 대해: 에 left out
    if (k > last + 1 or bare_bound) and k < n:
        v = toks[k]
        if (
            v.tag in VERBAL
            and v.text in POSTPOSITION_VERBS
            or (v.tag == "NNG" and v.text in POSTPOSITION_NOUNS)
        ):
            k += 1
            while k < n and (toks[k].tag in ENDING or toks[k].tag in ("XSV", "JKB")):
                k += 1
        elif v.tag == "MAG" and v.text in POSTPOSITION_ADVERBS:
            k += 1
    end_all = toks[k - 1].end if k > last + 1 else toks[j].end
    marker = re.sub(r"\s+", "", text[toks[j].end : end_all])
    cuts = [x for x in range(i, j + 1) if toks[x].tag == "JC" or toks[x].text == ","]
    bounds, first = [], i
    for x in cuts:
        bounds.append((toks[first].start, toks[x - 1].end))
        first = x + 1
    bounds.append((toks[first].start, toks[j].end))
    c = Chunk(
        "np",
        i,
        k - 1,
        toks[i].start,
        toks[j].end,
        marker=marker,
        conjuncts=tuple(bounds) if cuts else (),
    )
    c.end_all = end_all
    out.append(c)
    return k


def _predicate(text: str, toks: tuple[Token, ...], s: int, verb: int, out: list[Chunk]) -> int:
    """Predicate whose stem runs from token s (a noun of noun+하다, or the verb) to `verb`."""
    n = len(toks)
    t = toks[verb]
    stem = [x for x in range(s, verb) if toks[x].tag != "MAG"]  # 배제 (못) 하다
    noun = text[toks[s].start : toks[stem[-1]].end] if stem else ""
    if t.tag in ("VCP", "VCN"):
        lemma = "이다" if t.tag == "VCP" else "아니다"
    elif t.tag in ("XSV", "XSA") or (noun and t.lemma == "하다"):
        lemma = noun + _stem_lemma(t)
    else:
        lemma = t.lemma if t.lemma.endswith("다") else t.text + "다"
    passive = t.tag == "XSV" and t.text in ("되", "당하")
    receptive = t.tag == "XSV" and t.text == "받"
    k = verb + 1
    ending, etag, quoted, tense = "", "", False, "nonpast"
    while k < n:
        u = toks[k]
        if u.tag in ENDING:
            if u.tag != "EP":
                ending, etag = u.text, u.tag
            elif u.text in PAST and etag != "EF":
                tense = "past"
            k += 1
        elif u.tag == "VX" or (u.tag == "XSV" and u.text in ("되", "시키")):
            if u.text in ("지",) or u.lemma in ("지다",):
                passive = True
            if u.lemma in ("있다", "계시다") and ending == "고" and tense != "past":
                tense = "progressive"
            k += 1
        elif u.tag == "JKQ" or (u.tag == "JX" and ending and etag in ("EF", "EC")):
            quoted = quoted or u.tag == "JKQ"
            k += 1
        else:
            break
    if etag == "EC" and ending.endswith(("다고", "라고", "냐고", "자고", "다며", "라며")):
        quoted = True
    c = Chunk(
        "pred",
        s,
        k - 1,
        toks[s].start,
        toks[k - 1].end,
        lemma=lemma,
        noun=noun,
        noun_start=toks[s].start,
        stem_end=(toks[stem[-1]].end if stem else t.end),
        ending=ending,
        ending_tag=etag,
        passive=passive,
        receptive=receptive,
        quoted=quoted,
        adjective=(t.tag in ("VA", "XSA") and (etag == "ETM" or ending == "게"))
        or (etag == "ETM" and (t.tag == "VCP" or lemma in DEICTIC_VERBS)),
        tense=tense,
    )
    c.end_all = toks[k - 1].end
    out.append(c)
    return k


def _stem_lemma(t: Token) -> str:
    """하다, 되다, 받다, 시키다 for the derivational suffix of a noun+verb stem."""
    return t.lemma if t.lemma.endswith("다") else t.text + "다"
