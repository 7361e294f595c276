"""Working with user templates: copy the defaults, point the config at them, check, preview.

Used by ``briefing templates``. Checking renders every template in the folder against the
made-up :mod:`~briefing.render.sample` briefing and collects each problem with its file and
line instead of stopping at the first one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import re
import shutil
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import BriefingError, ConfigError, RenderError
from . import DEFAULT_TEMPLATES, RenderContext, render
from .html import Problem, check_template
from .sample import sample_briefing, sample_options
from .view import BriefingView, ViewOptions, to_view

logger = logging.getLogger(__name__)

#: Files `templates init` copies (the example child template shows block overriding).
TEMPLATE_FILES = ("briefing.html.j2", "briefing.css", "briefing.docx", "child-example.html.j2")
#: The fixed clock of the sample briefing, so previews are reproducible.
SAMPLE_NOW = dt.datetime(2025, 11, 29, 18, 0, tzinfo=dt.UTC)


def copy_defaults(dest: Path, *, force: bool = False) -> tuple[list[Path], list[Path]]:
    """Copy the shipped templates into ``dest``; returns (copied, kept because they exist)."""
    if dest.resolve() == DEFAULT_TEMPLATES.resolve():
        raise BriefingError(f"{dest} is the built-in templates folder; choose another DIR to edit a copy")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BriefingError(f"Cannot create {dest}: {err.strerror} (choose a writable DIR)") from None
    missing = [name for name in TEMPLATE_FILES if not (DEFAULT_TEMPLATES / name).is_file()]
    if missing:
        raise BriefingError(
            f"The built-in templates are missing from {DEFAULT_TEMPLATES} ({', '.join(missing)}); reinstall briefing"
        )
    copied, kept = [], []
    for name in TEMPLATE_FILES:
        target = dest / name
        if target.exists() and not force:
            kept.append(target)
            continue
        shutil.copyfile(DEFAULT_TEMPLATES / name, target)
        copied.append(target)
    return copied, kept


def point_config(config_path: Path, templates_dir: Path) -> None:
    """Set ``templates = "DIR"`` in ``config_path`` (created when missing), keeping the rest as is."""
    rel = os.path.relpath(templates_dir.resolve(), config_path.resolve().parent)
    line = f"templates = {json.dumps(Path(rel).as_posix(), ensure_ascii=False)}"
    text = config_path.read_text(encoding="utf-8") if config_path.exists() else ""
    key = re.compile(r"^[ \t]*templates[ \t]*=.*$", re.MULTILINE)
    if key.search(text):
        text = key.sub(lambda _: line, text, count=1)
    elif re.search(r"^\[briefing\][ \t]*$", text, re.MULTILINE):
        text = re.sub(r"^\[briefing\][ \t]*$", lambda m: f"{m.group(0)}\n{line}", text, count=1, flags=re.MULTILINE)
    else:
        # Top-level keys must precede the first [table] to stay top-level.
        text = f"{line}\n{text}"
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError([f"could not add 'templates' ({err}); set it by hand to {rel!r}"], str(config_path)) from None
    found = parsed.get("briefing", {}).get("templates", parsed.get("templates"))
    if found != Path(rel).as_posix():
        raise ConfigError([f"could not set 'templates'; set it by hand to {rel!r}"], str(config_path))
    config_path.write_text(text, encoding="utf-8")


def sample_views(options: ViewOptions) -> list[BriefingView]:
    """Views that between them take every branch of the default template."""
    full = to_view(sample_briefing(SAMPLE_NOW), sample_options(options))
    full = dataclasses.replace(full, toc=True)
    empty = dataclasses.replace(
        full,
        marking="",
        toc=False,
        show_quotes=False,
        summary=(),
        sections=tuple(dataclasses.replace(s, items=(), more=0, total=0) for s in full.sections),
        glance=dataclasses.replace(full.glance, countries=(), people=()),
    )
    return [full, empty]


def check(templates_dir: Path, options: ViewOptions) -> list[Problem]:
    """Every problem of every template in ``templates_dir`` (HTML, CSS, DOCX), in file order."""
    if not templates_dir.is_dir():
        return [Problem(str(templates_dir), 0, "templates folder not found (run `briefing templates init DIR`)")]
    views = sample_views(options)
    problems: list[Problem] = []
    for path in sorted(templates_dir.glob("*.j2")):
        problems += check_template(templates_dir, path.name, views)
    if not (templates_dir / options.html_template).is_file():
        problems.append(Problem(str(templates_dir / options.html_template), 0, "configured html_template not found"))
    if pdf_available() is None:
        for path in sorted(templates_dir.glob("*.css")):
            problems += check_css(path, templates_dir)
        if not problems:
            problems += check_fetches(templates_dir, options, views[0])
    problems += check_docx(templates_dir, views[0])
    return problems


def check_css(path: Path, templates_dir: Path) -> list[Problem]:
    """WeasyPrint's warnings about ``path`` (unknown properties, refused URLs) as problems."""
    import weasyprint

    from .pdf import safe_fetcher

    with _captured("weasyprint", "briefing.render.pdf") as messages:
        try:
            weasyprint.CSS(filename=str(path), url_fetcher=safe_fetcher(templates_dir))
        except Exception as err:
            messages.append(f"cannot read: {err}")
    problems = []
    for message in messages:
        where = re.search(r" at (\d+):\d+", message)
        problems.append(Problem(str(path), int(where.group(1)) if where else 0, message))
    return problems


def check_fetches(templates_dir: Path, options: ViewOptions, view: BriefingView) -> list[Problem]:
    """Render the sample PDF; every resource the URL fetcher refused is a problem of the template."""
    from .html import render_html
    from .pdf import html_to_pdf

    with _captured("briefing.render.pdf") as messages:
        html_to_pdf(render_html(view, templates_dir, options.html_template), templates_dir)
    where = str(templates_dir / options.html_template)
    return [Problem(where, 0, f"{m} (put the file in the templates folder and use a relative URL)") for m in messages]


def check_docx(templates_dir: Path, view: BriefingView) -> list[Problem]:
    """Open the Word template, list missing styles, render the sample with it."""
    from .docx import STYLES, TEMPLATE_NAME, render_docx

    path = templates_dir / TEMPLATE_NAME
    if not path.is_file():
        return [Problem(str(path), 0, "no Word template: DOCX output uses python-docx's plain default styles")]
    try:
        render_docx(view, templates_dir, SAMPLE_NOW)
    except RenderError as err:
        return [Problem(str(path), 0, str(err).removeprefix(f"{path}: "))]
    import docx

    names = {s.name for s in docx.Document(str(path)).styles}
    return [
        Problem(str(path), 0, f"style '{name}' missing: a plainer style is used instead")
        for name in STYLES
        if name not in names
    ]


def preview(templates_dir: Path, options: ViewOptions, out_dir: Path) -> tuple[list[Path], list[str]]:
    """Write the sample briefing as PDF, DOCX and HTML; returns (files, error messages)."""
    from ..deliver import write_atomic

    ctx = RenderContext(sample_briefing(SAMPLE_NOW), sample_options(options), templates_dir)
    files, errors = [], []
    for fmt in ("pdf", "docx", "html"):
        try:
            data = render(ctx, fmt)
        except RenderError as err:
            errors.append(f"{fmt}: {err}")
            continue
        files.append(write_atomic(out_dir / f"template-preview.{fmt}", data))
    return files, errors


def pdf_available() -> str | None:
    """None when WeasyPrint and Pango load, else the reason they do not."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as err:
        return str(err)
    return None


@contextmanager
def _captured(*names: str) -> Iterator[list[str]]:
    """Collect WARNING+ messages of the named loggers (and keep them off the console)."""
    messages: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    handler = _Collect(logging.WARNING)
    saved = []
    for name in names:
        log = logging.getLogger(name)
        saved.append((log, log.propagate))
        log.addHandler(handler)
        log.propagate = False
    try:
        yield messages
    finally:
        for log, propagate in saved:
            log.removeHandler(handler)
            log.propagate = propagate
