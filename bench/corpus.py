"""A synthetic news corpus for benchmarks, built only from the repository's own articles.

Sentences come from ``seeds/`` and ``tests/data/`` (read with the project's own readers),
never from the shared evaluation corpus. Each generated article recombines those sentences:
whole sentences, or the opening clause of one joined to the rest of another, so that most
sentences are new facts rather than copies. A share of the articles are near-duplicates of
an earlier one (a wire story re-run by another outlet: one sentence swapped, the title
kept), and dates are spread over several weeks, as a news desk's inbox is.

Everything is a pure function of ``(pool, n, seed)``, so the same seed gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (REPO / "seeds", REPO / "tests" / "data")
OUTLETS = ("Wire Desk", "Regional Herald", "Steppe Times", "Caspian Post", "Valley Courier", "Evening Ledger")


@dataclass(frozen=True, slots=True)
class Pool:
    """What articles are made of: body sentences and headlines, in a fixed order."""

    sentences: tuple[str, ...]
    titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """One generated article: its file name, date and the text of the .txt file."""

    name: str
    date: dt.date
    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    duplicate_of: str | None = None

    @property
    def text(self) -> str:
        """The file's contents, laid out as the plain-text reader expects (date, title, body)."""
        body = "\n\n".join(" ".join(p) for p in self.paragraphs)
        return f"{self.date:%B} {self.date.day}, {self.date.year}\n\n{self.title}\n\n{body}\n"


def load_pool(dirs: Iterable[Path] = SOURCE_DIRS) -> Pool:
    """Sentences and titles of every .txt/.md article under ``dirs`` (sorted, deduplicated)."""
    from briefing.readers import Unreadable, read_file
    from briefing.sentences import split_text

    sentences: dict[str, None] = {}
    titles: dict[str, None] = {}
    today = dt.date(2025, 12, 31)
    for folder in dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in (".txt", ".md"):
                continue
            try:
                article = read_file(path, max_bytes=5_000_000, today=today)
            except Unreadable:
                continue
            if article.title:
                titles[article.title] = None
            for paragraph in article.paragraphs:
                for s in split_text(paragraph):
                    if len(s.split()) >= 6:
                        sentences[s] = None
    if not sentences:
        raise SystemExit(f"no article sentences found under {', '.join(str(d) for d in dirs)}")
    return Pool(tuple(sentences), tuple(titles) or ("Regional leaders meet",))


def generate(
    pool: Pool,
    n: int,
    *,
    seed: int = 1,
    duplicate_share: float = 0.2,
    start: dt.date = dt.date(2025, 10, 6),
    weeks: int = 8,
    prefix: str = "a",
) -> list[GeneratedArticle]:
    """``n`` articles recombined from ``pool``; the same arguments always give the same list."""
    rng = random.Random(seed)
    out: list[GeneratedArticle] = []
    for i in range(n):
        name = f"{prefix}{i:06d}"
        if out and rng.random() < duplicate_share:
            out.append(_near_duplicate(rng, pool, rng.choice(out[-50:]), name))
            continue
        date = start + dt.timedelta(days=rng.randrange(weeks * 7))
        title = _title(rng, pool)
        paragraphs = tuple(
            tuple(_sentence(rng, pool) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(3, 7))
        )
        out.append(GeneratedArticle(name, date, title, paragraphs))
    return out


def write(articles: Sequence[GeneratedArticle], folder: Path) -> int:
    """Write each article as ``folder/NAME.txt``; returns the bytes of text written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for art in articles:
        data = art.text.encode("utf-8")
        (folder / f"{art.name}.txt").write_bytes(data)
        total += len(data)
    return total


def _sentence(rng: random.Random, pool: Pool) -> str:
    """A pool sentence as is (one in four), else the first part of one joined to the rest of another.

    Splicing at a word boundary near the middle makes a sentence that shares under half its
    word pairs with either parent, so the corpus holds new facts, not only copies.
    """
    first = rng.choice(pool.sentences)
    if rng.random() < 0.25:
        return first
    a, b = first.split(), rng.choice(pool.sentences).split()
    head = a[: max(2, round(len(a) * rng.uniform(0.35, 0.65)))]
    tail = b[max(1, round(len(b) * rng.uniform(0.35, 0.65))) :]
    return " ".join(head + tail)


def _title(rng: random.Random, pool: Pool) -> str:
    """A pool headline, or the opening words of a pool sentence (no final stop: a headline)."""
    if rng.random() < 0.2:
        return rng.choice(pool.titles)
    words = rng.choice(pool.sentences).split()[: rng.randint(6, 10)]
    return " ".join(words).rstrip(".,;:")


def _near_duplicate(rng: random.Random, pool: Pool, original: GeneratedArticle, name: str) -> GeneratedArticle:
    """The same story re-run: same title, a day or two later, one sentence replaced."""
    paragraphs = [list(p) for p in original.paragraphs]
    p = rng.randrange(len(paragraphs))
    s = rng.randrange(len(paragraphs[p]))
    paragraphs[p][s] = _sentence(rng, pool)
    date = original.date + dt.timedelta(days=rng.randint(0, 2))
    return GeneratedArticle(name, date, original.title, tuple(tuple(x) for x in paragraphs), original.name)
