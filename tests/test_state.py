"""The state database: slot claims, interrupted runs, delivery records, first-seen times, the lock."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing.errors import StateError
from briefing.state import Owner, State, local_time, scheduler_lock

SLOT = dt.datetime(2025, 3, 3, 7, 0, tzinfo=dt.UTC)
NOW = SLOT + dt.timedelta(seconds=0.25)


@pytest.fixture
def state(tmp_path: Path) -> State:
    return State.open(tmp_path / "state")


def test_a_slot_is_claimed_once(state: State) -> None:
    first = state.claim("weekly", SLOT, owner="a", now=NOW)
    assert first is not None
    assert state.claim("weekly", SLOT, owner="b", now=NOW) is None
    assert state.claim("weekly", SLOT, owner="b", now=NOW, retry=True) is None  # running: not taken over
    assert state.claim("daily", SLOT, owner="b", now=NOW) is not None  # another schedule, another slot
    run = state.get(first)
    assert (run.status, run.attempt, run.late) == ("running", 1, dt.timedelta(seconds=0.25))


def test_concurrent_claims_from_separate_connections_have_one_winner(tmp_path: Path) -> None:
    State.open(tmp_path / "state").close()
    results: list[int | None] = []
    barrier = threading.Barrier(8)

    def claim() -> None:
        st = State.open(tmp_path / "state")
        barrier.wait()
        results.append(st.claim("weekly", SLOT, owner=threading.current_thread().name, now=NOW))
        st.close()

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r is not None for r in results) == 1


def test_threads_opening_a_fresh_state_at_the_same_moment_all_get_it(tmp_path: Path) -> None:
    # Switching a new file to WAL is not covered by SQLite's busy timeout: before State.open retried,
    # about one round in fifteen failed with "database is locked" (the scheduler's listener and a job
    # opening the state together: a flaky schedule test).
    failures: list[BaseException] = []
    for round_ in range(60):
        folder = tmp_path / f"s{round_}"
        start = threading.Barrier(4)

        def open_and_read(folder: Path = folder, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                with State.open(folder) as state:
                    state.runs("a")
            except BaseException as err:  # collected: the assertion below names it
                failures.append(err)

        threads = [threading.Thread(target=open_and_read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []


def test_finished_slots_are_never_claimed_again(state: State) -> None:
    for status in ("ok", "empty", "failed"):
        slot = SLOT + dt.timedelta(hours=len(status))
        run_id = state.claim("weekly", slot, owner="a", now=NOW)
        assert run_id is not None
        state.finish(run_id, status, now=NOW)
        assert state.claim("weekly", slot, owner="b", now=NOW, retry=True) is None


def test_a_killed_run_is_marked_interrupted_and_taken_over_once(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    code = (
        "import datetime as dt, sys, time\n"
        "from pathlib import Path\n"
        "from briefing.state import Owner, State\n"
        f"st = State.open(Path({str(folder)!r}))\n"
        "with Owner(st.folder) as o:\n"
        "    slot = dt.datetime(2025, 3, 3, 7, tzinfo=dt.UTC)\n"
        "    st.claim('weekly', slot, owner=o.token, now=dt.datetime.now(dt.UTC))\n"
        "    print('claimed', flush=True)\n"
        "    time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "claimed"
    state = State.open(folder)
    with Owner(folder) as live:  # a run of a live process is left alone
        mine = state.claim("weekly", SLOT + dt.timedelta(days=1), owner=live.token, now=NOW)
        assert state.mark_interrupted(NOW) == []
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        (lost,) = state.mark_interrupted(NOW)
    assert (lost.slot, lost.status) == (SLOT, "interrupted")
    assert "killed or crashed" in (lost.error or "")
    assert state.get(mine or 0).status == "running"
    assert state.claim("weekly", SLOT, owner="c", now=NOW) is None  # a plain claim still fails
    again = state.claim("weekly", SLOT, owner="c", now=NOW, retry=True)
    assert again == lost.id
    assert state.get(again).attempt == 2
    assert state.claim("weekly", SLOT, owner="d", now=NOW, retry=True) is None


def test_deliveries_are_recorded_per_recipient_with_attempts_and_reason(state: State) -> None:
    assert not state.delivered("weekly", SLOT, "email", "a@x.org")
    state.record_delivery("weekly", SLOT, "email", "a@x.org", now=NOW, error="cannot reach smtp:25")
    assert not state.delivered("weekly", SLOT, "email", "a@x.org")
    state.record_delivery("weekly", SLOT, "email", "a@x.org", now=NOW, error=None)
    state.record_delivery("weekly", SLOT, "email", "b@x.org", now=NOW, error=None)
    assert state.delivered("weekly", SLOT, "email", "a@x.org")
    a, b = state.deliveries("weekly", SLOT)
    assert (a.recipient, a.status, a.attempts, a.error) == ("a@x.org", "done", 2, None)
    assert (b.recipient, b.status, b.attempts) == ("b@x.org", "done", 1)


def test_an_ok_run_records_what_it_owes_and_is_undelivered_until_all_is_done(state: State) -> None:
    run_id = state.claim("weekly", SLOT, owner="a", now=NOW)
    assert run_id is not None
    state.finish(run_id, "ok", now=NOW, articles=["a1"], owed=[("folder", "/out"), ("email", "a@x.org")])
    assert [(d.channel, d.status) for d in state.deliveries("weekly", SLOT)] == [
        ("email", "pending"),
        ("folder", "pending"),
    ]
    assert [r.id for r in state.undelivered_runs("weekly", since=SLOT)] == [run_id]
    state.record_delivery("weekly", SLOT, "folder", "/out", now=NOW, error=None)
    state.record_delivery("weekly", SLOT, "email", "a@x.org", now=NOW, error="down")
    assert [r.id for r in state.undelivered_runs("weekly", since=SLOT)] == [run_id]
    state.record_delivery("weekly", SLOT, "email", "a@x.org", now=NOW, error=None)
    assert state.undelivered_runs("weekly", since=SLOT) == []
    (email, _) = state.deliveries("weekly", SLOT)
    assert (email.status, email.attempts) == ("done", 2)


def test_first_seen_is_kept_from_the_first_sighting(state: State) -> None:
    first = state.first_seen(["a1"], NOW)
    later = state.first_seen(["a1", "a2"], NOW + dt.timedelta(hours=1))
    assert later == {"a1": first["a1"], "a2": NOW + dt.timedelta(hours=1)}


def test_first_seen_of_many_keys_in_one_query(state: State) -> None:
    state.first_seen(["other", 'it\'s "odd" é'], NOW)
    keys = [f"article-{n}" for n in range(40_000)] + ['it\'s "odd" é']
    statements: list[str] = []
    state._conn.set_trace_callback(statements.append)
    seen = state.first_seen(keys, NOW + dt.timedelta(hours=1))
    state._conn.set_trace_callback(None)
    assert len(seen) == 40_001 and "other" not in seen
    assert seen['it\'s "odd" é'] == NOW and seen["article-39999"] == NOW + dt.timedelta(hours=1)
    assert sum(s.lstrip().upper().startswith("SELECT") for s in statements) == 1


def test_only_successful_scheduled_runs_cover_articles(state: State) -> None:
    manual = state.claim("weekly", SLOT, owner="a", now=NOW, manual=True)
    failed = state.claim("weekly", SLOT + dt.timedelta(hours=1), owner="a", now=NOW)
    ok = state.claim("weekly", SLOT + dt.timedelta(hours=2), owner="a", now=NOW)
    assert manual and failed and ok
    state.finish(manual, "ok", now=NOW, articles=["m"])
    state.finish(failed, "failed", now=NOW, articles=["f"], error="boom")
    state.finish(ok, "ok", now=NOW, articles=["a", "b"])
    assert state.covered("weekly") == {"a", "b"}
    last = state.last_success("weekly", before=SLOT + dt.timedelta(days=1))
    assert last is not None and last.id == ok
    assert state.last_success("weekly", before=SLOT + dt.timedelta(hours=2)) is None  # nothing ok before it


def test_a_second_scheduler_on_the_same_state_refuses(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    code = (
        "from pathlib import Path\nfrom briefing.state import scheduler_lock\n"
        f"with scheduler_lock(Path({str(folder)!r})):\n    pass\n"
    )
    with scheduler_lock(folder):
        other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
        assert other.returncode != 0
        assert f"Another `briefing schedule` (pid {os.getpid()}) is already running on state folder" in other.stderr
        with pytest.raises(StateError, match="stop it first"), scheduler_lock(folder):
            pass
    with scheduler_lock(folder):  # released on exit
        pass


def test_local_time_in_a_zone_in_its_own_and_without_the_name() -> None:
    assert local_time(SLOT, "Europe/Berlin") == "2025-03-03 08:00:00 CET"
    assert local_time(SLOT, "Asia/Tashkent", named=False) == "2025-03-03 12:00:00"
    assert local_time(SLOT) == "2025-03-03 07:00:00 UTC"
    assert local_time(SLOT.astimezone(dt.timezone(dt.timedelta(hours=-5)))) == "2025-03-03 02:00:00 UTC-05:00"


def test_state_closes_at_the_end_of_a_with_block(tmp_path: Path) -> None:
    import sqlite3

    with State.open(tmp_path / "state") as state:
        assert state.runs() == []
    with pytest.raises(sqlite3.ProgrammingError):
        state.runs()
