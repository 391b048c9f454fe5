"""What every command shares: argument types, the database named for messages, plurals,
JSON lines and one-line mentions."""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from alliancewatch.config import Settings
from alliancewatch.store.dialect import is_postgres_url

DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _date(value: str) -> str:
    from alliancewatch.sources.validate import Refused, check_date

    if not DATE.match(value):
        raise argparse.ArgumentTypeError(f"'{value}' is not a date of the form YYYY-MM-DD")
    try:
        return check_date(value, "date")
    except Refused as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _day(value: str) -> str:
    if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
        raise argparse.ArgumentTypeError(f"'{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _where(s: Settings) -> str:
    """The database for messages: a PostgreSQL URL without its password."""
    if is_postgres_url(s.db_path):
        from alliancewatch.store.pg import redact

        return redact(s.db_path)
    return s.db_path


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 article', '2 articles', '0 articles' (`many` for irregular plurals)."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def mention_line(m: dict[str, Any]) -> str:
    actors = "+".join(x["code"] or x["entity_text"] for x in m["actor"]) or "?"
    recips = "+".join(x["code"] or x["entity_text"] for x in m["recipient"]) or "-"
    claim = f" claimed_by={m['claimed_by']['text']}" if m["claimed_by"] else ""
    return (
        f"{m['event']:<9} {actors}->{recips} {m['date'] or '-'} {m['factuality']}{claim}"
        f"  «{m['text_info']['trigger']}»"
    )
