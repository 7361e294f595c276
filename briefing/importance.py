"""How much a sentence matters to a reader of a one-page briefing. Pure.

A news article puts its main fact first (lead position) and names it in the headline; a
decision outweighs a proposal, which outweighs a security mention; a sentence sharing the
article's frequent words is central; the first decision or proposal reported outranks the
details that follow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence, Set
from dataclasses import dataclass

from .lexicon import Lexicon, tokenize_lower
from .model import Article, Sentence


@dataclass(frozen=True, slots=True)
class ArticleProfile:
    """Article-level statistics that importance scoring needs (words cut to 5-letter stems)."""

    title_words: frozenset[str]
    frequent: dict[str, float]  # a dict, not a Mapping: compiled (mypyc), its lookups are direct dict calls
    stopwords: frozenset[str]

    @classmethod
    def of(
        cls,
        article: Article,
        lowers: Sequence[Sequence[str]],
        stopwords: frozenset[str],
        contents: Sequence[set[str]] | None = None,
    ) -> ArticleProfile:
        """Statistics of ``article`` given its sentences' lower-case words (or their content stems)."""
        title = frozenset(content_stems(tokenize_lower(article.title or ""), stopwords))
        if contents is None:
            contents = [content_stems(words, stopwords) for words in lowers]
        # A plain dict counted in a loop (compiled by mypyc): Counter's Python-level set-up cost
        # more than the counting for an article's few hundred words.
        freq: dict[str, int] = {}
        # The highest count, kept while counting (a machine integer compared per word), not ``max(freq.values(),
        # default=1)`` afterwards (a generic call comparing int objects): counts only grow, so the last highest is
        # the highest; starting at 1 gives the default, and no count is below 1.
        top = 1
        for words in contents:
            for w in words:
                c = freq.get(w, 0) + 1
                freq[w] = c
                if c > top:
                    top = c
        return cls(title, {w: c / top for w, c in freq.items() if c > 1}, stopwords)

    def importance(
        self,
        s: Sentence,
        lowers: list[str],
        labels: set[str],
        actor: str | None,
        *,
        quoted: bool = False,
        content: set[str] | None = None,
    ) -> float:
        """Lead position, category weight, headline overlap, centrality and a named actor, summed.

        ``quoted``: the sentence is (mostly) a quotation; news quotes colour a fact the narrative
        states, so a quotation ranks below a narrative sentence of the same weight.
        """
        content = content_stems(lowers, self.stopwords) if content is None else content
        # The lead carries the main fact when it reports an act; a lead that only sets the scene
        # ("Ministers gathered in Lima for their annual meeting") leaves the fact to what follows.
        # A security mention names a topic, not an act: "The border committee met in Suva to review
        # maritime threats" sets the scene as much as an unlabelled lead (see :func:`reports_act`).
        index = s.index
        lead = LEAD_WEIGHT if index == 0 and reports_act(labels) else SCENE_LEAD_WEIGHT
        score = lead if index == 0 else 0.5 / (1 + index / 2)
        # 0.55 for a proposal (round 27, not 0.5): over 33 labelled batches a proposal's request was a key sentence
        # more often than the details it lost to (a list's item, an act dated a year ago, a treaty's standing terms):
        # +5 key sentences with each batch left out in turn, none lost.
        # Each weight or 0.0, not weight * bool (the same floats: 0.8 * True is 0.8, 0.8 * False is 0.0, summed in
        # the same order): compiled (mypyc), float arithmetic on machine doubles, not generic number calls.
        score += (
            (0.8 if "decision" in labels else 0.0)
            + (0.55 if "proposal" in labels else 0.0)
            + (0.4 if "security" in labels else 0.0)
        )
        title_words = self.title_words
        # One pass over the content words for both terms: how many are headline words (``len(content &
        # title_words)``, without the set it built) and the frequencies of those the article repeats. fsum of those
        # alone is fsum of every word's frequency or 0.0 (as ``map(frequent.get, content, repeat(0.0))`` gave): the
        # sum is exact, and exact zeros add nothing to it.
        shared = 0
        weights: list[float] = []
        frequent = self.frequent
        for w in content:
            if w in title_words:
                shared += 1
            weight = frequent.get(w)
            if weight is not None:
                weights.append(weight)
        if title_words and content:
            score += 0.8 * float(shared) / float(len(title_words))
        if content:
            # fsum: exact, so the set's iteration order (which varies with the hash seed) cannot
            # change the last bit, and two processes always rank the same sentences alike.
            size = len(content)
            root = _ROOTS[size] if size < _ROOTS_SIZE else size**0.5
            score += 0.6 * math.fsum(weights) / (root * 3.0)
        if actor is not None:
            score += 0.15  # was 0.15 * (actor is not None): adding 0.0 leaves a positive score as it is
        if len(lowers) < 8:
            score -= 0.4
        if quoted:
            score -= QUOTE_COST
        return round4(score)


#: ``n ** 0.5`` for the set sizes a sentence's content words have (``math.sqrt`` is not it: C's ``pow``, which ``**``
#: calls, differs from the correctly rounded root in the last bit for some integers, 2921 the first), worked out
#: by ``**`` itself once: a table lookup in place of a generic power call per sentence scored.
_ROOTS_SIZE = 256
_ROOTS: tuple[float, ...] = tuple(n**0.5 for n in range(_ROOTS_SIZE))


#: ``round4`` takes its shortcut for scaled values below this (2**20): there a float's spacing is at most 2**-32.
_ROUND4_REACH = 1048576.0


def round4(x: float) -> float:
    """``round(x, 4)``, without its decimal conversion (a string formatted and parsed back: about a
    microsecond, for every sentence scored and every item made) when ``x * 10000`` is no tie.

    Exact: ``round`` gives the float nearest to ``n / 10**4``, ``n`` the integer nearest to the exact
    ``x * 10**4``. Below ``_ROUND4_REACH`` the computed ``y = x * 10000.0`` is within 2**-33 of the exact
    product and its fraction is exact, so a fraction farther than 1e-4 from one half rounds the same way
    as the exact product; ``n / 10000.0`` (two exact floats, division correctly rounded) is then that
    float. A zero keeps ``x``'s sign, as ``round`` does ("-0.0"). Anything else goes to ``round``.
    """
    y = x * 10000.0
    if -_ROUND4_REACH < y < _ROUND4_REACH:
        a = y if y >= 0.0 else -y
        n = int(a)
        fraction = a - n
        if fraction < 0.4999 or fraction > 0.5001:
            if fraction > 0.5:
                n += 1
            if n == 0:
                return math.copysign(0.0, x)
            return n / 10000.0 if y >= 0.0 else -n / 10000.0
    return round(x, 4)


#: What the first sentence gains for its position when it reports an act (a decision, proposal, ...).
LEAD_WEIGHT = 1.2
#: ... and when it reports none: a scene-setting lead, whose news comes in the sentences after it.
#: A lead labelled only "security" reports none (round 27: see :func:`reports_act`).
SCENE_LEAD_WEIGHT = 0.8

#: ... and when it reports none but the article reports a decision within :data:`SCENE_REACH` sentences of
#: it: "A meeting of the commission was held in Dashoguz" then "The sides approved ...". The act that follows
#: is the news, so the lead that only names the occasion ranks as a plain sentence, not above the act.
#: A lead followed by no early decision (a feature's "Fourteen carvings arrived home on Friday", an
#: analysis's opening scene) keeps :data:`SCENE_LEAD_WEIGHT`: it may be the only statement of the news.
FOLLOWED_SCENE_LEAD_WEIGHT = 0.4
#: How many sentences after the lead the decision that makes it a scene-setting lead may stand.
SCENE_REACH = 4

#: What a quotation loses against a narrative sentence (see :meth:`ArticleProfile.importance`).
QUOTE_COST = 0.4

#: News puts the main fact first: the first decision (or proposal) an article reports outranks later details.
FIRST_REPORT_BONUS = 0.3


#: Words opening a noun phrase that names something the reader was already told ("The agreement",
#: "These documents", "Both accords"); "a"/"an" introduce a new one ("A memorandum was also signed").
_GIVEN = frozenset(["the", "this", "that", "these", "those", "both", "all"])
_PASSIVE = frozenset(["was", "were"])
_PERFECT = frozenset(["has", "have", "had"])
#: How far into the sentence the passive auxiliary may stand ("These three intergovernmental documents were").
_SUBJECT_REACH = 7


def restates_act(lowers: Sequence[str], cue: int, lex: Lexicon) -> bool:
    """'The agreement was reached at a two-day meeting that ended in Mwanza', 'The memorandum was signed
    by the ministers of ...', 'These documents were signed during the visit': a definite noun phrase naming
    a concluded text (``decision.objects`` or ``decision.terms_nouns``), then a passive of the act at the
    sentence's decision cue ``cue``. Told after the act was reported, such a sentence adds only who, where
    and when: the news is the act, which the summary already holds.

    Not 'A memorandum on defence was also signed' (indefinite: a further act), 'The ministers were briefed'
    (no text), 'The plan was welcomed by Kenya, which agreed to join' (the decision is a later clause's).
    The caller checks that a decision was reported before and that the sentence is no list's lead-in.
    """
    if not lowers or lowers[0] not in _GIVEN:
        return False  # most sentences stop here
    for k in range(2, min(len(lowers), _SUBJECT_REACH)):
        word = lowers[k]
        perfect = word == "been" and lowers[k - 1] in _PERFECT
        if word not in _PASSIVE and not perfect:
            continue
        named = False  # the subject names a concluded text (a plain loop: no generator for mypyc to build)
        for w in lowers[1 : k - 1 if perfect else k]:
            if w in lex.decision_objects or w in lex.terms_nouns:
                named = True
                break
        if not named:
            return False
        j = k + 1
        while j < len(lowers) and (lowers[j] in lex.adverbs or lowers[j].endswith("ly")):
            j += 1  # "was formally signed", "were also initialled"
        return j < len(lowers) and cue <= j
    return False


#: Labels that name a topic a sentence is about, not an act it reports (see :func:`reports_act`).
TOPIC_LABELS = frozenset(["security"])


def reports_act(labels: Set[str]) -> bool:
    """Whether a sentence with ``labels`` reports an act: any label but a topic's (a decision, a proposal, a
    user section's). "The security committee held its annual session in Suva" is labelled security for what it
    is about, and as a lead it only sets the scene: the committee's decisions and proposals that follow are the
    news. Round 27: over 33 labelled batches, ranking such leads as scene-setting gained 6 key sentences
    (leave-one-batch-out +6, no batch down by more than one).
    """
    return not labels <= TOPIC_LABELS


def content_stems(words: Sequence[str], stopwords: frozenset[str]) -> set[str]:
    """Content words cut to five letters, a crude stemmer ("signing", "signature" -> "signi")."""
    return {w[:5] for w in words if len(w) > 2 and w not in stopwords}
