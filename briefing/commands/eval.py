"""``briefing eval --gold DIR``: score the summariser on articles a user has labelled.

DIR holds ``NAME.gold.json`` files (format: README, "Evaluating on your own articles") each
beside its article ``NAME.txt`` (or ``.md``/``.html``). Every article is summarised alone, as
``briefing generate`` would, and compared in-process by :mod:`briefing.evaluate`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from .common import add_config_option, now_utc

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..evaluate import GoldArticle
    from ..model import Article


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score the summariser against labelled articles",
        description="Summarise each NAME.txt of DIR alone and compare it with NAME.gold.json.",
    )
    add_config_option(p)
    p.add_argument("--gold", type=Path, metavar="DIR", required=True, help="folder of NAME.gold.json + NAME.txt")
    p.add_argument("--per-article", action="store_true", help="also print tp/system/gold for every article")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument(
        "--misses",
        action="store_true",
        help="also print every missed or spurious label and wrong actor, one line per sentence",
    )
    p.add_argument(
        "--baseline",
        action="store_true",
        help="score the naive keyword classifier with a LEAD-3 summary instead (briefing.baseline)",
    )


def run(args: argparse.Namespace) -> int:
    import json

    from ..config import load_config
    from ..evaluate import evaluate, format_table, misses
    from ..pipeline import make_briefing

    config = load_config(args.config)
    now = now_utc()
    golds = load_gold_dir(args.gold, max_bytes=config.max_article_bytes, today=now.date())
    logger.info("scoring %d labelled articles in %s", len(golds), args.gold)
    if args.baseline:
        from ..baseline import keyword_briefing

        result = evaluate((gold, keyword_briefing([article], title="baseline", now=now)) for gold, article in golds)
    else:
        briefings = [(gold, make_briefing(config, [article], now=now)) for gold, article in golds]
        if args.misses:
            for gold, briefing in briefings:
                for line in misses(gold, briefing):
                    print(line)
        result = evaluate(briefings)
    if args.json:
        data = result.as_dict()
        if args.per_article:
            data["per_article"] = [
                {"article": a.article, **{k: f"{t.tp}/{t.system}/{t.gold}" for k, t in a.tallies.items()}}
                | {"key": f"{a.key_hits}/{a.key_total}"}
                for a in result.articles
            ]
        print(json.dumps(data, indent=2))
    else:
        print(format_table(result, per_article=args.per_article))
    return 0


def load_gold_dir(folder: Path, *, max_bytes: int, today: dt.date) -> list[tuple[GoldArticle, Article]]:
    """Every (GoldArticle, Article) pair of ``folder``; raises ReadError naming the file and the fix."""
    import json

    from ..errors import ReadError
    from ..evaluate import GoldArticle, GoldError
    from ..readers import READERS, Unreadable, read_file

    if not folder.is_dir():
        raise ReadError(f"Gold folder {folder} does not exist or is not a folder (pass --gold DIR)")
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise ReadError(f"No NAME.gold.json files in {folder} (see README, 'Evaluating on your own articles')")
    out: list[tuple[GoldArticle, Article]] = []
    for path in golds:
        name = path.name[: -len(".gold.json")]
        article_path = next((folder / f"{name}{ext}" for ext in READERS if (folder / f"{name}{ext}").is_file()), None)
        if article_path is None:
            raise ReadError(f"{path} has no article beside it (add {name}.txt, .md or .html)")
        try:
            gold = GoldArticle.from_json(json.loads(path.read_text(encoding="utf-8")), name=name)
            article = read_file(article_path, max_bytes=max_bytes, today=today)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise ReadError(f"Cannot read {path.name}: {err} (fix the file or remove it)") from None
        except GoldError as err:
            raise ReadError(f"{path}: {err} (see README, 'Evaluating on your own articles')") from None
        except Unreadable as err:
            raise ReadError(f"Cannot read {article_path}: {err}") from None
        out.append((gold, article))
    return out
