"""One scheduled run end to end in-process: window, outputs, folder and e-mail delivery, exactly once."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.config import Config, load_config
from briefing.slots import Services, run_slot, services_for
from briefing.state import State

from .schedule_support import Mailbox, free_port, smtp_server, write_article, write_config

SLOT = dt.datetime(2025, 3, 3, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    yield from smtp_server()


def _setup(tmp_path: Path, schedules: str, port: int | None) -> tuple[Config, State, Services]:
    config = load_config(write_config(tmp_path, schedules, smtp_port=port), environ={})
    state = State.open(config.state)
    real = services_for(config, state, {})  # SMTP as configured; the clock is fixed at 40 ms after the slot
    return config, state, _at(real, SLOT)


def _at(services: Services, slot: dt.datetime) -> Services:
    return Services(services.state, lambda: slot + dt.timedelta(milliseconds=40), services.send_mail)


WEEKLY = """
[schedules.weekly]
cron = "0 7 * * MON"
timezone = "Europe/Berlin"
formats = ["pdf", "json"]
title = "Weekly briefing"
email_to = ["desk@example.org", "chief@example.org"]
"""


def test_a_run_writes_dated_files_a_latest_copy_and_mails_each_recipient(
    tmp_path: Path, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    write_article(tmp_path / "seeds", "arden")
    config, state, services = _setup(tmp_path, WEEKLY, port)
    run = run_slot(config, "weekly", SLOT, services)
    assert run is not None and run.status == "ok", run and run.error
    folder = tmp_path / "output" / "weekly"
    # 07:00 UTC is 08:00 in Berlin: names use the schedule's time zone.
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(".")) == [
        "weekly-2025-03-03-0800.json",
        "weekly-2025-03-03-0800.pdf",
        "weekly-latest.json",
        "weekly-latest.pdf",
    ]
    assert (folder / "weekly-latest.pdf").read_bytes() == (folder / "weekly-2025-03-03-0800.pdf").read_bytes()
    assert sorted(rcpts[0] for rcpts, _ in box.messages) == ["chief@example.org", "desk@example.org"]
    for rcpts, msg in box.messages:
        assert msg["To"] == rcpts[0]
        assert msg["Subject"] == "Weekly briefing (2025-03-03-0800)"
        assert msg["From"] == "Briefings <briefings@example.org>"
        text = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        assert text is not None and html is not None
        assert "Executive summary" in text.get_content()
        assert "treaty on the state border" in text.get_content()
        assert "treaty on the state border" in html.get_content()
        (pdf,) = list(msg.iter_attachments())
        assert pdf.get_filename() == "weekly-2025-03-03-0800.pdf"
        reader = PdfReader(io.BytesIO(pdf.get_content()))
        body = " ".join(page.extract_text() for page in reader.pages)
        assert "Weekly briefing" in body
        assert "Norland" in body
    done = [(d.channel, d.recipient, d.status) for d in state.deliveries("weekly", SLOT)]
    assert done == [
        ("email", "chief@example.org", "done"),
        ("email", "desk@example.org", "done"),
        ("folder", str(folder), "done"),
    ]
    assert run.late == dt.timedelta(milliseconds=40)


def test_the_same_slot_is_never_produced_or_sent_twice(tmp_path: Path, mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    write_article(tmp_path / "seeds", "arden")
    config, state, services = _setup(tmp_path, WEEKLY.replace('"pdf", "json"', '"json"'), port)
    assert run_slot(config, "weekly", SLOT, services) is not None
    assert run_slot(config, "weekly", SLOT, services) is None
    assert run_slot(config, "weekly", SLOT, services, retry=True) is None
    assert len(box.messages) == 2
    assert len(state.runs("weekly")) == 1


def test_since_last_covers_each_article_once_and_undated_ones_by_first_sighting(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write_article(seeds, "arden", date="March 2, 2025")
    schedules = '[schedules.daily]\ncron = "0 7 * * *"\nformats = ["json"]\n'
    config, state, services = _setup(tmp_path, schedules, None)
    first = run_slot(config, "daily", SLOT, services)
    assert first is not None and (first.status, first.articles, first.window_start) == ("ok", 1, None)

    day2 = SLOT + dt.timedelta(days=1)
    second = run_slot(config, "daily", day2, _at(services, day2))
    assert second is not None and second.status == "empty"
    assert second.window_start == SLOT
    assert list((tmp_path / "output" / "daily").glob("daily-2025-03-04*")) == []

    write_article(seeds, "bakhor", date="March 4, 2025", place="Bakhor")
    write_article(seeds, "undated", date=None, place="Corvo")
    day3 = SLOT + dt.timedelta(days=2)
    third = run_slot(config, "daily", day3, _at(services, day3))
    assert third is not None and (third.status, third.articles, third.window_start) == ("ok", 2, day2)
    assert state.covered("daily") == {"arden", "bakhor", "undated"}
    # The undated article's time is when a run first saw it.
    assert state.first_seen(["undated"], day3 + dt.timedelta(days=9))["undated"] == day3 + dt.timedelta(milliseconds=40)


def test_a_fixed_window_uses_dates_and_first_seen_times(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    write_article(seeds, "old", date="February 1, 2025", place="Oldtown")
    write_article(seeds, "recent", date="March 1, 2025", place="Arden")
    write_article(seeds, "undated", date=None, place="Corvo")
    schedules = '[schedules.weekly]\nevery = "7d"\nwindow = "7d"\nformats = ["json"]\n'
    config, _, services = _setup(tmp_path, schedules, None)
    run = run_slot(config, "weekly", SLOT, services)
    assert run is not None and run.status == "ok"
    (out,) = [Path(p) for p in run.outputs]
    ids = {a["id"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}
    assert ids == {"recent", "undated"}


def test_smtp_down_records_the_reason_keeps_the_folder_and_the_next_run_catches_up(tmp_path: Path) -> None:
    port = free_port()  # the SMTP server is down: nothing listens here yet
    write_article(tmp_path / "seeds", "arden")
    schedules = (
        '[schedules.hourly]\ncron = "0 * * * *"\nformats = ["json"]\nwindow = "30d"\nemail_to = ["desk@example.org"]\n'
    )
    config, state, services = _setup(tmp_path, schedules, port)
    first = run_slot(config, "hourly", SLOT, services)
    assert first is not None and first.status == "ok"
    (email, folder) = state.deliveries("hourly", SLOT)
    assert (folder.channel, folder.status) == ("folder", "done")
    assert (tmp_path / "output" / "hourly" / "hourly-latest.json").exists()
    assert (email.channel, email.status, email.attempts) == ("email", "failed", 1)
    assert email.error is not None
    assert email.error.startswith(f"cannot reach 127.0.0.1:{port}: ConnectionRefusedError")
    assert email.error.endswith("(gave up after 2 attempts)")

    gen = smtp_server(port=port)
    box, _ = next(gen)
    try:
        later = SLOT + dt.timedelta(hours=1)
        second = run_slot(config, "hourly", later, _at(services, later))
        assert second is not None and second.status == "ok"
        run_ids = sorted(box.runs())
        assert run_ids == [f"hourly {SLOT.isoformat()}", f"hourly {later.isoformat()}"]
        third = SLOT + dt.timedelta(hours=2)
        run_slot(config, "hourly", third, _at(services, third))
        assert sorted(box.runs()) == [f"hourly {(SLOT + dt.timedelta(hours=h)).isoformat()}" for h in range(3)]
    finally:
        next(gen, None)
    (email,) = [d for d in state.deliveries("hourly", SLOT) if d.channel == "email"]
    assert (email.status, email.attempts, email.error) == ("done", 2, None)


def test_a_failed_briefing_is_recorded_with_its_reason(tmp_path: Path) -> None:
    schedules = '[schedules.daily]\ncron = "0 7 * * *"\nformats = ["json"]\n'
    config, state, services = _setup(tmp_path, schedules, None)  # no seeds folder at all
    run = run_slot(config, "daily", SLOT, services)
    assert run is not None and run.status == "failed"
    assert run.error == f"Seeds folder {tmp_path / 'seeds'} does not exist (create it or pass --seeds DIR)"
    assert state.deliveries("daily", SLOT) == []


def test_help_and_schedule_list_do_not_import_pdf_or_summariser(tmp_path: Path) -> None:
    config = write_config(tmp_path, '[schedules.daily]\ncron = "0 7 * * *"\ntimezone = "Asia/Tashkent"\n')
    code = (
        "import sys, contextlib, io\nfrom briefing.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    with contextlib.suppress(SystemExit):\n        main(['--help'])\n"
        f"    main(['schedule', 'list', '--config', {str(config)!r}])\n"
        "heavy = [m for m in ('weasyprint', 'briefing.classify', 'briefing.summarise', 'docx') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_schedule_list_shows_the_next_run_in_the_schedule_time_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    config = write_config(tmp_path, '[schedules.daily]\ncron = "30 6 * * *"\ntimezone = "Asia/Tashkent"\n')
    assert main(["schedule", "list", "--config", str(config)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("daily: cron '30 6 * * *' Asia/Tashkent; next ")
    assert line.endswith(" 06:30:00 +05 (once the scheduler starts); last never run")


def test_reconcile_adds_keeps_changes_and_removes_persisted_jobs(tmp_path: Path) -> None:
    from briefing.schedule import make_scheduler, reconcile

    path = write_config(tmp_path, '[schedules.a]\ncron = "0 7 * * *"\n[schedules.b]\nevery = "1h"\n')
    config = load_config(path)
    config.state.mkdir(parents=True)
    scheduler = make_scheduler(config)
    scheduler.start(paused=True)
    try:
        assert reconcile(scheduler, config, path) == {"added": ["a", "b"], "changed": [], "removed": [], "kept": []}
        before = scheduler.get_job("briefing:b").next_run_time
        first_a = scheduler.get_job("briefing:a").next_run_time
    finally:
        scheduler.shutdown()
    from briefing.schedule import stored_next_runs

    assert stored_next_runs(config) == {"a": first_a, "b": before}  # what `schedule list` shows
    # A restart with "a" changed, "b" as it was, "c" new and nothing else: "b" keeps its next run time.
    path = write_config(
        tmp_path, '[schedules.a]\ncron = "0 8 * * *"\n[schedules.b]\nevery = "1h"\n[schedules.c]\nevery = "2h"\n'
    )
    config = load_config(path)
    scheduler = make_scheduler(config)
    scheduler.start(paused=True)
    try:
        report = reconcile(scheduler, config, path)
        assert report == {"added": ["c"], "changed": ["a"], "removed": [], "kept": ["b"]}
        assert scheduler.get_job("briefing:b").next_run_time == before
        job = scheduler.get_job("briefing:a")
        assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, 3600)
        assert str(job.trigger).startswith("cron[") and "hour='8'" in str(job.trigger)
    finally:
        scheduler.shutdown()
    path = write_config(tmp_path, '[schedules.c]\nevery = "2h"\n')
    scheduler = make_scheduler(load_config(path))
    scheduler.start(paused=True)
    try:
        assert reconcile(scheduler, load_config(path), path) == {
            "added": [],
            "changed": [],
            "removed": ["a", "b"],
            "kept": ["c"],
        }
        assert [j.id for j in scheduler.get_jobs()] == ["briefing:c"]
    finally:
        scheduler.shutdown()


def test_schedule_run_now_and_history(
    tmp_path: Path, mailbox: tuple[Mailbox, int], capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    box, port = mailbox
    write_article(tmp_path / "seeds", "arden")
    schedules = '[schedules.weekly]\ncron = "0 7 * * MON"\nformats = ["json"]\nemail_to = ["desk@example.org"]\n'
    config = write_config(tmp_path, schedules, smtp_port=port)
    assert main(["schedule", "run", "weekly", "--config", str(config)]) == 0
    (written,) = capsys.readouterr().out.split()
    assert Path(written).parent == tmp_path / "output" / "weekly"
    assert Path(written).name.endswith("-manual.json")
    assert len(box.messages) == 1
    assert main(["schedule", "run", "daily", "--config", str(config)]) == 2
    assert "no schedule named 'daily' (schedules: weekly)" in capsys.readouterr().err

    assert main(["history", "--config", str(config), "--json"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (record["schedule"], record["status"], record["manual"], record["articles"]) == ("weekly", "ok", True, 1)
    assert record["outputs"] == [written]
    assert [(d["channel"], d["recipient"], d["status"]) for d in record["deliveries"]] == [
        ("email", "desk@example.org", "done"),
        ("folder", str(tmp_path / "output" / "weekly"), "done"),
    ]
    assert main(["history", "--config", str(config)]) == 0
    text = capsys.readouterr().out
    assert " weekly slot " in text and " OK (manual)" in text
    assert "    email desk@example.org: done" in text
    assert f"    output {written}" in text


def test_history_text_shows_stored_utc_times(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing.cli import main

    config = load_config(write_config(tmp_path, ""))
    state = State.open(config.state)
    first = state.claim("weekly", SLOT, owner="x", now=SLOT + dt.timedelta(seconds=1.5))
    second = state.claim("weekly", SLOT + dt.timedelta(days=7), owner="x", now=SLOT + dt.timedelta(days=7))
    assert first and second
    state.finish(first, "empty", now=SLOT + dt.timedelta(seconds=2), error="no article")
    state.finish(second, "failed", now=SLOT + dt.timedelta(days=7), window_start=SLOT, error="boom")
    state.close()
    assert main(["history", "--config", str(config.source)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2025-03-10 07:00:00 weekly slot 2025-03-10 07:00:00 FAILED",
        "    period 2025-03-03 07:00:00 .. 2025-03-10 07:00:00 UTC; 0 articles; fired 0.000s late",
        "    error: boom",
        "2025-03-03 07:00:01 weekly slot 2025-03-03 07:00:00 EMPTY",
        "    period up to 2025-03-03 07:00:00 UTC; 0 articles; fired 1.500s late",
        "    error: no article",
    ]


def test_history_without_state_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing.cli import main

    config = write_config(tmp_path, "")
    assert main(["history", "--config", str(config)]) == 0
    assert capsys.readouterr().out == f"no history yet in {tmp_path / 'state'}\n"


def test_a_period_past_the_grace_time_is_recorded_as_missed_and_not_made(tmp_path: Path) -> None:
    from apscheduler.triggers.interval import IntervalTrigger

    from briefing.schedule import JOB_FUNC, make_scheduler

    write_article(tmp_path / "seeds", "arden")
    path = write_config(tmp_path, '[schedules.a]\nevery = "20s"\nformats = ["json"]\n', grace="1s")
    config = load_config(path)
    config.state.mkdir(parents=True)
    due = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(seconds=10)
    scheduler = make_scheduler(config)
    scheduler.start(paused=True)
    try:
        kwargs = {"config_path": str(path), "name": "a", "spec": "x"}
        trigger = IntervalTrigger(seconds=20, start_date=due, timezone="UTC")
        scheduler.add_job(JOB_FUNC, trigger, id="briefing:a", kwargs=kwargs, misfire_grace_time=1, next_run_time=due)
        scheduler.resume()
        state = State.open(config.state)
        for _ in range(100):
            if state.runs("a"):
                break
            time.sleep(0.05)
    finally:
        scheduler.shutdown()
    (run,) = state.runs("a")
    assert (run.slot, run.status, run.error) == (due, "missed", "came due longer ago than misfire_grace")
    assert not (tmp_path / "output" / "a").exists()


def test_recovery_redoes_an_interrupted_slot_but_gives_up_after_three_attempts(tmp_path: Path) -> None:
    from briefing.schedule import recover

    write_article(tmp_path / "seeds", "arden")
    config = load_config(write_config(tmp_path, '[schedules.d]\nevery = "1h"\nformats = ["json"]\nwindow = "3650d"\n'))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    fresh, stubborn = now - dt.timedelta(minutes=5), now - dt.timedelta(minutes=3)
    state = State.open(config.state)
    # Runs whose process is gone: their owner tokens have no lock file.
    assert state.claim("d", fresh, owner="gone", now=fresh) is not None
    assert state.claim("d", stubborn, owner="gone", now=stubborn) is not None
    state.mark_interrupted(now)
    for _ in range(2):
        assert state.claim("d", stubborn, owner="gone", now=stubborn, retry=True) is not None
        state.mark_interrupted(now)
    partial = tmp_path / "output" / "d" / ".d-x.json.abc.tmp"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"{half")
    recover(config, {})
    runs = {r.slot: r for r in state.runs("d")}
    assert (runs[fresh].status, runs[fresh].attempt) == ("ok", 2)
    assert (runs[stubborn].status, runs[stubborn].attempt) == ("interrupted", 3)
    assert not partial.exists()
    assert [p.name for p in (tmp_path / "output" / "d").glob("d-2*")] == [Path(runs[fresh].outputs[0]).name]


def test_a_retry_sends_what_the_run_owed_not_what_the_config_says_now(tmp_path: Path) -> None:
    port = free_port()  # down for the first run
    write_article(tmp_path / "seeds", "arden")
    one = '[schedules.h]\ncron = "0 * * * *"\nformats = ["json"]\nwindow = "30d"\nemail_to = ["a@example.org"]\n'
    config, _, services = _setup(tmp_path, one, port)
    first = run_slot(config, "h", SLOT, services)
    assert first is not None and first.status == "ok"
    two = one.replace('["a@example.org"]', '["a@example.org", "b@example.org"]')
    config, _, services = _setup(tmp_path, two, port)
    gen = smtp_server(port=port)
    box, _ = next(gen)
    try:
        later = SLOT + dt.timedelta(hours=1)
        run_slot(config, "h", later, _at(services, later))
    finally:
        next(gen, None)
    sent = sorted((str(m["X-Briefing-Run"]), rcpts[0]) for rcpts, m in box.messages)
    assert sent == [
        (f"h {SLOT.isoformat()}", "a@example.org"),
        (f"h {later.isoformat()}", "a@example.org"),
        (f"h {later.isoformat()}", "b@example.org"),
    ]


def test_next_run_text_in_the_schedule_zone_or_paused() -> None:
    from briefing.schedule import next_run_text

    assert next_run_text(SLOT, "Asia/Tashkent") == "2025-03-03 12:00:00 +05"
    assert next_run_text(None, "Asia/Tashkent") == "never (paused)"


def test_schedule_list_shows_the_last_run_in_the_schedule_time_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    path = write_config(tmp_path, '[schedules.daily]\ncron = "30 6 * * *"\ntimezone = "Asia/Tashkent"\n')
    with State.open(load_config(path).state) as state:
        run_id = state.claim("daily", SLOT, owner="x", now=SLOT)
        assert run_id is not None
        state.finish(run_id, "empty", now=SLOT, error="no article")
    assert main(["schedule", "list", "--config", str(path)]) == 0
    assert capsys.readouterr().out.strip().endswith("; last empty (2025-03-03 12:00:00)")
