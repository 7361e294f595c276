"""Command line: ``briefing <command> ...``. The only place errors become messages.

A :class:`~briefing.errors.BriefingError` is printed as one line on stderr with exit code
2 (config) or 1 (anything else); other exceptions are bugs and keep their traceback, which
is shown in full only with ``--verbose``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from . import __version__
from .commands import COMMANDS

logger = logging.getLogger("briefing")


class _Formatter(logging.Formatter):
    """'warning: skipped x.txt: empty file' for problems, the bare message for progress."""

    def format(self, record: logging.LogRecord) -> str:
        msg = record.getMessage()
        if record.levelno >= logging.WARNING:
            msg = f"{record.levelname.lower()}: {msg}"
        if record.exc_info and logger.isEnabledFor(logging.DEBUG):
            msg += "\n" + self.formatException(record.exc_info)
        return msg


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn news articles into briefings: executive summary, decisions, proposals, security items.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true", help="show progress details and tracebacks")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="show only warnings and errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        importlib.import_module(f"briefing.commands.{module}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 failed, 2 usage or config error)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # -v/-q are accepted after the sub-command too ("briefing generate -v").
    flags = {"-v", "--verbose", "-q", "--quiet"}
    front = [a for a in argv if a in flags]
    args = parser.parse_args(front[:1] + [a for a in argv if a not in flags])
    _setup_logging(args.verbose, args.quiet)
    if not args.command:
        parser.print_help()
        return 2
    from .errors import BriefingError, ConfigError

    try:
        module = importlib.import_module(f"briefing.commands.{COMMANDS[args.command]}")
        return int(module.run(args))
    except ConfigError as err:
        print(f"briefing: {err}", file=sys.stderr)
        return 2
    except BriefingError as err:
        logger.debug("traceback", exc_info=True)
        print(f"briefing: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`briefing history | head`): not an error worth a message.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as err:  # a bug: say so in one line, the traceback only with --verbose
        if args.verbose:
            raise
        print(
            f"briefing: internal error: {type(err).__name__}: {err} (rerun with --verbose for details)", file=sys.stderr
        )
        return 70


def _setup_logging(verbose: bool, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    root = logging.getLogger("briefing")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO)
    root.propagate = False
