"""``python -m ibl_client``: the SDK's command line.

    python -m ibl_client find users org     the operations whose method name, tag, path,
                                            summary or arguments mention every word
    python -m ibl_client find --limit 50 course grade
    python -m ibl_client upgrade-check --to new-openapi.yaml src/
                                            what the new description breaks or changes in
                                            the SDK calls and model imports under src/
                                            (--check: exit 1 if a used one breaks)

The full API reference is docs/reference/ in the repository (and ``help()`` on a group
method, e.g. ``help(ibl_client.groups.AsyncCoreApi.core_platform_users_retrieve)``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import _find


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ibl_client", description="The ibl_client SDK's command line."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    find = commands.add_parser("find", help="find an operation from words in its name or path")
    find.add_argument("words", nargs="+", help="every word must match (case-insensitive)")
    find.add_argument("--limit", type=int, default=20, help="show at most this many (20)")
    upgrade = commands.add_parser(
        "upgrade-check",
        help="what a new API description changes in the SDK calls a service makes",
        description=UPGRADE_CHECK,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    upgrade.add_argument(
        "--to",
        required=True,
        metavar="VERSION|FILE",
        help="the new description: a file (JSON, or YAML with PyYAML), or a published API "
        "version (rebuilt from the official wheel; needs the SDK's repository)",
    )
    upgrade.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="FILE",
        help="the description the service's SDK was generated from (default: the installed "
        "SDK's own; give it for a vendored copy)",
    )
    upgrade.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    upgrade.add_argument(
        "--check", action="store_true", help="exit 1 when a used operation or model breaks"
    )
    upgrade.add_argument(
        "--breaking-only", action="store_true", help="list only the breaking changes"
    )
    upgrade.add_argument(
        "--package",
        action="append",
        help="the SDK's package name as the service imports it (default ibl_client; repeat "
        "for a vendored copy)",
    )
    args = parser.parse_args(argv)
    if args.command == "upgrade-check":
        return _upgrade_check(args)
    return _find_command(args)


def _find_command(args: argparse.Namespace) -> int:
    version, operations = _find.load()
    found = _find.search(args.words, operations)
    words = " ".join(args.words)
    if not found:
        print(f"No operation matches {words!r} (API {version}, {len(operations)} operations).")
        return 1
    shown = found[: args.limit]
    print(f"{len(found)} operation(s) match {words!r} (API {version}); best first:\n")
    print("\n\n".join(_find.describe(operation) for operation in shown))
    if len(found) > len(shown):
        print(f"\n... and {len(found) - len(shown)} more (--limit {len(found)} shows all).")
    return 0


UPGRADE_CHECK = """\
Scan the Python files under PATH for the SDK calls a service makes (ibl.<group>.<method>,
operation modules, model imports) and list what the new description breaks or changes
there, from the API diff in SDK names (file:line, the call, the change).

exit codes: 0 done (with --check: nothing used breaks), 1 with --check: a used operation
or model breaks, 2 the check could not run (bad arguments, unreadable file or description).
"""


def _upgrade_check(args: argparse.Namespace) -> int:
    # Imported here: the diff engine is only for this command, never for `import ibl_client`.
    try:
        from ._upgrade import check, description, scan
    except ImportError:  # a vendored copy leaves the check out (scripts/vendor/build.py)
        print(
            f"error: {__package__} has no upgrade check (a vendored copy leaves it out); run "
            "`python -m ibl_client upgrade-check --from <the description it was made from> "
            f"--package {__package__} ...` where the SDK is installed",
            file=sys.stderr,
        )
        return 2

    try:
        if args.source is None:
            own, all_tags = description.load_own()
        else:
            own, all_tags = description.load_from(args.source)
        target = description.load_target(args.to)
        surface = scan.Surface.of(own, all_tags)
        uses = scan.scan(args.paths, surface, args.package or ("ibl_client",))
    except (description.UpgradeCheckError, OSError, SyntaxError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    found = check.findings(uses, own, target, all_tags=all_tags)
    for line in check.render(found, breaking_only=args.breaking_only):
        print(line)
    print(check.summary(uses, found, own, target))
    broken = any(f.breaking for f in found)
    return 1 if args.check and broken else 0


if __name__ == "__main__":
    sys.exit(main())
