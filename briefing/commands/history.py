"""``briefing history``: past scheduled runs with their period, outputs, deliveries and status."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from .common import add_config_option

if TYPE_CHECKING:
    from ..state import Delivery, Run


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "history",
        help="show past scheduled runs: when, period, articles, outputs, deliveries, status, error",
        description="Show the run history kept in the state folder, newest first.",
    )
    add_config_option(p)
    p.add_argument("--schedule", metavar="NAME", help="only runs of this schedule")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N runs (default 20)")
    p.add_argument("--json", action="store_true", help="one JSON object per line instead of text")


def run(args: argparse.Namespace) -> int:
    from ..config import load_config
    from ..state import DB_NAME, State, local_time

    config = load_config(args.config)
    if not (config.state / DB_NAME).exists():
        print(f"no history yet in {config.state}")
        return 0
    with State.open(config.state) as state:
        for r in state.runs(args.schedule, limit=args.limit):
            deliveries = state.deliveries(r.schedule, r.slot)
            if args.json:
                print(json.dumps(_record(r, deliveries), ensure_ascii=False))
                continue
            # Stored times are UTC: shown as they are.
            slot = local_time(r.slot, named=False)
            start = f"{local_time(r.window_start, named=False)} .. " if r.window_start else "up to "
            period = f"{start}{slot} UTC"
            print(
                f"{local_time(r.started_at, named=False)} {r.schedule} slot {slot} {r.status.upper()}"
                f"{' (manual)' if r.manual else ''}{f' attempt {r.attempt}' if r.attempt > 1 else ''}"
            )
            print(f"    period {period}; {r.articles} articles; fired {r.late.total_seconds():.3f}s late")
            for out in r.outputs:
                print(f"    output {out}")
            for d in deliveries:
                print(f"    {d.channel} {d.recipient}: {d.status}" + (f" ({d.error})" if d.error else ""))
            if r.error:
                print(f"    error: {r.error}")
    return 0


def _record(r: Run, deliveries: list[Delivery]) -> dict[str, Any]:
    return {
        "schedule": r.schedule,
        "slot": r.slot.isoformat(),
        "manual": r.manual,
        "status": r.status,
        "attempt": r.attempt,
        "started_at": r.started_at.isoformat(),
        "finished_at": r.finished_at.isoformat() if r.finished_at else None,
        "late_seconds": round(r.late.total_seconds(), 6),
        "window_start": r.window_start.isoformat() if r.window_start else None,
        "articles": r.articles,
        "outputs": list(r.outputs),
        "deliveries": [
            {
                "channel": d.channel,
                "recipient": d.recipient,
                "status": d.status,
                "attempts": d.attempts,
                "error": d.error,
            }
            for d in deliveries
        ],
        "error": r.error,
    }
