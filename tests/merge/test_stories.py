"""Near-duplicate grouping: a teaser joins its wire story, an independent report does not."""

from __future__ import annotations

from alliancewatch.merge import stories

WIRE = (
    "SEOUL, Oct 31 - North Korea fired an intercontinental ballistic missile into the sea off "
    "its east coast on Thursday morning, South Korea's Joint Chiefs of Staff said, the first "
    "such launch in almost a year. The missile flew for about 86 minutes, the longest flight "
    "time recorded for a North Korean missile, and reached an altitude of more than 7,000 km "
    "before falling outside Japan's exclusive economic zone, Tokyo's defence ministry said. "
    "Seoul, Washington and Tokyo condemned the launch and said they would expand their "
    "trilateral exercises. Pyongyang said the test was a response to hostile moves by its "
    "enemies and showed the reliability of its strategic deterrent."
)
TEASER = (
    "North Korea fired an intercontinental ballistic missile into the sea off its east coast "
    "on Thursday morning, South Korea's Joint Chiefs of Staff said, the first such launch in "
    "almost a year. Read the full story inside."
)
OTHER = (
    "Tokyo, Oct 31 - Japan's defence ministry reported that a long-range missile launched by "
    "Pyongyang stayed airborne for a record 86 minutes before splashing down west of Hokkaido. "
    "Prime Minister Shigeru Ishiba called the test unacceptable and said Japan had lodged a "
    "protest through its embassy in Beijing. Analysts said the new solid-fuel rocket could "
    "reach the continental United States."
)
JA_WIRE = (
    "北朝鮮は31日朝、東部から日本海に向けて大陸間弾道ミサイル1発を発射した。韓国軍合同参謀本部が"
    "明らかにした。飛行時間は約86分で、北朝鮮のミサイルとして過去最長となった。日米韓の3か国は"
    "発射を非難し、共同訓練を拡大する方針を示した。北朝鮮は敵対勢力への対応だと主張している。"
)
JA_TEASER = "北朝鮮は31日朝、東部から日本海に向けて大陸間弾道ミサイル1発を発射した。続きは紙面で。"


def test_teaser_is_contained_but_not_jaccard_similar():
    j, c = stories.estimate(stories.signature(WIRE), stories.signature(TEASER))
    assert j < 0.5 and c > stories.STORY_CONTAINMENT
    assert stories.same_story(stories.signature(WIRE), stories.signature(TEASER))


def test_independent_report_is_another_story():
    j, c = stories.estimate(stories.signature(WIRE), stories.signature(OTHER))
    assert j < stories.STORY_MIN_JACCARD
    assert not stories.same_story(stories.signature(WIRE), stories.signature(OTHER))


def test_character_shingles_work_for_japanese():
    assert stories.same_story(stories.signature(JA_WIRE), stories.signature(JA_TEASER))
    assert not stories.same_story(stories.signature(JA_WIRE), stories.signature(WIRE))


def test_band_keys_find_the_teaser():
    a, b = stories.signature(WIRE), stories.signature(TEASER)
    assert set(stories.band_keys(a)) & set(stories.band_keys(b))
    assert stories.Signature.from_bytes(a.to_bytes(), a.size) == a


def test_outlet_from_host_or_folder():
    assert stories.outlet("https://www.example.com/a/1", "/x/y.txt") == "example.com"
    assert stories.outlet(None, "/in/yonhap/a.txt") == "yonhap"
    assert stories.outlet(None, "/in/feed.jsonl") == "feed"
