"""A parsed English sentence as a dependency tree: children, subtrees and phrase spans.

Kept apart from the frame builder so that frames.py and modality.py read as grammar, not as
index bookkeeping.
"""

from __future__ import annotations

import re

from alliancewatch.types import Sentence, Token

# Dependents that are not part of a noun phrase's own extent: clauses hung on it and its
# appositions (handled as arguments of their own).
CLAUSAL = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "ccomp", "xcomp"})
PRONOUNS = frozenset(
    {"it", "its", "itself", "they", "them", "their", "themselves", "we", "our", "us"}
    | {"he", "she", "his", "her", "him"}  # an official's pronoun stands for the official
)
RELATIVE = frozenset({"which", "that", "who", "whom", "whose"})
QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"")


class Tree:
    def __init__(self, sentence: Sentence) -> None:
        self.text = sentence.text
        self.toks: tuple[Token, ...] = sentence.tokens
        self.children: list[list[int]] = [[] for _ in self.toks]
        for t in self.toks:
            if t.head != t.i:
                self.children[t.head].append(t.i)
        self.quotes = [(m.start(), m.end()) for m in QUOTES.finditer(self.text)]

    def head(self, i: int) -> int | None:
        h = self.toks[i].head
        return None if h == i else h

    def kids(self, i: int, *deps: str) -> list[int]:
        return [c for c in self.children[i] if not deps or self.toks[c].dep in deps]

    def subtree(self, i: int, skip: frozenset[str] = frozenset()) -> list[int]:
        out, todo = [], [i]
        while todo:
            k = todo.pop()
            out.append(k)
            todo += [c for c in self.children[k] if self.toks[c].dep not in skip]
        return sorted(out)

    def span(self, i: int, skip: frozenset[str] = CLAUSAL) -> tuple[int, int]:
        """Character span of the phrase headed by i, without clauses and edge punctuation."""
        ks = self.subtree(i, skip)
        while len(ks) > 1 and (self.toks[ks[-1]].pos == "PUNCT" or self.toks[ks[-1]].dep == "case"):
            ks.pop()  # trailing punctuation, the possessive 's
        while len(ks) > 1 and self.toks[ks[0]].pos == "PUNCT":
            ks.pop(0)
        lo, hi = ks[0], ks[-1]
        # a phrase is contiguous: a clause or apposition cut out of its middle stays in
        return self.toks[lo].start, self.toks[hi].end

    def phrase(self, i: int, skip: frozenset[str] = CLAUSAL) -> str:
        s, e = self.span(i, skip)
        return self.text[s:e]

    def ancestors(self, i: int) -> list[int]:
        out = []
        h = self.head(i)
        while h is not None and h not in out:
            out.append(h)
            h = self.head(h)
        return out

    def is_passive(self, i: int) -> bool:
        t = self.toks[i]
        if any(self.toks[c].dep in ("auxpass", "nsubjpass", "agent") for c in self.children[i]):
            return True
        return t.tag == "VBN" and t.dep in ("acl", "amod") and not self.kids(i, "aux")

    def in_quote(self, offset: int) -> bool:
        return any(s < offset < e for s, e in self.quotes)

    def lemmas(self, i: int) -> list[str]:
        """The lemma, and for a past form the lemmatiser got wrong (staged -> 'stag') the
        form without -d / -ed."""
        t = self.toks[i]
        out = [t.lemma.lower()]
        w = t.text.lower()
        if t.tag in ("VBD", "VBN", "JJ") and w.endswith("ed"):  # JJ: a past taken for an adjective
            out += [w[:-1], w[:-2]]
        if t.tag == "VBZ" and w.endswith("s"):  # stages -> 'stag': stage
            out += [w[:-1], w[:-2]] if w.endswith("es") else [w[:-1]]
        return out

    def hyphen_word(self, i: int) -> str:
        """test-fired -> 'test-fire', build-up -> 'build-up': a word spaCy split at hyphens."""
        parts = [self.toks[i].lemma.lower()]
        k = i
        while (
            k >= 2
            and self.toks[k - 1].text == "-"
            and self.toks[k - 1].start == self.toks[k - 2].end
            and self.toks[k].start == self.toks[k - 1].end
        ):
            parts.insert(0, self.toks[k - 2].text.lower())
            k -= 2
        return "-".join(parts)
