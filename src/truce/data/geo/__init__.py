"""Geoparsing data files (aliases, demonyms, regions, stop names)."""
