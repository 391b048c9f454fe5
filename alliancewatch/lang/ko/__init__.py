"""Korean: kiwipiepy's sentence splitter and date words; no parser or event coder yet
(articles are split, stored and searched)."""

from __future__ import annotations

from pathlib import Path

from alliancewatch.config import Settings
from alliancewatch.lang import Language
from alliancewatch.lang.ko.dates import find_dates
from alliancewatch.lang.ko.split import sentence_spans


def split_sentences(text: str, settings: Settings) -> list[tuple[int, int]]:
    return sentence_spans(text, settings.ko_split_chars)


LANGUAGE = Language(
    code="ko",
    name="Korean",
    data_dir=Path(__file__).resolve().parent / "data",
    split=split_sentences,
    find_dates=find_dates,
    aliases=("kr", "kor", "korean"),
    lingua="KOREAN",
    rank=1,
)
