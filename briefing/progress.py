"""Progress of long stages: a bar on a terminal, plain log lines elsewhere (cron, CI, pipes).

``track(items, what)`` yields ``items`` unchanged. On an interactive stderr, with INFO
logging on and tqdm installed, it draws a bar; otherwise it logs ``analysed 2000/10000
articles`` about every tenth of the way, and nothing at all for short runs, so small briefings
and test logs stay quiet.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from typing import TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Runs shorter than this many items report nothing beyond the stage's own log line.
MIN_ITEMS = 200


def track(items: Sequence[T], what: str, *, verb: str = "analysed") -> Iterator[T]:
    """Yield ``items``, reporting progress (see module docstring)."""
    total = len(items)
    if total < MIN_ITEMS or not logger.isEnabledFor(logging.INFO):
        yield from items
        return
    bar = _bar(total, what)
    if bar is not None:
        with bar:
            for item in items:
                yield item
                bar.update()
        return
    step = max(1, total // 10)
    for done, item in enumerate(items, 1):
        yield item
        if done % step == 0 or done == total:
            logger.info("%s %d/%d %s", verb, done, total, what)


def _bar(total: int, what: str):  # -> tqdm.tqdm | None
    stream = sys.stderr
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is a dependency, but a bare install still gets log lines
        return None
    return tqdm(total=total, unit=f" {what}", file=stream, leave=False, dynamic_ncols=True)
