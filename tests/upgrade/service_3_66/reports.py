"""The async client, named ``ibl``: awaited calls and a pager."""

from ibl_client import AsyncClient


async def platform_report(ibl: AsyncClient, org: str, user_id: str) -> list[object]:
    # uses: method ai_account_orgs_platform_metadata_list
    metadata = await ibl.ai_account.ai_account_orgs_platform_metadata_list(org)
    # uses: method credentials_orgs_users_assertions_retrieve
    assertions = await ibl.credentials.credentials_orgs_users_assertions_retrieve(org, user_id)
    # uses: method ai_account_orgs_users_free_trial_retrieve
    trial = await ibl.ai_account.ai_account_orgs_users_free_trial_retrieve(org, user_id)
    # uses: method ai_analytics_orgs_users_traces_list
    pager = ibl.ai_analytics.ai_analytics_orgs_users_traces_list_iter(org, user_id)
    traces = [trace async for trace in pager]
    return [metadata, assertions, trial, traces]
