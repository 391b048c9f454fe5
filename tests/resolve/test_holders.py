"""resolve/holders.py: offices by date, and surnames with a title resolved on a date."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from alliancewatch.datafiles import read_rows
from alliancewatch.resolve.holders import DatedNames, Office, OfficeTable, period

OFFICES = Path(__file__).resolve().parents[2] / "alliancewatch" / "data" / "offices.tsv"

PRES = ("president", "大統領")
FM = ("foreign minister", "外相", "外務大臣")
TABLE = OfficeTable(
    [
        Office(PRES, "AAA", "1993-02-25", "1998-02-25", "Kim One"),
        Office(PRES, "AAA", "1998-02-25", "2003-02-25", "Kim Two"),
        Office(FM, "AAA", "2000-01-14", "2001-03-26", "Lee One"),
        Office(FM, "BBB", "2003-03-17", "2007-04-27", "Li Two"),
        Office(FM, "BBB", "2007-04-27", "", "Yang Three"),
        Office(FM, "AAA", "2005-01-01", "2006-01-01", "Lee Four"),
    ]
)
NAMES = DatedNames({"金": {"Kim One", "Kim Two"}, "李": {"Lee One", "Li Two", "Lee Four"}}, TABLE)


def test_period_of_any_precision():
    assert period("2024") == ("2024-01-01", "2024-12-31")
    assert period("2024-06") == ("2024-06-01", "2024-06-31")
    assert period("2024-06-19T10:00") == ("2024-06-19", "2024-06-19")


def test_holder_over_the_whole_date():
    assert TABLE.holder("AAA", "president", "2000-06-13") == "Kim Two"
    assert TABLE.holder("AAA", "president", "1998") is None  # two holders that year
    assert TABLE.holder("BBB", "外相", None) is None  # several holders, no date
    assert TABLE.state("Li Two") == "BBB" and TABLE.state("Nobody") is None


def test_surname_and_title_on_a_date():
    d = NAMES.at("金大統領は", 0, "2000-06-13")
    assert d is not None and (d.holder, d.code, d.title, d.end) == ("Kim Two", "AAA", "大統領", 4)
    assert NAMES.at("金大統領は", 0, "2024-01-01") is None  # no Kim in office
    d = NAMES.at("李外務大臣が", 0, "2004-01-01")
    assert d is not None and (d.holder, d.code, d.end) == ("Li Two", "BBB", 5)
    d = NAMES.at("李大臣が", 0, "2004-01-01")  # the end of the title, written short
    assert d is not None and d.holder == "Li Two"


def test_two_states_on_one_date_name_nobody():
    assert NAMES.at("李外相", 0, "2005-06-01") is None  # Li Two (BBB) and Lee Four (AAA)
    assert NAMES.at("李首相", 0, "2005-06-01") is None  # no such office
    assert NAMES.at("金氏", 0, "2000-06-13") is None  # no title


def test_the_office_table_one_holder_at_a_time_on_real_days():
    rows = read_rows(OFFICES)
    states = {r["code"] for r in rows}
    assert {"KOR", "CHN", "GBR", "GEO", "LBN", "MEX", "ARG", "SWE", "VNM", "YUG"} <= states
    spans = defaultdict(list)
    for r in rows:
        for day in (r["start"], r["end"]):
            assert not day or date.fromisoformat(day), r.where  # a real day, not 2001-02-30
        assert r["holder"] and r["start"] < (r["end"] or "9999"), r.where
        for title in r["title"].split("|"):
            spans[(r["code"], title.strip().lower())].append((r["start"], r["end"] or "9999"))
    for key, terms in spans.items():
        terms.sort()
        for (_, end), (start, _) in zip(terms, terms[1:], strict=False):
            assert end <= start, (key, end, start)
