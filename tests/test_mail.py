"""E-mail: composing is pure; sending goes to a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import io
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.config import EmailConfig
from briefing.errors import DeliveryError
from briefing.mail import Letter, compose_email, send

from .schedule_support import TEMPLATES, Mailbox, free_port, smtp_server

LETTER = Letter(
    subject="Weekly briefing (2025-03-03-0700)",
    title="Weekly briefing",
    period="3 March 2025",
    summary=("Norland and Sudria: signed a treaty on the state border.", "Ana Kovac: proposed a water <commission>."),
    run="weekly 2025-03-03T07:00:00+00:00",
)


@pytest.fixture
def server() -> Iterator[tuple[Mailbox, int]]:
    yield from smtp_server()


@pytest.fixture
def login_server() -> Iterator[tuple[Mailbox, int]]:
    yield from smtp_server(login=True)


def _cfg(port: int, **kw: object) -> EmailConfig:
    values: dict[str, object] = {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 5}
    values.update(kw)
    return EmailConfig(**values)  # type: ignore[arg-type]


def test_compose_puts_the_summary_in_text_and_html_and_attaches_files() -> None:
    msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[("w.pdf", b"%PDF-1.7 x")])
    assert msg["Subject"] == "Weekly briefing (2025-03-03-0700)"
    assert msg["To"] == "ana@example.org"
    assert msg["X-Briefing-Run"] == LETTER.run
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    assert "- Norland and Sudria: signed a treaty on the state border." in text.get_content()
    assert "<li>Ana Kovac: proposed a water &lt;commission&gt;.</li>" in html.get_content()
    (part,) = list(msg.iter_attachments())
    assert part.get_filename() == "w.pdf"
    assert part.get_content_type() == "application/pdf"
    assert part.get_content() == b"%PDF-1.7 x"


def test_message_id_is_stable_per_run_and_recipient() -> None:
    one = compose_email(LETTER, sender="b@x.org", to="a@x.org", attachments=[])
    again = compose_email(LETTER, sender="b@x.org", to="a@x.org", attachments=[])
    other = compose_email(LETTER, sender="b@x.org", to="c@x.org", attachments=[])
    assert one["Message-ID"].split("@")[0].split(".")[-1] == again["Message-ID"].split("@")[0].split(".")[-1]
    assert one["Message-ID"].split("@")[0].split(".")[-1] != other["Message-ID"].split("@")[0].split(".")[-1]


def test_letter_round_trips_through_the_history_json() -> None:
    assert Letter.from_dict(LETTER.to_dict()) == LETTER


def test_send_delivers_to_a_real_smtp_server(server: tuple[Mailbox, int]) -> None:
    box, port = server
    from briefing.errors import RenderError
    from briefing.render.pdf import html_to_pdf

    try:
        pdf = html_to_pdf("<h1>Weekly briefing</h1><p>Norland and Sudria signed a treaty.</p>", TEMPLATES)
    except RenderError as err:  # pragma: no cover - machines without Pango
        pytest.skip(f"PDF rendering unavailable: {err}")
    msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[("w.pdf", pdf)])
    send(msg, _cfg(port), None)
    (rcpts, got), *rest = box.messages
    assert not rest
    assert rcpts == ["ana@example.org"]
    assert got["Subject"] == LETTER.subject
    (part,) = list(got.iter_attachments())
    reader = PdfReader(io.BytesIO(part.get_content()))
    assert "Norland and Sudria signed a treaty" in reader.pages[0].extract_text()


def test_send_logs_in_with_the_password_given(login_server: tuple[Mailbox, int]) -> None:
    box, port = login_server
    msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[])
    send(msg, _cfg(port, user="briefing"), "s3cret")
    assert box.logins == [("briefing", "s3cret")]
    assert len(box.messages) == 1


def test_a_wrong_password_is_a_permanent_failure_with_the_reason(login_server: tuple[Mailbox, int]) -> None:
    box, port = login_server
    waits: list[float] = []
    msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[])
    with pytest.raises(DeliveryError, match=r"login to 127\.0\.0\.1:\d+ as briefing refused: 535"):
        send(msg, _cfg(port, user="briefing", attempts=3), "wrong", sleep=waits.append)
    assert waits == []  # not retried: another attempt cannot succeed
    assert box.messages == []


def test_a_temporary_failure_is_retried_with_doubling_backoff(server: tuple[Mailbox, int]) -> None:
    box, port = server
    box.fail_next = 2
    waits: list[float] = []
    msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[])
    send(msg, _cfg(port, attempts=3, backoff="2s"), None, sleep=waits.append)
    assert waits == [2.0, 4.0]
    assert len(box.messages) == 1


def test_server_down_fails_after_all_attempts_with_the_reason() -> None:
    port = free_port()  # nothing listens there
    waits: list[float] = []
    msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[])
    with pytest.raises(DeliveryError) as caught:
        send(msg, _cfg(port, attempts=3, backoff="1s"), None, sleep=waits.append)
    assert str(caught.value).startswith(f"cannot reach 127.0.0.1:{port}: ConnectionRefusedError")
    assert str(caught.value).endswith("(gave up after 3 attempts)")
    assert waits == [1.0, 2.0]


def test_starttls_against_a_server_without_it_says_how_to_fix(server: tuple[Mailbox, int]) -> None:
    _, port = server
    msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[])
    with pytest.raises(DeliveryError, match=r"set email\.security to match the server"):
        send(msg, _cfg(port, security="starttls"), None)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key


def _tls_server(certificate: tuple[Path, Path], **kwargs: object) -> Iterator[tuple[Mailbox, int]]:
    from aiosmtpd.controller import Controller

    cert, key = certificate
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    box, port = Mailbox(), free_port()
    options = {k: server_ctx if v == "ctx" else v for k, v in kwargs.items()}
    controller = Controller(box, hostname="127.0.0.1", port=port, **options)  # type: ignore[arg-type]
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


def test_starttls_upgrades_before_sending(certificate: tuple[Path, Path]) -> None:
    gen = _tls_server(certificate, tls_context="ctx", require_starttls=True)
    box, port = next(gen)
    try:
        client = ssl.create_default_context(cafile=str(certificate[0]))
        msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[])
        with pytest.raises(
            DeliveryError,
            match=r"refused the message: 530 Must issue a STARTTLS command first \(the server wants TLS or a login: "
            r"check email\.security and email\.user\)$",
        ):
            send(msg, _cfg(port, security="none"), None, tls=client)
        send(msg, _cfg(port, security="starttls"), None, tls=client)
        assert len(box.messages) == 1
    finally:
        next(gen, None)


def test_ssl_connects_with_tls_from_the_start(certificate: tuple[Path, Path]) -> None:
    gen = _tls_server(certificate, ssl_context="ctx")
    box, port = next(gen)
    try:
        client = ssl.create_default_context(cafile=str(certificate[0]))
        msg = compose_email(LETTER, sender="b@example.org", to="ana@example.org", attachments=[])
        send(msg, _cfg(port, security="ssl"), None, tls=client)
        assert len(box.messages) == 1
        # A certificate the client does not trust is refused, with the reason.
        waits: list[float] = []
        with pytest.raises(DeliveryError, match="CERTIFICATE_VERIFY_FAILED"):
            send(msg, _cfg(port, security="ssl", attempts=1), None, sleep=waits.append)
    finally:
        next(gen, None)
