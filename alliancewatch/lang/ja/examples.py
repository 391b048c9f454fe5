"""Sentences we wrote, with the frame each must yield: (sentence, event, {role: text}).

Run over every language by tests/lang/test_contract.py; the roles listed must be among the
frame's arguments (others may be there too)."""

EXAMPLES: list[tuple[str, str, dict[str, str]]] = [
    ("北朝鮮がロシアに兵士を派遣した。", "AID", {"agent": "北朝鮮", "recipient": "ロシア"}),
    ("ロシアはイランから無人機の供与を受けた。", "AID", {"topic": "ロシア", "source": "イラン"}),
    ("米国は中国を非難した。", "ACCUSE", {"topic": "米国", "patient": "中国"}),
    ("日本と韓国は東京で首脳会談を行った。", "CONSULT", {"topic": "日本と韓国"}),
]
