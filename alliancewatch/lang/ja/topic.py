"""Japanese: topic continuity, the subject a sentence leaves unsaid because the sentences
before it set it (zero anaphora).

A news story names its actor once, as the topic (習近平国家主席は4日、…と会談した。), and
the sentences after it drop that subject (両国の…を強める考えを示した。); a statement is
named once and then spoken of as 談話は or 同通信は. This module gives the coder the two
halves: the topic a sentence sets (`sentence_topic`: its main clause's は-phrase outside
quotes, else its が-subject, else a 〜から、 speaker opening a summary item), and a ZERO
subject for a frame whose own clause, after every search inside the sentence (args.py),
still has none. The coder fills ZERO from the topic of the sentences before it in the
same paragraph, only when that topic names a state.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang import OUTLET, ZERO
from alliancewatch.lang.ja.graph import NOMINAL, Graph, graph_of, phrase_span
from alliancewatch.lang.ja.headlines import headline
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.lists import formed_by
from alliancewatch.lang.ja.modality import quote_spans
from alliancewatch.types import Argument, Frame, Sentence, Token

VOICE = pattern("voice_noun")  # 談話, 論評: the statement of the topic's state
OUTLET_NOUN = pattern("outlet_noun")  # 同通信: the last outlet named
TITLE = pattern("title_noun")  # 財務長官, 委員会: an official or body by title alone
WISH = pattern("wish_tail")  # …求めたい: the writer speaks
SUBJECTS = ("agent", "topic", "agent_phrase")
PREDICATES = {"VERB", "ADJ", "AUX"}
# what an official says (求めた, 非難した), not does: said by title alone, for the topic's state
SAID = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}
GIVING = {"AID", "RETREAT"}  # a から-phrase is their source (ロシアから、…供与された)
SUBJECT_MARKERS = {"は", "が", "も", "では", "でも"}


def _main_clause(g: Graph, c: int) -> bool:
    """c hangs on the sentence's main predicate through predicates only (…と会談し、…
    表明した), never inside a noun phrase or a relative clause."""
    for a in g.ancestors(c):
        t = g.tokens[a]
        if g.head(a) is None:
            return True  # the root, a verb or a noun predicate (…見通しだ)
        # …会談を行ったところ、: a clause ending in a comma modifies no noun, whatever the
        # parser hung it on
        linked = g.text[g.tokens[g.tail(a)[0]].end :].startswith("、")
        # a noun predicate with its copula (…報道官談話で、) links a clause like a verb
        # (日本側も翌日、…: the parser hangs a topic on the time adverb after it)
        predicate = t.pos in PREDICATES or t.dep in ("advcl", "advmod")
        if not predicate or t.dep in ("ccomp", "csubj") or t.dep == "acl" and not linked:
            return False
    return False


def sentence_topic(sentence: Sentence) -> Argument | None:
    """The phrase the sentence is about, for the sentences after it: the first は/も-phrase
    of its main clause outside quotes, else its first が-subject there, else a speaker
    opening it with 〜から、 (石破総理から、…求めました, a summary's item). A voice noun
    (談話は) keeps the topic before it: marked ZERO."""
    if sentence.is_title or headline(sentence) or not sentence.tokens:
        return None
    g = graph_of(sentence)
    quotes = quote_spans(g.text)
    found: dict[str, int] = {}
    for c, t in enumerate(g.tokens):
        nominal = t.pos in NOMINAL or t.dep == "nsubj"  # 内閣総理大臣 parsed as ADJ
        if not nominal or any(qs <= t.start < qe for qs, qe in quotes):
            continue
        m = g.marker(c)
        opening = m == "から" and g.text[g.tokens[c].end :].startswith("から、")
        key = "wa" if m in ("は", "も") else "ga" if m == "が" else "kara" if opening else ""
        if key and key not in found and _main_clause(g, c):
            found[key] = c
    for key in ("wa", "ga", "kara"):
        if key in found:
            s, e = phrase_span(g, found[key])
            # ペルーのリマを訪問中の石破総理は: a relative clause inside says where, not who
            s = max([s, *(t.end for t in g.tokens if s <= t.start < e and _clause_end(t))])
            s += len(g.text[s:e]) - len(g.text[s:e].lstrip("、 　"))
            text = g.text[s:e]
            # …の3カ国でつくるAESは: the members it is named by (lists.py)
            return formed_by(g, Argument("topic", text, s, e, _marker(text, "topic")))
    return None


def _clause_end(t: Token) -> bool:
    """A verb or a case particle (を, に, で) inside a noun phrase ends a clause on it."""
    return t.pos == "VERB" or (t.pos == "ADP" and t.text in ("を", "に", "で", "から", "へ"))


def _marker(text: str, marker: str) -> str:
    """ZERO for a statement (談話) or an official by title (財務長官), OUTLET for an outlet
    (同通信), each without its state."""
    return ZERO if VOICE.fullmatch(text) else OUTLET if OUTLET_NOUN.fullmatch(text) else marker


def _subject_before(g: Graph, trigger: int) -> bool:
    """A は/が-phrase before the trigger outside quotes: the sentence writes a subject the
    parse did not give this predicate (専門家の間では、ロシアが…渡す可能性): no ZERO."""
    quotes = quote_spans(g.text)
    return any(
        t.pos in NOMINAL
        and t.start < trigger
        and g.marker(t.i) in SUBJECT_MARKERS
        and not any(qs <= t.start < qe for qs, qe in quotes)
        for t in g.tokens
    )


def _own_doer(sentence: Sentence, a: Argument) -> bool:
    """A nominal event's による-phrase, or its genitive when a name (ロシアのウクライナ侵略;
    not 前日のウクライナ訪問, a time)."""
    if a.role == "agent_phrase":
        return True
    g = graph_of(sentence)
    k = g.ending_at(a.end)
    return a.role == "genitive" and k is not None and g.tokens[k].pos == "PROPN"


def with_zero(frame: Frame, sentence: Sentence) -> Frame:
    """A clause predicate with no subject written anywhere the sentence's grammar puts it
    gets a ZERO subject for the coder to fill from the topic before it (or its source's,
    when one is written before it: Xによると、…迎撃した). A subject that names no state but
    continues the topic is marked too: a statement (談話は…非難した), an official by title
    alone saying something (財務長官は…求めた), an outlet (同通信は: OUTLET). No ZERO in a
    headline, an event noun, a condition, or a quote (another speaker's words)."""
    # ロシア総領事館の閉鎖も決めた: an event noun written as the subject of the verb that
    # carries it out (Nも決めた, も for を) is the act, not its doer
    args = tuple(
        a for a in frame.arguments if not (a.role in SUBJECTS and a.start <= frame.start < a.end)
    )
    subjects = [a for a in args if a.role in SUBJECTS]
    quoted = frame.in_quote or any(qs <= frame.start < qe for qs, qe in quote_spans(sentence.text))
    own = [a for a in args if a.role in ("agent", "topic")]  # not a noun's による-phrase
    if not own and frame.event not in GIVING and frame.voice != "passive":
        # 石破総理から、…を求めました (a summary's item): the から-phrase opening the
        # sentence is who speaks, not a source
        opening = [
            a for a in args if a.role == "source" and sentence.text.startswith("から、", a.end)
        ]
        if opening and frame.nominal and any(_own_doer(sentence, a) for a in args):
            # …ロシアによる攻撃を懸念している旨述べました, ロシアのウクライナ侵略は…旨述べ
            # ました: the noun's doer is its own (its による-phrase or its genitive)
            args = tuple(a for a in args if a is not opening[0])
        elif opening:
            args = tuple(replace(a, role="agent") if a is opening[0] else a for a in args)
            subjects = [opening[0]]
    # 声明は…非難した, as topic and as speaker; not ウクライナ外務省が…非難する声明
    if len({a.text for a in subjects}) == 1:
        marker = _marker(subjects[0].text, subjects[0].marker)
        said = frame.event in SAID and not quoted and not frame.nominal
        if said and TITLE.fullmatch(subjects[0].text):
            marker = ZERO
        args = tuple(replace(a, marker=marker) if a.role in SUBJECTS else a for a in args)
    if (
        frame.nominal
        or headline(sentence)
        or quoted
        or any(c.label == "hypothetical" for c in frame.cues)
        or subjects
        or WISH.match(sentence.text[frame.end :])
        # 発射された無人機: a passive launch's unsaid subject is what is launched, no state
        or (frame.voice == "passive" and frame.event == "MOBILIZE")
        or _subject_before(graph_of(sentence), frame.start)
    ):
        return replace(frame, arguments=args)
    sp = frame.speaker
    if sp is not None and sp.end <= frame.start:
        # イスラエル軍によると、…迎撃した: a source written before reports its own deed
        subject = Argument("agent", sp.text, sp.start, sp.end, "speaker")
        return replace(frame, arguments=(*args, subject))
    return replace(frame, arguments=(*args, Argument("agent", "", 0, 0, ZERO)))


def received_by_topic(frame: Frame) -> Frame:
    """韓国政府は、日本側から謝意が伝えられたと明らかにした: a passive act with its giver in a
    から-phrase and no subject of its own was done to the topic that reports it (the unsaid
    subject of the reported clause): the topic is its receiver."""
    sp = frame.speaker
    if (
        frame.voice != "passive"
        or frame.nominal
        or frame.in_quote
        or sp is None
        or sp.role != "topic"
        or sp.end > frame.start
        or not any(a.role == "source" and a.participant for a in frame.arguments)
        or any(a.role in (*SUBJECTS, "patient") for a in frame.arguments)
    ):
        return frame
    return replace(frame, arguments=(*frame.arguments, sp))
