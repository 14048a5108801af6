"""``python -m scripts.apidiff OLD.yaml NEW.yaml [--json out.json] [--markdown out.md]
[--changelog out.md [--sdk-version X.Y.Z]] [--all-tags | --first-tag]``.

Prints the summary line and always exits 0: a diff is information, and whether breaking
changes are acceptable is decided by whoever reads it (the versioning rule turns them into
a major release rather than a failure).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ibl_client._apidiff.diff import diff_specs
from scripts.apidiff.changelog import render_changelog_entry
from scripts.apidiff.render import render_json, render_markdown
from scripts.apidiff.sdk import generate_all_tags
from scripts.obtain import load_yaml

GENERATOR_CONFIG = Path(__file__).resolve().parents[2] / "generator-config.yaml"


def load_spec(path: Path) -> dict[str, Any]:
    """Parse a YAML (or JSON) description, with libyaml when present: the pure-Python loader
    alone takes seconds on a 1,000-operation document."""
    doc = load_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise SystemExit(f"{path}: not an OpenAPI document")
    return doc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m scripts.apidiff", description=__doc__)
    parser.add_argument("old", type=Path, help="previous openapi.yaml")
    parser.add_argument("new", type=Path, help="new openapi.yaml")
    parser.add_argument("--json", type=Path, help="write the machine report here")
    parser.add_argument("--markdown", type=Path, help="write the human report here")
    parser.add_argument("--changelog", type=Path, help="write the CHANGELOG entry here")
    parser.add_argument(
        "--sdk-version", default="UNRELEASED", help="the SDK version the CHANGELOG entry names"
    )
    tags = parser.add_mutually_exclusive_group()
    tags.add_argument(
        "--all-tags",
        dest="all_tags",
        action="store_true",
        default=None,
        help="the SDK has an operation in every tag's group (default: generator-config.yaml's "
        "generate_all_tags)",
    )
    tags.add_argument(
        "--first-tag", dest="all_tags", action="store_false", help="only in its first tag's group"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Diff, write the requested reports, print the summary line."""
    args = _parser().parse_args(argv)
    all_tags = generate_all_tags(GENERATOR_CONFIG) if args.all_tags is None else args.all_tags
    report = diff_specs(load_spec(args.old), load_spec(args.new), all_tags=all_tags)
    if args.json:
        args.json.write_text(render_json(report), encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(render_markdown(report), encoding="utf-8")
    if args.changelog:
        entry = render_changelog_entry(report, args.sdk_version, report.new_version)
        args.changelog.write_text(entry, encoding="utf-8")
    print(report.summary_line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
