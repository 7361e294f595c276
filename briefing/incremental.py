"""Incremental summarising: a snapshot of the last cached run, so a warm run merges only what changed.

A cached run (``briefing generate`` with its state folder) ends by storing a *run snapshot* in
the analysis cache: for each article (by its content key, :func:`briefing.cache.article_key`)
the indices, MinHash signatures and bucket tokens of its labelled sentences and the group each
belongs to, the highest importance of its unlabelled sentences and its entity counts; and for
each merged group (in group order) its members as stable keys (article slot, sentence index),
its labels, its lead's importance and its finished :class:`~briefing.model.Item`.

The next run compares the articles it reads with the snapshot's. The groups of the merge are
the connected parts of a graph whose edges lie within LSH buckets (see
:func:`briefing.summarise._merge_duplicates`); a bucket changes only if a sentence of a new or
removed article falls in it, so a group none of whose sentences is in a changed bucket keeps
exactly its members and edges, and is reused as stored. Only the other groups' sentences and
the new articles' are grouped again, with every bucket any of them is in (full membership, in
reading order). Persisting articles must keep their relative order (they do: files are read in
path order, and an article's key includes its id); otherwise, or when the snapshot fails any
check (CRC, decoding, version, context, shape), the run takes the full path and rebuilds it.

The summary competes among the best ``8 n`` groups by lead importance, unlabelled sentences
included: an unlabelled sentence can only be among them when its importance is above the
``8 n``-th labelled group's, so only articles whose best unlabelled sentence is are decoded.
Entity counts are sums of per-article counts. The briefing is the one
:func:`briefing.summarise.summarise` makes from the same articles (tests compare the JSON
byte for byte with ``--no-cache`` runs through adds, edits, removals and renames).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter

import msgspec

from .cache import AnalysisCache, Entry, analyse_with_cache, article_key
from .classify import UserSection
from .entities import entities_of_counts
from .model import Analysis, Article, Briefing, Item, Period, Section
from .summarise import (
    KeySource,
    SectionSpec,
    _bucket_links,
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
_SIG = 48  # bytes of a packed MinHash signature
_TOKEN = 20  # bytes of a bucket member's token (see summarise._member_tokens)
_BAND = 6  # bytes of one LSH band of a signature
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
    countries: dict[str, int]
    people: dict[str, int]


class _GroupRec(msgspec.Struct, array_like=True, frozen=True):
    """One merged group: members (article slot, sentence index) in reading order, its labels,
    its lead's importance and its item."""

    members: list[tuple[int, int]]
    labels: list[str]
    importance: float
    item: Item


class _Snapshot(msgspec.Struct, array_like=True, frozen=True):
    format: int
    context: str
    articles: list[_ArticleRec]
    groups: list[_GroupRec]


_DECODER = msgspec.msgpack.Decoder(_Snapshot)
_ENCODER = msgspec.msgpack.Encoder()


class SnapshotError(ValueError):
    """The stored snapshot does not hold together; it is not used (and is replaced)."""


@dataclass(slots=True)
class _Fact:
    """A labelled group of this run: what sections and the snapshot need, and the group itself
    when this run built it (reused groups are built only if the summary needs them)."""

    labels: Sequence[str]
    importance: float
    item: Item
    members: list[tuple[int, int]]  # (article position in this run, sentence index)
    group: _Group | None = None


def snapshot_name(context: str) -> str:
    """The row a snapshot for ``context`` (the user sections' cues) is stored under."""
    return hashlib.sha256(context.encode("utf-8", "surrogatepass")).hexdigest()[:32]


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
) -> Briefing:
    """The briefing :func:`briefing.summarise.summarise` makes of ``articles``, reusing the
    snapshot of the last cached run where it is sound, and leaving this run's snapshot."""
    keys = [article_key(a, context) for a in articles]
    run = _Run(articles, keys, cache, user, context)
    snap = _load(cache, context)
    facts = run.warm(snap) if snap is not None else None
    if facts is None:
        facts, summary = run.cold(summary_items)
        cache.snapshot_used = False
    else:
        summary = run.summary(facts, summary_items)
        cache.snapshot_used = True
    labelled = [(f.labels, f.item) for f in facts]
    filled = section_items(labelled, [s.label for s in specs])
    sections = tuple(Section(spec.key, spec.title, items) for spec, items in zip(specs, filled, strict=True))
    countries: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for rec in run.records:
        countries.update(rec.countries)
        people.update(rec.people)
    if len(set(keys)) == len(keys):  # else slots would be ambiguous: no snapshot
        _save(cache, run.snapshot(facts))
    return Briefing(
        title=title,
        generated_at=now,
        period=period or period_of(articles),
        articles=tuple(articles),
        summary=summary,
        sections=sections,
        entities=entities_of_counts(countries, people),
    )


def analyse_one(article: Article, user: Sequence[UserSection]) -> Entry:
    """The cache entry of one article: its analyses and its labelled sentences' merge keys."""
    [(_, analyses)] = analyse([article], user=user)
    return Entry(analyses, tuple(merge_keys_of(x.sentence.text) if x.labels else None for x in analyses))


def _load(cache: AnalysisCache, context: str) -> _Snapshot | None:
    blob = cache.snapshot(snapshot_name(context))
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
    if snap.context != context:
        raise SnapshotError("made for other user sections")
    n_groups = len(snap.groups)
    counts = [0] * n_groups
    seen: set[str] = set()
    for rec in snap.articles:
        n = len(rec.sentences)
        if len(rec.signatures) != n * _SIG or len(rec.tokens) != n * _TOKEN or len(rec.groups) != n:
            raise SnapshotError("an article's sentence records do not match")
        if rec.key in seen:
            raise SnapshotError("an article is recorded twice")
        seen.add(rec.key)
        for g in rec.groups:
            if not 0 <= g < n_groups:
                raise SnapshotError(f"group {g} out of range")
            counts[g] += 1
    for count, group in zip(counts, snap.groups, strict=True):
        if count != len(group.members) or not count:
            raise SnapshotError("a group's members do not match its articles' sentences")


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

    def entry(self, pos: int) -> Entry:
        """The analyses of the article at ``pos`` (from the cache, else analysed and stored)."""
        got = self.entries.get(pos)
        if got is None:
            [(_, got)] = analyse_with_cache(
                [self.articles[pos]], self.cache, lambda a: analyse_one(a, self.user), self.context
            )
            self.entries[pos] = got
        return got

    def _entries(self, positions: Sequence[int]) -> None:
        """Decode (or analyse) the entries of ``positions`` in one batch."""
        todo = [p for p in positions if p not in self.entries]
        if todo:
            found = analyse_with_cache(
                [self.articles[p] for p in todo], self.cache, lambda a: analyse_one(a, self.user), self.context
            )
            for p, (_, e) in zip(todo, found, strict=True):
                self.entries[p] = e

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
        labelled = [g for g in groups if g.labels]
        group_of = {id(m): n for n, g in enumerate(labelled) for m in g.members}
        position = {id(x): p for p, e in self.entries.items() for x in e.analyses}
        self.records = [self._record(p, group_of) for p in range(len(self.articles))]
        facts = [
            _Fact(
                sorted(g.labels),
                g.lead.importance,
                g.item(),
                [(position[id(m)], m.sentence.index) for m in g.members],
                g,
            )
            for g in labelled
        ]
        return facts, _summary(groups, summary_items)

    def _record(self, pos: int, group_of: Mapping[int, int] | None = None) -> _ArticleRec:
        """The record of the article at ``pos``; without ``group_of`` (id of an analysis -> its
        group) every group is -1, filled in when the snapshot is written."""
        entry = self.entries[pos]
        labelled = [(x, _keys(entry, k, x)) for k, x in enumerate(entry.analyses) if x.labels]
        unlabelled = [x.importance for x in entry.analyses if not x.labels]
        tokens = _member_tokens([x for x, _ in labelled], [k for _, k in labelled])
        countries = Counter(c for x in entry.analyses for c in x.countries if c)
        people = Counter(p for x in entry.analyses for p in x.people if p)
        return _ArticleRec(
            self.keys[pos],
            [x.sentence.index for x, _ in labelled],
            b"".join(k.signature for _, k in labelled),
            b"".join(tokens),
            [-1 if group_of is None else group_of[id(x)] for x, _ in labelled],
            max(unlabelled) if unlabelled else None,
            dict(countries),
            dict(people),
        )

    # -- the warm path -------------------------------------------------------------------

    def warm(self, snap: _Snapshot) -> list[_Fact] | None:
        """The labelled groups in order from ``snap`` and the changes since; None if the
        snapshot cannot stand for this run (the full path is then taken)."""
        slot_of = {rec.key: s for s, rec in enumerate(snap.articles)}
        if len(set(self.keys)) != len(self.keys):
            return None  # two articles with one key: slots would be ambiguous
        old_slots = [slot_of.get(k) for k in self.keys]
        kept = [s for s in old_slots if s is not None]
        if any(a >= b for a, b in itertools.pairwise(kept)):
            logger.debug("run snapshot: articles in another order; merging afresh")
            return None
        kept_set = set(kept)
        removed = [s for s in range(len(snap.articles)) if s not in kept_set]
        new = [p for p, s in enumerate(old_slots) if s is None]
        self._entries(new)
        new_recs = {p: self._record(p) for p in new}

        # The labelled sentences of this run in reading order.
        sigs: list[bytes] = []
        owner: list[int] = []
        index: list[int] = []
        old_group: list[int] = []
        starts: list[int] = []
        for p, s in enumerate(old_slots):
            rec = snap.articles[s] if s is not None else new_recs[p]
            n = len(rec.sentences)
            starts.append(len(sigs))
            sig = rec.signatures
            sigs += [sig[i : i + _SIG] for i in range(0, n * _SIG, _SIG)]
            owner += [p] * n
            index += rec.sentences
            old_group += rec.groups if s is not None else [-1] * n

        # Buckets changed: any band value of a new or removed sentence.
        changed: list[set[bytes]] = [set() for _ in _BANDS]
        gone: set[int] = set()
        for rec in [*(snap.articles[s] for s in removed), *new_recs.values()]:
            for lo in range(0, len(rec.signatures), _SIG):
                sig = rec.signatures[lo : lo + _SIG]
                for b, cut in enumerate(_BANDS):
                    changed[b].add(sig[cut])
        for s in removed:
            gone.update(snap.articles[s].groups)
        bands = [list(map(itemgetter(cut), sigs)) for cut in _BANDS]
        affected = set(gone)
        affected.add(-1)  # the new sentences
        for b, values in enumerate(changed):
            if values:
                affected.update(old_group[i] for i, v in enumerate(bands[b]) if v in values)
        again = [i for i, g in enumerate(old_group) if g in affected]

        # Every bucket a regrouped sentence is in, with all its members in reading order.
        buckets: dict[tuple[int, ...], None] = {}
        for column in bands:
            wanted = {column[i] for i in again}
            found: dict[bytes, list[int]] = {}
            for i, v in enumerate(column):
                if v in wanted:
                    found.setdefault(v, []).append(i)
            for m in found.values():
                if len(m) > 1:
                    buckets[tuple(m)] = None
        involved = sorted({i for m in buckets for i in m} | set(again))
        tokens = {}
        for i in involved:
            p = owner[i]
            s = old_slots[p]
            rec = snap.articles[s] if s is not None else new_recs[p]
            k = i - starts[p]
            tokens[i] = rec.tokens[k * _TOKEN : (k + 1) * _TOKEN]
        self._entries(sorted({owner[i] for i in again}))
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
                if got is None or got[0].sentence.index != index[i]:
                    raise SnapshotError("a sentence of the snapshot is not in its article")
            return got

        def same(i: int, j: int) -> bool:
            (a, ka), (b, kb) = sentence(i), sentence(j)
            return _same_fact(a, b, ka.full(), kb.full())

        parent = {i: i for i in involved}

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        try:
            for bucket in buckets:
                for p, lead in enumerate(_bucket_links(bucket, tokens, same, self.cache)):
                    if lead != p:
                        ri, rj = find(bucket[lead]), find(bucket[p])
                        if ri != rj:
                            parent[rj] = ri
            parts: dict[int, list[int]] = {}
            for i in again:
                parts.setdefault(find(i), []).append(i)
            made = [(m[0], _Group(tuple(sentence(i)[0] for i in m)), m) for m in parts.values()]
        except SnapshotError as err:
            logger.warning("run snapshot is not usable (%s); merging afresh", err)
            return None

        # Reused groups keep their order; merged with the new ones by first member.
        first: dict[int, int] = {}
        for i, g in enumerate(old_group):
            if g not in affected and g not in first:
                first[g] = i
        new_pos = [-1] * len(snap.articles)
        for p, s in enumerate(old_slots):
            if s is not None:
                new_pos[s] = p
        ordered: list[tuple[int, _Fact]] = []
        for g, i in first.items():
            grec = snap.groups[g]
            members = [(new_pos[s], k) for s, k in grec.members]
            ordered.append((i, _Fact(grec.labels, grec.importance, grec.item, members)))
        for i, group, m in made:
            members = [(owner[j], index[j]) for j in m]
            ordered.append((i, _Fact(sorted(group.labels), group.lead.importance, group.item(), members, group)))
        ordered.sort(key=itemgetter(0))
        facts = [f for _, f in ordered]
        if len(first) + len(made) != len(facts) or any(min(p for p, _ in f.members) < 0 for f in facts):
            logger.warning("run snapshot is not usable (a group lost its articles); merging afresh")
            return None
        self.records = [snap.articles[s] if s is not None else new_recs[p] for p, s in enumerate(old_slots)]
        logger.debug(
            "run snapshot: %d articles new, %d removed; %d groups reused, %d merged again",
            len(new),
            len(removed),
            len(first),
            len(made),
        )
        return facts

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
        maybe = [
            p for p, rec in enumerate(self.records) if rec.best_unlabelled is not None and rec.best_unlabelled > floor
        ]
        self._entries(maybe)
        for p in maybe:
            for k, x in enumerate(self.entries[p].analyses):
                if not x.labels and x.importance > floor:
                    pool.append((x.importance, (1, p, k), x))
        pool.sort(key=lambda c: (-c[0], c[1]))
        chosen = [self._group(what) for _, _, what in pool[:wanted]]
        return _summary(chosen, summary_items)

    def _group(self, what: _Fact | Analysis) -> _Group:
        if isinstance(what, Analysis):
            return _Group((what,))
        if what.group is None:
            self._entries(sorted({p for p, _ in what.members}))
            by_index = {
                (p, x.sentence.index): x for p in {p for p, _ in what.members} for x in self.entries[p].analyses
            }
            what.group = _Group(tuple(by_index[m] for m in what.members))
        return what.group

    def snapshot(self, facts: Sequence[_Fact]) -> _Snapshot:
        """This run's snapshot: the records with each labelled sentence's group, and the groups."""
        group_of = {m: n for n, f in enumerate(facts) for m in f.members}
        articles = [
            _ArticleRec(
                rec.key,
                rec.sentences,
                rec.signatures,
                rec.tokens,
                [group_of[(p, i)] for i in rec.sentences],
                rec.best_unlabelled,
                rec.countries,
                rec.people,
            )
            for p, rec in enumerate(self.records)
        ]
        groups = [_GroupRec(f.members, list(f.labels), f.importance, f.item) for f in facts]
        return _Snapshot(FORMAT, self.context, articles, groups)


def _keys(entry: Entry, k: int, x: Analysis) -> KeySource:
    """The merge keys of the ``k``-th analysis of ``entry`` (computed if the entry has none)."""
    got = entry.keys[k] if entry.keys else None
    return got if got is not None else merge_keys_of(x.sentence.text)


def _save(cache: AnalysisCache, snap: _Snapshot) -> None:
    cache.save_snapshot(snapshot_name(snap.context), _ENCODER.encode(snap))
