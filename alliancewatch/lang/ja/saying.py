"""Japanese: who says an event where no quotative と and speech verb say it.

Three shapes (data/said_content.tsv; patterns.tsv not_holding, copula_end,
volitional_end): a clause on a content noun that a say verb takes as its object
(〜する考えを示した, 〜したことを明らかにした, 〜を歓迎する声明を出した); an event noun that a
say verb takes as its object (無人機の供与を否定した); and a bare する after a quotative と
(Xは…としている, …報復だとした), which reports what its subject holds. The subject of the
verb found claims the event (spec §6). A base class of the modality climb (modality.py),
which asks here at each step up from the event.
"""

from __future__ import annotations

from alliancewatch.lang.ja.graph import NOMINAL, Graph
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

NOT_HOLDING = pattern("not_holding")
COPULA_END = pattern("copula_end")
VOLITIONAL = pattern("volitional_end")


class JapaneseSaying:
    said: dict[str, dict[str, str]]  # said_content.tsv by kind (set by JapaneseModality)

    def _holds(self, g: Graph, cur: int, h: int, conn: str, cur_nominal: bool) -> bool:
        """Xは…としている, 「…」とした, …報復だとしています: a bare する after a quotative と
        reports what its subject holds, a speech verb of its own (not とされる, a judgement
        with no one named, nor …として, a reason given for the verb after it, nor the
        volitional 〜ようとしている, an attempt)."""
        if g.tokens[h].lemma != "する" or conn != "と" or NOT_HOLDING.match(g.tail(h)[1]):
            return False
        if g.tokens[h].dep == "acl" or VOLITIONAL.search(g.tail(cur)[1]):
            return False  # 「感謝する」とする一方 (a modifier), 受けようとする (an attempt)
        if cur_nominal and not COPULA_END.search(g.tail(cur)[1]):
            return False  # …を対象とした: a noun made into another, nothing said
        return self._speaker(g, h) is not None

    def _said_by(
        self, g: Graph, cur: int, h: int, cur_nominal: bool, first: bool, conn: str
    ) -> int | None:
        """The verb that says what cur tells, without a quotative と (data/said_content.tsv):
        a clause on a content noun that is the verb's object (〜する考えを示した, 〜したことを
        明らかにした, 〜を歓迎する声明を出した), or the event noun itself as the object of a
        say verb (無人機の供与を否定した, 制裁を発表した). Its subject claims it (spec §6)."""
        noun = g.tokens[h]
        if first and cur_nominal:  # the event noun is the object itself
            return self._saying(g, h, "say") if conn in ("を", "は") else None
        if cur_nominal or noun.pos not in NOMINAL or g.tokens[cur].dep != "acl":
            return None
        kinds = self.said["noun"].get(noun.lemma)
        v = g.head(h)
        if kinds is None or v is None or g.marker(h) not in ("を", "は", "も"):
            return None
        return self._saying(g, v, kinds)

    def _saying(self, g: Graph, v: int, kinds: str) -> int | None:
        """v when it is a say verb (or a show verb, where kinds allow): 明らかにした counts
        through its light part, whichever of the two the parser made the head."""
        t = g.tokens[v]
        verbs = {**self.said["say"], **(self.said["show"] if "show" in kinds else {})}
        if t.lemma in verbs:
            return v
        if t.lemma == "する" and any(g.tokens[c].lemma in verbs and c < v for c in g.children[v]):
            return v
        return None

    def _speaker(self, g: Graph, v: int) -> Argument | None:
        """The subject of speech verb v: defined by JapaneseModality."""
        raise NotImplementedError
