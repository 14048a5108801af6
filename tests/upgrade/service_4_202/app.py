"""One module, the async client as ``self._ibl``."""

from ibl_client import AsyncClient

# uses: model AccessTimesHeatmap
from ibl_client.generated.models import AccessTimesHeatmap


class App:
    def __init__(self, ibl: AsyncClient) -> None:
        self._ibl = ibl

    async def run(self, platform_key: str, org: str, user_id: int) -> list[object]:
        return [
            # uses: method account_retrieve
            await self._ibl.account.account_retrieve(),
            # uses: method credentials_orgs_users_assertions_retrieve
            await self._ibl.credentials.credentials_orgs_users_assertions_retrieve(
                platform_key, user_id
            ),
            # uses: method core_user_groups_retrieve2
            await self._ibl.core.core_user_groups_retrieve2(),
            # uses: method ai_account_orgs_users_free_trial_retrieve
            await self._ibl.ai_account.ai_account_orgs_users_free_trial_retrieve(org, "u"),
            AccessTimesHeatmap,
        ]
