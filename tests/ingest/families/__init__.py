"""Generators of document families with their facts known by construction (frame.py is the shared part)."""
