"""clean_document end to end: Article fields, offsets, and every kind of bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from alliancewatch.clean import clean_document, find_common_lines, language_code
from alliancewatch.config import Settings
from alliancewatch.errors import RejectedInput, UsageError
from alliancewatch.types import Article, DocMeta, RawDocument

SETTINGS = Settings()

JA = "\n".join(
    [
        "防衛省は１２日、北朝鮮が日本海に向けて弾道ミサイル２発を発射したと発表した。",
        "◇日米韓が警報情報を即時共有",
        "政府関係者によると、ミサイルは約４００キロ飛行し、排他的経済水域の外に落下したとみられる。",
        "北朝鮮が弾道ミサイル発射…日米韓が警報情報を共有（２）",
        "◇日米韓が警報情報を即時共有",
        "政府関係者によると、ミサイルは約４００キロ飛行し、排他的経済水域の外に落下したとみられる。",
        "この記事を読んで…",
    ]
)
KO = (
    "국방부는 15일 한미 양국이 다음 달 서해에서 연합 해상훈련을 실시한다고 밝혔다.\n"
    "군 관계자는 이번 훈련에 양국 구축함과 잠수함이 참가할 예정이라고 설명했다.\n"
    "ⓒ 예시일보 무단전재 및 재배포 금지\n"
)
EN = (
    "NATO defence ministers agreed on Thursday to expand air-policing over the Baltic states.\n"
    "Read more: Baltic states raise defence spending\n"
    "The decision follows repeated airspace violations by Russian aircraft, officials said.\n"
)


def raw(data: bytes | str, *, html: bool = False, **meta: str) -> RawDocument:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return RawDocument("doc-1", "/in/example/doc-1.txt", data, html, DocMeta(**meta))


def check_offsets(article: Article) -> None:
    parts = [article.paragraph_text(p) for p in article.paragraphs]
    assert "\n".join(parts) == article.text
    assert [p.index for p in article.paragraphs] == list(range(len(parts)))
    assert all(part == part.strip() and part for part in parts)


def test_japanese_article_is_cleaned() -> None:
    data = JA.encode("utf-8")
    a = clean_document(raw(data), SETTINGS)
    assert a.lang == "ja"
    assert a.encoding == "utf-8"
    assert a.title == "北朝鮮が弾道ミサイル発射…日米韓が警報情報を共有"  # widths normalized
    assert len(a.paragraphs) == 3
    assert a.text.startswith("防衛省は12日、")  # full-width digits normalized before offsets
    assert "この記事を読んで" not in a.text
    assert [r.kind for r in a.removed] == [
        "page_headline",
        "repeated_block",
        "repeated_block",
        "boilerplate",
    ]
    assert a.raw_hash == hashlib.sha256(data).hexdigest()
    assert a.content_hash == hashlib.sha256(a.text.encode("utf-8")).hexdigest()
    assert (a.doc, a.source, a.url, a.published) == ("doc-1", "/in/example/doc-1.txt", None, None)
    check_offsets(a)


def test_korean_and_english_use_their_own_boilerplate() -> None:
    ko = clean_document(raw(KO), SETTINGS)
    assert ko.lang == "ko"
    assert len(ko.paragraphs) == 2 and "무단전재" not in ko.text
    en = clean_document(raw(EN), SETTINGS)
    assert en.lang == "en"
    assert len(en.paragraphs) == 2 and "Read more" not in en.text
    check_offsets(ko)
    check_offsets(en)


def test_declared_metadata_wins() -> None:
    a = clean_document(
        raw(
            JA,
            title="日米韓、ミサイル情報を共有",
            published="2024-06-12",
            url="https://example.jp/a",
            lang="ja-JP",
        ),
        SETTINGS.with_(default_published="2000-01-01"),
    )
    assert a.title == "日米韓、ミサイル情報を共有"
    assert (a.published, a.url, a.lang) == ("2024-06-12", "https://example.jp/a", "ja")
    assert "北朝鮮が弾道ミサイル発射" not in a.text  # the page headline still leaves the body


def test_defaults_from_settings() -> None:
    settings = SETTINGS.with_(default_lang="en", default_published="2024-01-31")
    a = clean_document(raw(EN), settings)
    assert (a.lang, a.published) == ("en", "2024-01-31")


def test_common_lines_are_removed_as_source_boilerplate() -> None:
    texts = [
        f"Story {i} about the alliance and its drills.\nExample Daily World Desk" for i in range(4)
    ]
    common = find_common_lines(texts)
    a = clean_document(raw(EN + "Example Daily World Desk\n"), SETTINGS, common)
    assert "Example Daily World Desk" not in a.text
    assert a.removed[-1].kind == "source_boilerplate"


@pytest.mark.parametrize(
    ("value", "code"), [("JA", "ja"), ("ko-KR", "ko"), ("eng", "en"), ("fr", None)]
)
def test_language_code(value: str, code: str | None) -> None:
    assert language_code(value) == code


def test_unknown_declared_language_is_rejected() -> None:
    with pytest.raises(RejectedInput) as err:
        clean_document(raw(EN, lang="fr"), SETTINGS)
    assert err.value.reason == "unknown language 'fr' declared; supported: ja, ko, en"


def test_bad_default_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="default_lang 'de'"):
        clean_document(raw(EN), SETTINGS.with_(default_lang="de"))


def test_text_without_letters_cannot_be_identified() -> None:
    with pytest.raises(
        RejectedInput, match=r"could not identify language \(ja, ko, en supported\)"
    ):
        clean_document(raw("2024 06 12\n100 200 300"), SETTINGS)


def test_empty_file_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="empty"):
        clean_document(raw(b""), SETTINGS)


@pytest.mark.parametrize(
    "text", [" \n\t\n\u3000\n", "\u200b\u200b", "この記事を読んで…\nシェアする\n"]
)
def test_nothing_left_is_rejected(text: str) -> None:
    with pytest.raises(RejectedInput, match="^empty after cleaning$"):
        clean_document(raw(text), SETTINGS)


def test_binary_input_is_rejected() -> None:
    data = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4
    with pytest.raises(RejectedInput, match="cannot decode: .*looks binary"):
        clean_document(raw(data), SETTINGS)


def test_oversized_input_is_rejected_by_size_before_decoding() -> None:
    size = 50 * 1024 * 1024
    data = b"a" * size  # allocated once; nothing is decoded or copied
    with pytest.raises(RejectedInput) as err:
        clean_document(raw(data), SETTINGS)
    assert err.value.reason == (
        "input is 52,428,800 bytes; limit is 5,000,000 (Settings.max_input_bytes)"
    )


def test_truncated_utf8_is_decoded_without_the_cut_character() -> None:
    data = b"NATO ministers met in Brussels on Thursday, officials said." + "防衛".encode()[:-1]
    a = clean_document(raw(data), SETTINGS)
    assert a.text.endswith("officials said.防")
    assert a.encoding == "utf-8"


@pytest.mark.parametrize(
    ("codec", "lang"), [("shift_jis", "ja"), ("euc_jp", "ja"), ("euc_kr", "ko")]
)
def test_legacy_encodings(codec: str, lang: str) -> None:
    text = (
        "防衛省は北朝鮮が弾道ミサイル2発を発射したと発表した。\n日米韓は探知情報を即時に共有した。"
        if lang == "ja"
        else KO.split("\n")[0] + "\n" + KO.split("\n")[1]
    )
    a = clean_document(raw(text.encode(codec)), SETTINGS)
    assert a.text == text
    assert a.lang == lang


HTML = """<html><head><title>Allies expand Baltic air policing | Example News</title>
<meta property="article:published_time" content="2024-05-02">
<script>var t = "SCRIPT_IN_HEAD";</script></head><body>
<nav>Home World NAV_TEXT</nav>
<article><h1>Allies expand Baltic air policing</h1>
<p>NATO defence ministers agreed on Thursday to expand air-policing missions over the Baltic
states, citing repeated airspace violations by Russian military aircraft.</p>
<script>document.write("SCRIPT_IN_TEXT")</script>
<p>The alliance will rotate additional fighter jets through Lithuania and Estonia from next
month, officials in Brussels said after the meeting.</p>
<p>Share this article</p>
</article></body></html>"""


def test_html_article() -> None:
    a = clean_document(raw(HTML, html=True), SETTINGS)
    assert "SCRIPT_IN" not in a.text and "NAV_TEXT" not in a.text
    assert a.title is not None and a.title.startswith("Allies expand Baltic air policing")
    assert a.published == "2024-05-02"
    assert a.lang == "en"
    assert a.text.startswith("NATO defence ministers agreed")  # the <h1> copy of the title left
    assert "Share this article" not in a.text
    check_offsets(a)


def test_html_declared_metadata_wins_over_page() -> None:
    a = clean_document(
        raw(HTML, html=True, title="Declared title", published="2024-05-03"), SETTINGS
    )
    assert (a.title, a.published) == ("Declared title", "2024-05-03")


def test_html_without_body_is_rejected() -> None:
    page = "<html><head><title>Nothing here</title><script>x()</script></head><body></body></html>"
    with pytest.raises(RejectedInput, match="HTML has no body text"):
        clean_document(raw(page, html=True), SETTINGS)


def test_wrong_type_raises_type_error() -> None:
    with pytest.raises(TypeError):
        clean_document("not a document", SETTINGS)  # type: ignore[arg-type]


def test_custom_data_dir_patterns(tmp_path: Path) -> None:
    (tmp_path / "boilerplate.tsv").write_text("en\t^Dispatch from\tdesk line\n", encoding="utf-8")
    a = clean_document(
        raw(EN + "Dispatch from the Brussels desk\n"), SETTINGS.with_(data_dir=tmp_path)
    )
    assert "Dispatch from" not in a.text
    assert "Read more" in a.text  # the packaged patterns were not used
