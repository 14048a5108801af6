"""Facts of the committed description read without parsing all of it.

openapi.yaml is 94,000 lines: PyYAML's pure-Python loader takes 15-25 s on it under load, and a
test module that read it whole at import time made every pytest process (both of `make test`'s
workers, and each range end) pay that before running anything. The top-level ``info`` block
stands alone at the top of the file, as the pipeline writes it (scripts/rebuild_spec/emit.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DESCRIPTION = ROOT / "openapi.yaml"


def info(description: Path = DESCRIPTION) -> dict[str, Any]:
    """The description's top-level ``info`` mapping, parsed alone."""
    block: list[str] = []
    with description.open(encoding="utf-8") as lines:
        for line in lines:
            if block and line[:1] not in (" ", "\n", "#", ""):
                break  # the next top-level key
            if block or line.startswith("info:"):
                block.append(line)
    parsed = yaml.safe_load("".join(block)) if block else None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("info"), dict):
        raise AssertionError(f"{description} has no top-level info block")
    found: dict[str, Any] = parsed["info"]
    return found
