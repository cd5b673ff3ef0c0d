"""Patterns compiled once per process.

The extraction rules write their patterns where they are used (``_rx(r"…").search(text)``).
``re.search(pattern, …)`` would compile them too, but looks each one up again on every call
and keeps only 512 patterns for the whole program, fewer than the rules use, so some were
compiled again and again: this cache keeps every pattern, and a lookup costs a quarter as much.
Only literal patterns go through it (a pattern built from data would grow it without bound).
"""
from __future__ import annotations

import re
from functools import lru_cache

compiled = lru_cache(maxsize=None)(re.compile)
