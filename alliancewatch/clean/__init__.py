"""Cleaning stage: RawDocument -> Article.

decode (bytes -> str) -> HTML main text (for pages) -> normalize (widths, spaces,
newlines) -> blocks (boilerplate, page headlines, repeated blocks) -> language.
Normalization happens before anything is split, so the stored text and the paragraph
offsets agree. Bad data raises RejectedInput with a reason a user can act on; bad
settings raise UsageError.
"""

from __future__ import annotations

import hashlib

from alliancewatch.clean.blocks import (
    CleanedBody,
    clean_body,
    find_common_lines,
    load_boilerplate,
    patterns_for,
)
from alliancewatch.clean.decode import decode_bytes
from alliancewatch.clean.html import extract_html
from alliancewatch.clean.langid import identify
from alliancewatch.clean.normalize import normalize_line, normalize_text
from alliancewatch.config import Settings
from alliancewatch.errors import RejectedInput, UsageError
from alliancewatch.lang import codes, languages
from alliancewatch.types import Article, Paragraph, RawDocument

__all__ = ["clean_document", "find_common_lines", "language_code"]

BOILERPLATE_FILE = "boilerplate.tsv"
LINK_LIST_FILE = "link_lists.tsv"  # headings of related-article link lists


def language_code(value: str) -> str | None:
    """The registered code for a declared language ('ja-JP', 'KO', 'eng' ...), else None."""
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    for x in languages():
        if primary == x.code or primary in x.aliases:
            return x.code
    return None


def _fixed_lang(raw: RawDocument, settings: Settings) -> str | None:
    """The declared language (wins), else the configured default, validated."""
    if raw.meta.lang:
        code = language_code(raw.meta.lang)
        if code is None:
            raise RejectedInput(
                f"unknown language '{raw.meta.lang}' declared; supported: {', '.join(codes())}"
            )
        return code
    if settings.default_lang:
        code = language_code(settings.default_lang)
        if code is None:
            raise UsageError(
                f"Settings.default_lang '{settings.default_lang}' is not supported; "
                f"use one of {', '.join(codes())}"
            )
        return code
    return None


def _clean(
    text: str, settings: Settings, lang: str | None, common: frozenset[str], title: str | None
) -> CleanedBody:
    patterns = patterns_for(load_boilerplate(settings.data_dir / BOILERPLATE_FILE), lang)
    links = settings.data_dir / LINK_LIST_FILE  # optional in a data directory of one's own
    headings = patterns_for(load_boilerplate(links), lang) if links.is_file() else ()
    return clean_body(text, patterns, common, title, headings)


def _paragraphs(texts: tuple[str, ...]) -> tuple[str, tuple[Paragraph, ...]]:
    spans: list[Paragraph] = []
    start = 0
    for i, p in enumerate(texts):
        spans.append(Paragraph(i, start, start + len(p)))
        start += len(p) + 1
    return "\n".join(texts), tuple(spans)


def sha256_hex(data: bytes) -> str:
    """The raw and content hashes; the pipeline compares stored raw hashes with this."""
    return hashlib.sha256(data).hexdigest()


def clean_document(
    raw: RawDocument, settings: Settings, common_lines: frozenset[str] = frozenset()
) -> Article:
    """Decode, extract, normalize and clean one input.

    `common_lines` are lines that the caller found in most articles of the same source
    (see find_common_lines); they are removed as "source_boilerplate".
    Raises RejectedInput for unusable data, UsageError for a bad Settings.default_lang.
    """
    if not isinstance(raw, RawDocument) or not isinstance(raw.data, bytes):
        raise TypeError("clean_document expects a RawDocument holding bytes")
    size = len(raw.data)
    if size > settings.max_input_bytes:
        raise RejectedInput(
            f"input is {size:,} bytes; limit is {settings.max_input_bytes:,} "
            "(Settings.max_input_bytes)"
        )
    if size == 0:
        raise RejectedInput("input is empty (0 bytes)")
    fixed_lang = _fixed_lang(raw, settings)
    text, encoding = decode_bytes(raw.data)

    title = normalize_line(raw.meta.title) if raw.meta.title else None
    published, url = raw.meta.published, raw.meta.url
    if raw.is_html:
        page = extract_html(text)
        text = page.text
        title = title or (normalize_line(page.title) if page.title else None) or None
        published = published or page.published
        url = url or page.url
    text = normalize_text(text)

    hint = fixed_lang or identify(text)
    body = _clean(text, settings, hint, common_lines, title)
    if not body.paragraphs:
        raise RejectedInput("empty after cleaning")
    lang = fixed_lang
    if lang is None:
        lang = identify("\n".join(body.paragraphs))
        if lang is None:
            raise RejectedInput(f"could not identify language ({', '.join(codes())} supported)")
        if lang != hint:  # boilerplate patterns are per language: clean again with the right ones
            body = _clean(text, settings, lang, common_lines, title)
            if not body.paragraphs:
                raise RejectedInput("empty after cleaning")

    article_text, paragraphs = _paragraphs(body.paragraphs)
    return Article(
        doc=raw.doc,
        source=raw.source,
        text=article_text,
        paragraphs=paragraphs,
        title=title or body.headline,
        published=published or settings.default_published,
        lang=lang,
        url=url,
        encoding=encoding,
        raw_hash=sha256_hex(raw.data),
        content_hash=sha256_hex(article_text.encode("utf-8")),
        removed=body.removed,
    )
