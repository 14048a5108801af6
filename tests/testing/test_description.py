"""Where the fake's description comes from, and the route from a request to its operation."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import httpx
from layer.test_layering import LAYER, imports_of

from ibl_client._upgrade.description import OWN
from ibl_client.testing import Description, FakeIBL

from .conftest import description, spec

ONE_OPERATION = {
    "openapi": "3.0.3",
    "paths": {
        "/api/things/{id}/": {
            "get": {
                "operationId": "things_retrieve",
                "parameters": [{"name": "id", "in": "path", "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["id"],
                                    "properties": {"id": {"type": "integer", "minimum": 3}},
                                }
                            }
                        }
                    }
                },
            }
        },
        "/api/things/mine/": {
            "get": {"operationId": "things_mine", "responses": {"204": {"description": "none"}}}
        },
    },
}


def test_the_sdk_own_description_has_every_operation_the_sdk_has() -> None:
    assert len(description().operations) == len(spec().operations) > 0
    assert Description.load(OWN).by_id.keys() == description().by_id.keys()


def test_a_trimmed_description_serves_only_its_operations(tmp_path: Path) -> None:
    """As for a vendored copy: the fake is given the description the copy was made from."""
    given = tmp_path / "trimmed.json.gz"
    given.write_bytes(gzip.compress(json.dumps(ONE_OPERATION).encode()))
    with FakeIBL(description=str(given)) as fake, httpx.Client(base_url=fake.url) as http:
        assert http.get("/api/things/7/").json() == {"id": 3}  # sampled: the minimum
        assert http.get("/api/things/mine/").status_code == 204  # the literal path wins
        assert http.get("/api/things/seven/").status_code == 400
        assert http.get("/account/").status_code == 404  # the SDK's, not this description's
    assert [(v.field, v.value) for v in fake.take_violations()] == [
        ("path.id", "seven"),
        ("path", "/account/"),
    ]


def test_the_request_path_never_imports_the_kit() -> None:
    """The kit is a feature on the public client: the layer (``ibl_client/_*.py``,
    ``_transports/``) must work, and import, without it."""
    for path in LAYER:
        assert not any(name.startswith("ibl_client.testing") for name in imports_of(path)), path
