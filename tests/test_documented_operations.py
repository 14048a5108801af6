"""The three operations the reference documentation describes in full, as the SDK exposes them.

../shared/reference/api-reference-excerpt.txt (3.59.0-ai-plus) is the authority: parameter
names, types, non-empty strings, defaults and nullability, and the response models' fields.
Facts the rebuilt description lost are restored by overlay.yaml; this checks the result.

Facts belong to API versions, not to whichever description is committed. Each SDK here is
generated from a description through the whole pipeline (validate, overlay, normalise,
generate):

- the 3.x facts (the documentation's own line) against tests/data/openapi-3.66.0.yaml, in the
  whole 3.66.0 SDK generated once a session (tests/support/older_sdk.py);
- the 4.x facts against the committed SDK, generated from openapi.yaml (make check-generated
  proves it is what the pipeline makes of it), a 4.x description. There the later
  description wins where it changed an operation (time-spent/user's `learner_id` and
  `platform` became `username` and `platform_key`), the documented facts that still have a
  place hold, and the one that lost its place is reported by the overlay, not dropped.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import typing
from types import ModuleType
from typing import Any, NamedTuple

import attrs
import fixtures
import pytest
from support import older_sdk
from support.annotations import signature as annotated
from support.older_sdk import OlderSdk

from ibl_client import _extras as extras
from scripts import generate, obtain, overlay

TIME_SPENT = "analytics_time_spent_user_retrieve"
OVER_TIME = "audience_orgs_active_users_over_time_retrieve"
PER_COURSE = "audience_orgs_active_users_per_course_retrieve"


class Sdk(NamedTuple):
    version: str  # the description's, as the overlay reads it
    corrections: list[str]  # the overlay's report lines
    api: dict[str, ModuleType]  # operation id -> module
    models: ModuleType
    types: ModuleType


def sdk_of(package: str, version: str, corrections: list[str]) -> Sdk:
    generated = f"{package}.generated"
    return Sdk(
        version,
        corrections,
        {
            operation: importlib.import_module(f"{generated}.api.ai_analytics.{operation}")
            for operation in (TIME_SPENT, OVER_TIME, PER_COURSE)
        },
        importlib.import_module(f"{generated}.models"),
        importlib.import_module(f"{generated}.types"),
    )


def major(version: str) -> int:
    return overlay.parse_version(version)[0]


@pytest.fixture(scope="module")
def sdk_3x(sdk_3_66: OlderSdk) -> Sdk:
    """The whole 3.66.0 SDK (generated once a session, shared with test_api_versions.py)."""
    document = obtain.from_file(sdk_3_66.description)
    version = overlay.description_version(document)
    assert major(version) == 3, sdk_3_66.description
    corrections = overlay.apply(document, obtain.from_file(generate.OVERLAY))
    return sdk_of(older_sdk.PACKAGE, version, corrections)


@pytest.fixture(scope="module")
def sdk_4x() -> Sdk:
    """The committed SDK: generated from openapi.yaml, prepared as fixtures.prepared() is."""
    version = fixtures.version()
    assert major(version) == 4, f"openapi.yaml is {version}: record its facts beside the 4.x ones"
    return sdk_of("ibl_client", version, fixtures.corrections())


@pytest.fixture(params=["sdk_3x", "sdk_4x"])
def sdk(request: pytest.FixtureRequest) -> Sdk:
    """Facts that hold on both lines."""
    built: Sdk = request.getfixturevalue(request.param)
    return built


def parameters(function: Any) -> dict[str, inspect.Parameter]:
    """The operation's own parameters: without the per-call extras every operation ends with."""
    params = dict(annotated(function).parameters)
    assert list(params)[-len(extras.ARGUMENTS) :] == list(extras.ARGUMENTS)
    return {name: p for name, p in params.items() if name not in extras.ARGUMENTS}


# --- GET /api/analytics/time-spent/user/ -------------------------------------------------------


def test_3x_time_spent_user_parameters_types_and_defaults(sdk_3x: Sdk) -> None:
    Unset, UNSET = sdk_3x.types.Unset, sdk_3x.types.UNSET
    params = parameters(sdk_3x.api[TIME_SPENT].asyncio)
    assert list(params) == [
        "client",
        "course_id",
        "end_date",
        "include_main_platform",
        "learner_id",
        "mentor_uuid",
        "platform",
        "session_uuid",
        "start_date",
        "url_",
    ]
    assert params["include_main_platform"].default is True  # "Default true"
    assert params["include_main_platform"].annotation == bool | Unset
    assert params["end_date"].annotation == datetime.date | Unset  # string(date)
    assert params["start_date"].annotation == datetime.date | Unset
    # "platform: string or null"
    assert set(typing.get_args(params["platform"].annotation)) == {type(None), str, Unset}
    for name in ("course_id", "learner_id", "mentor_uuid", "session_uuid", "url_"):
        assert params[name].annotation == str | Unset
        assert params[name].default is UNSET


def test_3x_time_spent_user_sends_wire_names_and_dates(sdk_3x: Sdk) -> None:
    kwargs = sdk_3x.api[TIME_SPENT]._get_kwargs(
        url_="https://x", start_date=datetime.date(2019, 8, 24), platform=None
    )
    assert sdk_3x.api[TIME_SPENT].OPERATION.method == "GET"  # the method is the descriptor's
    assert kwargs["url"] == "/api/analytics/time-spent/user/"
    # The documented default is sent when the caller says nothing.
    assert kwargs["params"] == {
        "url": "https://x",
        "start_date": "2019-08-24",
        "include_main_platform": True,
    }


def test_3x_every_documented_correction_applies(sdk_3x: Sdk) -> None:
    assert len(sdk_3x.corrections) == 12
    assert not [line for line in sdk_3x.corrections if line.startswith(overlay.NOT_APPLIED)]


def test_4x_time_spent_user_parameters_follow_the_later_description(sdk_4x: Sdk) -> None:
    Unset, UNSET = sdk_4x.types.Unset, sdk_4x.types.UNSET
    params = parameters(sdk_4x.api[TIME_SPENT].asyncio)
    # learner_id -> username, platform -> platform_key: the later description wins.
    assert set(params) == {
        "client",
        "course_id",
        "end_date",
        "include_main_platform",
        "mentor_uuid",
        "platform_key",
        "session_uuid",
        "start_date",
        "url_",
        "username",
    }
    # A documented default the later description is silent about still holds.
    assert params["include_main_platform"].default is True
    assert params["include_main_platform"].annotation == bool | Unset
    assert params["end_date"].annotation == datetime.date | Unset
    assert params["start_date"].annotation == datetime.date | Unset
    # "string or null" was documented for `platform`; it does not carry over to platform_key.
    assert type(None) not in typing.get_args(params["platform_key"].annotation)
    assert str in typing.get_args(params["platform_key"].annotation)
    for name in ("course_id", "username", "mentor_uuid", "session_uuid", "url_"):
        assert params[name].annotation == str | Unset
        assert params[name].default is UNSET
    kwargs = sdk_4x.api[TIME_SPENT]._get_kwargs(url_="https://x", platform_key="main")
    assert kwargs["url"] == "/api/analytics/time-spent/user/"
    assert kwargs["params"] == {
        "url": "https://x",
        "platform_key": "main",
        "include_main_platform": True,
    }


def test_4x_the_correction_that_lost_its_place_is_reported(sdk_4x: Sdk) -> None:
    reported = [line for line in sdk_4x.corrections if line.startswith(overlay.NOT_APPLIED)]
    assert len(reported) == 1
    assert reported[0].startswith(
        f"not applied to {sdk_4x.version}: time-spent/user: platform is 'string or null' "
        "(action 2, documented for 3.59.0-ai-plus"
    )
    assert "has no parameter with name 'platform'" in reported[0]
    assert "platform_key (query" in reported[0]
    assert len(sdk_4x.corrections) == 12  # 11 applied where the description is silent + 1


def test_time_spent_user_response(sdk: Sdk) -> None:
    response = sdk.models.TimeSpentPerUserResponse
    assert [f.name for f in attrs.fields(response)][:1] == ["total_seconds"]
    assert response.from_dict({"total_seconds": 0}).total_seconds == 0
    with pytest.raises(KeyError):  # total_seconds is required
        response.from_dict({})


# --- GET /api/audience/orgs/{org}/active-users/over-time and .../per-course --------------------


@pytest.mark.parametrize("operation", [OVER_TIME, PER_COURSE])
def test_active_users_parameters_types_and_defaults(sdk: Sdk, operation: str) -> None:
    Unset = sdk.types.Unset
    module = sdk.api[operation]
    params = parameters(module.asyncio)
    assert list(params) == [
        "org",
        "client",
        "department_id",
        "end_date",
        "format_",
        "include_main_platform",
        "start_date",
    ]
    assert params["org"].annotation is str
    assert params["org"].default is inspect.Parameter.empty  # path parameter, required
    assert params["department_id"].annotation == int | Unset
    assert params["format_"].default == "json"  # Default "json"
    assert typing.get_args(typing.get_args(params["format_"].annotation)[0]) == ("json",)
    assert params["include_main_platform"].default is True
    for name in ("end_date", "start_date"):  # "string non-empty", not a date format
        assert params[name].annotation == str | Unset
    assert module._get_kwargs("acme")["url"].startswith("/api/audience/orgs/acme/active-users/")
    assert module._get_kwargs("acme")["params"] == {"format": "json", "include_main_platform": True}


def test_overtime_meta_defaults_and_required_total(sdk: Sdk) -> None:
    # Documented defaults are the models' defaults; parsing keeps "absent" (UNSET) distinct
    # from a value the server sent, as every generated model does.
    overtime_meta = sdk.models.OvertimeMeta
    meta = overtime_meta(total=3)
    assert (meta.change_range, meta.change_last_seven_days, meta.change_last_thirty_days) == (
        0,
        0,
        0,
    )
    assert meta.change_last_seven_days_percent == 0.0
    assert meta.change_last_thirty_days_percent == 0.0
    assert meta.change_range_percent is sdk.types.UNSET  # no default documented
    assert overtime_meta.from_dict({"total": 3, "change_range": 5}).change_range == 5
    with pytest.raises(KeyError):
        overtime_meta.from_dict({})


def test_over_time_response(sdk: Sdk) -> None:
    body = {"data": {"2020-01-01": 30}, "total": 30, "meta": {"total": 30}}
    parsed = sdk.models.OvertimeWithChangeInfo.from_dict(body)
    assert parsed.total == 30 and parsed.meta.total == 30
    assert parsed.data.additional_properties == {"2020-01-01": 30}
    with pytest.raises(KeyError):  # meta is required; data and total are not
        sdk.models.OvertimeWithChangeInfo.from_dict({"data": {}, "total": 1})


def test_per_course_response(sdk: Sdk) -> None:
    body = {
        "data": [{"course_id": "c1", "name": "Course", "user_count": 4}],
        "total": 4,
        "meta": {"total": 1, "change_range_percent": 0.1},
    }
    per_course = sdk.models.ActiveUsersPerCourse
    parsed = per_course.from_dict(body)
    assert parsed.data == [
        sdk.models.ActiveUsersPerCourseData(course_id="c1", name="Course", user_count=4)
    ]
    assert parsed.meta.change_range_percent == 0.1
    for required in ("data", "total", "meta"):
        with pytest.raises(KeyError):
            per_course.from_dict({k: v for k, v in body.items() if k != required})
