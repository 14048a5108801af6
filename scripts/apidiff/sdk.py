"""SDK names: moved to ``ibl_client._apidiff.sdk`` (the diff engine ships with the SDK, for
``python -m ibl_client upgrade-check``), re-exported here; and the generator setting that
decides which groups have an operation, read from generator-config.yaml by the pipeline."""

from __future__ import annotations

from pathlib import Path

import yaml

from ibl_client._apidiff.sdk import *  # noqa: F403
from ibl_client._apidiff.sdk import __all__ as _moved

__all__ = [*_moved, "generate_all_tags"]


def generate_all_tags(config: Path) -> bool:
    """The generator's ``generate_all_tags`` setting in a generator-config.yaml."""
    if not config.exists():
        return False
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    return isinstance(settings, dict) and settings.get("generate_all_tags") is True
