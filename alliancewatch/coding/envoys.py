"""Envoys a story names by their post alone (丹羽宇一郎駐中国大使, 程永華駐日大使): the
state an envoy is posted to is a place, and a story about two states writes the other's
envoy without his or her own state. So the envoy stands for the other state of the story's
main pair, and so does the surname with a title anywhere in the story, its headline
included (丹羽大使 after or before 丹羽宇一郎駐中国大使). Language-neutral: the language
gives the form of a named envoy (Language.named_envoy, groups `name` and `host`)."""

from __future__ import annotations

import re

from alliancewatch.coding.names import NAME_DOT, han_char, surnames
from alliancewatch.lang import Language
from alliancewatch.resolve.actors import ActorMatch, ActorResolver


def _forms(name: str) -> list[str]:
    """The short forms of an envoy's name used with a title: a surname of a name in han
    characters (丹羽 of 丹羽宇一郎, 程 of 程永華), the last part of a dotted name, the name."""
    if all(han_char(c) for c in name):  # a Japanese name of five: a surname of two or three
        return [name, *(surnames(name) or [name[:2], name[:3]])]
    return [name, name.rsplit(NAME_DOT, 1)[-1]]


def _host(text: str, hosts: dict[str, str], actors: ActorResolver) -> str | None:
    """The one state the whole of a post's host names (中国, 日), else None (韓米)."""
    if text in hosts:
        return hosts[text]
    m = actors.resolve(text)
    whole = m is not None and m.start == 0 and m.end == len(text) and len(m.codes) == 1
    return m.codes[0] if whole and m is not None else None


def posted_envoys(
    found: list[list[ActorMatch]],
    texts: list[str],
    language: Language,
    actors: ActorResolver,
    pair: tuple[str, ...],
    links: tuple[str, ...],
) -> list[list[ActorMatch]]:
    """`found` with each envoy written by name and post only (no state and link before the
    name, no table listing it) matched as the state of the main `pair` that is not the one
    posted to, and his or her short forms with a title (`tails`) in every sentence. An envoy
    posted to a state outside the pair, or two envoys of one surname and two states, stay
    unmatched."""
    envoy, tails = language.named_envoy, language.name_tails
    if envoy is None or tails is None or len(pair) != 2:
        return found
    hosts = dict(language.envoy_hosts)
    owner: dict[str, str | None] = {}
    intro: dict[int, list[ActorMatch]] = {}
    for k, (text, ms) in enumerate(zip(texts, found, strict=True)):
        for hit in envoy.finditer(text):
            i = hit.start("name")
            if any(m.start < hit.start("host") and m.end > i for m in ms):
                continue  # a listed person (金杉憲治駐中国大使) or a name the tables know
            if any(m.end <= i and text[m.end : i] in links for m in ms):
                continue  # 中国の程永華駐日大使: the state written
            host = _host(hit.group("host"), hosts, actors)
            if host is None or host not in pair:
                continue
            code = pair[1] if host == pair[0] else pair[0]
            for form in _forms(hit.group("name")):
                owner[form] = code if owner.get(form, code) == code else None
            intro.setdefault(k, []).append(ActorMatch(hit.group(0), (code,), "DIP", i, hit.end()))
    known = {n: c for n, c in owner.items() if c}
    if not known:
        return found
    heads = "|".join(map(re.escape, sorted(known, key=len, reverse=True)))
    again = re.compile(f"({heads})(?:{tails.pattern})")
    out = []
    for k, (text, ms) in enumerate(zip(texts, found, strict=True)):
        more = list(intro.get(k, []))
        spans = [(m.start, m.end) for m in more]
        ms = [m for m in ms if not any(s <= m.start and m.end <= e for s, e in spans)]
        for hit in again.finditer(text):
            i, j = hit.span()
            if i and (han_char(text[i - 1]) or text[i - 1] == NAME_DOT):
                continue  # inside a longer word or name
            if any(m.start < j and m.end > i for m in ms + more):
                continue
            more.append(ActorMatch(hit.group(0), (known[hit.group(1)],), "DIP", i, j))
        out.append(sorted(ms + more, key=lambda m: m.start) if more else ms)
    return out
