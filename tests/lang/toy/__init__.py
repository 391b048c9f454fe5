"""A toy language 'xx' for the registry tests: sentences end with ';', and a sentence is a
call such as SEND(Russia,Syria) or MEET(Japan,Korea). Nothing in alliancewatch/ knows it."""

from __future__ import annotations

import re
from pathlib import Path

from alliancewatch.config import Settings
from alliancewatch.datafiles import Schema, read_rows
from alliancewatch.lang import Language
from alliancewatch.types import Argument, Frame, Sentence

DATA = Path(__file__).resolve().parent / "data"
CALL = re.compile(r"(?P<verb>[A-Z]+)\((?P<a>[^,()]+),(?P<b>[^,()]+)\)")
TRIGGERS = {
    r["verb"]: r
    for r in read_rows(DATA / "triggers.tsv", Schema(columns=("verb", "event", "role_b")))
}


def split(text: str, settings: Settings) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(";", text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def frames(sentence: Sentence, settings: Settings) -> list[Frame]:
    out = []
    for m in CALL.finditer(sentence.text):
        row = TRIGGERS.get(m["verb"])
        if row is None:
            continue
        args = (
            Argument("agent", m["a"], m.start("a"), m.end("a"), "arg1"),
            Argument(row["role_b"], m["b"], m.start("b"), m.end("b"), "arg2"),
        )
        out.append(
            Frame(
                sentence=sentence.index,
                key=m["verb"],
                trigger=m["verb"],
                start=m.start("verb"),
                end=m.end("verb"),
                arguments=args,
                event=row["event"],
            )
        )
    return out


LANGUAGE = Language(
    code="xx", name="Toy", data_dir=DATA, split=split, frames=frames, aliases=("toy",)
)
