"""Navigation over a parsed sentence: children, case markers, noun chains, clause tails.

Kept apart from the Japanese frame builder so each half can be read on its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any, TypeVar

from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Sentence, Token

V = TypeVar("V")

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
# unions asked for every token, built once
NOMINAL_OR_VERB = frozenset(NOMINAL | {"VERB"})
_IN_CHAIN = frozenset(NOMINAL | {"CCONJ", "ADJ"})
# Dependencies that stay inside one noun phrase (no relative clause, no oblique).
NP_DEPS = {"compound", "nmod", "conj", "flat", "appos", "nummod", "amod", "det", "fixed"}
# Dependencies that join nouns into one chain (a name or a compound word).
CHAIN_DEPS = {"compound", "conj", "nummod", "flat"}
_JOINING = frozenset(CHAIN_DEPS | {"nmod"})
AUX_DEPS = {"aux", "mark", "fixed", "cop"}
ORDERED = pattern("ordered_clause")
ABOUT = pattern("about")  # について, に関して: what a stance is said about
# Particles that keep a noun inside the phrase it modifies (日本や米国、韓国など10カ国).
NP_LINKS = {"", "の", "と", "や", "など", "などの"}
# Particles that list nouns into one phrase (英国とドイツは, マリやニジェールに).
LIST_MARKERS = ("と", "や")
# the markers of the phrase an act is addressed to (北朝鮮に求めた, 日本に対し抗議した)
ADDRESSEE_MARKERS = ("に", "に対し", "に対して")
# Listing particles that leave the case of what follows them as it is (日米などが = が).
LISTING = ("など",)
# the tagger's mark of a person's name (名詞-固有名詞-人名-姓, -名)
NAME_TAG = "人名"


class Graph:
    """One parsed sentence. What depends on the tokens alone (a token's markers, the frame
    builder's trigger at a token) is kept once worked out: the builder asks again for
    every frame and every token it walks past (issue 9: the pipeline's speed)."""

    def __init__(self, tokens: tuple[Token, ...], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self._markers: list[str | None] = [None] * len(tokens)
        self._heads = [None if t.head == t.i else t.head for t in tokens]
        # token -> its noun chain, predicate tail, connector, chain head or not: asked for
        # every token and again for every frame
        self._chains: dict[int, tuple[int, int]] = {}
        self._tails: dict[int, tuple[int, str]] = {}
        self._connectors: dict[int, tuple[int, str]] = {}
        self._chain_heads: dict[int, bool] = {}
        self._nps: dict[int, list[int]] = {}
        self._phrases: dict[int, tuple[int, int]] = {}
        self._subtrees: dict[int, frozenset[int]] = {}
        # token -> the frame builder's trigger found there (frames.JapaneseFrames._trigger)
        self.triggers: dict[tuple[int, bool], Any] = {}
        # what the builder finds once per sentence for all its frames, by name
        self.memo: dict[str, Any] = {}

    def once(self, name: str, find: Callable[[], Any]) -> Any:
        """What the builder finds once per sentence for all its frames, kept in memo by name."""
        if name not in self.memo:
            self.memo[name] = find()
        return self.memo[name]

    @staticmethod
    def _kept(table: dict[int, V], i: int, find: Callable[[int], V]) -> V:
        """Token i's answer from its table, worked out by find the first time it is asked."""
        found = table.get(i)
        if found is None:
            found = table[i] = find(i)
        return found

    @cached_property
    def children(self) -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        return kids

    @cached_property
    def _ends(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for t in self.tokens:
            out.setdefault(t.end, t.i)
        return out

    @cached_property
    def _starts(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for t in self.tokens:
            out.setdefault(t.start, t.i)
        return out

    def ending_at(self, offset: int) -> int | None:
        """The token that ends at character `offset` (the word before a phrase, a regex
        match's last word), or None when a token runs across it."""
        return self._ends.get(offset)

    def starting_at(self, offset: int) -> int | None:
        """The token that starts at character `offset`, or None when none does."""
        return self._starts.get(offset)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def covering(self, offset: int) -> int | None:
        """The token whose characters include `offset` (a frame's first character, a key's
        last), or None when `offset` falls between tokens."""
        k = bisect_right(self._token_starts, offset) - 1
        return self.tokens[k].i if k >= 0 and offset < self.tokens[k].end else None

    def head(self, i: int) -> int | None:
        return self._heads[i]

    def in_content(self, i: int, p: int) -> bool:
        """Whether token i sits in a content clause (…だという認識, …との立場) on its way up
        to p: what that clause's words hold is the clause's own, no argument of p."""
        for h in self.ancestors(i):
            if h == p:
                return False
            if h != i and self.tokens[h].dep == "acl" and self.connector(h)[1].startswith("と"):
                return True
        return False

    def ancestors(self, i: int) -> list[int]:
        out, seen = [], {i}
        h = self.head(i)
        while h is not None and h not in seen:
            out.append(h)
            seen.add(h)
            h = self.head(h)
        return out

    def descendants(self, i: int, deps: set[str] | None = None) -> list[int]:
        """Token i and its descendants, following only `deps` when given."""
        out, stack = [i], [i]
        while stack:
            for c in self.children[stack.pop()]:
                if deps is None or self.tokens[c].dep in deps:
                    out.append(c)
                    stack.append(c)
        return sorted(out)

    def subtree(self, i: int) -> frozenset[int]:
        """Token i and all its descendants, as a set (kept: asked for every frame)."""
        return self._kept(self._subtrees, i, lambda k: frozenset(self.descendants(k)))

    def marker(self, i: int) -> str:
        """The particles after a nominal: が, を, に対する, からの, によると ..."""
        found = self._markers[i]
        if found is None:
            found = self._markers[i] = self._marker(i)
        return found

    def _marker(self, i: int) -> str:
        parts = []
        for c in self.children[i]:
            t = self.tokens[c]
            if c > i and t.dep == "case" or (t.dep == "fixed" and t.pos == "ADP"):
                parts.append(
                    t.text
                    + "".join(
                        self.tokens[f].text
                        for f in self.children[c]
                        if self.tokens[f].dep == "fixed"
                    )
                )
        out = "".join(parts)
        for word in LISTING:  # 日米などが支持を表明: the list is still the subject
            if out.startswith(word) and len(out) > len(word):
                return out[len(word) :]
        return out

    def _joins(self, c: int) -> bool:
        """True when token c is part of its head's noun chain (no particle between)."""
        t = self.tokens[c]
        if t.dep == "cc":
            return True
        if t.dep not in _JOINING or self.marker(c):
            return False
        h = t.head
        return h > c and all(
            self.tokens[k].pos in _IN_CHAIN or self.tokens[k].text in "・、"
            for k in range(c + 1, h)
        )

    def is_chain_head(self, i: int) -> bool:
        """True unless token i is joined into a following noun without a particle."""
        return self._kept(self._chain_heads, i, self._is_chain_head)

    def _is_chain_head(self, i: int) -> bool:
        h = self._heads[i]
        if h is None or h < i or self.tokens[h].pos not in NOMINAL_OR_VERB:
            return True
        return not self._joins(i)

    def chain(self, i: int) -> tuple[int, int]:
        """Token span [first, i] of the noun chain headed by i (compounds, 武器や兵力支援)."""
        return self._kept(self._chains, i, self._chain)

    def _chain(self, i: int) -> tuple[int, int]:
        members, stack = {i}, [i]
        while stack:
            for c in self.children[stack.pop()]:
                if c < i and self._joins(c):
                    members.add(c)
                    stack.append(c)
        for m in list(members):
            members.update(c for c in self.children[m] if self.tokens[c].dep == "case")
        first = i
        while first - 1 in members or (
            first - 2 in members and self.tokens[first - 1].text in ("・", "、")
        ):
            first -= 1
        return first, i

    def connector(self, i: int) -> tuple[int, str]:
        """Function words after predicate i's auxiliaries: のは, といっても, ため, と ..."""
        return self._kept(self._connectors, i, self._connector)

    def _connector(self, i: int) -> tuple[int, str]:
        last, _ = self.tail(i)
        k = last + 1
        while (
            k < len(self.tokens)
            and self.tokens[k].head != k
            and (
                self.tokens[k].pos in ("ADP", "SCONJ", "AUX", "PART")
                or self.tokens[k].dep in ("case", "mark", "fixed", "aux")
                or (k == last + 1 and self.tokens[k].text in "」』")  # 「…だ」と否定した
            )
        ):
            k += 1
        text = self.span_text(last + 1, k - 1) if k - 1 > last else ""
        return last, text.lstrip("」』")

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.tokens[first].start, self.tokens[last].end

    def span_text(self, first: int, last: int) -> str:
        s, e = self.span(first, last)
        return self.text[s:e]

    def tail(self, i: int) -> tuple[int, str]:
        """Last token index and text of a predicate with its auxiliaries (派兵しなかった)."""
        return self._kept(self._tails, i, self._tail)

    def _tail(self, i: int) -> tuple[int, str]:
        last = i
        while (
            last + 1 < len(self.tokens)
            and self.tokens[last + 1].dep in AUX_DEPS
            and i <= self.tokens[last + 1].head <= last + 1
        ):
            last += 1
        return last, self.span_text(i, last)

    def ordered_acts(self, h: int) -> list[str]:
        """出国するよう命じた, 「準戦時状態」に入るよう命令した: the clause a verb governs with
        よう(に) is what it orders or asks, its object in all but the case; the clause's text
        up to its verb (…以内に出国, 「準戦時状態」に入る), so an `object:` reading reads it."""
        return [
            self.span_text(min(self.descendants(c)), c)
            for c in self.children[h]
            if c < h and self.tokens[c].pos == "VERB" and ORDERED.search(self.tail(c)[1])
        ]

    def so_far(self, c: int) -> bool:
        """日本のこれまでの支援: a time deictic with までの is inside the phrase, and so is
        the owner the parser hangs on it."""
        return self.tokens[c].pos == "PRON" and self.marker(c) == "までの"

    def np_tokens(self, i: int) -> list[int]:
        """An argument's noun phrase: i with its in-phrase modifiers, no relative clauses,
        and no dependent that carries a case of its own (イランからロシアに: two phrases).
        Kept, so read only."""
        return self._kept(self._nps, i, self._np_tokens)

    def _np_tokens(self, i: int) -> list[int]:
        out, stack = [i], [i]
        while stack:
            for c in self.children[stack.pop()]:
                if self.tokens[c].dep in NP_DEPS and (self.marker(c) in NP_LINKS or self.so_far(c)):
                    out.append(c)
                    stack.append(c)
        return sorted(out)


_last: Graph | None = None


def graph_of(sentence: Sentence) -> Graph:
    """The sentence's graph, one for every step that reads it (the frame builder, the
    described and apart passes, the topic and its unsaid subjects: the coder asks them in
    turn, sentence by sentence), so what a step worked out is not worked out again. Kept
    while the next step asks about the same parse (the same tokens and text objects)."""
    global _last
    g = _last  # read once: another thread (a Dask worker's) may replace it meanwhile
    if g is None or g.tokens is not sentence.tokens or g.text is not sentence.text:
        g = _last = Graph(sentence.tokens, sentence.text)
    return g


def names_place(g: Graph, s: int, e: int) -> bool:
    """A place or organisation name written in characters [s, e) (not a person's name)."""
    return any(s <= t.start < e and "固有名詞" in t.tag and NAME_TAG not in t.tag for t in g.tokens)


def extend_left(g: Graph, first: int) -> int:
    """Take in nouns the parser left outside the phrase, and a name whose reading sits in
    parentheses: 聯合ニュース, 金正恩(キム・ジョンウン)国務委員長."""
    while (
        first > 0
        and g.tokens[first - 1].tag.startswith("名詞")
        and not g.marker(first - 1)
        and g.tokens[first - 1].dep in ("compound", "nmod", "obl", "nsubj", "advmod")
    ):
        first -= 1
    cut = first - 1  # 日本外務省の伊原純一|アジア大洋州局長: a name the parser made a root
    if cut >= 0 and g.tokens[cut].head == cut and NAME_TAG in g.tokens[cut].tag:
        first = min(min(g.descendants(cut)), first)
    while first > 0 and g.tokens[first - 1].text in ")）":
        k = first - 1
        while k > 0 and g.tokens[k].text not in "(（":
            k -= 1
        if k == 0 or g.tokens[k - 1].pos not in NOMINAL:
            break
        first = k - 1
        while first > 0 and g.tokens[first - 1].pos in NOMINAL and not g.marker(first - 1):
            first -= 1
    return first


def verbal(t: Token) -> bool:
    """A predicate token: a verb, or a verb's continuative the parser read as a noun heading
    a chained clause (台湾と関係を断ち、: 断ち NOUN advcl, tagged 動詞), which ends its clause."""
    return t.pos == "VERB" or (t.dep == "advcl" and t.tag.startswith("動詞"))


def nounish(t: Token) -> bool:
    return t.pos in NOMINAL or t.tag.startswith(("名詞", "接尾辞"))


def noun_phrase_start(g: Graph, k: int) -> int:
    """The first token of the noun phrase ending at k: nouns chained by の or ・ before it,
    however the parser hung them (韓国外交部の崔第1次官)."""
    while k > 0 and (
        nounish(g.tokens[k - 1])
        or g.tokens[k - 1].text in ("の", "・")
        and k > 1
        and nounish(g.tokens[k - 2])
    ):
        k -= 1
    return k


def listed_before(g: Graph, start: int) -> int:
    """Character start of a list that ends in the phrase starting at `start`: bare noun
    phrases joined to it by 、 or 及び (オースティン米国防長官、韓国の国防相と会談: both are
    partners), with の and ・ inside each; a particle, a verb or a topic ends the list."""
    k = g.starting_at(start)
    if k is None:
        return start
    crossed = False
    while True:
        k = noun_phrase_start(g, k)
        # 米国及び韓国と: a conjunction (及び, および) lists as the comma does
        joint = k >= 2 and (g.tokens[k - 1].text == "、" or g.tokens[k - 1].pos == "CCONJ")
        if not joint or not nounish(g.tokens[k - 2]):
            return g.tokens[k].start if crossed else start
        k -= 2
        crossed = True


def case_after(tokens: Sequence[Token], k: int) -> str:
    """The case particle right after nominal k (が, は, の), if the parser hung it on k."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt.text if nxt is not None and nxt.head == k and nxt.dep == "case" else ""


def above(tokens: Sequence[Token], k: int, c: int) -> bool:
    """Whether token c is token k, its head, its head's head, and so on up to a root."""
    seen = set()
    while k not in seen:
        seen.add(k)
        if k == c:
            return True
        k = tokens[k].head
    return False


def phrase_span(g: Graph, i: int) -> tuple[int, int]:
    """Character span of the argument phrase headed by token i, names and readings taken in."""

    def find(k: int) -> tuple[int, int]:
        toks = g.np_tokens(k)
        return g.span(extend_left(g, min(toks)), max(toks))

    return g._kept(g._phrases, i, find)


def aimed_at(g: Graph, o: int, p: int) -> bool:
    """Noun o is the に-phrase a stance p is aimed at (支援に謝意を表明した: the act thanked
    for, written before the stance; a time, 10日に, names no event), or what it is said about
    (日本政府が決めた供与について「歓迎する」との談話: the act welcomed, pattern `about`)."""
    return (
        g.tokens[o].dep in ("obl", "iobj")
        and (g.marker(o) in ADDRESSEE_MARKERS or ABOUT.match(g.marker(o) or "") is not None)
        and o < p
        and g.tokens[o].pos in NOMINAL
    )


def parties_listed(g: Graph, o: int) -> bool:
    """Noun o's phrase lists parties with と (蔡総統と米下院議長の会談), the parser's cut of
    the list (a と right before the phrase) included."""
    s, _ = phrase_span(g, o)
    return any(t.text == "と" and t.pos == "ADP" for t in g.tokens[:o] if s - 1 <= t.start)
