"""Per-article analysis cache: SQLite in the state folder, so a rerun re-analyses only new articles.

An entry is keyed by a hash of everything the analysis reads (article id, title, paragraphs,
user-section cues) and stored under the *summariser version*, a hash of the analysing code
and lexicon, so a new version never reads an old entry (stale rows are deleted on open).
Entries are never trusted: each carries a digest of its bytes, and on load it must decode,
have the expected shape and quote sentences that are exact substrings of the article. Any
entry failing a check is deleted and rebuilt; a database file that SQLite cannot open is
moved aside and started afresh. The cache only ever costs a re-analysis, never a wrong item.

Three things more make a warm run cheap: each entry keeps the merge keys of its labelled
sentences (so merging does not tokenise and hash them again); a second table, ``readings``,
maps a hash of a seed file's bytes (plus its reader and the day) to the article parsed from it,
so an unchanged file is not decoded and parsed again (those records are checked the same way;
the paragraphs are kept apart with their digest and decoded on first use, see
:class:`StoredArticle`); and
a third, ``buckets``, is the :class:`~briefing.summarise.MergeMemory`: for each LSH bucket,
named by a hash of its members, the parts its pair checks made, with a CRC checked on use, so
merging compares only buckets that changed. A fourth, ``stats``, maps a seed file's path to its
stat signature and content digest, so an unchanged file is not even read (see
:func:`briefing.readers.read_seeds`). Rows are read in bulk (a few ``IN`` queries, one
for all buckets once a run asks for more than a warm run does), not one query per article.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import os
import sqlite3
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from .model import Analysis, Article, Sentence
from .summarise import _HASHES, KeySource, MergeKeys

T = TypeVar("T")

logger = logging.getLogger(__name__)

FILE_NAME = "analysis-cache.sqlite3"
#: Modules (and data) whose content decides what an analysis holds; their hash is the version.
#: One left out lets a change to it reuse analyses the old code made, so a warm run's briefing
#: differs from a cold run's (places.py and places.tsv were missing: issue 6);
#: ``tests/test_cache_version.py`` checks every module an analysis imports and every data file.
_ANALYSIS_SOURCES = (
    "actors.py",
    "cache.py",  # the entry format itself
    "classify.py",
    "collector.py",  # imported by the analysis, though it changes no result
    "condense.py",
    "dates.py",  # textlayout reads dates with it
    "entities.py",
    "grammar.py",
    "importance.py",
    "incremental.py",  # the run snapshot's contents
    "lexicon.py",
    "lexicon.toml",
    "model.py",
    "places.py",  # the gazetteer's reader: a city standing for its government names the actor
    "places.tsv",  # the gazetteer itself (a data file: no import shows it, see tests/test_cache_version.py)
    "quotes.py",
    "readers.py",  # what a remembered file holds
    "rules/__init__.py",
    "rules/actor_choice.py",
    "rules/clauses.py",
    "rules/context.py",
    "rules/decisions.py",
    "rules/proposals.py",
    "rules/security.py",
    "textlayout.py",
    "sentences.py",
    "summarise.py",
    "tokens.py",
)
#: Entries not used for this many days are deleted, so the file tracks the seeds folder.
RETENTION_DAYS = 60
#: A row's use mark is refreshed when it is older than this: a daily run then rewrites each
#: mark once a week, not every day (tens of thousands of rows), and a row in use never ages
#: past this many days, far from RETENTION_DAYS.
TOUCH_DAYS = 7
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    digest TEXT NOT NULL,
    blob BLOB NOT NULL,
    used INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS readings (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    digest TEXT NOT NULL,
    blob BLOB NOT NULL,
    used INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS stats (
    key TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    signature TEXT NOT NULL,
    content BLOB NOT NULL,
    checksum INTEGER NOT NULL,
    used INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS buckets (
    key BLOB PRIMARY KEY,
    version TEXT NOT NULL,
    links TEXT NOT NULL,
    checksum INTEGER NOT NULL,
    used INTEGER NOT NULL
)
"""
#: Tables of records that are looked up by key (each row: key, version, digest, blob, used, and
#: for a reading the paragraphs' JSON, checked against the digest its blob holds).
_TABLES = ("analyses", "readings")
_WIDTH = {"analyses": 5, "readings": 6}
#: A run snapshot file: magic, summariser version and a newline, then the blob's length and CRC-32, then the blob.
_SNAPSHOT_SIZES = struct.Struct("<QI")
_SNAPSHOT_MAGIC = b"BRSNAP1\0"
#: Buckets asked for one query each before all are loaded in one (see AnalysisCache.links).
_ONE_BY_ONE = 2000
#: Keys per SELECT ... IN (...): well under SQLite's limit on query parameters.
_CHUNK = 500


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
    keys: tuple[KeySource | None, ...] = ()


class StoredKeys:
    """Merge keys read from the cache: signature and digest decoded, word sets on first use.

    A warm run compares the word sets of only the few sentences in buckets that new articles
    changed, so building every frozenset up front was wasted. The row's counts were checked
    when it was read; :meth:`full` checks them again against the sets it builds.
    """

    __slots__ = ("_full", "_row", "digest", "signature")

    def __init__(self, row: _KeysRow) -> None:
        n_shingles, shingles, n_stems, stems, n_numbers, numbers, signature, digest = row
        if (
            (shingles.count("\t") + 1 if shingles else 0) != n_shingles
            or (stems.count("\t") + 1 if stems else 0) != n_stems
            or (numbers.count("\t") + 1 if numbers else 0) != n_numbers
        ):
            raise ValueError("malformed merge keys")
        self.signature = bytes.fromhex(signature)
        self.digest = bytes.fromhex(digest)
        if (len(self.signature), len(self.digest)) != (_SIG_BYTES, _TEXT_DIGEST_BYTES):
            raise ValueError("malformed merge keys")
        self._row = row
        self._full: MergeKeys | None = None

    def full(self) -> MergeKeys:
        if self._full is None:
            _, shingles, _, stems, _, numbers, _, _ = self._row
            self._full = MergeKeys(_words(shingles), _words(stems), _words(numbers), self.signature, self.digest)
        return self._full

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredKeys | MergeKeys):
            return self.full() == other.full()
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split("\t")) if text else frozenset()


def article_key(article: Article, context: str = "") -> str:
    """Content hash of what the analysis of ``article`` depends on (plus ``context``, e.g. cues).

    That is its id, title, date (an act dated a year before it is background), outlet ("This
    newspaper urges ..."), headings (an opinion piece's byline) and paragraphs; not its path or url.
    The paragraphs count through their digest (:func:`paragraphs_digest`), which a
    :class:`StoredArticle` carries, so its paragraphs need not be decoded for its key.
    """
    date = article.date.isoformat() if article.date else ""
    # JSON of the fields: no two different articles encode alike.
    head = msgspec.json.encode((article.id, article.title or "", date, article.outlet or "", context, article.headings))
    return hashlib.sha256(head + b"\0" + paragraphs_digest(article)).hexdigest()


def paragraphs_digest(article: Article) -> bytes:
    """A digest of ``article``'s paragraphs (stored with a :class:`StoredArticle`, else computed)."""
    stored = getattr(article, "stored_digest", None)  # unset on a copy made by dataclasses.replace
    return stored if stored is not None else _body_digest(msgspec.json.encode(article.paragraphs))


def _body_digest(body: bytes) -> bytes:
    """The digest of paragraphs encoded as JSON (as a reading's ``body`` column holds them)."""
    return hashlib.blake2b(body, digest_size=16).digest()


_PARAGRAPHS = Article.__dict__["paragraphs"]  # the slot behind the field


class StoredArticle(Article):
    """An article an earlier run parsed from the same bytes (see :meth:`AnalysisCache.known_articles`),
    its paragraphs decoded on first use.

    A warm run needs the paragraphs of only the few articles whose analyses it decodes (to
    check their quotes) or makes; the metadata of all. The paragraphs are kept as the JSON
    bytes stored and, when first read, must match the digest the checked record holds and
    decode to a non-empty list of strings; if not, the file is read again (``reread``), and
    must give paragraphs with that digest (the key the run matched them by). They are fetched
    from the cache when first read (``fetch``; after the cache is closed the file is read
    again). Otherwise it is an :class:`Article` like any other (equal to one with the same
    fields).
    """

    __slots__ = ("_fetch", "_reread", "stored_digest")
    _fetch: Callable[[], bytes | None]
    _reread: Callable[[Path], Article]
    stored_digest: bytes

    @property
    def paragraphs(self) -> tuple[str, ...]:
        try:
            value: tuple[str, ...] = _PARAGRAPHS.__get__(self, Article)
        except AttributeError:
            value = self._decoded()
            _PARAGRAPHS.__set__(self, value)
        return value

    @paragraphs.setter
    def paragraphs(self, value: tuple[str, ...]) -> None:
        # Only the dataclass __init__ sets it (dataclasses.replace makes a full copy this way).
        _PARAGRAPHS.__set__(self, value)

    def _decoded(self) -> tuple[str, ...]:
        from .errors import ReadError

        body = self._fetch()
        if body is not None and _body_digest(body) == self.stored_digest:
            try:
                value = _PARAGRAPHS_DECODER.decode(body)
            except msgspec.DecodeError:
                value = ()
            if value:
                return value
        level = logging.WARNING if body is not None else logging.DEBUG
        logger.log(
            level, "stored paragraphs of %s are missing or corrupt; the file is read again", Path(self.path).name
        )
        try:
            fresh = self._reread(Path(self.path))
        except Exception as err:
            raise ReadError(f"Cannot read {self.path} again ({err}); run the briefing again") from None
        if paragraphs_digest(fresh) != self.stored_digest:
            raise ReadError(f"{self.path} changed while the briefing was being made; run the briefing again")
        return fresh.paragraphs

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in _ARTICLE_FIELDS)

    __hash__ = Article.__hash__


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_PARAGRAPHS_DECODER = msgspec.json.Decoder(tuple[str, ...])


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
        self.hits = 0
        self.misses = 0
        self.rebuilt = 0
        self.files_reused = 0
        self._pending: dict[str, list[tuple[Any, ...]]] = {t: [] for t in _TABLES}
        self._touched: dict[str, list[tuple[int, str]]] = {t: [] for t in _TABLES}
        self._merges: dict[bytes, tuple[str, int, int]] | None = None  # all of them, once loaded
        self._asked = 0  # buckets asked for before they were all loaded
        self._new_merges: list[tuple[bytes, str, str, int, int]] = []
        self._merges_touched: list[tuple[int, bytes]] = []
        self.buckets_reused = 0
        self.buckets_compared = 0
        self._new_stats: list[tuple[str, str, str, bytes, int, int]] = []
        #: Whether the run's summary reused a run snapshot (see briefing.incremental).
        self.snapshot_used = False
        self._stats_touched: list[tuple[int, str]] = []
        #: Keys of the analyses and buckets a warm run stands on without reading them (see keep).
        self._kept: dict[str, list[Any]] = {"analyses": [], "buckets": []}
        self._snapshots: dict[str, bytes | Callable[[], bytes]] = {}  # saved by close()
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
            # The readings table before it kept paragraphs apart (never read again).
            db.execute("DROP TABLE IF EXISTS files")
            db.executescript(_SCHEMA)
            # Entries of other versions can never be read again: drop them now.
            old = self.day - RETENTION_DAYS
            # Said at -v: a run that drops them analyses those articles again (many seconds), and
            # should say why (another summariser version: its sources changed; or unused too long).
            other = db.execute("DELETE FROM analyses WHERE version != ?", (self.version,)).rowcount
            aged = db.execute("DELETE FROM analyses WHERE used < ?", (old,)).rowcount
            if other > 0 or aged > 0:
                logger.info(
                    "analysis cache: dropped %d analyses of another summariser version and %d unused for %d days",
                    other,
                    aged,
                    RETENTION_DAYS,
                )
            db.execute("DELETE FROM readings WHERE version != ? OR used < ?", (self.version, old))
            db.execute("DELETE FROM buckets WHERE version != ? OR used < ?", (self.version, old))
            db.execute("DELETE FROM stats WHERE version != ? OR used < ?", (self.version, old))
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get(self, key: str, article: Article) -> Entry | None:
        """The trusted entry for ``key``, or None (a miss, or a corrupt entry now deleted)."""
        return self.get_many([(key, article)])[0]

    def get_many(self, wanted: Sequence[tuple[str, Article]]) -> list[Entry | None]:
        """:meth:`get` of each ``(key, article)``, read in a few queries rather than one per article."""
        rows = self._rows("analyses", [key for key, _ in wanted])
        out: list[Entry | None] = []
        for key, article in wanted:
            entry = self._trusted(
                "analyses", key, rows.get(key), functools.partial(_decode, article=article), article.id
            )
            if entry is None:
                self.misses += 1
            else:
                self.hits += 1
            out.append(entry)
        return out

    def known_article(self, key: str, path: str, reread: Callable[[Path], Article]) -> Article | None:
        """The article an earlier run made of a file whose bytes and reading context hash to ``key``.

        The key is a hash of the file's bytes (see :func:`file_key`), not of its name or
        times: a file edited in any way misses, a file merely touched or renamed still hits.
        The stored record is checked as an analysis entry is; a bad one is deleted (the file
        is then parsed afresh). Its paragraphs are decoded on first use (see
        :class:`StoredArticle`; ``reread`` parses the file again if they fail their check).
        """
        return self.known_articles([(key, path)], reread)[0]

    def known_articles(
        self, wanted: Sequence[tuple[str, str]], reread: Callable[[Path], Article]
    ) -> list[Article | None]:
        """:meth:`known_article` of each ``(key, path)``, read in a few queries."""
        rows = self._rows("readings", [key for key, _ in wanted])
        out: list[Article | None] = []
        for key, path in wanted:
            row = rows.get(key)
            article = None
            if row is not None:
                fetch = functools.partial(self._paragraphs_of, key)
                decode = functools.partial(_decode_article, path=path, fetch=fetch, reread=reread)
                article = self._trusted("readings", key, row, decode, path)
            if article is not None:
                self.files_reused += 1
            out.append(article)
        return out

    def _paragraphs_of(self, key: str) -> bytes | None:
        """The stored paragraphs (JSON) of the reading ``key``; None if gone or the cache is closed."""
        try:
            row = self._db.execute(
                "SELECT body FROM readings WHERE key = ? AND version = ?", (key, self.version)
            ).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row is not None and isinstance(row[0], bytes) else None

    def file_signatures(self) -> dict[str, tuple[str, bytes]]:
        """``path -> (stat signature, content digest)`` recorded by earlier runs (see
        :meth:`remember_signature`); rows failing their checksum are left out (the file is then
        read and hashed again, and its row replaced)."""
        try:
            rows = self._db.execute(
                "SELECT key, signature, content, checksum, used FROM stats WHERE version = ?", (self.version,)
            ).fetchall()
        except sqlite3.DatabaseError as err:
            logger.warning("analysis cache read failed (%s); hashing every file", err)
            return {}
        out: dict[str, tuple[str, bytes]] = {}
        stale = self.day - TOUCH_DAYS
        for path, signature, content, checksum, used in rows:
            if not isinstance(content, bytes) or _stat_checksum(path, signature, content) != checksum:
                logger.debug("file signature of %s is corrupt; the file is hashed again", path)
                continue
            out[path] = (signature, content)
            if used < stale:
                self._stats_touched.append((self.day, path))
        return out

    def remember_signature(self, path: str, signature: str, content: bytes) -> None:
        """Queue: the file at ``path`` with stat ``signature`` holds bytes whose digest is ``content``."""
        checksum = _stat_checksum(path, signature, content)
        self._new_stats.append((path, self.version, signature, content, checksum, self.day))

    def _rows(self, table: str, keys: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        """``key -> (digest, blob, used)`` of the rows of ``table`` (this version) among ``keys``."""
        assert table in _TABLES
        found: dict[str, tuple[Any, ...]] = {}
        try:
            for lo in range(0, len(keys), _CHUNK):
                chunk = keys[lo : lo + _CHUNK]
                # The table name is one of _TABLES, never input.
                query = (
                    f"SELECT key, digest, blob, used FROM {table} "
                    f"WHERE version = ? AND key IN ({','.join('?' * len(chunk))})"
                )
                for row in self._db.execute(query, (self.version, *chunk)):
                    found[row[0]] = row[1:]
        except sqlite3.DatabaseError as err:
            logger.warning("analysis cache read failed (%s); reading and analysing afresh", err)
            return {}
        return found

    def _trusted(
        self, table: str, key: str, row: tuple[Any, ...] | None, decode: Callable[[str, bytes], T], name: str
    ) -> T | None:
        """``decode(digest, blob)`` of ``row``; None for no row, or for a bad one (then deleted)."""
        if row is None:
            return None
        digest, blob, used = row[:3]
        try:
            value = decode(digest, blob)
        except (ValueError, TypeError, KeyError, IndexError, UnicodeDecodeError, msgspec.DecodeError) as err:
            # The first one is worth a warning; a whole damaged file would flood the log.
            level = logging.WARNING if not self.rebuilt else logging.DEBUG
            what = "entry" if table == "analyses" else "record"
            logger.log(level, "analysis cache %s of %s is corrupt (%s); rebuilt", what, os.path.basename(name), err)
            self._delete(table, key)
            self.rebuilt += 1
            return None
        if used < self.day - TOUCH_DAYS:
            self._touched[table].append((self.day, key))
        return value

    def keep(self, keys: Sequence[str]) -> bool:
        """Mark the analyses under ``keys`` used today, though not read (written by :meth:`commit`);
        return whether any mark was stale.

        A warm run stands on its unchanged articles' analyses through the run snapshot without
        decoding them, so :meth:`get_many` never refreshes their use marks; without this they
        would age past :data:`RETENTION_DAYS` under daily warm runs and all be deleted at once,
        and the next run would analyse every article again. As with a read, only marks older
        than :data:`TOUCH_DAYS` are rewritten: most runs only read the marks (no write).
        """
        stale = self.day - TOUCH_DAYS
        try:
            for lo in range(0, len(keys), _CHUNK):
                chunk = keys[lo : lo + _CHUNK]
                query = f"SELECT 1 FROM analyses WHERE used < ? AND key IN ({','.join('?' * len(chunk))}) LIMIT 1"
                if self._db.execute(query, (stale, *chunk)).fetchone() is not None:
                    self._kept["analyses"].extend(keys)
                    return True
        except sqlite3.DatabaseError as err:
            logger.warning("analysis cache read failed (%s); use marks not refreshed", err)
        return False

    def keep_buckets(self, names: Iterable[bytes]) -> None:
        """Mark the merge records of the buckets ``names`` used today, though not read (see
        :meth:`keep`; a warm run calls this when its analyses' marks were stale)."""
        self._kept["buckets"].extend(names)

    def put(self, key: str, entry: Entry, article: Article) -> None:
        """Queue ``entry`` (of ``article``) under ``key``; written by :meth:`commit`."""
        # Compact JSON, uncompressed: decoding it is most of a warm run's cache time.
        blob = msgspec.json.encode(_encode(entry, article))
        self._pending["analyses"].append((key, self.version, _digest(blob), blob, self.day))

    def remember_article(self, key: str, article: Article) -> None:
        """Queue ``article`` as what a file with ``key`` holds (its id and path are not stored):
        its metadata and the digest of its paragraphs, and apart from them the paragraphs."""
        body = msgspec.json.encode(article.paragraphs)
        blob = msgspec.json.encode(_article_row(article, _body_digest(body)))
        self._pending["readings"].append((key, self.version, _digest(blob), blob, self.day, body))

    # MergeMemory: the parts each LSH bucket's pair checks made (see summarise.MergeMemory).

    def links(self, bucket: bytes, size: int) -> tuple[int, ...] | None:
        """The parts remembered for ``bucket`` (of ``size`` members), or None; a bad row is ignored."""
        if self._merges is None and self._asked < _ONE_BY_ONE:
            # A warm run asks for a few hundred buckets: one query each, until a run asks for
            # more (a full merge); then all of them in one query.
            self._asked += 1
            row = self._merge_row(bucket)
        else:
            if self._merges is None:
                self._merges = self._load_merges()
            row = self._merges.get(bucket)
        if row is None:
            self.buckets_compared += 1
            return None
        text, checksum, used = row
        try:
            if zlib.crc32(text.encode(), zlib.crc32(bucket)) != checksum:
                raise ValueError("checksum mismatch")
            links = _parse_links(text, size)
        except ValueError as err:
            logger.debug("merge record is corrupt (%s); compared again", err)
            self.buckets_compared += 1
            return None
        self.buckets_reused += 1
        if used < self.day - TOUCH_DAYS:
            self._merges_touched.append((self.day, bucket))
        return links

    def remember(self, bucket: bytes, links: tuple[int, ...]) -> None:
        text = _links_text(links)
        self._new_merges.append((bucket, self.version, text, zlib.crc32(text.encode(), zlib.crc32(bucket)), self.day))

    def _merge_row(self, bucket: bytes) -> tuple[str, int, int] | None:
        try:
            found = self._db.execute(
                "SELECT links, checksum, used FROM buckets WHERE key = ? AND version = ?", (bucket, self.version)
            ).fetchone()
        except sqlite3.DatabaseError as err:
            logger.warning("analysis cache read failed (%s); merging afresh", err)
            self._merges = {}
            return None
        return None if found is None else (found[0], found[1], found[2])

    def _load_merges(self) -> dict[bytes, tuple[str, int, int]]:
        # All of them in one query: a warm run asks for nearly every bucket it remembers.
        try:
            rows = self._db.execute("SELECT key, links, checksum, used FROM buckets WHERE version = ?", (self.version,))
            return {key: (links, checksum, used) for key, links, checksum, used in rows}
        except sqlite3.DatabaseError as err:
            logger.warning("analysis cache read failed (%s); merging afresh", err)
            return {}

    # The run snapshot (see briefing.incremental): one file per user-section context, beside the
    # database. Not a table: rewriting tens of megabytes through SQLite's journal took a quarter
    # of a warm run; a file replaced atomically needs no journal, and its CRC catches a torn one.

    def _snapshot_path(self, name: str) -> Path:
        return self.path.with_name(f"snapshot-{name}.bin")

    def snapshot(self, name: str) -> memoryview | None:
        """The snapshot blob saved as ``name`` for this version, or None (none, another version,
        or damaged: a wrong CRC or length)."""
        self._save_snapshots()  # one queued for ``name`` is the latest
        try:
            data = self._snapshot_path(name).read_bytes()
        except OSError:
            return None
        magic = _SNAPSHOT_MAGIC + self.version.encode() + b"\n"
        if not data.startswith(magic):
            if data.startswith(_SNAPSHOT_MAGIC):
                logger.info("run snapshot %s is of another version; rebuilt", name)
            else:
                logger.warning("run snapshot %s is not a snapshot; rebuilt", name)
            return None
        head = len(magic) + _SNAPSHOT_SIZES.size
        if len(data) < head:
            logger.warning("run snapshot %s is truncated; rebuilt", name)
            return None
        size, checksum = _SNAPSHOT_SIZES.unpack_from(data, len(magic))
        blob = memoryview(data)[head:]  # not a copy of tens of megabytes
        if len(blob) != size or zlib.crc32(blob) != checksum:
            logger.warning("run snapshot %s is corrupt (length or checksum mismatch); rebuilt", name)
            return None
        return blob

    def save_snapshot(self, name: str, blob: bytes | Callable[[], bytes]) -> None:
        """Save ``blob`` (or what it makes) as the snapshot ``name``, replacing the last, when the
        cache is closed; a failure is logged, never raised.

        Written last, after the run's outputs: the filesystem may start writing a file that
        replaces another at once (ext4 does), and an output's fsync would then wait for it too.
        """
        self._snapshots[name] = blob

    def _save_snapshots(self) -> None:
        from . import collector

        # Made of records that form no cycles: a collection over the run's objects would free nothing.
        with collector.paused():
            while self._snapshots:
                name, blob = self._snapshots.popitem()
                self._write_snapshot(name, blob if isinstance(blob, bytes) else blob())

    def _write_snapshot(self, name: str, blob: bytes) -> None:
        path = self._snapshot_path(name)
        head = _SNAPSHOT_MAGIC + self.version.encode() + b"\n" + _SNAPSHOT_SIZES.pack(len(blob), zlib.crc32(blob))
        part = path.with_name(f"{path.name}.{os.getpid()}.part")  # two runs at once write apart
        try:
            # The old snapshot goes first: its pages are freed for the new one, and a rename over
            # a file makes ext4 write the new one out at once, in this process. Meanwhile a run
            # finds no snapshot (and merges afresh), never a torn one.
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            with part.open("wb") as f:
                f.write(head)
                f.write(blob)
            part.replace(path)
        except OSError as err:
            logger.warning("could not save the run snapshot to %s (%s)", path, err)

    def commit(self) -> None:
        """Write queued entries and use marks in one transaction; a failure is logged, never raised."""
        queues: list[list[Any]] = [*self._pending.values(), *self._touched.values()]
        queues += [self._new_merges, self._merges_touched, self._new_stats, self._stats_touched, *self._kept.values()]
        if not any(queues):
            return
        try:
            with self._db:
                for table in _TABLES:
                    marks = ", ".join("?" * _WIDTH[table])
                    self._db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", self._pending[table])
                    self._db.executemany(f"UPDATE {table} SET used = ? WHERE key = ?", self._touched[table])
                self._db.executemany("INSERT OR REPLACE INTO buckets VALUES (?, ?, ?, ?, ?)", self._new_merges)
                self._db.executemany("UPDATE buckets SET used = ? WHERE key = ?", self._merges_touched)
                self._db.executemany("INSERT OR REPLACE INTO stats VALUES (?, ?, ?, ?, ?, ?)", self._new_stats)
                self._db.executemany("UPDATE stats SET used = ? WHERE key = ?", self._stats_touched)
                stale = self.day - TOUCH_DAYS
                for table, kept in self._kept.items():
                    for lo in range(0, len(kept), _CHUNK):
                        chunk = kept[lo : lo + _CHUNK]
                        # Only the marks older than TOUCH_DAYS; the table name is one of two literals.
                        self._db.execute(
                            f"UPDATE {table} SET used = ? WHERE used < ? AND key IN ({','.join('?' * len(chunk))})",
                            (self.day, stale, *chunk),
                        )
        except sqlite3.Error as err:
            logger.warning("could not save %d analyses to %s (%s)", len(self._pending["analyses"]), self.path, err)
        for queue in queues:
            queue.clear()

    def close(self) -> None:
        self.commit()
        self._db.close()
        self._save_snapshots()

    def _delete(self, table: str, key: str) -> None:
        try:
            with self._db:
                self._db.execute(f"DELETE FROM {table} WHERE key = ?", (key,))
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
    wanted = [(article_key(a, context), a) for a in articles]
    out: list[tuple[Article, Entry]] = []
    for (key, article), entry in zip(wanted, cache.get_many(wanted), strict=True):
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


def _keys_row(k: KeySource) -> list[Any]:
    # Words never hold a tab, so tab-joined strings decode with one split each: several times
    # faster than JSON lists of strings. The counts catch a damaged string.
    full = k.full()
    out: list[Any] = []
    for words in (full.shingles, full.stems, full.numbers):
        out += [len(words), "\t".join(sorted(words))]
    return [*out, full.signature.hex(), full.digest.hex()]


def _row(x: Analysis, article: Article) -> list[Any]:
    s = x.sentence
    # The sentence as its place in the paragraph (its text is then a slice, exact by construction);
    # the condensed text only when it differs from the sentence.
    start = article.paragraphs[s.paragraph].find(s.text) if 0 <= s.paragraph < len(article.paragraphs) else -1
    where: list[int] | str = [start, len(s.text), _crc(s.text)] if start >= 0 else s.text
    condensed = None if x.condensed == s.text else x.condensed
    return [s.index, s.paragraph, where, sorted(x.labels), x.actor, condensed, x.importance, x.countries, x.people]


_SIG_BYTES = 2 * _HASHES  # MinHash values of 16 bits
_TEXT_DIGEST_BYTES = 12


#: One analysed sentence as stored: index, paragraph, where (see :func:`_quote`), labels, actor,
#: condensed text (None: the sentence itself), importance, countries, people.
_Row = tuple[
    int,
    int,
    tuple[int, int, int] | str,
    frozenset[str],
    str | None,
    str | None,
    float,
    tuple[str, ...],
    tuple[str, ...],
]
#: Merge keys as stored (see :func:`_keys_row`).
_KeysRow = tuple[int, str, int, str, int, str, str, str]


class _Blob(msgspec.Struct):
    a: list[_Row]
    k: list[_KeysRow | None]


#: Decodes and type-checks an entry in C: a value of the wrong type is a DecodeError.
_DECODER = msgspec.json.Decoder(_Blob)


def _decode(digest: str, blob: bytes, article: Article) -> Entry:
    """The entry in ``blob``; raises ValueError (or a decoding error) if anything is off."""
    if _digest(blob) != digest:
        raise ValueError("digest mismatch")
    raw = _DECODER.decode(blob)
    analyses = []
    paragraphs = article.paragraphs
    aid = article.id
    for index, paragraph, where, labels, actor, condensed, importance, countries, people in raw.a:
        # Quotes must be exact: a sentence that is not in its paragraph is not trusted.
        if paragraph < 0:
            raise ValueError(f"sentence {index} has no paragraph {paragraph}")
        text = _quote(paragraphs[paragraph], where)
        if text is None:
            raise ValueError(f"sentence {index} is not in paragraph {paragraph}")
        analyses.append(
            Analysis(
                Sentence(aid, index, paragraph, text),
                labels,
                actor,
                text if condensed is None else condensed,
                importance,
                countries,
                people,
            )
        )
    keys = [None if k is None else StoredKeys(k) for k in raw.k]
    if len(keys) not in (0, len(analyses)):
        raise ValueError("merge keys do not match the sentences")
    return Entry(tuple(analyses), tuple(keys))


def _quote(paragraph: str, where: tuple[int, int, int] | str) -> str | None:
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


def _links_text(links: tuple[int, ...]) -> str:
    """How a bucket's parts are stored: "" none joined, "*" all one part, else "0,0,2,0"."""
    if not links:
        return ""
    if not any(links):
        return "*"
    return ",".join(map(str, links))


def _parse_links(text: str, size: int) -> tuple[int, ...]:
    """The parts stored as ``text`` for a bucket of ``size``; ValueError unless each position
    points to itself or to an earlier position."""
    if not text:
        return ()
    if text == "*":
        return (0,) * size
    links = tuple(map(int, text.split(",")))
    if len(links) != size or not all(0 <= first <= p for p, first in enumerate(links)):
        raise ValueError(f"parts {text!r} do not fit a bucket of {size}")
    return links


def _stat_checksum(path: str, signature: str, content: bytes) -> int:
    return zlib.crc32(content, zlib.crc32(f"{path}\0{signature}\0".encode("utf-8", "surrogatepass")))


def content_digest(data: bytes) -> bytes:
    """The digest of a file's bytes that its reading keys are made from (see :func:`keys_of_content`)."""
    return hashlib.blake2b(data, digest_size=20).digest()


def keys_of_content(content: bytes, contexts: Sequence[str]) -> list[str]:
    """:func:`file_key` of bytes whose :func:`content_digest` is ``content``, in each of ``contexts``."""
    return [hashlib.blake2b(content + b"\0" + c.encode(), digest_size=20).hexdigest() for c in contexts]


def file_key(data: bytes, context: str) -> str:
    """Key of a file's reading: a hash of its bytes and of what else the reader depends on."""
    [key] = file_keys(data, (context,))
    return key


def file_keys(data: bytes, contexts: Sequence[str]) -> list[str]:
    """:func:`file_key` of ``data`` in each of ``contexts``, hashing the bytes once."""
    return keys_of_content(content_digest(data), contexts)


def _article_row(a: Article, body_digest: bytes) -> list[Any]:
    date = a.date.isoformat() if a.date else None
    return [a.title, date, a.outlet, a.url, list(a.headings), body_digest.hex()]


#: A reading's record as stored: title, date, outlet, url, headings, digest of the paragraphs' JSON.
_ReadingRow = tuple[str | None, str | None, str | None, str | None, list[str], str]
_READING = msgspec.json.Decoder(_ReadingRow)


def _decode_article(
    digest: str, blob: bytes, path: str, fetch: Callable[[], bytes | None], reread: Callable[[Path], Article]
) -> Article:
    """The article remembered for ``path`` (its paragraphs fetched and decoded on first use, see
    :class:`StoredArticle`); raises ValueError (or a decoding error) if anything is off."""
    from .readers import article_id

    if _digest(blob) != digest:
        raise ValueError("digest mismatch")
    title, date, outlet, url, headings, body_digest = _READING.decode(blob)
    stored_digest = bytes.fromhex(body_digest)
    if len(stored_digest) != 16:
        raise ValueError("malformed record")
    day = dt.date.fromisoformat(date) if date is not None else None
    article = StoredArticle.__new__(StoredArticle)
    fields = (article_id(path), path, title, day, outlet, url, tuple(headings), None)
    for name, value in zip(_STORED_FIELDS, fields, strict=True):
        object.__setattr__(article, name, value)
    object.__setattr__(article, "_fetch", fetch)
    object.__setattr__(article, "_reread", reread)
    object.__setattr__(article, "stored_digest", stored_digest)
    return article


_STORED_FIELDS = ("id", "path", "title", "date", "outlet", "url", "headings", "first_seen")


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
