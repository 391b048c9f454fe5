EXAMPLES: list[tuple[str, str, dict[str, str]]] = [
    ("SEND(Russia,Syria);", "AID", {"agent": "Russia", "recipient": "Syria"}),
    ("MEET(Japan,France);", "CONSULT", {"agent": "Japan", "comitative": "France"}),
]
