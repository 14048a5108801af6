"""Regenerate the SDK: obtain -> validate -> overlay -> normalise -> generate -> format -> verify.

The generated package goes to ibl_client/generated/, its API reference to docs/reference/;
with --output, a whole SDK package goes to the folder named, and nowhere else (scripts/output.py).

    python -m scripts.generate                     # from the committed openapi.yaml
    python -m scripts.generate --file schema.json  # from a saved description (YAML or JSON)
    python -m scripts.generate --url https://base.manager.iblai.app/api/docs/schema/
    python -m scripts.generate --version 4.202.2   # a published API version (official wheel)
    python -m scripts.generate --check             # fail if the package or reference is stale
    python -m scripts.generate --version 3.66.0 --output sdk-3.66/ibl_client  # an older line
    python -m scripts.generate --output sdk/ibl_client --reference sdk/docs  # reference apart

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
from collections import Counter
from pathlib import Path
from typing import Any

from . import codegen, normalise, obtain, output, overlay, paging, release, validate, verify
from .apidiff.sdk import generate_all_tags
from .errors import PipelineError
from .rebuild_spec.emit import write_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
OVERLAY = ROOT / "overlay.yaml"
LAYER = ROOT / "ibl_client"
PACKAGE = LAYER / "generated"
REFERENCE = ROOT / "docs" / "reference"


def prepare(
    document: dict[str, Any], overlay_file: Path | None = OVERLAY
) -> tuple[dict[str, Any], list[str], dict[str, list[str]]]:
    """Validate, apply the overlay and normalise: the description the generator sees."""
    validate.validate(document)
    corrections = overlay.apply(document, obtain.from_file(overlay_file)) if overlay_file else []
    changes = normalise.normalise(document)
    return document, corrections, changes


def build(
    document: dict[str, Any], into: Path, reference: Path | None = None
) -> tuple[list[str], dict[str, int]]:
    """Generate, format and verify a package at `into`; write its API reference's pages at
    `reference` if given (the package holds the index `python -m ibl_client find` reads)."""
    warnings, api = codegen.generate(document, into)
    codegen.format_tree(into)
    counts = verify.check_coverage(document, into)
    if reference is not None:
        api.write_pages(reference)
    return warnings, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", help="download the description (the live schema)")
    source.add_argument("--file", type=Path, help="a local description, YAML or JSON")
    source.add_argument(
        "--version", help="a published API version, rebuilt from the official iblai wheel"
    )
    parser.add_argument("--overlay", type=Path, default=OVERLAY, help="corrections to apply")
    parser.add_argument("--no-overlay", action="store_true", help="apply no corrections")
    parser.add_argument("--check", action="store_true", help="compare with the committed tree")
    parser.add_argument(
        "--output",
        type=Path,
        help="write a whole SDK package into this folder instead (the layer, generated/, and "
        "the API reference in reference/), and nothing outside it; the folder must be new, "
        "empty, or written by an earlier --output (its manifest says which files are ours)",
    )
    parser.add_argument(
        "--reference", type=Path, help="with --output: write the API reference here instead"
    )
    args = parser.parse_args(argv)
    if args.reference and not args.output:
        parser.error("--reference: only with --output")
    if args.output:
        args.reference = args.reference or args.output / "reference"
        try:  # refused before the run, not after minutes of generation
            output.check_package_name(args.output)
            output.check_writable(args.output)
            if args.reference != args.output / "reference":  # else the package's manifest
                output.check_writable(args.reference)
        except PipelineError as error:
            parser.error(f"--output {error.message}")

    started = time.perf_counter()
    bump: list[str] = []
    try:
        document = obtain_document(args)
        original = copy.deepcopy(document)
        document, corrections, changes = prepare(
            document, None if args.no_overlay else args.overlay
        )
        with tempfile.TemporaryDirectory(prefix="ibl-generate-") as scratch:
            fresh = Path(scratch) / "generated"
            pages = Path(scratch) / "reference"
            warnings, counts = build(document, fresh, pages)
            write_own_description(original, fresh)
            if warnings:
                shown = "\n  ".join(warnings[:20])
                raise PipelineError("generate", f"{len(warnings)} generator warning(s):\n  {shown}")
            if args.check:
                differences = [
                    *(f"ibl_client/generated/{d}" for d in verify.tree_differences(fresh, PACKAGE)),
                    *(f"docs/reference/{d}" for d in verify.tree_differences(pages, REFERENCE)),
                ]
                if differences:
                    raise PipelineError(
                        "verify",
                        f"the generated tree or the API reference differs from a fresh "
                        f"generation in {len(differences)} file(s), e.g. {differences[:5]}; "
                        "run `make generate`",
                    )
            elif args.output:
                output.write_sdk(args.output, fresh, pages, args.reference)
            else:
                if args.url or args.version or (args.file and args.file.resolve() != SPEC):
                    # A new description: record the bump, then it becomes the snapshot.
                    bump = release.record_bump(obtain.from_file(SPEC), original)
                    write_yaml(original, SPEC)
                replace_tree(fresh, PACKAGE)
                replace_tree(pages, REFERENCE)
    except PipelineError as error:
        print(f"error: {error}", file=sys.stderr)
        print("The committed SDK was left untouched.", file=sys.stderr)
        return 1

    seconds = time.perf_counter() - started
    normalised = sum(len(v) for v in changes.values())
    uploads = changes.get(normalise.mark_upload_fields_binary.__name__, [])
    paged = Counter(plan["style"] for plan in paging.plan(document).values())
    unpaged = list(paging.unpaged(document))
    # Corrections documented for other API versions that do not hold here: never dropped
    # silently, always shown (scripts/overlay.py).
    not_applied = [line for line in corrections if line.startswith(overlay.NOT_APPLIED)]
    print(
        "\n".join(
            [
                "Generation report",
                f"  operations in the description: {counts['operations']}",
                f"  operations generated:          {counts['generated']}",
                f"  models:                        {counts['models']}",
                f"  overlay corrections:           {len(corrections) - len(not_applied)} applied, "
                f"{len(not_applied)} not applied (below)",
                f"  normaliser changes:            {normalised} "
                + ", ".join(f"({name}: {len(v)})" for name, v in changes.items()),
                f"  upload fields made binary:     {len(uploads)}",
                *(f"    {line}" for line in uploads),
                f"  paged operations:              {sum(paged.values())} "
                + ", ".join(f"({style}: {n})" for style, n in sorted(paged.items())),
                f"  GETs with paging parameters and no pager: {len(unpaged)}",
                *(f"    {line}" for line in unpaged),
                f"  generator warnings:            {len(warnings)}",
                f"  skipped operations:            {counts['operations'] - counts['generated']}",
                f"  tree:                          {'up to date' if args.check else 'written'}",
                f"  seconds:                       {seconds:.1f}",
                *(f"  {line}" for line in bump),
                *(f"  overlay: {line}" for line in not_applied),
            ]
        )
    )
    return 0


def obtain_document(args: argparse.Namespace) -> dict[str, Any]:
    """Step 1, from whichever source was named; the committed snapshot by default."""
    if args.url:
        return obtain.from_url(args.url)
    if args.version:
        return obtain.from_release(args.version)
    return obtain.from_file(args.file or SPEC)


def write_own_description(original: dict[str, Any], package: Path) -> None:
    """The description as obtained (before overlay and normaliser, as the release diff reads
    it), in the package: `python -m ibl_client upgrade-check` diffs it against a new one
    where only the wheel is installed (ibl_client/_upgrade/description.py)."""
    from ibl_client._upgrade.description import OWN, compressed, dumps

    all_tags = generate_all_tags(release.GENERATOR_CONFIG)
    (package / OWN.name).write_bytes(compressed(dumps(original, all_tags=all_tags)))


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
