"""`briefing schedule` as a real process: interval runs, SIGTERM, SIGKILL mid-run, misfire, one instance.

Each test uses a one- or two-second interval and one small article, so the whole file takes
seconds. The SMTP server is aiosmtpd on loopback, started by the test.
"""

from __future__ import annotations

import datetime as dt
import itertools
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.config import load_config
from briefing.state import Run, State

from .schedule_support import Mailbox, Scheduler, smtp_server, write_article, write_config

FAST = """
[schedules.fast]
every = "{every}"
formats = ["pdf"]
window = "3650d"
title = "Fast briefing"
email_to = ["desk@example.org"]
"""


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    yield from smtp_server()


def _setup(tmp_path: Path, port: int, every: str = "1s", grace: str = "1h") -> tuple[Path, State]:
    write_article(tmp_path / "seeds", "arden", date=f"{dt.date.today():%B %d, %Y}")
    config = write_config(tmp_path, FAST.format(every=every), smtp_port=port, grace=grace)
    return config, State.open(load_config(config).state)


def _ok(state: State) -> list[Run]:
    return sorted((r for r in state.runs("fast") if r.status == "ok"), key=lambda r: r.slot)


def _assert_each_slot_once(state: State, box: Mailbox, folder: Path) -> list[Run]:
    """Every ok run has one dated PDF, one e-mail and done deliveries; nothing else was sent or written."""
    runs = _ok(state)
    assert box.runs() == [f"fast {r.slot.isoformat()}" for r in runs]
    dated = sorted(p.name for p in folder.glob("fast-2*.pdf"))
    assert dated == sorted(Path(r.outputs[0]).name for r in runs)
    assert len(set(dated)) == len(runs)
    for r in runs:
        assert {(d.channel, d.status) for d in state.deliveries("fast", r.slot)} == {
            ("folder", "done"),
            ("email", "done"),
        }
    assert list(folder.glob(".*.tmp")) == []
    return runs


def test_interval_schedule_runs_each_period_once_and_stops_cleanly_on_sigterm(
    tmp_path: Path, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    config, state = _setup(tmp_path, port)
    child = Scheduler(config)
    child.wait_for(lambda: len(_ok(state)) >= 3)
    # A second scheduler on the same state folder refuses instead of running every job twice.
    second = subprocess.run(
        [sys.executable, "-m", "briefing", "schedule", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 1
    assert "is already running on state folder" in second.stderr
    assert child.stop(signal.SIGTERM) == 0
    assert "scheduler stopped" in child.log()
    runs = _assert_each_slot_once(state, box, tmp_path / "output" / "fast")
    assert len(runs) >= 3
    assert all(r.status != "running" for r in state.runs("fast"))
    # Consecutive one-second slots, each logged on exactly one line with its result.
    for r in runs:
        stamp = r.slot.strftime("%Y-%m-%d-%H%M") + (r.slot.strftime("%S") if r.slot.second else "")
        assert sum(line.startswith(f"run fast {stamp} ok: 1 articles, 1 files;") for _, line in child.lines) == 1
    # One line per run: neither the pipeline's stage lines nor its own summary lines.
    pipeline = ("reading ", "analysing ", "rendering ", "analysis cache: ", "done: ")
    assert not [line for _, line in child.lines if line.startswith(pipeline)]
    lateness = [r.late.total_seconds() for r in runs]
    print(f"fired late by (s): {', '.join(f'{x:.4f}' for x in lateness)}")
    assert max(lateness) < 1.0


def test_sigkill_mid_run_leaves_no_partial_file_and_the_slot_is_delivered_once_after_restart(
    tmp_path: Path, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    config, state = _setup(tmp_path, port)
    marker = tmp_path / "writing"
    # The first output write stalls between writing the temp file and renaming it into place.
    prelude = (
        "import os, pathlib, time\n"
        f"def _stall(fd):\n    pathlib.Path({str(marker)!r}).touch()\n    time.sleep(120)\n"
        "os.fsync = _stall\n"
    )
    child = Scheduler(config, prelude=prelude)
    child.wait_for(marker.exists)
    assert child.stop(signal.SIGKILL) == -signal.SIGKILL
    folder = tmp_path / "output" / "fast"
    # The stalled run is still "running"; the periods that came due meanwhile were recorded as skipped.
    (killed,) = [r for r in state.runs("fast") if r.status != "skipped"]
    assert killed.status == "running"
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == []  # nothing visible, only the temp
    assert box.messages == []

    child = Scheduler(config)
    child.wait_for(lambda: state.get(killed.id).status == "ok" and len(_ok(state)) >= 2)
    assert child.stop(signal.SIGTERM) == 0
    redone = state.get(killed.id)
    assert (redone.slot, redone.attempt) == (killed.slot, 2)
    assert f"run fast {killed.slot.isoformat()} was interrupted" in child.log()
    runs = _assert_each_slot_once(state, box, folder)
    assert box.runs().count(f"fast {killed.slot.isoformat()}") == 1
    assert runs[0].id == killed.id


def test_a_run_missed_while_stopped_is_produced_once_after_restart(
    tmp_path: Path, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    config, state = _setup(tmp_path, port, every="2s")
    child = Scheduler(config)
    child.wait_for(lambda: len(_ok(state)) >= 1)
    assert child.stop(signal.SIGINT) == 0  # Ctrl-C stops as cleanly as SIGTERM
    assert "received SIGINT" in child.log()
    stopped = time.time()
    (before,) = _ok(state)
    time.sleep(4.5)  # at least two fire times pass while no scheduler runs

    child = Scheduler(config)
    up = child.wait_for(lambda: child.line_time("schedules: kept fast") is not None)
    child.wait_for(lambda: len(_ok(state)) >= 2)
    assert child.stop(signal.SIGTERM) == 0
    runs = _assert_each_slot_once(state, box, tmp_path / "output" / "fast")
    missed = [r for r in runs if stopped < r.slot.timestamp() < up]
    due = int((up - before.slot.timestamp()) // 2)  # fire times that came due while down or starting
    assert due >= 2
    assert len(missed) == 1, [r.slot for r in runs]
    assert missed[0].started_at.timestamp() > stopped + 4  # made by the restarted scheduler, once


def test_periods_skipped_by_a_long_run_are_recorded_so_every_period_is_accounted_for(
    tmp_path: Path, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    config, state = _setup(tmp_path, port)
    # The first run stalls 2.5 s in its first write: the next periods find it still going.
    prelude = (
        "import os, time\n_real, _calls = os.fsync, []\n"
        "def _slow(fd):\n    _calls.append(fd)\n    time.sleep(2.5 if len(_calls) == 1 else 0)\n    _real(fd)\n"
        "os.fsync = _slow\n"
    )
    child = Scheduler(config, prelude=prelude)
    child.wait_for(lambda: len(_ok(state)) >= 3)
    assert child.stop(signal.SIGTERM) == 0
    _assert_each_slot_once(state, box, tmp_path / "output" / "fast")
    runs = sorted(state.runs("fast"), key=lambda r: r.slot)
    skipped = [r for r in runs if r.status == "skipped"]
    assert len(skipped) >= 1
    assert {r.error for r in skipped} == {"the previous run was still going"}
    assert {r.status for r in runs} == {"ok", "skipped"}
    gaps = {(b.slot - a.slot).total_seconds() for a, b in itertools.pairwise(runs)}
    assert gaps == {1.0}  # every one-second period between the first and the last is in the history
