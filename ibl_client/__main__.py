"""``python -m ibl_client``: the SDK's command line.

    python -m ibl_client find users org     the operations whose method name, tag, path,
                                            summary or arguments mention every word
    python -m ibl_client find --limit 50 course grade

The full API reference is docs/reference/ in the repository (and ``help()`` on a group
method, e.g. ``help(ibl_client.groups.AsyncCoreApi.core_platform_users_retrieve)``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import _find


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ibl_client", description="The ibl_client SDK's command line."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    find = commands.add_parser("find", help="find an operation from words in its name or path")
    find.add_argument("words", nargs="+", help="every word must match (case-insensitive)")
    find.add_argument("--limit", type=int, default=20, help="show at most this many (20)")
    args = parser.parse_args(argv)

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


if __name__ == "__main__":
    sys.exit(main())
