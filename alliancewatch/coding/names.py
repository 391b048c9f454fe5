"""Persons named in a story: names the alias tables do not list that the story introduces
with their state (シリアのシャラア暫定大統領, 韓国大統領府の金有根・次長), and surnames with a
title that refer back to the last full name (金氏 after 金正恩 or 金有根). Split from
coding/discourse.py, which reads the story's actors with them (in_story)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from alliancewatch.resolve.actors import ActorMatch

ORGANS = frozenset({"GOV", "MIL", "DIP", "SPY", "LEAD"})

# the middle dot that may join a state and a person's name (中国・汪報道官): punctuation
NAME_DOT = "\u30fb"
# a learned name is used alone (シャラア政権, シャラアは) from this length on (ルート, a
# president's name, is also "route"); a shorter one, or the last part of a name with a dot
# (ハート of ダニエル・ハート), only with an honorific or title after it
ALONE = 4


def _phonetic(c: str) -> bool:
    """A character of the script a transliterated foreign name is written in (katakana,
    its long-vowel mark and middle dot): the letters of a name no alias table can list."""
    return unicodedata.name(c, "").startswith("KATAKANA")


def _name_before(text: str, end: int) -> int:
    """Where the run of phonetic letters ending at `end` starts."""
    i = end
    while i > 0 and _phonetic(text[i - 1]):
        i -= 1
    return i


def _listed(over: list[ActorMatch], i: int, j: int) -> bool:
    """Whether the name and title from i to j are one person the tables list with that
    title (ペトロ大統領, a name listed for use with a title only): the story may then use
    the name with another title or honorific (ペトロ氏), as with a name it introduces."""
    return len(over) == 1 and over[0].start == i and over[0].end == j and over[0].sector in ORGANS


def learned_names(
    found: list[list[ActorMatch]],
    texts: list[str],
    tails: re.Pattern[str],
    links: tuple[str, ...],
    han_name: re.Pattern[str] | None = None,
) -> list[list[ActorMatch]]:
    """Persons the story introduces with their state (シリアのシャラア暫定大統領, サウジの
    ムハンマド皇太子: a state, a link, a name in phonetic letters, a title) stand for that
    state wherever the story names them again, the headline before the introduction
    included: シャラア氏, シャラア政権, シャラアは. A name two states' persons bear is
    nobody's; a name written right after another state (米国のシャラア氏) is not taken."""
    owner: dict[str, tuple[str, ...] | None] = {}
    intro: set[tuple[int, int]] = set()  # (sentence, start) of each introduction
    parts: set[str] = set()  # last parts of dotted names: used with a title only
    hans: dict[str, tuple[str, ...] | None] = {}  # han names: with a title only
    first: dict[str, int] = {}  # the sentence that introduces each han name
    if han_name is not None:
        found = han_intros(found, texts, tails, links, han_name, (hans, first, intro))
    for k, (text, ms) in enumerate(zip(texts, found, strict=True)):
        for hit in tails.finditer(text):
            i = _name_before(text, hit.start())
            abbrev = _abbreviated(ms, text, i, hit.end())
            if abbrev is not None:  # メイ英首相: a name, its state's abbreviation, a title
                i = _name_before(text, abbrev.start)
            name = text[i : hit.start() if abbrev is None else abbrev.start].strip(NAME_DOT)
            over = [m for m in ms if m.start < hit.end() and m.end > i]
            if len(name) < 2 or over and not _listed(over, i, hit.end()) and abbrev is None:
                continue
            own = over or [m for m in ms if m.end <= i and text[m.end : i] in links]
            if not own or len(own[-1].codes) != 1 or not own[-1].codes[0]:
                continue
            codes = own[-1].codes
            forms = [name]
            if NAME_DOT in name:
                forms.append(name.rsplit(NAME_DOT, 1)[1])
                parts.add(forms[-1])
                if over:  # ハッサン・シェイク・モハムド大統領 … ハッサン氏: the name used
                    forms.append(name.split(NAME_DOT, 1)[0])
                    parts.add(forms[-1])
            for form in forms:
                owner[form] = codes if owner.get(form, codes) == codes else None
            intro.add((k, i))
    for form, codes in hans.items():
        owner[form] = codes if owner.get(form, codes) == codes else None
    known = {n: c for n, c in owner.items() if c}
    if not known:
        return found
    alone = {n for n in known if len(n) >= ALONE and n not in parts and n not in hans}
    heads = "|".join(map(re.escape, sorted(known, key=len, reverse=True)))
    again = re.compile(f"({heads})({tails.pattern})?")  # a learned name, its title
    out = []
    for k, (text, ms) in enumerate(zip(texts, found, strict=True)):
        more = []
        for hit in again.finditer(text):
            i, j, name = hit.start(), hit.end(), hit.group(1)
            if (k, i) in intro or (i and _phonetic(text[i - 1])):
                continue
            if name in hans and (k < first[name] or i and han_char(text[i - 1])):
                continue  # a han name inside a longer word, or before the story names its state
            if j < len(text) and _phonetic(text[j]) and not hit.group(2):
                continue
            if not hit.group(2) and name not in alone:
                continue
            if any(m.start < j and m.end > i for m in ms + more):
                continue
            gaps = [(m, text[m.end : i]) for m in ms if m.end <= i]
            if any(gap in links and m.codes != known[name] for m, gap in gaps[-1:]):
                continue  # 米国のシャラア氏: another state's person of that name
            more.append(ActorMatch(hit.group(0), known[name], "LEAD", i, j))
        out.append(sorted(ms + more, key=lambda m: m.start) if more else ms)
    return out


def han_char(c: str) -> bool:
    return unicodedata.name(c, "").startswith("CJK UNIFIED")


def _abbreviated(ms: list[ActorMatch], text: str, i: int, end: int) -> ActorMatch | None:
    """The one-state match of an abbreviation and a title (英首相, 仏大統領) that ends at
    `end` right after a name in phonetic letters (メイ英首相, マクロン仏大統領), else None."""
    for m in ms:
        one = len(m.codes) == 1 and m.codes[0]
        after_name = m.start and _phonetic(text[m.start - 1])
        if one and after_name and m.end == end and 0 < i - m.start <= 2:
            return m
    return None


def han_intros(
    found: list[list[ActorMatch]],
    texts: list[str],
    tails: re.Pattern[str],
    links: tuple[str, ...],
    han_name: re.Pattern[str],
    learned: tuple[dict[str, tuple[str, ...] | None], dict[str, int], set[tuple[int, int]]],
) -> list[list[ActorMatch]]:
    """A person named in han characters the tables lack, right after a state and a link,
    with a middle dot or a title after the name (韓国大統領府の金有根・国家安保室第1次長,
    中国外務省の汪文斌報道官): that state's person. The state's match carries the name, so
    the surname with a title later in the story (金氏) is this person, not a listed one of
    the same surname (金正恩). `learned` gets each name and its state (None if two
    states'), the sentence that first introduces it (unlike a name in phonetic letters, not
    used before it: a headline's 金正男氏 may be a victim the body then places in a state),
    and where each introduction is."""
    hans, first, intro = learned
    if not links:
        return found
    form = re.compile(
        "(?:" + "|".join(map(re.escape, links)) + f")({han_name.pattern})"
        f"(?={NAME_DOT}|(?:{tails.pattern})(?![\u4e00-\u9fff]))"
    )
    out = []
    for k, (text, ms) in enumerate(zip(texts, found, strict=True)):
        kept = list(ms)
        for n, m in enumerate(ms):
            hit = form.match(text, m.end)
            if hit is None or len(m.codes) != 1 or not m.codes[0] or m.name:
                continue
            if any(o.start < hit.end(1) and o.end > hit.start(1) for o in ms):
                continue  # a listed name (汪文斌) or another match
            name = hit.group(1)
            hans[name] = m.codes if hans.get(name, m.codes) == m.codes else None
            first.setdefault(name, k)
            intro.add((k, hit.start(1)))
            kept[n] = replace(m, name=name)
        out.append(kept)
    return out


def surnames(name: str) -> list[str]:
    """What a full name written without spaces may be shortened to: one character of a
    two- or three-character name (金 of 金正恩, 李 of 李強), two of a three- or
    four-character one (石破 of 石破茂, 岸田 of 岸田文雄)."""
    return {2: [name[:1]], 3: [name[:1], name[:2]], 4: [name[:2]]}.get(len(name), [])


def short_forms(
    text: str,
    matches: list[ActorMatch],
    short: dict[str, ActorMatch],
    tails: re.Pattern[str],
    links: tuple[str, ...],
) -> list[ActorMatch]:
    """Surnames with a title (金氏, 汪報道官) no other match covers, as their person: the
    surname opens a word (資金氏 is no 金氏), and no other state owns it (韓国の李大統領
    after 中国の李強首相 is another Lee)."""
    heads = "|".join(map(re.escape, sorted(short, key=len, reverse=True)))
    out = []
    for hit in re.finditer(f"({heads})(?:{tails.pattern})", text):
        i, j = hit.span()
        if i and han_char(text[i - 1]):
            continue
        person = short[hit.group(1)]
        over = [m for m in matches + out if m.start < j and m.end > i]
        if over and not _dated_government(over, i, j, person):
            continue
        gaps = [(m, text[m.end : i]) for m in matches if m.end <= i]
        owner = [m for m, gap in gaps if gap in links or gap == NAME_DOT]
        if owner and owner[-1].codes != person.codes:
            continue
        out.append(replace(person, text=hit.group(0), start=i, end=j, name=None))
    return out


def _dated_government(over: list[ActorMatch], i: int, j: int, person: ActorMatch) -> bool:
    """Whether the one match over i..j is a surname's government read on the article's date
    (李政権 as premier Li Qiang's) that the person the story named in full (韓国の李在明大統領)
    replaces: the story's own naming outranks the office table."""
    (m,) = over if len(over) == 1 else (None,)
    return m is not None and m.regime and (m.start, m.end) == (i, j) and m.codes != person.codes


def _titled(
    ms: list[ActorMatch], text: str, p: int, q: int, links: tuple[str, ...]
) -> ActorMatch | None:
    """Whose the title at p..q is: one state's match over it (サルコジ大統領, ロシア大統領, 米国務
    長官) or right before it, else the state a link joins to the phonetic name before it (グルジア
    のサアカシュビリ大統領, a name the tables lack); None if no one state's."""
    i = _name_before(text, p)
    for m in reversed(ms):
        if m.start < q and m.end >= p or i < p and m.end <= i and text[m.end : i] in links:
            return m if len(set(m.codes)) == 1 and m.codes[0] else None
    return None


def titles_again(
    found: list[list[ActorMatch]],
    texts: list[str],
    tails: re.Pattern[str],
    again: re.Pattern[str],
    links: tuple[str, ...],
) -> list[list[ActorMatch]]:
    """A title written again for the one the story last named with it, in its sentence or any
    before (`again`, Language.title_again: 同大統領 after フランスのサルコジ大統領, 大統領は after
    メドベージェフ大統領; the honorific, 同氏, after any person named with a title): that one's
    state, not the last state named (サルコジ大統領だ。同大統領は…メドベージェフ大統領と会談し:
    France, not Russia). With no one named with that title before it, it is nobody's.
    One named with the title where a bare title would stand for its holder (`again` matches
    the title with what follows it: the clause's topic, イランの大統領は) stays the one it
    refers to over another named with it later in the same sentence outside that place
    (…シリアのアサド大統領と会談した。大統領は…: Iran's, the topic carried on)."""
    last: dict[str, ActorMatch] = {}  # title -> the match of the last one named with it
    topical: dict[str, int] = {}  # title -> the sentence whose topic was last named with it
    person: ActorMatch | None = None  # the last one named with any title
    out = []
    for n, (text, ms) in enumerate(zip(texts, found, strict=True)):
        backs = [
            h
            for h in again.finditer(text)
            if not any(m.start < h.end() and h.start() < m.end for m in ms)
        ]
        told = [(h.start(), h) for h in backs]
        named = []
        for hit in tails.finditer(text):
            p, q = hit.span()
            if any(h.start() <= p < h.end() for h in backs):
                continue
            owner = _titled(ms, text, p, q, links)
            if owner is not None:
                topic = again.match(hit.group() + text[q : q + 8]) is not None
                named.append((q, (hit.group(), owner, topic)))
        more = []
        for _, item in sorted(told + named, key=lambda x: x[0]):
            if isinstance(item, tuple):
                title, owner, topic = item
                person = owner
                if topic:
                    topical[title] = n
                elif topical.get(title) == n:
                    continue  # the sentence's topic holds the title (…大統領と会談し)
                last[title] = owner
                continue
            title = item.group("same") or item.group("alone")
            one = person if item.group("anyone") else last.get(title)
            if one is not None:
                s, e = item.span()
                more.append(ActorMatch(item.group(), one.codes, one.sector, s, e, one.holder))
        out.append(sorted(ms + more, key=lambda m: m.start) if more else ms)
    return out
