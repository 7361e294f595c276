"""Turn files in the seeds folder into :class:`Article` records.

``READERS`` maps a file extension to a function ``(path, data: str, today) -> Article``.
``read_seeds(folder, ...)`` reads every file, skipping bad ones with a reason; it never
raises for one bad file, only when the folder itself is unusable.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import stat
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .errors import ReadError
from .model import Article
from .textlayout import Layout, parse_layout

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not read, and why (one line, for the warning)."""

    path: Path
    reason: str


@dataclass(frozen=True, slots=True)
class ReadReport:
    """Every readable article of a folder plus the files skipped."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


class KnownFiles(Protocol):
    """What earlier runs read (the analysis cache): a file whose bytes were seen before is not parsed again."""

    def known_articles(
        self, wanted: Sequence[tuple[str, str]], reread: Callable[[Path], Article]
    ) -> list[Article | None]: ...

    def remember_article(self, key: str, article: Article) -> None: ...

    def file_signatures(self) -> dict[str, tuple[str, bytes]]: ...

    def remember_signature(self, path: str, signature: str, content: bytes) -> None: ...


class Unreadable(Exception):
    """Internal: a single file cannot be used; the message is the reason."""


Reader = Callable[[Path, str, dt.date], Article]


def read_text(path: Path, data: str, today: dt.date) -> Article:
    """A plain-text article: title, date, dateline and headings are recognised by layout."""
    return _article(path, parse_layout(data.splitlines(), today))


def read_markdown(path: Path, data: str, today: dt.date) -> Article:
    """A Markdown article: optional front matter, ``#`` headings, paragraphs."""
    lines = data.splitlines()
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
        if end is not None:
            for line in lines[1:end]:
                key, sep, value = line.partition(":")
                if sep:
                    meta[key.strip().lower()] = value.strip().strip("\"'")
            lines = lines[end + 1 :]
    cleaned = [_strip_markdown(line) for line in lines]
    layout = parse_layout(cleaned, today, markdown_headings=True)
    return _article(path, layout, meta)


def read_html(path: Path, data: str, today: dt.date) -> Article:
    """An HTML page: trafilatura finds the main text and the metadata."""
    import trafilatura  # heavy: only when an HTML file is actually read

    found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    doc: dict[str, Any] = {}
    if isinstance(found, dict):
        doc = found
    elif found is not None:
        doc = found.as_dict()
    if not doc.get("text"):
        raise Unreadable("no article text found in the HTML")
    meta = {
        "title": doc.get("title") or "",
        "date": doc.get("date") or "",
        "outlet": doc.get("sitename") or doc.get("hostname") or "",
        "url": doc.get("url") or "",
    }
    layout = parse_layout(str(doc["text"]).splitlines(), today, has_title=False)
    return _article(path, layout, meta)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}


def read_seeds(folder: Path, *, max_bytes: int, today: dt.date, known: KnownFiles | None = None) -> ReadReport:
    """Read every article file in ``folder`` (not recursive), in name order.

    With ``known``, a file unchanged since an earlier run is taken from it instead of read
    (the result is the same article). Raises ReadError only when the folder is missing or not a folder; a folder with no
    readable article gives an empty report (the pipeline decides what that means).
    """
    if not folder.exists():
        raise ReadError(f"Seeds folder {folder} does not exist (create it or pass --seeds DIR)")
    if not folder.is_dir():
        raise ReadError(f"Seeds path {folder} is not a folder (pass --seeds DIR)")
    if known is not None:
        # One folder, so name order is path order; names stay strings on this path (Path objects
        # for ten thousand files cost more than the rest of reading them from the cache).
        with os.scandir(folder) as found:
            names = sorted(e.name for e in found if not e.name.startswith("."))
        return _read_known(folder, names, max_bytes, today, known)
    paths = sorted((p for p in folder.iterdir() if not p.name.startswith(".")), key=os.fspath)
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in paths:
        try:
            articles.append(read_file(path, max_bytes=max_bytes, today=today))
        except Exception as err:
            skipped.append(_skipped(path, err))
    return ReadReport(tuple(_unique_ids(articles)), tuple(skipped))


def _skipped(path: Path, err: Exception) -> Skipped:
    """``path`` could not be read because of ``err``: the one-line reason."""
    if isinstance(err, Unreadable):
        return Skipped(path, str(err))
    # A third-party parser choking on untrusted input: skip, keep the run.
    logger.debug("reader failed on %s", path, exc_info=err)
    detail = " ".join(str(err).split())[:160]
    return Skipped(path, f"malformed {path.suffix or 'file'} ({type(err).__name__}: {detail})")


def _read_known(folder: Path, names: Sequence[str], max_bytes: int, today: dt.date, known: KnownFiles) -> ReadReport:
    """:func:`read_seeds` of the files ``names`` in ``folder`` through ``known``: files whose
    bytes were parsed before are taken from it (asked for all at once), the others parsed and
    remembered.

    A reading depends on the bytes, the reader and, for a date without a year (or with two
    digits), on today. A plain-text or Markdown reading that never consulted today (see
    :class:`_WatchedDay`) is remembered under a key without the day, so a daily run does not
    parse every file again; the others (and every HTML page: the extractor may read the clock
    itself) under a key with the day.

    As git and make do, a file whose stat signature (size, modification and change times in
    nanoseconds, inode, device) equals the one recorded with its content digest is not read
    nor hashed again: any write, touch, rename or copy changes the signature, and the file is
    then read and hashed. A file changed too recently for its times to tell a second write
    apart (see :func:`_racy`) is always hashed and its signature not recorded.
    """
    from .cache import content_digest, keys_of_content

    # The filesystem's clock, only to tell whether a file's times are too fresh to trust; it
    # never reaches the briefing.
    now_ns = _fs_now()
    signatures = known.file_signatures()
    # str(folder / name) and os.path.abspath of it, built as strings.
    prefix = _prefix(os.fspath(folder))
    absolute = _prefix(os.path.abspath(folder))
    skipped: list[Skipped] = []
    wanted: list[tuple[str, Reader, bytes | None, bytes, tuple[str, str], str]] = []
    contexts: dict[str, tuple[str, str]] = {}  # per suffix
    for name in names:
        path = prefix + name
        try:
            st = _stat(path)
            suffix = _suffix(name)
            reader = _reader_of_suffix(suffix, st)
            _check_size(st.st_size, max_bytes)
            signature = f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"
            stored = signatures.get(absolute + name)
            data: bytes | None = None
            racy = _racy(st, now_ns)
            if stored is not None and stored[0] == signature and not racy:
                content = stored[1]
            else:
                data = _read_bytes(path, max_bytes)
                content = content_digest(data)
                if not racy:
                    known.remember_signature(absolute + name, signature, content)
        except Exception as err:
            skipped.append(_skipped(Path(path), err))
            continue
        if suffix not in contexts:
            contexts[suffix] = _contexts(suffix, reader, today)
        wanted.append((path, reader, data, content, contexts[suffix], "" if data is not None else signature))
    # A remembered reading whose paragraphs fail their check when first used is replaced by
    # the file read again (see cache.StoredArticle).
    reread = functools.partial(read_file, max_bytes=max_bytes, today=today)
    # Each file's key without the day; then, for the files it misses, with the day (when it differs).
    anyday_keys = [keys_of_content(content, context[1:])[0] for _, _, _, content, context, _ in wanted]
    found = known.known_articles([(key, w[0]) for key, w in zip(anyday_keys, wanted, strict=True)], reread)
    missed = [n for n, article in enumerate(found) if article is None]
    day_keys = {n: keys_of_content(wanted[n][3], wanted[n][4][:1])[0] for n in missed}
    dated = [n for n in missed if day_keys[n] != anyday_keys[n]]
    with_day = known.known_articles([(day_keys[n], wanted[n][0]) for n in dated], reread)
    for n, article in zip(dated, with_day, strict=True):
        found[n] = article
    articles: list[Article] = []
    for n, ((path, reader, data, _, _, signature), article) in enumerate(zip(wanted, found, strict=True)):
        if article is None:
            day_key, anyday_key = day_keys[n], anyday_keys[n]
            watched = _WatchedDay(today.year, today.month, today.day)
            try:
                if data is None:
                    # Known by its signature, but its reading is not remembered: read it now,
                    # under the keys of the bytes actually read.
                    data = _read_bytes(path, max_bytes)
                    content = content_digest(data)
                    day_key, anyday_key = keys_of_content(content, _contexts(_suffix(path), reader, today))
                    known.remember_signature(os.path.abspath(path), signature, content)
                article = _parse(Path(path), data, reader, watched)
            except Exception as err:
                skipped.append(_skipped(Path(path), err))
                continue
            known.remember_article(day_key if watched.consulted(article) else anyday_key, article)
        articles.append(article)
    # Skipped files in name order, as a plain read reports them.
    order = {prefix + name: n for n, name in enumerate(names)}
    skipped.sort(key=lambda s: order[os.fspath(s.path)])
    return ReadReport(tuple(_unique_ids(articles)), tuple(skipped))


def _prefix(folder: str) -> str:
    """What ``str(Path(folder) / name)`` puts before ``name``."""
    if folder == ".":
        return ""
    return folder if folder.endswith("/") else folder + "/"


def _suffix(name: str) -> str:
    """``PurePath(name).suffix`` of a file name (or path), without making a Path."""
    name = name[name.rfind("/") + 1 :]
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


#: The filesystem's clock (a module attribute so tests can move it).
_fs_now = time.time_ns


def _racy(st: os.stat_result, now_ns: int) -> bool:
    """Whether a file's times are so recent that a second write within the same tick of the
    filesystem's clock could leave them unchanged (git's "racy" files): its signature is then
    neither trusted nor kept. A tick is taken as 2 s when the times are whole seconds (FAT,
    HFS+, some network filesystems), else as 0.1 s (far above ext4's or tmpfs's)."""
    newest = max(st.st_mtime_ns, st.st_ctime_ns)
    coarse = st.st_mtime_ns % 1_000_000_000 == 0 and st.st_ctime_ns % 1_000_000_000 == 0
    return newest >= now_ns - (2_000_000_000 if coarse else 100_000_000)


def _contexts(suffix: str, reader: Reader, today: dt.date) -> tuple[str, str]:
    """What else than its bytes a file of ``suffix`` depends on when read: with the day, and without it."""
    suffix = suffix.lower()
    if reader is read_html:
        # Another extractor version may find other text.
        context = f"{suffix}:{today.isoformat()}:trafilatura-{_trafilatura_version()}"
        return context, context
    return f"{suffix}:{today.isoformat()}", f"{suffix}:any-day"


class _WatchedDay(dt.date):
    """Today, for one reading, noting whether the reader consulted it.

    Reading any attribute (``year``, ``isoformat``...) and every operator a date has
    (comparison, arithmetic, hashing, formatting) counts, so whatever the reader does with the
    day is seen; only a reading that never touched it is known not to depend on it.
    """

    def __getattribute__(self, name: str) -> Any:
        if name not in ("consulted", "__dict__"):
            object.__getattribute__(self, "__dict__")["seen"] = True
        return object.__getattribute__(self, name)

    def consulted(self, article: Article) -> bool:
        """Whether the reading that gave ``article`` consulted this day (or kept it as a date)."""
        return bool(object.__getattribute__(self, "__dict__").get("seen")) or article.date is self


def _watching(name: str) -> Callable[..., Any]:
    base = getattr(dt.date, name)

    def method(self: _WatchedDay, *args: Any) -> Any:
        object.__getattribute__(self, "__dict__")["seen"] = True
        return base(self, *args)

    method.__name__ = name
    return method


for _name in (
    "__add__", "__eq__", "__format__", "__ge__", "__gt__", "__hash__", "__le__", "__lt__", "__ne__",
    "__radd__", "__reduce__", "__reduce_ex__", "__repr__", "__rsub__", "__str__", "__sub__",
):  # fmt: skip
    setattr(_WatchedDay, _name, _watching(_name))


@functools.cache
def _trafilatura_version() -> str:
    from importlib.metadata import version

    return version("trafilatura")


def read_file(path: Path, *, max_bytes: int, today: dt.date) -> Article:
    """Read one article; raises Unreadable with a one-line reason."""
    reader = _reader_of(path)
    return _parse(path, _read_bytes(path, max_bytes), reader, today)


def _reader_of(path: Path) -> Reader:
    return _reader_of_suffix(path.suffix, os.stat(path) if path.is_dir() else None)


def _reader_of_suffix(suffix: str, st: os.stat_result | None) -> Reader:
    """The reader of a file with ``suffix`` (``st``: its stat, None if it is no folder)."""
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise Unreadable("is a folder (seeds are read without recursion)")
    reader = READERS.get(suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise Unreadable(f"unknown extension '{suffix or '(none)'}' (readable: {known})")
    return reader


def _parse(path: Path, data: bytes, reader: Reader, today: dt.date) -> Article:
    article = reader(path, decode(data), today)
    if not article.paragraphs:
        raise Unreadable("no body text (only a title, date or headings)")
    return article


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise Unreadable(
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit "
            "(raise max_article_bytes in the config to read it)"
        )


def _stat(path: str) -> os.stat_result:
    try:
        return os.stat(path)
    except PermissionError:
        raise Unreadable("permission denied") from None
    except OSError as err:
        raise Unreadable(f"cannot read: {err.strerror or err}") from None


def _read_bytes(path: Path | str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as f:
            _check_size(os.fstat(f.fileno()).st_size, max_bytes)
            data = f.read()
    except PermissionError:
        raise Unreadable("permission denied") from None
    except OSError as err:
        raise Unreadable(f"cannot read: {err.strerror or err}") from None
    if not data or data.isspace():  # isspace stops at the first other byte; strip() copied the file
        raise Unreadable("empty file")
    return data


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 first, else a detected legacy encoding; binary is refused."""
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise Unreadable("binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise Unreadable("not UTF-8 and no other text encoding fits (save it as UTF-8)")
    logger.info("decoded as %s (not UTF-8)", best.encoding)
    return str(best)


#: Control bytes that text files do not contain (tab, newlines, form feed and CR are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def _looks_binary(head: bytes) -> bool:
    # Counting by deleting in C: a per-byte Python loop cost a tenth of a 10,000-file run.
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(4, len(head) // 100)


def _article(path: Path, layout: Layout, meta: dict[str, str] | None = None) -> Article:
    meta = meta or {}
    return Article(
        id=article_id(path),
        path=str(path),
        title=meta.get("title") or layout.title,
        date=_meta_date(meta.get("date")) or layout.date,
        outlet=meta.get("outlet") or meta.get("source") or layout.outlet,
        url=meta.get("url") or layout.url,
        paragraphs=layout.paragraphs,
        headings=layout.headings,
    )


def _meta_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_MD_INLINE = re.compile(r"(\*\*|__|\*|`)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def _strip_markdown(line: str) -> str:
    line = _MD_LINK.sub(r"\1", line)
    return _MD_INLINE.sub("", line)


def article_id(path: Path | str) -> str:
    """A stable id from the file name: NFC, spaces to '-', extension dropped."""
    name = os.path.basename(path)
    stem = name[: len(name) - len(_suffix(name))]
    if stem.isascii() and stem.isprintable() and " " not in stem:
        return stem or "article"  # the usual name: NFC and the whitespace rule change nothing
    stem = unicodedata.normalize("NFC", stem)
    return re.sub(r"\s+", "-", stem.strip()) or "article"


def _unique_ids(articles: Iterable[Article]) -> list[Article]:
    """Two files with the same stem (a.txt, a.html) keep distinct ids by extension."""
    from dataclasses import replace

    seen: set[str] = set()
    out = []
    for art in articles:
        if art.id in seen:
            art = replace(art, id=f"{art.id}{Path(art.path).suffix.replace('.', '-')}")
        seen.add(art.id)
        out.append(art)
    return out
