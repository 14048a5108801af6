"""Command line: `python -m scripts.vendor` (see the package docstring for the design).

    python -m scripts.vendor --package my_ibl --out vendor/ \\
        --tag ai-analytics --operation core_orgs_metadata_retrieve
    python -m scripts.vendor --regenerate vendor/my_ibl            # same options, fresh description
    python -m scripts.vendor --regenerate vendor/my_ibl --check    # fail if the copy is stale
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..errors import PipelineError
from ..generate import OVERLAY, SPEC
from .build import Options, Report, regenerate, vendor


def parser() -> argparse.ArgumentParser:
    """The options; `--tag` and `--operation` repeat and combine (an operation is kept if
    either names it)."""
    cli = argparse.ArgumentParser(
        prog="python -m scripts.vendor",
        description="Write a trimmed copy of the SDK: chosen tags and operations, the models "
        "they reach, and the hand-written layer, under a package name of your choice.",
    )
    cli.add_argument("--package", help="the copy's package name (a Python identifier)")
    cli.add_argument("--out", type=Path, help="the copy is written to OUT/PACKAGE")
    cli.add_argument("--tag", action="append", default=[], help="keep every operation of a tag")
    cli.add_argument("--operation", action="append", default=[], help="keep an operationId")
    cli.add_argument("--file", type=Path, help=f"the description (default: {SPEC.name})")
    cli.add_argument("--overlay", type=Path, default=OVERLAY, help="corrections to apply")
    cli.add_argument("--no-overlay", action="store_true", help="apply no corrections")
    cli.add_argument(
        "--regenerate",
        type=Path,
        metavar="COPY",
        help="make a copy again from its VENDORED.json (with --file: from another description)",
    )
    cli.add_argument(
        "--check", action="store_true", help="with --regenerate: fail if the copy is stale"
    )
    return cli


def run(args: argparse.Namespace) -> Report:
    """Vendor anew, or regenerate (or check) an existing copy."""
    if args.regenerate is not None:
        return regenerate(args.regenerate, args.file, check=args.check)
    return vendor(
        Options(
            package=args.package,
            out=args.out,
            tags=tuple(args.tag),
            operations=tuple(args.operation),
            description=args.file or SPEC,
            overlay=None if args.no_overlay else args.overlay,
        )
    )


def main(argv: list[str] | None = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    if args.regenerate is None and (args.package is None or args.out is None):
        cli.error("--package and --out are required (or --regenerate COPY)")
    recorded = args.tag or args.operation or args.package or args.out or args.no_overlay
    if args.regenerate is not None and (recorded or args.overlay != OVERLAY):
        cli.error("--regenerate takes every option but --file from the copy's VENDORED.json")
    if args.check and args.regenerate is None:
        cli.error("--check needs --regenerate COPY")
    started = time.perf_counter()
    try:
        report = run(args)
    except PipelineError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(report.summary())
    print(f"  seconds:      {time.perf_counter() - started:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
