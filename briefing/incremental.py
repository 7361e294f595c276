"""Incremental summarising: a snapshot of the last cached run, so a warm run merges only what changed.

A cached run (``briefing generate`` with its state folder) leaves a *run snapshot* beside the
analysis cache (:meth:`briefing.cache.AnalysisCache.save_snapshot`, written when the cache is
closed, after the outputs; one per set of user-section cues and schedule, see
:func:`snapshot_name`; a warm run whose articles differ from the snapshot it read by at most
:data:`REWRITE_SHARE` leaves that one in place): for each article (by its content
key, :func:`briefing.cache.article_key`)
the sentence indices, MinHash signatures and bucket tokens of its labelled sentences and the
group each belongs to, the highest importance of its unlabelled sentences and its entity
counts; for each merged group, in group order, its labels, size, lead importance, which member
leads, which member each source quotes, and its item encoded as the JSON file writes it.

The next run compares its articles with the snapshot's. Groups are the connected parts of a
graph whose edges are each LSH bucket's parts (see :func:`briefing.summarise._merge_duplicates`);
a bucket changes only where a sentence of a new or removed article falls. An old group is
*broken* if it lost a sentence, or if a changed bucket no longer joins two of its sentences
that the bucket joined before (or its old parts are unknown); any other old group is still
connected, so it is contracted to one node. The parts of every changed bucket and of every
bucket of a broken group's sentences (all members, in reading order) are then joined over those
nodes: a node left alone is a group reused as stored, anything else is a new group, whose item
is built from the stored items of the whole groups in it and the analyses of its other
sentences (the only ones decoded). Persisting articles must keep their relative order (files
are read in path order and a key includes the article id); otherwise, or when the snapshot
fails any check (CRC and length, version, format, user sections, the digest of its article
keys, group sizes and indices), the run takes the full path and writes a new snapshot.

The summary competes among the best ``8 n`` groups by lead importance, unlabelled sentences
included: an unlabelled sentence can be among them only if its importance is above the
``8 n``-th labelled group's, so only articles whose best unlabelled sentence is are decoded.
Entity counts are the recorded totals, less the removed articles' counts, plus the new ones'.
The briefing is the one :func:`briefing.summarise.summarise` makes of the same articles
(``tests/test_incremental.py`` compares the JSON byte for byte with runs without cache).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import logging
import operator
import struct
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from pathlib import Path

import msgspec

from .cache import AnalysisCache, Entry, analyse_with_cache, article_key
from .classify import UserSection
from .entities import entities_of_counts
from .model import Analysis, Article, Briefing, EncodedItem, Item, Period, Section, Source
from .render.json import encode_item
from .summarise import _BAND as _LSH_ROWS
from .summarise import _HASHES as _LSH_HASHES
from .summarise import (
    _SMALL_BUCKET,
    KeySource,
    SectionSpec,
    _bucket_links,
    _candidates,
    _Group,
    _member_tokens,
    _merge_duplicates,
    _same_fact,
    _summary,
    analyse,
    merge_keys_of,
    period_of,
    section_items,
)

logger = logging.getLogger(__name__)

#: Bumped when the snapshot's layout changes (the summariser version covers the code).
FORMAT = 1
#: A warm run leaves the snapshot it read in place while at most this share of its articles
#: are new to it or gone from it (an edited article counts twice): rewriting tens of megabytes
#: cost a warm run of 10 new articles in 10,000 more than merging them, and the next runs merge
#: the few articles since against the same snapshot (their analyses and buckets are in the
#: cache by then) until the share is passed and a new snapshot is written.
REWRITE_SHARE = 0.01
_SIG = 2 * _LSH_HASHES  # bytes of a packed MinHash signature
_TOKEN = 20  # bytes of a bucket member's token (see summarise._member_tokens)
_BAND = 2 * _LSH_ROWS  # bytes of one LSH band of a signature
_BANDS = tuple(slice(lo, lo + _BAND) for lo in range(0, _SIG, _BAND))


class _ArticleRec(msgspec.Struct, array_like=True, frozen=True):
    """One article as the snapshot keeps it (see module docstring)."""

    key: str
    #: Sentence index of each labelled sentence, in reading order.
    sentences: list[int]
    #: Their MinHash signatures and bucket tokens, concatenated.
    signatures: bytes
    tokens: bytes
    #: The group (index in ``_Snapshot.groups``) of each labelled sentence.
    groups: list[int]
    #: The highest importance of an unlabelled sentence (None: every sentence is labelled).
    best_unlabelled: float | None
    #: Its entity counts, ``[countries, people]`` (name -> mentions), decoded only when it is removed.
    entities: msgspec.Raw


class _GroupRec(msgspec.Struct, array_like=True, frozen=True):
    """One merged group: its labels, its lead's importance and its item; which member leads,
    and the member each source quotes (its first occurrence). Its members, in reading order,
    are the sentences the article records place in it, so the two cannot disagree."""

    labels: list[str]
    size: int  # how many sentences the article records place in it
    importance: float
    #: The item as the JSON renderer writes it (see :class:`~briefing.model.EncodedItem`), and its score.
    item: bytes
    score: float
    lead: int
    firsts: list[int]


class _Snapshot(msgspec.Struct, array_like=True, frozen=True):
    format: int
    #: A hash of the JSON renderer's code, which encoded the items (the summariser version,
    #: checked by the cache, covers the rest).
    encoding: str
    context: str
    #: A digest of the article keys in order: the records must be the articles recorded.
    articles_digest: bytes
    articles: list[_ArticleRec]
    groups: list[_GroupRec]
    #: Entity counts of all the articles (the sums of theirs).
    countries: dict[str, int]
    people: dict[str, int]


@functools.cache
def _encoding() -> str:
    """A hash of ``render/json.py``: items encoded by other code are not copied into a briefing."""
    from .render import json as renderer

    return hashlib.sha256(Path(renderer.__file__).read_bytes()).hexdigest()[:16]


def _articles_digest(keys: Iterable[str]) -> bytes:
    return hashlib.blake2b("\n".join(keys).encode(), digest_size=16).digest()


_DECODER = msgspec.msgpack.Decoder(_Snapshot)
_ENTITIES = msgspec.msgpack.Decoder(tuple[dict[str, int], dict[str, int]])
_ITEMS = msgspec.json.Decoder(list[msgspec.Raw])
_ENCODER = msgspec.msgpack.Encoder()


class SnapshotError(ValueError):
    """The stored snapshot does not hold together; it is not used (and is replaced)."""


@dataclass(slots=True)
class _Fact:
    """A labelled group of this run: what sections, the summary and the snapshot need of it."""

    labels: Sequence[str]
    importance: float
    item: Item
    lead: int  # index in members
    firsts: list[int]  # index in members of each source's first occurrence
    #: Its members' positions (the run's labelled sentences in reading order); None for a
    #: group reused whole, whose members are the sentences ``old`` numbers.
    positions: list[int] | None
    old: int = -1  # its number in the snapshot read, if reused
    lead_analysis: Analysis | None = None
    #: Its record in the snapshot read, if reused whole (written again as it is).
    stored: _GroupRec | None = None


def snapshot_name(context: str, owner: str = "") -> str:
    """The name a snapshot for ``context`` (the user sections' cues) of ``owner`` (a schedule,
    or "" for ``briefing generate``) is stored under."""
    name = context if not owner else f"{context}\0{owner}"
    return hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def summarise_cached(
    articles: Sequence[Article],
    cache: AnalysisCache,
    user: Sequence[UserSection],
    context: str,
    *,
    title: str,
    now: dt.datetime,
    specs: Sequence[SectionSpec],
    summary_items: int,
    period: Period | None,
    owner: str = "",
) -> Briefing:
    """The briefing :func:`briefing.summarise.summarise` makes of ``articles``, reusing the
    snapshot of ``owner``'s last cached run where it is sound, and leaving this run's snapshot."""
    keys = [article_key(a, context) for a in articles]
    run = _Run(articles, keys, cache, user, context)
    name = snapshot_name(context, owner)
    snap = _load(cache, name, context)
    facts: list[_Fact] | None = None
    summary: tuple[Item, ...] = ()
    if snap is not None:
        try:
            facts = run.warm(snap)
            if facts is not None:
                summary = run.summary(facts, summary_items)
        except SnapshotError as err:
            logger.warning("run snapshot is not usable (%s); merging afresh", err)
            facts = None
    cache.snapshot_used = facts is not None
    if facts is not None and cache.keep(keys):
        # Their analyses were not read, yet this briefing (and the next warm runs) stand on them,
        # and on the merge records of their buckets; a week since their marks were refreshed.
        cache.keep_buckets(run.bucket_names())
    if facts is None:
        facts, summary = run.cold(summary_items)
    labelled = [(f.labels, f.item) for f in facts]
    filled = section_items(labelled, [s.label for s in specs])
    sections = tuple(Section(spec.key, spec.title, items) for spec, items in zip(specs, filled, strict=True))
    # No snapshot when two articles share a key (slots would be ambiguous), and no need for a
    # new one when the articles are those of the snapshot read (it would be the same bytes), or
    # differ from them by a few (see REWRITE_SHARE).
    if len(set(keys)) == len(keys) and run.changed > REWRITE_SHARE * len(keys):
        cache.save_snapshot(name, lambda: _ENCODER.encode(run.snapshot(facts)))
    cache.commit()
    return Briefing(
        title=title,
        generated_at=now,
        period=period or period_of(articles),
        articles=tuple(articles),
        summary=summary,
        sections=sections,
        entities=entities_of_counts(run.countries, run.people),
    )


def analyse_one(article: Article, user: Sequence[UserSection]) -> Entry:
    """The cache entry of one article: its analyses and its labelled sentences' merge keys."""
    [(_, analyses)] = analyse([article], user=user)
    return Entry(analyses, tuple(merge_keys_of(x.sentence.text) if x.labels else None for x in analyses))


def _load(cache: AnalysisCache, name: str, context: str) -> _Snapshot | None:
    blob = cache.snapshot(name)
    if blob is None:
        return None
    try:
        snap = _DECODER.decode(blob)
        _check(snap, context)
    except (msgspec.DecodeError, SnapshotError) as err:
        logger.warning("run snapshot is not usable (%s); every group is merged afresh", err)
        return None
    return snap


def _check(snap: _Snapshot, context: str) -> None:
    """Raise SnapshotError unless ``snap`` holds together (the CRC caught damage already)."""
    if snap.format != FORMAT:
        raise SnapshotError(f"format {snap.format}, not {FORMAT}")
    if snap.encoding != _encoding():
        raise SnapshotError("its items were encoded by another JSON renderer")
    if snap.context != context:
        raise SnapshotError("made for other user sections")
    for rec in snap.articles:
        n = len(rec.sentences)
        if len(rec.signatures) != n * _SIG or len(rec.tokens) != n * _TOKEN or len(rec.groups) != n:
            raise SnapshotError("an article's sentence records do not match")
    if len({rec.key for rec in snap.articles}) != len(snap.articles):
        raise SnapshotError("an article is recorded twice")
    if _articles_digest(rec.key for rec in snap.articles) != snap.articles_digest:
        raise SnapshotError("its articles are not the ones it recorded")
    numbers = list(itertools.chain.from_iterable(rec.groups for rec in snap.articles))
    if numbers and not 0 <= min(numbers) <= max(numbers) < len(snap.groups):
        raise SnapshotError("a sentence is placed in a group that does not exist")
    counts = Counter(numbers)  # counted in C
    # Items are copied into the JSON file as they are: each must be one JSON value (parsed in C).
    try:
        # One copy of the items (no "[" + ... + "]" copies of tens of megabytes).
        items = list(map(attrgetter("item"), snap.groups))
        parts = [b","] * (2 * len(items) + 1)  # "[", item, ",", item, ..., "]"
        parts[1::2] = items
        parts[0], parts[-1] = b"[", b"]"
        values = _ITEMS.decode(b"".join(parts)) if items else []
    except msgspec.DecodeError as err:
        raise SnapshotError(f"its items are not JSON ({err})") from err
    if len(values) != len(items) or not all(map(bytes.startswith, items, itertools.repeat(b"{"))):
        raise SnapshotError("its items are not one JSON object each")
    # Field by field, compared in C where it can be (tens of thousands of groups).
    sizes = list(map(attrgetter("size"), snap.groups))
    if list(map(counts.__getitem__, range(len(sizes)))) != sizes or 0 in sizes:
        raise SnapshotError("a group's sentences are not the ones it recorded")
    leads = list(map(attrgetter("lead"), snap.groups))
    if leads and (min(leads) < 0 or not all(map(operator.lt, leads, sizes))):
        raise SnapshotError("a group's lead or sources do not match its members")
    for firsts, size in zip(map(attrgetter("firsts"), snap.groups), sizes, strict=True):
        if firsts != [0] and (not firsts or firsts[0] != 0 or min(firsts) < 0 or max(firsts) >= size):
            raise SnapshotError("a group's lead or sources do not match its members")


class _Run:
    """One cached run's articles, entries and the records of its snapshot."""

    def __init__(
        self,
        articles: Sequence[Article],
        keys: Sequence[str],
        cache: AnalysisCache,
        user: Sequence[UserSection],
        context: str,
    ) -> None:
        self.articles = articles
        self.keys = keys
        self.cache = cache
        self.user = user
        self.context = context
        self.entries: dict[int, Entry] = {}  # article position -> entry, for the articles decoded
        self.records: list[_ArticleRec] = []
        #: For each labelled sentence of the run in reading order: its group in the snapshot
        #: read (-1: none, or grouped afresh), its article's position and its index there.
        self.old_group: list[int] = []
        self.owner: list[int] = []
        self.index: list[int] = []
        #: How many articles are new to the snapshot read or gone from it (set by a warm run;
        #: infinite for the full path, which always leaves a snapshot).
        self.changed = float("inf")
        #: Each LSH band of every labelled sentence's signature, and its bucket token (set by a warm run).
        self.bands: list[Sequence[bytes]] = []
        self.token: Callable[[int], bytes] = lambda i: b""
        #: Entity counts of the run's articles (added up as their records are made).
        self.countries: Counter[str] = Counter()
        self.people: Counter[str] = Counter()

    def entry(self, pos: int) -> Entry:
        """The analyses of the article at ``pos`` (from the cache, else analysed and queued)."""
        got = self.entries.get(pos)
        if got is None:
            self._entries([pos])
            got = self.entries[pos]
        return got

    def _entries(self, positions: Iterable[int]) -> None:
        """Decode (or analyse) the entries of ``positions`` in one batch; written at the cache's commit."""
        todo = [p for p in positions if p not in self.entries]
        wanted = [(self.keys[p], self.articles[p]) for p in todo]
        for p, (key, article), entry in zip(todo, wanted, self.cache.get_many(wanted), strict=True):
            if entry is None:
                entry = analyse_one(article, self.user)
                self.cache.put(key, entry, article)
            self.entries[p] = entry

    # -- the full path -------------------------------------------------------------------

    def cold(self, summary_items: int) -> tuple[list[_Fact], tuple[Item, ...]]:
        """Every entry decoded and every group merged (with the merge memory); records made."""
        from .progress import track

        found = analyse_with_cache(
            track(self.articles, "articles"), self.cache, lambda a: analyse_one(a, self.user), self.context
        )
        self.entries = {p: e for p, (_, e) in enumerate(found)}
        analyses = [x for p in range(len(self.articles)) for x in self.entries[p].analyses]
        known = {
            x.sentence.text: k
            for e in self.entries.values()
            for x, k in zip(e.analyses, e.keys, strict=False)
            if k is not None
        }
        groups = _merge_duplicates(analyses, known, self.cache)
        position = {id(x): i for i, x in enumerate(x for x in analyses if x.labels)}
        self.countries, self.people = Counter(), Counter()
        self.changed = float("inf")
        self.records = [self._record(p) for p in range(len(self.articles))]
        self.old_group = [-1] * len(position)
        facts = [_fact_of(g, [position[id(m)] for m in g.members]) for g in groups if g.labels]
        return facts, _summary(groups, summary_items)

    def _record(self, pos: int) -> _ArticleRec:
        """The record of the article at ``pos``; its groups are filled in when the snapshot is written."""
        entry = self.entries[pos]
        labelled = [(x, _keys(entry, k, x)) for k, x in enumerate(entry.analyses) if x.labels]
        unlabelled = [x.importance for x in entry.analyses if not x.labels]
        tokens = _member_tokens([x for x, _ in labelled], [k for _, k in labelled])
        countries = Counter(c for x in entry.analyses for c in x.countries if c)
        people = Counter(p for x in entry.analyses for p in x.people if p)
        self.countries.update(countries)
        self.people.update(people)
        return _ArticleRec(
            self.keys[pos],
            [x.sentence.index for x, _ in labelled],
            b"".join(k.signature for _, k in labelled),
            b"".join(tokens),
            [-1] * len(labelled),
            max(unlabelled) if unlabelled else None,
            msgspec.Raw(_ENCODER.encode((countries, people))),
        )

    # -- the warm path -------------------------------------------------------------------

    def warm(self, snap: _Snapshot) -> list[_Fact] | None:
        """The labelled groups in order, from ``snap`` and the changes since; None if the
        snapshot cannot stand for this run (the full path is then taken), SnapshotError if it
        disagrees with the articles it recorded.

        Groups are the parts of a graph whose edges are each bucket's parts (see
        :func:`briefing.summarise._bucket_links`). A bucket changes only where a new or removed
        sentence falls. An old group stays whole unless it lost a sentence, or a changed bucket
        no longer joins two of its sentences that it joined before ("broken"): whole groups
        are contracted to one node each, and the union of the changed buckets' parts and of
        every bucket of a broken group's sentences (all members, in reading order) gives the
        new groups. A group no processed part touches is reused as stored.
        """
        slot_of = {rec.key: s for s, rec in enumerate(snap.articles)}
        if len(set(self.keys)) != len(self.keys):
            return None  # two articles with one key: slots would be ambiguous
        old_slots = [slot_of.get(k) for k in self.keys]
        kept = [s for s in old_slots if s is not None]
        if any(a >= b for a, b in itertools.pairwise(kept)):
            logger.debug("run snapshot: articles in another order; merging afresh")
            return None
        new = [p for p, s in enumerate(old_slots) if s is None]
        kept_ids = {self.articles[p].id for p, s in enumerate(old_slots) if s is not None}
        if any(self.articles[p].id in kept_ids for p in new):
            return None  # an id cited by old items and a new article: sources could collide
        kept_set = set(kept)
        removed = [s for s in range(len(snap.articles)) if s not in kept_set]
        if len(new) + len(removed) > len(kept):
            logger.debug("run snapshot: more articles changed than kept; merging afresh")
            return None  # mostly new: regrouping nearly everything costs more than the full path
        self._entries(new)
        # Entity counts: the recorded totals, less the removed articles', plus the new ones'
        # (added by _record).
        self.countries, self.people = Counter(snap.countries), Counter(snap.people)
        for slot in removed:
            try:
                countries, people = _ENTITIES.decode(snap.articles[slot].entities)
            except msgspec.DecodeError as err:
                raise SnapshotError(f"an article's entity counts do not decode ({err})") from err
            self.countries.subtract(countries)
            self.people.subtract(people)
        if any(c < 0 for c in (*self.countries.values(), *self.people.values())):
            raise SnapshotError("entity counts below zero")
        recs = [snap.articles[s] if s is not None else self._record(p) for p, s in enumerate(old_slots)]

        # The labelled sentences of this run in reading order ("positions").
        owner: list[int] = []
        index: list[int] = []
        old_group: list[int] = []
        starts: list[int] = []
        for p, (s, rec) in enumerate(zip(old_slots, recs, strict=True)):
            n = len(rec.sentences)
            starts.append(len(owner))
            owner += [p] * n
            index += rec.sentences
            old_group += rec.groups if s is not None else [-1] * n
        signatures = b"".join(rec.signatures for rec in recs)  # position i at i * _SIG
        old_start = list(itertools.accumulate((len(r.sentences) for r in snap.articles), initial=0))

        def token(i: int) -> bytes:
            k = i - starts[owner[i]]
            return recs[owner[i]].tokens[k * _TOKEN : (k + 1) * _TOKEN]

        def old_position(i: int) -> int:
            slot = old_slots[owner[i]]
            assert slot is not None
            return old_start[slot] + i - starts[owner[i]]

        # Changed buckets: (band, value) of every new or removed sentence, with the removed
        # members as (old position, token).
        changed: dict[tuple[int, bytes], list[tuple[int, bytes]]] = {}
        broken: set[int] = set()
        for s in removed:
            rec = snap.articles[s]
            broken.update(rec.groups)
            for k in range(len(rec.sentences)):
                sig = rec.signatures[k * _SIG : (k + 1) * _SIG]
                lost = (old_start[s] + k, rec.tokens[k * _TOKEN : (k + 1) * _TOKEN])
                for b, cut in enumerate(_BANDS):
                    changed.setdefault((b, sig[cut]), []).append(lost)
        fresh = [i for i, g in enumerate(old_group) if g < 0]
        for i in fresh:
            sig = signatures[i * _SIG : (i + 1) * _SIG]
            for b, cut in enumerate(_BANDS):
                changed.setdefault((b, sig[cut]), [])
        # Each band of every signature, cut in C.
        band_values = struct.iter_unpack(f"{_BAND}s" * len(_BANDS), signatures)
        bands: list[Sequence[bytes]] = list(zip(*band_values, strict=True)) or [() for _ in _BANDS]
        current = self._members(bands, {b: {v for bb, v in changed if bb == b} for b in range(len(_BANDS))})
        self.bands, self.token = bands, token

        resolved: dict[int, tuple[Analysis, KeySource]] = {}

        def sentence(i: int) -> tuple[Analysis, KeySource]:
            got = resolved.get(i)
            if got is None:
                entry = self.entry(owner[i])
                at = starts[owner[i]]
                for k, x in enumerate(entry.analyses):
                    if x.labels:
                        resolved[at] = (x, _keys(entry, k, x))
                        at += 1
                got = resolved.get(i)
                if (
                    got is None
                    or got[0].sentence.index != index[i]
                    or at != starts[owner[i]] + len(recs[owner[i]].sentences)
                ):
                    raise SnapshotError("a sentence of the snapshot is not in its article")
            return got

        def same(i: int, j: int) -> bool:
            (a, ka), (b, kb) = sentence(i), sentence(j)
            return _same_fact(a, b, ka.full(), kb.full())

        memory = self.cache
        parts: list[tuple[Sequence[int], tuple[int, ...]]] = []
        # The sentences a new one is compared with, decoded in one batch: all of a small
        # bucket's, the first of a big one's (see summarise._candidates).
        fresh_set = set(fresh)
        self._entries(
            sorted(
                {
                    owner[i]
                    for m in current.values()
                    if len(m) > 1 and not fresh_set.isdisjoint(m)
                    for i in (m if len(m) <= _SMALL_BUCKET else m[:1])
                }
            )
        )
        for (b, v), gone in changed.items():
            cur = current.get((b, v), [])
            olds = [i for i in cur if old_group[i] >= 0]
            before = sorted([*((old_position(i), token(i), i) for i in olds), *((q, t, -1) for q, t in gone)])
            old_links: tuple[int, ...] | None = ()
            if len(before) > 1:
                old_links = memory.links(_bucket_name(t for _, t, _ in before), len(before))
            if old_links is None:
                broken.update(old_group[i] for i in olds)  # cannot tell what it joined before
            if len(cur) < 2:
                continue
            links = memory.links(_bucket_name(map(token, cur)), len(cur))
            if links is None:
                stable = not gone and old_links is not None and _same_pairs(len(olds), len(cur), old_group[cur[0]] >= 0)
                if stable:
                    assert old_links is not None
                    links = _grown_links(cur, [i >= 0 and old_group[i] >= 0 for i in cur], olds, old_links, same)
                    memory.remember(_bucket_name(map(token, cur)), links)
                else:
                    links = _bucket_links(cur, {i: token(i) for i in cur}, same, memory)
            parts.append((cur, links))
            if old_links:
                # A pair of old sentences this bucket joined before and joins no more: their
                # groups may split, so they are grouped again from all their buckets.
                now_root = _roots(cur, links)
                by_part: dict[int, set[int]] = {}
                for p, first in enumerate(old_links):
                    if (i := before[p][2]) >= 0:
                        by_part.setdefault(first, set()).add(now_root[i])
                for p, first in enumerate(old_links):
                    if (i := before[p][2]) >= 0 and len(by_part[first]) > 1:
                        broken.add(old_group[i])

        # Every bucket of a broken group's sentences, all members in reading order.
        again = list(itertools.compress(range(len(old_group)), map(broken.__contains__, old_group)))
        seen_buckets = {tuple(cur) for cur, _ in parts}
        wanted = {b: {bands[b][i] for i in again} for b in range(len(_BANDS))}
        for m in self._members(bands, wanted).values():
            if len(m) > 1 and tuple(m) not in seen_buckets:
                seen_buckets.add(tuple(m))
                parts.append((m, _bucket_links(m, {i: token(i) for i in m}, same, memory)))

        # Union of the parts: a whole old group is one node (-1 - group), others one node each.
        def node(i: int) -> int:
            g = old_group[i]
            return -1 - g if g >= 0 and g not in broken else i

        parent: dict[int, int] = {}

        def find(x: int) -> int:
            root = parent.setdefault(x, x)
            while root != parent[root]:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        for i in [*fresh, *again]:
            find(i)
        for bucket, bucket_links in parts:
            for p, first in enumerate(bucket_links):
                if first != p:
                    ra, rb = find(node(bucket[first])), find(node(bucket[p]))
                    if ra != rb:
                        parent[rb] = ra
        pieces: dict[int, list[int]] = {}
        for x in parent:
            pieces.setdefault(find(x), []).append(x)
        rebuilt = [xs for xs in pieces.values() if len(xs) > 1 or xs[0] >= 0]
        joined = {-1 - x for xs in rebuilt for x in xs if x < 0}  # old groups that took part

        # Positions of the members of the old groups that are rebuilt; first positions of the others.
        where: dict[int, list[int]] = {g: [] for g in joined}
        for i in itertools.compress(range(len(old_group)), map(where.__contains__, old_group)):
            where[old_group[i]].append(i)
        # Built from the last position to the first, so each group keeps its first (in C).
        last = len(old_group) - 1
        first_at = dict(zip(reversed(old_group), range(last, -1, -1), strict=True))
        first_of = {g: i for g, i in first_at.items() if g >= 0 and g not in broken and g not in where}
        self._entries(sorted({owner[i] for xs in rebuilt for i in xs if i >= 0}))
        ordered: list[tuple[int, _Fact]] = []
        for g, i in first_of.items():
            grec = snap.groups[g]
            item = EncodedItem(grec.item, grec.score)
            ordered.append((i, _Fact(grec.labels, grec.importance, item, grec.lead, grec.firsts, None, g, None, grec)))
        for xs in rebuilt:
            olds_in = [(-1 - x) for x in xs if x < 0]
            singles = sorted(x for x in xs if x >= 0)
            fact = self._merged([(snap.groups[g], where[g]) for g in olds_in], [(i, sentence(i)[0]) for i in singles])
            ordered.append((fact.positions[0] if fact.positions else 0, fact))
        ordered.sort(key=itemgetter(0))
        self.records = recs
        self.old_group, self.owner, self.index = old_group, owner, index
        self.changed = len(new) + len(removed)
        logger.debug(
            "run snapshot: %d articles new, %d removed; %d groups reused, %d merged again (%d broken); "
            "%d articles' analyses decoded",
            len(new),
            len(removed),
            len(first_of),
            len(rebuilt),
            len(broken),
            len(self.entries) - len(new),
        )
        return [f for _, f in ordered]

    def bucket_names(self) -> list[bytes]:
        """The names (see :func:`_bucket_name`) of every bucket of two or more of this warm run's
        labelled sentences: those whose merge records its groups stand on."""
        names = []
        for column in self.bands:
            members: dict[bytes, list[int]] = {}
            for i, value in enumerate(column):
                members.setdefault(value, []).append(i)
            names += [_bucket_name(map(self.token, m)) for m in members.values() if len(m) > 1]
        return names

    @staticmethod
    def _members(
        bands: Sequence[Sequence[bytes]], wanted: Mapping[int, set[bytes]]
    ) -> dict[tuple[int, bytes], list[int]]:
        """(band, value) -> the positions in that bucket, for the values ``wanted`` in each band."""
        out: dict[tuple[int, bytes], list[int]] = {}
        for b, column in enumerate(bands):
            values = wanted.get(b)
            if values:
                # The membership tests run in C (map, compress): this scans every sentence.
                for i in itertools.compress(range(len(column)), map(values.__contains__, column)):
                    out.setdefault((b, column[i]), []).append(i)
        return out

    def _merged(
        self, olds: Sequence[tuple[_GroupRec, Sequence[int]]], singles: Sequence[tuple[int, Analysis]]
    ) -> _Fact:
        """The fact of one group made of whole old groups (each with its members' positions)
        and single sentences: what :meth:`briefing.summarise._Group.item` gives for the
        group of all their sentences in reading order, without the old groups' analyses."""
        # (position, old group number or -1, member index in it or the analysis)
        members: list[tuple[int, int, int, Analysis | None]] = []
        for n, (_, positions) in enumerate(olds):
            members += [(i, n, j, None) for j, i in enumerate(positions)]
        members += [(i, -1, 0, x) for i, x in singles]
        members.sort(key=itemgetter(0))
        firsts = [set(rec.firsts) for rec, _ in olds]
        items = [_stored_item(rec) for rec, _ in olds]
        lead_at, lead_imp = -1, float("-inf")
        sources: list[Source] = []
        source_at: list[int] = []
        seen: set[tuple[str, str]] = set()
        labels: set[str] = set()
        for rec, _ in olds:
            labels.update(rec.labels)
        for at, (_, n, j, x) in enumerate(members):
            if x is None:
                rec = olds[n][0]
                imp = rec.importance if j == rec.lead else None
                source = items[n].sources[rec.firsts.index(j)] if j in firsts[n] else None
            else:
                imp = x.importance
                labels.update(x.labels)
                source = Source(x.sentence.article_id, x.sentence.text)
            if imp is not None and imp > lead_imp:
                lead_at, lead_imp = at, imp
            if source is not None and (source.article, source.quote) not in seen:
                seen.add((source.article, source.quote))
                sources.append(source)
                source_at.append(at)
        _, n, _, x = members[lead_at]
        if x is None:
            text, actor = items[n].text, items[n].actor
        else:
            text, actor = x.condensed, x.actor
        score = lead_imp + 0.3 * (len({s.article for s in sources}) - 1)
        item = Item(text, actor, tuple(sources), round(score, 4))
        return _Fact(sorted(labels), lead_imp, item, lead_at, source_at, [i for i, _, _, _ in members], -1, x)

    def summary(self, facts: Sequence[_Fact], summary_items: int) -> tuple[Item, ...]:
        """The executive summary among the best ``8 n`` groups, as :func:`_summary` picks it."""
        wanted = summary_items * 8
        if wanted <= 0:
            return ()
        best = sorted((f.importance for f in facts), reverse=True)
        floor = best[wanted - 1] if len(best) >= wanted else float("-inf")
        # (importance, order, what): labelled groups before unlabelled sentences at equal importance.
        pool: list[tuple[float, tuple[int, ...], _Fact | Analysis]] = [
            (f.importance, (0, n), f) for n, f in enumerate(facts) if f.importance >= floor
        ]
        maybe = [p for p, r in enumerate(self.records) if r.best_unlabelled is not None and r.best_unlabelled > floor]
        self._entries(maybe)
        for p in maybe:
            for k, x in enumerate(self.entries[p].analyses):
                if not x.labels and x.importance > floor:
                    pool.append((x.importance, (1, p, k), x))
        pool.sort(key=lambda c: (-c[0], c[1]))
        chosen = [what for _, _, what in pool[:wanted]]
        # The lead sentences they lack, from the members each reused group numbers.
        lacking = [f for f in chosen if isinstance(f, _Fact) and f.lead_analysis is None]
        members: dict[int, list[int]] = {f.old: [] for f in lacking if f.positions is None}
        for i, g in enumerate(self.old_group):
            if g in members:
                members[g].append(i)
        leads = [(f, (f.positions if f.positions is not None else members[f.old])[f.lead]) for f in lacking]
        self._entries(sorted({self.owner[i] for _, i in leads}))
        for f, i in leads:
            lead = next((x for x in self.entry(self.owner[i]).analyses if x.sentence.index == self.index[i]), None)
            if lead is None or lead.importance != f.importance:
                raise SnapshotError("a group's lead is not in its article")
            f.lead_analysis = lead
        return _summary([_Group((f,)) if isinstance(f, Analysis) else _candidate(f) for f in chosen], summary_items)

    def snapshot(self, facts: Sequence[_Fact]) -> _Snapshot:
        """This run's snapshot: the records with each labelled sentence's group, and the groups."""
        group_of = [-1] * len(self.old_group)
        renumbered: dict[int, int] = {}
        for n, f in enumerate(facts):
            if f.positions is None:
                renumbered[f.old] = n
            else:
                for i in f.positions:
                    group_of[i] = n
        for i, g in enumerate(self.old_group):
            if group_of[i] < 0:
                group_of[i] = renumbered[g]
        articles = []
        at = 0
        for rec in self.records:
            n = len(rec.sentences)
            numbers = group_of[at : at + n]
            at += n
            articles.append(
                _ArticleRec(
                    rec.key,
                    rec.sentences,
                    rec.signatures,
                    rec.tokens,
                    numbers,
                    rec.best_unlabelled,
                    rec.entities,
                )
            )
        sizes = Counter(group_of)
        # A group reused whole has the members, and so the size, it had.
        groups = [
            f.stored
            if f.stored is not None
            else _GroupRec(list(f.labels), sizes[n], f.importance, _encoded(f.item), f.item.score, f.lead, f.firsts)
            for n, f in enumerate(facts)
        ]
        digest = _articles_digest(rec.key for rec in self.records)
        # Unary plus drops the names whose articles are all gone (left at zero by the warm path).
        counts = (dict(+self.countries), dict(+self.people))
        return _Snapshot(FORMAT, _encoding(), self.context, digest, articles, groups, *counts)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A group as the summary sees it: its lead sentence and its item."""

    lead: Analysis
    stored: Item

    def item(self) -> Item:
        return self.stored


def _candidate(fact: _Fact) -> _Candidate:
    assert fact.lead_analysis is not None
    return _Candidate(fact.lead_analysis, fact.item)


def _bucket_name(tokens: Iterable[bytes]) -> bytes:
    """What :func:`briefing.summarise._bucket_links` names a bucket of members with ``tokens``."""
    return hashlib.blake2b(b"".join(tokens), digest_size=16).digest()


def _same_pairs(old: int, new: int, first_is_old: bool) -> bool:
    """Whether a bucket grown from ``old`` to ``new`` members (none removed) still compares
    every pair of old members it compared before (see :func:`briefing.summarise._candidates`)."""
    return new <= _SMALL_BUCKET or (old > _SMALL_BUCKET and first_is_old)


def _grown_links(
    cur: Sequence[int],
    is_old: Sequence[bool],
    olds: Sequence[int],
    old_links: tuple[int, ...],
    same: Callable[[int, int], bool],
) -> tuple[int, ...]:
    """The parts of a bucket that only gained members: its old parts (``old_links`` over
    ``olds``), joined by the candidate pairs that involve a new member."""
    first = list(range(len(cur)))

    def root(p: int) -> int:
        while first[p] != p:
            p = first[p]
        return p

    at = {i: p for p, i in enumerate(cur)}
    joined = False
    for q, lead in enumerate(old_links):
        if lead != q:
            a, b = root(at[olds[lead]]), root(at[olds[q]])
            if a != b:
                first[max(a, b)] = min(a, b)
                joined = True
    for p, q in _candidates(len(cur)):
        if is_old[p] and is_old[q]:
            continue
        rp, rq = root(p), root(q)
        if rp != rq and same(cur[p], cur[q]):
            first[max(rp, rq)] = min(rp, rq)
            joined = True
    return tuple(root(p) for p in range(len(cur))) if joined else ()


def _roots(members: Sequence[int], links: tuple[int, ...]) -> dict[int, int]:
    """Position -> the first position of its part in a bucket (itself when ``links`` is empty)."""
    if not links:
        return {i: i for i in members}
    return {i: members[links[p]] for p, i in enumerate(members)}


def _fact_of(group: _Group, positions: list[int]) -> _Fact:
    """The fact of a group merged this run (``positions``: its members' positions)."""
    lead = group.lead
    if len(group.members) == 1:  # most groups
        return _Fact(sorted(lead.labels), lead.importance, group.item(), 0, [0], positions, -1, lead)
    at = next(n for n, m in enumerate(group.members) if m is lead)
    seen: set[tuple[str, str]] = set()
    firsts = []
    for n, m in enumerate(group.members):
        key = (m.sentence.article_id, m.sentence.text)
        if key not in seen:
            seen.add(key)
            firsts.append(n)
    return _Fact(sorted(group.labels), lead.importance, group.item(), at, firsts, positions, -1, lead)


def _stored_item(rec: _GroupRec) -> Item:
    """The item of a stored group, decoded and checked against the group's sources."""
    try:
        item = EncodedItem(rec.item, rec.score).plain()
    except (ValueError, KeyError, TypeError) as err:
        raise SnapshotError(f"a stored item does not decode ({err})") from err
    if len(item.sources) != len(rec.firsts):
        raise SnapshotError("a group's sources do not match its members")
    return item


def _encoded(item: Item) -> bytes:
    return item.encoded if isinstance(item, EncodedItem) else encode_item(item)


def _keys(entry: Entry, k: int, x: Analysis) -> KeySource:
    """The merge keys of the ``k``-th analysis of ``entry`` (computed if the entry has none)."""
    got = entry.keys[k] if entry.keys else None
    return got if got is not None else merge_keys_of(x.sentence.text)
