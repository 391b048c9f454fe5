"""The registry of languages: one package per language under alliancewatch/lang/<code>/.

Each package defines `LANGUAGE = Language(...)`, which names the parts the pipeline and the
shared coder call: sentence splitter, parser, frame builder, date words, the words for "the
two states just named", and the contexts that make a state name no actor. Adding a language
means adding a folder; nothing outside it changes. A language without a frame builder still
has its articles split, stored and searched, and says so (`Language.has_coder`).

Packages are discovered on first use and imported lazily: a parser or a model is loaded
only when a part is called.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alliancewatch.errors import UsageError

if TYPE_CHECKING:
    from alliancewatch.config import Settings
    from alliancewatch.resolve.dates import DateMatch
    from alliancewatch.types import Argument, Frame, Sentence

# The shared role set (docs/ARCHITECTURE.md, "Roles"): every frame builder emits only these.
ROLES = frozenset(
    {
        "agent",
        "topic",
        "patient",
        "recipient",
        "source",
        "comitative",
        "agent_phrase",
        "genitive",
        "compound",
        "target",
        "content_agent",
        "claim",  # the source of a report (によると, according to): never a participant
        "causer",  # who has a causee do the event (made the troops withdraw)
        "setting",  # where something else happens or the meeting an act is timed to: no side
    }
)
VOICES = frozenset({"active", "passive", "receptive", "intransitive"})
# The marker of a first-person agent whose speaker the sentence does not name (A: ... We urge
# the Philippines to stop): the coder reads it as the state the paragraph's previous sentence
# named first, the one the answer speaks for.
FIRST_PERSON = "first_person"
# The marker of a third-person pronoun agent or owner its sentence does not resolve (It said
# it was ready to talk; They also agreed to meet; It criticized Beijing, of a joint statement):
# the coder reads it as the doers of the story's last sentence that had some.
ANAPHOR = "anaphor"
# The `about` of a stance whose object is a pronoun for what was just told (これを否定した,
# これに反発した): the coder reads its other side as who made the claim just told (a denial
# answers a claim) or who did the act just told (a protest).
TOLD = "told"
# The `about` of a reaction with no object or other side of its own (日本は…と抗議した after
# a sentence telling what China did): the coder reads its other side as the one state other
# than its own that the sentence right before it named, in the same paragraph.
BEFORE = "before"
# The marker of a subject its sentence leaves unsaid (zero anaphora: 習主席は…会談した。
# …考えを示した) or names by a voice noun alone (談話は): the coder reads it as the topic the
# paragraph's sentences before it set (Language.topic), when that topic names a state.
ZERO = "zero"
# The marker of a news outlet written without its state (同通信, the agency): the coder reads
# it as the state of the last outlet named in the article.
OUTLET = "outlet"
# The marker of an ally a directed act is done together with (fought alongside the Russian
# army): the coder fills no side of the act with the ally's state.
ALLY = "ally"
# The marker of one who judges an act told as a noun (日本政府はイランの攻撃を非難した): the
# act is told before, so the coder fills no other side of it from elsewhere in the sentence.
JUDGE = "judge"
# The marker of a state written as the place a person is posted to (駐イスラエル大使): the
# actor tables read such a place as no party, but an act aimed at it (recalling one's own
# envoy from it) names it as the target, so the coder resolves the argument's text alone.
POSTED = "posted"
# Cue labels: the factuality labels below 'asserted', plus 'unreal' (a demanded content).
CUE_LABEL_ORDER = ("negated", "hypothetical", "possible", "probable", "planned", "unreal")
CUE_LABELS = frozenset(CUE_LABEL_ORDER)


@dataclass(frozen=True)
class Language:
    code: str  # "ja", "ko", "en"
    name: str  # "Japanese"
    data_dir: Path  # alliancewatch/lang/<code>/data
    # paragraph text -> (start, end) sentence spans, offsets into the paragraph text
    split: Callable[[str, Settings], list[tuple[int, int]]]
    # fills Sentence.tokens for a batch of sentences; None when the language has no parser
    parse: Callable[[list[Sentence], Settings], list[Sentence]] | None = None
    # loads the models split and parse use, once per process (a Dask worker's start, so
    # that no batch pays for it); None when parse([]) already loads everything
    load: Callable[[Settings], None] | None = None
    # one parsed sentence -> its frames; None when the language has no event coder yet
    frames: Callable[[Sentence, Settings], list[Frame]] | None = None
    # the date expressions of one sentence, resolved against the publication date
    find_dates: Callable[[str, str | None], list[DateMatch]] | None = None
    # words that stand for "the two states just named": 両国, 양국, "the two countries"
    both_words: re.Pattern[str] | None = None
    # words that stand for "the state just named": 同国, 同軍, the country
    same_words: re.Pattern[str] | None = None
    # what, written right after a state's name, makes the name a modifier inside a compound
    # noun (an invasion of X, X's peace process): no antecedent for same_words while a state
    # named as a phrase of its own stands before it
    name_island: re.Pattern[str] | None = None
    # words for "its own state", bound to the sentence's topic (自国の部隊, its own troops)
    own_words: re.Pattern[str] | None = None
    # the marker of the partner an act is done with (米軍と演習を行った), as frames write it
    partner_marker: str = ""
    # words that stand for the N states just named, with N: "the three countries" -> 3
    group_words: tuple[tuple[re.Pattern[str], int], ...] = ()
    # words for "the other one" of a group of two (相手側, 互い, each other): a directed act of
    # the two on it goes both ways, one mention each
    each_other: re.Pattern[str] | None = None
    # the group words (両国, 双方, 3カ国) stand first for the states listed together just
    # before them, then for a clause of that many states earlier in their sentence, then for
    # the last event of that many states (no organisation, no event noun of a modifier);
    # off: the last joint event's parties first (the older reading, kept for ko and en)
    scoped_groups: bool = False
    # the group words that count officials, not states (両首脳, 3首脳, 4閣僚): they stand first
    # for the parties of the last talk (used with scoped_groups)
    people_words: re.Pattern[str] | None = None
    # the group words for the two sides of an act (双方, 両者), which never stand for a pair
    # only listed (イランと日本の…), unlike "the two countries" (used with scoped_groups)
    side_words: re.Pattern[str] | None = None
    # a numeral and a counter of states (4カ国, three countries) written away from any list:
    # the last list of that many states written in the story (groups.WrittenLists)
    counted_states: re.Pattern[str] | None = None
    # what may stand between two state names that form one group (米国と韓国, 米国や韓国): a
    # side filled in from the sentence takes the whole group, not its first name
    and_words: re.Pattern[str] | None = None
    # what after two states listed makes them no pair that "the two" in the next sentence may
    # stand for: a third state's partners, a list left open (groups.WrittenLists.pairs); None:
    # no list of two is such a pair
    pair_open: re.Pattern[str] | None = None
    # two states written as the subjects of parallel clauses (A did X, and B too): what stands
    # between them (the first one's subject marker, its clause) and what follows the second
    # (an "also" particle); such a pair is one "the two" in the next sentence may stand for
    parallel_gap: re.Pattern[str] | None = None
    parallel_also: re.Pattern[str] | None = None
    # a state organ named without its state ("the ministry", "the military"): the state of
    # the last organ named before it
    organ_words: re.Pattern[str] | None = None
    # an organ or a meeting written alone (軍事政権, 首脳会議, 国防部) that stands for the same
    # body the story wrote with its state before: (word, body, sector, held) rows; words of
    # one body refer to each other; a held one (a meeting) may take the state that holds it
    body_words: tuple[tuple[str, str, str, bool], ...] = ()
    # the character before a body word that makes it part of a longer name (台湾国防部,
    # 臨時首脳会議), not the bare word; and what after a held one makes the sentence's topic
    # its holder (首脳会議を開き)
    body_compound: re.Pattern[str] | None = None
    body_held: re.Pattern[str] | None = None
    body_place: re.Pattern[str] | None = None  # after a bare one: a place (外交部に呼び出し)
    # a dateline that credits a foreign wire agency (from Pyongyang, KCNA), and the organs
    # written alone that in such a story are the agency's state's (coding/bodies.py)
    wire_dateline: re.Pattern[str] | None = None
    wire_organs: re.Pattern[str] | None = None
    # a doer that names no state (the opposition, experts): no state written elsewhere in its
    # sentence is filled in as the actor
    no_state_doer: re.Pattern[str] | None = None
    # a pact or joint text named without its parties ("the pact", "the joint statement"):
    # the parties of the last agreement told, else of the last joint event
    document_words: re.Pattern[str] | None = None
    # what follows a surname written alone after the person's full name (氏, 報道官: 金氏 after
    # 金正恩): the coder gives the short form that person (coding/discourse.py, in_story)
    name_tails: re.Pattern[str] | None = None
    # a person's name in characters the alias tables do not list (a common surname and one
    # to three characters): a state and a link before it make it that state's person, whom
    # the surname with a title refers back to (coding/names.py, han_intros)
    han_name: re.Pattern[str] | None = None
    # a title written again for the one the story last named with it (groups `same`: after
    # the language's "the said", 同大統領; `alone`: bare, 大統領は): that one's state, not the
    # last state named (coding/names.py, titles_again)
    title_again: re.Pattern[str] | None = None
    # a state named only as a place inside a word (駐日, 来日: stationed in, come to Japan):
    # no party, but the story names that state, so its anaphoric aliases stand (in_story)
    place_words: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # an envoy written by name and post only (groups `name` and `host`: the state posted to)
    # and the one-character hosts the actor tables cannot list: the envoy is the other state
    # of the story's main pair (coding/envoys.py)
    named_envoy: re.Pattern[str] | None = None
    envoy_hosts: tuple[tuple[str, str], ...] = ()
    # the state whose officials the language's press names by name and post alone, and
    # their form (group `name`: 斎木昭隆外務次官, 小野寺大臣; coding/envoys.py)
    home_officials: tuple[str, re.Pattern[str]] | None = None
    # the form of a foreign official written by name and post without a state (a name in the
    # script of foreign names, a government post): in a story of the home state and one other,
    # the other's, as the counterpart of a bilateral meeting is written (coding/envoys.py)
    foreign_official: re.Pattern[str] | None = None
    # (after, before) regexes around an actor name that make it no actor (日本代表, 親イラン)
    not_actor: tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]] = ((), ())
    # the phrase a sentence is about (its main-clause topic), for the sentences after it that
    # leave their subject unsaid (ZERO); marked ZERO itself when it only continues the topic
    topic: Callable[[Sentence], Argument | None] | None = None
    # a sentence told in the past (…を要求した, …ためだった): an undated one goes on in the time
    # of the last month written before it when that month is before publication (今年1月には
    # …訪れた。…格上げし、…署名した: the story stays in January); None: the publication month
    told_past: re.Pattern[str] | None = None
    # a sentence told as background before the story's day (the past perfect of the news:
    # had announced on the 1st): its day is not the one 'the same day' takes after it
    background_told: re.Pattern[str] | None = None
    # a plan judged likely (方針とみられる: a planned cue under the probable one that wins) is
    # still ahead, so it takes no publication month; off keeps the older dating (ko, en)
    likely_plan_undated: bool = False
    # a headline line (a title, or a title-like first line): its undated event takes the day
    # of the body's mention of the same event (coding/headdates.py); None leaves it as coded
    headline: Callable[[Sentence], bool] | None = None
    # -- added by the registry (issue 7); all optional --
    # other names a document may declare for this language ('jpn', 'japanese')
    aliases: tuple[str, ...] = ()
    # the lingua-py Language member name, for ideograph-only texts (clean/langid.py)
    lingua: str = ""
    # where the list of languages is shown, lower first (ja, ko, en: the project's order)
    rank: int = 100

    @property
    def has_coder(self) -> bool:
        return self.frames is not None

    def load_models(self, settings: Settings) -> None:
        """Load this language's models now instead of in the first batch that needs them."""
        if self.load is not None:
            self.load(settings)
        elif self.parse is not None:
            self.parse([], settings)

    def data_files(self) -> list[Path]:
        return sorted(self.data_dir.glob("*.tsv")) if self.data_dir.is_dir() else []

    def components(self) -> dict[str, str]:
        """Which part does what, by the function's module and name (for `languages`)."""
        parts = {
            "split": self.split,
            "parse": self.parse,
            "frames": self.frames,
            "find_dates": self.find_dates,
        }
        out = {k: f"{f.__module__}.{f.__qualname__}" for k, f in parts.items() if f is not None}
        if self.both_words is not None:
            out["both_words"] = self.both_words.pattern
        if self.same_words is not None:
            out["same_words"] = self.same_words.pattern
        if any(self.not_actor):
            out["not_actor"] = f"{sum(map(len, self.not_actor))} patterns"
        return out


_lock = threading.Lock()
_registry: dict[str, Language] = {}
_discovered = False


def _discover() -> None:
    global _discovered
    with _lock:
        if _discovered:
            return
        for info in pkgutil.iter_modules(__path__):
            if not info.ispkg:
                continue
            module = importlib.import_module(f"{__name__}.{info.name}")
            language = getattr(module, "LANGUAGE", None)
            if isinstance(language, Language):
                _registry.setdefault(language.code, language)
        _discovered = True


def register(language: Language) -> None:
    """Add a language defined outside this package (a plug-in, a test's toy language)."""
    _discover()
    _registry[language.code] = language


def unregister(code: str) -> None:
    _registry.pop(code, None)


def languages() -> list[Language]:
    """Every registered language, in the project's order."""
    _discover()
    return sorted(_registry.values(), key=lambda x: (x.rank, x.code))


def codes() -> tuple[str, ...]:
    """The codes of the registered languages ('ja', 'ko', 'en'): the one language list."""
    return tuple(x.code for x in languages())


def find_language(code: str | None) -> Language | None:
    _discover()
    return _registry.get(code or "")


def get_language(code: str) -> Language:
    found = find_language(code)
    if found is None:
        raise UsageError(f"unknown language '{code}'; registered: {', '.join(codes())}")
    return found


def describe(language: Language) -> dict[str, object]:
    """A language's parts and data files with their row counts (`alliancewatch languages`).

    Data files are read through the shared reader, so a bad row shows up here as a
    'path:line: reason' problem instead of a failure at ingest time."""
    from alliancewatch.datafiles import DataFileError, read_rows

    files, problems = [], []
    for path in language.data_files():
        try:
            rows: int | None = len(read_rows(path))
        except DataFileError as e:
            rows = None
            problems += e.problems
        files.append({"file": path.name, "path": str(path), "rows": rows})
    return {
        "code": language.code,
        "name": language.name,
        "event_coder": language.has_coder,
        "components": language.components(),
        "data_files": files,
        "problems": problems,
    }
