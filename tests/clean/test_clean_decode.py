"""Encoding cascade: every encoding our sources use decodes to the same text."""

from __future__ import annotations

import random

import pytest

from alliancewatch.clean.decode import decode_bytes
from alliancewatch.errors import RejectedInput

JA = (
    "防衛省は12日、北朝鮮が日本海に向けて弾道ミサイル2発を発射したと発表した。"
    "政府関係者によると、ミサイルは約400キロ飛行し、排他的経済水域の外に落下したとみられる。"
)
KO = (
    "국방부는 15일 한미 양국이 다음 달 서해에서 연합 해상훈련을 실시한다고 밝혔다. "
    "군 관계자는 이번 훈련에 양국 구축함과 잠수함이 참가할 예정이라고 설명했다."
)
EN = "NATO defence ministers agreed on Thursday to expand air-policing over the Baltic states."


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (JA, "shift_jis", "cp932"),
        (JA, "cp932", "cp932"),
        (JA, "euc_jp", "euc_jp"),
        (JA, "iso2022_jp", "iso2022_jp"),
        (KO, "euc_kr", "cp949"),
        (KO, "cp949", "cp949"),
        (JA, "utf-8", "utf-8"),
        (KO, "utf-8", "utf-8"),
        (EN, "ascii", "utf-8"),
    ],
)
def test_legacy_and_utf8_encodings_round_trip(text: str, codec: str, expected: str) -> None:
    decoded, name = decode_bytes(text.encode(codec))
    assert decoded == text
    assert name == expected


def test_shift_jis_with_ascii_words_and_digits() -> None:
    text = "米軍のF35戦闘機12機が沖縄に到着した。NATOも関心を示した。"
    assert decode_bytes(text.encode("shift_jis"))[0] == text


def test_euc_jp_is_not_mistaken_for_euc_kr() -> None:
    text = "日米韓の防衛相会談が東京で開かれ、共同訓練の定例化で合意した。"
    decoded, name = decode_bytes(text.encode("euc_jp"))
    assert (decoded, name) == (text, "euc_jp")


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (b"\xef\xbb\xbf", "utf-8", "utf-8"),
        (b"\xff\xfe", "utf-16-le", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be", "utf-16-be"),
    ],
)
def test_byte_order_marks(bom: bytes, codec: str, name: str) -> None:
    decoded, got = decode_bytes(bom + KO.encode(codec))
    assert decoded == KO
    assert got == name


@pytest.mark.parametrize("text", [EN, JA, KO])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(text: str, codec: str) -> None:
    decoded, name = decode_bytes(text.encode(codec))
    assert decoded == text
    assert name == codec


def test_truncated_utf8_drops_the_cut_character() -> None:
    data = JA.encode("utf-8")
    for cut in (1, 2):  # the last character is 3 bytes: cut one or two of them
        for prefix in (b"", b"\xef\xbb\xbf"):
            decoded, name = decode_bytes(prefix + data[:-cut])
            assert decoded == JA[:-1]
            assert name == "utf-8"


def test_utf8_bom_on_invalid_bytes_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="byte order mark"):
        decode_bytes(b"\xef\xbb\xbf" + "防衛".encode("shift_jis") * 20)


def test_a_few_corrupt_bytes_in_utf8_are_replaced_not_guessed_as_legacy() -> None:
    data = (JA * 5).encode("utf-8")
    cut = data.index("。".encode()) + 3  # between two characters
    decoded, name = decode_bytes(data[:cut] + b"\xff" + data[cut:])
    assert name == "utf-8-lossy"
    assert decoded.replace("\ufffd", "") == JA * 5


def test_html_meta_charset_is_honoured() -> None:
    page = f'<html><head><meta charset="euc-kr"></head><body><p>{KO}</p></body></html>'
    decoded, name = decode_bytes(page.encode("euc_kr"))
    assert KO in decoded
    assert name in ("euc_kr", "cp949")


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"") == ("", "utf-8")


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(RejectedInput, match="looks binary: contains NUL bytes"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_control_bytes_are_binary_and_the_share_is_reported() -> None:
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"plain words"
    with pytest.raises(RejectedInput, match=r"looks binary: \d+% control bytes") as err:
        decode_bytes(data)
    assert err.value.reason.startswith("cannot decode: not UTF-8, Shift_JIS, EUC-JP")


def test_binary_behind_a_utf16_bom_is_rejected() -> None:
    with pytest.raises(RejectedInput, match="looks binary: utf-16-le byte order mark"):
        decode_bytes(b"\xff\xfe" + bytes([3, 0, 4, 0, 5, 0, 65, 0]) * 30)


def test_random_bytes_are_rejected() -> None:
    rng = random.Random(20240621)
    for _ in range(5):
        with pytest.raises(RejectedInput, match="cannot decode"):
            decode_bytes(rng.randbytes(4000))


def test_high_bytes_that_fit_no_encoding_are_rejected() -> None:
    with pytest.raises(RejectedInput, match="cannot decode"):
        decode_bytes(b"\x80\xff\xfe\x81\xff" * 50)
