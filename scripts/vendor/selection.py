"""Step "select": which operations of the description a vendored copy keeps.

A user names tags and operationIds as they read them in the docs or in the SDK, so a tag is
accepted in either spelling, `ai-analytics` (the description) or `ai_analytics` (the client
attribute). A name the description does not hold stops the run with the closest names it does
hold: a typo must not quietly vendor a copy without the endpoint the service needs.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ibl_client._upgrade.scan import Surface, Use, scan, used_operations

from ..apidiff.sdk import generate_all_tags
from ..errors import PipelineError
from ..normalise import operations
from ..release import GENERATOR_CONFIG

STEP = "select"


def operation_tags(document: dict[str, Any]) -> dict[str, list[str]]:
    """operationId -> its tags, in description order (operations without an id are skipped)."""
    return {
        operation["operationId"]: list(operation.get("tags") or [])
        for _method, _path, operation in operations(document)
        if isinstance(operation.get("operationId"), str)
    }


def resolve(
    document: dict[str, Any], tags: Iterable[str], operation_ids: Iterable[str]
) -> tuple[list[str], list[str]]:
    """The selected operationIds (description order) and the tags as the description spells them.

    An operation is selected when it carries one of `tags` or is named in `operation_ids`.
    """
    by_operation = operation_tags(document)
    known_tags = sorted({tag for tags_of in by_operation.values() for tag in tags_of})
    spelled = {tag: tag for tag in known_tags} | {tag.replace("-", "_"): tag for tag in known_tags}

    wanted_tags = [spelled.get(tag, tag) for tag in tags]
    wanted_operations = list(operation_ids)
    problems = _unknown("tag", wanted_tags, known_tags) + _unknown(
        "operation", wanted_operations, list(by_operation)
    )
    if problems:
        raise PipelineError(STEP, "\n  ".join(["unknown names:", *problems]))
    if not wanted_tags and not wanted_operations:
        raise PipelineError(STEP, "choose at least one --tag or --operation")

    tag_set, operation_set = set(wanted_tags), set(wanted_operations)
    selected = [
        operation_id
        for operation_id, tags_of in by_operation.items()
        if operation_id in operation_set or tag_set.intersection(tags_of)
    ]
    return selected, sorted(tag_set)


def _unknown(kind: str, names: list[str], known: list[str]) -> list[str]:
    """One line per name not in `known`, with up to five close matches to choose from."""
    known_set = set(known)
    lines = []
    for name in names:
        if name in known_set:
            continue
        close = difflib.get_close_matches(name, known, n=5, cutoff=0.6)
        hint = f"did you mean {', '.join(close)}?" if close else "no similar name"
        lines.append(f"{kind} {name!r} is not in the description; {hint}")
    return lines


def from_code(
    document: dict[str, Any], paths: Sequence[Path], packages: Sequence[str]
) -> tuple[list[str], list[Use]]:
    """`--from-code`: the operationIds a service's code calls (description order), and the
    model classes it imports, found by the upgrade check's scanner (ibl_client/_upgrade/).

    The code may import the full SDK or a vendored copy (`packages`). A folder without any
    call stops the run: the copy would hold nothing the service uses.
    """
    surface = Surface.of(document, generate_all_tags(GENERATOR_CONFIG))
    try:
        uses = scan(paths, surface, packages)
    except (OSError, SyntaxError) as exc:
        raise PipelineError(STEP, f"--from-code: {exc}") from exc
    called = {surface.operation_ids[name] for name in used_operations(uses)}
    if not called:
        shown = ", ".join(str(path) for path in paths)
        raise PipelineError(
            STEP, f"--from-code {shown}: no call of the SDK found (packages {list(packages)})"
        )
    ordered = [op for op in operation_tags(document) if op in called]
    return ordered, [use for use in uses if use.kind == "model"]


def missing_models(models: Sequence[Use], package_dir: Path) -> list[str]:
    """The imported models a written copy does not hold, ``Name (file:line)``."""
    index = (package_dir / "generated" / "models" / "__init__.py").read_text(encoding="utf-8")
    held = set(re.findall(r"^(\w+):\w+$", index, re.MULTILINE))
    return [f"{use.name} ({use.where})" for use in models if use.name not in held]
