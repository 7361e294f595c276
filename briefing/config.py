"""The typed configuration: one schema, validated once and in full.

``load_config(path, overrides, environ)`` reads a TOML file (``briefing.toml`` by default),
checks every key against the dataclasses below and raises one :class:`ConfigError` listing
every problem with its key. Relative paths resolve against the config file's folder, so the
program behaves the same from cron as from the repository root. Secrets are never read from
the file: options ending in ``_env`` name an environment variable instead.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_CONFIG_NAME = "briefing.toml"
FORMATS = ("pdf", "docx", "json", "html", "md")


@dataclass(frozen=True, slots=True)
class SectionConfig:
    """A user-defined section: items whose sentence contains one of ``cues``."""

    #: Heading shown in every output.
    title: str = ""
    #: Words or phrases (case-insensitive, whole words) that put a sentence in this section.
    cues: tuple[str, ...] = ()


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
    #: Folder for the program's own state (analysis cache, schedule history).
    state: Path = Path("state")
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
    #: Articles larger than this many bytes are skipped with a warning.
    max_article_bytes: int = 5_000_000
    #: Extra sections, keyed by name (e.g. [sections.energy]).
    sections: Mapping[str, SectionConfig] = field(default_factory=dict)
    #: Where this config came from (None for built-in defaults).
    source: Path | None = None


_PATH_KEYS = ("seeds", "output", "templates", "state")


def load_config(
    path: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Read ``path`` (or ``./briefing.toml`` when it exists, else defaults), apply ``overrides``.

    Raises ConfigError naming every bad key. ``environ`` is accepted for secrets resolution.
    """
    del environ  # secrets are resolved by the modules that need them, from their *_env key
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
        state=_absolute(cfg.state, base),
    )


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


def _convert(hint: Any, value: Any, name: str, problems: list[str]) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Path:
        if isinstance(value, str) and value.strip():
            return value
        problems.append(f"'{name}' must be a path string, got {value!r}")
        return _INVALID
    if hint is bool:
        if isinstance(value, bool):
            return value
        problems.append(f"'{name}' must be true or false, got {value!r}")
        return _INVALID
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        problems.append(f"'{name}' must be an integer, got {value!r}")
        return _INVALID
    if hint is str:
        if isinstance(value, str):
            return value
        problems.append(f"'{name}' must be a string, got {value!r}")
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
    if cls is Config:
        for fmt in values.get("formats", ()):
            if fmt not in FORMATS:
                problems.append(f"'{prefix}formats' has unknown format '{fmt}' (valid: {', '.join(FORMATS)})")
        for key in ("summary_items", "max_items_per_section", "max_article_bytes"):
            if key in values and values[key] < 1:
                problems.append(f"'{prefix}{key}' must be at least 1, got {values[key]}")
        if "page_size" in values and values["page_size"] not in ("A4", "Letter"):
            problems.append(f'\'{prefix}page_size\' must be "A4" or "Letter", got {values["page_size"]!r}')
        if "timezone" in values:
            _check_timezone(values["timezone"], f"{prefix}timezone", problems)
        for name, sec in values.get("sections", {}).items():
            if name in ("decisions", "proposals", "security", "summary"):
                problems.append(f"'{prefix}sections.{name}' clashes with a built-in section name")
            if not sec.cues:
                problems.append(f"'{prefix}sections.{name}.cues' must list at least one cue word")


def _check_timezone(name: str, key: str, problems: list[str]) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"'{key}' is not a known IANA time zone: {name!r} (e.g. \"Europe/Berlin\")")
