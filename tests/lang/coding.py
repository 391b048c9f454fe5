"""Code a short text we wrote through one language's parser and the shared coder, as the
pipeline does, without a database: the end-to-end tests of every language use it.

Without `settings`, the learned keep step (coding/keep.py) is off: these tests pin what the
rules build; the step is judged over whole gold sets left out of its training (`make train`)
and tested with the shipped weights on in tests/test_keep.py and
tests/lang/ja/test_round20_r20keep.py."""

from __future__ import annotations

from alliancewatch.coding.coder import Coder
from alliancewatch.config import Settings
from alliancewatch.lang import get_language
from alliancewatch.lang.split import split_article
from alliancewatch.types import Article, Mention, Paragraph


def code_text(
    lang: str,
    *paragraphs: str,
    published: str,
    title: str | None = None,
    sep: str = "\n",
    settings: Settings | None = None,
) -> list[Mention]:
    settings = settings or Settings(keep=False)
    language = get_language(lang)
    text = sep.join(paragraphs)
    spans, start = [], 0
    for k, p in enumerate(paragraphs):
        spans.append(Paragraph(k, start, start + len(p)))
        start += len(p) + len(sep)
    art = Article("t.txt", "t", text, tuple(spans), title, published, lang, None, "utf-8", "r", "c")
    assert language.parse is not None
    sentences = language.parse(split_article(art, language, settings), settings)
    return Coder(language, settings).code(art, sentences)


def pair(m: Mention) -> tuple[list[str | None], list[str | None]]:
    """A mention's actor and recipient codes, as the assertions compare them."""
    return [a.code for a in m.actor], [r.code for r in m.recipient]


def of(ms: list[Mention], event: str) -> list[Mention]:
    return [m for m in ms if m.event == event]


def parties(m: Mention) -> set[str | None]:
    return {a.code for a in m.actor} | {r.code for r in m.recipient}
