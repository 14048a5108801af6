"""The operation modules, imported as modules and as functions."""

from ibl_client import AsyncClient, Client

# uses: function ai_account_orgs_platform_metadata_list
from ibl_client.generated.api.ai_account import ai_account_orgs_platform_metadata_list

# uses: function ai_account_orgs_users_free_trial_retrieve
from ibl_client.generated.api.ai_account.ai_account_orgs_users_free_trial_retrieve import (
    sync_detailed as free_trial,
)


async def metadata(client: AsyncClient, org: str) -> object:
    # uses: function ai_account_orgs_platform_metadata_list
    return await ai_account_orgs_platform_metadata_list.asyncio(org, client=client)


def trial(client: Client, org: str, user_id: str) -> object:
    # uses: function ai_account_orgs_users_free_trial_retrieve
    return free_trial(org, user_id, client=client)
