"""names.py: display names per language and names -> codes, from the alias tables."""

from __future__ import annotations

import pytest

from alliancewatch import names
from alliancewatch.errors import UsageError


def test_display_names_follow_the_documented_rule():
    assert names.label("PRK") == "North Korea / 北朝鮮 / 북한"
    un = names.name_of("UNO")  # persons (グテレス) listed before 国連 are skipped
    assert (un.en, un.ja, un.ko) == ("United Nations", "国連", "유엔")
    assert names.label("ZZZ") == "ZZZ"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korea", "PRK"),
        ("north korea", "PRK"),
        ("D.P.R.K.", "PRK"),
        ("北朝鮮", "PRK"),
        ("북한", "PRK"),
        ("prk", "PRK"),
        ("N. Korea", "PRK"),  # from lang/en/data/actors.tsv
        ("XYZ", "XYZ"),  # an unknown code typed as a code
        ("Atlantis", None),
    ],
)
def test_to_code(text, code):
    assert names.to_code(text) == code


def test_resolve_suggests_close_names():
    with pytest.raises(UsageError, match=r"did you mean: RUS \(Russia"):
        names.resolve("Rusia")


def test_search_prefix_before_substring_any_language():
    hits = names.search("北朝")
    assert hits[0]["code"] == "PRK" and hits[0]["matched"].startswith("北朝")
    assert "PRK" in [h["code"] for h in names.search("조선")]
