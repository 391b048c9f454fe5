"""Tiny Korean sentences and the frame each must yield (for the registry's contract test).

Each entry: (sentence, expected PLOVER type of the trigger, {role: argument text}). The
sentences are written for this file in news style.
"""

from __future__ import annotations

EXAMPLES: list[tuple[str, str, dict[str, str]]] = [
    ("북한이 러시아에 병력을 파병했다.", "AID", {"agent": "북한", "recipient": "러시아"}),
    ("러시아는 북한에 전투기를 보냈다.", "AID", {"topic": "러시아", "recipient": "북한"}),
    (
        "북한은 러시아로부터 기술을 지원받았다.",
        "AID",
        {"topic": "북한", "source": "러시아"},
    ),
    (
        "김정은 위원장은 푸틴 대통령과 정상회담을 가졌다.",
        "CONSULT",
        {"topic": "김정은 위원장", "comitative": "푸틴 대통령"},
    ),
    ("미국은 북한을 강력히 규탄했다.", "ACCUSE", {"topic": "미국", "patient": "북한"}),
    ("북한이 동해상으로 탄도미사일을 발사했다.", "MOBILIZE", {"agent": "북한"}),
    ("북한의 파병은 국제법 위반이다.", "AID", {"genitive": "북한"}),
    ("한미 연합훈련이 시작됐다.", "COOPERATE", {"compound": "한미"}),
]
