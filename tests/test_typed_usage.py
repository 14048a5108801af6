"""Operations called the way users call them, checked by `mypy --strict` (see pyproject.toml)
as well as run: the tag groups' methods carry the full typed signatures."""

from __future__ import annotations

import datetime
import json

import httpx
from typing_extensions import assert_type

import ibl_client
from ibl_client import Response
from ibl_client.generated.models import ActiveUsersPerCourse, TimeSpentPerUserResponse

BODIES = {
    "/api/analytics/time-spent/user/": {"total_seconds": 42},
    "/api/audience/orgs/acme/active-users/per-course": {
        "data": [{"course_id": "c1", "name": "Course", "user_count": 4}],
        "total": 4,
        "meta": {"total": 1},
    },
}


def answer(request: httpx.Request) -> httpx.Response:
    assert request.headers["Authorization"] == "Api-Token k"
    return httpx.Response(200, json=BODIES[request.url.path])


async def test_async_client_methods_are_typed() -> None:
    transport = httpx.MockTransport(answer)
    async with ibl_client.AsyncClient(api_key="k", transport=transport) as ibl:
        spent = await ibl.ai_analytics.analytics_time_spent_user_retrieve(
            start_date=datetime.date(2026, 1, 1), include_main_platform=False
        )
        assert_type(spent, TimeSpentPerUserResponse)
        assert spent.total_seconds == 42

        detailed = await ibl.ai_analytics.audience_orgs_active_users_per_course_retrieve_detailed(
            "acme", format_="json"
        )
        assert_type(detailed, Response[ActiveUsersPerCourse])
        assert detailed.status_code == 200
        assert detailed.parsed is not None and detailed.parsed.data[0].user_count == 4


def test_sync_client_methods_are_typed() -> None:
    with ibl_client.Client(api_key="k", transport=httpx.MockTransport(answer)) as ibl:
        per_course = ibl.ai_analytics.audience_orgs_active_users_per_course_retrieve("acme")
        assert_type(per_course, ActiveUsersPerCourse)
        assert json.loads(json.dumps(per_course.to_dict()))["total"] == 4
