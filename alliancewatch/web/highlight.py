"""Turn text plus marked spans into segments that templates render escaped.

Nothing here produces HTML: a segment is plain text and a kind; Jinja's autoescape (and
`textContent` in the browser) does the rest, so article text can never become markup.
"""

from __future__ import annotations

from typing import Any

from alliancewatch.store.fts import stem

Span = tuple[int, int, str, Any]  # start, end, kind, payload

# Order of preference when two marks overlap (the first one kept wins).
KINDS = ("trigger", "actor", "recipient", "date", "cue", "claim", "claim_cue", "query")


def _free(spans: list[Span], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e, _, _ in spans)


def _place(spans: list[Span], text: str, needle: str | None, kind: str, near: int = 0) -> None:
    """Mark the first free occurrence of `needle`, preferring ones at or after `near`."""
    if not needle:
        return
    starts = []
    i = text.find(needle)
    while i >= 0:
        starts.append(i)
        i = text.find(needle, i + 1)
    for i in sorted(starts, key=lambda s: (s < near, abs(s - near))):
        if _free(spans, i, i + len(needle)):
            spans.append((i, i + len(needle), kind, None))
            return


def segments(text: str, spans: list[Span]) -> list[dict[str, Any]]:
    """Split `text` at non-overlapping spans: [{"text", "kind", "data"}], kind None = plain."""
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, kind, data in sorted(spans, key=lambda s: s[0]):
        if start < pos or end <= start:
            continue
        if start > pos:
            out.append({"text": text[pos:start], "kind": None, "data": None})
        out.append({"text": text[start:end], "kind": kind, "data": data})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "kind": None, "data": None})
    return out


def mention_spans(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Evidence sentence of a mention record with trigger, actors, date and cues marked."""
    info = rec["text_info"]
    sentence: str = info["sentence"]
    spans: list[Span] = []
    trig, ts = info["trigger"], int(info.get("trigger_start") or 0)
    if trig and sentence[ts : ts + len(trig)] == trig:
        spans.append((ts, ts + len(trig), "trigger", None))
    else:
        _place(spans, sentence, trig, "trigger")
    t_end = next((e for s, e, k, _ in spans if k == "trigger"), 0)
    for who in ("actor", "recipient"):
        for ref in rec.get(who) or []:
            _place(spans, sentence, ref.get("entity_text"), who, near=0)
    _place(spans, sentence, rec.get("date_text"), "date", near=0)
    _place(spans, sentence, rec.get("factuality_cue"), "cue", near=t_end)
    claim = rec.get("claimed_by") or {}
    _place(spans, sentence, claim.get("text"), "claim")
    _place(spans, sentence, claim.get("cue"), "claim_cue", near=t_end)
    return [{"text": s["text"], "kind": s["kind"]} for s in segments(sentence, spans)]


def query_spans(text: str, query: str) -> list[dict[str, Any]]:
    """A search result sentence with each word of the query marked (case-insensitive)."""
    low = text.lower()
    spans: list[Span] = []
    words = set(query.lower().split())
    words |= {stem(w) for w in words if w.isascii() and w.isalpha() and len(stem(w)) > 2}
    for word in sorted(words, key=len, reverse=True):
        i = low.find(word)
        while i >= 0:
            if _free(spans, i, i + len(word)):
                spans.append((i, i + len(word), "query", None))
            i = low.find(word, i + len(word))
    return segments(text, spans)


def article_paragraphs(
    text: str,
    paragraph_spans: list[tuple[int, int]],
    sentences: list[dict[str, Any]],
    mentions: list[dict[str, Any]],
) -> list[list[dict[str, Any]]]:
    """Paragraphs of chunks: {"sid", "mentioned", "segs"}; triggers carry their mention."""
    triggers: list[Span] = []
    for m in mentions:
        start = m["start"] + int(m["trigger_start"] or 0)
        end = start + len(m["trigger"])
        if text[start:end] != m["trigger"]:
            i = text.find(m["trigger"], m["start"], m["end"])
            if i < 0:
                continue
            start, end = i, i + len(m["trigger"])
        if _free(triggers, start, end):
            triggers.append((start, end, "trigger", m))
    mentioned = {m["sequence"] for m in mentions}
    spans = paragraph_spans or [(0, len(text))]
    ordered = sorted(sentences, key=lambda s: s["start"])
    out = []
    for p_start, p_end in spans:
        chunks: list[dict[str, Any]] = []
        pos = p_start
        inside = [s for s in ordered if s["start"] >= p_start and s["end"] <= p_end]
        for s in inside:
            if s["start"] < pos:
                continue
            if s["start"] > pos:
                chunks.append(_chunk(text, pos, s["start"], None, False, triggers))
            chunks.append(
                _chunk(text, s["start"], s["end"], s["idx"], s["idx"] in mentioned, triggers)
            )
            pos = s["end"]
        if pos < p_end:
            chunks.append(_chunk(text, pos, p_end, None, False, triggers))
        out.append(chunks)
    return out


def _chunk(
    text: str, start: int, end: int, sid: int | None, mentioned: bool, triggers: list[Span]
) -> dict[str, Any]:
    local = [(s - start, e - start, k, d) for s, e, k, d in triggers if s >= start and e <= end]
    return {"sid": sid, "mentioned": mentioned, "segs": segments(text[start:end], local)}
