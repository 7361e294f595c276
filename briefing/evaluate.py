"""Score briefings against hand-labelled gold articles. Pure: gold records and briefings in, numbers out.

The rules are those of the project's shared scorer, so ``briefing eval`` and it agree:

- each section item's source quote stands for the gold sentence it best matches by word-level
  F1 (at least 0.6); an item counts once for every gold sentence one of its sources quotes;
- decision / proposal / security: sentence-level precision, recall and F1, summed over articles
  (micro-average); a quote matching no gold sentence counts as a false positive;
- actor accuracy: among correctly found decisions and proposals whose gold sentence names an
  actor, the share whose item actor shares a word with it (titles and "the" ignored);
- key recall: share of gold key sentences quoted by the executive summary.

Gold format (one ``NAME.gold.json`` per article, beside its ``NAME.txt``)::

    {"id": "NAME", "title": ..., "date": ..., "sentences": [
        {"text": "exact sentence", "labels": ["decision"], "actor": "Tokayev", "key": true}, ...]}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .model import Briefing

#: Gold label -> briefing section key.
CATEGORIES: dict[str, str] = {"decision": "decisions", "proposal": "proposals", "security": "security"}
MATCH_THRESHOLD = 0.6
_WORD = re.compile(r"[^\W_]+")
_STOP_TITLES = frozenset(
    {"president", "prime", "minister", "mr", "mrs", "ms", "dr", "the", "of", "h", "e", "his", "her", "excellency"}
    | {"foreign", "leader", "head", "state", "secretary", "general", "chairman"}
)


class GoldError(ValueError):
    """A gold record does not follow the documented format; the message says which field."""


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One labelled body sentence."""

    text: str
    labels: frozenset[str]
    actor: str | None
    key: bool


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """The gold record of one article."""

    id: str
    sentences: tuple[GoldSentence, ...]

    @classmethod
    def from_json(cls, data: Mapping[str, Any], name: str | None = None) -> GoldArticle:
        """Build from the parsed JSON of a gold file; ``name`` (the file's) wins over its "id".

        Raises GoldError naming the bad field.
        """
        if not isinstance(data, Mapping) or not isinstance(data.get("sentences"), list):
            raise GoldError('needs a "sentences" list')
        out = []
        for n, raw in enumerate(data["sentences"]):
            if not isinstance(raw, Mapping) or not isinstance(raw.get("text"), str):
                raise GoldError(f'sentences[{n}] needs a "text" string')
            labels = raw.get("labels", [])
            if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
                raise GoldError(f"sentences[{n}].labels must be a list of strings")
            actor = raw.get("actor")
            if actor is not None and not isinstance(actor, str):
                raise GoldError(f"sentences[{n}].actor must be a string or null")
            out.append(GoldSentence(raw["text"], frozenset(labels), actor, bool(raw.get("key", False))))
        return cls(name or str(data.get("id") or ""), tuple(out))


@dataclass(frozen=True, slots=True)
class Tally:
    """True positives, system items and gold items of one label."""

    tp: int = 0
    system: int = 0
    gold: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.system + other.system, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """Counts for one article; :class:`Evaluation` sums them."""

    article: str
    tallies: Mapping[str, Tally]
    actor_hits: int
    actor_total: int
    key_hits: int
    key_total: int
    summary_items: int


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores summed over articles (micro-averaged), with the per-article rows."""

    articles: tuple[ArticleScore, ...] = field(default=())

    @property
    def tallies(self) -> dict[str, Tally]:
        out = {label: Tally() for label in CATEGORIES}
        for a in self.articles:
            for label, t in a.tallies.items():
                out[label] = out[label] + t
        return out

    @property
    def macro_f1(self) -> float:
        t = self.tallies
        return sum(x.f1 for x in t.values()) / len(t)

    @property
    def actor_accuracy(self) -> float | None:
        total = sum(a.actor_total for a in self.articles)
        return sum(a.actor_hits for a in self.articles) / total if total else None

    @property
    def key_recall(self) -> float | None:
        total = sum(a.key_total for a in self.articles)
        return sum(a.key_hits for a in self.articles) / total if total else None

    @property
    def summary_items_per_article(self) -> float:
        return sum(a.summary_items for a in self.articles) / len(self.articles) if self.articles else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain data (the shape of the shared scorer's ``--json``)."""
        out: dict[str, Any] = {"articles": len(self.articles)}
        for label, t in self.tallies.items():
            out[label] = {
                "precision": round(t.precision, 3),
                "recall": round(t.recall, 3),
                "f1": round(t.f1, 3),
                "tp": t.tp,
                "sys": t.system,
                "gold": t.gold,
            }
        out["macro_f1"] = round(self.macro_f1, 3)
        out["actor_accuracy"] = _round(self.actor_accuracy)
        out["key_recall"] = _round(self.key_recall)
        out["summary_items_per_article"] = round(self.summary_items_per_article, 2)
        return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def words(text: str) -> list[str]:
    """Lower-case word tokens, as the scorer compares them."""
    return _WORD.findall(text.lower())


def token_f1(a: str, b: str) -> float:
    """Word-level F1 overlap of two strings (multiset)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    left: dict[str, int] = {}
    for w in wa:
        left[w] = left.get(w, 0) + 1
    overlap = 0
    for w in wb:
        if left.get(w, 0) > 0:
            overlap += 1
            left[w] -= 1
    if not overlap:
        return 0.0
    p, r = overlap / len(wb), overlap / len(wa)
    return 2 * p * r / (p + r)


def best_sentence(quote: str, sentences: Sequence[GoldSentence]) -> int | None:
    """Index of the gold sentence ``quote`` stands for, or None below the match threshold."""
    best, best_i = 0.0, None
    for i, s in enumerate(sentences):
        f = token_f1(s.text, quote)
        if f > best:
            best, best_i = f, i
    return best_i if best >= MATCH_THRESHOLD else None


def actor_matches(system: str | None, gold: str) -> bool:
    """True when the two actor names share a word other than a title."""
    if not system:
        return False
    g = {w for w in words(gold) if w not in _STOP_TITLES}
    s = {w for w in words(system) if w not in _STOP_TITLES}
    if not g:
        g, s = set(words(gold)), set(words(system))
    return bool(g & s)


def score_article(gold: GoldArticle, briefing: Briefing) -> ArticleScore:
    """Compare the briefing made of ``gold``'s article alone with its labels."""
    sentences = gold.sentences
    tallies: dict[str, Tally] = {}
    actor_hits = actor_total = 0
    for label, key in CATEGORIES.items():
        section = briefing.section(key)
        found: dict[int, str | None] = {}
        unmatched: set[str] = set()
        for item in section.items if section else ():
            for src in item.sources:
                i = best_sentence(src.quote, sentences)
                if i is None:
                    unmatched.add(" ".join(words(src.quote)))
                else:
                    found.setdefault(i, item.actor)
        positives = {i for i, s in enumerate(sentences) if label in s.labels}
        tp = positives & found.keys()
        tallies[label] = Tally(len(tp), len(found) + len(unmatched), len(positives))
        if label in ("decision", "proposal"):
            for i in tp:
                gold_actor = sentences[i].actor
                if gold_actor:
                    actor_total += 1
                    actor_hits += actor_matches(found[i], gold_actor)
    keys = {i for i, s in enumerate(sentences) if s.key}
    quoted = {
        i for item in briefing.summary for src in item.sources if (i := best_sentence(src.quote, sentences)) is not None
    }
    return ArticleScore(gold.id, tallies, actor_hits, actor_total, len(keys & quoted), len(keys), len(briefing.summary))


def misses(gold: GoldArticle, briefing: Briefing) -> list[str]:
    """One line per disagreement with the gold, for study: missed and spurious labels, wrong actors.

    Lines read ``ARTICLE #N KIND label ... | sentence``; KIND is ``missed`` (gold label the briefing
    lacks), ``extra`` (briefing label the gold lacks; ``#?`` when the quote matches no gold sentence)
    or ``actor`` (right label, actor not matching the gold's). Same matching rules as :func:`score_article`.
    """
    sentences = gold.sentences
    out: list[str] = []
    for label, key in CATEGORIES.items():
        section = briefing.section(key)
        found: dict[int, str | None] = {}
        for item in section.items if section else ():
            for src in item.sources:
                i = best_sentence(src.quote, sentences)
                if i is None:
                    out.append(f"{gold.id} #? extra {label} | {src.quote}")
                else:
                    found.setdefault(i, item.actor)
        for i, s in enumerate(sentences):
            if label in s.labels and i not in found:
                out.append(f"{gold.id} #{i} missed {label} (gold actor {s.actor!r}) | {s.text}")
            elif i in found and label not in s.labels:
                out.append(f"{gold.id} #{i} extra {label} | {s.text}")
            elif i in found and label in ("decision", "proposal") and s.actor and not actor_matches(found[i], s.actor):
                out.append(f"{gold.id} #{i} actor {label} {found[i]!r} != {s.actor!r} | {s.text}")
    return out


def evaluate(pairs: Iterable[tuple[GoldArticle, Briefing]]) -> Evaluation:
    """Score every (gold, one-article briefing) pair and sum."""
    return Evaluation(tuple(score_article(g, b) for g, b in pairs))


def format_table(ev: Evaluation, per_article: bool = False) -> str:
    """The plain-text report printed by ``briefing eval`` (the shared scorer's layout)."""
    lines = []
    if per_article:
        for a in ev.articles:
            cells = " ".join(f"{label} {t.tp}/{t.system}/{t.gold}" for label, t in a.tallies.items())
            lines.append(f"{a.article}: {cells} key {a.key_hits}/{a.key_total}")
    lines.append(f"{'label':10} {'P':>6} {'R':>6} {'F1':>6}   tp/system/gold")
    for label, t in ev.tallies.items():
        lines.append(f"{label:10} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}   {t.tp}/{t.system}/{t.gold}")
    actor, key = _round(ev.actor_accuracy), _round(ev.key_recall)
    lines.append(
        f"actor accuracy {actor}  key recall {key}  summary items/article "
        f"{ev.summary_items_per_article:.2f}  ({len(ev.articles)} articles)"
    )
    lines.append(f"macro F1 {ev.macro_f1:.3f}")
    return "\n".join(lines)
