"""The three operations the reference documentation describes in full, as the SDK exposes them.

../shared/reference/api-reference-excerpt.txt (3.59.0-ai-plus) is the authority: parameter
names, types, non-empty strings, defaults and nullability, and the response models' fields.
Facts the rebuilt description lost are restored by overlay.yaml; this checks the result.
"""

from __future__ import annotations

import datetime
import inspect
import typing
from typing import Any

import attrs
import pytest

from ibl_client.generated.api.ai_analytics import (
    analytics_time_spent_user_retrieve,
    audience_orgs_active_users_over_time_retrieve,
    audience_orgs_active_users_per_course_retrieve,
)
from ibl_client.generated.models import (
    ActiveUsersPerCourse,
    ActiveUsersPerCourseData,
    OvertimeMeta,
    OvertimeWithChangeInfo,
    TimeSpentPerUserResponse,
)
from ibl_client.generated.types import UNSET, Unset


def parameters(function: Any) -> dict[str, inspect.Parameter]:
    return dict(inspect.signature(function, eval_str=True).parameters)


def test_time_spent_user_parameters_types_and_defaults() -> None:
    params = parameters(analytics_time_spent_user_retrieve.asyncio)
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


def test_time_spent_user_sends_wire_names_and_dates() -> None:
    kwargs = analytics_time_spent_user_retrieve._get_kwargs(
        url_="https://x", start_date=datetime.date(2019, 8, 24), platform=None
    )
    assert kwargs["method"] == "get"
    assert kwargs["url"] == "/api/analytics/time-spent/user/"
    # The documented default is sent when the caller says nothing.
    assert kwargs["params"] == {
        "url": "https://x",
        "start_date": "2019-08-24",
        "include_main_platform": True,
    }


def test_time_spent_user_response() -> None:
    assert [f.name for f in attrs.fields(TimeSpentPerUserResponse)][:1] == ["total_seconds"]
    assert TimeSpentPerUserResponse.from_dict({"total_seconds": 0}).total_seconds == 0
    with pytest.raises(KeyError):  # total_seconds is required
        TimeSpentPerUserResponse.from_dict({})


@pytest.mark.parametrize(
    "module",
    [audience_orgs_active_users_over_time_retrieve, audience_orgs_active_users_per_course_retrieve],
)
def test_active_users_parameters_types_and_defaults(module: Any) -> None:
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


def test_overtime_meta_defaults_and_required_total() -> None:
    # Documented defaults are the models' defaults; parsing keeps "absent" (UNSET) distinct
    # from a value the server sent, as every generated model does.
    meta = OvertimeMeta(total=3)
    assert (meta.change_range, meta.change_last_seven_days, meta.change_last_thirty_days) == (
        0,
        0,
        0,
    )
    assert meta.change_last_seven_days_percent == 0.0
    assert meta.change_last_thirty_days_percent == 0.0
    assert meta.change_range_percent is UNSET  # no default documented
    assert OvertimeMeta.from_dict({"total": 3, "change_range": 5}).change_range == 5
    with pytest.raises(KeyError):
        OvertimeMeta.from_dict({})


def test_over_time_response() -> None:
    body = {"data": {"2020-01-01": 30}, "total": 30, "meta": {"total": 30}}
    parsed = OvertimeWithChangeInfo.from_dict(body)
    assert parsed.total == 30 and parsed.meta.total == 30
    assert parsed.data.additional_properties == {"2020-01-01": 30}
    with pytest.raises(KeyError):  # meta is required; data and total are not
        OvertimeWithChangeInfo.from_dict({"data": {}, "total": 1})


def test_per_course_response() -> None:
    body = {
        "data": [{"course_id": "c1", "name": "Course", "user_count": 4}],
        "total": 4,
        "meta": {"total": 1, "change_range_percent": 0.1},
    }
    parsed = ActiveUsersPerCourse.from_dict(body)
    assert parsed.data == [ActiveUsersPerCourseData(course_id="c1", name="Course", user_count=4)]
    assert parsed.meta.change_range_percent == 0.1
    for required in ("data", "total", "meta"):
        with pytest.raises(KeyError):
            ActiveUsersPerCourse.from_dict({k: v for k, v in body.items() if k != required})
