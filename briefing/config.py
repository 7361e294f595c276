"""The typed configuration: one schema, validated once and in full.

``load_config(path, overrides, environ)`` reads a TOML file (``briefing.toml`` by default),
checks every key against the dataclasses below and raises one :class:`ConfigError` listing
every problem with its key. Relative paths resolve against the config file's folder, so the
program behaves the same from cron as from the repository root. Secrets are never read from
the file: options ending in ``_env`` name an environment variable instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "briefing.toml"
FORMATS = ("pdf", "docx", "json", "html", "md")
#: PDF variants WeasyPrint 68+ can write (its ``weasyprint.pdf.VARIANTS``, without importing it).
PDF_VARIANTS = (
    *("pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/a-4u", "pdf/a-1a", "pdf/a-2a", "pdf/a-3a"),
    *("pdf/ua-1", "pdf/ua-2"),
)


@dataclass(frozen=True, slots=True)
class SectionConfig:
    """A user-defined section: items whose sentence contains one of ``cues``."""

    #: Heading shown in every output.
    title: str = ""
    #: Words or phrases (case-insensitive, whole words) that put a sentence in this section.
    cues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EmailConfig:
    """The SMTP server schedules send through. The password is never in the file: see ``password_env``."""

    #: SMTP server host name; empty means e-mail delivery is not configured.
    host: str = ""
    #: SMTP port (587 for STARTTLS, 465 for SSL, 25 for a local relay).
    port: int = 587
    #: "starttls", "ssl" or "none" (plain, only for a relay on the same machine).
    security: str = "starttls"
    #: Login user name; empty means no login.
    user: str = ""
    #: Name of the environment variable holding the password (e.g. "BRIEFING_SMTP_PASSWORD").
    password_env: str = ""
    #: From address, e.g. "Briefings <briefings@example.org>".
    sender: str = "briefing@localhost"
    #: Seconds to wait for the server on each attempt.
    timeout: int = 30
    #: Attempts per message when the server fails temporarily (4xx, connection refused, timeout).
    attempts: int = 3
    #: Wait before the second attempt; doubled before each further one (e.g. "2s", "1m").
    backoff: str = "2s"
    #: Formats attached to each e-mail (the executive summary is always in the body).
    attach: tuple[str, ...] = ("pdf",)


@dataclass(frozen=True, slots=True)
class ScheduleConfig:
    """One scheduled briefing: when it runs, what it covers, and where it goes."""

    #: Standard 5-field cron expression ("0 7 * * MON-FRI"), read in ``timezone``.
    cron: str = ""
    #: Interval instead of cron, for frequent briefings: "30s", "15m", "2h", "1d".
    every: str = ""
    #: IANA time zone of the cron expression and of the dates in names and mails (default: the config's).
    timezone: str = ""
    #: Formats written for each run.
    formats: tuple[str, ...] = ("pdf",)
    #: Articles covered: "since-last" (since the last successful run) or a span such as "7d".
    window: str = "since-last"
    #: Title of the briefing (default: the config's title).
    title: str = ""
    #: Template folder (default: the config's templates).
    templates: Path | None = None
    #: Folder delivery: dated files plus a stable NAME-latest copy (default: output/NAME).
    folder: Path | None = None
    #: E-mail recipients; needs an [email] table.
    email_to: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Config:
    """Every option of a briefing run. Paths are absolute once loaded."""

    #: Title printed on the briefing.
    title: str = "Regional Briefing"
    #: Folder of input articles (*.txt, *.md, *.html).
    seeds: Path = Path("seeds")
    #: Folder the outputs are written to.
    output: Path = Path("output")
    #: Folder holding briefing.html.j2, briefing.css and briefing.docx.
    templates: Path = Path("templates")
    #: Template in that folder used for HTML and PDF (a child template may extend briefing.html.j2).
    html_template: str = "briefing.html.j2"
    #: Formats written by `briefing generate` when --format is not given.
    formats: tuple[str, ...] = ("pdf", "docx", "json")
    #: Number of executive-summary items.
    summary_items: int = 4
    #: Items shown per section in PDF/DOCX/HTML/Markdown (JSON always lists all).
    max_items_per_section: int = 15
    #: Show the exact source sentence under each item.
    show_quotes: bool = True
    #: Marking line on every page, e.g. "UNCLASSIFIED - FOR INTERNAL USE".
    marking: str = ""
    #: Author written into document metadata.
    author: str = "briefing"
    #: IANA time zone used for dates printed in the briefing.
    timezone: str = "UTC"
    #: Page size of the PDF: "A4" or "Letter".
    page_size: str = "A4"
    #: Archival PDF: PDF/A-3a (tagged for accessibility) with the JSON briefing embedded.
    archival: bool = False
    #: Explicit WeasyPrint PDF variant (e.g. "pdf/ua-1", "pdf/a-3u"); overrides the archival one.
    pdf_variant: str = ""
    #: Articles larger than this many bytes are skipped with a warning.
    max_article_bytes: int = 5_000_000
    #: Extra sections, keyed by name (e.g. [sections.energy]).
    sections: Mapping[str, SectionConfig] = field(default_factory=dict)
    #: Folder of the scheduler's state: run history, delivery records, job store, lock.
    state: Path = Path("state")
    #: SQLAlchemy URL of the APScheduler job store (default: SQLite in the state folder).
    jobstore_url: str = ""
    #: How late a missed run may still fire after a restart (e.g. "6h"); later ones are skipped.
    misfire_grace: str = "6h"
    #: SMTP settings for schedules that send e-mail.
    email: EmailConfig = field(default_factory=EmailConfig)
    #: Scheduled briefings, keyed by name (e.g. [schedules.weekly]).
    schedules: Mapping[str, ScheduleConfig] = field(default_factory=dict)
    #: Where this config came from (None for built-in defaults).
    source: Path | None = None

    @property
    def grace(self) -> dt.timedelta:
        """``misfire_grace`` as a span: how late a missed run still fires, and how far back the
        scheduler redoes interrupted runs and retries failed deliveries."""
        return dt.timedelta(seconds=parse_duration(self.misfire_grace))


_PATH_KEYS = ("seeds", "output", "templates", "state")


def load_config(
    path: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Read ``path`` (or ``./briefing.toml`` when it exists, else defaults), apply ``overrides``.

    Raises ConfigError naming every bad key. When ``environ`` is given (the scheduler passes it),
    the environment variables named by ``*_env`` keys must be set in it; `generate` does not need them.
    """
    raw: dict[str, Any] = {}
    base = Path.cwd()
    source: Path | None = None
    if path is None and Path(DEFAULT_CONFIG_NAME).is_file():
        path = Path(DEFAULT_CONFIG_NAME)
    if path is not None:
        path = Path(path)
        raw = _read_toml(path)
        base = path.resolve().parent
        source = path.resolve()
    raw = {**_flatten_briefing_table(raw), **{k: v for k, v in (overrides or {}).items() if v is not None}}
    problems: list[str] = []
    values = _validate(Config, raw, "", problems)
    if environ is not None:
        _check_secrets(values, environ, problems)
    if problems:
        raise ConfigError(problems, str(path or "options"))
    for key in _PATH_KEYS:
        if key in values:
            values[key] = Path(values[key])
    cfg = Config(**values, source=source)
    return dataclasses.replace(
        cfg,
        seeds=_absolute(cfg.seeds, base),
        output=_absolute(cfg.output, base),
        templates=_absolute(cfg.templates, base),
        state=_absolute(Path(cfg.state), base),
        schedules=_resolve_schedules(cfg, base),
    )


def _resolve_schedules(cfg: Config, base: Path) -> dict[str, ScheduleConfig]:
    """Absolute folders for each schedule, with the defaults filled in from the top-level config."""
    out_dir = _absolute(cfg.output, base)
    return {
        name: dataclasses.replace(
            s,
            templates=_absolute(Path(s.templates), base) if s.templates else _absolute(cfg.templates, base),
            folder=_absolute(Path(s.folder), base) if s.folder else out_dir / name,
            timezone=s.timezone or cfg.timezone,
        )
        for name, s in cfg.schedules.items()
    }


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(["file not found (create it or drop --config)"], str(path)) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError([f"not valid TOML: {err}"], str(path)) from None
    except OSError as err:
        raise ConfigError([f"cannot read: {err.strerror}"], str(path)) from None


def _flatten_briefing_table(raw: dict[str, Any]) -> dict[str, Any]:
    """Accept options at top level or under a ``[briefing]`` table."""
    inner = raw.get("briefing")
    if isinstance(inner, dict):
        rest = {k: v for k, v in raw.items() if k != "briefing"}
        return {**inner, **rest}
    return raw


def _absolute(p: Path, base: Path) -> Path:
    p = p.expanduser()
    return p if p.is_absolute() else (base / p).resolve()


def _validate(cls: type, raw: Mapping[str, Any], prefix: str, problems: list[str]) -> dict[str, Any]:
    """Check ``raw`` against dataclass ``cls``; return constructor kwargs, append problems."""
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name != "source"}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{prefix}{key}"
        if key == "password" and cls is EmailConfig:
            problems.append(
                f"'{name}' is not allowed in the file: put the password in an environment variable "
                f"and name it in '{prefix}password_env'"
            )
            continue
        if key not in fields:
            near = ", ".join(sorted(fields))
            problems.append(f"unknown key '{name}' (valid keys: {near})")
            continue
        converted = _convert(hints[key], value, name, problems)
        if converted is not _INVALID:
            values[key] = converted
    _check_values(cls, values, prefix, problems)
    return values


_INVALID = object()
#: The scalar types of the schema: the test a TOML value must pass, and what to ask for instead.
_SCALARS: dict[Any, tuple[Callable[[Any], bool], str]] = {
    Path: (lambda v: isinstance(v, str) and bool(v.strip()), "a path string"),
    bool: (lambda v: isinstance(v, bool), "true or false"),
    # TOML's true is no integer, though Python's bool is one.
    int: (lambda v: isinstance(v, int) and not isinstance(v, bool), "an integer"),
    str: (lambda v: isinstance(v, str), "a string"),
}


def _convert(hint: Any, value: Any, name: str, problems: list[str]) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in _SCALARS:
        accepts, wanted = _SCALARS[hint]
        if accepts(value):
            return value
        problems.append(f"'{name}' must be {wanted}, got {value!r}")
        return _INVALID
    if origin is tuple:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            return tuple(value)
        problems.append(f"'{name}' must be a list of strings, got {value!r}")
        return _INVALID
    if origin in (Mapping, dict) or hint is Mapping:
        if not isinstance(value, dict):
            problems.append(f"'{name}' must be a table, got {value!r}")
            return _INVALID
        item_cls = args[1] if args else None
        out: dict[str, Any] = {}
        for k, v in value.items():
            if not isinstance(v, dict) or item_cls is None:
                problems.append(f"'{name}.{k}' must be a table")
                continue
            kwargs = _validate(item_cls, v, f"{name}.{k}.", problems)
            out[k] = item_cls(**kwargs)
        return out
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        if not isinstance(value, dict):
            problems.append(f"'{name}' must be a table, got {value!r}")
            return _INVALID
        return hint(**_validate(hint, value, f"{name}.", problems))
    return value


def _check_values(cls: type, values: dict[str, Any], prefix: str, problems: list[str]) -> None:
    """Domain checks beyond types, each naming its key and the allowed values."""
    if cls in (Config, ScheduleConfig, EmailConfig):
        _check_schedule_values(cls, values, prefix, problems)
    if cls is Config:
        _check_formats(values, "formats", prefix, problems)
        for key in ("summary_items", "max_items_per_section", "max_article_bytes"):
            if key in values and values[key] < 1:
                problems.append(f"'{prefix}{key}' must be at least 1, got {values[key]}")
        if "page_size" in values and values["page_size"] not in ("A4", "Letter"):
            problems.append(f'\'{prefix}page_size\' must be "A4" or "Letter", got {values["page_size"]!r}')
        if values.get("pdf_variant") and values["pdf_variant"] not in PDF_VARIANTS:
            problems.append(
                f"'{prefix}pdf_variant' must be one of {', '.join(PDF_VARIANTS)}, got {values['pdf_variant']!r}"
            )
        if "timezone" in values:
            _check_timezone(values["timezone"], f"{prefix}timezone", problems)
        for name, sec in values.get("sections", {}).items():
            if name in ("decisions", "proposals", "security", "summary"):
                problems.append(f"'{prefix}sections.{name}' clashes with a built-in section name")
            if not sec.cues:
                problems.append(f"'{prefix}sections.{name}.cues' must list at least one cue word")


def _check_formats(values: dict[str, Any], key: str, prefix: str, problems: list[str]) -> None:
    """Every entry of the list ``values[key]`` must be an output format."""
    for fmt in values.get(key, ()):
        if fmt not in FORMATS:
            problems.append(f"'{prefix}{key}' has unknown format '{fmt}' (valid: {', '.join(FORMATS)})")


def _check_timezone(name: str, key: str, problems: list[str]) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"'{key}' is not a known IANA time zone: {name!r} (e.g. \"Europe/Berlin\")")


_DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in "90s", "15m", "2h", "7d" (or "0.5s"); raises ValueError for anything else."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd])\s*", text)
    if not m:
        raise ValueError(f'not a duration: {text!r} (use a number and s, m, h or d, e.g. "15m")')
    return float(m.group(1)) * _DURATION_UNITS[m.group(2)]


def _check_schedule_values(cls: type, values: dict[str, Any], prefix: str, problems: list[str]) -> None:
    """Checks of the schedule, e-mail and scheduler keys, each problem naming its key."""
    durations = {Config: ("misfire_grace",), EmailConfig: ("backoff",), ScheduleConfig: ("every",)}[cls]
    for key in durations:
        if values.get(key):
            try:
                parse_duration(values[key])
            except ValueError as err:
                problems.append(f"'{prefix}{key}' is {err}")
    if cls is EmailConfig:
        if "security" in values and values["security"] not in ("starttls", "ssl", "none"):
            problems.append(f'\'{prefix}security\' must be "starttls", "ssl" or "none", got {values["security"]!r}')
        _check_formats(values, "attach", prefix, problems)
        return
    if cls is Config:
        for name in values.get("schedules", {}):
            if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
                problems.append(f"'{prefix}schedules.{name}' name may only use letters, digits, '-' and '_'")
        return
    if bool(values.get("cron")) == bool(values.get("every")):
        problems.append(f"'{prefix[:-1]}' needs exactly one of 'cron' or 'every' (e.g. cron = \"0 7 * * MON\")")
    zone_ok = True
    if values.get("timezone"):
        before = len(problems)
        _check_timezone(values["timezone"], f"{prefix}timezone", problems)
        zone_ok = len(problems) == before
    if values.get("cron"):
        _check_cron(values["cron"], values.get("timezone") or "UTC" if zone_ok else "UTC", f"{prefix}cron", problems)
    _check_formats(values, "formats", prefix, problems)
    window = values.get("window", "since-last")
    if window != "since-last":
        try:
            parse_duration(window)
        except ValueError:
            problems.append(f'\'{prefix}window\' must be "since-last" or a span such as "7d", got {window!r}')
    for address in values.get("email_to", ()):
        if "@" not in address:
            problems.append(f"'{prefix}email_to' has {address!r}, which is not an e-mail address")


def _check_cron(expr: str, zone: str, key: str, problems: list[str]) -> None:
    from apscheduler.triggers.cron import CronTrigger  # only configs with schedules pay for it

    try:
        CronTrigger.from_crontab(expr, timezone=zone)
    except ValueError as err:
        problems.append(f"'{key}' is not a valid cron expression: {expr!r} ({err}; e.g. \"0 7 * * MON-FRI\")")


def _check_secrets(values: dict[str, Any], environ: Mapping[str, str], problems: list[str]) -> None:
    """E-mail schedules need a server, and the password variable (when named) must be set."""
    schedules = values.get("schedules", {})
    mailing = sorted(name for name, s in schedules.items() if s.email_to)
    if not mailing:
        return
    email = values.get("email", EmailConfig())
    if not email.host:
        problems.append(f"'email.host' is empty but schedule '{mailing[0]}' sends e-mail (add an [email] table)")
    if email.password_env and not environ.get(email.password_env):
        problems.append(
            f"'email.password_env' names {email.password_env}, which is not set in the environment "
            f"(export {email.password_env}=... before starting)"
        )
    elif email.user and not email.password_env:
        problems.append("'email.password_env' is empty but 'email.user' is set (name the password's variable)")
