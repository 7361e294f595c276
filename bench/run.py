"""Benchmark the briefing pipeline at several corpus sizes; print a table, optionally write JSON.

    python bench/run.py                          # N = 10, 100, 1000, 10000; 3 repeats
    python bench/run.py --sizes 10,100 --repeats 5 --json bench/results/latest.json

For each N, a synthetic corpus (``bench/corpus.py``: recombined sentences of the repository's
own articles, near-duplicates, dates over eight weeks) is written once under ``--workdir``.
Each stage then runs in its own process (``bench/stage.py``) so that its peak memory is its
own. Times are medians over the repeats (a long stage stops repeating once it has used
``--budget`` seconds, and says how many runs it had). Ratios are taken within the same run, so
they mean more than the seconds on a noisy machine:

- summariser / trivial regex pass over the same text (target <= 5x): the ratio of the wall-time
  medians, and the median over alternating pairs of runs of their CPU-time ratio (``run_paired``);
- project PDF / bare WeasyPrint on the same HTML (target < 1.2x);
- project DOCX / bare python-docx with the same paragraphs;
- growth time(10k) / time(1k) for the summariser and ``generate`` without PDF (target <= 11);
- incremental: ``generate`` over N articles of which 10 are new, with the analysis cache of a
  run over the other N - 10, against the cold run over the same N files with an empty cache
  (target < 10 %); both JSON briefings must be identical but for ``generated_at``.

The peer comparison runs sumy's LexRank (regex tokenizer, no NLTK downloads) and our
summariser on the shared dev corpus (``--dev``), reading the gold ``key`` flags at run time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from bench import corpus as corpus_mod  # noqa: E402

DEFAULT_DEV = REPO.parent / "shared" / "corpus" / "dev"
NEW_ARTICLES = 10
STAGES = ("read", "regex", "summarise", "pdf", "pdf_bare", "docx", "docx_bare")
#: ``briefing generate`` end to end, with the formats each variant writes.
GENERATE = {"generate": "pdf,docx,json", "generate_nopdf": "docx,json", "generate_json": "json"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per stage (median reported)")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds after which a stage stops repeating")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--workdir", type=Path, help="where corpora and outputs go (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=1, help="corpus generator seed")
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="gold corpus for the LexRank comparison")
    parser.add_argument("--no-peer", action="store_true", help="skip the sumy LexRank comparison")
    parser.add_argument(
        "--stages",
        default=",".join((*STAGES, *GENERATE)),
        help="comma-separated stages to run (default: all; ratios need both of their stages)",
    )
    parser.add_argument("--no-incremental", action="store_true", help="skip the incremental (cache) runs")
    parser.add_argument(
        "--incremental-formats", default="json", help="formats of the incremental runs (renderers are not cached)"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    peer_skipped = None
    if not args.no_peer:
        from bench.peer import missing

        peer_skipped = missing() or (None if args.dev.is_dir() else f"{args.dev} not found")
        if peer_skipped:
            print(f"peer comparison will be skipped: {peer_skipped}", file=sys.stderr)
    pool = corpus_mod.load_pool()
    results: dict[str, Any] = {
        "machine": machine(),
        "repeats": args.repeats,
        "incremental_formats": args.incremental_formats,
        "sizes": {},
    }
    for n in sizes:
        results["sizes"][str(n)] = bench_size(n, pool, workdir, args)
        print_size(n, results["sizes"][str(n)])
    results["growth"] = growth(results["sizes"])
    if peer_skipped:
        results["peer"] = {"skipped": peer_skipped}
    elif not args.no_peer:
        from bench.peer import compare

        results["peer"] = compare(args.dev)
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    print()
    print(render_table(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def machine() -> dict[str, Any]:
    import platform

    return {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}


def bench_size(n: int, pool: corpus_mod.Pool, workdir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement for corpus size ``n``."""
    folder = workdir / f"corpus-{n}"
    articles = corpus_mod.generate(pool, n, seed=args.seed)
    if folder.exists():
        shutil.rmtree(folder)
    size_bytes = corpus_mod.write(articles, folder)
    print(f"N={n}: corpus of {size_bytes / 1e6:.2f} MB in {folder}", file=sys.stderr, flush=True)
    out: dict[str, Any] = {"articles": n, "megabytes": round(size_bytes / 1e6, 3), "stages": {}}
    chosen = set(args.stages.split(","))
    paired = {"regex", "summarise"} <= chosen  # run alternately: a ratio of CPU times per pair (run_paired)
    pairs: float | None = None
    for stage in (s for s in STAGES if s in chosen):
        if paired and stage in ("regex", "summarise"):
            if stage == "regex":
                regex, summarise, pairs = run_paired(folder, args.repeats, args.budget)
                out["stages"]["regex"], out["stages"]["summarise"] = regex, summarise
            continue
        out["stages"][stage] = run_stage(stage, folder, args.repeats, args.budget)
    for name, formats in GENERATE.items():
        if name in chosen:
            out["stages"][name] = run_generate(folder, workdir / f"out-{n}", formats, args.repeats, args.budget)
    for stage in ("read", "summarise"):
        if stage in out["stages"]:
            med = out["stages"][stage]["median"]
            out["stages"][stage]["mb_per_s"] = round(out["megabytes"] / med, 2) if med else None
    out["ratios"] = {
        "summarise_vs_regex": _ratio(out, "summarise", "regex"),
        "pdf_vs_bare_weasyprint": _ratio(out, "pdf", "pdf_bare"),
        "docx_vs_bare_python_docx": _ratio(out, "docx", "docx_bare"),
    }
    if paired:
        out["ratios"]["summarise_vs_regex_cpu_paired"] = pairs
    if not args.no_incremental and n >= 100 * NEW_ARTICLES:
        out["incremental"] = run_incremental(n, pool, workdir, args)
    return out


def _ratio(out: dict[str, Any], a: str, b: str) -> float | None:
    if a not in out["stages"] or b not in out["stages"]:
        return None
    x, y = out["stages"][a]["median"], out["stages"][b]["median"]
    return round(x / y, 2) if x and y else None


def run_stage(stage: str, folder: Path, repeats: int, budget: float) -> dict[str, Any]:
    """Median wall time and peak memory of ``stage``; repeats in one process until ``budget``."""
    times: list[float] = []
    peak = 0.0
    while len(times) < repeats:
        # One process per run until the budget is spent: a fresh process each time also keeps
        # a stage's peak memory free of the previous run's garbage.
        report = _worker([stage, str(folder), "--repeats", "1"])
        times += report["times"]
        peak = max(peak, report["peak_rss_mb"])
        if sum(times) > budget:
            break
    return _summary(times, peak)


def run_paired(folder: Path, repeats: int, budget: float) -> tuple[dict[str, Any], dict[str, Any], float | None]:
    """The regex pass and the summariser run alternately (regex, summariser, regex, ...), one process each.

    Returns both stages' summaries and the median over the pairs of summariser CPU / regex CPU. A
    pair's two runs are minutes apart at most, so a load that comes and goes on a shared machine
    weighs on both or on neither; CPU time (not wall time) leaves out the time other processes held
    the core. The ratio of wall medians (``summarise_vs_regex``) is reported beside it, as before.
    """
    regex: list[dict[str, Any]] = []
    summ: list[dict[str, Any]] = []
    while len(summ) < repeats:
        regex.append(_worker(["regex", str(folder), "--repeats", "1"]))
        summ.append(_worker(["summarise", str(folder), "--repeats", "1"]))
        if sum(r["times"][0] for r in summ) > budget:
            break
    ratios = [s["cpu"][0] / r["cpu"][0] for r, s in zip(regex, summ, strict=True) if r["cpu"][0] > 0]
    return (
        _summary([r["times"][0] for r in regex], max(r["peak_rss_mb"] for r in regex), [r["cpu"][0] for r in regex]),
        _summary([s["times"][0] for s in summ], max(s["peak_rss_mb"] for s in summ), [s["cpu"][0] for s in summ]),
        round(statistics.median(ratios), 2) if ratios else None,
    )


def run_generate(folder: Path, out_dir: Path, formats: str, repeats: int, budget: float) -> dict[str, Any]:
    """``briefing generate`` end to end (no cache), timed around the whole process."""
    times: list[float] = []
    peak = 0.0
    while len(times) < repeats:
        start = time.perf_counter()
        report = _worker(["generate", str(folder), "--cli", *_cli(folder, out_dir, formats), "--no-cache"])
        times.append(time.perf_counter() - start)
        peak = max(peak, report["peak_rss_mb"])
        if sum(times) > budget:
            break
    return _summary(times, peak)


def run_incremental(n: int, pool: corpus_mod.Pool, workdir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Cold run vs a warm run over the same N files, 10 of them new to the cache.

    Cold: all N files with an empty analysis cache (enabled, so the run also fills it). Warm:
    the same N files with the cache a run over the N - 10 older ones filled. Both write the
    whole JSON briefing; the two files must be identical but for ``generated_at`` (checked).
    """
    folder = workdir / f"inc-{n}"
    state = workdir / f"state-{n}"
    out_dir = workdir / f"inc-out-{n}"
    old = corpus_mod.generate(pool, n - NEW_ARTICLES, seed=args.seed)
    new = corpus_mod.generate(pool, NEW_ARTICLES, seed=args.seed + 1000, prefix="new")
    cold: list[float] = []
    warm: list[float] = []
    peak = 0.0
    identical = True
    differing: list[int] = []  # repeats (from 1) whose warm JSON differed from their cold one
    versions = [_analysis_version()]
    for repeat in range(1, args.repeats + 1):
        for path in (folder, state, out_dir):
            shutil.rmtree(path, ignore_errors=True)
        corpus_mod.write(old + new, folder)
        cold.append(_generate_cached(folder, state, out_dir / "cold", args.incremental_formats)[0])
        # Prime the cache with the older articles only, then add the new ones.
        shutil.rmtree(state)
        shutil.rmtree(folder)
        corpus_mod.write(old, folder)
        _generate_cached(folder, state, out_dir / "prime", args.incremental_formats)
        corpus_mod.write(new, folder)
        seconds, rss = _generate_cached(folder, state, out_dir / "warm", args.incremental_formats)
        warm.append(seconds)
        peak = max(peak, rss)
        versions.append(_analysis_version())
        if "json" in args.incremental_formats.split(",") and (
            _briefing_json(out_dir / "cold") != _briefing_json(out_dir / "warm")
        ):
            identical = False
            differing.append(repeat)
        if sum(cold) + sum(warm) > 2 * args.budget:
            break
    # A checkout edited during the run (a merge, a rebuild) makes cold and warm runs of different code: the JSON
    # then differs for a reason that is not the cache's. Say so instead of blaming the cache.
    changed = len(set(versions)) > 1
    if changed:
        print(f"incremental at {n}: the analysing code changed during the run; comparison void", file=sys.stderr)
    c, w = statistics.median(cold), statistics.median(warm)
    return {
        "formats": args.incremental_formats,
        "cold": _summary(cold, 0.0),
        "warm_10_new": _summary(warm, peak),
        "warm_over_cold": round(w / c, 3),
        "warm_json_identical_to_cold": None if changed else identical,
        "differing_repeats": differing,
        "code_changed_during_run": changed,
    }


def _analysis_version() -> str:
    """The analysis cache's version of the code on disk now (not the one this process imported first)."""
    from briefing.cache import summariser_version

    return summariser_version.__wrapped__()


def _briefing_json(out_dir: Path) -> bytes:
    """The one .json briefing written to ``out_dir``, without its generated_at line."""
    [path] = (p for p in out_dir.glob("*.json") if not p.name.startswith("."))  # not the manifest
    return b"\n".join(line for line in path.read_bytes().splitlines() if b'"generated_at"' not in line)


def _generate_cached(folder: Path, state: Path, out_dir: Path, formats: str) -> tuple[float, float]:
    config = folder.parent / f"{folder.name}.toml"
    config.write_text(f'seeds = "{folder}"\nstate = "{state}"\n', encoding="utf-8")
    start = time.perf_counter()
    report = _worker(["generate", str(folder), "--cli", *_cli(folder, out_dir, formats), "--config", str(config)])
    return time.perf_counter() - start, report["peak_rss_mb"]


def _cli(folder: Path, out_dir: Path, formats: str) -> list[str]:
    return ["-q", "generate", "--seeds", str(folder), "--format", formats, "--out-dir", str(out_dir)]


def _worker(argv: list[str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.stage", *argv], cwd=REPO, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"bench stage {argv[0]} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _summary(times: list[float], peak: float, cpu: list[float] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "median": round(statistics.median(times), 4) if times else None,
        "runs": len(times),
        "times": [round(t, 4) for t in times],
        "peak_rss_mb": peak or None,
    }
    if cpu:
        out["cpu_median"] = round(statistics.median(cpu), 4)
        out["cpu"] = [round(t, 4) for t in cpu]
    return out


def growth(sizes: dict[str, Any]) -> dict[str, float | None]:
    """time(10k) / time(1k) of the summariser and of generate without PDF (when both ran)."""
    if "1000" not in sizes or "10000" not in sizes:
        return {}
    small, big = sizes["1000"]["stages"], sizes["10000"]["stages"]
    return {
        stage: round(big[stage]["median"] / small[stage]["median"], 2)
        for stage in ("read", "summarise", "generate_json", "generate_nopdf", "generate", "pdf", "docx")
        if stage in small and stage in big
    }


def targets(results: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met?) for every target of issue 6 that this run measured."""
    out: list[tuple[str, str, bool | None]] = []
    sizes = results["sizes"]
    top = sizes[max(sizes, key=int)] if sizes else None
    if top is None:
        return out
    n = f"N={int(top['articles']):,}"
    for key, label, limit in (
        ("summarise_vs_regex", "summariser <= 5x trivial regex pass", 5.0),
        ("summarise_vs_regex_cpu_paired", "summariser <= 5x trivial regex pass (CPU, paired runs)", 5.0),
        ("pdf_vs_bare_weasyprint", "PDF < 1.2x bare WeasyPrint", 1.2),
    ):
        value = top["ratios"].get(key)
        if value is not None:
            out.append((f"{label} ({n})", f"{value:.2f}x", value <= limit if limit == 5.0 else value < limit))
    for stage in ("summarise", "generate_nopdf"):
        value = results.get("growth", {}).get(stage)
        if value is not None:
            out.append((f"growth {stage} time(10k)/time(1k) <= 11", f"{value:.2f}", value <= 11))
    peaks = {k: v["peak_rss_mb"] for k, v in top["stages"].items() if v.get("peak_rss_mb")}
    if peaks and int(top["articles"]) >= 10_000:
        worst = max(peaks, key=lambda k: peaks[k])
        out.append(("peak memory at 10k < 1 GB", f"{peaks[worst]:.0f} MB ({worst})", peaks[worst] < 1024))
    inc = top.get("incremental")
    if inc:
        out.append(
            (
                f"incremental, 10 new of {n} < 10 % of cold",
                f"{100 * inc['warm_over_cold']:.0f} %",
                inc["warm_over_cold"] < 0.1,
            )
        )
        if "warm_json_identical_to_cold" in inc:
            same = inc["warm_json_identical_to_cold"]
            shown = "void (code changed during the run)" if same is None else "yes" if same else "NO"
            out.append(("warm JSON identical to cold (but generated_at)", shown, bool(same)))
    return out


def print_size(n: int, result: dict[str, Any]) -> None:
    stages = ", ".join(f"{k} {v['median']:.3f}s" for k, v in result["stages"].items())
    print(f"N={n}: {stages}", file=sys.stderr, flush=True)


def render_table(results: dict[str, Any]) -> str:
    """The results as Markdown tables (also pasted into the README's Performance section)."""
    sizes = results["sizes"]
    ns = list(sizes)
    head = "| stage | " + " | ".join(f"N={int(n):,}" for n in ns) + " |"
    rule = "|---|" + "---:|" * len(ns)
    lines = [
        f"Machine: {results['machine']['cores']} cores, Python {results['machine']['python']}; "
        f"medians of up to {results['repeats']} runs; seconds (peak RSS MB).",
        "",
        head,
        rule,
    ]
    for stage in (*STAGES, *GENERATE):
        if stage not in sizes[ns[0]]["stages"]:
            continue
        cells = []
        for n in ns:
            s = sizes[n]["stages"][stage]
            runs = "" if s["runs"] > 1 else ", 1 run"
            cells.append(f"{s['median']:.3f} ({s['peak_rss_mb']:.0f}{runs})")
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    lines.append("| corpus MB | " + " | ".join(f"{sizes[n]['megabytes']:.2f}" for n in ns) + " |")
    for stage in ("read", "summarise"):
        if stage in sizes[ns[0]]["stages"]:
            rates = (sizes[n]["stages"][stage]["mb_per_s"] for n in ns)
            lines.append(f"| {stage} MB/s | " + " | ".join(f"{r:.2f}" for r in rates) + " |")
    for key in (
        "summarise_vs_regex",
        "summarise_vs_regex_cpu_paired",
        "pdf_vs_bare_weasyprint",
        "docx_vs_bare_python_docx",
    ):
        values = [sizes[n]["ratios"].get(key) for n in ns]
        if any(v is not None for v in values):
            lines.append(f"| {key} | " + " | ".join("-" if v is None else f"{v:.2f}x" for v in values) + " |")
    inc = [sizes[n].get("incremental") for n in ns]
    if any(inc):
        lines.append(
            f"| incremental warm/cold, 10 new ({results['incremental_formats']}) | "
            + " | ".join(
                f"{i['warm_10_new']['median']:.2f}/{i['cold']['median']:.2f}s = {100 * i['warm_over_cold']:.0f}%"
                + (
                    " (code changed during the run)"
                    if i.get("warm_json_identical_to_cold", True) is None
                    else ""
                    if i.get("warm_json_identical_to_cold", True)
                    else f" (JSON DIFFERS, repeats {i.get('differing_repeats')})"
                )
                if i
                else "-"
                for i in inc
            )
            + " |"
        )
    if results.get("growth"):
        lines += ["", "Growth time(10k)/time(1k): " + ", ".join(f"{k} {v}" for k, v in results["growth"].items())]
    checks = targets(results)
    if checks:
        lines += ["", "| target | measured | met |", "|---|---:|:---:|"]
        lines += [f"| {t} | {m} | {'yes' if ok else 'NO'} |" for t, m, ok in checks]
    peer = results.get("peer")
    if peer and "skipped" not in peer:
        lines += [
            "",
            f"Peer on {peer['articles']} dev articles ({peer['key_sentences']} gold key sentences, "
            "each method picks as many sentences per article as the gold has):",
            "",
            "| method | seconds | key-sentence recall |",
            "|---|---:|---:|",
        ]
        for name, r in peer["methods"].items():
            lines.append(f"| {name} | {r['seconds']:.3f} | {r['recall']:.3f} |")
    elif peer:
        lines += ["", f"Peer comparison skipped: {peer['skipped']}"]
    lines += ["", f"Total benchmark time: {results['total_seconds']:.0f} s"]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
