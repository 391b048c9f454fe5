"""The context rules of actor matching, read from lang/<code>/data/actor_context.tsv.

Which characters around an alias keep it from matching (訪米, 19日米軍, 인도적) and which links
join a state to an organ or title are each language's words, so they live in that language's
folder as data a linguist reviews; resolve/actors.py holds only the logic that applies them.
Rules of characters hold one script's characters and so apply to every alias written in it;
links and organ patterns apply to the organs and titles of the file's own language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alliancewatch.datafiles import Row, Schema, read_rows

# one file a language, found by path so this lower layer imports no language package
PATHS = tuple(
    sorted((Path(__file__).resolve().parent.parent / "lang").glob("*/data/actor_context.tsv"))
)

# rule -> the form of its value; what a value holds
FORMS = {
    "visit_before": "chars",  # a character before a state that makes the state a place (訪米)
    "time_before": "chars",  # a character that ends a time word (19日, 今朝)
    "time_abbrev": "chars",  # an abbreviation that is also a time word's last character (日, 朝)
    "during_abbrev": "chars",  # an abbreviation that is also "during" (中)
    "during_ok": "chars",  # a kanji after which during_abbrev is still the state (対中国)
    "abbrev": "chars",  # the one-character abbreviations of states
    "language_after": "chars",  # a character after a state that makes it the state's language (語)
    # a character after a state that makes it a people of that descent (系)
    "descent_after": "chars",
    "prefix": "chars",  # a syllable a short Korean alias may follow inside a word (대미)
    # opens a quotation (「): an alias noted 'narration' does not match inside one
    "quote_open": "chars",
    "quote_close": "chars",  # closes it (」)
    "deny_word": "words",  # a two-character word whose second character is an abbreviation
    # a word between an abbreviation and a second state's name that makes it that state
    # (米とイラン)
    "join": "words",
    # abbreviations ('abbrev only' in actors.tsv) that may open a sentence alone
    "alone_start": "chars",
    # what follows such an opening abbreviation and makes it the state (米、トルコに…)
    "alone_start_after": "words",
    # abbreviations that may stand alone inside a sentence, after a kana or a mark
    "alone_mid": "chars",
    # what follows such an abbreviation inside a sentence and makes it the state (比の船)
    "alone_mid_after": "words",
    "start_before": "chars",  # characters that end a dateline or a bracket before a headline (】)
    "deny_pair": "words",  # two abbreviations that run together into another word (朝日, 中米)
    "particle": "words",  # a particle that may follow a short Korean alias
    # makes a leader's surname before it the government he or she led (ジョンソン政権;
    # data/offices.tsv, resolve/holders.py)
    "regime_word": "words",
    "regime_head": "words",  # titles of the heads of a state, who lead such a government (大統領)
    # titles of heads of government, who lead one where no head of state of that surname was in
    # office (首相)
    "regime_premier": "words",
    "link": "links",  # joins a state and an organ or title ('_' a space, '-' nothing: ロシア国防省)
    # a link that is a particle: only a bare state and a title of two or more characters
    # (ロシアの大統領; not ロシアの軍)
    "particle_link": "links",
    "owned": "regex",  # after a state, a bare organ of this language (政府) is that state's
    "unowned": "regex",  # what, written right before a bare organ, makes it no state's (各国政府)
    # characters after which a suffix is part of another word (軍事)
    "suffix_not_before": "suffix=chars",
}


@dataclass(frozen=True)
class ContextRules:
    """The rules; `items` holds the chars and words rules by rule, every language's rows
    together (each rule holds one script's characters, so the script decides where it applies)."""

    items: dict[str, frozenset[str]]
    links: dict[str, tuple[str, ...]]  # lang -> link and particle_link values
    particle_links: frozenset[str]  # every language's particle_link values
    owned: dict[str, re.Pattern[str]]  # lang -> pattern
    # lang -> what, written right before a bare organ, makes it nobody's (各国政府, 州政府)
    unowned: dict[str, re.Pattern[str]]
    not_before: dict[str, frozenset[str]]  # suffix -> characters

    def get(self, rule: str) -> frozenset[str]:
        return self.items.get(rule, frozenset())

    @property
    def all_links(self) -> tuple[str, ...]:
        """Every language's links, shortest first (the empty link is tried first)."""
        every = dict.fromkeys(x for v in self.links.values() for x in v)
        return tuple(sorted(every, key=len))


def _links(value: str) -> list[str]:
    return ["" if x == "-" else x.replace("_", " ") for x in value.split()]


def _problem(r: Row) -> str | None:
    form, value = FORMS.get(r["rule"]), r["value"]
    if not value:
        return "empty value"
    if form == "chars" and len(value.split()) != 1:
        return f"rule {r['rule']} takes characters without spaces: {value!r}"
    if form == "suffix=chars" and not re.fullmatch(r"[^=\s]+=\S+", value):
        return f"rule {r['rule']} takes suffix=characters: {value!r}"
    if form == "regex":
        try:
            re.compile(value)
        except re.error as e:
            return f"bad regular expression: {e}"
    return None


SCHEMA = Schema(
    columns=("rule", "value", "note"),
    labels={"rule": frozenset(FORMS)},
    check=_problem,
)


@lru_cache(maxsize=4)
def load(paths: tuple[Path, ...] = PATHS) -> ContextRules:
    """The rules of every language's file, read once; the language is the file's folder
    (lang/<code>/data/); a bad row raises DataFileError naming path:line."""
    items: dict[str, set[str]] = {}
    links: dict[str, list[str]] = {}
    particle: set[str] = set()
    regexes: dict[str, dict[str, re.Pattern[str]]] = {"owned": {}, "unowned": {}}
    not_before: dict[str, set[str]] = {}
    rows = [(path.parent.parent.name, r) for path in paths for r in read_rows(path, SCHEMA)]
    for lang, r in rows:
        rule, value = r["rule"], r["value"]
        form = FORMS[rule]
        if form == "chars":
            items.setdefault(rule, set()).update(value)
        elif form == "words":
            items.setdefault(rule, set()).update(value.split())
        elif form == "links":
            links.setdefault(lang, []).extend(_links(value))
            if rule == "particle_link":
                particle.update(_links(value))
        elif form == "regex":
            regexes[rule][lang] = re.compile(value)
        else:
            suffix, chars = value.split("=", 1)
            not_before.setdefault(suffix, set()).update(chars)
    return ContextRules(
        items={k: frozenset(v) for k, v in items.items()},
        links={k: tuple(dict.fromkeys(v)) for k, v in links.items()},
        particle_links=frozenset(particle),
        owned=regexes["owned"],
        unowned=regexes["unowned"],
        not_before={k: frozenset(v) for k, v in not_before.items()},
    )
