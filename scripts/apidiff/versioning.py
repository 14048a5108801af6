"""The SDK versioning rule, stated once.

The SDK has its own semantic version; the API version it was generated from is recorded
separately (CHANGELOG entry, package metadata), because one API release can need no SDK
change and one SDK release can come without an API change (a generator fix).

* any breaking change → next major (``1.4.2`` → ``2.0.0``)
* only non-breaking changes → next minor (``1.4.2`` → ``1.5.0``)
* no changes → unchanged (a patch release, if any, is the pipeline's own decision)

0.x versions get no exemption: an API break bumps ``0.3.1`` to ``1.0.0``. Users pin on the
major version, and a generated SDK tracking a live API should signal every break the same way.
"""

from __future__ import annotations

import re
from typing import Literal

from ibl_client._apidiff.report import Report

__all__ = ["Bump", "bump_for", "next_sdk_version"]

Bump = Literal["major", "minor", "none"]
_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def bump_for(report: Report) -> Bump:
    """Which part of the version a report calls for."""
    if report.has_breaking:
        return "major"
    return "minor" if report.changes else "none"


def next_sdk_version(current: str, report: Report) -> str:
    """The SDK version to release after applying ``report``.

    >>> from ibl_client._apidiff.report import Report
    >>> next_sdk_version("1.4.2", Report("1", "1", ()))
    '1.4.2'
    """
    match = _SEMVER.fullmatch(current)
    if match is None:
        raise ValueError(f"SDK version must be MAJOR.MINOR.PATCH, got {current!r}")
    major, minor, _patch = (int(part) for part in match.groups())
    bump = bump_for(report)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return current
