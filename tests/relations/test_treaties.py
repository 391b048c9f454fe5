"""The treaty table: every row loads, dates and parties behave, bad rows name path:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alliancewatch.relations import tables, treaties
from alliancewatch.relations.tables import DATA_DIR, DataError

REQUIRED = {
    "prk-sun-1961",
    "prk-rus-2000",
    "prk-rus-2024",
    "prk-chn-1961",
    "kor-usa-1953",
    "jpn-usa-1951",
    "jpn-usa-1960",
    "phl-usa-1951",
    "anzus-1951",
    "nato-1949",
    "cst-1992",
    "blr-rus-1999",
    "blr-rus-2024",
    "chn-rus-2001",
}


def by_id() -> dict[str, treaties.Treaty]:
    return {t.id: t for t in treaties.load()}


def test_table_loads_with_the_treaties_the_issue_names() -> None:
    rows = by_id()
    assert set(rows) >= REQUIRED
    for t in rows.values():
        assert t.source, t.id
        assert any(t.names.values()), t.id
        for o in t.obligations:
            assert o.category in tables.CATEGORIES


def test_2024_treaty_obliges_defence_in_article_4() -> None:
    t = by_id()["prk-rus-2024"]
    assert (t.signed, t.in_force, t.terminated) == ("2024-06-19", "2024-12-04", "")
    assert t.obligation_of("4") == "defence"
    assert t.status_on("2024-07-01") == "signed"
    assert t.status_on("2024-12-04") == "in_force"


def test_1961_soviet_treaty_binds_russia_by_succession_until_1996() -> None:
    t = by_id()["prk-sun-1961"]
    assert t.terminated == "1996-09-10"
    assert t.binds("PRK", "SUN", "1980-01-01")
    assert not t.binds("PRK", "RUS", "1980-01-01")  # Russia continues it from 1991-12-25
    assert t.binds("PRK", "RUS", "1995-01-01")
    assert t.status_on("1997-01-01") == "terminated"
    assert not t.binds("PRK", "RUS", "1996-09-10")
    ids = [x.id for x in treaties.between("RUS", "PRK")]
    assert ids[0] == "prk-rus-2024" and "prk-sun-1961" in ids and "prk-rus-2000" in ids


def test_membership_dates_of_a_multilateral_treaty() -> None:
    nato = by_id()["nato-1949"]
    assert not nato.binds("FIN", "USA", "2023-04-03")
    assert nato.binds("FIN", "USA", "2023-04-04")
    assert nato.binds("NATO", "POL", "2000-01-01")  # the organisation counts as a party
    cst = by_id()["cst-1992"]
    assert cst.binds("GEO", "RUS", "1995-01-01") and not cst.binds("GEO", "RUS", "2000-01-01")
    pairs = treaties.alliances_on("2025-01-01")
    assert "kor-usa-1953" in pairs[("KOR", "USA")]
    assert "prk-rus-2024" in pairs[("PRK", "RUS")]
    # in force date of the 2000 treaty not recorded: it counts from signature
    assert treaties.alliances_on("2010-01-01")[("PRK", "RUS")] == ["prk-rus-2000"]
    assert ("PRK", "RUS") not in treaties.alliances_on("1998-01-01")  # between 1996 and 2000


def _copy(tmp_path: Path) -> Path:
    for f in DATA_DIR.glob("*.tsv"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("x-1\tPRK RUS\t\talliance\tdefence:4\t2024-13\t\t\t\tX\t\t\tsrc\t", "not a date"),
        ("x-1\tPRK RUS\t\talliance\tattack:4\t2024\t\t\t\tX\t\t\tsrc\t", "CATEGORY"),
        ("x-1\tPRK\t\talliance\t\t2024\t\t\t\tX\t\t\tsrc\t", "two parties"),
        ("x-1\tPRK RUS\t\tfriendship\t\t2024\t\t\t\tX\t\t\tsrc\t", "kind"),
        ("x-1\tPRK RUS\t\talliance\t\t2024\t\t\t\tX\t\t\t\t", "'source' is empty"),
        ("prk-rus-2024\tPRK RUS\t\talliance\t\t2024\t\t\t\tX\t\t\tsrc\t", "twice"),
    ],
)
def test_bad_rows_are_reported_with_path_and_line(tmp_path: Path, bad: str, message: str) -> None:
    data = _copy(tmp_path)
    path = data / "treaties.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, bad]) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        treaties.load(data)
    assert f"{path}:{len(lines) + 1}:" in str(err.value)
    assert message in str(err.value)


def test_weights_cover_every_type_and_factuality(tmp_path: Path) -> None:
    w = tables.weights()
    assert w.factuality["asserted"] == 1.0 and w.factuality["negated"] == 0.0
    assert w.factuality["asserted"] > w.factuality["probable"] > w.factuality["possible"]
    assert w.factuality["possible"] > w.factuality["hypothetical"] > 0
    assert w.event["AID"] > 0 > w.event["ASSAULT"]
    data = _copy(tmp_path)
    path = data / "relation_weights.tsv"
    text = path.read_text(encoding="utf-8").replace("event\tASSAULT\t-10.0", "event\tASSAULT\tx")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=r"relation_weights.tsv:\d+: weight 'x'"):
        tables.weights(data)


def test_every_bad_row_is_reported_at_once(tmp_path: Path) -> None:
    data = _copy(tmp_path)
    path = data / "treaties.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    bad = [
        "x-1\tPRK RUS\t\talliance\t\t2024-02-30\t\t\t\tX\t\t\tsrc\t",
        "x-2\tPRK\t\talliance\t\t2024\t\t\t\tX\t\t\tsrc\t",
        "x-3\tPRK RUS\t\talliance\t\t2024\t\t\tsuperseded:nope\tX\t\t\tsrc\t",
    ]
    path.write_text("\n".join([*lines, *bad]) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        treaties.load(data)
    problems = err.value.problems
    assert [p.split(": ")[0] for p in problems[:2]] == [
        f"{path}:{len(lines) + 1}",
        f"{path}:{len(lines) + 2}",
    ]
    assert any(f"{path}:{len(lines) + 3}" in p and "nope" in p for p in problems)
