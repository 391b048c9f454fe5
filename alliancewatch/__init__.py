"""AllianceWatch: a sourced, time-aware database of what states do to each other.

The Python API comes first; the command line (`alliancewatch ...`) is a thin layer over it.
"""

__version__ = "0.1.0"

from alliancewatch.api import (  # noqa: E402
    actor_code,
    articles,
    evaluate,
    export,
    ingest,
    mentions,
    pair_relations,
    search,
    show,
    summary,
    treaties,
    unknown_treaties,
)
from alliancewatch.config import Settings  # noqa: E402

__all__ = [
    "Settings",
    "actor_code",
    "articles",
    "evaluate",
    "export",
    "ingest",
    "mentions",
    "pair_relations",
    "search",
    "show",
    "summary",
    "treaties",
    "unknown_treaties",
    "__version__",
]
