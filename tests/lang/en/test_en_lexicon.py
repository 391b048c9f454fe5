"""The English data files load, and a bad row is reported with its path and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from alliancewatch.errors import AllianceWatchError
from alliancewatch.lang.en import lexicon


def test_data_files_load() -> None:
    lex = lexicon.load()
    assert lex.trigger("send", "verb").event == "AID"
    assert lex.trigger("talk", "noun").event == "CONSULT"
    assert lex.trigger("military support", "noun").event == "AID"
    assert lex.light_verbs["receive"] == "receptive"
    assert lex.roles["dep:agent"] == "agent_phrase"
    assert set(lex.roles.values()) - {"-"} <= set(lexicon.ROLES)
    assert {c.label for c in lex.cues if c.kind != lexicon.BARRIER} <= set(lexicon.LABELS)
    assert lex.both_words is not None and lex.both_words.search("the two countries agreed")
    after, before = lex.not_actor
    assert any(p.match("Russian-made drones", len("Russian")) for p in after)
    assert any(p.search("pro-") for p in before)


def test_bad_row_names_path_and_line(tmp_path: Path) -> None:
    for f in lexicon.DATA_DIR.glob("*.tsv"):
        shutil.copy(f, tmp_path / f.name)
    with (tmp_path / "case_roles.tsv").open("a", encoding="utf-8") as out:
        out.write("prep:amid\tbystander\t\n")
    lines = (tmp_path / "case_roles.tsv").read_text(encoding="utf-8").splitlines()
    with pytest.raises(AllianceWatchError, match=rf"case_roles.tsv:{len(lines)}: role"):
        lexicon.load(tmp_path)
