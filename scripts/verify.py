"""Step 7: verify the generated tree before it replaces the committed one.

The generator can skip an operation it cannot parse and still exit successfully, so every
operation of the description must be found in the generated tree, once. In check mode the
freshly generated tree must equal the committed one byte for byte.
"""

from __future__ import annotations

import filecmp
import re
from pathlib import Path
from typing import Any

from .errors import PipelineError
from .normalise import operations

STEP = "verify"
#: The id in the module's descriptor: `OPERATION: <its type> = Operation("<id>", ...)`.
_OPERATION_ID = re.compile(r'^OPERATION: .*? = Operation\(\s*"([^"]+)"', re.M | re.S)
# Each function defined (`def`, `async def`) or derived
# (`sync: Final = unwrapped(sync_detailed, OPERATION)`).
_FUNCTIONS = {
    name: re.compile(rf"^(?:(?:async )?def {name}\(|{name}(?:: Final)? = )", re.MULTILINE)
    for name in ("sync_detailed", "sync", "asyncio_detailed", "asyncio")
}


def generated_operations(package: Path) -> dict[str, Path]:
    """operationId -> module, for every generated operation module."""
    found: dict[str, Path] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name.startswith("_"):  # the tag's `__init__` and its group module
            continue
        text = module.read_text(encoding="utf-8")
        match = _OPERATION_ID.search(text)
        if match is None:
            raise PipelineError(STEP, f"{module} has no OPERATION descriptor")
        missing = [name for name, defined in _FUNCTIONS.items() if not defined.search(text)]
        if missing:
            raise PipelineError(STEP, f"{module} lacks {', '.join(missing)}")
        if match[1] in found:
            raise PipelineError(STEP, f"operation {match[1]} generated twice: {found[match[1]]}")
        found[match[1]] = module
    return found


def check_coverage(document: dict[str, Any], package: Path) -> dict[str, int]:
    """Every operation of the description has exactly one generated module, and nothing else."""
    wanted = {op.get("operationId", f"{m} {p}"): (m, p) for m, p, op in operations(document)}
    found = generated_operations(package)
    missing = sorted(set(wanted) - set(found))
    extra = sorted(set(found) - set(wanted))
    if missing:
        shown = ", ".join(f"{wanted[o][0].upper()} {wanted[o][1]} ({o})" for o in missing[:10])
        raise PipelineError(STEP, f"{len(missing)} operation(s) not generated: {shown}")
    if extra:
        raise PipelineError(STEP, f"generated operations not in the description: {extra[:10]}")
    models = [m for m in (package / "models").glob("*.py") if m.name != "__init__.py"]
    return {"operations": len(wanted), "generated": len(found), "models": len(models)}


def tree_differences(fresh: Path, committed: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed)."""
    if not committed.exists():
        return ["(no committed tree)"]
    differences: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        differences.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        differences.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(fresh, committed, ignore=["__pycache__"]), "")
    return sorted(d for d in differences if not d.endswith("__pycache__"))
