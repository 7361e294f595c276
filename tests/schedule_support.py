"""Helpers for the schedule, state and mail tests: a real SMTP server on loopback, seeds, configs."""

from __future__ import annotations

import email
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def write_article(folder: Path, name: str, *, date: str | None = "March 3, 2025", place: str = "Arden") -> Path:
    """A small news article; ``date=None`` writes one without a date line."""
    folder.mkdir(parents=True, exist_ok=True)
    head = f"{date}\n\n" if date else ""
    text = (
        f"{head}Leaders Meet in {place}\n\n"
        f"{place.upper()} (Wire) - The presidents of Norland and Sudria signed a treaty on the state border "
        f"in {place}. "
        "President Ana Kovac proposed to create a joint water commission. "
        "The defence ministers agreed to hold joint counter-terrorism exercises in the autumn.\n"
    )
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Mailbox:
    """What the loopback SMTP server received; ``fail_next`` answers that many DATA with 451."""

    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    fail_next: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            if self.fail_next:
                self.fail_next -= 1
                return "451 4.3.0 mailbox busy, try again later"
            msg = email.message_from_bytes(envelope.content, policy=policy.default)
            assert isinstance(msg, EmailMessage)
            self.messages.append((list(envelope.rcpt_tos), msg))
        return "250 OK"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword):
            self.logins.append((data.login.decode(), data.password.decode()))
            if data.password == b"s3cret":
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False, message="535 5.7.8 Authentication credentials invalid")

    def runs(self) -> list[str]:
        """The X-Briefing-Run header of every message received, in order."""
        return [str(m["X-Briefing-Run"]) for _, m in self.messages]


def smtp_server(*, login: bool = False, port: int | None = None) -> Iterator[tuple[Mailbox, int]]:
    """Run aiosmtpd on 127.0.0.1 (on ``port``, or a free one) for the duration of a fixture."""
    box = Mailbox()
    port = port or free_port()
    kwargs: dict[str, Any] = {}
    if login:
        # PLAIN only: smtplib's fallback to LOGIN after a refused PLAIN stalls against aiosmtpd.
        kwargs = {"authenticator": box.authenticate, "auth_require_tls": False, "auth_exclude_mechanism": ["LOGIN"]}
    controller = Controller(box, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


def write_config(
    root: Path, schedules: str, *, smtp_port: int | None = None, extra: str = "", grace: str = "1h"
) -> Path:
    """A briefing.toml in ``root`` using ``root/seeds``, ``root/output`` and ``root/state``."""
    email_table = ""
    if smtp_port is not None:
        email_table = (
            f'[email]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
            'sender = "Briefings <briefings@example.org>"\nattempts = 2\nbackoff = "0.1s"\ntimeout = 5\n'
        )
    text = (
        f'[briefing]\nseeds = "seeds"\noutput = "output"\nstate = "state"\ntemplates = "{TEMPLATES}"\n'
        f'misfire_grace = "{grace}"\n{extra}\n{email_table}\n{schedules}\n'
    )
    path = root / "briefing.toml"
    path.write_text(text, encoding="utf-8")
    return path


class Scheduler:
    """``briefing schedule`` in a subprocess; its stderr lines are collected with their arrival time."""

    def __init__(self, config: Path, *, prelude: str = "") -> None:
        import subprocess
        import sys

        argv = ["schedule", "--config", str(config)]
        code = f"{prelude}\nfrom briefing.cli import main\nraise SystemExit(main({argv!r}))\n"
        self.lines: list[tuple[float, str]] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        import time

        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append((time.time(), line.rstrip("\n")))

    def wait_for(self, predicate: Any, timeout: float = 30) -> float:
        """Wait until ``predicate()`` is true; returns the time it became true. Fails with the log."""
        import time

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if predicate():
                return time.time()
            if self.proc.poll() is not None and not predicate():
                break
            time.sleep(0.05)
        raise AssertionError("condition not met; scheduler log:\n" + self.log())

    def line_time(self, prefix: str) -> float | None:
        return next((t for t, line in self.lines if line.startswith(prefix)), None)

    def log(self) -> str:
        return "\n".join(line for _, line in self.lines)

    def stop(self, sig: int = 15, timeout: float = 30) -> int:
        import os

        os.kill(self.proc.pid, sig)
        code = self.proc.wait(timeout)
        self._reader.join(5)
        return code
