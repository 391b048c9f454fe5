"""Round 31 (thanks): thanks, welcome and praise keep the party they are aimed at (spec §2
SUPPORT; rulings 1, 14): the doer of the act thanked for when it is told as a clause
(…したことに対し), the receiver of thanks told in the passive (…から謝意が伝えられた), the doer
of the act a quoted welcome is about (…について「…歓迎する」との談話), the states a quote
closed right before a welcome names (「…」と歓迎: patterns.tsv `quote_judged`), and a quote that
says its subject proved a friend (`quoted_partner`)."""

from .test_coder import brief, code

PUB = "2023-05-12"


def _support(text: str) -> list[set[str]]:
    """The party set of each SUPPORT (a symmetric type: scored on its parties)."""
    out = []
    for m in code(text, published=PUB):
        if m.event == "SUPPORT":
            _, actor, recipient = brief(m)
            out.append(set(actor) | set(recipient))
    return out


def _kind(kind: str, text: str) -> list[tuple]:
    return [brief(m) for m in code(text, published=PUB) if m.event == kind]


# -- the act thanked for, told as a clause ---------------------------------------------------


def test_thanks_for_a_clause_go_to_its_doer() -> None:
    text = "林大臣から、ジブチ政府が迅速に協力したことに対し、深い謝意を表しました。"
    assert {"JPN", "DJI"} in _support(text)
    text = "豪州のアルバニージー首相は、日本が潜水艦を派遣したことに謝意を示した。"
    assert {"AUS", "JPN"} in _support(text)


def test_thanks_to_a_states_own_people_code_nothing() -> None:
    assert _support("韓国政府は、国民が協力したことに感謝した。") == []


# -- thanks received, told in the passive ----------------------------------------------------


def test_passive_thanks_are_received_by_the_topic_reporting_them() -> None:
    assert {"KOR", "JPN"} in _support("韓国政府は、日本側から謝意が伝えられたと明らかにした。")
    text = "クウェート政府は、基地の受け入れに対し日本から謝意が示されたと発表した。"
    assert {"KWT", "JPN"} in _support(text)
    text = "韓国政府は、日本から抗議が伝えられたと明らかにした。"
    assert ("ACCUSE", ("JPN",), ("KOR",)) in _kind("ACCUSE", text)


def test_thanks_with_their_receiver_written_are_unchanged() -> None:
    assert _support("日本から韓国に謝意が伝えられた。") == [{"JPN", "KOR"}]
    assert _support("韓国政府は、日本側に謝意を伝えたと明らかにした。") == [{"KOR", "JPN"}]


# -- a quoted welcome of an act said with について --------------------------------------------


def test_quoted_welcome_goes_to_the_doer_of_the_act_it_is_about() -> None:
    text = "韓国外務省は、日本政府が決めた支援について「心から歓迎する」との談話を発表した。"
    assert {"KOR", "JPN"} in _support(text)
    text = (
        "フィリピン外務省は、日本政府が決めたレーダーの供与について"
        "「心から歓迎する」との声明を出した。"
    )
    assert {"PHL", "JPN"} in _support(text)


def test_quoted_worry_about_a_situation_is_no_support() -> None:
    assert _support("韓国外務省は、北朝鮮情勢について「深く憂慮する」と述べた。") == []


# -- a welcome whose content is the quote before it ------------------------------------------


def test_welcome_takes_the_states_its_quote_names() -> None:
    assert {"JPN", "USA", "CHN"} in _support(
        "日本政府筋は「米中関係の安定に資する」と歓迎している。"
    )
    assert {"THA", "JPN"} in _support("タイ政府は「日本とタイの関係の新たな一歩だ」と歓迎した。")
    text = "台湾の総統府は「米国の安全保障上の約束を示すものだ」と謝意を表明した。"
    assert {"TWN", "USA"} in _support(text)


def test_welcome_with_its_own_object_keeps_it_not_the_quote() -> None:
    text = "日本政府は、米国の決定を「中国の脅威に対処する一歩だ」と歓迎した。"
    assert _support(text) == [{"JPN", "USA"}]
    assert _support("韓国政府は「国民の団結が試練を乗り越えた」と感謝した。") == []


# -- a quote that says its subject proved a friend -------------------------------------------


def test_quote_that_its_subject_proved_a_friend_is_praise() -> None:
    text = (
        "パキスタンの大統領は「苦難の時に駆け付けた日本は、パキスタンの真の友人であることを"
        "改めて証明した」と強調した。"
    )
    assert {"PAK", "JPN"} in _support(text)
    assert {"GBR", "USA"} in _support(
        "英国の首相は「米国は、わが国の真の同盟国であることを示した」と述べた。"
    )


def test_quote_that_its_subject_proved_a_threat_is_no_praise() -> None:
    assert _support("英国の首相は「ロシアは、わが国の脅威であることを示した」と述べた。") == []
