"""Cold and warm cached runs write the same JSON whatever each process's string-hash seed (issue 6).

Set and frozenset order depends on PYTHONHASHSEED, which differs between processes: a briefing
built from a set's order would differ between a cold run and a warm run made by another process
(as ``bench/run.py`` makes them). The other incremental tests run in one process, so one seed;
here every run is a fresh interpreter with its own seed, the way the benchmark runs them.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from .test_incremental import FACTS, PLAIN, WIRE

_MONTHS = ("January", "February", "March")


def _write_article(folder: Path, name: str, rng: random.Random) -> None:
    """A plain-text article (date, title, body) of FACTS in either wording, WIRE and PLAIN sentences."""
    picks = [rng.choice(rng.choice(FACTS)) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.7:
        picks.insert(rng.randint(0, len(picks)), WIRE)
    picks += rng.sample(PLAIN, rng.randint(1, 2))
    rng.shuffle(picks)
    body = "\n\n".join(dict.fromkeys(picks))
    date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, 2025"
    (folder / f"{name}.txt").write_text(f"{date}\n\nTalks in Arden {name}\n\n{body}\n", encoding="utf-8")


def _generate(seeds: Path, state: Path, out: Path, hash_seed: int) -> bytes:
    """The JSON briefing of ``briefing generate`` in a fresh interpreter, without its generated_at line."""
    config = seeds.parent / "run.toml"
    config.write_text(f'seeds = "{seeds.as_posix()}"\nstate = "{state.as_posix()}"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    argv = ["-q", "generate", "--seeds", str(seeds), "--format", "json", "--out-dir", str(out), "--config", str(config)]
    code = "import sys; from briefing.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, *argv], env=env, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    [path] = [p for p in out.glob("*.json") if not p.name.startswith(".")]
    return b"\n".join(line for line in path.read_bytes().splitlines() if b'"generated_at"' not in line)


def test_cold_and_warm_runs_under_other_hash_seeds_write_the_same_json(tmp_path: Path) -> None:
    rng = random.Random(12)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    old = [f"a{n:03}" for n in range(24)]
    new = [f"n{n:03}" for n in range(3)]  # read after the old ones, as the benchmark's new articles
    for name in old:
        _write_article(seeds, name, rng)
    later = tmp_path / "later"
    later.mkdir()
    for name in new:
        _write_article(later, name, rng)
    # The warm run: a cache primed over the old articles by one process, then the new ones added
    # and a run by another process.
    _generate(seeds, tmp_path / "state", tmp_path / "prime", hash_seed=1)
    for name in new:
        (later / f"{name}.txt").rename(seeds / f"{name}.txt")
    warm = _generate(seeds, tmp_path / "state", tmp_path / "warm", hash_seed=2)
    # Cold runs over all of them, each with an empty state folder and a seed of its own.
    for hash_seed in (3, 4):
        cold = _generate(seeds, tmp_path / f"cold-state-{hash_seed}", tmp_path / f"cold-{hash_seed}", hash_seed)
        assert cold == warm, f"cold run under PYTHONHASHSEED={hash_seed} differs from the warm run"
    assert b'"sources"' in warm  # a briefing with items, not an empty one
