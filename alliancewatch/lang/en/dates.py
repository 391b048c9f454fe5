"""English date expressions: the shared engine (resolve/dates.py) with its rules."""

from __future__ import annotations

from alliancewatch.resolve.dates import DateMatch
from alliancewatch.resolve.dates import find_dates as _engine


def find_dates(text: str, published: str | None) -> list[DateMatch]:
    return _engine(text, published)
