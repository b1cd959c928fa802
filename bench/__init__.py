"""Corpus generator with its own gold, and the benchmarks (not part of the test run)."""
