"""Input files -> RawDocument or Rejection. Never raises on bad data; raises on bad usage.

An input's `doc` is its path relative to the ingest root (a file named on the command
line, or directly under a named folder, keeps its own name), or the `id` of a JSON Lines
record: stable across runs and unique within a folder. Symlinks are read only when they
resolve inside the root; loops, dangling links and unreadable folders are rejections.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

from alliancewatch.config import Settings
from alliancewatch.errors import UsageError
from alliancewatch.sources.validate import (
    Refused,
    check_date,
    check_id,
    check_meta_text,
    load_json,
    printable,
)
from alliancewatch.types import DocMeta, RawDocument, Rejection

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SIDECAR = ".meta.json"
META_FIELDS = ("published", "url", "title", "lang")

Item = RawDocument | Rejection


def _meta(obj: dict[str, object], base: DocMeta, settings: Settings) -> DocMeta:
    """Declared metadata; non-string values are ignored, bad strings refused (Refused)."""
    vals = {k: obj.get(k) for k in META_FIELDS}
    clean = {k: v.strip() for k, v in vals.items() if isinstance(v, str) and v.strip()}
    if "published" in clean:
        clean["published"] = check_date(clean["published"])
    for key in ("url", "title", "lang"):
        if key in clean:
            check_meta_text(clean[key], key, settings)
    return DocMeta(
        published=clean.get("published", base.published),
        url=clean.get("url", base.url),
        title=clean.get("title", base.title),
        lang=clean.get("lang", base.lang),
    )


def _sidecar(
    path: Path, doc: str, settings: Settings, base: DocMeta, root: Path | None
) -> DocMeta | Rejection:
    side = path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR)
    if not side.exists():
        side = path.with_name(path.name + SIDECAR)
        if not side.exists():
            return base
    if root is not None and side.is_symlink():
        problem = _symlink_problem(side, root)
        if problem:
            return Rejection(doc, str(side), f"sidecar: {problem}")
    try:
        if side.stat().st_size > settings.max_input_bytes:
            return Rejection(doc, str(side), "sidecar is larger than Settings.max_input_bytes")
        obj = load_json(side.read_bytes(), settings)
    except OSError as e:
        return Rejection(doc, str(side), f"cannot read sidecar: {e.strerror or e}")
    except Refused as e:
        return Rejection(doc, str(side), f"sidecar is refused: {e}")
    if not isinstance(obj, dict):
        return Rejection(doc, str(side), "sidecar must hold a JSON object")
    try:
        return _meta(obj, base, settings)
    except Refused as e:
        return Rejection(doc, str(side), f"sidecar: {e}")


def _file(
    path: Path, doc: str, settings: Settings, base: DocMeta, root: Path | None = None
) -> Iterator[Item]:
    """One input file; `root` (resolved) is the folder it was found in, for its sidecar."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(path, doc, settings, base)
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield Rejection(
            doc,
            str(path),
            f"unsupported file type '{suffix or path.name}' (expected .txt, .html, .htm or .jsonl)",
        )
        return
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            yield Rejection(
                doc,
                str(path),
                f"input is {size:,} bytes; limit is "
                f"{settings.max_input_bytes:,} (Settings.max_input_bytes)",
            )
            return
        data = path.read_bytes()
    except OSError as e:
        yield Rejection(doc, str(path), f"cannot read file: {e.strerror or e}")
        return
    meta = _sidecar(path, doc, settings, base, root)
    if isinstance(meta, Rejection):
        yield meta
        return
    yield RawDocument(doc, str(path), data, suffix in HTML_SUFFIXES, meta)


def _jsonl(path: Path, name: str, settings: Settings, base: DocMeta) -> Iterator[Item]:
    """One record per line: `id` required, `text` or `html`, optional metadata."""
    try:
        handle = path.open("rb")
    except OSError as e:
        yield Rejection(name, str(path), f"cannot read file: {e.strerror or e}")
        return
    seen: dict[str, int] = {}
    with handle:
        for lineno, line in enumerate(handle, start=1):
            where = f"{name}:{lineno}"
            if not line.strip():
                continue
            if len(line) > settings.max_input_bytes:
                yield Rejection(
                    where,
                    str(path),
                    f"record is {len(line):,} bytes; limit is {settings.max_input_bytes:,}",
                )
                continue
            try:
                obj = load_json(line, settings)
            except Refused as e:
                yield Rejection(where, str(path), f"line {lineno}: {e}")
                continue
            if not isinstance(obj, dict):
                yield Rejection(where, str(path), f"line {lineno} is not a JSON object")
                continue
            try:
                doc = check_id(obj.get("id"), settings)
            except Refused as e:
                yield Rejection(where, str(path), f"line {lineno}: {e}")
                continue
            if doc in seen:
                yield Rejection(
                    where,
                    str(path),
                    f"line {lineno} repeats id '{doc}' of line {seen[doc]}; ids must be unique"
                    " (the first record is kept)",
                )
                continue
            seen[doc] = lineno
            text, html = obj.get("text"), obj.get("html")
            body = html if isinstance(html, str) else text
            if not isinstance(body, str):
                yield Rejection(doc, str(path), f"line {lineno} has no 'text' or 'html' string")
                continue
            try:
                meta = _meta(obj, base, settings)
            except Refused as e:
                yield Rejection(doc, str(path), f"line {lineno}: {e}")
                continue
            yield RawDocument(
                doc, str(path), body.encode("utf-8", "replace"), isinstance(html, str), meta
            )


def iter_inputs(
    paths: list[str | Path], settings: Settings, base: DocMeta | None = None
) -> Iterator[Item]:
    """Expand files and directories (recursively, sorted, hidden files skipped)."""
    base = base or DocMeta()
    for p in paths:
        path = Path(os.path.abspath(p))
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"input path {p} does not exist")
        if path.is_dir():
            yield from _walk(path, settings, base)
        else:
            yield from _file(path, printable(path.name, limit=10_000), settings, base)


def _walk(root: Path, settings: Settings, base: DocMeta) -> Iterator[Item]:
    """Every input file under `root`, in sorted order of relative path, symlinks checked."""
    real_root = root.resolve()
    found: list[tuple[tuple[str, ...], Path, str | None]] = []  # (rel parts, path, reason)

    def unreadable(e: OSError) -> None:
        where = Path(e.filename or root)
        rel = where.relative_to(root).parts if where != root else (".",)
        found.append((rel, where, f"cannot read directory: {e.strerror or e}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in [*dirnames, *filenames]:
            child = here / name
            if name.startswith(".") or name.endswith(SIDECAR):
                continue
            rel = child.relative_to(root).parts
            if child.is_symlink():
                found.append((rel, child, _symlink_problem(child, real_root)))
            elif name in filenames:
                found.append((rel, child, None))
    for rel, path, reason in sorted(found, key=lambda f: f[0]):
        doc = printable("/".join(rel), limit=10_000)  # a name never carries control codes
        if reason is not None:
            yield Rejection(doc, str(path), reason)
        else:
            yield from _file(path, doc, settings, base, real_root)


def _symlink_problem(link: Path, real_root: Path) -> str | None:
    """Why a symlink under the root is not read, or None when it is a file inside the root."""
    try:
        target = link.resolve(strict=True)
    except RuntimeError:
        return "symlink loop"
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symlink loop"
        if e.errno == errno.ENOENT:
            return f"dangling symlink (target {os.readlink(link)!r} does not exist)"
        return f"cannot follow symlink: {e.strerror or e}"
    if not target.is_relative_to(real_root):
        return "symlink points outside the input folder; not followed"
    if target.is_dir():
        return "symlink to a folder; not followed (the folder is read where it is)"
    return None
