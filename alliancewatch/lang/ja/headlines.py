"""Japanese headlines: their bare topic (北朝鮮、…), the subject a phrase continues from the
phrase before it, and the phrases a headline's gaps keep apart.

Headlines drop particles and verbs and set phrases side by side with spaces; the frame
builder (frames.py) asks these functions where a sentence's grammar would not answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from alliancewatch.lang.ja.graph import NOMINAL, Graph, names_place, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import quote_spans
from alliancewatch.types import Argument, Sentence

SITE_TAIL = pattern("site_tail")
SIDES_PREFIX = pattern("sides_prefix")
# a headline's bare topic and its comma (【ソウル共同】北朝鮮、…: a dateline is no part of it);
# a list of up to five names run with ・ may be longer (サウジ・UAE・バーレーン、: blind34 025)
_NAME = r"[^、「」（）()…\s【】・]{1,10}"
TOPIC = re.compile(rf"(?:^|…|\s|】)([^、「」（）()…\s【】]{{1,12}}|(?:{_NAME}・){{1,4}}{_NAME})、")


def headline(sentence: Sentence) -> bool:
    """A title, or a headline line the metadata did not name: short, with no sentence end
    (北朝鮮、弾道ミサイル発射 as the first line of a wire story, a 関連記事 link). A page
    title's section and site name after it (data pattern `site_tail`) are no part of its
    length: アルジェリア、モロッコと断交　… - 中東・アフリカ | ワールドウオッチ is a headline."""
    return sentence.is_title or headline_text(sentence.text)


@lru_cache(maxsize=1024)
def headline_text(text: str) -> bool:
    """A sentence's text reads as a headline line (short, no sentence end), asked also where
    only the text is at hand (triggering's readings of a headline's bare subject). Asked for
    every frame of a sentence: the answer kept for the last sentences seen."""
    text = SITE_TAIL.sub("", text.rstrip())  # … - 中東・アフリカ | ワールドウオッチ
    return len(text) <= 60 and "。" not in text


def headline_topic(
    g: Graph,
    args: list[Argument],
    trigger: int,
    governed: bool,
    event: Callable[[int], bool] = lambda k: False,
    judged: bool = False,
    outcome: bool = False,
) -> list[Argument]:
    """Headlines open with a bare subject and a comma: 北朝鮮、ロシアから技術を受けるか; 米、…
    (a one-character state abbreviation, resolve/abbrev.py). A bare event noun before the
    comma (…　20年ぶり首脳会談、国交回復へ: `event` says which token is one) is a phrase
    of its own, no subject. `judged`: the event is what a statement after it judges (…撃墜を
    非難), whose topic is the judge. `outcome`: the event is what a meeting reached (一致,
    合意): a meeting noun naming its sides (米ロ首脳会談、…開始で一致) is its topic, the
    sides the ones who agreed (blind37 020)."""
    m = _topic(g, trigger, event, outcome)
    if m is None:
        return args
    clause = _clause(g, m)
    # a topic that is a clause with its own subject (アルジェリアが無人機撃墜、) ends at its
    # comma as a segment does at a gap
    if own_subject(g, trigger, m.end(), gap=not clause) is not None:
        return args  # ベネズエラ、…指示　ガイアナ軍は厳戒態勢: the segment names its own
    cut = m.end()
    # a phrase the parser ran across the topic's comma starts after it
    after = [
        Argument(a.role, g.text[cut : a.end], cut, a.end, a.marker)
        if m.start(1) <= a.start < cut <= a.end
        else a
        for a in args
    ]
    if governed and any(a.role in ("agent", "agent_phrase", "genitive") for a in args):
        # 日米韓首脳、北朝鮮のロシア派兵を非難: the deployment has its own doer (NATO、シリア
        # のトルコ軍機撃墜を非難: not the judge's topic the parser ran into it)
        return after if judged else args
    out = [Argument("topic", m.group(1), m.start(1), m.end(1), "、")]
    return out + [a for a in after if a.start >= cut or a.end <= m.start(1)]


def _topic(
    g: Graph, trigger: int, event: Callable[[int], bool], outcome: bool = False
) -> re.Match[str] | None:
    """The bare topic of the phrase at character `trigger`: the last one before it (a later
    phrase's own topic takes over from the first: …領海に侵入　政府、中国大使に抗議), neither
    a clause with its particles (防空・黒海で協力、) nor a bare event noun (20年ぶり首脳会談、);
    【ソウル共同】北朝鮮、…: a dateline before the topic is no part of it."""
    found = None
    for n, m in enumerate(TOPIC.finditer(g.text)):
        if m.end() > trigger:
            break
        if _with_particles(g, m.start(1), m.end(1)):
            continue
        if n and not _bare_name(g, m):
            continue  # 揺さぶり続く南北関係、: a later phrase's topic is a name, no clause
        last = g.ending_at(m.end(1))
        bare_event = not _clause(g, m) and last is not None and event(last)
        if bare_event and not (outcome and _names_sides(g, m)):
            continue  # 20年ぶり首脳会談、: no sides; 日中外相会談、…で一致: the sides
        found = m
    return found


def _names_sides(g: Graph, m: re.Match[str]) -> bool:
    """The topic writes its sides: a name (ロシアとの首脳会談) or abbreviations (日中外相会談)."""
    return names_place(g, m.start(1), m.end(1)) or bool(SIDES_PREFIX.match(m.group(1)))


def _bare_name(g: Graph, m: re.Match[str]) -> bool:
    """The topic is nouns alone (政府、台湾、日米両政府、), no predicate or subject in it."""
    return not _clause(g, m) and not any(
        m.start(1) <= u.start < m.end(1) and u.pos in ("VERB", "ADJ", "AUX") for u in g.tokens
    )


def _clause(g: Graph, m: re.Match[str]) -> bool:
    """The topic holds a subject with its particle (ショイグ氏が訪朝、)."""
    return any(
        m.start(1) <= u.start < m.end(1) and u.pos == "ADP" and u.text in SUBJECT_LINKS
        for u in g.tokens
    )


SUBJECT_LINKS = ("が", "は", "も")
OBLIQUE = pattern("headline_oblique")
ALSO = "も"  # a subject that did the same as others
# the particles a headline's topic may hold (中国の王毅外相、サウジとイラン、日米韓など10カ国、
# and a subject with its predicate, ショイグ氏が再び訪朝、: the next phrase continues it)
NAME_LINKS = frozenset({"の", "と", "や", "・", "など", "が", "は", "も"})


def _with_particles(g: Graph, start: int, end: int) -> bool:
    """A case particle other than a subject's inside a headline's would-be topic
    (防空・黒海で協力、: a phrase of its own, no topic)."""
    return any(
        start <= u.start < end and u.pos in ("ADP", "SCONJ") and u.text not in NAME_LINKS
        for u in g.tokens
    )


def own_subject(g: Graph, at: int, after: int = 0, gap: bool = True) -> int | None:
    """The subject a headline segment writes for itself before its predicate at character
    `at` (…指示　ガイアナ軍は厳戒態勢; 中国が仲介、米は「…歓迎」): a nominal with が/は/も
    between the last gap or comma before it and it, when a gap lies between `after` (the
    end of the headline's topic) and it (or without one, unless `gap`)."""
    before = [(k, u) for k, u in enumerate(g.tokens) if u.start < at]
    if gap and not any(u.text.isspace() for _, u in before if u.start >= after):
        return None  # no gap since the topic: the topic's own segment
    quotes = quote_spans(g.text)
    start = max([after] + [u.end for _, u in before if u.text.isspace() or u.text == "、"])
    found = [
        k
        for k, u in before
        if u.start >= start
        and u.pos in NOMINAL
        and g.marker(k) in SUBJECT_LINKS
        and not any(qs < u.start < qe for qs, qe in quotes)
    ]
    return found[-1] if found else None


BARE_PHRASE = frozenset({"NOUN", "PROPN", "NUM", "PUNCT", "SYM"})
# the particles inside a bare noun phrase: a list (米・英, 米と英) or a genitive chain
# (ドイツ空軍の戦闘機　初めて日本に飛来: the planes are the next phrase's subject)
BARE_LINKS = frozenset({"と", "・", "の"})
FUNCTION_POS = frozenset({"PUNCT", "SYM", "ADP", "AUX", "PART", "SCONJ"})


def headline_subject(
    g: Graph, args: list[Argument], trigger: int, pred: int, at: int
) -> list[Argument]:
    """米中首脳が会談　軍同士の対話再開で合意: a headline phrase whose predicate has no
    subject of its own continues the subject of the phrase before it; a phrase that is a
    bare name (プーチン大統領　韓国の兵器供与けん制) is the topic of the next. Only the
    phrase's predicate (not 供与 inside it), and not inside a quote (「一方への攻撃は…」
    is what was said, not done). `at`: where the trigger word starts."""
    if any(a.role in ("agent", "topic", "agent_phrase", "genitive") for a in args):
        return args  # 長期化の懸念も: a noun with its own の-phrase is no zero-subject predicate
    own = own_subject(g, at)
    if own is not None:  # …指示　ガイアナ軍は厳戒態勢: the segment's own subject, not the last
        s, e = phrase_span(g, own)
        return [*args, Argument("agent", g.text[s:e], s, e, "headline")]
    if "ROOT" not in (g.tokens[trigger].dep, g.tokens[pred].dep):
        return args
    t = g.tokens[trigger]
    quotes = quote_spans(g.text)
    if any(s < t.start < e for s, e in quotes):
        return args
    for u in g.tokens[max(trigger, pred) + 1 :]:
        if u.text.isspace():
            break
        if u.pos not in FUNCTION_POS and not any(s < u.start < e for s, e in quotes):
            return args  # 韓国の兵器供与けん制: the phrase's predicate comes later
    gaps = [k for k in range(trigger) if g.tokens[k].text.isspace()]
    if not gaps:
        return args
    start = gaps[-1]
    prev = [k for k in range(gaps[-2] + 1 if len(gaps) > 1 else 0, start)]
    subject = [k for k in prev if g.tokens[k].dep == "nsubj" and g.marker(k) in SUBJECT_LINKS]
    roots = [k for k in prev if g.tokens[k].dep == "ROOT" and g.tokens[k].pos in NOMINAL]
    if (
        not subject
        and roots
        and all(g.tokens[k].pos in BARE_PHRASE or g.tokens[k].text in BARE_LINKS for k in prev)
    ):
        subject = roots[-1:]  # the phrase is a bare name (ドイツ空軍の戦闘機　日本に飛来)
    if not subject:
        return args
    s, e = phrase_span(g, subject[-1])
    return [*args, Argument("agent", g.text[s:e], s, e, "headline")]


def own_phrase(
    g: Graph, args: list[Argument], trigger: int, parallel: bool = False, closing: bool = True
) -> list[Argument]:
    """【解説】AとBが防衛協定　「一方への攻撃は双方への攻撃」　Cは警戒: a party written in
    another phrase of a headline is no party of this one's event, save the headline's topic
    or continued subject (headline_topic, headline_subject). Nor is a state a later phrase
    names, save as its subject or speaker (北朝鮮、6者協議離脱を宣言　…　米中の出方焦点: not
    the US and China), a side left unsaid; nor, for a `parallel` act (a deed, not words said
    in reply: 台湾は猛反発 is aimed at the subject before it) in a phrase with a subject of
    its own, the subjects with も of the phrases before it (スーダンとバーレーンもイランと断交
    UAEは大使召還: Iran, not Sudan), which did the same act as others, not a side of it.
    Such phrases are closed as settings, when `closing`."""
    gaps = [t.start for t in g.tokens if t.text.isspace()]
    cut = max((s for s in gaps if s < g.tokens[trigger].start), default=0)
    end = min((s for s in gaps if s > g.tokens[trigger].start), default=len(g.text))
    out = [a for a in args if cut <= a.start < end or a.marker in ("、", "headline")]
    if not closing:
        return out
    spans = _named_after(g, end)
    own = any(
        cut <= a.start < end and a.role in ("agent", "topic") and a.marker != "、" for a in out
    )
    if own:  # 米、台湾に武器売却　中国は…停止で対抗: aimed at the seller, not at Taiwan
        spans += [_own_span(g, k) for k in _aimed_before(g, cut)]
    if parallel and own:
        spans += [phrase_span(g, k) for k in _subjects(g, cut)]
    return out + [
        Argument("setting", g.text[s:e], s, e, "segment", participant=False) for s, e in spans
    ]


def _named_after(g: Graph, end: int) -> list[tuple[int, int]]:
    """The phrases after character `end` of a headline that are no subject or speaker of
    their own phrase (…　米中の出方焦点: the US and China; not …　政府「断じて受け入れられ
    ない」, the side that answers the act), outside quotes (a quote alone is the topic's
    own words: プーチン大統領、INF条約への参加停止を表明　「米国への鏡のような対応」)."""
    spoken = [k for k, u in enumerate(g.tokens) if u.text in ("「", "『")]
    own = [
        phrase_span(g, k)
        for k, u in enumerate(g.tokens)
        if u.start >= end and u.pos in NOMINAL and (g.marker(k) in SUBJECT_LINKS or k + 1 in spoken)
    ]
    kept = [*own, *quote_spans(g.text)]
    return [
        phrase_span(g, k)
        for k, u in enumerate(g.tokens)
        if u.start >= end and u.pos in NOMINAL and not any(s <= u.start < e for s, e in kept)
    ]


def _aimed_before(g: Graph, before: int) -> list[int]:
    """The states an earlier phrase of a headline names in an oblique case (台湾に, 台湾へ,
    イランから: data pattern headline_oblique): the other side of that phrase's act, not of
    a later phrase whose own subject answers it (米、台湾に武器売却　中国は対抗: the US)."""
    quotes = quote_spans(g.text)
    return [
        k
        for k, u in enumerate(g.tokens)
        if u.end <= before
        and u.pos in NOMINAL
        and OBLIQUE.match(g.marker(k))
        and not any(s < u.start < e for s, e in quotes)
    ]


def _own_span(g: Graph, k: int) -> tuple[int, int]:
    """Token k's own noun chain (台湾への: Taiwan only; ガボンの参加資格を: the status, not
    its owner, who may be the later phrase's target; the parser may run the headline's
    topic or a quote into the phrase)."""
    s, e = g.tokens[g.chain(k)[0]].start, g.tokens[k].end
    head = g.text[s : g.tokens[k].start]
    cut = max(head.rfind("、"), max((i for i, c in enumerate(head) if c.isspace()), default=-1))
    return s + cut + 1, e


def _subjects(g: Graph, before: int) -> list[int]:
    """The subjects written before character `before` of a headline that did an act of the
    same kind as others: nominals with も (スーダンとバーレーンも: they too)."""
    return [
        k
        for k, u in enumerate(g.tokens)
        if u.end <= before and u.pos in NOMINAL and g.marker(k) == ALSO
    ]


# a phrase that writes several states at once: a list (バングラとミャンマー, アゼルバイジャン、
# アルメニア両国防相) or a group word (日韓両国, 3カ国): data pattern headline_pair
PAIR = pattern("headline_pair")
# the roles that write a joint act's own parties (日韓合意, イランとの停戦, 両国が合意)
PARTY_ROLES = frozenset({"agent", "topic", "agent_phrase", "genitive", "comitative", "compound"})
SIDES = pattern("headline_sides")
OPENING = re.compile(r"([^、「」（）()…\s【】]{1,30})、")  # a segment's bare topic, however long


def next_pair(
    g: Graph, args: list[Argument], trigger: int, pred: int, joint: bool = True
) -> list[Argument]:
    """ロヒンギャ難民の帰還で合意　バングラとミャンマー、2カ月以内に開始: a joint act whose
    headline segment names no party and ends with its predicate has for parties the states
    the next segment opens with, as a bare topic with its comma or as its subject: the title
    tells the act first and who did it after the gap. A ceasefire (not `joint`) runs from
    the first named to the other, as a fight written with both sides does (two_sided.tsv)."""
    if any(a.participant and a.role in PARTY_ROLES for a in args):
        return args
    last = max(trigger, pred)
    rest = g.tokens[last + 1 :]
    gap = next((k for k, u in enumerate(rest) if u.text.isspace()), None)
    if gap is None or any(u.pos not in FUNCTION_POS for u in rest[:gap]):
        return args  # the act's predicate comes later, or no segment follows
    if any(s < g.tokens[trigger].start < e for s, e in quote_spans(g.text)):
        return args
    start = rest[gap].end
    nxt = re.search(r"\s", g.text[start:])
    end = start + nxt.start() if nxt else len(g.text)
    spans = []
    opened = OPENING.match(g.text, start)  # バングラとミャンマー、
    if opened is not None and opened.end() <= end:
        spans.append(opened.span(1))
    own = own_subject(g, end, start, gap=False)  # アゼルバイジャン、アルメニア両国防相が
    if own is not None:
        first, e = phrase_span(g, own)
        spans.append((min(max(first, start), e), e))
    s, e = next(((s, e) for s, e in spans if PAIR.search(g.text[s:e])), (0, 0))
    if s == e:
        return args
    sides = SIDES.match(g.text[s:e]) if not joint else None
    if sides is None:
        return [*args, Argument("agent", g.text[s:e], s, e, "headline")]
    cut = s + sides.end(1)
    return [
        *args,
        Argument("agent", sides.group(1), s, cut, "headline"),
        Argument("recipient", g.text[sides.start(2) + s : e], sides.start(2) + s, e, "headline"),
    ]
