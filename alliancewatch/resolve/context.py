"""The context rules of actor matching, read from data/actor_context.tsv.

Which characters around an alias keep it from matching (訪米, 19日米軍, 인도적) and which links
join a state to an organ or title are each language's words, so they live in a data file a
linguist reviews; resolve/actors.py holds only the logic that applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from alliancewatch.datafiles import Row, Schema, read_rows

PATH = Path(__file__).resolve().parent.parent / "data" / "actor_context.tsv"

# rule -> the form of its value (see the file's header)
FORMS = {
    "visit_before": "chars",
    "time_before": "chars",
    "time_abbrev": "chars",
    "during_abbrev": "chars",
    "during_ok": "chars",
    "abbrev": "chars",
    "language_after": "chars",
    "descent_after": "chars",
    "prefix": "chars",
    "quote_open": "chars",
    "quote_close": "chars",
    "deny_word": "words",
    "join": "words",
    "alone_start": "chars",
    "alone_start_after": "words",
    "alone_mid": "chars",
    "alone_mid_after": "words",
    "start_before": "chars",
    "deny_pair": "words",
    "particle": "words",
    "regime_word": "words",
    "regime_head": "words",
    "regime_premier": "words",
    "link": "links",
    "particle_link": "links",
    "owned": "regex",
    "unowned": "regex",
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
    if not r["lang"] or not value:
        return "empty lang or value"
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
    columns=("lang", "rule", "value", "note"),
    labels={"rule": frozenset(FORMS)},
    check=_problem,
)


@lru_cache(maxsize=4)
def load(path: Path = PATH) -> ContextRules:
    """The rules of `path`, read once; a bad row raises DataFileError naming path:line."""
    items: dict[str, set[str]] = {}
    links: dict[str, list[str]] = {}
    particle: set[str] = set()
    regexes: dict[str, dict[str, re.Pattern[str]]] = {"owned": {}, "unowned": {}}
    not_before: dict[str, set[str]] = {}
    for r in read_rows(path, SCHEMA):
        lang, rule, value = r["lang"], r["rule"], r["value"]
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
