"""Per-article analysis cache: SQLite in the state folder, so a rerun re-analyses only new articles.

An entry is keyed by a hash of everything the analysis reads (article id, title, paragraphs,
user-section cues) and stored under the *summariser version*, a hash of the analysing code
and lexicon, so a new version never reads an old entry (stale rows are deleted on open).
Entries are never trusted: each carries a digest of its bytes, and on load it must decode,
have the expected shape and quote sentences that are exact substrings of the article. Any
entry failing a check is deleted and rebuilt; a database file that SQLite cannot open is
moved aside and started afresh. The cache only ever costs a re-analysis, never a wrong item.

Two things more make a warm run cheap: each entry keeps the merge keys of its labelled
sentences (so merging does not tokenise and hash them again), and a second table maps a hash
of a seed file's bytes (plus its reader and the day) to the article parsed from it, so an
unchanged file is not decoded and parsed again; those records are checked the same way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import logging
import sqlite3
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Analysis, Article, Sentence
from .summarise import MergeKeys

logger = logging.getLogger(__name__)

FILE_NAME = "analysis-cache.sqlite3"
#: Modules (and data) whose content decides what an analysis holds; their hash is the version.
_ANALYSIS_SOURCES = (
    "actors.py",
    "cache.py",  # the entry format itself
    "classify.py",
    "condense.py",
    "entities.py",
    "grammar.py",
    "importance.py",
    "lexicon.py",
    "lexicon.toml",
    "model.py",
    "quotes.py",
    "readers.py",  # what a remembered file holds
    "textlayout.py",
    "sentences.py",
    "summarise.py",
    "tokens.py",
)
#: Entries not used for this many days are deleted, so the file tracks the seeds folder.
RETENTION_DAYS = 60
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    digest TEXT NOT NULL,
    blob BLOB NOT NULL,
    used INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    digest TEXT NOT NULL,
    blob BLOB NOT NULL,
    used INTEGER NOT NULL
)
"""


@functools.cache
def summariser_version() -> str:
    """A hash of the analysing code and lexicon: any change to them invalidates the cache."""
    h = hashlib.sha256(b"briefing-analysis/1")
    here = Path(__file__).parent
    for name in _ANALYSIS_SOURCES:
        path = here / name
        h.update(name.encode())
        h.update(path.read_bytes() if path.is_file() else b"-")
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Entry:
    """What the cache keeps of one article: its sentence analyses, and the merge keys of each
    labelled sentence (None for the others), so a rerun does not tokenise and hash them again."""

    analyses: tuple[Analysis, ...]
    keys: tuple[MergeKeys | None, ...] = ()


def article_key(article: Article, context: str = "") -> str:
    """Content hash of what the analysis of ``article`` depends on (plus ``context``, e.g. cues)."""
    h = hashlib.sha256()
    # Each field ends in a NUL (absent from text), so no two different articles hash alike.
    for part in (article.id, article.title or "", context, *article.paragraphs):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    h.update(str(len(article.paragraphs)).encode())
    return h.hexdigest()


class AnalysisCache:
    """The SQLite store of :class:`Entry` records for one summariser version.

    Use :meth:`open` on a state folder; ``get`` returns None for a miss or an untrustworthy
    entry, ``put`` queues an entry and ``commit`` writes the queue in one transaction.
    ``today`` (passed in: no hidden clock) marks entries used; entries unused for
    :data:`RETENTION_DAYS` are deleted on open.
    """

    def __init__(self, path: Path, version: str | None = None, today: dt.date | None = None) -> None:
        self.path = path
        self.version = version or summariser_version()
        self.day = (today or dt.date(1970, 1, 1)).toordinal()
        self._touched: list[tuple[int, str]] = []
        self.hits = 0
        self.misses = 0
        self.rebuilt = 0
        self._pending: list[tuple[str, str, str, bytes, int]] = []
        self._files: list[tuple[str, str, str, bytes, int]] = []
        self._files_touched: list[tuple[int, str]] = []
        self.files_reused = 0
        self._db = self._connect()

    @classmethod
    def open(cls, state_dir: Path, version: str | None = None, today: dt.date | None = None) -> AnalysisCache | None:
        """The cache in ``state_dir`` (created if needed); None, with a warning, if unusable."""
        try:
            state_dir.mkdir(parents=True, exist_ok=True)
            return cls(state_dir / FILE_NAME, version, today)
        except (OSError, sqlite3.Error) as err:
            logger.warning("analysis cache disabled: cannot use %s (%s); every article is analysed", state_dir, err)
            return None

    def _connect(self) -> sqlite3.Connection:
        try:
            return self._prepare(sqlite3.connect(self.path, timeout=30))
        except sqlite3.DatabaseError as err:
            # Not a database (truncated, overwritten): keep it aside for inspection, start afresh.
            aside = self.path.with_name(self.path.name + ".corrupt")
            logger.warning("analysis cache %s is unreadable (%s); moved to %s and rebuilt", self.path, err, aside.name)
            self.path.replace(aside)
            return self._prepare(sqlite3.connect(self.path, timeout=30))

    def _prepare(self, db: sqlite3.Connection) -> sqlite3.Connection:
        try:
            db.executescript(_SCHEMA)
            # Entries of other versions can never be read again: drop them now.
            old = self.day - RETENTION_DAYS
            db.execute("DELETE FROM analyses WHERE version != ? OR used < ?", (self.version, old))
            db.execute("DELETE FROM files WHERE version != ? OR used < ?", (self.version, old))
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get(self, key: str, article: Article) -> Entry | None:
        """The trusted entry for ``key``, or None (a miss, or a corrupt entry now deleted)."""
        try:
            row = self._db.execute(
                "SELECT digest, blob, used FROM analyses WHERE key = ? AND version = ?", (key, self.version)
            ).fetchone()
        except sqlite3.DatabaseError as err:
            logger.warning("analysis cache read failed (%s); analysing %s afresh", err, article.id)
            self.misses += 1
            return None
        if row is None:
            self.misses += 1
            return None
        try:
            entry = _decode(row[0], row[1], article)
        except (ValueError, TypeError, KeyError, IndexError, UnicodeDecodeError) as err:
            # The first one is worth a warning; a whole damaged file would flood the log.
            level = logging.WARNING if not self.rebuilt else logging.DEBUG
            logger.log(level, "analysis cache entry of %s is corrupt (%s); rebuilt", article.id, err)
            self._delete(key)
            self.rebuilt += 1
            self.misses += 1
            return None
        self.hits += 1
        if row[2] < self.day:
            self._touched.append((self.day, key))
        return entry

    def put(self, key: str, entry: Entry, article: Article) -> None:
        """Queue ``entry`` (of ``article``) under ``key``; written by :meth:`commit`."""
        # Compact JSON, uncompressed: decoding it is most of a warm run's cache time.
        blob = json.dumps(_encode(entry, article), ensure_ascii=False, separators=(",", ":")).encode()
        self._pending.append((key, self.version, _digest(blob), blob, self.day))

    def known_article(self, key: str, path: Path) -> Article | None:
        """The article an earlier run made of a file whose bytes and reading context hash to ``key``.

        The key is a hash of the file's bytes (see :func:`file_key`), not of its name or
        times: a file edited in any way misses, a file merely touched or renamed still hits.
        The stored record is checked as an analysis entry is; a bad one is deleted (the file
        is then parsed afresh).
        """
        try:
            row = self._db.execute(
                "SELECT digest, blob, used FROM files WHERE key = ? AND version = ?", (key, self.version)
            ).fetchone()
        except sqlite3.DatabaseError as err:
            logger.warning("analysis cache read failed (%s); reading %s afresh", err, path.name)
            return None
        if row is None:
            return None
        try:
            article = _decode_article(row[0], row[1], path)
        except (ValueError, TypeError, KeyError, IndexError, UnicodeDecodeError) as err:
            logger.warning("analysis cache record of %s is corrupt (%s); read again", path.name, err)
            self._delete_file(key)
            return None
        self.files_reused += 1
        if row[2] < self.day:
            self._files_touched.append((self.day, key))
        return article

    def remember_article(self, key: str, article: Article) -> None:
        """Queue ``article`` as what a file with ``key`` holds (its id and path are not stored)."""
        blob = json.dumps(_article_row(article), ensure_ascii=False, separators=(",", ":")).encode()
        self._files.append((key, self.version, _digest(blob), blob, self.day))

    def commit(self) -> None:
        """Write queued entries and use marks in one transaction; a failure is logged, never raised."""
        if not (self._pending or self._touched or self._files or self._files_touched):
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)", self._pending)
                self._db.executemany("UPDATE analyses SET used = ? WHERE key = ?", self._touched)
                self._db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", self._files)
                self._db.executemany("UPDATE files SET used = ? WHERE key = ?", self._files_touched)
        except sqlite3.Error as err:
            logger.warning("could not save %d analyses to %s (%s)", len(self._pending), self.path, err)
        for queue in (self._pending, self._touched, self._files, self._files_touched):
            queue.clear()

    def close(self) -> None:
        self.commit()
        self._db.close()

    def _delete(self, key: str) -> None:
        try:
            with self._db:
                self._db.execute("DELETE FROM analyses WHERE key = ?", (key,))
        except sqlite3.Error as err:
            logger.warning("could not delete a corrupt cache entry (%s)", err)

    def _delete_file(self, key: str) -> None:
        try:
            with self._db:
                self._db.execute("DELETE FROM files WHERE key = ?", (key,))
        except sqlite3.Error as err:
            logger.warning("could not delete a corrupt cache record (%s)", err)

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def analyse_with_cache(
    articles: Iterable[Article],
    cache: AnalysisCache,
    analyse_one: Callable[[Article], Entry],
    context: str = "",
) -> list[tuple[Article, Entry]]:
    """Each article with its entry: from ``cache`` when trusted, else ``analyse_one`` (then stored)."""
    out: list[tuple[Article, Entry]] = []
    for article in articles:
        key = article_key(article, context)
        entry = cache.get(key, article)
        if entry is None:
            entry = analyse_one(article)
            cache.put(key, entry, article)
        out.append((article, entry))
    cache.commit()
    if cache.rebuilt > 1:
        logger.warning("%d analysis cache entries in all were corrupt and rebuilt", cache.rebuilt)
    return out


def _digest(blob: bytes) -> str:
    return hashlib.blake2b(blob, digest_size=16).hexdigest()


def _encode(entry: Entry, article: Article) -> dict[str, Any]:
    rows = [_row(x, article) for x in entry.analyses]
    return {"a": rows, "k": [None if k is None else _keys_row(k) for k in entry.keys]}


def _keys_row(k: MergeKeys) -> list[Any]:
    # Words never hold a tab, so tab-joined strings decode with one split each: several times
    # faster than JSON lists of strings. The counts catch a damaged string.
    return [
        len(k.shingles),
        "\t".join(sorted(k.shingles)),
        len(k.stems),
        "\t".join(sorted(k.stems)),
        _SIG.pack(*k.signature).hex(),
    ]


def _keys_of(row: list[Any]) -> MergeKeys:
    n_shingles, shingles, n_stems, stems, signature = row
    keys = MergeKeys(
        frozenset(shingles.split("\t")) if n_shingles else frozenset(),
        frozenset(stems.split("\t")) if n_stems else frozenset(),
        _SIG.unpack(bytes.fromhex(signature)) if len(signature) == 2 * _SIG.size else (),
    )
    if (len(keys.shingles), len(keys.stems), len(keys.signature)) != (n_shingles, n_stems, _SIGNATURE_LENGTH):
        raise ValueError("malformed merge keys")
    return keys


def _row(x: Analysis, article: Article) -> list[Any]:
    s = x.sentence
    # The sentence as its place in the paragraph (its text is then a slice, exact by construction);
    # the condensed text only when it differs from the sentence.
    start = article.paragraphs[s.paragraph].find(s.text) if 0 <= s.paragraph < len(article.paragraphs) else -1
    where: list[int] | str = [start, len(s.text), _crc(s.text)] if start >= 0 else s.text
    condensed = None if x.condensed == s.text else x.condensed
    return [s.index, s.paragraph, where, sorted(x.labels), x.actor, condensed, x.importance, x.countries, x.people]


_SIGNATURE_LENGTH = 24
_SIG = struct.Struct(f"<{_SIGNATURE_LENGTH}H")  # MinHash values are 16-bit


def _decode(digest: str, blob: bytes, article: Article) -> Entry:
    """The entry in ``blob``; raises ValueError (or a decoding error) if anything is off."""
    if _digest(blob) != digest:
        raise ValueError("digest mismatch")
    raw = json.loads(blob)
    analyses = []
    for index, paragraph, where, labels, actor, condensed, importance, countries, people in raw["a"]:
        # Quotes must be exact: a sentence that is not in its paragraph is not trusted.
        if paragraph < 0:
            raise ValueError(f"sentence {index} has no paragraph {paragraph}")
        text = _quote(article.paragraphs[paragraph], where)
        if text is None:
            raise ValueError(f"sentence {index} is not in paragraph {paragraph}")
        if condensed is None:
            condensed = text
        if not (isinstance(condensed, str) and (actor is None or isinstance(actor, str))):
            raise ValueError(f"sentence {index} has a malformed analysis")
        if not all(isinstance(n, str) for n in (*countries, *people)):
            raise ValueError(f"sentence {index} has malformed entities")
        sentence = Sentence(article.id, int(index), int(paragraph), text)
        labelset = frozenset(map(str, labels))
        analyses.append(
            Analysis(sentence, labelset, actor, condensed, float(importance), tuple(countries), tuple(people))
        )
    keys: list[MergeKeys | None] = []
    for k in raw["k"]:
        if k is None:
            keys.append(None)
            continue
        keys.append(_keys_of(k))
    if len(keys) not in (0, len(analyses)):
        raise ValueError("merge keys do not match the sentences")
    return Entry(tuple(analyses), tuple(keys))


def _quote(paragraph: str, where: list[int] | str) -> str | None:
    """The sentence at ``where`` ([start, length, CRC], or its text) in ``paragraph``; None if not there.

    The CRC of the slice must match, so an entry made for another text (a key collision, a
    hand-edited row) never quotes a piece of this paragraph that was not the sentence.
    """
    if isinstance(where, str):
        return where if where and where in paragraph else None
    start, length, crc = where
    text = paragraph[start : start + length] if start >= 0 and length > 0 else ""
    return text if len(text) == length and _crc(text) == crc else None


def _crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def file_key(data: bytes, context: str) -> str:
    """Key of a file's reading: a hash of its bytes and of what else the reader depends on."""
    h = hashlib.blake2b(data, digest_size=20)
    h.update(b"\0" + context.encode())
    return h.hexdigest()


def _article_row(a: Article) -> list[Any]:
    return [a.title, a.date.isoformat() if a.date else None, a.outlet, a.url, list(a.paragraphs), list(a.headings)]


def _decode_article(digest: str, blob: bytes, path: Path) -> Article:
    """The article remembered for ``path``; raises ValueError (or a decoding error) if anything is off."""
    from .readers import article_id

    if _digest(blob) != digest:
        raise ValueError("digest mismatch")
    title, date, outlet, url, paragraphs, headings = json.loads(blob)
    texts = [*paragraphs, *headings]
    if not (isinstance(paragraphs, list) and isinstance(headings, list)):
        raise ValueError("malformed record")
    if not (paragraphs and all(isinstance(t, str) for t in texts)):
        raise ValueError("malformed paragraphs")
    if not all(v is None or isinstance(v, str) for v in (title, date, outlet, url)):
        raise ValueError("malformed metadata")
    day = dt.date.fromisoformat(date) if date is not None else None
    return Article(article_id(path), str(path), title, day, outlet, url, tuple(paragraphs), tuple(headings))


@contextlib.contextmanager
def opened(state_dir: Path, today: dt.date, *, enabled: bool = True) -> Iterator[AnalysisCache | None]:
    """The cache of ``state_dir`` for one run (None when disabled or unusable), closed after it.

    Every entry point that runs the pipeline (``generate``, scheduled runs) opens it this way,
    so all of them reuse the analyses of earlier runs.
    """
    cache = AnalysisCache.open(state_dir, today=today) if enabled else None
    try:
        yield cache
    finally:
        if cache is not None:
            cache.close()
