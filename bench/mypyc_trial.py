"""What compiling the summariser's pure core with mypyc buys, measured (issue 3's 5x target).

Usage: python bench/mypyc_trial.py [--runs 3] [--mb 2] [--keep DIR] [--skip-compare]

It copies this checkout's tracked files to a scratch folder (never compiling in the checkout,
so no stale ``.so`` can shadow an edited ``.py`` here), compiles :data:`MODULES` there with
``mypyc`` (mypy's compiler; needs a C compiler and the Python headers), then runs
``bench/summariser_speed.py`` ``--runs`` times on each side, pure (this checkout) and compiled
(the copy), with and without ``--unique``, and prints the median ratios in CPU time. Last, it
dumps both sides' whole output with ``bench/compare_summaries.py`` and says whether it is
identical. The trivial regex pass (:mod:`briefing.baseline`) is never compiled: it is the yardstick.

Not the build (setup.py is): this compiles a scratch copy, so it measures any checkout, compiled
install or not, without touching it. It answered whether a compiled build was worth making.
"""

from __future__ import annotations

import argparse
import os
import re
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The modules the build compiles (setup.py's list, read without running a build).
MODULES: tuple[str, ...] = runpy.run_path(str(ROOT / "setup.py"), run_name="setup")["COMPILED"]

_RATIO = re.compile(r"ratio in CPU time\s*:\s*([\d.]+)x")


def copy_tree(dest: Path) -> None:
    """This checkout's tracked files (as on disk) under ``dest``."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def compile_core(tree: Path) -> float:
    """Compile :data:`MODULES` in ``tree`` with mypyc; its wall time in seconds."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mypyc", *MODULES], cwd=tree, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"mypyc failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


#: This checkout runs pure Python even when it has a compiled install (see briefing/_native.py).
PURE = {**os.environ, "BRIEFING_PURE": "1"}


def ratio(tree: Path, mb: float, unique: bool) -> float:
    """One run of the speed benchmark of ``tree``: the summariser's cost in CPU time over the trivial pass's."""
    cmd = [sys.executable, str(tree / "bench" / "summariser_speed.py"), "--mb", str(mb)]
    env = PURE if tree == ROOT else None
    done = subprocess.run([*cmd, "--unique"] if unique else cmd, check=True, capture_output=True, text=True, env=env)
    out = done.stdout
    found = _RATIO.search(out)
    if found is None:
        sys.exit(f"no ratio in the benchmark's output:\n{out}")
    return float(found.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--keep", type=Path, help="compile into this (empty or new) folder and keep it")
    ap.add_argument("--skip-compare", action="store_true", help="do not dump and compare both sides' output")
    args = ap.parse_args()
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="mypyc-trial-"))
    try:
        scratch.mkdir(parents=True, exist_ok=True)
        copy_tree(scratch)
        seconds = compile_core(scratch)
        print(f"mypyc: {len(MODULES)} modules compiled in {seconds:.0f} s (in {scratch})")
        for unique in (True, False):
            pure = [ratio(ROOT, args.mb, unique) for _ in range(args.runs)]
            compiled = [ratio(scratch, args.mb, unique) for _ in range(args.runs)]
            flag = "--unique" if unique else "(repeats)"
            print(
                f"{flag:10} pure {statistics.median(pure):4.1f}x  compiled {statistics.median(compiled):4.1f}x"
                f"  (median of {args.runs}; pure {pure}, compiled {compiled})"
            )
        if not args.skip_compare:
            dumps = scratch / "dumps"
            dumps.mkdir(exist_ok=True)
            compare = [sys.executable, str(ROOT / "bench" / "compare_summaries.py"), "--mb", str(args.mb)]
            subprocess.run([*compare, "--out", str(dumps / "pure.json")], check=True, env=PURE)
            against = ["--against", str(dumps / "pure.json")]
            compiled_out = ["--code", str(scratch), "--out", str(dumps / "compiled.json")]
            same = subprocess.run([*compare, *compiled_out, *against], capture_output=True, text=True)
            print(f"output compiled vs pure: {same.stdout.strip() or same.stderr.strip()}")
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
