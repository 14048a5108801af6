"""Command line: ``python -m scripts.rebuild_spec --version 3.66.0 --out openapi.yaml``.

Steps, top to bottom: obtain the wheel -> scratch venv -> introspect -> assemble -> emit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .document import build_document
from .emit import write_yaml
from .sandbox import (
    IntrospectionError,
    obtain_wheel,
    run_introspection,
    scratch_python,
    wheel_version,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Either ``--version`` (downloaded from PyPI) or ``--wheel`` (a local file) is needed."""
    parser = argparse.ArgumentParser(prog="python -m scripts.rebuild_spec", description=__doc__)
    parser.add_argument("--version", help="iblai version on PyPI, e.g. 3.66.0")
    parser.add_argument("--wheel", type=Path, help="local iblai wheel file instead of PyPI")
    parser.add_argument("--out", type=Path, default=Path("openapi.yaml"))
    parser.add_argument("--cache-dir", type=Path, default=REPO_ROOT / ".cache")
    args = parser.parse_args(argv)
    if args.version is None and args.wheel is None:
        parser.error("give --version or --wheel")
    if args.wheel is not None and args.version not in (None, wheel_version(args.wheel)):
        parser.error(f"--version {args.version} does not match wheel {args.wheel.name}")
    return args


def main(argv: list[str] | None = None) -> int:
    """Rebuild the document and write it to ``--out``."""
    args = parse_args(argv)
    wheel = args.wheel or obtain_wheel(args.version, args.cache_dir)
    python = scratch_python(wheel, args.cache_dir)
    try:
        facts = run_introspection(python, REPO_ROOT)
    except IntrospectionError as exc:
        print(f"rebuild_spec: {exc}", file=sys.stderr)
        return 1
    document = build_document(facts, wheel_version(wheel))
    write_yaml(document, args.out)
    operations = sum(len(item) for item in document["paths"].values())
    print(
        f"{args.out}: {operations} operations on {len(document['paths'])} paths under "
        f"{len(document['tags'])} tags, {len(document['components']['schemas'])} schemas "
        f"from {wheel.name}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
