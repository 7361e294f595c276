"""From articles to a :class:`Briefing`: analyse, merge repeated facts, rank, summarise. Pure.

Every item keeps its sources (article id + exact sentence). The same fact reported by
several articles becomes one item citing all of them: near-duplicates are found with
MinHash signatures bucketed by band (locality-sensitive hashing), so the cost grows with
the number of sentences, not with the number of pairs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import re
import struct
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from operator import itemgetter
from typing import Protocol

from .classify import UserSection, analyse_article, forget, repeated_texts
from .collector import paused
from .entities import count_entities, place_at
from .grammar import MONTHS, NAME_JOINERS, WEEKDAYS
from .importance import content_stems, round4
from .lexicon import Lexicon, load_lexicon, tokenize_lower
from .model import Analysis, Article, Briefing, Item, Period, Section, Sentence, Source
from .sentences import split_article
from .tokens import tokens

#: Built-in sections: key in the JSON contract -> (label, heading).
BUILTIN_SECTIONS: dict[str, tuple[str, str]] = {
    "decisions": ("decision", "Key decisions"),
    "proposals": ("proposal", "Proposals"),
    "security": ("security", "Security"),
}


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """A section to fill: JSON key, sentence label, heading."""

    key: str
    label: str
    title: str


def default_specs(extra: Mapping[str, str] | None = None) -> tuple[SectionSpec, ...]:
    """The built-in sections plus user sections (key -> heading); user label = key."""
    specs = [SectionSpec(k, label, title) for k, (label, title) in BUILTIN_SECTIONS.items()]
    specs += [SectionSpec(k, k, title or k.replace("_", " ").capitalize()) for k, title in (extra or {}).items()]
    return tuple(specs)


def analyse(
    articles: Sequence[Article],
    lex: Lexicon | None = None,
    user: Sequence[UserSection] = (),
    words: dict[str, tuple[str, str]] | None = None,
    *,
    defer: bool = False,
    progress: Callable[[Sequence[tuple[Article, tuple[Sentence, ...]]]], Iterable[tuple[Article, tuple[Sentence, ...]]]]
    | None = None,
) -> list[tuple[Article, tuple[Analysis, ...]]]:
    """Split and classify every article (the per-article work; cacheable by content).

    Every article is split first: a sentence text that several articles print (wire copy) is
    then read once, not once and again at its second sighting (:func:`~briefing.classify.repeated_texts`).
    ``progress``: wraps the articles (each with its sentences) as they are analysed, e.g.
    :func:`briefing.progress.track`.

    ``defer``: condense unlabelled sentences only when read (see :func:`analyse_article`): for a
    briefing made at once; not for analyses that are stored (every condensed text is then read).

    ``words``: if given, receives the lower-case words (as :func:`tokenize_lower` splits them) and
    content stems of each labelled sentence's text; passed on to :func:`summarise`, it spares near-duplicate merging
    splitting those sentences into words again (the briefing is the same with or without it).
    """
    lex = lex or load_lexicon()
    default = load_lexicon().stopwords
    # "is" first: comparing two frozensets with != walks every word even when they are one object.
    if words is not None and lex.stopwords is not default and lex.stopwords != default:
        words = None  # another lexicon's stems are not those merging uses
    split = [(a, split_article(a)) for a in articles]
    repeated = repeated_texts(ss for _, ss in split)
    with paused():  # acyclic records by the hundred thousand (see briefing.collector)
        out = [
            (a, analyse_article(a, ss, lex, user, words, defer=defer, repeated=repeated))
            for a, ss in (split if progress is None else progress(split))
        ]
    forget(repeated)  # read once each: nothing will look them up again
    return out


def summarise(
    analysed: Sequence[tuple[Article, tuple[Analysis, ...]]],
    *,
    title: str,
    now: dt.datetime,
    specs: Sequence[SectionSpec] = default_specs(),
    summary_items: int = 4,
    period: Period | None = None,
    merge_keys: Mapping[str, KeySource] | None = None,
    memory: MergeMemory | None = None,
    words: Mapping[str, tuple[str, str]] | None = None,
) -> Briefing:
    """Assemble the briefing from analysed articles (see module docstring).

    ``merge_keys`` may hold :func:`merge_keys_of` of sentence texts computed earlier (the
    analysis cache keeps them), ``memory`` the merge outcomes of earlier runs, and ``words``
    what :func:`analyse` collected of the same analyses; the briefing is the same with or
    without any of them.
    """
    with paused():  # acyclic records by the thousand (see briefing.collector)
        return _summarise(analysed, title, now, specs, summary_items, period, merge_keys, memory, words)


def _summarise(
    analysed: Sequence[tuple[Article, tuple[Analysis, ...]]],
    title: str,
    now: dt.datetime,
    specs: Sequence[SectionSpec],
    summary_items: int,
    period: Period | None,
    merge_keys: Mapping[str, KeySource] | None,
    memory: MergeMemory | None,
    words: Mapping[str, tuple[str, str]] | None,
) -> Briefing:
    articles = tuple(a for a, _ in analysed)
    analyses = [x for _, xs in analysed for x in xs]
    groups = _merge_duplicates(analyses, merge_keys or {}, memory, words or {})
    filled = _section_items(groups, [spec.label for spec in specs])
    sections = tuple(Section(spec.key, spec.title, items) for spec, items in zip(specs, filled, strict=True))
    summary = _summary(groups, summary_items)
    people = [p for x in analyses for p in x.people]
    entities = count_entities((c for x in analyses for c in x.countries), people)
    return Briefing(
        title=title,
        generated_at=now,
        period=period or period_of(articles),
        articles=articles,
        summary=summary,
        sections=sections,
        entities=entities,
    )


def period_of(articles: Iterable[Article]) -> Period:
    """The span of the articles' dates (None where no article has a date)."""
    dates = [a.date for a in articles if a.date]
    return Period(min(dates), max(dates)) if dates else Period(None, None)


@dataclass(frozen=True, slots=True)
class _Group:
    """One fact: the analyses of every sentence that reports it (first = representative)."""

    members: tuple[Analysis, ...]

    @property
    def lead(self) -> Analysis:
        if len(self.members) == 1:
            return self.members[0]
        return max(self.members, key=lambda a: a.importance)

    @property
    def labels(self) -> frozenset[str]:
        if len(self.members) == 1:
            return self.members[0].labels
        return frozenset().union(*(m.labels for m in self.members))

    def item(self) -> Item:
        if len(self.members) == 1:
            # What the loop below makes of one sentence (most groups): one source, one article, so a
            # bonus of 0.0 (added all the same: it turns a -0.0 importance into 0.0, as the loop does).
            lone = self.members[0]
            sentence = lone.sentence
            source = Source(sentence.article_id, sentence.text)
            return Item(lone.condensed, lone.actor, (source,), round4(lone.importance + 0.0))
        lead = self.lead
        seen: set[tuple[str, str]] = set()
        sources = []
        for m in self.members:
            key = (m.sentence.article_id, m.sentence.text)
            if key not in seen:
                seen.add(key)
                sources.append(Source(*key))
        # Several reports of one fact make it more important.
        score = lead.importance + 0.3 * (len({s.article for s in sources}) - 1)
        return Item(lead.condensed, lead.actor, tuple(sources), round4(score))


def _section_items(groups: Sequence[_Group], labels: Sequence[str]) -> list[tuple[Item, ...]]:
    """The items of each label's section, best first; a group in several sections makes one item."""
    wanted = frozenset(labels)
    return section_items([(ls, g.item()) for g in groups if not wanted.isdisjoint(ls := g.labels)], labels)


def section_items(labelled: Sequence[tuple[Collection[str], Item]], labels: Sequence[str]) -> list[tuple[Item, ...]]:
    """The items of each label's section, best first (ties in group order), from each labelled
    group's labels and item in group order (what :func:`_section_items` does with the groups)."""
    out = []
    for label in labels:
        chosen = [item for ls, item in labelled if label in ls]
        out.append(tuple(sorted(chosen, key=lambda i: -i.score)))
    return out


#: How much an item's overlap with items already chosen costs it (maximal marginal relevance).
REDUNDANCY_WEIGHT = 1.0
#: Word overlap from which a candidate counts as a paraphrase of a chosen item and is skipped.
PARAPHRASE = 0.8
#: How much each further item from the same article costs (spreads a multi-article summary).
SAME_ARTICLE_COST = 0.35


class Summarised(Protocol):
    """What the summary reads of a group: its lead sentence and its item."""

    @property
    def lead(self) -> Analysis: ...

    def item(self) -> Item: ...


def _summary(groups: Sequence[Summarised], n: int) -> tuple[Item, ...]:
    """The ``n`` most important facts, each adding something the others do not say.

    Chosen by greedy maximal marginal relevance, then shown article by article in reading order.
    Maximal marginal relevance: an item's importance less its largest word overlap
    with the items already chosen (a second report of the same signing adds little), less a
    small cost per item already taken from its article. Only the best ``8 n`` compete, so the
    cost stays linear in the number of sentences.
    """
    # heapq.nsmallest is sorted(...)[:k], ties in the same order, without sorting every group.
    candidates = heapq.nsmallest(n * 8, groups, key=lambda g: -g.lead.importance)
    stems = {id(g): _stems(g.lead.sentence.text) for g in candidates}
    chosen: list[Summarised] = []
    per_article: dict[str, int] = {}

    def gain(g: Summarised) -> float:
        overlap = max((_overlap(stems[id(g)], stems[id(c)]) for c in chosen), default=0.0)
        same = per_article.get(g.lead.sentence.article_id, 0)
        return g.lead.importance - REDUNDANCY_WEIGHT * overlap - SAME_ARTICLE_COST * same

    while candidates and len(chosen) < n:
        best = max(candidates, key=gain)
        candidates.remove(best)
        if any(_overlap(stems[id(best)], stems[id(c)]) >= PARAPHRASE for c in chosen):
            continue  # a near-paraphrase of an item already chosen never adds anything
        chosen.append(best)
        aid = best.lead.sentence.article_id
        per_article[aid] = per_article.get(aid, 0) + 1
    # Read as a story: articles in the order of their best item, each article's items in its order.
    rank = {aid: n for n, aid in enumerate(dict.fromkeys(g.lead.sentence.article_id for g in chosen))}
    chosen.sort(key=lambda g: (rank[g.lead.sentence.article_id], g.lead.sentence.index))
    return tuple(g.item() for g in chosen)


def _stems(text: str) -> frozenset[str]:
    """Content words cut to five letters: enough to tell facts apart, blind to inflection."""
    return frozenset(content_stems(tokenize_lower(text), load_lexicon().stopwords))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller word set found in the other (1.0: one sentence repeats the other)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


# MinHash / LSH over each sentence's content-word stems: 32 hashes in 8 bands of 4 make pairs
# with Jaccard 0.85 (a reprint's usual overlap) candidates with probability 0.997, pairs at 0.65
# (the paraphrase threshold) with 0.79, and pairs at 0.3 with 0.06; every candidate pair is then
# checked exactly (see :func:`_same_fact`). 8 bands of 3 (24 hashes) made three times as many
# candidates at 0.3 for the same grouping of the judged pairs in tests/data/dedup_pairs.jsonl
# (bench/dedup_quality.py): the exact check, not LSH, decides what is grouped.
_HASHES, _BAND = 32, 4
#: Word-bigram Jaccard from which two sentences repeat each other (wire copy reprinted).
_THRESHOLD = 0.6
#: Content-stem Jaccard from which two sentences with the same labels paraphrase one fact.
_PARAPHRASE_THRESHOLD = 0.65
#: A bucket larger than this is compared with its first member only, so the cost stays linear.
_SMALL_BUCKET = 8


def _shingles(text: str) -> set[str]:
    return _pairs(tokenize_lower(text))


def _pairs(words: list[str]) -> set[str]:
    """The word pairs of a sentence's lower-case words (its one word, or "", when it has fewer than two)."""
    if len(words) < 2:
        return {" ".join(words)}
    # An f-string compiles (mypyc) to one call building the pair at its final size: no pair tuple,
    # no join per pair, and no intermediate "word " string as ``a + " " + b`` makes.
    return {f"{words[i]} {words[i + 1]}" for i in range(len(words) - 1)}


def _joined_pairs(joined: str) -> set[str]:
    """``_pairs(joined.split())`` for words joined by single spaces (none empty, none holding
    whitespace; see :func:`~briefing.classify.merge_words`): each pair is the slice of ``joined``
    from one word's start to the next word's end, so no word is split out on its own."""
    second = joined.find(" ")
    if second < 0:
        return {joined}  # one word, or "" for none (what _pairs makes of them)
    out: set[str] = set()
    first = 0
    while True:
        third = joined.find(" ", second + 1)
        if third < 0:
            out.add(joined[first:])
            return out
        out.add(joined[first:third])
        first = second + 1
        second = third


_UNPACK = struct.Struct(f"<{_HASHES}H").unpack


#: Hash rows of stems seen in this process: stems are a language's vocabulary, so the same few
#: thousand come back in every article and each is hashed once. A plain dict (a lookup in C);
#: cleared when full, so a stream of unusual words cannot grow it without bound.
_ROWS: dict[str, tuple[int, ...]] = {}
_ROWS_LIMIT = 1 << 17


def _row(item: str) -> tuple[int, ...]:
    """``_HASHES`` independent 16-bit hashes of one stem (one BLAKE2b digest of 2 bytes per hash; a
    digest holds at most 64 bytes, so hashes past the 32nd come from a second, personalised digest)."""
    row = _ROWS.get(item)
    if row is None:
        if len(_ROWS) >= _ROWS_LIMIT:
            _ROWS.clear()
        data = item.encode()
        digest = hashlib.blake2b(data, digest_size=min(2 * _HASHES, 64)).digest()
        if _HASHES > 32:
            digest += hashlib.blake2b(data, digest_size=2 * _HASHES - 64, person=b"minhash2").digest()
        row = _ROWS[item] = _UNPACK(digest)
    return row


def _signature(items: Collection[str]) -> tuple[int, ...]:
    """``_HASHES`` MinHash values: each position is the least of one hash over ``items``.

    16-bit hashes are enough: a band key joins ``_BAND`` of them (64 bits for 4), and every candidate
    pair is checked exactly afterwards. Each position's least value across the rows: a loop over
    machine integers when compiled (:func:`_column_mins`), ``map(min, *rows)`` (in C) in pure Python.
    """
    rows = [_ROWS.get(item) or _row(item) for item in items or ("",)]
    if len(rows) == 1:
        return rows[0]
    return _column_mins(rows) if _COMPILED else tuple(map(min, *rows))


#: This module runs compiled (mypyc): its loops over native ints beat C builtins over objects.
_COMPILED = not __file__.endswith(".py")

#: The digest bytes of stems seen in this process (see :func:`_digest_row`), as ``_ROWS`` holds their hashes.
_DIGESTS: dict[str, bytes] = {}


def _digest_row(item: str) -> bytes:
    """``_PACK(*_row(item))``: the ``2 * _HASHES`` digest bytes whose little-endian 16-bit values are
    :func:`_row`'s hashes, kept as they come (no tuple, no int object per hash)."""
    row = _DIGESTS.get(item)
    if row is None:
        if len(_DIGESTS) >= _ROWS_LIMIT:
            _DIGESTS.clear()
        data = item.encode()
        row = hashlib.blake2b(data, digest_size=min(2 * _HASHES, 64)).digest()
        if _HASHES > 32:
            row += hashlib.blake2b(data, digest_size=2 * _HASHES - 64, person=b"minhash2").digest()
        _DIGESTS[item] = row
    return row


def _packed_signature(items: Collection[str]) -> bytes:
    """``_PACK(*_signature(items))``, the signature as merging keeps it. Compiled, the least values are
    found over the stems' digest bytes (:func:`_packed_mins`): reading a byte of a ``bytes`` is a
    machine integer, where each hash of a row tuple was an int object to unbox (and the tuple of
    minima then 32 objects to box and pack); pure Python packs :func:`_signature`."""
    if not _COMPILED:
        return _PACK(*_signature(items))
    rows = [_DIGESTS.get(item) or _digest_row(item) for item in items or ("",)]
    if len(rows) == 1:
        return rows[0]
    return _packed_mins(rows)


def _packed_mins(rows: list[bytes]) -> bytes:
    """``_PACK(*map(min, *map(_UNPACK, rows)))`` for rows of equal, even length: each little-endian
    16-bit position's least value over the rows, packed. A value is compared by its high byte first
    and its low byte only when the high bytes tie or the high byte is less (the high byte is read from
    the row, a machine integer, and after a few rows is rarely no greater than the least so far). Eight
    positions (16 bytes) at a time, their least bytes in native locals and the high bytes' offsets
    worked out once per eight positions, as :func:`_column_mins`; rows of another length go position
    by position."""
    first = rows[0]
    size = len(first)
    n = len(rows)
    out: list[int] = []
    if size % 16:
        for k in range(0, size, 2):
            lo, hi = first[k], first[k + 1]
            for r in range(1, n):
                row = rows[r]
                h = row[k + 1]
                if h <= hi:
                    low = row[k]
                    if h < hi or low < lo:
                        lo, hi = low, h
            out.append(lo)
            out.append(hi)
        return bytes(out)
    for b in range(0, size, 16):
        j0, j1, j2, j3, j4, j5, j6, j7 = b + 1, b + 3, b + 5, b + 7, b + 9, b + 11, b + 13, b + 15
        h0, h1, h2, h3, h4, h5, h6, h7 = (
            first[j0],
            first[j1],
            first[j2],
            first[j3],
            first[j4],
            first[j5],
            first[j6],
            first[j7],
        )
        l0, l1, l2, l3, l4, l5, l6, l7 = (
            first[b],
            first[j0 + 1],
            first[j1 + 1],
            first[j2 + 1],
            first[j3 + 1],
            first[j4 + 1],
            first[j5 + 1],
            first[j6 + 1],
        )
        for r in range(1, n):
            row = rows[r]
            h = row[j0]
            if h <= h0:
                low = row[j0 - 1]
                if h < h0 or low < l0:
                    l0, h0 = low, h
            h = row[j1]
            if h <= h1:
                low = row[j1 - 1]
                if h < h1 or low < l1:
                    l1, h1 = low, h
            h = row[j2]
            if h <= h2:
                low = row[j2 - 1]
                if h < h2 or low < l2:
                    l2, h2 = low, h
            h = row[j3]
            if h <= h3:
                low = row[j3 - 1]
                if h < h3 or low < l3:
                    l3, h3 = low, h
            h = row[j4]
            if h <= h4:
                low = row[j4 - 1]
                if h < h4 or low < l4:
                    l4, h4 = low, h
            h = row[j5]
            if h <= h5:
                low = row[j5 - 1]
                if h < h5 or low < l5:
                    l5, h5 = low, h
            h = row[j6]
            if h <= h6:
                low = row[j6 - 1]
                if h < h6 or low < l6:
                    l6, h6 = low, h
            h = row[j7]
            if h <= h7:
                low = row[j7 - 1]
                if h < h7 or low < l7:
                    l7, h7 = low, h
        out.extend((l0, h0, l1, h1, l2, h2, l3, h3, l4, h4, l5, h5, l6, h6, l7, h7))
    return bytes(out)


def _column_mins(rows: list[tuple[int, ...]]) -> tuple[int, ...]:
    """``tuple(map(min, *rows))`` as a loop: compiled, each comparison is of two machine integers,
    where ``min`` compares Python objects (a third of the time). Pure Python takes ``map``. Eight
    positions at a time, their least values held in eight local (native) variables: each row is taken
    from the list once per eight positions, not once per position (25 % less time on the rows of the
    bench corpus, whose ~19 rows per text are shared stems' cached tuples; row by row, with the least
    values in a list, was no faster). Rows of a width that is no multiple of eight go column by column."""
    first = rows[0]
    width = len(first)
    n = len(rows)
    out: list[int] = []
    if width % 8:
        for k in range(width):
            least = first[k]
            for r in range(1, n):
                value = rows[r][k]
                if value < least:
                    least = value
            out.append(least)
        return tuple(out)
    for b in range(0, width, 8):
        m0, m1, m2, m3 = first[b], first[b + 1], first[b + 2], first[b + 3]
        m4, m5, m6, m7 = first[b + 4], first[b + 5], first[b + 6], first[b + 7]
        for r in range(1, n):
            row = rows[r]
            v = row[b]
            if v < m0:
                m0 = v
            v = row[b + 1]
            if v < m1:
                m1 = v
            v = row[b + 2]
            if v < m2:
                m2 = v
            v = row[b + 3]
            if v < m3:
                m3 = v
            v = row[b + 4]
            if v < m4:
                m4 = v
            v = row[b + 5]
            if v < m5:
                m5 = v
            v = row[b + 6]
            if v < m6:
                m6 = v
            v = row[b + 7]
            if v < m7:
                m7 = v
        out.extend((m0, m1, m2, m3, m4, m5, m6, m7))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class MergeKeys:
    """What near-duplicate merging needs of one sentence text: word pairs, content stems, the
    numbers it states, its MinHash signature (``_HASHES`` 16-bit values, packed little-endian) and a
    12-byte digest of the text (names the sentence in :class:`MergeMemory` buckets)."""

    shingles: frozenset[str]
    stems: frozenset[str]
    numbers: frozenset[str]
    signature: bytes
    digest: bytes

    def full(self) -> MergeKeys:
        return self


class KeySource(Protocol):
    """Merge keys as a cache holds them: signature and digest at hand, the word sets on demand.

    Bucketing needs only the first two; :meth:`full` (the word sets) is asked for only by
    sentences whose buckets must be compared pair by pair.
    """

    @property
    def signature(self) -> bytes: ...

    @property
    def digest(self) -> bytes: ...

    def full(self) -> MergeKeys: ...


class MergeMemory(Protocol):
    """Pair checks remembered from earlier runs, per LSH bucket (the analysis cache provides it).

    A bucket is named by a hash of its members in order, each member by its article, labels
    and text: a bucket with the same name has the same candidate pairs and the same outcome
    of every check, so the parts its pairs make can be reused as they are.
    """

    def links(self, bucket: bytes, size: int) -> tuple[int, ...] | None:
        """The remembered parts of ``bucket`` (see :func:`_bucket_links`), or None if unknown."""
        ...

    def remember(self, bucket: bytes, links: tuple[int, ...]) -> None: ...


_PACK = struct.Struct(f"<{_HASHES}H").pack


def merge_keys_of(text: str) -> MergeKeys:
    """The :class:`MergeKeys` of one sentence text (a pure function of it); its words are split once."""
    words = tokenize_lower(text)
    stems = frozenset(content_stems(words, load_lexicon().stopwords))
    return MergeKeys(frozenset(_pairs(words)), stems, _numbers(text, words), _packed_signature(stems), _digest(text))


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).digest()


class _LazyKeys:
    """A sentence's :class:`MergeKeys` as bucketing meets them: the signature made at once, the
    rest when asked. Most labelled sentences share no bucket with another, so their word pairs,
    numbers and digest would be built for nothing (they were a sixth of the summariser's time).
    ``full()`` equals :func:`merge_keys_of` of the same text. Words are not split here when the
    classifier's are given (see :func:`analyse`: one space-joined string, split at whitespace
    again when the pairs are made, a C-level pass); otherwise the words are split again from the
    text when a comparison needs them.
    """

    __slots__ = (
        "_digest",
        "_full",
        "_numbers",
        "_pairs",
        "_stem_text",
        "_stems",
        "_words",
        "ordinal",
        "signature",
        "text",
    )

    def __init__(self, text: str, words: tuple[str, str] | None = None, ordinal: int = 0) -> None:
        """``words``: the lower-case words of ``text`` as :func:`tokenize_lower` splits them and their
        content stems, each joined by spaces (what :func:`analyse` collects, see
        :func:`~briefing.classify.merge_words`); held until a comparison makes the word pairs.
        ``ordinal``: this text's number in the merge."""
        self.text = text
        self.ordinal = ordinal
        self._words: str | None = None
        self._stem_text = ""
        self._stems: set[str] | None = None
        if words is None:
            self._stems = content_stems(tokenize_lower(text), load_lexicon().stopwords)
            self.signature = _packed_signature(self._stems)
        else:
            # The stems as a set only if a comparison asks (most texts meet none): a set per text
            # held through the merge was its largest item of memory (~100 MB at 10,000 articles).
            self._words, self._stem_text = words
            self.signature = _packed_signature(self._stem_text.split())
        self._digest: bytes | None = None
        self._full: MergeKeys | None = None
        self._pairs: set[str] | None = None
        self._numbers: frozenset[str] = frozenset()

    def _compared(self) -> None:
        """Make the word pairs and the numbers: from the classifier's joined words when given (the
        pairs sliced out of that string, the words split only for a text holding a digit), else
        from one split of the text."""
        joined = self._words
        self._words = None  # the pairs hold what comparisons need of them
        if joined is None:
            words = tokenize_lower(self.text)
            self._pairs = _pairs(words)
            self._numbers = _numbers(self.text, words)
        else:
            self._pairs = _joined_pairs(joined)
            self._numbers = _numbers(self.text, joined.split()) if _has_digit(self.text) else frozenset()

    def pair_set(self) -> set[str]:
        if self._pairs is None:
            self._compared()
        assert self._pairs is not None
        return self._pairs

    def number_set(self) -> frozenset[str]:
        if self._pairs is None:
            self._compared()
        return self._numbers

    def stem_count(self) -> int:
        """``len(self.stems)``, without making the set: the stems joined by single spaces are
        distinct, non-empty and hold no whitespace (see :func:`~briefing.classify.merge_words`)."""
        if self._stems is not None:
            return len(self._stems)
        return self._stem_text.count(" ") + 1 if self._stem_text else 0

    @property
    def stems(self) -> set[str]:
        """The text's content stems (never mutated; frozen only if :meth:`full` is asked)."""
        if self._stems is None:
            self._stems = set(self._stem_text.split())
        return self._stems

    @property
    def digest(self) -> bytes:
        if self._digest is None:
            self._digest = _digest(self.text)
        return self._digest

    def full(self) -> MergeKeys:
        if self._full is None:
            pairs = frozenset(self.pair_set())
            self._full = MergeKeys(pairs, frozenset(self.stems), self._numbers, self.signature, self.digest)
        return self._full


#: The digits ``str.isdigit`` accepts in ASCII text: one regular-expression scan in C finds whether a
#: compared sentence states a number, where ``map(str.isdigit, text)`` makes a method call per
#: character; text with other characters keeps that exact test.
_ASCII_DIGIT = re.compile("[0-9]")


def _has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``)."""
    return _ASCII_DIGIT.search(text) is not None if text.isascii() else any(map(str.isdigit, text))


def _numbers(text: str, words: list[str] | None = None) -> frozenset[str]:
    """The words of ``text`` holding a digit (most sentences have none: checked in C first);
    ``words``: its :func:`tokenize_lower` words when the caller has them (then only they are looked at)."""
    if not _has_digit(text):
        return frozenset()  # its words hold none either (lower-casing makes no digit)
    if words is None:
        words = tokenize_lower(text)
    # A word holding a digit is not all letters: one C-level test per word rules most out.
    return frozenset(w for w in words if not w.isalpha() and any(map(str.isdigit, w)))


#: Identifiers of texts compared in this merge (see :func:`_identifiers`); cleared when full.
_IDS: dict[str, _Ids] = {}
_IDS_LIMIT = 1 << 15
#: The quantities of texts compared in this merge (see :func:`_quantities`); cleared with ``_IDS``.
_QUANTITIES: dict[str, frozenset[str]] = {}
#: The plain words (:func:`_plain` of each of :func:`tokenize_lower`'s) of texts compared in this merge, made when
#: :func:`_agree` first needs them (see :func:`_plain_words`); cleared with ``_IDS``.
_WORDS: dict[str, frozenset[str]] = {}
#: Letters NFKD does not split into a base letter and an accent ("Øresund" / "Oresund").
_PLAIN = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i"})
_QUANTITY = re.compile(r"\d+(?:[.,]\d+)*")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")


def _plain(word: str) -> str:
    """A lower-case word without accents or a possessive ending."""
    word = word.removesuffix("'s").translate(_PLAIN)
    if word.isascii():
        return word
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class _Ids:
    """What a sentence names (see :func:`_identifiers`): ``slots`` compared as sets (countries, places,
    weekdays, months, quantities), then its other capitalised words, those of them that are acronyms ("eu", "un"),
    and the runs of consecutive capitalised words (an acronym's possible expansions)."""

    slots: tuple[frozenset[str], ...]
    names: frozenset[str]
    acronyms: frozenset[str]
    runs: tuple[tuple[str, ...], ...]


def _identifiers(text: str) -> _Ids:
    """What a sentence names that tells one fact from its template's other instances: countries
    (names, aliases and demonyms, as their country), capitals and large cities (by name), weekdays,
    months, quantities (runs of digits), and the other capitalised words not opening the sentence
    (people's names and titles, bodies, acronyms), lower case and without accents. Only capitalised words count ("may",
    "turkey"). Made once per compared text: only texts a near-duplicate test accepted come here."""
    found = _IDS.get(text)
    if found is not None:
        return found
    from .entities import country_at, country_firsts

    toks = tokens(text)
    lowers = [t.lower for t in toks]
    firsts = country_firsts()
    stop = load_lexicon().stopwords
    countries: set[str] = set()
    places: set[str] = set()
    weekdays: set[str] = set()
    months: set[str] = set()
    names: set[str] = set()
    acronyms: set[str] = set()
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        word = lowers[i].removesuffix("'s")
        if not t.is_capitalised:
            if not (run and word in NAME_JOINERS):
                if run:
                    runs.append(tuple(run))
                run = []
            i += 1
            continue
        hit = country_at(lowers, i) if word in firsts else None
        if hit is not None:
            countries.add(hit[0])
            run += [_plain(w) for w in lowers[i : hit[1]]]
            i = hit[1]
            continue
        hit = place_at(lowers, i)
        if hit is not None:
            places.add(_plain(" ".join(lowers[i : hit[1]])))
            i = hit[1]
            continue
        if word in WEEKDAYS:
            weekdays.add(word)
        elif word in MONTHS and i > 0:
            months.add(word)
        elif i > 0 and word not in stop:
            plain = _plain(word)
            if _ACRONYM.fullmatch(t.text.removesuffix("'s")):
                plain = plain.replace(".", "")
                acronyms.add(plain)
            names.add(plain)
            run.append(plain)
        i += 1
    if run:
        runs.append(tuple(run))
    quantities = _quantities(text)
    found = _Ids(
        (frozenset(countries), frozenset(places), frozenset(weekdays), frozenset(months), quantities),
        frozenset(names),
        frozenset(acronyms),
        tuple(runs),
    )
    if len(_IDS) >= _IDS_LIMIT:
        _IDS.clear()
    _IDS[text] = found
    return found


def _quantities(text: str) -> frozenset[str]:
    """The quantities slot of :func:`_identifiers`: runs of digits, thousands separators dropped ("1,200-kilometre"
    / "1200 km", "87-21" / "87 to 21"). Made once per text a merge compares, and before the other slots:
    :func:`_agree` reads it first, and two texts stating different numbers need no other identifier."""
    found = _QUANTITIES.get(text)
    if found is None:
        if len(_QUANTITIES) >= _IDS_LIMIT:
            _QUANTITIES.clear()
        found = frozenset(q.replace(",", "") for q in _QUANTITY.findall(text)) if _has_digit(text) else frozenset()
        _QUANTITIES[text] = found
    return found


def _agree(text_a: str, text_b: str) -> bool:
    """Whether two texts that read as one fact name the same one: in no slot of :func:`_identifiers`
    does each text name something the other does not ("Latvia expelled ..." / "Estonia expelled
    ..."). One text naming more than the other (a title, a first name, a place or a date added) is
    an added detail. Of the other capitalised words, those the other text writes in any case ("the
    Foreign Minister" / "the foreign minister") or abbreviates ("U.N." / "United Nations") are shared."""
    qa, qb = _quantities(text_a), _quantities(text_b)
    if qa and qb and not (qa <= qb or qb <= qa):
        return False  # the quantities slot below says so, whatever the others do (a copy with other figures)
    ids_a, ids_b = _identifiers(text_a), _identifiers(text_b)
    for a, b in zip(ids_a.slots, ids_b.slots, strict=True):
        if a and b and not (a <= b or b <= a):
            return False
    extra_a, extra_b = set(ids_a.names - ids_b.names), set(ids_b.names - ids_a.names)
    if not (extra_a and extra_b):
        return True
    extra_a -= _plain_words(text_b)
    extra_b -= _plain_words(text_a)
    if not (extra_a and extra_b):
        return True
    extra_a, extra_b = _expanded(extra_a, ids_a, extra_b, ids_b)
    if not (extra_a and extra_b):
        return True
    extra_b, extra_a = _expanded(extra_b, ids_b, extra_a, ids_a)
    return not (extra_a and extra_b)


def _plain_words(text: str) -> frozenset[str]:
    """Every word of ``text`` lower case, plain (:func:`_plain`): made once per text a merge compares (a text
    meets several others in its buckets), not once per compared pair."""
    found = _WORDS.get(text)
    if found is None:
        if len(_WORDS) >= _IDS_LIMIT:
            _WORDS.clear()
        found = _WORDS[text] = frozenset(_plain(w) for w in tokenize_lower(text))
    return found


def _expanded(extra_a: set[str], ids_a: _Ids, extra_b: set[str], ids_b: _Ids) -> tuple[set[str], set[str]]:
    """Both sets of unshared words less each acronym of ``extra_a`` that a run of ``ids_b`` spells out
    (its letters are the initials of consecutive words of the run) and less that run's words."""
    for acronym in ids_a.acronyms & extra_a:
        for run in ids_b.runs:
            if acronym in "".join(w[:1] for w in run if w not in NAME_JOINERS):
                extra_a = extra_a - {acronym}
                extra_b = extra_b - set(run)
                break
    return extra_a, extra_b


def _jaccard(a: AbstractSet[object], b: AbstractSet[object]) -> float:
    if not (a and b):
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)  # the size of a | b, without building it


def _same_fact(a: Analysis, b: Analysis, ka: MergeKeys, kb: MergeKeys) -> bool:
    """Reprinted copy (shared word pairs) or a paraphrase with the same labels and most content words."""
    if a.sentence.article_id == b.sentence.article_id:
        return False
    if a.sentence.text == b.sentence.text:
        return True  # word pairs are never empty, so their Jaccard is 1
    return _alike(a, b, ka.shingles, kb.shingles, ka.numbers, kb.numbers, ka.stems, kb.stems)


#: What the words of two different sentence texts say of the pair (see :func:`_verdict`).
_UNLIKE, _ALIKE_IF_SAME_LABELS, _ALIKE = 0, 1, 2


def _word_verdict(
    pairs_a: AbstractSet[object],
    pairs_b: AbstractSet[object],
    numbers_a: AbstractSet[str],
    numbers_b: AbstractSet[str],
    sta: AbstractSet[str],
    stb: AbstractSet[str],
) -> int:
    """What the words of two different texts say of them, labels aside: ``_ALIKE`` (reprinted
    copy), ``_ALIKE_IF_SAME_LABELS`` (a paraphrase if both sentences have the same labels) or
    ``_UNLIKE``. :func:`_decided` adds the labels.

    A Jaccard index is at most the smaller set's size over the larger's, and two sets share at
    most the smaller's size: sets whose sizes already rule a test out are not intersected (most
    pairs that LSH buckets hold are spliced sentences sharing half their words, often of unlike
    lengths).
    """
    na, nb = len(pairs_a), len(pairs_b)
    if (nb * _THRESHOLD <= na <= nb or na * _THRESHOLD <= nb <= na) and _jaccard(pairs_a, pairs_b) >= _THRESHOLD:
        return _ALIKE
    if not (numbers_a <= numbers_b or numbers_b <= numbers_a):
        return _UNLIKE  # "decree 12" and "decree 399" are different facts however alike the words
    sa, sb = len(sta), len(stb)
    if min(sa, sb) < 5 or min(sa, sb) < _PARAPHRASE_THRESHOLD * max(sa, sb):
        return _UNLIKE
    common = len(sta & stb)
    if common >= 5 and common / (sa + sb - common) >= _PARAPHRASE_THRESHOLD:
        return _ALIKE_IF_SAME_LABELS
    return _UNLIKE


def _decided(verdict: int, a: Analysis, b: Analysis) -> bool:
    """Whether two sentences state the same fact, given their texts' :func:`_word_verdict`."""
    return verdict == _ALIKE or (verdict == _ALIKE_IF_SAME_LABELS and a.labels == b.labels)


def _verdict(ka: _LazyKeys, kb: _LazyKeys) -> int:
    """:func:`_lazy_word_verdict`, ``_UNLIKE`` when the texts name different things (:func:`_agree`)."""
    verdict = _lazy_word_verdict(ka, kb)
    if verdict != _UNLIKE and not _agree(ka.text, kb.text):
        return _UNLIKE
    return verdict


def _lazy_word_verdict(ka: _LazyKeys, kb: _LazyKeys) -> int:
    """:func:`_word_verdict` of two different texts whose keys were made here (one split of the words
    makes both the pairs and the numbers), with less work for the same answer: the stems' sizes are
    counted before their sets are made (most pairs fail on them), and each intersection is counted
    by :func:`_shared`, which stops once the threshold is out of reach (96 % of the pairs LSH
    buckets hold are rejected, most after a few words)."""
    pairs_a, pairs_b = ka.pair_set(), kb.pair_set()
    na, nb = len(pairs_a), len(pairs_b)
    small, big = (pairs_a, pairs_b) if na <= nb else (pairs_b, pairs_a)
    if max(na, nb) * _THRESHOLD <= min(na, nb):  # else the smaller set alone keeps the ratio under it
        common = _shared(small, big, na + nb, _THRESHOLD)
        if common >= 0 and common / (na + nb - common) >= _THRESHOLD:
            return _ALIKE
    numbers_a, numbers_b = ka.number_set(), kb.number_set()
    if not (numbers_a <= numbers_b or numbers_b <= numbers_a):
        return _UNLIKE  # "decree 12" and "decree 399" are different facts however alike the words
    sa, sb = ka.stem_count(), kb.stem_count()
    if min(sa, sb) < 5 or min(sa, sb) < _PARAPHRASE_THRESHOLD * max(sa, sb):
        return _UNLIKE
    if sa <= sb:
        common = _shared(ka.stems, kb.stems, sa + sb, _PARAPHRASE_THRESHOLD)
    else:
        common = _shared(kb.stems, ka.stems, sa + sb, _PARAPHRASE_THRESHOLD)
    if common >= 5 and common / (sa + sb - common) >= _PARAPHRASE_THRESHOLD:
        return _ALIKE_IF_SAME_LABELS
    return _UNLIKE


def _shared(small: set[str], big: set[str], total: int, threshold: float) -> int:
    """``len(small & big)`` when ``len(small & big) / (total - len(small & big)) >= threshold`` can
    still hold, else -1 (``total``: the sum of both sizes; ``small`` the smaller set).

    Counted without building the intersection, and given up as soon as the shared items, even
    with every item of ``small`` not yet looked at, would fall short: that ratio grows with the
    count (and so does its floating-point value, division being correctly rounded), so an
    answer of -1 means the full count would fail the same test. The caller tests the count."""
    if not (small and big):
        return 0  # _jaccard's 0.0 for an empty set: no test passes
    common = 0
    left = len(small)
    for item in small:
        left -= 1
        if item in big:
            common += 1
        else:
            most = common + left
            if most / (total - most) < threshold:
                return -1
    return common


def _alike(
    a: Analysis,
    b: Analysis,
    pairs_a: AbstractSet[object],
    pairs_b: AbstractSet[object],
    numbers_a: frozenset[str],
    numbers_b: frozenset[str],
    sta: AbstractSet[str],
    stb: AbstractSet[str],
) -> bool:
    """The word tests of :func:`_same_fact`, for two sentences of different articles and texts."""
    verdict = _word_verdict(pairs_a, pairs_b, numbers_a, numbers_b, sta, stb)
    if verdict != _UNLIKE and not _agree(a.sentence.text, b.sentence.text):
        return False
    return _decided(verdict, a, b)


def _candidates(size: int) -> Iterator[tuple[int, int]]:
    """Positions compared in a bucket of ``size``: every pair when small, else the first with each other."""
    if size <= _SMALL_BUCKET:
        return ((p, q) for p in range(size) for q in range(p + 1, size))
    return ((0, q) for q in range(1, size))


def _merge_duplicates(
    analyses: Sequence[Analysis],
    known: Mapping[str, KeySource] = {},
    memory: MergeMemory | None = None,
    words: Mapping[str, tuple[str, str]] = {},
) -> list[_Group]:
    """Group sentences of different articles that state the same fact (LSH, then exact check).

    The groups are the connected parts of the graph whose edges are the candidate pairs (see
    :func:`_candidates`) of every bucket that :func:`_same_fact` accepts; the order in which
    edges are found does not change them, and each bucket may stand in for its edges by the
    parts they make of it. With a ``memory``, a bucket's parts are taken from it when an
    earlier run saw exactly that bucket, and are otherwise found and stored: a warm run
    compares only the buckets that new (or edited, or removed) articles changed. ``words``:
    see :func:`analyse`.

    Two texts meet in many buckets (wire copy repeats them across articles), so what their
    words say of each other is worked out once per pair of texts (:func:`_verdict`), and
    each pair of sentences adds only its article ids and labels.
    """
    labelled = [a for a in analyses if a.labels]
    _IDS.clear()  # identifiers are remembered for one merge (its cost is the merge's, measured cold)
    _WORDS.clear()
    _QUANTITIES.clear()
    # Keys depend on the text alone: a sentence reprinted by several articles (wire copy) shares one.
    lazy: dict[str, _LazyKeys] = {}
    sources: list[KeySource] = []
    owners: list[str] = []  # each labelled sentence's article id, read once (compared per candidate pair)
    for a in labelled:
        sentence = a.sentence
        text = sentence.text
        owners.append(sentence.article_id)
        source = known.get(text) if known else None
        if source is None:
            source = lazy.get(text)
            if source is None:
                source = lazy[text] = _LazyKeys(text, words.get(text), len(lazy))
        sources.append(source)
    full: list[MergeKeys | None] = [None] * len(labelled)
    verdicts: dict[int, int] = {}  # lesser ordinal * span + greater ordinal of two texts -> _verdict
    span = len(lazy) + 1

    def same(i: int, j: int) -> bool:
        si, sj = sources[i], sources[j]
        if isinstance(si, _LazyKeys) and isinstance(sj, _LazyKeys):
            # _same_fact, with the texts' verdict worked out once
            if owners[i] == owners[j]:
                return False
            if si is sj:
                return True  # one text (lazy keys are made once per text): word pairs are never empty
            oi, oj = si.ordinal, sj.ordinal
            key = oi * span + oj if oi < oj else oj * span + oi
            verdict = verdicts.get(key)
            if verdict is None:
                verdict = verdicts[key] = _verdict(si, sj)
            return verdict == _ALIKE or (verdict == _ALIKE_IF_SAME_LABELS and labelled[i].labels == labelled[j].labels)
        ki, kj = full[i], full[j]
        if ki is None:
            ki = full[i] = sources[i].full()
        if kj is None:
            kj = full[j] = sources[j].full()
        return _same_fact(labelled[i], labelled[j], ki, kj)

    parent = list(range(len(labelled)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    width = 2 * _BAND  # bytes of one band of the packed signature
    signatures = [k.signature for k in sources]
    # Identical sentences share all their bands: a bucket met again in another band joins
    # nothing new, so each distinct bucket (its members in order) is handled once.
    distinct: dict[tuple[int, ...], None] = {}
    for lo in range(0, 2 * _HASHES, width):
        # Each band value's first sentence, and the members of the few values shared (a list only for
        # those: almost every value is one sentence's alone), keyed by their first member
        firsts: dict[bytes, int] = {}
        shared: dict[int, list[int]] = {}
        for i, band in enumerate(map(itemgetter(slice(lo, lo + width)), signatures)):
            first = firsts.setdefault(band, i)
            if first != i:
                members = shared.get(first)
                if members is None:
                    shared[first] = [first, i]
                else:
                    members.append(i)
        for first in sorted(shared):  # the buckets in the order of their first members, as listed before
            distinct[tuple(shared[first])] = None
    if memory is None:
        for bucket in distinct:
            # _candidates(len(bucket)), as plain loops: a few hundred thousand pairs at 10,000 articles
            size = len(bucket)
            for p in range(size - 1 if size <= _SMALL_BUCKET else 1):
                i = bucket[p]
                for q in range(p + 1, size):
                    j = bucket[q]
                    ri, rj = find(i), find(j)
                    if ri != rj and same(i, j):  # same() leaves the parents as they are
                        parent[rj] = ri
    else:
        tokens = _member_tokens(labelled, sources)
        for bucket in distinct:
            for p, first in enumerate(_bucket_links(bucket, tokens, same, memory)):
                if first != p:
                    ri, rj = find(bucket[first]), find(bucket[p])
                    if ri != rj:
                        parent[rj] = ri
    grouped: dict[int, list[Analysis]] = {}
    for i, a in enumerate(labelled):
        grouped.setdefault(find(i), []).append(a)
    # Unlabelled sentences still compete for the executive summary, each on its own.
    groups = [_Group(tuple(v)) for v in grouped.values()]
    groups += [_Group((a,)) for a in analyses if not a.labels]
    return groups


def _member_tokens(labelled: Sequence[Analysis], sources: Sequence[KeySource]) -> list[bytes]:
    """A 20-byte name for each labelled sentence, made of everything :func:`_same_fact` reads:
    the 12-byte digest of its text, then 8 bytes hashing its article id and labels (one hash
    per article and label set, not per sentence)."""
    prefixes: dict[tuple[str, frozenset[str]], bytes] = {}
    out = []
    for a, k in zip(labelled, sources, strict=True):
        where = (a.sentence.article_id, a.labels)
        suffix = prefixes.get(where)
        if suffix is None:
            name = "\x1f".join((where[0], *sorted(where[1]))).encode("utf-8", "surrogatepass")
            suffix = prefixes[where] = hashlib.blake2b(name, digest_size=8).digest()
        out.append(k.digest + suffix)
    return out


def _bucket_links(
    members: Sequence[int],
    tokens: Sequence[bytes] | Mapping[int, bytes],
    same: Callable[[int, int], bool],
    memory: MergeMemory,
) -> tuple[int, ...]:
    """For each position of one bucket, the first position of its part: the parts that the
    bucket's accepted candidate pairs make on their own (``()``: no pair accepted).

    Pairs already joined *within this bucket* are not checked again, but pairs joined only
    through other buckets are: the parts must stand for this bucket alone, since a later run
    may reuse them while other buckets change.
    """
    # A bucket has at least two members, so itemgetter gives a tuple.
    name = hashlib.blake2b(b"".join(itemgetter(*members)(tokens)), digest_size=16).digest()
    known = memory.links(name, len(members))
    if known is not None:
        return known
    first = list(range(len(members)))

    def root(p: int) -> int:
        while first[p] != p:
            p = first[p]
        return p

    joined = False
    for p, q in _candidates(len(members)):
        rp, rq = root(p), root(q)
        if rp != rq and same(members[p], members[q]):
            # The smaller root stays: every root is the first position of its part.
            first[max(rp, rq)] = min(rp, rq)
            joined = True
    links = tuple(root(p) for p in range(len(members))) if joined else ()
    memory.remember(name, links)
    return links
