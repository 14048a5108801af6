"""The two descriptions an upgrade check compares: the SDK's own, and the one to upgrade to.

The SDK's own is ``generated/_openapi.json.gz``, written by the pipeline beside the generated
tree from the committed openapi.yaml (the description the release diff and the CHANGELOG use):
JSON, because parsing the 2.7 MB YAML takes seconds and PyYAML is no run-time dependency of
the SDK. One path or component per line keeps a regeneration's git diff readable. It also
records whether the generator put an operation in every tag's group (``generate_all_tags``),
which decides the ``ibl.<group>`` names.

The target is a file (JSON, or YAML when PyYAML is installed) or a published API version,
which only a checkout of the SDK's repository can rebuild (``scripts.obtain.from_release``
downloads the official ``iblai`` wheel and reads the description back from it).
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

from .._find import INDEX
from .._find import load as load_index

__all__ = [
    "OWN",
    "Description",
    "UpgradeCheckError",
    "compressed",
    "dumps",
    "load_from",
    "load_own",
    "load_target",
]

#: Where the SDK's own description is, beside the generated tree: gzip-compressed JSON (2.2 MB
#: of text is ~0.2 MB so; the package carries it for this command alone).
OWN = Path(__file__).resolve().parents[1] / "generated" / "_openapi.json.gz"
_VERSION = re.compile(r"^\d+(\.\d+)*([-+.][0-9A-Za-z.-]+)?$")

Description = dict[str, Any]


class UpgradeCheckError(Exception):
    """A check that cannot run: a missing or unreadable description, an unknown version."""


def dumps(description: Description, *, all_tags: bool) -> str:
    """The file the pipeline writes: ``about`` first, then the description, one path and one
    component per line."""

    def compact(value: Any) -> str:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

    def block(mapping: dict[str, Any]) -> str:
        return "{\n" + ",\n".join(f"{compact(k)}:{compact(v)}" for k, v in mapping.items()) + "\n}"

    parts = []
    for key, value in description.items():
        if key == "paths" and isinstance(value, dict):
            text = block(value)
        elif key == "components" and isinstance(value, dict):
            inner = [
                f"{compact(k)}:" + (block(v) if isinstance(v, dict) else compact(v))
                for k, v in value.items()
            ]
            text = "{\n" + ",\n".join(inner) + "\n}"
        else:
            text = compact(value)
        parts.append(f"{json.dumps(key)}:{text}")
    about = json.dumps(
        {
            "generated": "Written by scripts/generate.py from openapi.yaml; do not edit.",
            "generate_all_tags": all_tags,
        }
    )
    return '{"about":' + about + ',\n"description":{\n' + ",\n".join(parts) + "\n}}\n"


def compressed(text: str) -> bytes:
    """``text`` as the pipeline writes it: gzip with no time stamp, so a regeneration writes
    the same bytes (``make check-generated``)."""
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def load_own(path: Path = OWN) -> tuple[Description, bool]:
    """The SDK's own description and its ``generate_all_tags``."""
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
    except FileNotFoundError:
        raise UpgradeCheckError(
            f"{path} is missing: this copy of the SDK carries no description of its own "
            "(a vendored copy or a tree generated before the upgrade check existed); "
            "run `make generate` in the SDK's repository"
        ) from None
    return data["description"], bool(data["about"]["generate_all_tags"])


def load_from(path: Path, own: Path = OWN) -> tuple[Description, bool]:
    """``--from``: the description a service's SDK copy was generated from, when it is not
    the installed SDK's (a vendored copy carries none of its own); ``generate_all_tags`` is
    the installed SDK's, or read from the copy's index (an operation listed in two groups)."""
    description = _parse(path, "--from")
    if own.exists():
        return description, load_own(own)[1]
    methods = [operation.name for operation in load_index(own.with_name(INDEX.name))[1]]
    return description, len(methods) != len(set(methods))


def load_target(target: str) -> Description:
    """``--to``: a description file, or a published API version (repository only)."""
    path = Path(target)
    if path.is_file():
        return _parse(path, "--to")
    if _VERSION.match(target):
        return _from_release(target)
    raise UpgradeCheckError(f"--to {target!r}: no such file, and not an API version like 4.202.2")


def _parse(path: Path, option: str) -> Description:
    """JSON when the text starts like JSON (fast, standard library), YAML otherwise; a
    gzip-compressed file is read through (an SDK's or a vendored copy's own description, whose
    ``about`` block is set aside)."""
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise UpgradeCheckError(f"{option} {path}: not a readable gzip file: {exc}") from exc
    text = raw.decode("utf-8", errors="replace")
    if text.lstrip().startswith("{"):
        try:
            document = json.loads(text)
        except ValueError as exc:
            raise UpgradeCheckError(f"{option} {path}: not valid JSON: {exc}") from exc
    else:
        try:
            import yaml
        except ImportError:
            raise UpgradeCheckError(
                f"{option} {path}: a YAML description needs PyYAML (pip install pyyaml), or pass "
                "the JSON form (the live schema serves it with ?format=json)"
            ) from None
        from .parsed import load

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            document = load(text, loader)  # a safe loader either way
        except yaml.YAMLError as exc:
            raise UpgradeCheckError(f"{option} {path}: not valid YAML: {exc}") from exc
    if isinstance(document, dict) and set(document) == {"about", "description"}:
        document = document["description"]  # as the pipeline writes it (``dumps``)
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise UpgradeCheckError(f"{option} {path}: not an OpenAPI description (no paths)")
    return document


def _from_release(version: str) -> Description:
    """Rebuilt from the official wheel by the repository's pipeline, which the SDK's wheel
    does not ship (it downloads ``iblai`` and runs its generated code in a scratch venv)."""
    try:
        from scripts import obtain
        from scripts.errors import PipelineError
    except ImportError:
        raise UpgradeCheckError(
            f"--to {version}: a published version is rebuilt from the official iblai wheel by "
            "the SDK repository's scripts/, which the installed SDK does not include; run the "
            "check from a checkout of the repository, or pass the description as a file "
            "(--to openapi.yaml, or JSON from the live schema's ?format=json)"
        ) from None
    try:
        return obtain.from_release(version)
    except PipelineError as exc:
        raise UpgradeCheckError(f"--to {version}: {exc}") from exc
