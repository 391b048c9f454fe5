"""Korean: kiwipiepy's sentence splitter (in bounded pieces), kiwipiepy morphemes, a
chunk-based frame builder, factuality and attribution cues, and Korean date words.

Data files (data/*.tsv): triggers, case roles (particles), light verbs, factuality cues,
speech verbs, clause links (connective endings), head nouns (것, 가능성, 경우 …), words for
"the two states" and "the three states", contexts that make a state name no actor, and
Korean actor aliases missing from the shared table.
"""

from __future__ import annotations

import re
from pathlib import Path

from alliancewatch.config import Settings
from alliancewatch.lang import Language
from alliancewatch.lang.ko import lexicon
from alliancewatch.lang.ko.dates import find_dates
from alliancewatch.lang.ko.split import sentence_spans
from alliancewatch.types import Frame, Sentence


def split_sentences(text: str, settings: Settings) -> list[tuple[int, int]]:
    return sentence_spans(text, settings.ko_split_chars)


def load(settings: Settings) -> None:
    """The one Kiwi model the splitter and the analyser share (parse([]) never builds it)."""
    from alliancewatch.lang.ko.parse import kiwi

    kiwi()


def parse(sentences: list[Sentence], settings: Settings) -> list[Sentence]:
    from alliancewatch.lang.ko.parse import parse as parse_sentences

    return parse_sentences(sentences, settings)


def frames(sentence: Sentence, settings: Settings) -> list[Frame]:
    from alliancewatch.lang.ko.frames import frames as build

    return build(sentence, settings)


def _alt(name: str) -> re.Pattern[str]:
    words = sorted(lexicon.words(name), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, words)) + ")")


def _organ_words() -> re.Pattern[str]:
    """Organs written without their state (대변인, 당국, 장관): one pattern, matched whole."""
    from alliancewatch.datafiles import Schema, read_tsv

    rows = read_tsv(
        lexicon.DATA_DIR / "organ_words.tsv",
        Schema(columns=("pattern",), regex=("pattern",)),
    )
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows))


LANGUAGE = Language(
    code="ko",
    name="Korean",
    data_dir=Path(__file__).resolve().parent / "data",
    split=split_sentences,
    parse=parse,
    load=load,
    frames=frames,
    find_dates=find_dates,
    both_words=_alt("both_words"),
    group_words=((_alt("group_words"), 3),),  # 3국, 세 나라: the three states just named
    organ_words=_organ_words(),
    not_actor=lexicon.not_actor(),
    aliases=("kr", "kor", "korean"),
    lingua="KOREAN",
    rank=1,
)
