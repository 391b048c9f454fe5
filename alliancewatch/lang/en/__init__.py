"""English: rule splitter with periods and abbreviations; spaCy's en_core_web_sm parse
(parse.py); frames from dependencies (frames.py), factuality and attribution (modality.py);
date words (dates.py). Lexicons, cue lists and aliases are in data/*.tsv."""

from __future__ import annotations

import re

from alliancewatch.config import Settings
from alliancewatch.lang import Language
from alliancewatch.lang.en import lexicon
from alliancewatch.lang.en.dates import find_dates
from alliancewatch.lang.split import rule_spans
from alliancewatch.types import Frame, Sentence

# Abbreviations after which a period does not end a sentence.
ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Rep|Sen|St|Jr|No|vs|etc|U\.S|U\.N|e\.g|i\.e|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z])\.$"
)


# A terminator inside a straight closing quote ('... in Ukraine." He urged'): the shared rules
# read a period followed by a non-space as inside a word (5.7, U.S.A), so the quote's own
# sentence end is cut here, before a capital.
QUOTE_END = re.compile(r"""(?<=[.!?]["'”’])\s+(?=["“'‘]?[A-Z])""")


def split(text: str, settings: Settings) -> list[tuple[int, int]]:
    out = []
    for s, e in rule_spans(text, period=True, abbrev=ABBREV):
        cuts = [m.end() for m in QUOTE_END.finditer(text, s, e)]
        cuts = [c for c in cuts if not ABBREV.search(text[max(s, c - 9) : c].rstrip()[:-1])]
        bounds = [s, *cuts, e]
        out += list(zip(bounds, bounds[1:], strict=False))
    return out


def parse_batch(sentences: list[Sentence], settings: Settings) -> list[Sentence]:
    from alliancewatch.lang.en.parse import parse_sentences  # spaCy loads on first call

    return parse_sentences(sentences, batch_size=settings.batch_size)


def sentence_frames(sentence: Sentence, settings: Settings) -> list[Frame]:
    from alliancewatch.lang.en.frames import frames_builder

    return frames_builder().frames(sentence)


_LEX = lexicon.load()

LANGUAGE = Language(
    code="en",
    name="English",
    data_dir=lexicon.DATA_DIR,
    split=split,
    parse=parse_batch,
    frames=sentence_frames,
    find_dates=find_dates,
    both_words=_LEX.both_words,
    group_words=_LEX.group_words,
    organ_words=_LEX.organ_words,
    document_words=_LEX.document_words,
    not_actor=_LEX.not_actor,
    aliases=("eng", "english"),
    lingua="ENGLISH",
    rank=2,
)
