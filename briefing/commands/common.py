"""Options and helpers shared by several sub-commands."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """``--config FILE`` (default: ./briefing.toml when present, else built-in defaults)."""
    parser.add_argument("--config", type=Path, metavar="FILE", help="config file (default: ./briefing.toml if present)")


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD dates, with a message that shows the expected form."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD, e.g. 2025-11-23)") from None


def now_utc() -> dt.datetime:
    """The run's clock; honours SOURCE_DATE_EPOCH for reproducible output."""
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
