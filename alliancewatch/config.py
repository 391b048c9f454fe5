"""One Settings object, built once by the caller and passed explicitly to every stage."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Settings:
    db_path: str = "alliancewatch.db"
    # Inputs larger than this are rejected before decoding (a news article is rarely > 200 kB).
    max_input_bytes: int = 5_000_000
    # No sentence handed to a parser is longer than this (SudachiPy refuses 49,149 bytes,
    # and GiNZA slows down on very long units: 16,400 characters without a terminator took
    # 34 s as 4,000-character pieces, 17 s as 1,000). A longer one is cut at a clause mark,
    # else a space, else anywhere (language/split.py). News sentences are far shorter.
    max_parse_chars: int = 1_000
    # Characters per call of kiwipiepy's sentence splitter (superlinear on long paragraphs):
    # a longer paragraph is cut at newlines, then sentence punctuation, then spaces.
    ko_split_chars: int = 2_000
    # Boundary limits on declared input (each refusal is a stored rejection).
    max_id_chars: int = 200  # a JSON Lines record's id
    max_meta_chars: int = 2_000  # a declared title or url
    max_json_depth: int = 20  # nesting of a JSON Lines record or sidecar
    max_json_digits: int = 40  # characters of one JSON number
    batch_size: int = 16
    n_process: int = 1
    # Run the parse-and-code step on Dask: "local:N" or a scheduler's "tcp://host:8786".
    dask: str | None = None
    default_lang: str | None = None
    default_published: str | None = None
    progress: bool = True
    data_dir: Path = DATA_DIR
    # The learned keep step (coding/keep.py): off to train it (keeptrain.py), which also has
    # the coder append each mention's features to `keep_log`.
    keep: bool = True
    keep_log: str | None = None

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ALLIANCEWATCH_DB / ALLIANCEWATCH_PROCESSES, then explicit overrides."""
        base = cls()
        env: dict[str, object] = {}
        if os.environ.get("ALLIANCEWATCH_DB"):
            env["db_path"] = os.environ["ALLIANCEWATCH_DB"]
        if os.environ.get("ALLIANCEWATCH_DASK"):
            env["dask"] = os.environ["ALLIANCEWATCH_DASK"]
        if os.environ.get("ALLIANCEWATCH_PROCESSES"):
            env["n_process"] = int(os.environ["ALLIANCEWATCH_PROCESSES"])
        env.update({k: v for k, v in overrides.items() if v is not None})
        return replace(base, **env)  # type: ignore[arg-type]
