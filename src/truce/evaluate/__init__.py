"""Scoring against gold files (formats in docs/evaluation.md)."""
