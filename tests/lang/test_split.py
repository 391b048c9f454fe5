from alliancewatch.config import Settings
from alliancewatch.lang import get_language
from alliancewatch.lang.split import split_article, split_paragraph
from alliancewatch.types import Article, Paragraph

SETTINGS = Settings()


def _texts(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_paragraph(text, get_language(lang), SETTINGS)]


def test_terminator_inside_quote_does_not_split():
    text = "防衛相は「部隊を送る。準備は整った」と述べた。会見は30分で終わった。"
    assert _texts(text, "ja") == [
        "防衛相は「部隊を送る。準備は整った」と述べた。",
        "会見は30分で終わった。",
    ]


def test_unbalanced_quote_falls_back_to_plain_splitting():
    text = "政府は「制裁を続ける。次の会合は来月だ。"
    assert _texts(text, "ja") == ["政府は「制裁を続ける。", "次の会合は来月だ。"]


def test_english_abbreviations_and_decimals():
    text = "The U.S. Navy sent 2.5 tons of aid. Mr. Kim left on Monday. It rained."
    assert _texts(text, "en") == [
        "The U.S. Navy sent 2.5 tons of aid.",
        "Mr. Kim left on Monday.",
        "It rained.",
    ]


def test_korean_periods():
    text = "북한이 미사일을 발사했다. 합참은 이를 규탄했다."
    assert _texts(text, "ko") == ["북한이 미사일을 발사했다.", "합참은 이를 규탄했다."]


def test_offsets_point_into_article_text():
    text = "第一文。第二文。\n第三文。"
    art = Article(
        doc="d",
        source="s",
        text=text,
        paragraphs=(Paragraph(0, 0, 8), Paragraph(1, 9, 13)),
        title="見出し",
        published=None,
        lang="ja",
        url=None,
        encoding="utf-8",
        raw_hash="x",
        content_hash="y",
    )
    sents = split_article(art, get_language("ja"), SETTINGS)
    assert sents[0].is_title and sents[0].text == "見出し"
    for s in sents[1:]:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in sents[1:]] == [0, 0, 1]


def test_korean_quotes_and_sentences_without_a_period():
    text = '정부는 "이는 명백한 위반이다. 용납할 수 없다"고 말했다. 미 국무부는 1.5배 늘었다고 했다'
    assert _texts(text, "ko") == [
        '정부는 "이는 명백한 위반이다. 용납할 수 없다"고 말했다.',
        "미 국무부는 1.5배 늘었다고 했다",
    ]


def test_over_long_sentence_is_cut_at_clause_marks_then_spaces_then_anywhere():
    from alliancewatch.config import Settings

    s = Settings(max_parse_chars=50)
    clause = "北朝鮮は兵士を派遣し、"  # 11 characters, ends with a clause mark
    text = clause * 20 + "終わった。"
    spans = split_paragraph(text, get_language("ja"), s)
    assert all(e - b <= 50 for b, e in spans)
    assert "".join(text[b:e] for b, e in spans) == text
    assert all(text[e - 1] == "、" for _, e in spans[:-1])  # cut after a clause mark
    words = "alpha beta gamma delta " * 20
    spans = split_paragraph(words, get_language("en"), s)
    assert all(e - b <= 50 for b, e in spans)
    assert all(not words[b:e].startswith(" ") and " " not in words[e - 1 : e] for b, e in spans)
    solid = "あ" * 175
    assert [e - b for b, e in split_paragraph(solid, get_language("ja"), s)] == [50, 50, 50, 25]


def test_sixty_kilobyte_paragraph_gives_sentences_within_the_parser_limit():
    text = "北朝鮮軍がロシアに派遣された" * 1500  # 21,000 chars, 63 kB, no punctuation
    spans = split_paragraph(text, get_language("ja"), SETTINGS)
    assert len(spans) > 1
    assert max(len(text[b:e].encode("utf-8")) for b, e in spans) < 49_149
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_korean_long_paragraph_goes_to_kiwipiepy_in_bounded_pieces(monkeypatch):
    from alliancewatch.config import Settings
    from alliancewatch.lang.ko import split as ko

    sizes: list[int] = []

    class FakeKiwi:  # records what the real splitter would be handed
        def split_into_sents(self, text):
            sizes.append(len(text))
            return []

    monkeypatch.setattr(ko, "_load", lambda: FakeKiwi())
    text = "북한이 러시아에 병력을 파견했다고 정보당국이 밝혔다. " * 2000  # 58,000 chars
    split_paragraph(text, get_language("ko"), Settings(ko_split_chars=2_000))
    assert sum(sizes) == len(text) and max(sizes) <= 2_000


def test_korean_pieces_keep_offsets_and_sentences():
    text = "북한이 미사일을 발사했다. 합참은 이를 규탄했다. " * 300
    spans = _texts(text, "ko")
    assert spans.count("북한이 미사일을 발사했다.") == 300
    assert spans.count("합참은 이를 규탄했다.") == 300
