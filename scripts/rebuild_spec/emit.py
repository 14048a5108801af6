"""Write the document as YAML that is byte-for-byte stable between runs.

Key order is the order the document was built in (``document`` already sorts paths and
schemas), anchors are never used, and multi-line text is written as literal blocks so that
descriptions stay readable in diffs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class _StableDumper(yaml.SafeDumper):
    """SafeDumper without anchors: shared sub-objects must be written out in full."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    """Multi-line strings as ``|`` blocks; PyYAML cannot block-quote trailing spaces."""
    if "\n" in value and not any(line != line.rstrip() for line in value.split("\n")):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_StableDumper.add_representer(str, _represent_str)


def to_yaml(document: dict[str, Any]) -> str:
    """Serialise ``document`` deterministically."""
    text: str = yaml.dump(
        document,
        Dumper=_StableDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return text


def write_yaml(document: dict[str, Any], path: Path) -> None:
    """Write ``document`` to ``path`` with a trailing newline and Unix line endings."""
    path.write_text(to_yaml(document), encoding="utf-8", newline="\n")
