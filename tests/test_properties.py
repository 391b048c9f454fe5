"""Property-based tests (hypothesis): for any bytes or text, decoding, cleaning, reading
JSON Lines, splitting and coding return a result or a Rejection; no exception escapes.

Example counts are kept modest so the suite stays fast; docs/RELIABILITY.md gives the
totals. `AW_FUZZ_SCALE=10` multiplies them for a longer local run.
"""

from __future__ import annotations

import json
import os
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliancewatch.clean import clean_document
from alliancewatch.clean.decode import decode_bytes
from alliancewatch.config import Settings
from alliancewatch.errors import RejectedInput
from alliancewatch.lang import find_language, get_language
from alliancewatch.lang.split import split_article, split_paragraph
from alliancewatch.sources.files import iter_inputs
from alliancewatch.sources.validate import Refused, check_date, printable
from alliancewatch.types import Article, DocMeta, Paragraph, RawDocument, Rejection

SCALE = int(os.environ.get("AW_FUZZ_SCALE", "1"))
S = Settings(max_parse_chars=60, ko_split_chars=80)


def fuzz(n: int):
    return settings(
        max_examples=n * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


# Pieces of news text, so that generated text reaches the interesting code paths.
PIECES = [
    "北朝鮮", "ロシア", "米国", "韓国", "日米韓", "朝ロ", "金正恩総書記", "プーチン大統領",
    "は", "が", "を", "に", "から", "と", "の", "、", "。", "「", "」", "『", "』", "（", "）",
    "派兵", "派遣した", "供与を受けた", "会談した", "制裁を科した", "非難した", "署名した",
    "とみられる", "可能性がある", "場合", "予定だ", "しなかった", "と述べた", "によると",
    "昨年", "今年6月", "19日", "翌月5日", "同日", "令和6年", "2024年10月", "\n", " ", "\u3000",
    "북한이", "러시아에", "파병했다", "밝혔다.", "Seoul", "said", "sanctions", ".", "?", "!",
    "ｱｲｳ", "ＡＢＣ", "１２３", "\u202e", "\x00", "\ufeff", "\ud800", "<p>", "</p>", "<script>",
]  # fmt: skip
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map(
    "".join
)
any_text = st.one_of(news_text, st.text(max_size=300))
langs = st.sampled_from(["ja", "ko", "en"])


@fuzz(300)
@given(st.binary(max_size=2000))
def test_decoding_any_bytes_returns_text_or_rejects(data):
    try:
        text, encoding = decode_bytes(data)
    except RejectedInput as e:
        assert e.reason
        return
    assert isinstance(text, str) and encoding


@fuzz(150)
@given(
    st.one_of(st.binary(max_size=1500), any_text.map(lambda t: t.encode("utf-8", "replace"))),
    st.booleans(),
    st.sampled_from([None, "ja", "ko", "en", "fr", "ja-JP"]),
)
def test_cleaning_any_input_gives_an_article_or_a_rejection(data, is_html, lang):
    raw = RawDocument("x.txt", "x.txt", data, is_html, DocMeta(lang=lang))
    try:
        art = clean_document(raw, S)
    except RejectedInput as e:
        assert e.reason
        return
    assert art.lang in ("ja", "ko", "en")
    for p in art.paragraphs:
        assert 0 <= p.start <= p.end <= len(art.text)


@fuzz(300)
@given(any_text, langs)
def test_splitting_any_text_gives_bounded_ordered_spans(text, lang):
    spans = split_paragraph(text, find_language(lang), S)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert e - s <= S.max_parse_chars
        last = e
    # nothing but whitespace is lost between the spans
    kept = "".join(text[s:e] for s, e in spans)
    assert "".join(text.split()) == "".join(kept.split())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=20,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "text": any_text,
        "html": any_text,
        "published": st.one_of(st.text(max_size=25), json_values),
        "title": json_values,
        "lang": json_values,
    },
)


@fuzz(100)
@given(
    st.lists(
        st.one_of(
            records.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8", "replace")),
            st.binary(max_size=200).map(lambda b: b.replace(b"\n", b" ")),
        ),
        max_size=6,
    )
)
def test_reading_any_json_lines_file_yields_documents_or_rejections(tmp_path, lines):
    f = tmp_path / "feed.jsonl"
    f.write_bytes(b"\n".join(lines))
    for item in iter_inputs([f], S):
        assert isinstance(item, RawDocument | Rejection)
        if isinstance(item, RawDocument):
            assert item.doc and len(item.doc) <= S.max_id_chars
            if item.meta.published:
                date.fromisoformat(item.meta.published)


@fuzz(300)
@given(st.text(max_size=40))
def test_dates_are_real_or_refused(value):
    try:
        iso = check_date(value)
    except Refused:
        return
    assert date.fromisoformat(iso).isoformat() == iso


@fuzz(300)
@given(st.text(max_size=100))
def test_printable_leaves_no_control_characters(value):
    out = printable(value)
    assert not any(unicodedata.category(c) == "Cc" for c in out)
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in out)


@pytest.mark.model
@fuzz(40)
@given(st.lists(news_text, min_size=1, max_size=3), st.one_of(st.none(), st.dates()))
def test_coding_any_japanese_text_returns_mentions(paragraphs, published):
    from alliancewatch.coding.coder import Coder

    paragraphs = [p for p in ("".join(x.split("\n")) for x in paragraphs) if p.strip()]
    if not paragraphs:
        return
    text = "\n".join(paragraphs)
    spans, start = [], 0
    for k, p in enumerate(paragraphs):
        spans.append(Paragraph(k, start, start + len(p)))
        start += len(p) + 1
    pub = published.isoformat() if published else None
    art = Article("f.txt", "f", text, tuple(spans), None, pub, "ja", None, "utf-8", "r", "c")
    ja = get_language("ja")
    sentences = ja.parse(split_article(art, ja, S), S)
    for m in Coder(ja, S).code(art, sentences):
        assert m.event and 0 <= m.start <= m.end <= len(text)
