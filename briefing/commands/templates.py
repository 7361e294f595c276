"""``briefing templates``: copy the default templates to edit, check them, preview them.

briefing templates init [DIR] [--force]   copy the templates into DIR, point the config at DIR
briefing templates check                  render every template against a sample; file:line problems
briefing templates preview [--out DIR]    write the sample briefing as PDF, DOCX and HTML
briefing templates variables              print the variables a template can use (Markdown table)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import add_config_option


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "templates",
        help="copy, check and preview the PDF/HTML/DOCX templates",
        description="Make the briefing's look your own: copy the templates, edit them, check and preview them.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="copy the default templates into DIR and point the config at them")
    init.add_argument("dir", nargs="?", type=Path, default=Path("templates"), metavar="DIR", help="default: templates")
    init.add_argument("--force", action="store_true", help="overwrite files that already exist in DIR")
    add_config_option(init)
    check = actions.add_parser("check", help="render every template against a sample briefing; report file:line")
    add_config_option(check)
    preview = actions.add_parser("preview", help="write a sample briefing as PDF, DOCX and HTML")
    preview.add_argument("--out", type=Path, metavar="DIR", help="folder for the files (default: the output folder)")
    add_config_option(preview)
    actions.add_parser("variables", help="print every template variable as a Markdown table")


def run(args: argparse.Namespace) -> int:
    return {"init": _init, "check": _check, "preview": _preview, "variables": _variables}[args.action](args)


def _init(args: argparse.Namespace) -> int:
    from ..config import DEFAULT_CONFIG_NAME
    from ..render.templates import copy_defaults, point_config

    copied, kept = copy_defaults(args.dir, force=args.force)
    for path in copied:
        print(f"copied {path}")
    for path in kept:
        print(f"kept   {path} (exists; --force overwrites)")
    config_path = args.config or Path(DEFAULT_CONFIG_NAME)
    point_config(config_path, args.dir)
    print(f"{config_path}: templates = {args.dir} (edit the files, then run `briefing templates check`)")
    return 0


def _check(args: argparse.Namespace) -> int:
    from ..config import load_config
    from ..render import view_options
    from ..render.templates import check, pdf_available

    config = load_config(args.config)
    problems = check(config.templates, view_options(config))
    for problem in problems:
        print(problem)
    reason = pdf_available()
    print(f"renderers: html, docx, md, json; pdf {'available' if reason is None else f'unavailable ({reason})'}")
    if reason is not None:
        print("note: CSS was not checked (needs WeasyPrint)")
    count = len(problems)
    print(f"{config.templates}: {'no problems' if not count else f'{count} problem' + 's' * (count != 1)}")
    return 1 if problems else 0


def _preview(args: argparse.Namespace) -> int:
    from ..config import load_config
    from ..render import view_options
    from ..render.templates import preview

    config = load_config(args.config)
    files, errors = preview(config.templates, view_options(config), args.out or config.output)
    for path in files:
        print(path)
    for error in errors:
        print(f"briefing: {error}")
    return 1 if errors else 0


def _variables(args: argparse.Namespace) -> int:
    from ..render.view import variables_markdown

    print(variables_markdown(), end="")
    return 0
