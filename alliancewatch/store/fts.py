"""Search terms computed in Python for FTS5.

CJK and Hangul runs become overlapping character bigrams, Latin words become lower-case
English Snowball stems (sanctions, sanctioned -> sanction). Indexing and querying use the
same function, so a query term of two or more characters is found exactly where it occurs
as a substring (派兵, 制裁, 북한), and an English word in any of its regular forms. A database
indexed before stemming is re-indexed by a migration (`rebuild`, store/schema.py).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache

import snowballstemmer

_RUN = re.compile(
    r"(?P<cjk>[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]+)"
    r"|(?P<word>[0-9A-Za-z\u00c0-\u024f]+)"
)


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The index form of a Latin word: lower case, English Snowball stem (digits kept)."""
    word = word.lower()
    return word if word.isdigit() else _STEMMER.stemWord(word)


def _runs(text: str) -> list[list[str]]:
    """Terms per contiguous run, so phrases never join across punctuation."""
    text = unicodedata.normalize("NFKC", text)
    runs: list[list[str]] = []
    for m in _RUN.finditer(text):
        if m.group("cjk"):
            run = m.group("cjk")
            if len(run) == 1:
                runs.append([run])
            else:
                runs.append([run[i : i + 2] for i in range(len(run) - 1)])
        else:
            runs.append([stem(m.group("word"))])
    return runs


def index_terms(text: str) -> str:
    """The text to store in an FTS5 column: terms separated by spaces."""
    return " ".join(t for run in _runs(text) for t in run)


def match_query(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every query word, each as a phrase.

    Returns None when the query has no searchable term of two characters or more
    (a single CJK character cannot be found through bigrams; callers fall back to LIKE).
    """
    phrases = []
    for run in _runs(query):
        if len(run) == 1 and len(run[0]) == 1 and not run[0].isascii():
            return None
        phrases.append('"' + " ".join(t.replace('"', "") for t in run) + '"')
    return " AND ".join(phrases) if phrases else None


def like_pattern(q: str) -> str:
    """A LIKE pattern for a substring, with %, _ and the escape character escaped."""
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def any_of(phrases: list[str], dialect: str = "sqlite") -> str | None:
    """An FTS5 MATCH expression (a tsquery on PostgreSQL) for any of several phrases (a
    concept's words), or None."""
    pg = dialect == "postgresql"
    exprs = [e for e in ((tsquery if pg else match_query)(p) for p in phrases) if e]
    return (" | " if pg else " OR ").join(f"({e})" for e in dict.fromkeys(exprs)) or None


def rebuild(db: sqlite3.Connection) -> None:
    """Recompute every FTS row from the stored text (after the terms' form changed)."""
    db.execute("DELETE FROM sentences_fts")
    db.execute("DELETE FROM articles_fts")
    for sid, text in db.execute("SELECT id, text FROM sentences").fetchall():
        db.execute(
            "INSERT INTO sentences_fts (rowid, terms) VALUES (?, ?)", (sid, index_terms(text))
        )
    for aid, title, text in db.execute("SELECT id, title, text FROM articles").fetchall():
        db.execute(
            "INSERT INTO articles_fts (rowid, terms) VALUES (?, ?)",
            (aid, index_terms((title or "") + "\n" + text)),
        )


def concept_condition(
    words: list[str], event: str, context: str | None, dialect: str = "sqlite"
) -> tuple[str, list[str]]:
    """Sentences (alias `s`) holding one of a concept's words or a coded mention of its type
    (and context): one SQL condition and its arguments."""
    mention = (
        "EXISTS (SELECT 1 FROM mentions cm WHERE cm.article_id = s.article_id"
        " AND cm.sequence = s.idx AND cm.event = ?"
        + (" AND cm.context LIKE ?" if context else "")
        + ")"
    )
    args = [event] + ([f'%"{context}"%'] if context else [])
    expr = any_of(words, dialect)
    if expr is None:
        return mention, args
    match = "tsv @@ ?::tsquery" if dialect == "postgresql" else "sentences_fts MATCH ?"
    words_cond = f"s.id IN (SELECT rowid FROM sentences_fts WHERE {match})"
    return f"({words_cond} OR {mention})", [expr, *args]


# what a query searches: (FTS table, alias.rowid column, columns for the LIKE fallback)
_TARGETS = {
    "sentences": ("sentences_fts", "s.id", ("s.text",)),
    "articles": ("articles_fts", "a.id", ("a.text", "a.title")),
}


def tsquery(query: str) -> str | None:
    """The PostgreSQL twin of `match_query`: a tsquery requiring every query word, each
    as a phrase of terms at consecutive positions (the tsvector holds the same terms)."""
    phrases = []
    for run in _runs(query):
        if len(run) == 1 and len(run[0]) == 1 and not run[0].isascii():
            return None
        terms = [t.replace("\\", "") for t in run]
        phrases.append("(" + " <-> ".join("'" + t.replace("'", "''") + "'" for t in terms) + ")")
    return " & ".join(phrases) if phrases else None


def text_condition(query: str, target: str, dialect: str = "sqlite") -> tuple[str, list[str], bool]:
    """The one way to search text, for the CLI and the web alike: (SQL condition, its
    arguments, whether the index answers). Bigram terms when the query has a searchable
    term (FTS5 on SQLite, a tsvector on PostgreSQL); else a substring match (a single CJK
    character), wildcards escaped."""
    table, rowid, columns = _TARGETS[target]
    if dialect == "postgresql":
        expr = tsquery(query)
        if expr is not None:
            return f"{rowid} IN (SELECT rowid FROM {table} WHERE tsv @@ ?::tsquery)", [expr], True
    else:
        expr = match_query(query)
        if expr is not None:
            return f"{rowid} IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)", [expr], True
    cond = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns)
    return f"({cond})", [like_pattern(query)] * len(columns), False
