"""Benchmarks of the briefing pipeline (not part of the test suite): see ``bench/run.py``."""
