"""The cue gates of classify (``_CueGates``) skip a rule family only when it cannot fire.

A gate restates the opening test of each detector a family tries; these tests check that every
detector has its gate, that each gate passes on a sentence its detector fires on, that a sentence
failing a gate gets None from the detector, and that the gated reading of every sentence of the
repository's articles is the ungated one.
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import classify
from briefing.errors import BriefingError
from briefing.lexicon import Lexicon, load_lexicon
from briefing.readers import read_file
from briefing.rules import decisions, proposals, security
from briefing.rules.decisions import decision_cue
from briefing.rules.proposals import proposal_cue, reported_proposal
from briefing.rules.security import is_security
from briefing.sentences import split_article
from briefing.tokens import tokens

_LEX = load_lexicon()
_GATES = classify._cue_gates(_LEX)
_RULES = Path(__file__).parent.parent / "briefing" / "rules"


_ARITY: dict[str, int] = {}  # how many of (lowers, lex) each detector takes, as its family calls it


def _family(module: str, function: str) -> tuple[set[str], set[str]]:
    """(detectors, cue lists) of a family function: the module functions whose answer on the sentence's words
    alone it keeps (``k = f(lowers, lex)``, ``(k := f(lowers))``, or listed in a tuple it loops over) and the cue lists
    whose matches it loops over (``for i, phrase in found.get(NAME, ())``)."""
    tree = ast.parse((_RULES / f"{module}.py").read_text(encoding="utf-8"))
    func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function)
    defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    # tuples of detectors made once at module level and looped over by name (decisions._VERB_DETECTORS)
    constants = {
        n.target.id if isinstance(n, ast.AnnAssign) else n.targets[0].id: n.value
        for n in tree.body
        if isinstance(n, (ast.Assign, ast.AnnAssign))
        and isinstance(n.target if isinstance(n, ast.AnnAssign) else n.targets[0], ast.Name)
        and isinstance(n.value, ast.Tuple)
    }
    looped_over = [
        constants[n.iter.id]
        for n in ast.walk(func)
        if isinstance(n, ast.For) and isinstance(n.iter, ast.Name)
        if n.iter.id in constants
    ]
    detectors: set[str] = set()
    lists: set[str] = set()
    for node in [*ast.walk(func), *(n for t in looped_over for n in ast.walk(t))]:
        # a detector's cue is kept (``k = f(lowers, lex)``, ``(k := f(lowers))``); a blocker's answer is only tested
        call = node.value if isinstance(node, (ast.Assign, ast.NamedExpr)) else None
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in defined:
            args = [a.id for a in call.args if isinstance(a, ast.Name)]
            if args in (["lowers", "lex"], ["lowers"]) and len(call.args) == len(args) and not call.keywords:
                detectors.add(call.func.id)
                _ARITY[call.func.id] = len(args)
        if isinstance(node, ast.Tuple):
            detectors.update(e.id for e in node.elts if isinstance(e, ast.Name) and e.id in defined)
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Call):
            loop = node.iter
            if isinstance(loop.func, ast.Attribute) and loop.func.attr == "get" and loop.args:
                first = loop.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    lists.add(first.value)
    return detectors, lists


@pytest.mark.parametrize(
    ("module", "function", "openings", "lists"),
    [
        ("decisions", "decision_cue", _GATES.decision, classify._DECISION_LISTS),
        ("proposals", "proposal_cue", _GATES.proposal, classify._PROPOSAL_LISTS),
    ],
)
def test_every_detector_of_a_family_has_its_gate(module: str, function: str, openings: tuple, lists: tuple) -> None:
    # A detector added to the family without a gate here would be skipped on every sentence: name it.
    detectors, looped = _family(module, function)
    assert detectors, "the family's detectors were not found: the parser above needs updating"
    assert detectors == {o.rule for o in openings}, f"add an _Opening in classify._CueGates for {detectors}"
    assert looped <= set(lists), f"add the cue lists {looped - set(lists)} to classify's gate lists"


#: A sentence each detector fires on (from the detectors' own docstrings): the gate must let it through.
_FIRING = {
    "_welcomed_decision": "The ministers welcomed the decision of the Council to extend the mission.",
    "_listed_text": "Among the seven instruments signed is an agreement on defence industry cooperation.",
    "_mission_opened": "Canada's consulate in Nuuk, its first mission in Greenland, opened in 2025.",
    "_appointment": "Raghavan was named India's BRICS sherpa by the government.",
    "_negotiation_step": "Montenegro provisionally closed five more chapters of its accession negotiations.",
    "_split_report": "The decision to create the bank in principle was taken at the summit.",
    "_terms_frame": "Under the new rules, lorries may cross at night.",
    "_late_frame": "Each country will contribute 500 troops to a joint brigade under the pact.",
    "_signed_under": "The service runs under a bus agreement signed by the transport ministries of Nepal and India.",
    "_vote": "The parliament voted 120 to 3 to approve the treaty.",
    "_by_gerund": "The leaders ended the dispute by signing a protocol.",
    "_announced_measure": "The government announced new sanctions on tankers.",
    "_emphatic_act": "They did sign the protocol in May.",
    "_order_or_setting": "The court ordered Venezuela to refrain from any action.",
    "_closure": "Lithuania shut its border crossings with Belarus.",
    "_captives_exchanged": "The two sides swapped 40 prisoners on Friday.",
    "_settlement": "Ruritania and Borduria settled their sea boundary in a 2011 exchange of notes.",
    "_designation": "Washington designated six cartels as foreign terrorist organisations.",
    "_office_handed": "Ruritania handed the rotating chairmanship of the union to Borduria.",
    "_listing": "The ministers added nine tankers to the bloc's sanctions list.",
    "_diplomatic_act": "Poland expelled two Russian diplomats.",
    "_withdrawal": "Niger withdrew from the Multinational Joint Task Force.",
    "_membership_act": "Borduria left the regional defence alliance in 2019.",
    "_dated_state_act": "In June 2025 the government nationalised the copper mine at Port Vesna.",
    "_ranked_act": "Ruritania was the second country to ratify the convention.",
    "_court_ruling": "The Court of Arbitration ruled that India must share the river data.",
    "_witnessed_act": "The two presidents witnessed the signing of five agreements in the capital.",
    "_regime_changed": "The Union Home Ministry scrapped the Free Movement Regime in February 2024.",
    "_measure_kept": "Ruritania has kept its embargo on Borduria in force since 2019.",
    "_status_raised": "The two countries upgraded their relations to a Comprehensive Strategic Partnership in 2023.",
    "_stated_proposal": "Our proposal is to open a border post at the lake.",
    "_wanted_act": "The mayor also wants the state to compensate the plants.",
    "_wanted_act would like": "The mayor would like the state to compensate the plants.",
    "_sought_backing": "The Bangladesh side sought Kuwait's support for its candidature.",
    "_declared_support": "The ministers confirmed their joint support for Finland's candidature.",
    "_declared_readiness": "The Japanese side confirmed its readiness to fund the new port terminal.",
    "_pressing": "Kuwait is also pressing Iraq to respect the boundary.",
    "_offer_made": "Chile remains ready to host the next round of talks in Santiago.",
    "_backed_course": "Norway supports the initiative of Iceland to protect the fisheries of the Arctic.",
    "_specific_need": "We need two more patrol boats on the lake by June.",
}


def _opening(rule: str) -> classify._Opening:
    return next(o for o in (*_GATES.decision, *_GATES.proposal) if o.rule == rule)


def _run(rule: str, lowers: list[str], lex: Lexicon = _LEX) -> object:
    """The detector ``rule`` of rules.decisions or rules.proposals on ``lowers``, called as its family calls it."""
    if not _ARITY:
        _family("decisions", "decision_cue")
        _family("proposals", "proposal_cue")
    detector = getattr(decisions, rule, None) or getattr(proposals, rule)
    return detector(lowers, lex) if _ARITY.get(rule, 2) == 2 else detector(lowers)


def _lowers(text: str) -> list[str]:
    return [t.lower for t in tokens(text)]


@pytest.mark.parametrize("example", sorted(_FIRING))
def test_a_gate_lets_through_what_its_detector_fires_on(example: str) -> None:
    rule = example.split()[0]  # "_wanted_act would like": a second example of one detector
    lowers = _lowers(_FIRING[example])
    hits = _GATES.words.intersection(lowers)
    assert _run(rule, lowers) is not None  # the example is one the detector fires on
    assert _opening(rule).passes(lowers, hits)


def test_every_detector_has_a_firing_example() -> None:
    assert {example.split()[0] for example in _FIRING} == {o.rule for o in (*_GATES.decision, *_GATES.proposal)}


# Words that open the detectors' tests, and words around them: random sentences from them pass and fail
# each gate in every combination.
_POOL = sorted(
    {
        *(w for text in _FIRING.values() for w in _lowers(text)),
        *("by", "setting", "under", "will", "among", "as", "in", "we", "i", "need", "what", "should", "said"),
        *("security", "border", "-", "the", "a", "not", "did", "force", "votes", "took", "set", "cut"),
    }
)
_SENTENCE = st.lists(st.sampled_from(_POOL), min_size=0, max_size=14)


@settings(max_examples=400, deadline=None)
@given(_SENTENCE)
def test_a_sentence_failing_a_gate_gets_none_from_its_detector(words: list[str]) -> None:
    lowers = [w for w in words if w != "-"]
    hits = _GATES.words.intersection(lowers)
    for opening in (*_GATES.decision, *_GATES.proposal):
        if not lowers or not opening.passes(lowers, hits):
            assert _run(opening.rule, lowers) is None, opening.rule


def _gated_agrees(text: str) -> None:
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    found = _LEX.cues.scan(lowers)
    hits = _GATES.words.intersection(lowers)
    if not _GATES.may_decide(lowers, hits, found):
        assert decision_cue(lowers, _LEX, found) is None, text
    # asking only the detectors whose gate passes finds the cue asking all of them finds
    able = classify._passing(_GATES.decision_index, lowers, hits)
    assert decision_cue(lowers, _LEX, found, able=able) == decision_cue(lowers, _LEX, found), text
    # the same for proposal_cue (speed round 16a: _read asks only the proposal detectors whose gate passes)
    passed = classify._passing(_GATES.proposal_index, lowers, hits)
    assert proposal_cue(lowers, _LEX, found, able=passed) == proposal_cue(lowers, _LEX, found), text
    if _GATES.texts.isdisjoint(hits):
        assert classify._text_call(text, toks, lowers, _LEX) is None, text
    if _GATES.context.isdisjoint(lowers):
        # analyse_article skips the article-context security rules on such a sentence: each must say no
        assert not security.civil_watch_named(lowers, _LEX), text
        assert not security.fixes_border(lowers, _LEX), text
        assert not security.marker_anaphor(lowers, _LEX), text
        assert not security.withdrawal_anaphor(lowers, [frozenset(["border", "troops"])], _LEX), text
        assert not security.barrier_anaphor(toks, lowers, [frozenset(["border", "troops"])], _LEX), text
    if not _GATES.may_propose(lowers, hits, found):
        assert proposal_cue(lowers, _LEX, found) is None, text
    if _GATES.modals.isdisjoint(hits):
        assert reported_proposal(text, toks, lowers, _LEX) is None, text
    if "security_terms" not in found and "-" not in text and _GATES.security.isdisjoint(hits):
        assert not is_security(text, toks, lowers, _LEX, found), text


@settings(max_examples=300, deadline=None)
@given(_SENTENCE)
def test_a_family_gated_off_returns_nothing(words: list[str]) -> None:
    _gated_agrees(" ".join(words).capitalize() + ".")


def _repository_sentences() -> list[str]:
    root = Path(__file__).parent / "data"
    texts: list[str] = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".txt", ".md", ".html"):
            continue
        try:
            article = read_file(path, max_bytes=10_000_000, today=dt.date(2026, 1, 5))
        except (OSError, ValueError, BriefingError):
            continue  # a fixture that is bad input on purpose
        texts += [s.text for s in split_article(article)]
    return texts


def test_gates_agree_on_every_sentence_of_the_repository_articles() -> None:
    texts = _repository_sentences()
    assert len(texts) > 500
    for text in texts:
        _gated_agrees(text)


def test_the_gates_follow_a_users_lexicon() -> None:
    # A user's lexicon with another appointment verb: its gate reads the user's list, not the default one.
    import dataclasses

    lex = dataclasses.replace(_LEX, appointment_verbs=_LEX.appointment_verbs | {"anointed"})
    gates = classify._cue_gates(lex)
    lowers = _lowers("Raghavan was anointed India's BRICS sherpa by the government.")
    assert decisions._appointment(lowers, lex) is not None
    assert any(o.rule == "_appointment" and o.passes(lowers, gates.words.intersection(lowers)) for o in gates.decision)


def test_the_cue_scan_finds_what_one_pass_per_list_finds_on_every_repository_sentence() -> None:
    # The gates read which lists matched from the one-pass scan: it must find what each list finds alone.
    from briefing.lexicon import PhraseSet

    lists: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}  # each list of the index, on its own
    for first, entries in _LEX.cues.by_first.items():
        for name, group in entries:
            lists.setdefault(name, {})[first] = group
    assert len(lists) > 10
    for text in _repository_sentences():
        lowers = _lowers(text)
        found = _LEX.cues.scan(lowers)
        for name, by_first in lists.items():
            assert found.get(name, []) == PhraseSet(by_first).find_all(lowers), (name, text)
