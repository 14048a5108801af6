"""Operations called the way users call them, checked by `mypy --strict` (see pyproject.toml)
as well as run: the tag groups' methods carry the full typed signatures.

A user's script names its methods and models, and so does this one: that is what mypy checks.
What keeps it from breaking silently on a bump is the first test, which looks each named
operation up in the description and checks that it still has what the script relies on (its
parameters, its answer's model and the fields read); when one no longer does, it fails saying
which and asking to pick another operation with those properties. The answers are sampled from
the description, with only the values the script asserts set here.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

import attrs
import fixtures
import httpx
import pytest
from by_property import model_of_200
from typing_extensions import assert_type

import ibl_client
from ibl_client import Response
from ibl_client.generated.models import ActiveUsersPerCourse, TimeSpentPerUserResponse


@attrs.frozen
class ReliedOn:
    """What the script needs of one operation: the path parameters it passes, the query
    parameters it names, the model its 200 answers, and the integer fields it reads (a dotted
    path; ``[]`` steps into an array's items)."""

    operation_id: str
    path: tuple[str, ...]
    query: tuple[str, ...]
    model: str
    integers: tuple[str, ...]


TIME_SPENT = ReliedOn(
    "analytics_time_spent_user_retrieve",
    path=(),
    query=("start_date", "include_main_platform"),
    model="TimeSpentPerUserResponse",
    integers=("total_seconds",),
)
PER_COURSE = ReliedOn(
    "audience_orgs_active_users_per_course_retrieve",
    path=("org",),
    query=("format",),
    model="ActiveUsersPerCourse",
    integers=("data[].user_count", "total", "meta.total"),
)


def _missing(relied: ReliedOn) -> list[str]:
    """What ``relied`` needs that the description no longer has (empty: all there)."""
    op = fixtures.find_operation(relied.operation_id)
    if op is None:
        return ["the operation is gone"]
    problems = []
    required = tuple(p.name for p in op.parameters if p.required)
    if required != relied.path:
        problems.append(f"its required parameters are {required}, not {relied.path}")
    query = {p.name for p in op.parameters if p.location == "query"}
    problems += [f"no query parameter {name}" for name in relied.query if name not in query]
    if model_of_200(op) != relied.model:
        return [*problems, f"its 200 answers {model_of_200(op)}, not {relied.model}"]
    for dotted in relied.integers:
        schema = fixtures.schema(relied.model)
        for step in dotted.split("."):
            name = step.removesuffix("[]")
            schema = fixtures.spec().resolve((schema.get("properties") or {}).get(name) or {})
            if step.endswith("[]"):
                schema = fixtures.spec().resolve(schema.get("items") or {})
        if schema.get("type") != "integer":
            problems.append(f"{relied.model}.{dotted} is not an integer")
    return problems


@pytest.mark.parametrize("relied", [TIME_SPENT, PER_COURSE], ids=lambda r: r.operation_id)
def test_the_named_operations_still_have_what_this_script_relies_on(relied: ReliedOn) -> None:
    problems = _missing(relied)
    if problems:
        pytest.fail(
            f"tests/test_typed_usage.py calls {relied.operation_id}, but in API "
            f"{fixtures.version()} {'; '.join(problems)}: pick another operation that has "
            f"what the script relies on ({relied}) and rename the calls and models",
            pytrace=False,
        )


def _with(body: Mapping[str, Any], **values: Any) -> dict[str, Any]:
    return {**body, **values}


def bodies() -> dict[str, Any]:
    """Each path's answer: sampled, with the values the script asserts."""
    time_spent = fixtures.sample_response(TIME_SPENT.operation_id)
    per_course = fixtures.sample_response(PER_COURSE.operation_id)
    item = fixtures.sample_item(PER_COURSE.operation_id, "data")
    return {
        fixtures.operation(TIME_SPENT.operation_id).path: _with(time_spent, total_seconds=42),
        fixtures.operation(PER_COURSE.operation_id).path.format(org="acme"): _with(
            per_course,
            data=[_with(item, user_count=4)],
            total=4,
            meta=_with(per_course["meta"], total=1),
        ),
    }


def transport() -> httpx.MockTransport:
    answers = bodies()

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Api-Token k"
        return httpx.Response(200, json=answers[request.url.path])

    return httpx.MockTransport(answer)


async def test_async_client_methods_are_typed() -> None:
    async with ibl_client.AsyncClient(api_key="k", transport=transport()) as ibl:
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
    with ibl_client.Client(api_key="k", transport=transport()) as ibl:
        per_course = ibl.ai_analytics.audience_orgs_active_users_per_course_retrieve("acme")
        assert_type(per_course, ActiveUsersPerCourse)
        assert json.loads(json.dumps(per_course.to_dict()))["total"] == 4
