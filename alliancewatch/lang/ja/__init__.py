"""Japanese: rule splitter, GiNZA parser, frame builder over its dependencies, date words.

Data files (data/*.tsv): triggers, case roles, light verbs, factuality cues, speech verbs,
words for "the two states", contexts that make a state name no actor, named patterns,
titles after a surname (name_tails: 金氏 after 金正恩).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from alliancewatch.config import Settings
from alliancewatch.lang import Language
from alliancewatch.lang.ja import lexicon
from alliancewatch.lang.ja.dates import find_dates
from alliancewatch.lang.split import rule_spans
from alliancewatch.types import Argument, Frame, Sentence

_LINK = lexicon.pattern("related_link")


def split(text: str, settings: Settings) -> list[tuple[int, int]]:
    """Quote-aware rules; a period never ends a Japanese sentence (。 does)."""
    return rule_spans(text, period=False)


def parse(sentences: list[Sentence], settings: Settings) -> list[Sentence]:
    """`batch_size` counts articles (pipeline.py); GiNZA gets that many times
    SENTENCES_PER_ARTICLE sentences per batch (parse.py says why)."""
    from alliancewatch.lang.ja.parse import SENTENCES_PER_ARTICLE, parse_sentences

    return parse_sentences(sentences, batch_size=settings.batch_size * SENTENCES_PER_ARTICLE)


@cache
def _builder():  # noqa: ANN202 - the GiNZA-free frame builder, built once per process
    from alliancewatch.lang.ja.frames import JapaneseFrames

    return JapaneseFrames(lexicon.load())


def frames(sentence: Sentence, settings: Settings) -> list[Frame]:
    """A link to a related article (・プーチン氏、米大統領と会談へ under the story) reports
    nothing: its events are told in its own story, and the gold leaves them optional."""
    from alliancewatch.lang.ja.apart import apart_by_object, each_apart, tour_apart, visits_before
    from alliancewatch.lang.ja.described import mark_described
    from alliancewatch.lang.ja.fire import untargeted
    from alliancewatch.lang.ja.gapping import also_shared, gapped
    from alliancewatch.lang.ja.headlines import headline
    from alliancewatch.lang.ja.missions import mission_place
    from alliancewatch.lang.ja.pacts import pact_apart
    from alliancewatch.lang.ja.stance_about import quoted_judged
    from alliancewatch.lang.ja.targets import refusal, stopped_aid, targets
    from alliancewatch.lang.ja.topic import received_by_topic, with_zero

    if _LINK.match(sentence.text) and not sentence.is_title and headline(sentence):
        return []
    builder = _builder()
    found = mark_described(sentence, builder.frames(sentence), builder.not_doers)
    found = apart_by_object(sentence, found, lambda g, k: builder._trigger(g, k) is not None)
    # parallel には…を phrases are one act each, and それぞれ then spreads over those phrases
    # (北朝鮮には…を、米韓には…を、それぞれ求めた), not over the members of one of them
    found = [
        p for f in also_shared(sentence, found) for p in gapped(f) or each_apart(sentence, [f])
    ]
    built = [
        stopped_aid(
            refusal(
                targets(
                    quoted_judged(received_by_topic(with_zero(f, sentence)), sentence),
                    sentence.text,
                ),
                sentence.text,
            ),
            sentence.text,
        )
        for f in visits_before(
            sentence,
            pact_apart(sentence, tour_apart(sentence, mission_place(sentence, untargeted(found)))),
        )
    ]
    return [f for f in built if f is not None]


def topic(sentence: Sentence) -> Argument | None:
    """The topic a sentence sets for the unsaid subjects after it (topic.py)."""
    from alliancewatch.lang.ja.topic import sentence_topic

    return sentence_topic(sentence)


def _organ_words() -> re.Pattern[str]:
    """Organs, officials and statements written without their state (報道官, 国防部, 声明,
    ミラー氏): one pattern, matched whole; the coder gives them the last organ's state."""
    from alliancewatch.datafiles import Schema, read_tsv

    rows = read_tsv(
        Path(__file__).resolve().parent / "data" / "organ_words.tsv",
        Schema(columns=("pattern",), regex=("pattern",)),
    )
    return re.compile("|".join(f"(?:{r['pattern']})" for r in rows))


def _envoy_hosts() -> tuple[tuple[str, str], ...]:
    """One-character hosts of an envoy's post (駐日, 駐米: envoy_hosts.tsv)."""
    from alliancewatch.datafiles import Schema, read_tsv

    rows = read_tsv(
        Path(__file__).resolve().parent / "data" / "envoy_hosts.tsv",
        Schema(columns=("word", "code")),
    )
    return tuple((r["word"], r["code"]) for r in rows)


def _body_words() -> tuple[tuple[str, str, str, bool], ...]:
    """Organs and meetings written alone that stand for the body named before with its
    state (body_words.tsv: 軍事政権, 首脳会議, 国防部)."""
    from alliancewatch.datafiles import Schema, read_tsv

    rows = read_tsv(
        Path(__file__).resolve().parent / "data" / "body_words.tsv",
        Schema(
            columns=("word", "body", "sector", "held"),
            labels={
                "sector": frozenset({"GOV", "MIL", "DIP", "LEAD", ""}),
                "held": frozenset({"yes", ""}),
            },
        ),
    )
    return tuple((r["word"], r["body"], r["sector"], r["held"] == "yes") for r in rows)


def _group_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Group words (両国, 双方, 3カ国, ４首脳, 三か国, 4閣僚: both_words.tsv, and a numeral
    before a counter of group_counters.tsv), the counters of officials among them (両首脳,
    4閣僚: people words, which stand first for the parties of the last talk), and a numeral
    before a counter of states (4カ国: the last list of four states written)."""
    from alliancewatch.datafiles import Schema, read_tsv

    rows = read_tsv(
        Path(__file__).resolve().parent / "data" / "group_counters.tsv",
        Schema(columns=("word", "kind"), labels={"kind": frozenset({"state", "people"})}),
    )
    counters = "|".join(map(re.escape, sorted((r["word"] for r in rows), key=len, reverse=True)))
    people = [r["word"] for r in rows if r["kind"] == "people"]
    both = "|".join(map(re.escape, lexicon.words("both_words")))
    states = "|".join(re.escape(r["word"]) for r in rows if r["kind"] == "state")
    numeral = r"(?:[0-9０-９]+|[二三四五六七八九])"
    return (
        re.compile(f"({numeral}(?:{counters})|{both})"),
        re.compile("|".join(map(re.escape, people))),
        re.compile(f"{numeral}(?:{states})"),
    )


GROUP_WORDS, PEOPLE_WORDS, COUNTED_STATES = _group_words()


def _title_again() -> re.Pattern[str]:
    """A title of name_tails.tsv after 同 (同大統領; the honorific, 同氏: group `anyone`), or
    one marked `alone` written bare where a clause opens (大統領は): the one the story last
    named with it (coding/names.py, titles_again)."""
    from alliancewatch.datafiles import Schema, read_tsv

    rows = read_tsv(
        Path(__file__).resolve().parent / "data" / "name_tails.tsv",
        Schema(columns=("word", "again"), labels={"again": frozenset({"alone", "anyone", ""})}),
    )

    def alt(kind: str | None) -> str:
        words = [r["word"] for r in rows if kind is None or r["again"] == kind]
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    names = ("title_same", "word_end", "title_alone", "title_alone_end")
    same, end, bare, bare_end = (lexicon.pattern(n).pattern for n in names)
    return re.compile(
        f"{same}(?:(?P<anyone>{alt('anyone')})|(?P<same>{alt(None)})){end}"
        f"|{bare}(?P<alone>{alt('alone')}){bare_end}"
    )


def _headline(sentence: Sentence) -> bool:
    """A title or a title-like line, whose undated event takes the body's day (ruling 51)."""
    from alliancewatch.lang.ja.headlines import headline

    return headline(sentence)


LANGUAGE = Language(
    code="ja",
    name="Japanese",
    data_dir=Path(__file__).resolve().parent / "data",
    split=split,
    parse=parse,
    frames=frames,
    topic=topic,
    told_past=lexicon.pattern("told_past"),
    background_told=lexicon.pattern("background_told"),
    likely_plan_undated=True,
    headline=_headline,
    find_dates=find_dates,
    both_words=GROUP_WORDS,
    people_words=PEOPLE_WORDS,
    side_words=re.compile("|".join(map(re.escape, lexicon.words("side_words")))),
    counted_states=COUNTED_STATES,
    same_words=re.compile("(" + "|".join(map(re.escape, lexicon.words("same_words"))) + ")"),
    own_words=re.compile("|".join(lexicon.words("own_words"))),
    name_island=lexicon.pattern("name_island"),
    partner_marker="と",
    scoped_groups=True,
    each_other=re.compile("|".join(map(re.escape, lexicon.words("each_other")))),
    pair_open=lexicon.pattern("pair_open"),
    parallel_gap=lexicon.pattern("parallel_gap"),
    parallel_also=lexicon.pattern("parallel_also"),
    and_words=re.compile("(?:" + "|".join(map(re.escape, lexicon.words("and_words"))) + ")"),
    not_actor=lexicon.not_actor(),
    organ_words=_organ_words(),
    body_words=_body_words(),
    body_compound=lexicon.pattern("body_compound"),
    body_held=lexicon.pattern("body_held"),
    body_place=lexicon.pattern("body_place"),
    wire_dateline=lexicon.pattern("dateline_source"),
    wire_organs=lexicon.pattern("wire_organ"),
    no_state_doer=lexicon.pattern("no_state_doer"),
    name_tails=re.compile(
        "|".join(map(re.escape, sorted(lexicon.words("name_tails"), key=len, reverse=True)))
    ),
    han_name=lexicon.pattern("han_name"),
    title_again=_title_again(),
    place_words=(("JPN", lexicon.pattern("japan_place")),),
    named_envoy=lexicon.pattern("named_envoy"),
    envoy_hosts=_envoy_hosts(),
    home_officials=("JPN", lexicon.pattern("home_official")),
    foreign_official=lexicon.pattern("foreign_official"),
    aliases=("jp", "jpn", "japanese"),
    lingua="JAPANESE",
    rank=0,
)
