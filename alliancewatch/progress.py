"""Progress bar for long runs: articles done, rate and time left (tqdm, shown after 2 s)."""

from __future__ import annotations

import sys
from typing import Any


class Progress:
    def __init__(self, total: int, enabled: bool = True) -> None:
        self._bar: Any = None
        if enabled and total:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                unit="article",
                delay=2.0,
                file=sys.stderr,
                dynamic_ncols=True,
                desc="ingest",
                disable=None,  # None: only on a terminal
            )

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
