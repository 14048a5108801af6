"""Operations grouped by tag, as attributes of the clients (generated; do not edit).

`AsyncTags` and `Tags` are mixed into `ibl_client.AsyncClient` and `ibl_client.Client`:
`client.ai_analytics` returns the group of `ai-analytics` operations, importing that tag's
module on first access and no other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .ai_account import AiAccountApi, AsyncAiAccountApi
    from .ai_analytics import AiAnalyticsApi, AsyncAiAnalyticsApi
    from .ai_bot import AiBotApi, AsyncAiBotApi
    from .ai_finetuning import AiFinetuningApi, AsyncAiFinetuningApi
    from .ai_index import AiIndexApi, AsyncAiIndexApi
    from .ai_marketing import AiMarketingApi, AsyncAiMarketingApi
    from .ai_media import AiMediaApi, AsyncAiMediaApi
    from .ai_mentor import AiMentorApi, AsyncAiMentorApi
    from .ai_prompt import AiPromptApi, AsyncAiPromptApi
    from .career import AsyncCareerApi, CareerApi
    from .catalog import AsyncCatalogApi, CatalogApi
    from .commerce import AsyncCommerceApi, CommerceApi
    from .core import AsyncCoreApi, CoreApi
    from .credentials import AsyncCredentialsApi, CredentialsApi
    from .features import AsyncFeaturesApi, FeaturesApi
    from .media import AsyncMediaApi, MediaApi
    from .notifications import AsyncNotificationsApi, NotificationsApi
    from .recommendations import AsyncRecommendationsApi, RecommendationsApi
    from .reports import AsyncReportsApi, ReportsApi
    from .scim import AsyncScimApi, ScimApi
    from .search import AsyncSearchApi, SearchApi
    from .skills import AsyncSkillsApi, SkillsApi

TAGS: tuple[str, ...] = (
    "ai_account",
    "ai_analytics",
    "ai_bot",
    "ai_finetuning",
    "ai_index",
    "ai_marketing",
    "ai_media",
    "ai_mentor",
    "ai_prompt",
    "career",
    "catalog",
    "commerce",
    "core",
    "credentials",
    "features",
    "media",
    "notifications",
    "recommendations",
    "reports",
    "scim",
    "search",
    "skills",
)


class AsyncTags:
    """The operation groups of `AsyncClient`, one property per tag."""

    __slots__ = ()

    @property
    def ai_account(self) -> AsyncAiAccountApi:
        """Operations tagged ``ai_account`` (14)."""
        from .ai_account import AsyncAiAccountApi

        return AsyncAiAccountApi(cast("AsyncClient", self))

    @property
    def ai_analytics(self) -> AsyncAiAnalyticsApi:
        """Operations tagged ``ai_analytics`` (195)."""
        from .ai_analytics import AsyncAiAnalyticsApi

        return AsyncAiAnalyticsApi(cast("AsyncClient", self))

    @property
    def ai_bot(self) -> AsyncAiBotApi:
        """Operations tagged ``ai_bot`` (51)."""
        from .ai_bot import AsyncAiBotApi

        return AsyncAiBotApi(cast("AsyncClient", self))

    @property
    def ai_finetuning(self) -> AsyncAiFinetuningApi:
        """Operations tagged ``ai_finetuning`` (13)."""
        from .ai_finetuning import AsyncAiFinetuningApi

        return AsyncAiFinetuningApi(cast("AsyncClient", self))

    @property
    def ai_index(self) -> AsyncAiIndexApi:
        """Operations tagged ``ai_index`` (16)."""
        from .ai_index import AsyncAiIndexApi

        return AsyncAiIndexApi(cast("AsyncClient", self))

    @property
    def ai_marketing(self) -> AsyncAiMarketingApi:
        """Operations tagged ``ai_marketing`` (3)."""
        from .ai_marketing import AsyncAiMarketingApi

        return AsyncAiMarketingApi(cast("AsyncClient", self))

    @property
    def ai_media(self) -> AsyncAiMediaApi:
        """Operations tagged ``ai_media`` (10)."""
        from .ai_media import AsyncAiMediaApi

        return AsyncAiMediaApi(cast("AsyncClient", self))

    @property
    def ai_mentor(self) -> AsyncAiMentorApi:
        """Operations tagged ``ai_mentor`` (237)."""
        from .ai_mentor import AsyncAiMentorApi

        return AsyncAiMentorApi(cast("AsyncClient", self))

    @property
    def ai_prompt(self) -> AsyncAiPromptApi:
        """Operations tagged ``ai_prompt`` (47)."""
        from .ai_prompt import AsyncAiPromptApi

        return AsyncAiPromptApi(cast("AsyncClient", self))

    @property
    def career(self) -> AsyncCareerApi:
        """Operations tagged ``career`` (27)."""
        from .career import AsyncCareerApi

        return AsyncCareerApi(cast("AsyncClient", self))

    @property
    def catalog(self) -> AsyncCatalogApi:
        """Operations tagged ``catalog`` (165)."""
        from .catalog import AsyncCatalogApi

        return AsyncCatalogApi(cast("AsyncClient", self))

    @property
    def commerce(self) -> AsyncCommerceApi:
        """Operations tagged ``commerce`` (39)."""
        from .commerce import AsyncCommerceApi

        return AsyncCommerceApi(cast("AsyncClient", self))

    @property
    def core(self) -> AsyncCoreApi:
        """Operations tagged ``core`` (88)."""
        from .core import AsyncCoreApi

        return AsyncCoreApi(cast("AsyncClient", self))

    @property
    def credentials(self) -> AsyncCredentialsApi:
        """Operations tagged ``credentials`` (29)."""
        from .credentials import AsyncCredentialsApi

        return AsyncCredentialsApi(cast("AsyncClient", self))

    @property
    def features(self) -> AsyncFeaturesApi:
        """Operations tagged ``features`` (6)."""
        from .features import AsyncFeaturesApi

        return AsyncFeaturesApi(cast("AsyncClient", self))

    @property
    def media(self) -> AsyncMediaApi:
        """Operations tagged ``media`` (8)."""
        from .media import AsyncMediaApi

        return AsyncMediaApi(cast("AsyncClient", self))

    @property
    def notifications(self) -> AsyncNotificationsApi:
        """Operations tagged ``notifications`` (17)."""
        from .notifications import AsyncNotificationsApi

        return AsyncNotificationsApi(cast("AsyncClient", self))

    @property
    def recommendations(self) -> AsyncRecommendationsApi:
        """Operations tagged ``recommendations`` (1)."""
        from .recommendations import AsyncRecommendationsApi

        return AsyncRecommendationsApi(cast("AsyncClient", self))

    @property
    def reports(self) -> AsyncReportsApi:
        """Operations tagged ``reports`` (6)."""
        from .reports import AsyncReportsApi

        return AsyncReportsApi(cast("AsyncClient", self))

    @property
    def scim(self) -> AsyncScimApi:
        """Operations tagged ``scim`` (29)."""
        from .scim import AsyncScimApi

        return AsyncScimApi(cast("AsyncClient", self))

    @property
    def search(self) -> AsyncSearchApi:
        """Operations tagged ``search`` (10)."""
        from .search import AsyncSearchApi

        return AsyncSearchApi(cast("AsyncClient", self))

    @property
    def skills(self) -> AsyncSkillsApi:
        """Operations tagged ``skills`` (12)."""
        from .skills import AsyncSkillsApi

        return AsyncSkillsApi(cast("AsyncClient", self))


class Tags:
    """The operation groups of `Client`, one property per tag."""

    __slots__ = ()

    @property
    def ai_account(self) -> AiAccountApi:
        """Operations tagged ``ai_account`` (14)."""
        from .ai_account import AiAccountApi

        return AiAccountApi(cast("Client", self))

    @property
    def ai_analytics(self) -> AiAnalyticsApi:
        """Operations tagged ``ai_analytics`` (195)."""
        from .ai_analytics import AiAnalyticsApi

        return AiAnalyticsApi(cast("Client", self))

    @property
    def ai_bot(self) -> AiBotApi:
        """Operations tagged ``ai_bot`` (51)."""
        from .ai_bot import AiBotApi

        return AiBotApi(cast("Client", self))

    @property
    def ai_finetuning(self) -> AiFinetuningApi:
        """Operations tagged ``ai_finetuning`` (13)."""
        from .ai_finetuning import AiFinetuningApi

        return AiFinetuningApi(cast("Client", self))

    @property
    def ai_index(self) -> AiIndexApi:
        """Operations tagged ``ai_index`` (16)."""
        from .ai_index import AiIndexApi

        return AiIndexApi(cast("Client", self))

    @property
    def ai_marketing(self) -> AiMarketingApi:
        """Operations tagged ``ai_marketing`` (3)."""
        from .ai_marketing import AiMarketingApi

        return AiMarketingApi(cast("Client", self))

    @property
    def ai_media(self) -> AiMediaApi:
        """Operations tagged ``ai_media`` (10)."""
        from .ai_media import AiMediaApi

        return AiMediaApi(cast("Client", self))

    @property
    def ai_mentor(self) -> AiMentorApi:
        """Operations tagged ``ai_mentor`` (237)."""
        from .ai_mentor import AiMentorApi

        return AiMentorApi(cast("Client", self))

    @property
    def ai_prompt(self) -> AiPromptApi:
        """Operations tagged ``ai_prompt`` (47)."""
        from .ai_prompt import AiPromptApi

        return AiPromptApi(cast("Client", self))

    @property
    def career(self) -> CareerApi:
        """Operations tagged ``career`` (27)."""
        from .career import CareerApi

        return CareerApi(cast("Client", self))

    @property
    def catalog(self) -> CatalogApi:
        """Operations tagged ``catalog`` (165)."""
        from .catalog import CatalogApi

        return CatalogApi(cast("Client", self))

    @property
    def commerce(self) -> CommerceApi:
        """Operations tagged ``commerce`` (39)."""
        from .commerce import CommerceApi

        return CommerceApi(cast("Client", self))

    @property
    def core(self) -> CoreApi:
        """Operations tagged ``core`` (88)."""
        from .core import CoreApi

        return CoreApi(cast("Client", self))

    @property
    def credentials(self) -> CredentialsApi:
        """Operations tagged ``credentials`` (29)."""
        from .credentials import CredentialsApi

        return CredentialsApi(cast("Client", self))

    @property
    def features(self) -> FeaturesApi:
        """Operations tagged ``features`` (6)."""
        from .features import FeaturesApi

        return FeaturesApi(cast("Client", self))

    @property
    def media(self) -> MediaApi:
        """Operations tagged ``media`` (8)."""
        from .media import MediaApi

        return MediaApi(cast("Client", self))

    @property
    def notifications(self) -> NotificationsApi:
        """Operations tagged ``notifications`` (17)."""
        from .notifications import NotificationsApi

        return NotificationsApi(cast("Client", self))

    @property
    def recommendations(self) -> RecommendationsApi:
        """Operations tagged ``recommendations`` (1)."""
        from .recommendations import RecommendationsApi

        return RecommendationsApi(cast("Client", self))

    @property
    def reports(self) -> ReportsApi:
        """Operations tagged ``reports`` (6)."""
        from .reports import ReportsApi

        return ReportsApi(cast("Client", self))

    @property
    def scim(self) -> ScimApi:
        """Operations tagged ``scim`` (29)."""
        from .scim import ScimApi

        return ScimApi(cast("Client", self))

    @property
    def search(self) -> SearchApi:
        """Operations tagged ``search`` (10)."""
        from .search import SearchApi

        return SearchApi(cast("Client", self))

    @property
    def skills(self) -> SkillsApi:
        """Operations tagged ``skills`` (12)."""
        from .skills import SkillsApi

        return SkillsApi(cast("Client", self))
