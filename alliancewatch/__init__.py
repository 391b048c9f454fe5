"""AllianceWatch: a sourced, time-aware database of what states do to each other.

The Python API comes first; the command line (`alliancewatch ...`) is a thin layer over it.
"""

__version__ = "0.1.0"

from alliancewatch.api import (  # noqa: E402
    articles,
    evaluate,
    export,
    ingest,
    mentions,
    search,
    show,
    summary,
)
from alliancewatch.config import Settings  # noqa: E402

__all__ = [
    "Settings",
    "articles",
    "evaluate",
    "export",
    "ingest",
    "mentions",
    "search",
    "show",
    "summary",
    "__version__",
]
