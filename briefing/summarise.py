"""From articles to a :class:`Briefing`: analyse, merge repeated facts, rank, summarise. Pure.

Every item keeps its sources (article id + exact sentence). The same fact reported by
several articles becomes one item citing all of them: near-duplicates are found with
MinHash signatures bucketed by band (locality-sensitive hashing), so the cost grows with
the number of sentences, not with the number of pairs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .classify import UserSection, analyse_article
from .entities import countries_in, tally_entities
from .lexicon import Lexicon, load_lexicon, tokenize_lower
from .model import Analysis, Article, Briefing, Item, Period, Section, Source
from .sentences import split_article

#: Built-in sections: key in the JSON contract -> (label, heading).
BUILTIN_SECTIONS: dict[str, tuple[str, str]] = {
    "decisions": ("decision", "Key decisions"),
    "proposals": ("proposal", "Proposals"),
    "security": ("security", "Security"),
}


@dataclass(frozen=True, slots=True)
class SentenceKeys:
    """What merging and entity counting need from one sentence text (cacheable with its analysis)."""

    signature: tuple[int, ...]
    countries: tuple[str, ...]


def sentence_keys(text: str) -> SentenceKeys:
    """The MinHash signature and the countries named of one sentence (pure)."""
    return SentenceKeys(_signature(_shingles(text)), tuple(countries_in(text)))


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
    articles: Sequence[Article], lex: Lexicon | None = None, user: Sequence[UserSection] = ()
) -> list[tuple[Article, tuple[Analysis, ...]]]:
    """Split and classify every article (the per-article work; cacheable by content)."""
    lex = lex or load_lexicon()
    return [(a, analyse_article(a, split_article(a), lex, user)) for a in articles]


def summarise(
    analysed: Sequence[tuple[Article, tuple[Analysis, ...]]],
    *,
    title: str,
    now: dt.datetime,
    specs: Sequence[SectionSpec] = default_specs(),
    summary_items: int = 4,
    period: Period | None = None,
    keys: Mapping[str, SentenceKeys] | None = None,
) -> Briefing:
    """Assemble the briefing from analysed articles (see module docstring).

    ``keys`` maps sentence texts to their :func:`sentence_keys` (e.g. from a cache); missing
    texts are computed here, once per distinct text.
    """
    articles = tuple(a for a, _ in analysed)
    analyses = [x for _, xs in analysed for x in xs]
    known = _complete_keys(analyses, keys or {})
    groups = _merge_duplicates(analyses, known)
    sections = tuple(Section(spec.key, spec.title, _section_items(groups, spec.label)) for spec in specs)
    summary = _summary(groups, summary_items)
    people = [x.actor for x in analyses if x.actor and " " in x.actor and not x.actor.startswith("the ")]
    entities = tally_entities((c for x in analyses for c in known[x.sentence.text].countries), people)
    return Briefing(
        title=title,
        generated_at=now,
        period=period or period_of(articles),
        articles=articles,
        summary=summary,
        sections=sections,
        entities=entities,
    )


def _complete_keys(analyses: Sequence[Analysis], keys: Mapping[str, SentenceKeys]) -> Mapping[str, SentenceKeys]:
    # Wire copy repeats sentences verbatim: each distinct text is keyed once.
    missing = {x.sentence.text for x in analyses if x.sentence.text not in keys}
    if not missing:
        return keys
    return {**keys, **{text: sentence_keys(text) for text in missing}}


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
        return max(self.members, key=lambda a: a.importance)

    @property
    def labels(self) -> frozenset[str]:
        return frozenset().union(*(m.labels for m in self.members))

    def item(self) -> Item:
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
        return Item(lead.condensed, lead.actor, tuple(sources), round(score, 4))


def _section_items(groups: Sequence[_Group], label: str) -> tuple[Item, ...]:
    items = [g.item() for g in groups if label in g.labels]
    return tuple(sorted(items, key=lambda i: -i.score))


def _summary(groups: Sequence[_Group], n: int) -> tuple[Item, ...]:
    """The ``n`` most important facts, at most one near-paraphrase each, spread over articles."""
    ranked = sorted(groups, key=lambda g: -g.lead.importance)
    chosen: list[_Group] = []
    per_article: dict[str, int] = {}
    # Each further item from an article costs a little, so a multi-article briefing covers
    # more than its longest article; with one article this changes nothing.
    candidates = sorted(
        ranked[: n * 8],
        key=lambda g: -g.lead.importance,
    )
    while candidates and len(chosen) < n:
        best = max(candidates, key=lambda g: g.lead.importance - 0.35 * per_article.get(g.lead.sentence.article_id, 0))
        candidates.remove(best)
        if any(_jaccard(best.lead, c.lead) > 0.5 for c in chosen):
            continue
        chosen.append(best)
        aid = best.lead.sentence.article_id
        per_article[aid] = per_article.get(aid, 0) + 1
    return tuple(g.item() for g in chosen)


def _jaccard(a: Analysis, b: Analysis) -> float:
    wa, wb = set(tokenize_lower(a.sentence.text)), set(tokenize_lower(b.sentence.text))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


# MinHash / LSH parameters: 16 hashes in 8 bands of 2 find pairs with Jaccard around 0.6 and
# above with high probability; every candidate pair is then checked exactly.
_HASHES, _BAND = 16, 2
_THRESHOLD = 0.6


def _shingles(text: str) -> set[str]:
    words = tokenize_lower(text)
    return {" ".join(words[i : i + 2]) for i in range(max(1, len(words) - 1))}


# The hashes are 64-bit, so masking the seed before the XOR gives the same minima as masking after.
_MASKS = tuple((seed * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF for seed in range(1, _HASHES + 1))


def _signature(shingles: set[str]) -> tuple[int, ...]:
    hashes = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
    # map() over the bound XOR runs in C: same values as a generator, about three times faster.
    return tuple(min(map(mask.__xor__, hashes)) for mask in _MASKS)


def _merge_duplicates(analyses: Sequence[Analysis], keys: Mapping[str, SentenceKeys]) -> list[_Group]:
    """Group sentences of different articles that state the same fact (LSH, then exact check)."""
    labelled = [a for a in analyses if a.labels]
    shingle_memo: dict[str, set[str]] = {}

    def shingles(i: int) -> set[str]:
        # Only candidate pairs need their shingles; each distinct text is shingled once.
        text = labelled[i].sentence.text
        found = shingle_memo.get(text)
        if found is None:
            found = shingle_memo[text] = _shingles(text)
        return found

    parent = list(range(len(labelled)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = {}
    for i, a in enumerate(labelled):
        sig = keys[a.sentence.text].signature
        for b in range(0, _HASHES, _BAND):
            buckets.setdefault((b, sig[b : b + _BAND]), []).append(i)
    for members in buckets.values():
        for j in members[1:]:
            i = members[0]
            # Pairs already joined (through another band or member) need no exact check.
            if labelled[i].sentence.article_id == labelled[j].sentence.article_id or find(i) == find(j):
                continue
            si, sj = shingles(i), shingles(j)
            if len(si & sj) / len(si | sj) >= _THRESHOLD:
                parent[find(j)] = find(i)
    grouped: dict[int, list[Analysis]] = {}
    for i, a in enumerate(labelled):
        grouped.setdefault(find(i), []).append(a)
    # Unlabelled sentences still compete for the executive summary, each on its own.
    groups = [_Group(tuple(v)) for v in grouped.values()]
    groups += [_Group((a,)) for a in analyses if not a.labels]
    return groups
