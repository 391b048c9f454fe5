"""Language of a cleaned article: a registered language code ("ja", "ko", "en") or None.

The scripts decide almost every case for free: kana only occur in Japanese, hangul only
in Korean, and Latin letters without any CJK script mean English for the inputs we accept.
Only text written in ideographs alone (a kanji headline, a list of names) is ambiguous;
for that we ask lingua, limited to the registered languages (28/28 correct on short
strings in our measurements). Its models take about 80 MiB, so the detector is built on
first use, once per process.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING

from alliancewatch.lang import languages

if TYPE_CHECKING:
    from lingua import LanguageDetector

# One CJK character carries about as much text as this many Latin letters, so a Japanese
# article full of acronyms (NATO, ICBM) is still counted as CJK text.
_CJK_WEIGHT = 3
_MIN_LETTERS = 2

_SAMPLE = 100_000
_SCRIPTS = {
    # hiragana and katakana without the middle dot and the prolonged sound mark (used by
    # other scripts' typesetting too), katakana extensions, half-width katakana
    "kana": re.compile(r"[\u3041-\u30fa\u31f0-\u31ff\uff66-\uff9d]"),
    "hangul": re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e]"),
    "han": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
    # ASCII, Latin-1 and Latin Extended letters
    "latin": re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"),
}

_detector: LanguageDetector | None = None
_lock = threading.Lock()


def script_counts(text: str) -> dict[str, int]:
    """Letters of each script that matters for ja/ko/en, over the first 100,000 characters
    (the language of a long article is settled well before that)."""
    sample = text[:_SAMPLE]
    return {name: len(regex.findall(sample)) for name, regex in _SCRIPTS.items()}


def _get_detector() -> LanguageDetector:
    """The lingua detector for ja/ko/en, built once (thread-safe) on first use."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import Language, LanguageDetectorBuilder

                known = [getattr(Language, x.lingua) for x in languages() if x.lingua]
                _detector = LanguageDetectorBuilder.from_languages(*known).build()
    return _detector


def _lingua(text: str) -> str | None:
    from lingua import Language

    codes = {getattr(Language, x.lingua): x.code for x in languages() if x.lingua}
    found = _get_detector().detect_language_of(text[:2000])
    return codes.get(found) if found is not None else None


def identify(text: str) -> str | None:
    """Return "ja", "ko", "en", or None when the text has too few letters to tell."""
    c = script_counts(text)
    cjk = c["kana"] + c["hangul"] + c["han"]
    if cjk + c["latin"] < _MIN_LETTERS:
        return None
    if cjk * _CJK_WEIGHT < c["latin"]:
        return "en"
    if c["kana"] or c["hangul"]:
        return "ja" if c["kana"] >= c["hangul"] else "ko"
    # ideographs only (plus a few Latin letters): the one case the scripts cannot decide
    return _lingua(text)
