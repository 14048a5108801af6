"""Model imports, from ``ibl_client.models`` and from the generated package."""

# uses: model ActiveUsersData
from ibl_client.models import ActiveUsersData

# uses: model ChatHistory, model IBLAIPlatformMeta
from ibl_client.generated.models import ChatHistory, IBLAIPlatformMeta

__all__ = ["ActiveUsersData", "ChatHistory", "IBLAIPlatformMeta"]
