"""Frozen records that flow between the pipeline stages.

Each stage takes one of these and returns the next, so every stage can be tested on
hand-made values without running the ones before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocMeta:
    """Metadata declared by the input (sidecar, JSON Lines record or command line)."""

    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    title: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """One input before decoding: bytes plus where they came from."""

    doc: str  # the input's own name: file name, or the JSON Lines record's id
    source: str  # path of the file it was read from
    data: bytes  # raw bytes (for JSON Lines: the record's text or html, UTF-8)
    is_html: bool
    meta: DocMeta = field(default_factory=DocMeta)


@dataclass(frozen=True)
class Rejection:
    """An input that could not be used, and why (stored, never raised past the pipeline)."""

    doc: str
    source: str
    reason: str


@dataclass(frozen=True)
class Removed:
    """A piece of text that cleaning removed, with the rule that removed it."""

    kind: str  # repeated_block | page_headline | boilerplate | script | ...
    text: str
    reason: str


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int  # character offsets into Article.text
    end: int


@dataclass(frozen=True)
class Article:
    """A decoded, cleaned article. Offsets of paragraphs and sentences point into `text`."""

    doc: str
    source: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str | None
    published: str | None
    lang: str
    url: str | None
    encoding: str
    raw_hash: str  # sha256 of the raw bytes
    content_hash: str  # sha256 of the cleaned text (dedup key)
    removed: tuple[Removed, ...] = ()

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.start : p.end]


@dataclass(frozen=True)
class Token:
    i: int
    text: str
    lemma: str
    pos: str  # UD POS
    tag: str  # language-specific tag (e.g. 名詞-普通名詞-サ変可能)
    dep: str
    head: int  # index of the head token within the sentence
    start: int  # character offset within the sentence
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence with offsets into the article text; tokens are filled by the parser."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    is_title: bool = False
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True)
class Argument:
    role: str  # one of lang.ROLES: agent | topic | patient | recipient | source | ...
    text: str
    start: int  # offsets within the sentence
    end: int
    marker: str  # the case particle or construction that gave the role
    # False when the phrase names a thing (相互援助条約, a treaty), not a participant: the
    # coder takes no actor from it even if a state is named inside
    participant: bool = True


@dataclass(frozen=True)
class Cue:
    """A factuality cue met on the way from the event to the end of its clause chain."""

    label: str  # negated | hypothetical | possible | probable | planned
    text: str
    kind: str  # tail | noun | quote | link


@dataclass(frozen=True)
class Frame:
    """Language-neutral predicate-argument frame: what a language module hands the coder."""

    sentence: int
    key: str  # the language's trigger lexicon key (派兵, 会談 ...)
    trigger: str  # surface text of the trigger
    start: int  # offsets of the trigger within the sentence
    end: int
    arguments: tuple[Argument, ...]
    voice: str = "active"  # active | passive | receptive (受ける/もらう) | intransitive
    nominal: bool = False
    cues: tuple[Cue, ...] = ()
    speaker: Argument | None = None  # who the sentence says claims the event
    speaker_cue: str | None = None
    in_quote: bool = False
    # character spans (within the sentence) where a date expression binds to this event
    date_spans: tuple[tuple[int, int], ...] = ()
    # the resolved trigger, so the shared coder opens no lexicon
    event: str = ""  # PLOVER type of the trigger (AID, CONSULT ...)
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    partner: str = ""  # the state the word itself names: 来日 -> JPN, 訪朝 -> PRK
    place_event: str = ""  # the type when sent to a place, not a state (海域に派遣)
    # a treaty act (ratify, enter into force): a party left unsaid is one of the pair of
    # states the article is about
    pair: bool = False
    # the type of an earlier event its object names (condemned the launch -> MOBILIZE): when
    # no other side is written, that event's doers are this one's
    about: str = ""
    # the language binds dates by clause (English): a planned event is dated only by its own
    # clause (date_spans), never by a date written elsewhere in the sentence, which is the
    # telling's ('said on Tuesday that the EU will impose sanctions': no date yet); an
    # asserted event the parse left undated takes the one day written after it, up to
    # publication ('test-fired what appeared to be a new missile on Thursday')
    clause_dated: bool = False
    # a state of things the sentence describes as going on as of the story, in a modifier of
    # a party (侵攻を続けるロシア, the ongoing invasion): dated by the publication month, not
    # by the sentence's dates, and claimed by no one (spec §3, §6)
    told_now: bool = False
    # an act that needs no target (leaving or suspending a treaty): coded with its doer alone
    # when the sentence writes no other side (…条約から脱退した: a multilateral pact)
    alone: bool = False
    # told only in a relative clause that describes a noun (英米が共同で使う基地): no clause of
    # the sentence's story, so a later group word (両国) does not stand for its states
    described: bool = False
    # the type when two or more states are its doers: an event inside a plan those states
    # announce is their agreement (AGREE); inside a procedure or document they sign, no act
    # of theirs apart from the signing ("NONE"); one state alone keeps the event's own type
    joint_event: str = ""


@dataclass(frozen=True)
class ActorRef:
    entity_text: str
    code: str | None
    sector: str | None = None


@dataclass(frozen=True)
class Attribution:
    text: str
    cue: str
    code: str | None = None


@dataclass(frozen=True)
class Mention:
    """One coded event mention (spec §4 record, minus ids assigned by the store)."""

    doc: str
    language: str
    event: str
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    date: str | None
    date_text: str | None
    factuality: str
    factuality_cue: str | None
    claimed_by: Attribution | None
    sentence: str
    sequence: int  # sentence index within the article
    start: int  # offsets of the sentence in the cleaned article text
    end: int
    trigger: str
    trigger_start: int = 0  # offsets of the trigger within the sentence
    mode: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    implicit: bool = False
    # features for the keep step (coding/keep.py), while the coder builds the mention
    keep: tuple[str, ...] = ()
