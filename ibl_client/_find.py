"""Finding an operation from a few words: ``python -m ibl_client find users org``.

It searches ``generated/_index.json.gz``, written with the API reference (docs/reference/) by the
pipeline from the same parsed description, and imports none of the generated code. An
operation matches when every word is in its method name, tag, path, summary or the names of
its arguments; the ones matching in the name and path come first.

>>> [op.name for op in search(["platform", "users"])][:1]  # doctest: +SKIP
['core_platform_users_retrieve']
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from pathlib import Path

import attrs

__all__ = ["IndexedOperation", "describe", "load", "search"]

#: gzip-compressed JSON (0.3 MB of it: a quarter of what the generated tree had grown by since
#: issue 13), read in a few milliseconds.
INDEX = Path(__file__).with_name("generated") / "_index.json.gz"


@attrs.frozen
class IndexedOperation:
    """One row of the index: enough to name the call and the endpoint."""

    tag: str
    name: str
    method: str
    path: str
    summary: str
    pagination: str  # the paging style, "" when the operation does not page
    arguments: tuple[str, ...]  # as in a signature: path ones, "*", "name=" when optional

    def call(self, suffix: str = "") -> str:
        """``ibl.core.x(org, body=..., ...)``: the required arguments, ``...`` for the others."""
        rendered, keyword, optional = [], False, False
        for argument in self.arguments:
            if argument == "*":
                keyword = True
            elif argument.endswith("="):
                optional = True
            else:
                rendered.append(f"{argument}=..." if keyword else argument)
        if optional:
            rendered.append("...")
        return f"ibl.{self.tag}.{self.name}{suffix}({', '.join(rendered)})"

    def score(self, words: Sequence[str]) -> int:
        """0 when a word is missing; more for a word that is a whole part of the method name,
        less in the path, least in the summary, tag or arguments."""
        parts = self.name.lower().split("_")
        name, path = self.name.lower(), self.path.lower()
        rest = " ".join([self.tag, self.summary, *self.arguments]).lower().replace("=", "")
        total = 0
        for word in words:
            if word in parts:
                total += 4
            elif word in name:
                total += 3
            elif word in path:
                total += 2
            elif word in rest:
                total += 1
            else:
                return 0
        return total


def load(index: Path = INDEX) -> tuple[str, list[IndexedOperation]]:
    """The API version and the operations of an index file."""
    data = json.loads(gzip.decompress(index.read_bytes()))
    operations = [
        IndexedOperation(tag, name, method, path, summary, pagination, tuple(arguments))
        for tag, name, method, path, summary, pagination, arguments in data["operations"]
    ]
    return str(data["about"]["api_version"]), operations


def search(
    words: Sequence[str], operations: Sequence[IndexedOperation] | None = None
) -> list[IndexedOperation]:
    """The operations matching every word, best first; among equals, the shorter names (the
    more general operations) first, then by tag and name."""
    if operations is None:
        operations = load()[1]
    wanted = [w.lower() for w in words if w.strip()]
    scored = [(op.score(wanted), op) for op in operations]
    ranked = sorted(scored, key=lambda x: (-x[0], x[1].name.count("_"), x[1].tag, x[1].name))
    return [op for score, op in ranked if score]


def describe(operation: IndexedOperation) -> str:
    """A few lines for the terminal: the call, the endpoint, the summary, the pager."""
    lines = [operation.call(), f"    {operation.method} {operation.path}"]
    if operation.summary:
        lines.append(f"    {operation.summary}")
    if operation.pagination:
        lines.append(f"    every page: {operation.call('_iter')}")
    return "\n".join(lines)
