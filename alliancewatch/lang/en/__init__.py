"""English: rule splitter with periods and abbreviations, date words; no parser or event
coder yet (articles are split, stored and searched)."""

from __future__ import annotations

import re
from pathlib import Path

from alliancewatch.config import Settings
from alliancewatch.lang import Language
from alliancewatch.lang.en.dates import find_dates
from alliancewatch.lang.split import rule_spans

# Abbreviations after which a period does not end a sentence.
ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Rep|Sen|St|Jr|No|vs|etc|U\.S|U\.N|e\.g|i\.e)|\b[A-Z])\.$"
)


def split(text: str, settings: Settings) -> list[tuple[int, int]]:
    return rule_spans(text, period=True, abbrev=ABBREV)


LANGUAGE = Language(
    code="en",
    name="English",
    data_dir=Path(__file__).resolve().parent / "data",
    split=split,
    find_dates=find_dates,
    aliases=("eng", "english"),
    lingua="ENGLISH",
    rank=2,
)
