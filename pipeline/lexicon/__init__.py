"""Lexicons and rules are data (JSON files beside this module), each entry with a stable id.

Loaded once per process; compiled patterns are cached.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The lexicon file `<name>.json`, parsed."""
    with resources.files(__package__).joinpath(f"{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)
