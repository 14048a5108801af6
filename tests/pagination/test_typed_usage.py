"""Pagination as users write it, checked by `mypy --strict` as well as run: the item type of a
pager is inferred from the operation, through the tag groups and through `paginate`."""

from __future__ import annotations

import httpx
from typing_extensions import assert_type

import ibl_client
from ibl_client import AsyncPager, Page, Pager
from ibl_client.generated.api.ai_analytics import ai_analytics_perlearner_orgs_users_retrieve
from ibl_client.generated.api.core import core_rbac_roles_list
from ibl_client.generated.models import (
    GlobalCatalogSearchResponseResultsItem,
    PerlearnerUserListData,
    RbacRole,
)

ROLE = {"id": 1, "name": "admin", "platform": {"id": 1, "key": "acme"}, "platform_key": "acme"}
LEARNER = {
    "username": "ada",
    "full_name": "Ada Lovelace",
    "enrollments": 3,
    "completions": 1,
    "last_active": "2024-05-01",
    "time_spent": "3600",
    "engagement_index": 0.5,
    "performance_index": 0.75,
}
TOTALS = {"totalItems": 1, "currentPage": 1, "perPage": 50, "totalPages": 1}


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/search/catalog/":
        body = {"count": 1, "next": None, "previous": None, "current_page": 1, "total_pages": 1}
        return httpx.Response(200, json={**body, "results": [{"id": 7}]})
    if request.url.path == "/api/ai-analytics/perlearner/orgs/acme/users":
        return httpx.Response(200, json={"data": [LEARNER], "pagination": TOTALS})
    return httpx.Response(200, json={"count": 1, "next": None, "results": [ROLE]})


async def test_async_pagers_are_typed() -> None:
    async with ibl_client.AsyncClient(api_key="k", transport=httpx.MockTransport(answer)) as ibl:
        roles = ibl.core.core_rbac_roles_list_iter(page_size=50, max_items=10)
        assert_type(roles, AsyncPager[RbacRole])
        async for role in roles:
            assert_type(role, RbacRole)
            assert role.name == "admin"
        async for page in roles.pages():
            assert_type(page, Page[RbacRole])
            assert page.number == 1 and page.count == 1

        rows = ibl.search.search_catalog_retrieve_iter(limit=20, query="python")
        assert_type(rows, AsyncPager[GlobalCatalogSearchResponseResultsItem])
        assert [row["id"] async for row in rows] == [7]

        by_function = ibl_client.paginate(core_rbac_roles_list.asyncio, client=ibl, page_size=50)
        assert_type(by_function, AsyncPager[RbacRole])
        assert [role.id async for role in by_function] == [1]

        # `{data, pagination}` pages: the items are the model of `data`'s items.
        learners = ibl.ai_analytics.ai_analytics_perlearner_orgs_users_retrieve_iter(
            "acme", length=50
        )
        assert_type(learners, AsyncPager[PerlearnerUserListData])
        async for learner in learners:
            assert_type(learner, PerlearnerUserListData)
            assert learner.full_name == "Ada Lovelace"


def test_sync_pagers_are_typed() -> None:
    with ibl_client.Client(api_key="k", transport=httpx.MockTransport(answer)) as ibl:
        roles = ibl.core.core_rbac_roles_list_iter(page_size=50)
        assert_type(roles, Pager[RbacRole])
        for role in roles:
            assert_type(role, RbacRole)
        by_function = ibl_client.paginate(core_rbac_roles_list.sync, client=ibl)
        assert_type(by_function, Pager[RbacRole])
        assert [role.id for role in by_function] == [1]
        learners = ibl_client.paginate(
            ai_analytics_perlearner_orgs_users_retrieve.sync, "acme", client=ibl, length=50
        )
        assert_type(learners, Pager[PerlearnerUserListData])
        assert [learner.username for learner in learners] == ["ada"]
