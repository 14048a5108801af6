"""The generated tree's size: bytes and files of ``ibl_client/generated``, and its largest group.

Every byte there is read by review, by type checkers, and compiled on import where there is no
bytecode. The size of what regeneration writes depends only on the description and the
templates, so the figures before issue 13 (tag groups in the tag packages' ``__init__``, each
operation's docstring written five times) were measured once with that pipeline (commit
7381389) and are recorded here, each tied to the API version it was measured on; a version
without a record is reported without a comparison.

    python -m bench.tree
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs

from . import env, report

PACKAGE = env.ROOT / "ibl_client" / "generated"
MAX_SHARE_OF_BEFORE = 0.5


@attrs.frozen
class Size:
    files: int  # without __pycache__; bytes are the files' own (no folder entries, unlike du)
    tree: int
    largest_tag: str
    largest_group: int  # bytes of that tag's group module


# Before issue 13, as `make generate` wrote it. 4.202.2: the tree main held just before issue 13
# was merged (commit 26d2422d: `git ls-tree -r -l 26d2422d -- ibl_client/generated`), issue 11's
# per-call arguments included, as they are in the tree measured now. 3.66.0: measured at commit
# 7381389, before issue 11 too (so a 3.66.0 tree now, with those arguments, compares high).
BEFORE: dict[str, Size] = {
    "3.66.0-ai-plus": Size(2179, 15_053_699, "ai_analytics", 1_004_655),
    "4.202.2-ai-plus": Size(2963, 23_922_679, "ai_mentor", 1_768_760),
}


def group_module(tag_folder: Path) -> Path:
    """The module holding a tag's group classes: ``_group.py`` now, ``__init__.py`` before."""
    module = tag_folder / "_group.py"
    return module if module.exists() else tag_folder / "__init__.py"


def largest_tag(package: Path = PACKAGE) -> str:
    """The tag whose group module has the most bytes (the costliest to import)."""
    folders = [f for f in (package / "api").iterdir() if (f / "__init__.py").exists()]
    return max(folders, key=lambda f: group_module(f).stat().st_size).name


def one_operation(tag: str, package: Path = PACKAGE) -> str:
    """The first operation module of a tag, by name."""
    names = sorted(
        m.stem for m in (package / "api" / tag).glob("*.py") if not m.name.startswith("_")
    )
    return names[0]


def measure(package: Path = PACKAGE) -> Size:
    files = [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    tag = largest_tag(package)
    return Size(
        files=len(files),
        tree=sum(p.stat().st_size for p in files),
        largest_tag=tag,
        largest_group=group_module(package / "api" / tag).stat().st_size,
    )


def api_version(package: Path = PACKAGE) -> str:
    text = (package / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^API_VERSION = "([^"]+)"$', text, re.MULTILINE)
    return match[1] if match else "unknown"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.2f} MB"


def run() -> None:
    version = api_version()
    now = measure()
    before = BEFORE.get(version)
    report.heading(f"0. Generated tree (API {version})")
    rows = [
        [
            "now",
            _mb(now.tree),
            f"{now.files:,}",
            f"{now.largest_tag} {_mb(now.largest_group)}",
        ]
    ]
    if before is not None:
        rows.append(
            [
                "before issue 13",
                _mb(before.tree),
                f"{before.files:,}",
                f"{before.largest_tag} {_mb(before.largest_group)}",
            ]
        )
    print(report.table(["tree", "bytes", "files", "largest tag group module"], rows))
    if before is None:
        print(f"(no recorded figures for API {version}: nothing to compare with)")
        return
    share = now.tree / before.tree
    print(f"now / before: {share:.1%} of the bytes")
    report.target(
        "generated tree size",
        f"≤ {MAX_SHARE_OF_BEFORE:.0%} of before issue 13 ({_mb(before.tree)})",
        f"{_mb(now.tree)} = {share:.1%}",
        share <= MAX_SHARE_OF_BEFORE,
    )


if __name__ == "__main__":
    run()
