"""E-mail delivery: compose (pure) and send (SMTP injected), with retries on temporary failures.

``compose_email`` builds the message from a :class:`Letter` (the few facts a mail needs, kept in
the run history so a delivery can be retried after a restart without the briefing in memory)
and the attachment bytes. ``send`` talks SMTP through an injected ``smtplib.SMTP``-like class:
STARTTLS, SSL or plain, optional login, and up to ``attempts`` tries with a doubling wait when
the failure is temporary (4xx reply, connection refused or dropped, timeout). A permanent
failure (5xx, bad login) is raised at once. Either way the caller gets one
:class:`~briefing.errors.DeliveryError` whose message is the reason recorded in the history.
"""

from __future__ import annotations

import hashlib
import html
import logging
import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from .config import EmailConfig, parse_duration
from .errors import DeliveryError
from .model import Briefing

logger = logging.getLogger(__name__)

_MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "json": ("application", "json"),
    "html": ("text", "html"),
    "md": ("text", "markdown"),
}


@dataclass(frozen=True, slots=True)
class Letter:
    """What an e-mail says about one run: subject, period and the executive summary."""

    subject: str
    title: str
    period: str
    summary: tuple[str, ...]
    #: Identifies the run, e.g. "weekly 2025-11-29T07:00:00+00:00"; sent as X-Briefing-Run.
    run: str

    @classmethod
    def of(cls, briefing: Briefing, *, subject: str, run: str) -> Letter:
        """The letter of a finished briefing (summary items as "Actor: text")."""
        from .render.view import format_period

        items = tuple(f"{i.actor}: {i.text}" if i.actor else i.text for i in briefing.summary)
        period = format_period(briefing.period.start, briefing.period.end) or "undated articles"
        return cls(subject=subject, title=briefing.title, period=period, summary=items, run=run)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "title": self.title,
            "period": self.period,
            "summary": list(self.summary),
            "run": self.run,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Letter:
        return cls(
            subject=str(data["subject"]),
            title=str(data["title"]),
            period=str(data["period"]),
            summary=tuple(str(s) for s in data["summary"]),
            run=str(data["run"]),
        )


def compose_email(
    letter: Letter, *, sender: str, to: str, attachments: Sequence[tuple[str, bytes]], date: float | None = None
) -> EmailMessage:
    """A multipart mail to one recipient: plain-text and HTML body with the summary, files attached.

    The Message-ID is derived from the run and the recipient, so a retried delivery carries the
    same id and mail systems can recognise it as the same message.
    """
    msg = EmailMessage()
    msg["Subject"] = letter.subject
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = formatdate(date, localtime=False)
    digest = hashlib.sha256(f"{letter.run}|{to}".encode()).hexdigest()[:24]
    msg["Message-ID"] = make_msgid(idstring=digest, domain="briefing.local")
    msg["X-Briefing-Run"] = letter.run
    msg.set_content(_text_body(letter))
    msg.add_alternative(_html_body(letter), subtype="html")
    for name, data in attachments:
        maintype, subtype = _MIME.get(name.rsplit(".", 1)[-1], ("application", "octet-stream"))
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def _text_body(letter: Letter) -> str:
    lines = [letter.title, f"Period covered: {letter.period}", "", "Executive summary", ""]
    lines += [f"- {s}" for s in letter.summary] or ["(no summary items)"]
    lines += ["", "The full briefing is attached."]
    return "\n".join(lines) + "\n"


def _html_body(letter: Letter) -> str:
    items = "".join(f"<li>{html.escape(s)}</li>" for s in letter.summary) or "<li>(no summary items)</li>"
    return (
        f"<!DOCTYPE html><html><body><h1>{html.escape(letter.title)}</h1>"
        f"<p>Period covered: {html.escape(letter.period)}</p>"
        f"<h2>Executive summary</h2><ul>{items}</ul><p>The full briefing is attached.</p></body></html>\n"
    )


SMTPFactory = Callable[..., smtplib.SMTP]


class _Temporary(Exception):
    """Internal: a failure worth another attempt; the message is the reason."""


def send(
    msg: EmailMessage,
    cfg: EmailConfig,
    password: str | None,
    *,
    smtp: SMTPFactory = smtplib.SMTP,
    smtp_ssl: SMTPFactory = smtplib.SMTP_SSL,
    tls: ssl.SSLContext | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Send ``msg`` through the server of ``cfg``; raises DeliveryError with the reason when it cannot."""
    wait = parse_duration(cfg.backoff)
    attempts = max(1, cfg.attempts)
    for attempt in range(1, attempts + 1):
        try:
            _send_once(msg, cfg, password, smtp=smtp, smtp_ssl=smtp_ssl, tls=tls or ssl.create_default_context())
            return
        except _Temporary as err:
            if attempt == attempts:
                raise DeliveryError(f"{err} (gave up after {attempts} attempts)") from None
            logger.warning("sending to %s failed (%s); retrying in %gs", msg["To"], err, wait)
            sleep(wait)
            wait *= 2


def _send_once(
    msg: EmailMessage,
    cfg: EmailConfig,
    password: str | None,
    *,
    smtp: SMTPFactory,
    smtp_ssl: SMTPFactory,
    tls: ssl.SSLContext,
) -> None:
    server = f"{cfg.host}:{cfg.port}"
    try:
        if cfg.security == "ssl":
            conn = smtp_ssl(cfg.host, cfg.port, timeout=cfg.timeout, context=tls)
        else:
            conn = smtp(cfg.host, cfg.port, timeout=cfg.timeout)
        with conn:
            if cfg.security == "starttls":
                conn.starttls(context=tls)
            if cfg.user:
                conn.login(cfg.user, password or "")
            refused = conn.send_message(msg)
    except smtplib.SMTPAuthenticationError as err:
        raise DeliveryError(
            f"SMTP login to {server} as {cfg.user} refused: {_reply(err)} (check the user and password)"
        ) from None
    except smtplib.SMTPRecipientsRefused as err:
        codes = [code for code, _ in err.recipients.values()]
        reason = f"{server} refused {', '.join(err.recipients)}: " + "; ".join(
            _reply_of(*v) for v in err.recipients.values()
        )
        if all(400 <= c < 500 for c in codes):
            raise _Temporary(reason) from None
        raise DeliveryError(reason) from None
    except smtplib.SMTPResponseException as err:
        if 400 <= err.smtp_code < 500:
            raise _Temporary(f"{server} answered {_reply(err)}") from None
        hint = " (the server wants TLS or a login: check email.security and email.user)" if err.smtp_code == 530 else ""
        raise DeliveryError(f"{server} refused the message: {_reply(err)}{hint}") from None
    except smtplib.SMTPNotSupportedError as err:
        raise DeliveryError(f"{server} does not support {err} (set email.security to match the server)") from None
    except (smtplib.SMTPException, OSError) as err:
        # Connection refused, reset, timeout, TLS handshake, server hung up: worth another try.
        raise _Temporary(f"cannot reach {server}: {err.__class__.__name__}: {err}") from None
    if refused:
        raise DeliveryError(f"{server} refused " + "; ".join(f"{k}: {_reply_of(*v)}" for k, v in refused.items()))


def _reply(err: smtplib.SMTPResponseException) -> str:
    return _reply_of(err.smtp_code, err.smtp_error)


def _reply_of(code: int, text: bytes | str) -> str:
    message = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    return f"{code} {message}".strip()
