"""Japanese: states a phrase names only as a host, a past union or an authoriser, never a side.

Families a linguist would list together, each a state written inside a phrase about
someone else (blind16 LOC):
- a host: where others stay, are stationed or attend (イラクに滞在する米国民, 国連総会に出席
  するため…訪れていた首相, イラク駐留米軍の基地, イラクの米軍駐留基地): the people, force or
  delegate are the party, the host is the place they are in. A force's own moves (AID,
  MOBILIZE, RETREAT: 同国に駐留していたインド軍が帰国した) keep the host as their receiver;
- a past union written before one of its former members (旧ソ連のアゼルバイジャン): the
  member is meant; and a body named as what authorised a mission (国連承認の多国籍治安支援):
  the mission's states act, the authoriser is no side of their act.
Their spans are closed by non_parties.py (as venues.py's are) and an argument that opens
with one is cut after it (venues.off_seats). Data: patterns stay_verb, stationed_host,
former_union, authorised_by. A sending done at a state's request (トルコの要請を受け、NATOが
…派遣を決めた) with no destination written goes to the requester: requesting_host (r28type).
(A faction's stance, 親イラン派民兵組織, needs nothing here:
the actor tables already pass it by.)
"""

from __future__ import annotations

from alliancewatch.lang.ja.graph import NOMINAL, Graph, names_place, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.venues import PLACE_TAG, outside
from alliancewatch.types import Argument

STAY = pattern("stay_verb")
STATIONED = pattern("stationed_host")
FORMER_UNION = pattern("former_union")
AUTHORISED = pattern("authorised_by")
PRESIDED = pattern("presiding_body")
FORCE_MOVES = frozenset({"AID", "MOBILIZE", "RETREAT"})
AT = ("に", "にも")
HOST_REQUEST = pattern("host_request")  # 要請を受け, 要請に応じ, 要請に基づき
INVITED_ENTRY = pattern("invited_entry_key")  # 上陸, 進駐
COALITION = pattern("coalition_mission")  # 多国籍軍, 平和維持部隊, PKO
RELIEF_KEY = pattern("relief_key")  # 派遣, 到着
RELIEF_ERRAND = pattern("relief_errand")  # 派遣し、…飲料水を運ぶ; 到着し、給水支援に当たる
REQUEST_NOUN = "要請"
ANAPHORIC = ("同", "その", "当")  # 同国政府, その国: a state named before, left to the resolver


def stay_places(g: Graph, p: int, i: int, event: str) -> list[tuple[int, int]]:
    """イラクに滞在する米国民に出国を呼びかけた, 国連総会に出席するため…訪れていた首相が:
    the に-phrase of a relative clause of staying, attending or (for acts other than a
    force's own) being stationed, when neither p nor i is inside that clause."""
    out = []
    for k, h, stay, stationed in _clause_goals(g):
        if not outside(g, h, p, i):
            continue
        if stay or (stationed and event not in FORCE_MOVES):
            out.append(phrase_span(g, k))
    return out


def _clause_goals(g: Graph) -> list[tuple[int, int, bool, bool]]:
    """The sentence's に-phrases k of a relative clause h, with whether h is a verb of
    staying and one of being stationed; found once for all the sentence's frames."""

    def find() -> list[tuple[int, int, bool, bool]]:
        found = []
        for k, t in enumerate(g.tokens):
            h = g.head(k)
            if h is None or t.pos not in NOMINAL or g.marker(k) not in AT:
                continue
            v = g.tokens[h]
            if v.dep == "acl":
                stationed = STATIONED.fullmatch(v.lemma) is not None
                found.append((k, h, bool(STAY.match(v.lemma)), stationed))
        return found

    return g.once("clause_goals", find)


def _stationed_words(g: Graph) -> list[int]:
    """The sentence's tokens written 駐留 (data pattern stationed_host), found once."""
    return g.once(
        "stationed_words",
        lambda: [k for k, t in enumerate(g.tokens) if STATIONED.fullmatch(t.text)],
    )


def stationed_hosts(g: Graph, i: int, event: str) -> list[tuple[int, int]]:
    """イラク駐留米軍の基地, イラクの米軍駐留基地: the place name written before 駐留 in a
    compound (with its の when the force stands between them) is the host of the force; the
    span runs to the end of 駐留 or of the の, so an argument opening with it is cut there."""
    if event in FORCE_MOVES:
        return []
    out = []
    for k in _stationed_words(g):
        t = g.tokens[k]
        if k == i or k == 0:
            continue
        if k + 1 >= len(g.tokens) or g.tokens[k + 1].pos not in NOMINAL:
            continue  # 駐留する, 駐留を続ける: the verb, a force's own act
        j = k - 1
        end = t.end
        if PLACE_TAG not in g.tokens[j].tag:  # イラクの米軍駐留: skip the force and の
            while j >= 0 and g.tokens[j].pos in NOMINAL and PLACE_TAG not in g.tokens[j].tag:
                j -= 1
            if j < 1 or g.tokens[j].text != "の" or PLACE_TAG not in g.tokens[j - 1].tag:
                continue
            end = g.tokens[j].end
            j -= 1
        first = j
        while first > 0 and PLACE_TAG in g.tokens[first - 1].tag:
            first -= 1
        out.append((g.tokens[first].start, end))
    return out


def other_names(g: Graph) -> list[tuple[int, int]]:
    """旧ソ連のアゼルバイジャン (the union and its の), 国連承認の多国籍治安支援 (the
    authoriser and its の), EUの議長国オーストリア (the body its chair presides): an argument
    opening with one is cut after it."""
    spans = [m.span() for m in AUTHORISED.finditer(g.text)]
    spans += [m.span() for m in PRESIDED.finditer(g.text)]
    return spans + [m.span() for m in FORMER_UNION.finditer(g.text)]


def requesting_host(g: Graph, start: int) -> Argument | None:
    """トルコの要請を受け、NATOが…派遣を決めていた: the one whose request (の要請を受け, の要請
    に応じ) a sending answers, written in its clause before the key at start, is the state
    the forces go to help (spec §2 AID, giver -> receiver); the phrase before の, as a
    recipient. Only the last such request before the key, in the same sentence stretch."""
    found = None
    for k, t in enumerate(g.tokens):
        if t.end > start:
            break
        if t.text != REQUEST_NOUN or k < 2 or g.tokens[k - 1].text != "の":
            continue
        if not HOST_REQUEST.match(g.text[t.start : start]):
            continue
        j = k - 2
        if g.tokens[j].pos not in NOMINAL:
            continue
        first, _ = g.chain(j)
        s, e = g.tokens[first].start, g.tokens[j].end
        found = Argument("recipient", g.text[s:e], s, e, "の")
    if found is None or "。" in g.text[found.end : start] or found.text.startswith(ANAPHORIC):
        return None  # (同国政府の要請: whose state the article's anaphora tells)
    return found


def invited_entry(g: Graph, event: str, key: str) -> bool:
    """米海兵隊、レバノンに上陸　大統領の要請受け: forces landing or marching into a state at
    its request (data pattern `host_request` in the sentence) come to help it, an AID, not
    an attack on it (blind28 026 Haiti, blind32 016 Lebanon), and so do forces landing as part
    of a multinational or UN force (blind35 029 Somalia, ruling 6); unasked, a landing stays
    ASSAULT."""
    return (
        event == "ASSAULT"
        and bool(INVITED_ENTRY.match(key))
        and bool(HOST_REQUEST.search(g.text) or COALITION.search(g.text))
    )


def sent_to_help(g: Graph, key: str, end: int) -> list[Argument] | None:
    """自衛隊機を派遣し、トンガに飲料水を運ぶ; 艦艇がトンガに到着し、給水支援に当たる: a
    sending or an arrival whose clause goes on with relief brought (patterns relief_errand)
    is help, AID (spec §2), not the sender's own move; the states the errand names with に
    are its receivers (the arrival's own goal is already one). None with no such errand."""
    m = RELIEF_ERRAND.match(g.text[end:]) if RELIEF_KEY.match(key) else None
    if m is None:
        return None
    out = []
    for k, t in enumerate(g.tokens):
        if end <= t.start and t.end <= end + m.end() and g.marker(k) == "に":
            s, e = phrase_span(g, k)
            if names_place(g, s, e):
                out.append(Argument("recipient", g.text[s:e], s, e, "に"))
    return out
