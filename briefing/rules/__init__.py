"""The sentence rules of :mod:`briefing.classify`, one module per thing decided.

Dependency order (each module imports only those before it): ``clauses`` (shared clause
grammar) -> ``context`` (what the article around a sentence says) -> ``security`` ->
``proposals`` -> ``decisions`` -> ``actor_choice``; :mod:`briefing.classify` is the entry point
that runs them and caches the readings.
"""
