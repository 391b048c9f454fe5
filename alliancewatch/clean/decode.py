"""Bytes -> str for news in Japanese, Korean and English, with an encoding cascade.

Scraped news arrives as UTF-8 most of the time, but archives still hold Shift_JIS,
EUC-JP and EUC-KR pages, and some tools write UTF-16. The legacy CJK encodings overlap so
much that several of them decode the same bytes without error, so we decode with each
candidate and keep the one whose text looks most like real Japanese or Korean (kana,
common hangul, ideographs) and least like mojibake (half-width katakana runs, rare
hangul, compatibility jamo, control characters). Binary data is rejected up front.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from alliancewatch.errors import RejectedInput

# Tried in this order; on equal scores the earlier one wins (our inputs are ja/ko/en).
CANDIDATES = ("cp932", "euc_jp", "cp949", "gb18030")

_BOMS = (
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_ALLOWED_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _ALLOWED_CONTROLS) + b"\x7f"
_MAX_CONTROL_SHARE = 0.05
_MAX_LOSSY_SHARE = 0.01
_SCORE_SAMPLE = 100_000
_DECLARED_BONUS = 0.1
_MIN_UTF16_SCORE = 1.0  # mostly kana, hangul or ideographs
# Real Korean separates words with spaces: a run of hangul longer than this is mojibake
# (typically Shift_JIS bytes read as cp949).
_MAX_HANGUL_RUN = 12
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
# About 500 syllables that make up most of Korean news text. Mojibake spreads evenly over
# the 2,350 syllables of KS X 1001, so it hits these only about one time in five.
_COMMON_HANGUL = frozenset(
    "가각간갈감갑강같개객거건걸검것게격견결겸경계고곡골공과곽관광괴교구국군굴궁권귀규균그극근글금급기긴길김깊까께꼭끝나낙난날남납내냉너넘네녀년념노녹논놓누눈뉴느는늘"
    "능니다단달담답당대더덕던데도독돌동됐되된될두둘뒤드득든들등따때떠또뜻라락란람랑래략량러런렀레려력련령례로록론료루류륙률르른를름리린림립마막만많말망매맥맹머먹먼메"
    "며면멸명모목몰몸못몽묘무묵문물미민밀및바박반받발밝방배백번벌범법변별병보복본봉부북분불브비빈빠사삭산살삼상새색생서석선설섬섭성세센소속손송수숙순술쉽스슬습승시식"
    "신실심십싸쌍써씨아악안않알암압애액야약양어억언얼엄업없었에엔여역연열염영예오옥온올와완왔왕외요욕용우운울움워원월웨위유육윤율융으은을음응의이익인일임입잇있자작잔"
    "잘잠잡장재쟁저적전절점접정제조족존졸종좋좌죄주죽준줄중즈즉증지직진질짐집징째쪽차착찬찰참창채책처척천철첨청체초촉총최추축춘출충취측층치칙친칠침칭카커케코크큰키타"
    "탁탄탈탐태택터테텐토통퇴투트특틀티틴팀파판팔패펴편펼평폐포폭표품풍프플피핀필핑하학한할함합항해핵했행향허헌험헤혁현혈협혔형호혹혼홀홍화확환활황회획효후훈휘휴흐흔"
    "흘흡흥희히힘"
)
_REPLACED = re.compile("\ufffd+")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CANNOT = "cannot decode: not UTF-8, Shift_JIS, EUC-JP, EUC-KR or UTF-16"
_ISO2022 = re.compile(rb"\x1b\$[@B]|\x1b\(J")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _utf16_by_nul_pattern(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: ASCII characters put NUL bytes on one parity only."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for zeros, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= 0.2 * half and other <= 0.02 * half:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                return None
            controls = len(_CONTROL_CHARS.findall(text))
            return (text, name) if controls <= _MAX_CONTROL_SHARE * len(text) else None
    return None


def _utf8(data: bytes) -> str | None:
    """Strict UTF-8; a multi-byte character cut at the very end is dropped, not fatal."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.end == len(data) and "end of data" in e.reason:
            try:
                return data[: e.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
        return None


def _char_score(ch: str) -> float:
    """How much one decoded character looks like real ja/ko/en text (+) or mojibake (-)."""
    cp = ord(ch)
    if cp < 0x80:
        return 0.0 if ch.isprintable() or ch in "\t\n\r" else -5.0
    if 0x3041 <= cp <= 0x30FF:  # hiragana, katakana
        return 3.0
    if 0x4E00 <= cp <= 0x9FFF:
        return 1.0
    if 0x3000 <= cp <= 0x303F or 0xFF01 <= cp <= 0xFF5E or cp in (0x2026, 0x2025, 0x00B7):
        return 1.0
    if 0xFF61 <= cp <= 0xFF9F:  # half-width katakana: what Korean bytes become in cp932
        return -1.0
    if 0x3130 <= cp <= 0x318F:  # compatibility jamo: what EUC-JP kana become in EUC-KR
        return -2.0
    category = unicodedata.category(ch)
    if category in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
        return -5.0
    return -0.5  # rare ideographs, symbols, Greek, box drawing: typical of a wrong guess


def _hangul_score(run: str) -> float:
    """Common syllables in word-length runs score like kana; the rest barely count."""
    if len(run) > _MAX_HANGUL_RUN:
        return 0.0
    return sum(3.0 if ch in _COMMON_HANGUL else 0.3 for ch in run)


def _score(text: str) -> float:
    """Mean character score over a sample (a long article does not need all of it)."""
    sample = text[:_SCORE_SAMPLE]
    total = sum(_hangul_score(m.group(0)) for m in _HANGUL_RUN.finditer(sample))
    rest = _HANGUL_RUN.sub("", sample)
    total += sum(_char_score(ch) for ch in rest if ord(ch) >= 0x80 or ord(ch) < 0x20)
    return total / max(1, len(sample))


def _lossy_utf8(data: bytes) -> str | None:
    """UTF-8 with a few corrupt bytes (web garbage): replace them rather than guess a
    legacy encoding, which would turn every correct character into mojibake."""
    text = data.decode("utf-8", errors="replace")
    bad = len(_REPLACED.findall(text))  # one corrupt spot may yield several U+FFFD
    multibyte = sum(1 for ch in text[:_SCORE_SAMPLE] if "\u0080" <= ch != "\ufffd")
    if bad <= max(1.0, _MAX_LOSSY_SHARE * len(data)) and multibyte >= 4 * bad:
        return text
    return None


def _declared_charset(data: bytes) -> str | None:
    """Charset declared in an HTML <meta> near the top, if Python knows the codec."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _looks_binary(data: bytes) -> str | None:
    if b"\x00" in data:
        return "looks binary: contains NUL bytes"
    share = _control_share(data)
    if share > _MAX_CONTROL_SHARE:
        return f"looks binary: {share:.0%} control bytes"
    return None


def _best_candidate(data: bytes, binary: bool) -> tuple[float, str, str] | None:
    """Best scoring strict decode. Bytes that look binary may still be CJK-only UTF-16."""
    declared = None if binary else _declared_charset(data)
    names = [] if binary else list(CANDIDATES)
    if declared and declared not in names and declared not in ("utf-8", "ascii"):
        names.insert(0, declared)
    if len(data) % 2 == 0:
        names += ["utf-16-le", "utf-16-be"]
    best: tuple[float, str, str] | None = None
    for name in names:
        try:
            decoded = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        is_utf16 = name.startswith("utf-16")
        if is_utf16 and _CONTROL_CHARS.search(decoded):
            continue
        score = _score(decoded) + (_DECLARED_BONUS if name == declared else 0.0)
        if is_utf16 and score < _MIN_UTF16_SCORE:
            continue
        if best is None or score > best[0]:
            best = (score, decoded, name)
    return best


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode news bytes; return (text, encoding name). Raise RejectedInput if impossible.

    Cascade: BOM; UTF-16 by its NUL pattern; ISO-2022-JP by its escape sequences; strict
    UTF-8 (a character cut at the end is dropped); UTF-8 with under 1% corrupt bytes
    (replaced); then the best scoring strict decode among cp932, EUC-JP, cp949, GB18030,
    the charset an HTML page declares and UTF-16. Binary-looking bytes are rejected
    unless they are CJK-only UTF-16.
    """
    if not data:
        return "", "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8) :]
        text = _utf8(body)
        if text is not None:
            return text, "utf-8"
        text = _lossy_utf8(body)
        if text is not None:
            return text, "utf-8-lossy"
        raise RejectedInput("cannot decode: starts with a UTF-8 byte order mark, but is not UTF-8")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(name)
            except UnicodeDecodeError as e:
                raise RejectedInput(f"cannot decode: byte order mark says {name}, but {e}") from e
            controls = len(_CONTROL_CHARS.findall(text))
            if controls > _MAX_CONTROL_SHARE * len(text):
                raise RejectedInput(
                    f"{_CANNOT} (looks binary: {name} byte order mark, "
                    f"{controls / len(text):.0%} control characters)"
                )
            return text, name
    utf16 = _utf16_by_nul_pattern(data)
    if utf16 is not None:
        return utf16
    binary = _looks_binary(data)
    if binary is None:
        if data.isascii() and _ISO2022.search(data):
            try:
                return data.decode("iso2022_jp"), "iso2022_jp"
            except UnicodeDecodeError:
                pass
        text = _utf8(data)
        if text is not None:
            return text, "utf-8"
        lossy = _lossy_utf8(data)
        if lossy is not None:
            return lossy, "utf-8-lossy"
    best = _best_candidate(data, binary is not None)
    if best is not None and best[0] >= 0:
        return best[1], codecs.lookup(best[2]).name
    if binary:
        raise RejectedInput(f"{_CANNOT} ({binary})")
    raise RejectedInput(f"{_CANNOT} (invalid byte sequences in every candidate encoding)")
