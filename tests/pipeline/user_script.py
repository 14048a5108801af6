"""A user's script against the mini SDK, type-checked by tests/pipeline/test_user_typing.py.

It calls every kind of callable the SDK generates (group methods, their `_detailed` and `_iter`
variants, the sync twins, the operation modules' four functions), right and wrong. What mypy
and pyright say about it was recorded before the generated tree was restructured (issue 13:
groups in modules of their own, variants derived from one signature) and must not change.
Never run: the `minisdk` package exists only inside the test.
"""

from __future__ import annotations

import datetime

from minisdk import AsyncClient, Client, Response
from minisdk.generated.api.ai_analytics import analytics_time_spent_user_retrieve
from minisdk.generated.api.analytics import AnalyticsApi, AsyncAnalyticsApi
from minisdk.generated.api.core import AsyncCoreApi, CoreApi, core_orgs_items_list
from minisdk.generated.models import ItemRequest, TimeSpent, Upload
from minisdk.generated.types import File
from typing_extensions import reveal_type


async def use_the_async_client(ibl: AsyncClient) -> None:
    spent = await ibl.ai_analytics.analytics_time_spent_user_retrieve(
        start_date=datetime.date(2026, 1, 1), format_="json", include_main_platform=False
    )
    reveal_type(spent)
    same = await ibl.analytics.analytics_time_spent_user_retrieve(url_="https://example.com")
    reveal_type(same)
    detailed = await ibl.core.core_orgs_items_list_detailed("acme", page=2, page_size=10)
    reveal_type(detailed)
    reveal_type(detailed.parsed)
    async for item in ibl.core.core_orgs_items_list_iter("acme", page_size=10, max_items=5):
        reveal_type(item)
    async for page in ibl.core.core_orgs_items_list_iter("acme", prefetch=False).pages():
        reveal_type(page.items)
    created = await ibl.core.core_orgs_items_create("acme", body=ItemRequest(name="n"))
    reveal_type(created)
    nothing = await ibl.core.core_orgs_upload_create("acme", body=Upload(file=File(payload=...)))
    reveal_type(nothing)
    upload = await ibl.core.core_orgs_upload_create_detailed(org="acme", body=Upload(file=...))
    reveal_type(upload.status_code)
    core: AsyncCoreApi = ibl.core
    analytics: AsyncAnalyticsApi = ibl.analytics
    print(core, analytics)

    # Mistakes a type checker must catch.
    await ibl.ai_analytics.analytics_time_spent_user_retrieve(format_="xml")
    await ibl.ai_analytics.analytics_time_spent_user_retrieve(format="json")
    await ibl.core.core_orgs_items_list()
    await ibl.core.core_orgs_items_list("acme", page="2")
    await ibl.core.core_orgs_items_list("acme", 2)
    await ibl.core.core_orgs_items_create("acme")
    await ibl.core.core_orgs_items_create("acme", body={"name": "n"})
    ibl.core.core_orgs_items_list_iter("acme", max_items="5")
    wrong: TimeSpent = await ibl.core.core_orgs_items_create("acme", body=ItemRequest(name="n"))
    not_awaited: TimeSpent = ibl.ai_analytics.analytics_time_spent_user_retrieve()
    print(wrong, not_awaited)


def use_the_sync_client(ibl: Client) -> None:
    spent = ibl.ai_analytics.analytics_time_spent_user_retrieve(start_date=datetime.date.today())
    reveal_type(spent)
    reveal_type(ibl.analytics.analytics_time_spent_user_retrieve_detailed())
    for item in ibl.core.core_orgs_items_list_iter("acme", max_items=5):
        reveal_type(item)
    reveal_type(ibl.core.core_orgs_items_list("acme", page=1))
    reveal_type(ibl.core.core_orgs_items_create_detailed("acme", body=ItemRequest(name="n")))
    core: CoreApi = ibl.core
    analytics: AnalyticsApi = ibl.analytics
    print(core, analytics)

    # Mistakes a type checker must catch.
    ibl.core.core_orgs_items_list("acme", page=None)
    ibl.core.core_orgs_items_list_detailed(page=1)
    ibl.ai_analytics.analytics_time_spent_user_retrieve(start_date="2026-01-01")
    ibl.core.core_orgs_upload_create("acme", body=ItemRequest(name="n"))
    response: Response[TimeSpent] = ibl.core.core_orgs_items_list_detailed("acme")
    print(response)


async def use_the_operation_modules(ibl: AsyncClient, sync_ibl: Client) -> None:
    reveal_type(await analytics_time_spent_user_retrieve.asyncio(client=ibl))
    reveal_type(await analytics_time_spent_user_retrieve.asyncio_detailed(client=ibl))
    reveal_type(analytics_time_spent_user_retrieve.sync(client=sync_ibl, url_="u"))
    reveal_type(analytics_time_spent_user_retrieve.sync_detailed(client=sync_ibl))
    reveal_type(core_orgs_items_list.sync("acme", client=sync_ibl, page_size=3))
    reveal_type(core_orgs_items_list.PAGINATION)

    # Mistakes a type checker must catch.
    analytics_time_spent_user_retrieve.sync(client=ibl)
    await analytics_time_spent_user_retrieve.asyncio(client=sync_ibl)
    await analytics_time_spent_user_retrieve.asyncio(ibl)
    core_orgs_items_list.sync(client=sync_ibl)
    core_orgs_items_list.sync("acme", client=sync_ibl, page=[1])
