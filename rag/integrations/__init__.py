"""Adapters that let other frameworks use newsrag (each imports its framework when imported)."""
