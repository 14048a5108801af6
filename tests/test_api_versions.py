"""Older API lines stay one command away: the 3.66.0 description still generates a whole SDK.

The committed snapshot follows the newest published API; `make generate VERSION=3.66.0
OUTPUT=...` gives the 3.x SDK beside it. Rebuilding 3.66.0 from its wheel gives
tests/data/openapi-3.66.0.yaml byte for byte (tests/rebuild/test_rebuild_spec.py), so
generating from that file is generating from the published version. The reference excerpt's
three operations are checked in the same SDK by tests/test_documented_operations.py (the
`sdk_3_66` fixture, generated once a session: tests/support/older_sdk.py).
"""

from __future__ import annotations

from support import description
from support.older_sdk import OlderSdk

from scripts import generate, obtain


def test_an_older_line_generates_a_whole_importable_sdk(sdk_3_66: OlderSdk) -> None:
    document = obtain.from_file(sdk_3_66.description)
    operations = sum(
        1 for item in document["paths"].values() for op in item.values() if isinstance(op, dict)
    )
    assert f"operations generated:          {operations}\n" in sdk_3_66.report
    assert "skipped operations:            0\n" in sdk_3_66.report
    # The committed snapshot and SDK are untouched by a generation elsewhere.
    assert description.info(generate.SPEC)["version"] != document["info"]["version"]
    assert document["info"]["version"] == sdk_3_66.package.API_VERSION
    tags = sdk_3_66.module("generated.api").TAGS
    assert len(tags) == len(document["tags"])
    # The layer came along whole, its subpackages too.
    assert sdk_3_66.module("_transports.retry").RetryPolicy().max_retries >= 0
