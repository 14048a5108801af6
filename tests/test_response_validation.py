"""A 2xx body that does not fit its model is a ResponseValidationError, whatever is wrong:
malformed JSON, a missing required field, or a value of the wrong JSON type (the generated
parsers check primitives too: templates/property_templates/primitive_check.jinja)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import ibl_client
from ibl_client import ResponseValidationError
from ibl_client.generated.models import OvertimeMeta, PlatformApiKey, TimeSpentPerUserResponse

KEY = {
    "username": "u",
    "name": "n",
    "key": "k",
    "platform_key": "p",
    "created": "2026-01-02T03:04:05Z",
    "expires": "2026-02-01T00:00:00Z",
}


def call_with_body(body: bytes) -> Any:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with ibl_client.Client(api_key="k", transport=transport) as ibl:
        return ibl.ai_analytics.analytics_time_spent_user_retrieve()


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"total_seconds": ', "JSONDecodeError"),
        (b"{}", "at total_seconds: required field missing"),
        (b'{"total_seconds": "12"}', "at total_seconds: expected an integer, got str '12'"),
        (b'{"total_seconds": true}', "at total_seconds: expected an integer, got bool True"),
        (b'{"total_seconds": null}', "at total_seconds: expected an integer, got null"),
    ],
)
def test_a_body_that_does_not_fit_is_a_validation_error(body: bytes, problem: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        call_with_body(body)
    assert problem in str(caught.value)
    assert caught.value.content == body  # the raw body is kept


def test_a_body_that_fits_parses() -> None:
    assert call_with_body(b'{"total_seconds": 12}').total_seconds == 12


def test_strings_numbers_and_nullable_strings_are_checked() -> None:
    assert PlatformApiKey.from_dict({**KEY, "expires_in": None}).expires_in is None
    assert PlatformApiKey.from_dict({**KEY, "expires_in": "1 00:00:00"}).expires_in == "1 00:00:00"
    with pytest.raises(TypeError, match="name: expected a string, got int"):
        PlatformApiKey.from_dict({**KEY, "name": 5})
    with pytest.raises(TypeError):  # nullable string: null or a string, nothing else
        PlatformApiKey.from_dict({**KEY, "expires_in": 5})
    # A number accepts JSON integers and floats, not booleans.
    assert OvertimeMeta.from_dict({"total": 1, "change_range_percent": 2}).change_range_percent == 2
    with pytest.raises(TypeError, match="change_range_percent: expected a number"):
        OvertimeMeta.from_dict({"total": 1, "change_range_percent": False})
    assert TimeSpentPerUserResponse.from_dict({"total_seconds": 0}).total_seconds == 0
