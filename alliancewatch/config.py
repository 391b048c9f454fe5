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
    # GiNZA rejects inputs over 49,149 bytes; we parse paragraph by paragraph, and split
    # paragraphs longer than this many characters at sentence boundaries.
    max_parse_chars: int = 4_000
    batch_size: int = 16
    n_process: int = 1
    default_lang: str | None = None
    default_published: str | None = None
    progress: bool = True
    data_dir: Path = DATA_DIR

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ALLIANCEWATCH_DB / ALLIANCEWATCH_PROCESSES, then explicit overrides."""
        base = cls()
        env: dict[str, object] = {}
        if os.environ.get("ALLIANCEWATCH_DB"):
            env["db_path"] = os.environ["ALLIANCEWATCH_DB"]
        if os.environ.get("ALLIANCEWATCH_PROCESSES"):
            env["n_process"] = int(os.environ["ALLIANCEWATCH_PROCESSES"])
        env.update({k: v for k, v in overrides.items() if v is not None})
        return replace(base, **env)  # type: ignore[arg-type]
