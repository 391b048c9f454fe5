"""Envoys a story names by their post alone (丹羽宇一郎駐中国大使, 程永華駐日大使): the
state an envoy is posted to is a place, and a story about two states writes the other's
envoy without his or her own state. So the envoy stands for the other state of the story's
main pair, and so does the surname with a title anywhere in the story, its headline
included (丹羽大使 after or before 丹羽宇一郎駐中国大使). Language-neutral: the language
gives the form of a named envoy (Language.named_envoy, groups `name` and `host`).

Officials written by name and post alone (斎木昭隆外務次官, 小野寺大臣) are the state whose
press writes its own officials so (Language.home_officials), in a story of that state."""

from __future__ import annotations

import re

from alliancewatch.coding.names import NAME_DOT, han_char, short_forms, surnames
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
    short = {n: ActorMatch(n, (c,), "DIP", 0, 0) for n, c in known.items()}
    out = []
    for k, (text, ms) in enumerate(zip(texts, found, strict=True)):
        more = list(intro.get(k, []))
        spans = [(m.start, m.end) for m in more]
        ms = [m for m in ms if not any(s <= m.start and m.end <= e for s, e in spans)]
        more += short_forms(text, ms + more, short, tails, links)  # 丹羽大使, as 金氏
        out.append(sorted(ms + more, key=lambda m: m.start) if more else ms)
    return out


def home_officials(
    found: list[list[ActorMatch]],
    texts: list[str],
    language: Language,
    pair: tuple[str, ...],
    links: tuple[str, ...],
) -> list[list[ActorMatch]]:
    """`found` with each official written by name and post alone (斎木昭隆外務次官,
    小野寺大臣: Language.home_officials) matched as the state whose press writes its own
    officials so, in a story whose main `pair` includes that state: a foreign official is
    written with the state (中国の…), so a name after a state and a link, a name the tables
    know, or one of the language's foreign form (`han_name`: 朴振外相) is not taken."""
    if language.home_officials is None or len(pair) != 2:
        return found
    home, form = language.home_officials
    if home not in pair:
        return found
    return _officials(found, texts, form, home, links, language.han_name)


def foreign_officials(
    found: list[list[ActorMatch]],
    texts: list[str],
    language: Language,
    pair: tuple[str, ...],
    links: tuple[str, ...],
) -> list[list[ActorMatch]]:
    """`found` with each official of a foreign name written by name and post alone
    (Language.foreign_official: ラージナート・シン国防大臣, シン大臣) matched as the other state
    of a story whose main `pair` includes the home state: the counterpart of a bilateral
    meeting is written without the state the whole story is about. A name the tables know,
    one written after a state and a link, or a post a state's match covers is not taken."""
    form = language.foreign_official
    if form is None or language.home_officials is None or len(pair) != 2:
        return found
    home = language.home_officials[0]
    if home not in pair:
        return found
    other = pair[1] if pair[0] == home else pair[0]
    return _officials(found, texts, form, other, links)


def _officials(
    found: list[list[ActorMatch]],
    texts: list[str],
    form: re.Pattern[str],
    code: str,
    links: tuple[str, ...],
    foreign: re.Pattern[str] | None = None,
) -> list[list[ActorMatch]]:
    """`found` with each name-and-post match of `form` taken as `code`, unless a match
    already covers it (岸田総理, 中国外相), a state and a link come right before it
    (北朝鮮の金正圭外務次官), or its name has the `foreign` form (朴振外相)."""
    out = []
    for text, ms in zip(texts, found, strict=True):
        more = []
        for hit in form.finditer(text):
            i, j = hit.span()
            if any(m.start < j and m.end > i for m in ms):
                continue
            if any(m.end <= i and text[m.end : i] in (*links, NAME_DOT) for m in ms):
                continue
            if foreign is not None and foreign.match(hit.group("name")):
                continue
            more.append(ActorMatch(hit.group(0), (code,), "GOV", i, j))
        out.append(sorted(ms + more, key=lambda m: m.start) if more else ms)
    return out


def named_officials(
    found: list[list[ActorMatch]],
    texts: list[str],
    language: Language,
    pair: tuple[str, ...],
    links: tuple[str, ...],
) -> list[list[ActorMatch]]:
    """Officials by name and post alone: the home state's (home_officials), then the other
    state's of the main pair (foreign_officials)."""
    found = home_officials(found, texts, language, pair, links)
    return foreign_officials(found, texts, language, pair, links)
