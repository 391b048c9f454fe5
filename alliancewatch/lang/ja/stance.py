"""Japanese: stances whose other side is written elsewhere in the sentence (round 14).

Four constructions of reported diplomacy give a statement act its parties outside the
verb's own arguments:
- a protest whose complement names the act and its doer (豪州は中国による「経済的威圧」だと
  反発した): the による-phrase is the one protested against (blind13 010);
- a refusal told with no demand noun (…と警告していたが、軍事政権は期限までに応じなかった;
  米国は対話を求めたが、北朝鮮は応じていない): 応じない answers the demand or the warning told
  before it in the sentence, so it rejects the one who made it (blind13 018);
- a demand whose addressee is the subject of the clause asked for (米国は、北朝鮮が対話に
  応じるよう求めた; the minutes' 上川大臣から、イスラエルが…行動するよう求める): that が-phrase is
  the addressee, the topic or the minutes' speaker asks (blind13 029);
- a visit welcomed (…首相から、岸田総理大臣の訪問を心から歓迎する旨述べました): the welcome is
  the host's SUPPORT of the visitor, and the visit, told before as the meeting itself, is
  no new meeting (blind13 014; blind12 and blind10 leave such a visit optional).
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import quote_spans
from alliancewatch.lang.ja.saying import speaker_of, turn_before
from alliancewatch.lang.ja.statements import JapaneseStatements
from alliancewatch.lang.ja.targets import ANSWER_MARK
from alliancewatch.types import Argument, Frame

COMPLIANCE = pattern("compliance_verb")
GRANTING = pattern("granting_verb")
TOLD_PRONOUN = pattern("told_pronoun")  # これ, それ (as finish.py)
ANSWERED = ("REQUEST", "THREATEN")  # what a refusal to comply answers
ASKED = pattern("asked_clause")
WELCOME = pattern("welcome_verb")
JUDGED = pattern("judged_complement")
SPEAKING = ("agent", "topic")
TOPIC_MARK = "は"


class JapaneseStance(JapaneseStatements):
    def _stances(self, g: Graph, built: list[Frame]) -> list[Frame]:
        """The frames built, with the parties these constructions give (module doc)."""
        out = []
        for f in built:
            if self._welcomed_visit(g, f):
                continue
            out.append(self._asked_subject(g, self._unmet_demand(self._judged_doer(g, f), built)))
        return out

    @staticmethod
    def _judged_doer(g: Graph, f: Frame) -> Frame:
        """豪州は中国による「経済的威圧」だと反発した: the doer written inside what a protest
        calls the act (a による-phrase in its だと-complement) is the one protested against,
        not the protester; the name the act is called is no party."""
        if f.event != "ACCUSE" or not any(a.role in SPEAKING for a in f.arguments):
            return f
        doer = next(
            (
                a
                for a in f.arguments
                if a.role == "agent_phrase"
                and a.end <= f.start
                and JUDGED.search(g.text[a.end : f.start])
            ),
            None,
        )
        if doer is None:
            return f
        args = tuple(
            replace(a, role="recipient") if a is doer else a
            for a in f.arguments
            if not (a.role == "comitative" and doer.end <= a.start < f.start)
        )
        return replace(f, arguments=args)

    @staticmethod
    def _unmet_demand(f: Frame, built: list[Frame]) -> Frame:
        """軍事政権は期限までに応じなかった after …と警告していたが、: a refusal to comply
        with no one written to refuse rejects the maker of the demand or the warning told
        before it in the sentence (its speaker, else its subject); an acceptance of これ
        (`_granted`) likewise agrees with the maker of the request told before it."""
        refused = f.event == "REJECT" and COMPLIANCE.match(f.key)
        if not refused and not JapaneseStance._granted(f):
            return f
        if any(a.role == "recipient" for a in f.arguments):
            return f
        refuser = next((a for a in f.arguments if a.role in SPEAKING), None)
        if refuser is None:
            return f
        answered = ANSWERED if refused else ("REQUEST",)
        for e in reversed([e for e in built if e.event in answered and e.end <= f.start]):
            maker = e.speaker or next((a for a in e.arguments if a.role in SPEAKING), None)
            if maker is not None and maker.text != refuser.text:
                asked = Argument("recipient", maker.text, maker.start, maker.end, ANSWER_MARK)
                return replace(f, arguments=(*f.arguments, asked))
        return f

    @staticmethod
    def _granted(f: Frame) -> bool:
        """金氏は訪問を招請し、習氏はこれを快諾した: an acceptance whose object is only これ
        (or unsaid) grants the request just told, so its maker is the other side (AGREE)."""
        objects = [a for a in f.arguments if a.role == "patient"]
        return (
            f.event == "AGREE"
            and GRANTING.match(f.key) is not None
            and all(TOLD_PRONOUN.match(a.text) for a in objects)
        )

    def _asked_subject(self, g: Graph, f: Frame) -> Frame:
        """上川大臣から、イスラエルが…国際法に従って行動するよう求める, 米国は、北朝鮮が対話
        に応じるよう求めた: the が-phrase before a よう-clause asked for is the one asked (the
        recipient); the asker is the topic written before it, or in the minutes the speaker
        written with から、 (patterns.tsv minutes_speaker)."""
        v = g.covering(f.start)
        if f.event != "REQUEST" or v is None:
            return f
        asked = [
            c for c in g.children[v] if c < v and ASKED.search(g.tail(c)[1] + g.connector(c)[1])
        ]
        subject = next(
            (
                a
                for a in f.arguments
                if a.role == "agent"
                and a.marker in ("が", "shared")  # shared: the parser hung it in the clause
                # (アメリカは、…させるよう提案する: a は-phrase the parser hung there is the asker)
                and not g.text.startswith(TOPIC_MARK, a.end)
                and asked
                and a.end <= g.tokens[asked[0]].start
            ),
            None,
        )
        if subject is None:
            return f
        asker = self._asker(g, f, subject)
        if asker is None:
            return f
        args = [replace(a, role="recipient") if a is subject else a for a in f.arguments]
        if asker not in args:
            args.append(asker)
        return replace(f, arguments=tuple(args))

    @staticmethod
    def _asker(g: Graph, f: Frame, subject: Argument) -> Argument | None:
        """Who asks in Xは/Xから、Yが…よう求めた: the topic before the asked subject, else
        the minutes' speaker before it."""
        topic = next((a for a in f.arguments if a.role == "topic" and a.end <= subject.start), None)
        if topic is not None:
            return topic
        topic = _scoping_topic(g, g.covering(f.start), subject.start)
        if topic is not None:
            return topic
        turn = turn_before(g, subject.start)
        if turn is None or turn.opens > subject.start:
            return None
        return speaker_of(g, turn)

    @staticmethod
    def _welcomed_visit(g: Graph, f: Frame) -> bool:
        """岸田総理大臣の訪問を歓迎する旨述べました: the visit a host welcomes is the meeting
        already told, not a new one; the welcome is coded (歓迎, SUPPORT)."""
        if f.event != "CONSULT":
            return False
        k = g.covering(f.start)
        h = g.head(k) if k is not None else None
        return (
            h is not None
            and h > k
            and g.marker(k) == "を"
            and WELCOME.match(g.tokens[h].lemma) is not None
        )


def _scoping_topic(g: Graph, v: int | None, before: int) -> Argument | None:
    """韓国の外相は合意を歓迎する一方、北朝鮮が…応じるよう求めた: the sentence's first topic
    (は), written before character `before` outside quotes, scopes over every clause chained
    up to the main predicate v, though the parser hung it on the first clause's verb."""
    quotes = quote_spans(g.text)
    for k, t in enumerate(g.tokens):
        if t.end > before:
            return None
        if g.marker(k) != "は" or t.pos not in NOMINAL or any(s <= t.start < e for s, e in quotes):
            continue
        if v is None or v not in g.ancestors(k):
            return None
        s, e = phrase_span(g, k)
        return Argument("topic", g.text[s:e], s, e, "は")
    return None
