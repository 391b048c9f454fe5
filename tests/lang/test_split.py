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
