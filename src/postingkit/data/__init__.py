"""Lookup tables kept apart from code: heading vocabularies, language, country and currency aliases."""
