"""How tests/data/event_links.jsonl was made: happenings written down by hand (type, actors,
dates, a word the sentence must contain, the stories they are told in), matched against
the gold mentions of the development corpora's story articles. Each output line is one
happening with the gold mentions (doc + s) that denote it. Mentions matched by no
happening are left out of the link evaluation (they are still linked by the system and
can still be wrongly linked to a happening's mention, which counts against precision).

Run from the repository root: python tests/data/make_event_links.py tests/data
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
CORPORA = ("dev_en", "dev_ja2", "dev_ko")
STORIES = {
    "prk-troops-russia-2024-10",
    "prk-icbm-2024-10-31",
    "prk-icbm-launch-2024-10-31",
    "freedom-edge-2024-11",
    "camp-david-2023-08",
    "putin-pyongyang-2024-06",
    "prk-rus-treaty-2024-06",
    "prk-rus-treaty-ratification-2024-11",
    "prk-rus-treaty-in-force-2024-12",
}
TREATY = r"条約|조약|treaty|pact|partnership|동반자|パートナーシップ|law|法|정령|政令|文書|document"
# id, type, actor union, first actor (or None), dates allowed (prefixes), sentence regex
HAPPENINGS = [
    ("prk-troops-to-russia-2024-10", "AID", "PRK RUS", "PRK", ("2024-10",), r""),
    ("prk-icbm-launch-2024-10-31", "MOBILIZE", "PRK", "PRK", ("2024-10-3", "2024-10"), r""),
    ("freedom-edge-2024-11-13", "COOPERATE", "JPN KOR USA", None, ("2024-11-13", "2024-11"), r""),
    ("camp-david-summit-2023-08-18", "CONSULT", "JPN KOR USA", None, ("2023-08",), r""),
    ("camp-david-agreements-2023-08-18", "AGREE", "JPN KOR USA", None, ("2023-08",), r""),
    ("putin-kim-summit-2024-06-19", "CONSULT", "PRK RUS", None, ("2024-06-19", "2024-06"), r""),
    ("treaty-signed-2024-06-19", "SUPPORT", "PRK RUS", None, ("2024-06-19", "2024-06"), TREATY),
    ("russia-ratifies-2024-11-09", "SUPPORT", "PRK RUS", None, ("2024-11-09",), r""),
    ("prk-ratifies-2024-11-11", "SUPPORT", "PRK RUS", None, ("2024-11-11",), r""),
    (
        "treaty-in-force-2024-12-04",
        "SUPPORT",
        "PRK RUS",
        None,
        ("2024-12-04", "2024-12"),
        r"発効|効力|발효|효력|force|effect",
    ),
]


def main(corpus: Path) -> None:
    records, links = [], {h[0]: [] for h in HAPPENINGS}
    for name in CORPORA:
        for line in (corpus / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("story") not in STORIES:
                continue
            records.append(r)
            shutil.copy(corpus / name / r["doc"], HERE / "events_xling" / r["doc"])
            meta = (corpus / name / r["doc"]).with_suffix(".meta.json")
            if meta.is_file():
                shutil.copy(meta, HERE / "events_xling" / meta.name)
            for m in r["mentions"]:
                union = " ".join(sorted(set(m["actor"]) | set(m["recipient"])))
                for hid, event, actors, first, dates, words in HAPPENINGS:
                    if (
                        m["event"] == event
                        and union == actors
                        and (first is None or m["actor"][:1] == [first])
                        and m["date"] is not None
                        and any(
                            m["date"] == d
                            or m["date"].startswith(d + "-")
                            or (len(d) == 9 and m["date"].startswith(d))
                            for d in dates
                        )
                        and m["factuality"] == "asserted"
                        and (not words or re.search(words, m["s"], re.IGNORECASE))
                    ):
                        links[hid].append({"doc": r["doc"], "s": m["s"], "lang": r["lang"]})
                        break
    with open(HERE / "events_xling.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "event_links.jsonl", "w", encoding="utf-8") as f:
        for hid, ms in links.items():
            f.write(json.dumps({"event": hid, "mentions": ms}, ensure_ascii=False) + "\n")
    for hid, ms in links.items():
        print(hid, len(ms), sorted({m["lang"] for m in ms}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
