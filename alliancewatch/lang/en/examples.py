"""Sentences the English frame builder must read (the contract test, tests/lang/test_contract.py):
(sentence, expected event, expected {role: argument text}). Written for this project."""

EXAMPLES: list[tuple[str, str, dict[str, str]]] = [
    (
        "North Korea has sent about 1,500 troops to Russia.",
        "AID",
        {"agent": "North Korea", "recipient": "Russia"},
    ),
    (
        "South Korean President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio "
        "Kishida in Tokyo on Monday.",
        "CONSULT",
        {"comitative": "Japanese Prime Minister Fumio Kishida"},
    ),
    (
        "The European Union imposed new sanctions on Russia.",
        "SANCTION",
        {"agent": "The European Union", "recipient": "Russia"},
    ),
    (
        "North Korea fired a ballistic missile into the East Sea.",
        "MOBILIZE",
        {"agent": "North Korea"},
    ),
    (
        "Russian troops were deployed to the border by the Kremlin.",
        "AID",
        {"agent": "Russian troops", "agent_phrase": "the Kremlin"},
    ),
    (
        "Seoul condemned Pyongyang's missile launch.",
        "ACCUSE",
        {"agent": "Seoul", "patient": "Pyongyang's missile launch"},
    ),
]
