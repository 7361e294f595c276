"""``briefing generate``: make the briefing of a seeds folder now (PDF, DOCX, JSON...)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from .common import add_config_option, iso_date, now_utc

logger = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "generate",
        help="write the briefing of the seeds folder",
        description="Read every article in the seeds folder and write the briefing in the chosen formats.",
    )
    add_config_option(p)
    p.add_argument("--seeds", type=Path, metavar="DIR", help="folder of articles (default from config: seeds/)")
    p.add_argument(
        "--format", metavar="LIST", help="comma-separated formats: pdf,docx,json,html,md (default from config)"
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--output", type=Path, metavar="FILE", help="write to FILE (one format), or FILE's stem + each extension"
    )
    where.add_argument(
        "--out-dir", type=Path, metavar="DIR", help="write dated files into DIR (default from config: output/)"
    )
    p.add_argument("--since", type=iso_date, metavar="DATE", help="only articles dated on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", type=iso_date, metavar="DATE", help="only articles dated on or before DATE (YYYY-MM-DD)")
    p.add_argument("--title", metavar="TEXT", help="title of the briefing (default from config)")
    p.add_argument(
        "--no-cache", action="store_true", help="analyse every article afresh (skip the cache in the state folder)"
    )


def run(args: argparse.Namespace) -> int:
    from ..config import load_config
    from ..pipeline import RunOptions
    from ..pipeline import run as run_pipeline

    # Paths given on the command line are relative to the current folder, not the config's.
    overrides = {"seeds": str(args.seeds.resolve()) if args.seeds else None, "formats": args.format}
    config = load_config(args.config, overrides)
    options = RunOptions(
        formats=config.formats,
        out_dir=args.out_dir,
        output=args.output,
        since=args.since,
        until=args.until,
        title=args.title,
    )
    from .. import collector
    from ..cache import opened

    now = now_utc()
    # The cyclic collector stays off until the briefing is released: switched on while its
    # records live, its first pass walks them all (a twentieth of a warm run at 10,000 articles).
    with collector.paused():
        with opened(config.state, now.date(), enabled=not args.no_cache) as cache:
            result = run_pipeline(config, now=now, options=options, cache=cache)
        files, ok = result.files, result.ok
        del result
    for path in files:
        print(path)
    return 0 if ok else 1
