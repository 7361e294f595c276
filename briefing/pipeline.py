"""The one pipeline: read -> analyse -> summarise -> render -> write.

``run()`` is the only way a briefing is made: ``briefing generate`` and the scheduler both
call it. The clock (``now``) is passed in, so reruns with the same inputs and clock give the
same briefing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from . import collector
from .config import Config
from .errors import BriefingError, ReadError, RenderError
from .model import Article, Briefing, Period
from .readers import ReadReport, Skipped, read_seeds

if TYPE_CHECKING:
    from .cache import AnalysisCache

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RunOptions:
    """What one run asks for beyond the config (CLI flags or a schedule's settings)."""

    formats: tuple[str, ...] = ()
    out_dir: Path | None = None
    output: Path | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    title: str | None = None
    stem: str | None = None
    #: Narrows the articles read to the run's window (the scheduler's "since the last run");
    #: may raise a BriefingError subclass to stop the run with that reason.
    choose: Callable[[Sequence[Article]], Sequence[Article]] | None = None
    #: Whose run snapshot a cached run reads and replaces (a schedule's name): runs over other
    #: windows of one state folder keep apart, or each would find the other's and merge afresh.
    snapshot: str = ""


@dataclass(frozen=True, slots=True)
class RunResult:
    """The briefing made, the files written, and what went wrong along the way."""

    briefing: Briefing
    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...]
    failed: tuple[tuple[str, str], ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.failed


def run(
    config: Config, *, now: dt.datetime, options: RunOptions = RunOptions(), cache: AnalysisCache | None = None
) -> RunResult:
    """Make the briefing of ``config.seeds`` and write it; raises BriefingError if nothing can be made.

    With a ``cache``, articles analysed by an earlier run are not analysed again.
    """
    logger.debug("reading %s", config.seeds)
    # One collector pause for the whole run: re-enabling it between stages made the next
    # allocation walk every record built so far (a third of a second at 10,000 articles).
    with collector.paused():
        briefing, files, failed, report, count = _run(config, now, options, cache)
    logger.info(
        "done: %d articles read, %d skipped, %d items; wrote %s",
        count,
        len(report.skipped),
        sum(len(s.items) for s in briefing.sections),
        ", ".join(str(f) for f in files) or "nothing",
    )
    return RunResult(briefing, tuple(files), report.skipped, tuple(failed))


def _run(
    config: Config, now: dt.datetime, options: RunOptions, cache: AnalysisCache | None
) -> tuple[Briefing, list[Path], list[tuple[str, str]], ReadReport, int]:
    report = read_seeds(config.seeds, max_bytes=config.max_article_bytes, today=now.date(), known=cache)
    for skip in report.skipped:
        logger.warning("skipped %s: %s", skip.path.name, skip.reason)
    articles = select(report.articles, options.since, options.until)
    if options.choose is not None:
        articles = list(options.choose(articles))
    if not articles:
        raise ReadError(_nothing_to_read(config.seeds, len(report.articles), len(report.skipped), options))
    briefing = make_briefing(config, articles, now=now, options=options, cache=cache)
    files, failed = write_outputs(config, briefing, options)
    return briefing, files, failed, report, len(articles)


def make_briefing(
    config: Config,
    articles: Sequence[Article],
    *,
    now: dt.datetime,
    options: RunOptions = RunOptions(),
    cache: AnalysisCache | None = None,
) -> Briefing:
    """Analyse and summarise ``articles`` (no I/O unless a ``cache`` is given, which only saves work)."""
    from .classify import user_sections
    from .progress import track
    from .summarise import analyse, default_specs, summarise

    logger.debug("analysing %d articles", len(articles))
    cues = {k: s.cues for k, s in config.sections.items()}
    user = user_sections(cues)
    specs = default_specs({k: s.title for k, s in config.sections.items()})
    period = None
    if options.since or options.until:
        auto = _period_of(articles)
        period = Period(options.since or auto.start, options.until or auto.end)
    with collector.paused():
        if cache is None:
            words: dict[str, tuple[str, str]] = {}  # what merging would otherwise work out again
            # Condensed texts of unlabelled sentences only if the summary shows one (nothing stores them).
            analysed = analyse(
                articles, user=user, words=words, defer=True, progress=lambda split: track(split, "articles")
            )
            briefing = summarise(
                analysed,
                title=options.title or config.title,
                now=now,
                specs=specs,
                summary_items=config.summary_items,
                period=period,
                words=words,
            )
            # The analyses die here, while the cyclic collector is still off: on again, it would first
            # walk every one of them (a million objects at 10,000 articles, all freed by reference counting).
            del analysed, words
        else:
            from .incremental import summarise_cached

            briefing = summarise_cached(
                articles,
                cache,
                user,
                json.dumps(cues, sort_keys=True),
                title=options.title or config.title,
                now=now,
                specs=specs,
                summary_items=config.summary_items,
                period=period,
                owner=options.snapshot,
            )
    if cache is not None:
        logger.info(
            "analysis cache: %d reused, %d analysed; %d files seen before not parsed again; run snapshot %s",
            len(articles) - cache.misses,
            cache.misses,
            cache.files_reused,
            "reused" if cache.snapshot_used else "rebuilt",
        )
        logger.info("buckets of near-duplicates: %d reused, %d compared", cache.buckets_reused, cache.buckets_compared)
    return briefing


def write_outputs(config: Config, briefing: Briefing, options: RunOptions) -> tuple[list[Path], list[tuple[str, str]]]:
    """Render every format and write each atomically; a failed format does not stop the rest."""
    from .deliver import choose_stem, record, slug, write_atomic
    from .render import RenderContext, render, view_options

    formats = list(dict.fromkeys(options.formats or config.formats))
    ctx = RenderContext(briefing, view_options(config), config.templates)
    rendered: dict[str, bytes] = {}
    failed: list[tuple[str, str]] = []
    for fmt in formats:
        logger.debug("rendering %s", fmt)
        try:
            rendered[fmt] = render(ctx, fmt)
        except RenderError as err:
            logger.error("could not render %s: %s", fmt, err)
            failed.append((fmt, str(err)))
    if not rendered:
        raise RenderError(failed[0][1] if failed else "no output format requested")
    if options.output is not None:
        targets = {fmt: _output_path(options.output, fmt, len(formats)) for fmt in rendered}
        return [write_atomic(targets[f], rendered[f]) for f in rendered], failed
    out_dir = options.out_dir or config.output
    local = briefing.generated_at.astimezone(ZoneInfo(config.timezone))
    fingerprint = ctx.fingerprint
    stem = options.stem or choose_stem(out_dir, f"{local:%Y-%m-%d}-{slug(briefing.title)}", fingerprint, list(rendered))
    files = [write_atomic(out_dir / f"{stem}.{fmt}", data) for fmt, data in rendered.items()]
    record(out_dir, {f.name: fingerprint for f in files})
    return files, failed


def select(articles: Sequence[Article], since: dt.date | None, until: dt.date | None) -> list[Article]:
    """Articles dated within [since, until]; an undated article uses its file's date."""
    if since is None and until is None:
        return list(articles)
    out = []
    for a in articles:
        day = a.date or _file_date(a.path)
        if (since is None or day >= since) and (until is None or day <= until):
            out.append(a)
    return out


def _file_date(path: str) -> dt.date:
    try:
        return dt.datetime.fromtimestamp(Path(path).stat().st_mtime, dt.UTC).date()
    except OSError:
        return dt.date.min


def _period_of(articles: Sequence[Article]) -> Period:
    from .summarise import period_of

    return period_of(articles)


def _output_path(output: Path, fmt: str, count: int) -> Path:
    """``--output FILE``: used as is for one format; for several, its stem + each extension."""
    if count == 1:
        return output
    return output.with_suffix(f".{fmt}")


def _nothing_to_read(seeds: Path, read: int, skipped: int, options: RunOptions) -> str:
    if read and (options.since or options.until):
        span = f"{options.since or '...'} and {options.until or '...'}"
        return f"No article in {seeds} falls between {span} (widen --since/--until)"
    if skipped:
        return f"No readable article in {seeds}: all {skipped} files were skipped (see the warnings above)"
    return f"No articles in {seeds} (add .txt, .md or .html files, or pass --seeds DIR)"


__all__ = ["BriefingError", "RunOptions", "RunResult", "make_briefing", "run", "write_outputs"]
