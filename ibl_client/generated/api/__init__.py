"""Operations grouped by tag, as attributes of the clients (generated; do not edit).

`AsyncTags` and `Tags` are mixed into `ibl_client.AsyncClient` and `ibl_client.Client`:
`client.ai_analytics` returns the group of `ai-analytics` operations, importing that tag's
module on first access and no other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client
    from .access_check import AccessCheckApi, AsyncAccessCheckApi
    from .account import AccountApi, AsyncAccountApi
    from .ai_account import AiAccountApi, AsyncAiAccountApi
    from .ai_analytics import AiAnalyticsApi, AsyncAiAnalyticsApi
    from .ai_bot import AiBotApi, AsyncAiBotApi
    from .ai_finetuning import AiFinetuningApi, AsyncAiFinetuningApi
    from .ai_index import AiIndexApi, AsyncAiIndexApi
    from .ai_marketing import AiMarketingApi, AsyncAiMarketingApi
    from .ai_media import AiMediaApi, AsyncAiMediaApi
    from .ai_mentor import AiMentorApi, AsyncAiMentorApi
    from .ai_prompt import AiPromptApi, AsyncAiPromptApi
    from .ai_search import AiSearchApi, AsyncAiSearchApi
    from .analytics import AnalyticsApi, AsyncAnalyticsApi
    from .auto_recharge import AsyncAutoRechargeApi, AutoRechargeApi
    from .billing import AsyncBillingApi, BillingApi
    from .career import AsyncCareerApi, CareerApi
    from .catalog import AsyncCatalogApi, CatalogApi
    from .commerce import AsyncCommerceApi, CommerceApi
    from .core import AsyncCoreApi, CoreApi
    from .credentials import AsyncCredentialsApi, CredentialsApi
    from .credits_ import AsyncCreditsApi, CreditsApi
    from .custom_domains import AsyncCustomDomainsApi, CustomDomainsApi
    from .fallback_llm import AsyncFallbackLlmApi, FallbackLlmApi
    from .features import AsyncFeaturesApi, FeaturesApi
    from .media import AsyncMediaApi, MediaApi
    from .notifications import AsyncNotificationsApi, NotificationsApi
    from .platforms import AsyncPlatformsApi, PlatformsApi
    from .recommendations import AsyncRecommendationsApi, RecommendationsApi
    from .reports import AsyncReportsApi, ReportsApi
    from .scim import AsyncScimApi, ScimApi
    from .search import AsyncSearchApi, SearchApi
    from .skills import AsyncSkillsApi, SkillsApi
    from .transactions import AsyncTransactionsApi, TransactionsApi

TAGS: tuple[str, ...] = (
    "access_check",
    "account",
    "ai_account",
    "ai_analytics",
    "ai_bot",
    "ai_finetuning",
    "ai_index",
    "ai_marketing",
    "ai_media",
    "ai_mentor",
    "ai_prompt",
    "ai_search",
    "analytics",
    "auto_recharge",
    "billing",
    "career",
    "catalog",
    "commerce",
    "core",
    "credentials",
    "credits_",
    "custom_domains",
    "fallback_llm",
    "features",
    "media",
    "notifications",
    "platforms",
    "recommendations",
    "reports",
    "scim",
    "search",
    "skills",
    "transactions",
)


class AsyncTags:
    """The operation groups of `AsyncClient`, one property per tag."""

    __slots__ = ()

    @property
    def access_check(self) -> AsyncAccessCheckApi:
        """Operations tagged ``access_check`` (1)."""
        from .access_check import AsyncAccessCheckApi

        return AsyncAccessCheckApi(cast("AsyncClient", self))

    @property
    def account(self) -> AsyncAccountApi:
        """Operations tagged ``account`` (3)."""
        from .account import AsyncAccountApi

        return AsyncAccountApi(cast("AsyncClient", self))

    @property
    def ai_account(self) -> AsyncAiAccountApi:
        """Operations tagged ``ai_account`` (33)."""
        from .ai_account import AsyncAiAccountApi

        return AsyncAiAccountApi(cast("AsyncClient", self))

    @property
    def ai_analytics(self) -> AsyncAiAnalyticsApi:
        """Operations tagged ``ai_analytics`` (213)."""
        from .ai_analytics import AsyncAiAnalyticsApi

        return AsyncAiAnalyticsApi(cast("AsyncClient", self))

    @property
    def ai_bot(self) -> AsyncAiBotApi:
        """Operations tagged ``ai_bot`` (52)."""
        from .ai_bot import AsyncAiBotApi

        return AsyncAiBotApi(cast("AsyncClient", self))

    @property
    def ai_finetuning(self) -> AsyncAiFinetuningApi:
        """Operations tagged ``ai_finetuning`` (13)."""
        from .ai_finetuning import AsyncAiFinetuningApi

        return AsyncAiFinetuningApi(cast("AsyncClient", self))

    @property
    def ai_index(self) -> AsyncAiIndexApi:
        """Operations tagged ``ai_index`` (15)."""
        from .ai_index import AsyncAiIndexApi

        return AsyncAiIndexApi(cast("AsyncClient", self))

    @property
    def ai_marketing(self) -> AsyncAiMarketingApi:
        """Operations tagged ``ai_marketing`` (3)."""
        from .ai_marketing import AsyncAiMarketingApi

        return AsyncAiMarketingApi(cast("AsyncClient", self))

    @property
    def ai_media(self) -> AsyncAiMediaApi:
        """Operations tagged ``ai_media`` (18)."""
        from .ai_media import AsyncAiMediaApi

        return AsyncAiMediaApi(cast("AsyncClient", self))

    @property
    def ai_mentor(self) -> AsyncAiMentorApi:
        """Operations tagged ``ai_mentor`` (371)."""
        from .ai_mentor import AsyncAiMentorApi

        return AsyncAiMentorApi(cast("AsyncClient", self))

    @property
    def ai_prompt(self) -> AsyncAiPromptApi:
        """Operations tagged ``ai_prompt`` (47)."""
        from .ai_prompt import AsyncAiPromptApi

        return AsyncAiPromptApi(cast("AsyncClient", self))

    @property
    def ai_search(self) -> AsyncAiSearchApi:
        """Operations tagged ``ai_search`` (12)."""
        from .ai_search import AsyncAiSearchApi

        return AsyncAiSearchApi(cast("AsyncClient", self))

    @property
    def analytics(self) -> AsyncAnalyticsApi:
        """Operations tagged ``analytics`` (16)."""
        from .analytics import AsyncAnalyticsApi

        return AsyncAnalyticsApi(cast("AsyncClient", self))

    @property
    def auto_recharge(self) -> AsyncAutoRechargeApi:
        """Operations tagged ``auto_recharge`` (1)."""
        from .auto_recharge import AsyncAutoRechargeApi

        return AsyncAutoRechargeApi(cast("AsyncClient", self))

    @property
    def billing(self) -> AsyncBillingApi:
        """Operations tagged ``billing`` (28)."""
        from .billing import AsyncBillingApi

        return AsyncBillingApi(cast("AsyncClient", self))

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
        """Operations tagged ``commerce`` (46)."""
        from .commerce import AsyncCommerceApi

        return AsyncCommerceApi(cast("AsyncClient", self))

    @property
    def core(self) -> AsyncCoreApi:
        """Operations tagged ``core`` (126)."""
        from .core import AsyncCoreApi

        return AsyncCoreApi(cast("AsyncClient", self))

    @property
    def credentials(self) -> AsyncCredentialsApi:
        """Operations tagged ``credentials`` (72)."""
        from .credentials import AsyncCredentialsApi

        return AsyncCredentialsApi(cast("AsyncClient", self))

    @property
    def credits_(self) -> AsyncCreditsApi:
        """Operations tagged ``credits_`` (1)."""
        from .credits_ import AsyncCreditsApi

        return AsyncCreditsApi(cast("AsyncClient", self))

    @property
    def custom_domains(self) -> AsyncCustomDomainsApi:
        """Operations tagged ``custom_domains`` (6)."""
        from .custom_domains import AsyncCustomDomainsApi

        return AsyncCustomDomainsApi(cast("AsyncClient", self))

    @property
    def fallback_llm(self) -> AsyncFallbackLlmApi:
        """Operations tagged ``fallback_llm`` (5)."""
        from .fallback_llm import AsyncFallbackLlmApi

        return AsyncFallbackLlmApi(cast("AsyncClient", self))

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
        """Operations tagged ``notifications`` (24)."""
        from .notifications import AsyncNotificationsApi

        return AsyncNotificationsApi(cast("AsyncClient", self))

    @property
    def platforms(self) -> AsyncPlatformsApi:
        """Operations tagged ``platforms`` (22)."""
        from .platforms import AsyncPlatformsApi

        return AsyncPlatformsApi(cast("AsyncClient", self))

    @property
    def recommendations(self) -> AsyncRecommendationsApi:
        """Operations tagged ``recommendations`` (1)."""
        from .recommendations import AsyncRecommendationsApi

        return AsyncRecommendationsApi(cast("AsyncClient", self))

    @property
    def reports(self) -> AsyncReportsApi:
        """Operations tagged ``reports`` (4)."""
        from .reports import AsyncReportsApi

        return AsyncReportsApi(cast("AsyncClient", self))

    @property
    def scim(self) -> AsyncScimApi:
        """Operations tagged ``scim`` (22)."""
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

    @property
    def transactions(self) -> AsyncTransactionsApi:
        """Operations tagged ``transactions`` (1)."""
        from .transactions import AsyncTransactionsApi

        return AsyncTransactionsApi(cast("AsyncClient", self))


class Tags:
    """The operation groups of `Client`, one property per tag."""

    __slots__ = ()

    @property
    def access_check(self) -> AccessCheckApi:
        """Operations tagged ``access_check`` (1)."""
        from .access_check import AccessCheckApi

        return AccessCheckApi(cast("Client", self))

    @property
    def account(self) -> AccountApi:
        """Operations tagged ``account`` (3)."""
        from .account import AccountApi

        return AccountApi(cast("Client", self))

    @property
    def ai_account(self) -> AiAccountApi:
        """Operations tagged ``ai_account`` (33)."""
        from .ai_account import AiAccountApi

        return AiAccountApi(cast("Client", self))

    @property
    def ai_analytics(self) -> AiAnalyticsApi:
        """Operations tagged ``ai_analytics`` (213)."""
        from .ai_analytics import AiAnalyticsApi

        return AiAnalyticsApi(cast("Client", self))

    @property
    def ai_bot(self) -> AiBotApi:
        """Operations tagged ``ai_bot`` (52)."""
        from .ai_bot import AiBotApi

        return AiBotApi(cast("Client", self))

    @property
    def ai_finetuning(self) -> AiFinetuningApi:
        """Operations tagged ``ai_finetuning`` (13)."""
        from .ai_finetuning import AiFinetuningApi

        return AiFinetuningApi(cast("Client", self))

    @property
    def ai_index(self) -> AiIndexApi:
        """Operations tagged ``ai_index`` (15)."""
        from .ai_index import AiIndexApi

        return AiIndexApi(cast("Client", self))

    @property
    def ai_marketing(self) -> AiMarketingApi:
        """Operations tagged ``ai_marketing`` (3)."""
        from .ai_marketing import AiMarketingApi

        return AiMarketingApi(cast("Client", self))

    @property
    def ai_media(self) -> AiMediaApi:
        """Operations tagged ``ai_media`` (18)."""
        from .ai_media import AiMediaApi

        return AiMediaApi(cast("Client", self))

    @property
    def ai_mentor(self) -> AiMentorApi:
        """Operations tagged ``ai_mentor`` (371)."""
        from .ai_mentor import AiMentorApi

        return AiMentorApi(cast("Client", self))

    @property
    def ai_prompt(self) -> AiPromptApi:
        """Operations tagged ``ai_prompt`` (47)."""
        from .ai_prompt import AiPromptApi

        return AiPromptApi(cast("Client", self))

    @property
    def ai_search(self) -> AiSearchApi:
        """Operations tagged ``ai_search`` (12)."""
        from .ai_search import AiSearchApi

        return AiSearchApi(cast("Client", self))

    @property
    def analytics(self) -> AnalyticsApi:
        """Operations tagged ``analytics`` (16)."""
        from .analytics import AnalyticsApi

        return AnalyticsApi(cast("Client", self))

    @property
    def auto_recharge(self) -> AutoRechargeApi:
        """Operations tagged ``auto_recharge`` (1)."""
        from .auto_recharge import AutoRechargeApi

        return AutoRechargeApi(cast("Client", self))

    @property
    def billing(self) -> BillingApi:
        """Operations tagged ``billing`` (28)."""
        from .billing import BillingApi

        return BillingApi(cast("Client", self))

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
        """Operations tagged ``commerce`` (46)."""
        from .commerce import CommerceApi

        return CommerceApi(cast("Client", self))

    @property
    def core(self) -> CoreApi:
        """Operations tagged ``core`` (126)."""
        from .core import CoreApi

        return CoreApi(cast("Client", self))

    @property
    def credentials(self) -> CredentialsApi:
        """Operations tagged ``credentials`` (72)."""
        from .credentials import CredentialsApi

        return CredentialsApi(cast("Client", self))

    @property
    def credits_(self) -> CreditsApi:
        """Operations tagged ``credits_`` (1)."""
        from .credits_ import CreditsApi

        return CreditsApi(cast("Client", self))

    @property
    def custom_domains(self) -> CustomDomainsApi:
        """Operations tagged ``custom_domains`` (6)."""
        from .custom_domains import CustomDomainsApi

        return CustomDomainsApi(cast("Client", self))

    @property
    def fallback_llm(self) -> FallbackLlmApi:
        """Operations tagged ``fallback_llm`` (5)."""
        from .fallback_llm import FallbackLlmApi

        return FallbackLlmApi(cast("Client", self))

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
        """Operations tagged ``notifications`` (24)."""
        from .notifications import NotificationsApi

        return NotificationsApi(cast("Client", self))

    @property
    def platforms(self) -> PlatformsApi:
        """Operations tagged ``platforms`` (22)."""
        from .platforms import PlatformsApi

        return PlatformsApi(cast("Client", self))

    @property
    def recommendations(self) -> RecommendationsApi:
        """Operations tagged ``recommendations`` (1)."""
        from .recommendations import RecommendationsApi

        return RecommendationsApi(cast("Client", self))

    @property
    def reports(self) -> ReportsApi:
        """Operations tagged ``reports`` (4)."""
        from .reports import ReportsApi

        return ReportsApi(cast("Client", self))

    @property
    def scim(self) -> ScimApi:
        """Operations tagged ``scim`` (22)."""
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

    @property
    def transactions(self) -> TransactionsApi:
        """Operations tagged ``transactions`` (1)."""
        from .transactions import TransactionsApi

        return TransactionsApi(cast("Client", self))
