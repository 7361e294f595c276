"""How far two annotators agree: first labels against second labels of the same sentences (not part of the suite).

    python bench/agreement.py FIRST_ROOT SECOND_FOLDER

FIRST_ROOT is searched recursively for ``NAME.gold.json`` (e.g. ``tests/data``); SECOND_FOLDER holds a second
annotation of some of those articles under the same names (``tests/data/second``: gold63-68, session 13, by
annotators who saw neither the code nor the first labels). The second labels are scored against the first exactly as
the summariser is (``briefing.evaluate``'s rules): decision / proposal / security F1 per sentence, actor accuracy
(the second actor matches the first on sentences both give the label, the first naming an actor), key recall (the
first annotator's key sentences the second also chose). One line per batch (the first labels' folder) and pooled.
It answers whether the summariser's errors on unseen batches are its own or the labels' noise.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from briefing.evaluate import actor_matches

LABELS = ("decision", "proposal", "security")


def agreement(pairs: list[tuple[Path, Path]]) -> str:
    """One line of figures for (first, second) gold file pairs; raises ValueError when their sentences differ."""
    tally = {label: [0, 0, 0] for label in LABELS}  # both, second, first
    actor = [0, 0]
    key = [0, 0]
    for first, second in pairs:
        a = json.loads(first.read_text(encoding="utf-8"))["sentences"]
        b = json.loads(second.read_text(encoding="utf-8"))["sentences"]
        if [s["text"] for s in a] != [s["text"] for s in b]:
            raise ValueError(f"{second.name}: not the same sentences as {first}")
        for x, y in zip(a, b, strict=True):
            for label in LABELS:
                tally[label][0] += label in x["labels"] and label in y["labels"]
                tally[label][1] += label in y["labels"]
                tally[label][2] += label in x["labels"]
            for label in ("decision", "proposal"):
                if label in x["labels"] and label in y["labels"] and x["actor"]:
                    actor[1] += 1
                    actor[0] += actor_matches(y["actor"], x["actor"])
            key[1] += bool(x["key"])
            key[0] += bool(x["key"] and y["key"])
    cells = [f"{label[0].upper()} {2 * t[0] / (t[1] + t[2]) if t[1] + t[2] else 0.0:.3f}" for label, t in tally.items()]
    return (
        " ".join(cells)
        + f"  actor {actor[0] / max(actor[1], 1):.3f} ({actor[0]}/{actor[1]})  key {key[0] / max(key[1], 1):.3f}"
    )


def main(first_root: str, second: str) -> None:
    firsts = {p.name: p for p in Path(first_root).rglob("*.gold.json") if Path(second) not in p.parents}
    by_batch: dict[str, list[tuple[Path, Path]]] = defaultdict(list)
    for path in sorted(Path(second).glob("*.gold.json")):
        if path.name in firsts:
            by_batch[firsts[path.name].parent.name].append((firsts[path.name], path))
    for batch, pairs in sorted(by_batch.items()):
        print(f"{batch:10} {len(pairs):3} {agreement(pairs)}")
    print(f"{'POOLED':10} {sum(map(len, by_batch.values())):3} {agreement([p for v in by_batch.values() for p in v])}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
