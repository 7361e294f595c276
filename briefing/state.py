"""The scheduler's memory: run history, slot claims, delivery records, first-seen times, locks.

Everything lives in one SQLite database in the state folder (``state.sqlite``), written in
short transactions so a process killed at any instant leaves it consistent. Exactly once is
enforced here, not by timing:

* a run first *claims* its (schedule, slot) with a unique constraint; a second claim fails,
  so neither a restart nor a second process can produce the same slot twice;
* a run that is ``running`` holds an flock on its own owner file; when its process dies the
  kernel drops the lock, and :meth:`State.mark_interrupted` finds the run and marks it
  ``interrupted`` (pid-free, so it also works for pid 1 in containers);
* deliveries are recorded per (schedule, slot, channel, recipient) and skipped once ``done``.

Times are stored as ISO 8601 strings in UTC.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import os
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from .errors import StateError

logger = logging.getLogger(__name__)

DB_NAME = "state.sqlite"
LOCK_NAME = "scheduler.lock"
# How long a connection waits for another one's lock (also the limit for the first-open retries).
BUSY_SECONDS = 30.0
#: Statuses of a run. ``empty`` means the window held no new article: nothing to send, not a failure.
#: ``skipped`` (the previous run was still going) and ``missed`` (past the grace time) are periods
#: APScheduler did not fire; they are recorded so the history accounts for every period.
STATUSES = ("running", "ok", "empty", "failed", "interrupted", "skipped", "missed")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    schedule TEXT NOT NULL,
    slot TEXT NOT NULL,
    manual INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 1,
    owner TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    window_start TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    outputs TEXT NOT NULL DEFAULT '[]',
    letter TEXT,
    error TEXT,
    UNIQUE (schedule, slot)
);
CREATE TABLE IF NOT EXISTS deliveries (
    schedule TEXT NOT NULL,
    slot TEXT NOT NULL,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (schedule, slot, channel, recipient)
);
CREATE TABLE IF NOT EXISTS covered (
    schedule TEXT NOT NULL,
    article TEXT NOT NULL,
    slot TEXT NOT NULL,
    PRIMARY KEY (schedule, article)
);
CREATE TABLE IF NOT EXISTS first_seen (
    article TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class Run:
    """One row of the run history."""

    id: int
    schedule: str
    slot: dt.datetime
    manual: bool
    status: str
    attempt: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    window_start: dt.datetime | None
    articles: int
    outputs: tuple[str, ...]
    letter: Mapping[str, object] | None
    error: str | None

    @property
    def late(self) -> dt.timedelta:
        """How long after its scheduled time the run started (the scheduler's firing delay)."""
        return self.started_at - self.slot


@dataclass(frozen=True, slots=True)
class Delivery:
    """One delivery record: ``pending`` (owed), ``done``, or ``failed`` (with the reason in ``error``)."""

    schedule: str
    slot: dt.datetime
    channel: str
    recipient: str
    status: str
    attempts: int
    error: str | None


def iso(t: dt.datetime) -> str:
    """The stored form of a time: ISO 8601 in UTC (microseconds kept, so slots stay distinct)."""
    if t.tzinfo is None:
        raise ValueError(f"naive datetime {t!r}: pass an aware time")
    return t.astimezone(dt.UTC).isoformat()


def local_time(t: dt.datetime, zone: str | None = None, *, named: bool = True) -> str:
    """How commands and log lines show a time: to the second, in ``zone`` (default: ``t``'s own),
    followed by the zone's abbreviation unless ``named`` is false ("2025-03-03 08:00:00 CET")."""
    if zone is not None:
        t = t.astimezone(ZoneInfo(zone))
    return f"{t:%Y-%m-%d %H:%M:%S %Z}" if named else f"{t:%Y-%m-%d %H:%M:%S}"


def _time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


class Owner:
    """An flock held for as long as a run is in progress; its token is stored on the run's row.

    The lock dies with the process, so a token whose file can be locked by someone else belongs
    to a run that was killed. Use as a context manager.
    """

    def __init__(self, folder: Path) -> None:
        self.token = uuid.uuid4().hex
        self.path = folder / "owners" / f"{self.token}.lock"
        self._fd: int | None = None

    def __enter__(self) -> Owner:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()
            os.close(self._fd)
            self._fd = None


def owner_alive(folder: Path, token: str) -> bool:
    """True while the process that holds ``token`` is alive (its flock cannot be taken)."""
    path = folder / "owners" / f"{token}.lock"
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # also releases the lock if we got it
    with contextlib.suppress(OSError):
        path.unlink()
    return False


@contextlib.contextmanager
def scheduler_lock(folder: Path) -> Iterator[None]:
    """Hold the one-scheduler-per-state-folder lock; raises StateError when another holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        other = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
        os.close(fd)
        raise StateError(
            f"Another `briefing schedule` (pid {other}) is already running on state folder {folder}; "
            "stop it first, or give this one its own 'state' folder in the config"
        ) from None
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def _connect(path: Path) -> sqlite3.Connection:
    """A connection to the state database at ``path``, in WAL mode with every table created.

    Raises sqlite3.Error when the database stays unusable for BUSY_SECONDS.
    """
    deadline = time.monotonic() + BUSY_SECONDS
    delay = 0.01
    while True:
        conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
        try:
            # Switching a new file to WAL needs a lock SQLite does not wait for through the busy timeout:
            # when two threads open a fresh state at the same moment (the scheduler's listener and a
            # job), one is told "database is locked" at once. A file already in WAL is left alone, and
            # the first open is retried for as long as the busy timeout would have waited.
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.executescript(_SCHEMA)
            return conn
        except sqlite3.OperationalError as err:
            conn.close()
            busy = "locked" in str(err) or "busy" in str(err)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.25)
        except BaseException:
            conn.close()
            raise


class State:
    """The state database of one folder. Open with :meth:`open` (closed at the end of a ``with``
    block); every method is one transaction."""

    def __init__(self, folder: Path, conn: sqlite3.Connection) -> None:
        self.folder = folder
        self._conn = conn

    @classmethod
    def open(cls, folder: Path) -> State:
        """Open (creating if needed) the state of ``folder``; raises StateError when unusable."""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            conn = _connect(folder / DB_NAME)
        except (OSError, sqlite3.Error) as err:
            raise StateError(
                f"Cannot use state folder {folder}: {err} (check the 'state' path and permissions)"
            ) from None
        return cls(folder, conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock up front, so read-then-write steps cannot interleave.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- claims and runs ------------------------------------------------------------------------

    def claim(
        self,
        schedule: str,
        slot: dt.datetime,
        *,
        owner: str,
        now: dt.datetime,
        manual: bool = False,
        retry: bool = False,
    ) -> int | None:
        """Claim ``slot`` for a new run and return its id, or None when the slot is already taken.

        With ``retry``, an ``interrupted`` run of the slot is taken over (its attempt counter
        goes up); a slot that is running, done or failed is never claimed twice.
        """
        with self._tx() as db:
            try:
                cur = db.execute(
                    "INSERT INTO runs (schedule, slot, manual, status, owner, started_at) "
                    "VALUES (?, ?, ?, 'running', ?, ?)",
                    (schedule, iso(slot), int(manual), owner, iso(now)),
                )
                return cur.lastrowid
            except sqlite3.IntegrityError:
                pass
            if not retry:
                return None
            cur = db.execute(
                "UPDATE runs SET status='running', attempt=attempt+1, owner=?, started_at=?, finished_at=NULL, "
                "error=NULL WHERE schedule=? AND slot=? AND status='interrupted' RETURNING id",
                (owner, iso(now), schedule, iso(slot)),
            )
            row = cur.fetchone()
            return int(row[0]) if row else None

    def record_unfired(self, schedule: str, slot: dt.datetime, status: str, reason: str, *, now: dt.datetime) -> bool:
        """Record a period that did not run (``skipped`` or ``missed``); False if the slot already has a run."""
        if status not in ("skipped", "missed"):
            raise ValueError(f"not an unfired status: {status}")
        with self._tx() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO runs (schedule, slot, status, owner, started_at, finished_at, error) "
                "VALUES (?, ?, ?, '', ?, ?, ?)",
                (schedule, iso(slot), status, iso(now), iso(now), reason),
            )
            return cur.rowcount == 1

    def finish(
        self,
        run_id: int,
        status: str,
        *,
        now: dt.datetime,
        window_start: dt.datetime | None = None,
        articles: Sequence[str] = (),
        outputs: Sequence[Path] = (),
        letter: Mapping[str, object] | None = None,
        error: str | None = None,
        owed: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Close a run. An ``ok`` run also records the articles it covered (for the next window)
        and, as ``pending``, the (channel, recipient) deliveries it owes: in the same transaction,
        so a crash right after still leaves a record of what must be sent.
        """
        if status not in STATUSES or status == "running":
            raise ValueError(f"not a final status: {status}")
        with self._tx() as db:
            db.execute(
                "UPDATE runs SET status=?, finished_at=?, window_start=?, articles=?, outputs=?, letter=?, error=? "
                "WHERE id=?",
                (
                    status,
                    iso(now),
                    iso(window_start) if window_start else None,
                    len(articles),
                    json.dumps([str(p) for p in outputs]),
                    json.dumps(letter) if letter is not None else None,
                    error,
                    run_id,
                ),
            )
            if status == "ok":
                row = db.execute("SELECT schedule, slot, manual FROM runs WHERE id=?", (run_id,)).fetchone()
                if row and not row[2]:
                    db.executemany(
                        "INSERT OR IGNORE INTO covered (schedule, article, slot) VALUES (?, ?, ?)",
                        [(row[0], a, row[1]) for a in articles],
                    )
                if row:
                    db.executemany(
                        "INSERT OR IGNORE INTO deliveries (schedule, slot, channel, recipient, status, updated_at) "
                        "VALUES (?, ?, ?, ?, 'pending', ?)",
                        [(row[0], row[1], channel, to, iso(now)) for channel, to in owed],
                    )

    def mark_interrupted(self, now: dt.datetime) -> list[Run]:
        """Mark every ``running`` run whose process is gone as ``interrupted``; return them."""
        found = []
        with self._tx() as db:
            for row in db.execute("SELECT id, owner FROM runs WHERE status='running'").fetchall():
                if owner_alive(self.folder, row[1]):
                    continue
                db.execute(
                    "UPDATE runs SET status='interrupted', finished_at=?, error=? WHERE id=?",
                    (iso(now), "the process stopped during the run (killed or crashed)", row[0]),
                )
                found.append(row[0])
        # Usually nothing was interrupted: don't read the whole history to return nothing.
        return [r for r in self.runs() if r.id in found] if found else []

    def running(self) -> list[Run]:
        """Runs still in progress (after :meth:`mark_interrupted`, only those of live processes)."""
        return self._runs("WHERE status='running' ORDER BY slot", ())

    def get(self, run_id: int) -> Run:
        return self._runs("WHERE id=?", (run_id,))[0]

    def runs(self, schedule: str | None = None, *, limit: int | None = None) -> list[Run]:
        """The run history, newest slot first."""
        where, params = ("WHERE schedule=?", (schedule,)) if schedule else ("", ())
        tail = f" LIMIT {int(limit)}" if limit else ""
        return self._runs(f"{where} ORDER BY slot DESC, id DESC{tail}", params)

    def last_success(self, schedule: str, before: dt.datetime) -> Run | None:
        """The latest scheduled (not manual) run before ``before`` that ended ``ok`` or ``empty``."""
        rows = self._runs(
            "WHERE schedule=? AND manual=0 AND status IN ('ok', 'empty') AND slot<? ORDER BY slot DESC LIMIT 1",
            (schedule, iso(before)),
        )
        return rows[0] if rows else None

    def interrupted(self, schedule: str, since: dt.datetime) -> list[Run]:
        """Interrupted scheduled runs of ``schedule`` whose slot is not older than ``since``."""
        return self._runs(
            "WHERE schedule=? AND manual=0 AND status='interrupted' AND slot>=? ORDER BY slot", (schedule, iso(since))
        )

    def _runs(self, tail: str, params: Iterable[object]) -> list[Run]:
        cols = (
            "id, schedule, slot, manual, status, attempt, started_at, finished_at, window_start, articles, outputs, "
            "letter, error"
        )
        rows = self._conn.execute(f"SELECT {cols} FROM runs {tail}", tuple(params)).fetchall()
        return [
            Run(
                id=r[0],
                schedule=r[1],
                slot=dt.datetime.fromisoformat(r[2]),
                manual=bool(r[3]),
                status=r[4],
                attempt=r[5],
                started_at=dt.datetime.fromisoformat(r[6]),
                finished_at=_time(r[7]),
                window_start=_time(r[8]),
                articles=r[9],
                outputs=tuple(json.loads(r[10])),
                letter=json.loads(r[11]) if r[11] else None,
                error=r[12],
            )
            for r in rows
        ]

    # -- articles -------------------------------------------------------------------------------

    def covered(self, schedule: str) -> set[str]:
        """Article keys already covered by a successful scheduled run of ``schedule``."""
        rows = self._conn.execute("SELECT article FROM covered WHERE schedule=?", (schedule,)).fetchall()
        return {r[0] for r in rows}

    def first_seen(self, keys: Iterable[str], now: dt.datetime) -> dict[str, dt.datetime]:
        """When each article was first seen by any run; unknown keys are recorded as seen ``now``."""
        keys = list(keys)
        with self._tx() as db:
            db.executemany(
                "INSERT OR IGNORE INTO first_seen (article, seen_at) VALUES (?, ?)", [(k, iso(now)) for k in keys]
            )
            # One query for all keys (the keys go in as one JSON array: no limit on their number).
            rows = db.execute(
                "SELECT article, seen_at FROM first_seen WHERE article IN (SELECT value FROM json_each(?))",
                (json.dumps(keys),),
            ).fetchall()
        return {key: dt.datetime.fromisoformat(seen_at) for key, seen_at in rows}

    # -- deliveries -----------------------------------------------------------------------------

    def delivered(self, schedule: str, slot: dt.datetime, channel: str, recipient: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM deliveries WHERE schedule=? AND slot=? AND channel=? AND recipient=? AND status='done'",
            (schedule, iso(slot), channel, recipient),
        ).fetchone()
        return row is not None

    def record_delivery(
        self, schedule: str, slot: dt.datetime, channel: str, recipient: str, *, now: dt.datetime, error: str | None
    ) -> None:
        """Record one attempt: ``done`` when ``error`` is None, else ``failed`` with the reason."""
        status = "done" if error is None else "failed"
        with self._tx() as db:
            db.execute(
                "INSERT INTO deliveries (schedule, slot, channel, recipient, status, attempts, error, updated_at) "
                "VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (schedule, slot, channel, recipient) DO UPDATE SET "
                "status=excluded.status, attempts=attempts+1, error=excluded.error, updated_at=excluded.updated_at",
                (schedule, iso(slot), channel, recipient, status, error, iso(now)),
            )

    def deliveries(self, schedule: str | None = None, slot: dt.datetime | None = None) -> list[Delivery]:
        where, params = "WHERE 1=1", []
        if schedule is not None:
            where += " AND schedule=?"
            params.append(schedule)
        if slot is not None:
            where += " AND slot=?"
            params.append(iso(slot))
        rows = self._conn.execute(
            f"SELECT schedule, slot, channel, recipient, status, attempts, error FROM deliveries {where} "
            "ORDER BY slot, channel, recipient",
            params,
        ).fetchall()
        return [Delivery(r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6]) for r in rows]

    def undelivered_runs(self, schedule: str, *, since: dt.datetime) -> list[Run]:
        """``ok`` runs of ``schedule`` since ``since`` that still owe a delivery, oldest first."""
        return self._runs(
            "WHERE schedule=? AND status='ok' AND slot>=? AND EXISTS (SELECT 1 FROM deliveries d WHERE "
            "d.schedule=runs.schedule AND d.slot=runs.slot AND d.status!='done') ORDER BY slot",
            (schedule, iso(since)),
        )

    def latest_ok(self, schedule: str) -> Run | None:
        """The ``ok`` run of ``schedule`` with the latest slot (manual runs included)."""
        rows = self._runs("WHERE schedule=? AND status='ok' ORDER BY slot DESC LIMIT 1", (schedule,))
        return rows[0] if rows else None
