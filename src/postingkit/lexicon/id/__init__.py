"""Vocabulary: see postingkit/lexicon/__init__.py."""
