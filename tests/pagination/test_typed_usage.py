"""Pagination as users write it, checked by `mypy --strict` as well as run: the item type of a
pager is inferred from the operation, through the tag groups and through `paginate`.

A typed test must name its operations and models. These three, one of each style, have the
same signature, the same item model and the same generated module in API 3.66.0 and 4.202.2
(checked on both trees), so the test type-checks on either; their pages are sampled from the
description (tests/fixtures.py), so it runs on either too.
"""

from __future__ import annotations

from typing import Any

import fixtures
import httpx
from typing_extensions import assert_type

import ibl_client
from ibl_client import AsyncPager, Page, Pager
from ibl_client.generated.api.ai_analytics import ai_analytics_perlearner_orgs_users_retrieve
from ibl_client.generated.api.features import features_apps_list
from ibl_client.generated.models import (
    GlobalCatalogSearchResponseResultsItem,
    PerlearnerUserListData,
    UserApp,
)

APPS = "features_apps_list"  # page_number
CATALOG = "search_catalog_retrieve"  # limit_offset
LEARNERS = "ai_analytics_perlearner_orgs_users_retrieve"  # data_pagination
ORG = "acme"


def page_of(operation_id: str, items: list[Any]) -> dict[str, Any]:
    """A last and only page of the operation holding `items`, the rest sampled."""
    body: dict[str, Any] = fixtures.sample_response(operation_id)
    if "pagination" in body:
        totals = {"totalItems": len(items), "currentPage": 1, "perPage": 50, "totalPages": 1}
        return {**body, "data": items, "pagination": {**body["pagination"], **totals}}
    return {**body, "count": len(items), "next": None, "previous": None, "results": items}


def answers() -> dict[str, dict[str, Any]]:
    """Request path -> the page it gets."""
    app = {**fixtures.sample_item(APPS, "results"), "id": 1}
    row = {**fixtures.sample_item(CATALOG, "results"), "id": 7}
    learner = {**fixtures.sample_item(LEARNERS, "data"), "username": "ada"}
    return {
        fixtures.operation(APPS).path: page_of(APPS, [app]),
        fixtures.operation(CATALOG).path: page_of(CATALOG, [row]),
        fixtures.operation(LEARNERS).path.replace("{org}", ORG): page_of(LEARNERS, [learner]),
    }


def transport() -> httpx.MockTransport:
    pages = answers()
    return httpx.MockTransport(lambda request: httpx.Response(200, json=pages[request.url.path]))


async def test_async_pagers_are_typed() -> None:
    async with ibl_client.AsyncClient(api_key="k", transport=transport()) as ibl:
        apps = ibl.features.features_apps_list_iter(page_size=50, max_items=10)
        assert_type(apps, AsyncPager[UserApp])
        async for app in apps:
            assert_type(app, UserApp)
            assert app.id == 1
        async for page in apps.pages():
            assert_type(page, Page[UserApp])
            assert page.number == 1 and page.count == 1

        rows = ibl.search.search_catalog_retrieve_iter(limit=20, query="python")
        assert_type(rows, AsyncPager[GlobalCatalogSearchResponseResultsItem])
        assert [row["id"] async for row in rows] == [7]

        by_function = ibl_client.paginate(features_apps_list.asyncio, client=ibl, page_size=50)
        assert_type(by_function, AsyncPager[UserApp])
        assert [app.id async for app in by_function] == [1]

        # `{data, pagination}` pages: the items are the model of `data`'s items.
        learners = ibl.ai_analytics.ai_analytics_perlearner_orgs_users_retrieve_iter(ORG, length=50)
        assert_type(learners, AsyncPager[PerlearnerUserListData])
        async for learner in learners:
            assert_type(learner, PerlearnerUserListData)
            assert learner.username == "ada"


def test_sync_pagers_are_typed() -> None:
    with ibl_client.Client(api_key="k", transport=transport()) as ibl:
        apps = ibl.features.features_apps_list_iter(page_size=50)
        assert_type(apps, Pager[UserApp])
        for app in apps:
            assert_type(app, UserApp)
        by_function = ibl_client.paginate(features_apps_list.sync, client=ibl)
        assert_type(by_function, Pager[UserApp])
        assert [app.id for app in by_function] == [1]
        learners = ibl_client.paginate(
            ai_analytics_perlearner_orgs_users_retrieve.sync, ORG, client=ibl, length=50
        )
        assert_type(learners, Pager[PerlearnerUserListData])
        assert [learner.username for learner in learners] == ["ada"]
