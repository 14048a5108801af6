"""The two committed descriptions (parsed once, by tests/apidiff's fixtures), the sample
services, and facts read from the descriptions by hand, without the diff engine: what the
expected findings are derived from."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ibl_client._upgrade.scan import Surface, Use, scan
from scripts.apidiff.sdk import generate_all_tags
from tests.apidiff.conftest import ROOT, doc_3_66, doc_4_202

__all__ = ["doc_3_66", "doc_4_202"]

HERE = Path(__file__).parent
SERVICE_3_66 = HERE / "service_3_66"
SERVICE_4_202 = HERE / "service_4_202"
ALL_TAGS = generate_all_tags(ROOT / "generator-config.yaml")
_MARK = re.compile(r"^\s*# uses: (.+)$")


def marked_uses(folder: Path) -> set[tuple[str, int, str, str]]:
    """``(file, line, kind, name)`` from the ``# uses:`` comments: each names the uses of the
    next line that is not a comment."""
    expected = set()
    for file in sorted(folder.glob("*.py")):
        lines = file.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            mark = _MARK.match(line)
            if not mark:
                continue
            target = next(
                n for n in range(number + 1, len(lines) + 1) if not _MARK.match(lines[n - 1])
            )
            for item in mark[1].split(","):
                kind, name = item.split()
                expected.add((str(file), target, kind, name))
    return expected


def as_tuples(uses: list[Use]) -> set[tuple[str, int, str, str]]:
    return {(u.file, u.line, u.kind, u.name) for u in uses}


@pytest.fixture(scope="session")
def uses_3_66(doc_3_66: dict[str, Any]) -> list[Use]:
    return scan([SERVICE_3_66], Surface.of(doc_3_66, ALL_TAGS))


# -- facts, read from a description as a person would --------------------------------------


def find(doc: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """``(method, path, operation)`` of an operationId."""
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return method, path, operation
    raise LookupError(operation_id)


def has_operation_id(doc: dict[str, Any], operation_id: str) -> bool:
    try:
        find(doc, operation_id)
    except LookupError:
        return False
    return True


def shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def same_shape_exists(doc: dict[str, Any], method: str, path: str) -> bool:
    """Whether an operation of this method sits at this path, whatever its parameters' names."""
    return any(shape(p) == shape(path) and method in item for p, item in doc["paths"].items())


def expanded(doc: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every ``$ref`` replaced by what it points to (a cycle by its name)."""
    if isinstance(node, dict):
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name in seen:
                return {"cycle": name}
            return expanded(doc, doc["components"]["schemas"][name], (*seen, name))
        return {key: expanded(doc, value, seen) for key, value in node.items()}
    if isinstance(node, list):
        return [expanded(doc, item, seen) for item in node]
    return node


def identical_operation(old: dict[str, Any], new: dict[str, Any], operation_id: str) -> bool:
    """Same method, path and operation, every schema it reaches expanded."""
    method_a, path_a, op_a = find(old, operation_id)
    method_b, path_b, op_b = find(new, operation_id)
    item_a, item_b = old["paths"][path_a], new["paths"][path_b]
    return (method_a, path_a) == (method_b, path_b) and (
        expanded(old, [op_a, item_a.get("parameters")])
        == expanded(new, [op_b, item_b.get("parameters")])
    )


def uses_of(uses: list[Use], name: str) -> Iterator[Use]:
    return (u for u in uses if u.name == name)
