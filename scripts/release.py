"""Record an API version bump: what changed, the SDK's next version, a CHANGELOG entry.

Run by `make generate` when it is given a new description (`FILE=` or `URL=`). The SDK has
its own semantic version (`ibl_client/_version.py`): a breaking API change (scripts/apidiff
classifies each change) bumps the major version, any other change the minor one, and an
identical description leaves it alone. The API version the SDK was generated from is kept
next to it (`ibl_client.API_VERSION`, from the description's `info.version`), never folded in.

Two files record a bump:

* `CHANGELOG.md` gets a short entry on top, worded for SDK users (groups, methods, Python
  arguments, model classes; scripts/apidiff/changelog.py);
* `changes/<sdk version>.json` gets every change in full (`{"summary": ..., "changes": [...]}`,
  docs/apidiff.md), which the entry points to.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .apidiff import diff_specs, next_sdk_version, render_changelog_entry, render_json
from .apidiff.sdk import generate_all_tags

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = ROOT / "ibl_client" / "_version.py"
CHANGELOG = ROOT / "CHANGELOG.md"
GENERATOR_CONFIG = ROOT / "generator-config.yaml"
#: Full detail of each bump, ``<sdk version>.json``, beside the CHANGELOG.
CHANGES_DIR = "changes"
_VERSION_LINE = re.compile(r'^__version__ = "([^"]+)"$', re.MULTILINE)
_HEADER = (
    "# Changelog\n\nOne entry per regeneration from a new API description; newest first.\n"
    f"Every change of a release, in full: {CHANGES_DIR}/<version>.json.\n"
)


def current_sdk_version(version_file: Path = VERSION_FILE) -> str:
    match = _VERSION_LINE.search(version_file.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"no __version__ line in {version_file}")
    return match[1]


def record_bump(
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    version_file: Path = VERSION_FILE,
    changelog: Path = CHANGELOG,
    generator_config: Path = GENERATOR_CONFIG,
) -> list[str]:
    """Diff, bump the SDK version, write the change file and prepend a CHANGELOG entry;
    return lines for the report."""
    report = diff_specs(old, new, all_tags=generate_all_tags(generator_config))
    lines = [f"API diff: {report.summary_line()}"]
    if not report.changes:
        return [*lines, "SDK version unchanged"]
    current = current_sdk_version(version_file)
    version = next_sdk_version(current, report)
    text = version_file.read_text(encoding="utf-8")
    version_file.write_text(_VERSION_LINE.sub(f'__version__ = "{version}"', text), encoding="utf-8")
    details = Path(CHANGES_DIR) / f"{version}.json"
    (changelog.parent / details).parent.mkdir(parents=True, exist_ok=True)
    (changelog.parent / details).write_text(render_json(report), encoding="utf-8")
    entry = render_changelog_entry(report, version, report.new_version, details.as_posix())
    previous = changelog.read_text(encoding="utf-8") if changelog.exists() else _HEADER
    head, _, rest = previous.partition("\n## ")
    body = f"{head.rstrip()}\n\n{entry}" + (f"\n## {rest}" if rest else "")
    changelog.write_text(body, encoding="utf-8")
    return [
        *lines,
        f"SDK version {current} -> {version}; CHANGELOG.md has the entry, "
        f"{details.as_posix()} every change",
    ]
