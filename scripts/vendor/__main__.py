"""Command line: `python -m scripts.vendor` (see the package docstring for the design).

    python -m scripts.vendor --package my_ibl --out vendor/ \\
        --tag ai-analytics --operation core_orgs_metadata_retrieve
    python -m scripts.vendor --package my_ibl --out vendor/ --from-code src/   # what src/ calls
    python -m scripts.vendor --regenerate vendor/my_ibl            # same options, fresh description
    python -m scripts.vendor --regenerate vendor/my_ibl --check    # fail if the copy is stale
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ibl_client._upgrade.scan import Use

from .. import obtain
from ..errors import PipelineError
from ..generate import OVERLAY, SPEC
from . import selection
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
    cli.add_argument(
        "--from-code",
        action="extend",
        nargs="+",
        type=Path,
        default=[],
        metavar="PATH",
        help="keep the operations the Python code under PATH calls (as the upgrade check finds "
        "them: ibl.<group>.<method>, operation modules); its model imports must be in the copy",
    )
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
    description = args.file or SPEC
    operations: list[str] = list(args.operation)
    models: list[Use] = []
    if args.from_code:
        called, models = selection.from_code(
            obtain.from_file(description), args.from_code, ("ibl_client", args.package)
        )
        operations += [op for op in called if op not in operations]
    report = vendor(
        Options(
            package=args.package,
            out=args.out,
            tags=tuple(args.tag),
            operations=tuple(operations),
            description=description,
            overlay=None if args.no_overlay else args.overlay,
        )
    )
    missing = selection.missing_models(models, report.target)
    if missing:
        raise PipelineError(
            selection.STEP,
            f"the copy at {report.target} was written, but the code imports models it does "
            f"not hold (no chosen operation reaches them): {', '.join(missing)}; add an "
            "--operation that takes or returns each",
        )
    return report


def main(argv: list[str] | None = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    if args.regenerate is None and (args.package is None or args.out is None):
        cli.error("--package and --out are required (or --regenerate COPY)")
    recorded = args.tag or args.operation or args.from_code or args.package or args.out
    recorded = recorded or args.no_overlay
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
