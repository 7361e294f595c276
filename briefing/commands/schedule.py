"""``briefing schedule``: run the schedules in the foreground; ``list`` them; ``run NAME`` one now."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os

from .common import add_config_option

logger = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "schedule",
        help="run the configured schedules (foreground), list them, or run one now",
        description=(
            "Without an action: run every [schedules.NAME] of the config in the foreground until "
            "SIGTERM or Ctrl-C (for systemd or a container). 'list' shows each schedule's next run "
            "and last result; 'run NAME' makes and delivers one briefing now."
        ),
    )
    add_config_option(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    lister = actions.add_parser("list", help="each schedule, its next run and its last result")
    add_config_option(lister)
    runner = actions.add_parser("run", help="run one schedule now and deliver it (like 'send test now')")
    add_config_option(runner)
    runner.add_argument("name", metavar="NAME", help="the schedule's name, as in [schedules.NAME]")


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(args)
    if args.action == "run":
        return _run_now(args)
    from ..schedule import serve

    # APScheduler's own warnings (a skipped or missed run) go to the same stream as ours.
    aps = logging.getLogger("apscheduler")
    aps.handlers[:] = logging.getLogger("briefing").handlers
    aps.setLevel(logging.WARNING)
    aps.propagate = False
    if not args.verbose:
        # One line per run (README): the run's own line replaces the pipeline's summary lines
        # ("analysis cache: ...", "done: ..."); its stage lines are DEBUG and need no hiding.
        logging.getLogger("briefing.pipeline").setLevel(logging.WARNING)
    return serve(args.config, os.environ)


def _list(args: argparse.Namespace) -> int:
    from ..config import load_config
    from ..schedule import next_run, next_run_text, stored_next_runs
    from ..state import DB_NAME, State, local_time

    config = load_config(args.config)
    if not config.schedules:
        print("no schedules (add a [schedules.NAME] table to the config)")
        return 0
    latest = {}
    if (config.state / DB_NAME).exists():
        with State.open(config.state) as state:
            latest = {name: runs[0] for name in config.schedules if (runs := state.runs(name, limit=1))}
    stored = stored_next_runs(config)
    now = dt.datetime.now(dt.UTC)
    for name, s in config.schedules.items():
        when = f"cron '{s.cron}'" if s.cron else f"every {s.every}"
        if name in stored:  # what the scheduler will do: the persisted job
            nxt = stored[name]
            note = " (overdue: runs when the scheduler starts)" if nxt and nxt < now else ""
        else:
            nxt, note = next_run(s, now), " (once the scheduler starts)"
        nxt_text = next_run_text(nxt, s.timezone) + (note if nxt else "")
        run = latest.get(name)
        last = f"{run.status} ({local_time(run.slot, s.timezone, named=False)})" if run else "never run"
        print(f"{name}: {when} {s.timezone}; next {nxt_text}; last {last}")
    return 0


def _run_now(args: argparse.Namespace) -> int:
    from ..config import load_config
    from ..errors import ConfigError
    from ..slots import run_slot, services_for
    from ..state import State

    config = load_config(args.config, environ=os.environ)
    if args.name not in config.schedules:
        names = ", ".join(sorted(config.schedules)) or "none configured"
        raise ConfigError([f"no schedule named '{args.name}' (schedules: {names})"], str(config.source or "config"))
    with State.open(config.state) as state:
        # A manual slot keeps its microseconds: scheduled slots are whole seconds, so the two never collide.
        run = run_slot(config, args.name, dt.datetime.now(dt.UTC), services_for(config, state, os.environ), manual=True)
        if run is None:
            return 1
        for path in run.outputs:
            print(path)
        failed = [d for d in state.deliveries(run.schedule, run.slot) if d.status != "done"]
        return 0 if run.status in ("ok", "empty") and not failed else 1
