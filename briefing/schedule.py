"""The scheduler: APScheduler 3 wiring around :func:`briefing.slots.run_slot`.

``serve(config_path, environ)`` runs in the foreground until SIGTERM/SIGINT:

1. validate the whole config (a bad one stops here: nothing is scheduled);
2. take the one-scheduler lock of the state folder;
3. recover: mark runs of killed processes ``interrupted``, delete their half-written temp
   files, redo each interrupted slot (within ``misfire_grace``), retry missing deliveries;
4. reconcile the persisted jobs (SQLAlchemy job store, SQLite in the state folder by default)
   with the config: add new schedules, reschedule changed ones, remove deleted ones, and
   leave unchanged ones alone so a briefing missed while the process was down still fires;
5. run, with ``coalesce=True``, ``max_instances=1`` and ``misfire_grace_time`` from the config:
   a missed briefing is produced once on restart, not zero times and not five.

APScheduler's executors do not tell a job which scheduled time it fires for; the slot is the
identity of a run, so :class:`SlotExecutor` passes it in as the ``slot`` keyword.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import signal
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .config import Config, ScheduleConfig, load_config, parse_duration
from .errors import ConfigError

logger = logging.getLogger(__name__)

#: Textual reference of the job function, as stored in the job store.
JOB_FUNC = "briefing.schedule:fire"
JOB_PREFIX = "briefing:"
#: An interrupted slot is redone at restart until it has been attempted this many times.
MAX_ATTEMPTS = 3


def trigger_of(schedule: ScheduleConfig, *, now: dt.datetime | None = None) -> Any:
    """The APScheduler trigger of a schedule (cron in its time zone, or an interval)."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if schedule.cron:
        return CronTrigger.from_crontab(schedule.cron, timezone=schedule.timezone)
    now = now or dt.datetime.now(dt.UTC)
    # Interval slots start on a whole second, so names and slots read cleanly ("...-093001").
    start = dt.datetime.fromtimestamp(math.ceil(now.timestamp()), dt.UTC)
    seconds = parse_duration(schedule.every)
    return IntervalTrigger(
        seconds=seconds, start_date=start + dt.timedelta(seconds=seconds), timezone=schedule.timezone
    )


def spec_of(schedule: ScheduleConfig) -> str:
    """What the trigger depends on; a job is rescheduled only when this changes."""
    return f"cron={schedule.cron}|every={schedule.every}|tz={schedule.timezone}"


def next_run(schedule: ScheduleConfig, now: dt.datetime) -> dt.datetime | None:
    """The next time the schedule fires after ``now``, in its own time zone (for `schedule list`)."""
    fire: dt.datetime | None = trigger_of(schedule, now=now).get_next_fire_time(None, now)
    return fire


def fire(config_path: str, name: str, spec: str, slot: dt.datetime | None = None) -> None:
    """The job APScheduler runs: reload the config, then produce ``slot`` of schedule ``name``.

    ``slot`` is filled in by :class:`SlotExecutor` (it defaults to None only so that APScheduler
    accepts the job's stored arguments).
    """
    import os

    from .slots import run_slot, services_for
    from .state import State

    if slot is None:
        raise RuntimeError("fire() needs the slot: run the job through SlotExecutor")
    try:
        config = load_config(Path(config_path), environ=os.environ)
    except ConfigError as err:
        logger.error("run %s at %s skipped: %s", name, slot.isoformat(), err)
        return
    schedule = config.schedules.get(name)
    if schedule is None:
        logger.error("run %s skipped: the schedule is no longer in %s (restart to apply)", name, config_path)
        return
    if spec_of(schedule) != spec:
        logger.warning("schedule %s changed its timing in the config; it applies at the next restart", name)
    with State.open(config.state) as state:
        run_slot(config, name, slot, services_for(config, state, os.environ))


def recover(config: Config, environ: Mapping[str, str]) -> None:
    """After a crash: mark and redo interrupted runs, drop partial files, retry missing deliveries."""
    from .deliver import remove_partials
    from .slots import deliver, run_slot, services_for
    from .state import State

    with State.open(config.state) as state:
        services = services_for(config, state, environ)
        now = services.clock()
        lost = state.mark_interrupted(now)
        for run in lost:
            logger.warning("run %s %s was interrupted (%s)", run.schedule, run.slot.isoformat(), run.error)
        if not state.running():  # a live `schedule run` may be writing: leave temp files alone then
            for schedule in config.schedules.values():
                for path in remove_partials(schedule.folder or config.output):
                    logger.info("removed partial file %s", path)
        horizon = now - config.grace
        for name in config.schedules:
            for run in state.interrupted(name, since=horizon):
                if run.attempt >= MAX_ATTEMPTS:  # it kills the process each time: stop the restart loop
                    logger.error("run %s %s was interrupted %d times; not redoing it", name, run.slot, run.attempt)
                    continue
                logger.info("redoing interrupted run %s %s", name, run.slot.isoformat())
                run_slot(config, name, run.slot, services, retry=True)
            for run in state.undelivered_runs(name, since=horizon):
                deliver(config, run, services)


def _executor_class() -> type:
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.job import Job

    class SlotExecutor(ThreadPoolExecutor):
        """APScheduler's thread pool, passing each job the time it was scheduled for as ``slot``."""

        def _do_submit_job(self, job: Job, run_times: list[dt.datetime]) -> None:
            # A copy, so the slot never reaches the job store; coalesce=True means one run time.
            clone = Job.__new__(Job)
            clone.__setstate__(job.__getstate__())
            clone._jobstore_alias = job._jobstore_alias
            clone.kwargs = {**job.kwargs, "slot": run_times[-1]}
            super()._do_submit_job(clone, run_times)

    return SlotExecutor


def jobstore_url(config: Config) -> str:
    """The job store's SQLAlchemy URL: the configured one, else SQLite in the state folder."""
    return config.jobstore_url or f"sqlite:///{config.state / 'jobs.sqlite'}"


def stored_next_runs(config: Config) -> dict[str, dt.datetime | None]:
    """Each persisted job's next run time (None when paused); empty before the first start."""
    if not config.jobstore_url and not (config.state / "jobs.sqlite").exists():
        return {}
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    store = SQLAlchemyJobStore(url=jobstore_url(config))
    store.start(None, "default")
    try:
        jobs = store.get_all_jobs()
    finally:
        store.shutdown()
    return {j.id.removeprefix(JOB_PREFIX): j.next_run_time for j in jobs if j.id.startswith(JOB_PREFIX)}


def make_scheduler(config: Config) -> Any:
    """A BackgroundScheduler with the job store, defaults and history listener the schedules need."""
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=jobstore_url(config))},
        # One run at a time: WeasyPrint/Pango are not made for concurrent rendering, and a run
        # that waits its turn is only late (and says so in the history), never lost.
        executors={"default": _executor_class()(max_workers=1)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": int(config.grace.total_seconds()),
        },
        timezone=dt.UTC,
    )
    _record_unfired_periods(scheduler, config)
    return scheduler


def reconcile(scheduler: Any, config: Config, config_path: Path) -> dict[str, list[str]]:
    """Make the persisted jobs match the config; returns the names added, changed, removed, kept."""
    report: dict[str, list[str]] = {"added": [], "changed": [], "removed": [], "kept": []}
    grace = int(config.grace.total_seconds())
    existing = {job.id: job for job in scheduler.get_jobs() if job.id.startswith(JOB_PREFIX)}
    for name, schedule in config.schedules.items():
        job_id = JOB_PREFIX + name
        kwargs = {"config_path": str(config_path), "name": name, "spec": spec_of(schedule)}
        job = existing.pop(job_id, None)
        if job is not None and job.kwargs == kwargs and job.misfire_grace_time == grace:
            report["kept"].append(name)
            continue
        scheduler.add_job(
            JOB_FUNC,
            trigger_of(schedule),
            id=job_id,
            name=name,
            kwargs=kwargs,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=grace,
        )
        report["changed" if job is not None else "added"].append(name)
    for job_id in sorted(existing):
        scheduler.remove_job(job_id)
        report["removed"].append(job_id.removeprefix(JOB_PREFIX))
    return report


def serve(config_path: Path | None, environ: Mapping[str, str]) -> int:
    """Run every schedule of the config in the foreground until SIGTERM or SIGINT; returns 0."""
    from .state import scheduler_lock

    config = load_config(config_path, environ=environ)
    if config.source is None:
        raise ConfigError(["no config file found (create briefing.toml or pass --config FILE)"], "schedule")
    if not config.schedules:
        raise ConfigError(["no schedules (add a [schedules.NAME] table with cron or every)"], str(config.source))
    stop = threading.Event()
    with scheduler_lock(config.state):
        _on_signals(stop)
        recover(config, environ)
        if stop.is_set():
            return 0
        scheduler = make_scheduler(config)
        scheduler.start(paused=True)
        try:
            report = reconcile(scheduler, config, config.source)
            logger.info("schedules: %s", "; ".join(f"{k} {', '.join(v)}" for k, v in report.items() if v))
            scheduler.resume()
            for job in scheduler.get_jobs():
                zone = config.schedules[job.name].timezone
                logger.info("next run of %s: %s", job.name, next_run_text(job.next_run_time, zone))
            while not stop.wait(1):
                pass
            logger.info("stopping: waiting for the running briefing to finish")
        finally:
            scheduler.shutdown(wait=True)
    logger.info("scheduler stopped")
    return 0


def _record_unfired_periods(scheduler: Any, config: Config) -> None:
    """Put the periods APScheduler does not run into the history, so every period is accounted for."""
    from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED

    from .state import State

    def listener(event: Any) -> None:
        name = event.job_id.removeprefix(JOB_PREFIX)
        if event.code == EVENT_JOB_MAX_INSTANCES:
            times, status, reason = event.scheduled_run_times, "skipped", "the previous run was still going"
        else:
            times, status, reason = [event.scheduled_run_time], "missed", "came due longer ago than misfire_grace"
        with State.open(config.state) as state:
            for t in times:
                state.record_unfired(name, t, status, reason, now=dt.datetime.now(dt.UTC))

    scheduler.add_listener(listener, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)


def next_run_text(t: dt.datetime | None, zone: str) -> str:
    """A job's next run time as `schedule list` and the log show it (None: the job is paused)."""
    if t is None:
        return "never (paused)"
    from .state import local_time

    return local_time(t, zone)


def _on_signals(stop: threading.Event) -> None:
    """First SIGTERM/SIGINT: finish the running briefing, then exit. A second one exits at once."""

    def handler(signum: int, frame: object) -> None:
        logger.info("received %s", signal.Signals(signum).name)
        stop.set()
        signal.signal(signum, signal.SIG_DFL)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
