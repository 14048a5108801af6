"""Model imports, from the generated package and from ``ibl_client.models``."""

# uses: model ChatHistory, model IBLAIPlatformMeta
from ibl_client.generated.models import ChatHistory, IBLAIPlatformMeta

# uses: model ActiveUsersData
from ibl_client.models import ActiveUsersData

__all__ = ["ActiveUsersData", "ChatHistory", "IBLAIPlatformMeta"]
