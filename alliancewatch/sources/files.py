"""Input files -> RawDocument or Rejection. Never raises on bad data; raises on bad usage."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from alliancewatch.config import Settings
from alliancewatch.errors import UsageError
from alliancewatch.types import DocMeta, RawDocument, Rejection

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SIDECAR = ".meta.json"
META_FIELDS = ("published", "url", "title", "lang")

Item = RawDocument | Rejection


def _meta(obj: dict[str, object], base: DocMeta) -> DocMeta:
    """Declared metadata; non-string values are ignored rather than trusted."""
    vals = {k: obj.get(k) for k in META_FIELDS}
    clean = {k: v.strip() for k, v in vals.items() if isinstance(v, str) and v.strip()}
    return DocMeta(
        published=clean.get("published", base.published),
        url=clean.get("url", base.url),
        title=clean.get("title", base.title),
        lang=clean.get("lang", base.lang),
    )


def _sidecar(path: Path, base: DocMeta) -> DocMeta | Rejection:
    side = path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR)
    if not side.exists():
        side = path.with_name(path.name + SIDECAR)
        if not side.exists():
            return base
    try:
        obj = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        return Rejection(path.name, str(side), f"sidecar is not valid JSON: {e}")
    if not isinstance(obj, dict):
        return Rejection(path.name, str(side), "sidecar must hold a JSON object")
    return _meta(obj, base)


def _file(path: Path, settings: Settings, base: DocMeta) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(path, settings, base)
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield Rejection(
            path.name,
            str(path),
            f"unsupported file type '{suffix or path.name}' (expected .txt, .html, .htm or .jsonl)",
        )
        return
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            yield Rejection(
                path.name,
                str(path),
                f"input is {size:,} bytes; limit is "
                f"{settings.max_input_bytes:,} (Settings.max_input_bytes)",
            )
            return
        data = path.read_bytes()
    except OSError as e:
        yield Rejection(path.name, str(path), f"cannot read file: {e.strerror or e}")
        return
    meta = _sidecar(path, base)
    if isinstance(meta, Rejection):
        yield meta
        return
    yield RawDocument(path.name, str(path), data, suffix in HTML_SUFFIXES, meta)


def _jsonl(path: Path, settings: Settings, base: DocMeta) -> Iterator[Item]:
    """One record per line: `id` required, `text` or `html`, optional metadata."""
    try:
        handle = path.open("rb")
    except OSError as e:
        yield Rejection(path.name, str(path), f"cannot read file: {e.strerror or e}")
        return
    with handle:
        for lineno, line in enumerate(handle, start=1):
            where = f"{path.name}:{lineno}"
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
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                yield Rejection(where, str(path), f"line {lineno} is not valid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                yield Rejection(where, str(path), f"line {lineno} is not a JSON object")
                continue
            doc = obj.get("id")
            if not isinstance(doc, str | int) or not str(doc).strip():
                yield Rejection(where, str(path), f"line {lineno} has no 'id'")
                continue
            text, html = obj.get("text"), obj.get("html")
            body = html if isinstance(html, str) else text
            if not isinstance(body, str):
                yield Rejection(
                    str(doc), str(path), f"line {lineno} has no 'text' or 'html' string"
                )
                continue
            yield RawDocument(
                str(doc).strip(),
                str(path),
                body.encode("utf-8"),
                isinstance(html, str),
                _meta(obj, base),
            )


def iter_inputs(
    paths: list[str | Path], settings: Settings, base: DocMeta | None = None
) -> Iterator[Item]:
    """Expand files and directories (recursively, sorted, hidden files skipped)."""
    base = base or DocMeta()
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise UsageError(f"input path {path} does not exist")
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if child.name.endswith(SIDECAR) or child.name.endswith(".jsonl.meta.json"):
                    continue
                yield from _file(child, settings, base)
        else:
            yield from _file(path, settings, base)
