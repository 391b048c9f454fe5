"""HTML page -> main text (one paragraph a line), title and date.

trafilatura is the best general main-text extractor we measured: it drops navigation,
scripts, styles, comments and page furniture. When it finds nothing (tiny pages, unusual
markup) we fall back to the text of the page's <p> elements, after removing the elements
that never hold article text, so a short but real article is not lost.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from alliancewatch.errors import RejectedInput

# Elements whose text is never article text. trafilatura drops most of them itself, but
# when a page has little text its recall retry takes navigation links for content.
_NEVER_TEXT = "script style noscript template nav footer aside form button select iframe svg"
_PRUNE = [f"//{tag}" for tag in _NEVER_TEXT.split()]
# The fallback also drops <header>, which holds the site banner when there is no <article>.
_DROP = (*_NEVER_TEXT.split(), "header")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class HtmlText:
    """What a page gives us: body text with paragraphs on lines, and its own metadata."""

    text: str
    title: str | None
    published: str | None  # YYYY-MM-DD
    url: str | None
    extractor: str  # "trafilatura" | "paragraphs"


def _trafilatura(html: str) -> HtmlText | None:
    try:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
            prune_xpath=_PRUNE,  # metadata is read before pruning, so dates survive
        )
    except (ValueError, TypeError, etree.LxmlError) as e:  # its documented failure modes
        logging.getLogger(__name__).debug("trafilatura failed: %s", e)
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    date = doc.date if isinstance(doc.date, str) and _DATE.match(doc.date) else None
    return HtmlText(
        text=doc.text,
        title=(doc.title or "").strip() or None,
        published=date[:10] if date else None,
        url=(doc.url or "").strip() or None,
        extractor="trafilatura",
    )


def _parse(html: str) -> lxml.html.HtmlElement | None:
    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _paragraphs(html: str) -> HtmlText | None:
    """Fallback: the text of <p> elements once script, style and navigation are gone."""
    root = _parse(html)
    if root is None:
        return None
    title_el = root.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else ""
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    lines = []
    for p in root.iter("p"):
        text = " ".join(p.text_content().split())
        if text:
            lines.append(text)
    if not lines:
        return None
    return HtmlText("\n".join(lines), title or None, None, None, "paragraphs")


def extract_html(html: str) -> HtmlText:
    """Main text of a page, or RejectedInput("HTML has no body text")."""
    found = _trafilatura(html) or _paragraphs(html)
    if found is None:
        raise RejectedInput("HTML has no body text")
    return found
