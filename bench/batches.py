"""Measure a change to the rules over every labelled batch at once, batch by batch (not part of the suite).

A batch is one folder of ``NAME.txt`` + ``NAME.gold.json`` (one annotator's sitting); ROOT holds one folder per
batch. Rules fitted to the batch one reads rarely reach the next annotator's sentences; a change judged over all
batches at once, and kept only when its gain survives leaving any one batch out, more often does (README, "How
well it reads articles nobody has seen").

    python bench/batches.py dump OUT.json ROOT        # score the code on PYTHONPATH over every batch under ROOT
    python bench/batches.py table OUT.json            # per-batch F1 (D P S), actor accuracy, key recall; pooled
    python bench/batches.py cmp BASE.json NEW.json [--lines]

``cmp`` prints, per batch, the change in true and false positives of each label, actor hits and key hits, how many
batches went up or down, the pooled figures before and after, and with ``--lines`` every miss line (the scorer's,
see ``briefing.evaluate.misses``) that a change FIXED or BROKE. To compare two commits, dump each with its tree on
PYTHONPATH (``git archive COMMIT briefing | tar -x -C /tmp/base``).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

LABELS = ("decision", "proposal", "security")


def dump(out: str, root: str) -> None:
    """Write one record per article of every batch folder under ``root`` to ``out`` (JSON)."""
    import datetime as dt

    from briefing.commands.eval import load_gold_dir
    from briefing.config import load_config
    from briefing.evaluate import misses, score_article
    from briefing.pipeline import make_briefing

    config = load_config(None)
    now = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
    rec = {}
    for d in sorted(Path(root).iterdir()):
        if not d.is_dir():
            continue
        for gold, art in load_gold_dir(d, max_bytes=config.max_article_bytes, today=now.date()):
            b = make_briefing(config, [art], now=now)
            s = score_article(gold, b)
            rec[f"{d.name}/{gold.id}"] = {
                "batch": d.name,
                "t": {k: [v.tp, v.system, v.gold] for k, v in s.tallies.items()},
                "actor": [s.actor_hits, s.actor_total],
                "key": [s.key_hits, s.key_total],
                "miss": misses(gold, b),
            }
    Path(out).write_text(json.dumps(rec, indent=0, sort_keys=True))
    print(len(rec), "articles ->", out)


def _batches(rec: dict) -> dict[str, dict]:
    agg: dict[str, dict] = defaultdict(lambda: {k: [0, 0, 0] for k in LABELS} | {"actor": [0, 0], "key": [0, 0]})
    for r in rec.values():
        a = agg[r["batch"]]
        for k in LABELS:
            a[k] = [x + y for x, y in zip(a[k], r["t"][k], strict=True)]
        a["actor"] = [x + y for x, y in zip(a["actor"], r["actor"], strict=True)]
        a["key"] = [x + y for x, y in zip(a["key"], r["key"], strict=True)]
    return dict(agg)


def _f1(t: list[int]) -> float:
    tp, sy, go = t
    return 2 * tp / (sy + go) if sy + go else 0.0


def _pooled(agg: dict) -> dict:
    tot = {k: [0, 0, 0] for k in LABELS} | {"actor": [0, 0], "key": [0, 0]}
    for a in agg.values():
        for k in tot:
            tot[k] = [x + y for x, y in zip(tot[k], a[k], strict=True)]
    return tot


def _line(name: str, a: dict) -> str:
    cells = " ".join(f"{_f1(a[k]):.3f}" for k in LABELS)
    ac = a["actor"][0] / a["actor"][1] if a["actor"][1] else 0
    ke = a["key"][0] / a["key"][1] if a["key"][1] else 0
    return f"{name:10} {cells}  actor {ac:.3f}  key {ke:.3f}"


def table(path: str) -> None:
    """Print per-batch F1 of each label, actor accuracy and key recall, then the pooled line."""
    agg = _batches(json.loads(Path(path).read_text()))
    print(f"{'batch':10} D     P     S")
    for name in sorted(agg):
        print(_line(name, agg[name]))
    print(_line("POOLED", _pooled(agg)))


def cmp(base: str, new: str, lines: bool) -> None:
    """Print the batch-by-batch change from ``base`` to ``new`` (see the module docstring)."""
    ra, rb = json.loads(Path(base).read_text()), json.loads(Path(new).read_text())
    aa, ab = _batches(ra), _batches(rb)
    print(f"{'batch':10} {'dD tp/fp':>9} {'dP tp/fp':>9} {'dS tp/fp':>9} {'dactor':>6} {'dkey':>5}  verdict")
    helped = hurt = 0
    for name in sorted(aa):
        x, y = aa[name], ab[name]
        cells, score = [], 0
        for k in LABELS:
            dtp = y[k][0] - x[k][0]
            dfp = (y[k][1] - y[k][0]) - (x[k][1] - x[k][0])
            cells.append(f"{dtp:+d}/{dfp:+d}")
            score += dtp - dfp
        dact = y["actor"][0] - x["actor"][0]
        dkey = y["key"][0] - x["key"][0]
        score += dact + dkey
        verdict = "up" if score > 0 else "DOWN" if score < 0 else ""
        helped += score > 0
        hurt += score < 0
        if any(c != "+0/+0" for c in cells) or dact or dkey:
            print(f"{name:10} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9} {dact:+6d} {dkey:+5d}  {verdict}")
    print(f"batches up {helped}, down {hurt}, of {len(aa)}")
    print(_line("before", _pooled(aa)))
    print(_line("after", _pooled(ab)))
    if lines:
        for art in sorted(ra):
            ma, mb = set(ra[art]["miss"]), set(rb.get(art, {}).get("miss", []))
            for m in sorted(ma - mb):
                print(f"  FIXED [{ra[art]['batch']}] {m}")
            for m in sorted(mb - ma):
                print(f"  BROKE [{ra[art]['batch']}] {m}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(sys.argv[2], sys.argv[3])
    elif cmd == "table":
        table(sys.argv[2])
    else:
        cmp(sys.argv[2], sys.argv[3], "--lines" in sys.argv)
