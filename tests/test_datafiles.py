"""The shared data-file reader names file and line of every bad row, all at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch.datafiles import DataFileError, Schema, count_rows, read_rows, read_tsv
from alliancewatch.resolve import context
from alliancewatch.resolve.actors import ActorResolver

SCHEMA = Schema(
    columns=("word", "label", "pattern"),
    labels={"label": frozenset({"negated", "planned"})},
    regex=("pattern",),
)


def test_good_rows_with_comments_blank_lines_and_short_rows(tmp_path: Path):
    f = tmp_path / "cues.tsv"
    f.write_text("# a comment\nword\tlabel\tpattern\n\nせず\tnegated\tず$\n予定\tplanned\n")
    rows = read_rows(f, SCHEMA)
    assert [(r.line, r["word"], r["pattern"]) for r in rows] == [
        (4, "せず", "ず$"),
        (5, "予定", ""),
    ]
    assert read_tsv(f, SCHEMA)[0] == {"word": "せず", "label": "negated", "pattern": "ず$"}
    assert count_rows(f) == 2


def test_every_bad_row_is_reported_with_path_and_line(tmp_path: Path):
    f = tmp_path / "cues.tsv"
    f.write_text("word\tlabel\tpattern\na\tmaybe\tx\nb\tnegated\t(unclosed\nc\tplanned\tx\textra\n")
    with pytest.raises(DataFileError) as e:
        read_rows(f, SCHEMA)
    problems = e.value.problems
    assert len(problems) == 3
    assert problems[0].startswith(f"{f}:2: label 'maybe' is not one of negated, planned")
    assert problems[1].startswith(f"{f}:3: bad regular expression in pattern")
    assert problems[2].startswith(f"{f}:4: 4 cells, expected 3")


def test_missing_header_column_and_unreadable_file(tmp_path: Path):
    f = tmp_path / "x.tsv"
    f.write_text("word\tpattern\nw\tp\n")
    with pytest.raises(DataFileError, match=r"x\.tsv:1: header lacks column\(s\) label"):
        read_rows(f, SCHEMA)
    with pytest.raises(DataFileError, match="cannot read"):
        read_rows(tmp_path / "none.tsv")


def test_fixed_columns_make_the_header_optional(tmp_path: Path):
    f = tmp_path / "b.tsv"
    f.write_text("en\t^Read more\trelated\n")
    fixed = Schema(columns=("lang", "regex", "note"), fixed=True)
    assert [r.cells for r in read_rows(f, fixed)] == [
        {"lang": "en", "regex": "^Read more", "note": "related"}
    ]


def test_the_actor_table_reports_all_its_bad_rows(tmp_path: Path):
    (tmp_path / "actors.tsv").write_text(
        "alias\tcode\tsector\tlang\tnote\nロシア\tRUS\t\tja\t\n北朝鮮\tprk\t\tja\t\n米国\tUSA\tXXX\tja\t\n"
    )
    with pytest.raises(DataFileError) as e:
        ActorResolver.load(tmp_path)
    assert [p.split(": ")[0] for p in e.value.problems] == [
        f"{tmp_path.resolve() / 'actors.tsv'}:3",
        f"{tmp_path.resolve() / 'actors.tsv'}:4",
    ]


def test_the_actor_context_rules_load_with_every_rule_and_its_reason():
    assert [p.parent.parent.name for p in context.PATHS] == ["en", "ja", "ko"]  # one a language
    rows = [r for p in context.PATHS for r in read_rows(p, context.SCHEMA)]
    assert {r["rule"] for r in rows} == set(context.FORMS)
    assert all(r["note"] for r in rows)  # every rule says why
    rules = context.load()
    assert rules.links["ja"] == ("", "の") and rules.particle_links == {"の", "의 "}
    assert "訪" in rules.get("visit_before") and "에서" in rules.get("particle")
    assert rules.all_links[0] == ""  # the state and its organ written together first


def test_a_bad_actor_context_row_names_file_and_line(tmp_path: Path):
    f = tmp_path / "ja" / "data" / "actor_context.tsv"
    f.parent.mkdir(parents=True)
    f.write_text(
        "rule\tvalue\tnote\n"
        "visit_before\t訪在\tfine\n"
        "visits_before\t訪\ta rule that does not exist\n"
        "abbrev\t米 露\tchars with a space\n"
        "owned\tの(\tbad regex\n"
        "suffix_not_before\t軍\tno '='\n"
        "prefix\n"
    )
    with pytest.raises(DataFileError) as e:
        context.load((f,))
    assert [p.split(": ")[0] for p in e.value.problems] == [f"{f}:{n}" for n in (3, 4, 5, 6, 7)]
    assert "rule 'visits_before' is not one of" in e.value.problems[0]
