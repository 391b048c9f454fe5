"""Treaty linking on hand-written sentences (our own wording) in three languages."""

from __future__ import annotations

from typing import Any

import pytest

from alliancewatch.relations.linking import Linker, Reference


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def mention(mid: str, codes: str, date: str | None, event: str = "SUPPORT", trigger: str = ""):
    return {"id": mid, "codes": codes.split(), "date": date, "event": event, "trigger": trigger}


def link(
    linker: Linker,
    sentences: list[str],
    mentions: dict[int, list[dict[str, Any]]] | None = None,
    lang: str = "ja",
    published: str = "2025-01-20",
) -> list[Reference]:
    return linker.link_article(
        "doc.txt", lang, published, list(enumerate(sentences)), mentions or {}
    )


def test_shared_name_resolved_by_the_parties_of_the_mention(linker: Linker) -> None:
    refs = link(
        linker,
        [
            "プーチン大統領とイランの大統領は17日、モスクワで会談し、両国の関係を深める"
            "「包括的戦略パートナーシップ条約」を締結した。"
        ],
        {0: [mention("m1", "RUS IRN", "2025-01-17", trigger="締結")]},
    )
    assert [(r.treaty, r.step, r.how, r.mentions) for r in refs] == [
        ("irn-rus-2025", "signed", "name", ("m1",))
    ]


def test_shared_name_resolved_by_date_when_the_sentence_has_no_parties(linker: Linker) -> None:
    refs = link(linker, ["包括的戦略パートナーシップ条約は2024年12月に発効した。"])
    assert [(r.treaty, r.step, r.date) for r in refs] == [("prk-rus-2024", "in_force", "2024")]


def test_korean_entry_into_force_outranks_the_signing_verb(linker: Linker) -> None:
    refs = link(
        linker,
        ["러시아 외무부는 북한과 맺은 포괄적 전략적 동반자관계 조약이 4일 발효됐다고 밝혔다."],
        {0: [mention("k1", "RUS PRK", "2024-12-04", trigger="발효")]},
        lang="ko",
        published="2024-12-05",
    )
    assert [(r.treaty, r.step, r.mentions) for r in refs] == [("prk-rus-2024", "in_force", ("k1",))]


def test_english_invocation_and_article_number(linker: Linker) -> None:
    refs = link(
        linker,
        [
            "Manila said it could invoke the U.S.-Philippines Mutual Defense Treaty after the"
            " collision.",
            "Article 4 commits each side to act against an armed attack on the other.",
            "The weather in Manila was fine.",
        ],
        lang="en",
    )
    assert [(r.treaty, r.sequence, r.step, r.how, r.article_no, r.obligation) for r in refs] == [
        ("phl-usa-1951", 0, "invoked", "name", None, None),
        ("phl-usa-1951", 1, "", "context", "4", "defence"),
    ]


def test_anaphora_links_to_the_treaty_named_before(linker: Linker) -> None:
    refs = link(
        linker,
        [
            "1961年の朝ソ友好協力相互援助条約には自動介入条項があった。",
            "この条約は1996年に破棄された。",
        ],
    )
    assert [(r.treaty, r.step, r.date, r.how) for r in refs] == [
        ("prk-sun-1961", "", None, "name"),
        ("prk-sun-1961", "terminated", "1996", "context"),
    ]


def test_organisation_name_is_not_the_treaty(linker: Linker) -> None:
    refs = link(
        linker,
        ["北大西洋条約機構(NATO)の加盟国は首脳会議で共同宣言に署名した。"],
        {0: [mention("n1", "NATO", "2025-06")]},
    )
    assert refs == []


def test_treaty_missing_from_the_table_is_kept_as_unknown(linker: Linker) -> None:
    refs = link(
        linker,
        ["フランスとドイツは2025年、新たな防衛協定に署名した。"],
        {0: [mention("u1", "FRA DEU", "2025-03", trigger="署名")]},
    )
    assert [(r.treaty, r.step, r.how, r.codes) for r in refs] == [
        (None, "signed", "unknown", ("DEU", "FRA"))
    ]


def test_treaty_found_by_parties_when_unnamed(linker: Linker) -> None:
    refs = link(
        linker,
        ["ベラルーシとロシアの両大統領は2024年12月6日、安全保障の条約に署名した。"],
        {0: [mention("b1", "BLR RUS", "2024-12-06", trigger="署名")]},
    )
    assert [(r.treaty, r.how) for r in refs] == [("blr-rus-2024", "parties")]


def test_states_named_in_the_sentence_pick_among_shared_names(linker: Linker) -> None:
    refs = link(
        linker,
        ["A reciprocal access agreement between Japan and the Philippines took effect."],
        lang="en",
        published="2025-09-12",
    )
    assert [(r.treaty, r.step) for r in refs] == [("jpn-phl-2024", "in_force")]
    no_actors = Linker(actors=False)
    ambiguous = link(no_actors, ["A reciprocal access agreement took effect."], lang="en")
    assert {r.treaty for r in ambiguous} == {"jpn-phl-2024", "aus-jpn-2022", "gbr-jpn-2023"}
