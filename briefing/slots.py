"""One scheduled run, exactly once: claim the slot, make the briefing, deliver, record.

``run_slot`` is what a firing of a schedule does, whoever fires it (APScheduler, the restart
recovery, ``briefing schedule run``). It calls the same :func:`briefing.pipeline.run` as
``briefing generate``, narrowing the articles to the schedule's window, and writes the
outputs into the schedule's folder under a name derived from the slot, so a rerun of an
interrupted slot replaces its own files and never adds a second copy.

Order matters for crash safety: the slot is claimed before any work; the run is marked
``ok`` only after every output file is in place; deliveries come after and are recorded one
by one, so a crash anywhere leaves either an ``interrupted`` run (redone at the next start)
or an ``ok`` run with missing deliveries (retried by the next run), never a duplicate.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from .config import Config, ScheduleConfig, parse_duration
from .errors import BriefingError, DeliveryError, ReadError
from .model import Article
from .state import Owner, Run, State, local_time

logger = logging.getLogger(__name__)


class NothingNew(ReadError):
    """The schedule's window holds no article: the run ends ``empty`` and sends nothing."""


@dataclass(frozen=True, slots=True)
class Services:
    """The collaborators of a run, injected so tests can drive a real SMTP server and a fixed clock."""

    state: State
    clock: Callable[[], dt.datetime]
    #: Sends one message; None when the config has no [email] server.
    send_mail: Callable[[EmailMessage], None] | None = None


def services_for(config: Config, state: State, environ: Mapping[str, str]) -> Services:
    """Real services: the system clock and SMTP to the configured server."""
    from .mail import send

    send_mail = None
    if config.email.host:
        password = environ.get(config.email.password_env) if config.email.password_env else None
        email_cfg = config.email

        def send_mail(msg: EmailMessage) -> None:
            send(msg, email_cfg, password)

    return Services(state=state, clock=lambda: dt.datetime.now(dt.UTC), send_mail=send_mail)


def slot_stamp(slot: dt.datetime, zone: str) -> str:
    """The slot as it appears in file names and subjects: local time, seconds only when not zero."""
    local = slot.astimezone(ZoneInfo(zone))
    return f"{local:%Y-%m-%d-%H%M}" + (f"{local:%S}" if local.second else "")


def run_slot(
    config: Config, name: str, slot: dt.datetime, services: Services, *, manual: bool = False, retry: bool = False
) -> Run | None:
    """Produce ``slot`` of schedule ``name`` unless it was already claimed; returns the finished run.

    Never raises for a failed briefing or delivery: the failure is recorded in the history and
    logged, so the scheduler keeps running. ``retry`` takes over an ``interrupted`` run.
    """
    schedule = config.schedules[name]
    state, clock = services.state, services.clock
    started = time.monotonic()
    with Owner(state.folder) as owner:
        run_id = state.claim(name, slot, owner=owner.token, now=clock(), manual=manual, retry=retry)
        if run_id is None:
            logger.info(
                "run %s %s: slot already claimed by another run, skipped", name, slot_stamp(slot, schedule.timezone)
            )
            return None
        _produce(config, name, schedule, slot, run_id, services, manual)
    # Read once: deliveries are recorded in their own table, so the run's row no longer changes.
    run = state.get(run_id)
    if run.status == "ok":
        deliver(config, run, services)
        for earlier in state.undelivered_runs(name, since=slot - config.grace):
            if earlier.id != run.id:
                logger.info("retrying deliveries of %s %s", name, slot_stamp(earlier.slot, schedule.timezone))
                deliver(config, earlier, services)
    _log_result(run, state, schedule, time.monotonic() - started)
    return run


def _produce(
    config: Config,
    name: str,
    schedule: ScheduleConfig,
    slot: dt.datetime,
    run_id: int,
    services: Services,
    manual: bool,
) -> None:
    """Make the briefing of the slot's window and record the run's result (ok, empty or failed)."""
    from .mail import Letter
    from .pipeline import RunOptions
    from .pipeline import run as run_pipeline

    state, clock = services.state, services.clock
    start = window_start(schedule, state.last_success(name, before=slot), slot)
    chosen: list[Article] = []

    def choose(articles: Sequence[Article]) -> Sequence[Article]:
        seen = state.first_seen((a.id for a in articles), clock())
        picked = pick(articles, seen, set() if manual else state.covered(name), start, schedule)
        if not picked:
            raise NothingNew(f"no new article in {config.seeds} since {local_time(start)}" if start else "")
        chosen[:] = picked
        return picked

    title = schedule.title or config.title
    options = RunOptions(
        formats=schedule.formats,
        out_dir=schedule.folder,
        # A manual run never shares a name with a scheduled one, even within the same second.
        stem=f"{name}-{slot_stamp(slot, schedule.timezone)}" + ("-manual" if manual else ""),
        title=title,
        choose=choose,
        snapshot=name,
    )
    run_config = replace(config, templates=schedule.templates or config.templates, timezone=schedule.timezone)
    # Imported here: the cache pulls in the summariser, which `schedule list` must not load.
    from .cache import opened

    try:
        with opened(config.state, slot.date()) as cache:
            result = run_pipeline(run_config, now=slot, options=options, cache=cache)
    except NothingNew as err:
        state.finish(run_id, "empty", now=clock(), window_start=start, error=str(err) or "no article")
        return
    except BriefingError as err:
        state.finish(run_id, "failed", now=clock(), window_start=start, error=str(err))
        return
    except Exception as err:  # a bug: keep the traceback in the log, keep the scheduler alive
        logger.exception("run %s failed with an internal error", name)
        state.finish(
            run_id, "failed", now=clock(), window_start=start, error=f"internal error: {type(err).__name__}: {err}"
        )
        return
    if not result.ok:
        error = "; ".join(f"could not render {fmt}: {why}" for fmt, why in result.failed)
        state.finish(run_id, "failed", now=clock(), window_start=start, outputs=result.files, error=error)
        return
    run_label = f"{name} {slot.astimezone(dt.UTC).isoformat()}"
    subject = f"{title} ({slot_stamp(slot, schedule.timezone)})"
    letter = Letter.of(result.briefing, subject=subject, run=run_label)
    state.finish(
        run_id,
        "ok",
        now=clock(),
        window_start=start,
        articles=[a.id for a in chosen],
        outputs=result.files,
        letter=letter.to_dict(),
        owed=[("folder", str(schedule.folder or config.output))] + [("email", to) for to in schedule.email_to],
    )


def window_start(schedule: ScheduleConfig, last: Run | None, slot: dt.datetime) -> dt.datetime | None:
    """Where the window of a run at ``slot`` begins; None means "everything" (a first run)."""
    if schedule.window != "since-last":
        return slot - dt.timedelta(seconds=parse_duration(schedule.window))
    return last.slot if last else None


def pick(
    articles: Sequence[Article],
    seen: Mapping[str, dt.datetime],
    covered: set[str],
    start: dt.datetime | None,
    schedule: ScheduleConfig,
) -> list[Article]:
    """The articles of a window (pure).

    A fixed span keeps dated articles by their date and undated ones by when they were first
    seen. "since-last" keeps what the previous successful runs did not cover and that is dated
    or first seen since the window start, so a late-arriving article is not lost either.
    """
    out = []
    start_day = start.astimezone(ZoneInfo(schedule.timezone)).date() if start else None
    for a in articles:
        a = replace(a, first_seen=seen.get(a.id))
        if start is None or start_day is None:
            keep = a.id not in covered
        elif schedule.window != "since-last":
            keep = a.date >= start_day if a.date else (a.first_seen is not None and a.first_seen >= start)
        else:
            recent = (a.date is not None and a.date >= start_day) or (
                a.first_seen is not None and a.first_seen >= start
            )
            keep = recent and a.id not in covered
        if keep:
            out.append(a)
    return out


def deliver(config: Config, run: Run, services: Services) -> None:
    """Do every delivery ``run`` still owes (recorded when it finished); record each result.

    The recipients are the run's own, not the current config's: a recipient added later does
    not receive older briefings, and one removed still gets what was owed.
    """
    state = services.state
    files = [Path(p) for p in run.outputs]
    for owed in state.deliveries(run.schedule, run.slot):
        if owed.status == "done":
            continue
        error = None
        try:
            if owed.channel == "folder":
                _publish(run, files, Path(owed.recipient), state)
            else:
                _mail(config, run, files, owed.recipient, services)
        except DeliveryError as err:
            error = str(err)
            logger.error("%s delivery of %s to %s failed: %s", owed.channel, run.schedule, owed.recipient, error)
        state.record_delivery(run.schedule, run.slot, owed.channel, owed.recipient, now=services.clock(), error=error)


def _publish(run: Run, files: list[Path], folder: Path, state: State) -> None:
    """Folder delivery: the dated files are already in place; refresh ``NAME-latest``."""
    from .deliver import publish_latest

    newest = state.latest_ok(run.schedule)
    if newest is None or newest.id == run.id:  # an older run must not replace a newer "latest"
        publish_latest(files, folder, run.schedule)


def _mail(config: Config, run: Run, files: list[Path], to: str, services: Services) -> None:
    from .mail import Letter, compose_email

    if services.send_mail is None:
        raise DeliveryError("no e-mail server configured (add an [email] table with 'host')")
    if run.letter is None:
        raise DeliveryError("the run recorded no summary to send")
    attachments = []
    for path in files:
        if path.suffix.lstrip(".") in config.email.attach:
            try:
                attachments.append((path.name, path.read_bytes()))
            except OSError as err:
                raise DeliveryError(f"cannot attach {path}: {err.strerror} (was it deleted?)") from None
    letter = Letter.from_dict(dict(run.letter))
    services.send_mail(compose_email(letter, sender=config.email.sender, to=to, attachments=attachments))


def _log_result(run: Run, state: State, schedule: ScheduleConfig, took: float) -> None:
    """The one line per run: slot, status, articles, files, deliveries, delay, duration."""
    stamp = slot_stamp(run.slot, schedule.timezone)
    kind = " (manual)" if run.manual else f" (attempt {run.attempt})" if run.attempt > 1 else ""
    done = state.deliveries(run.schedule, run.slot)
    sent = ", ".join(f"{d.channel} {d.recipient} {d.status}" for d in done) or "no deliveries"
    late = run.late.total_seconds()
    text = f"run {run.schedule} {stamp}{kind} {run.status}"
    if run.status == "ok":
        text += f": {run.articles} articles, {len(run.outputs)} files; {sent}"
    elif run.error:
        text += f": {run.error}"
    text += f" [fired {late:.3f}s after its time, took {took:.1f}s]"
    failed = run.status == "failed" or any(d.status != "done" for d in done)
    logger.log(logging.ERROR if failed else logging.INFO, "%s", text)
