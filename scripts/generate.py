"""Regenerate the SDK: obtain -> validate -> overlay -> normalise -> generate -> format -> verify.

    python -m scripts.generate                     # from the committed openapi.yaml
    python -m scripts.generate --file schema.json  # from a saved description (YAML or JSON)
    python -m scripts.generate --url https://base.manager.iblai.app/api/docs/schema/
    python -m scripts.generate --check             # fail if ibl_client/generated/ is stale

A description that cannot be read, is not valid OpenAPI, or generates with a warning or a
missing operation stops the run; the committed package is replaced only after every step passed.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from . import codegen, normalise, obtain, overlay, release, validate, verify
from .errors import PipelineError

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
OVERLAY = ROOT / "overlay.yaml"
PACKAGE = ROOT / "ibl_client" / "generated"


def prepare(
    document: dict[str, Any], overlay_file: Path | None = OVERLAY
) -> tuple[dict[str, Any], list[str], dict[str, list[str]]]:
    """Validate, apply the overlay and normalise: the description the generator sees."""
    validate.validate(document)
    corrections = overlay.apply(document, obtain.from_file(overlay_file)) if overlay_file else []
    changes = normalise.normalise(document)
    return document, corrections, changes


def build(document: dict[str, Any], into: Path) -> tuple[list[str], dict[str, int]]:
    """Generate, format and verify a package at `into`."""
    warnings = codegen.generate(document, into)
    codegen.format_tree(into)
    counts = verify.check_coverage(document, into)
    return warnings, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", help="download the description (the live schema)")
    source.add_argument("--file", type=Path, help="a local description, YAML or JSON")
    parser.add_argument("--overlay", type=Path, default=OVERLAY, help="corrections to apply")
    parser.add_argument("--no-overlay", action="store_true", help="apply no corrections")
    parser.add_argument("--check", action="store_true", help="compare with the committed tree")
    parser.add_argument(
        "--output",
        type=Path,
        help="write the package here instead; openapi.yaml and ibl_client/ stay untouched",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    bump: list[str] = []
    try:
        document = obtain.from_url(args.url) if args.url else obtain.from_file(args.file or SPEC)
        original = copy.deepcopy(document)
        document, corrections, changes = prepare(
            document, None if args.no_overlay else args.overlay
        )
        with tempfile.TemporaryDirectory(prefix="ibl-generate-") as scratch:
            fresh = Path(scratch) / "generated"
            warnings, counts = build(document, fresh)
            if warnings:
                shown = "\n  ".join(warnings[:20])
                raise PipelineError("generate", f"{len(warnings)} generator warning(s):\n  {shown}")
            if args.check:
                differences = verify.tree_differences(fresh, PACKAGE)
                if differences:
                    raise PipelineError(
                        "verify",
                        f"ibl_client/generated/ differs from a fresh generation in "
                        f"{len(differences)} file(s), e.g. {differences[:5]}; run `make generate`",
                    )
            elif args.output:
                replace_tree(fresh, args.output)
            else:
                if args.url or (args.file and args.file.resolve() != SPEC):
                    # A new description: record the bump, then it becomes the snapshot.
                    bump = release.record_bump(obtain.from_file(SPEC), original)
                    SPEC.write_text(dump_yaml(original), encoding="utf-8")
                replace_tree(fresh, PACKAGE)
    except PipelineError as error:
        print(f"error: {error}", file=sys.stderr)
        print("The committed SDK was left untouched.", file=sys.stderr)
        return 1

    seconds = time.perf_counter() - started
    normalised = sum(len(v) for v in changes.values())
    print(
        "\n".join(
            [
                "Generation report",
                f"  operations in the description: {counts['operations']}",
                f"  operations generated:          {counts['generated']}",
                f"  models:                        {counts['models']}",
                f"  overlay corrections:           {len(corrections)}",
                f"  normaliser changes:            {normalised} "
                + ", ".join(f"({name}: {len(v)})" for name, v in changes.items()),
                f"  generator warnings:            {len(warnings)}",
                f"  skipped operations:            {counts['operations'] - counts['generated']}",
                f"  tree:                          {'up to date' if args.check else 'written'}",
                f"  seconds:                       {seconds:.1f}",
                *(f"  {line}" for line in bump),
            ]
        )
    )
    return 0


def dump_yaml(document: dict[str, Any]) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    return text


def replace_tree(fresh: Path, target: Path) -> None:
    """Swap the new tree in; the old one is removed only once the new one is in place."""
    staged = target.with_name(target.name + ".new")
    old = target.with_name(target.name + ".old")
    shutil.rmtree(staged, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    shutil.copytree(fresh, staged, ignore=shutil.ignore_patterns("__pycache__"))
    if target.exists():
        target.rename(old)
    staged.rename(target)
    shutil.rmtree(old, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
