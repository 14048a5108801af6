"""Operations tagged ``ai_bot`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiBotApi` / `AiBotApi`, reached as
``client.ai_bot``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.bot import Bot
    from ...models.bot_command import BotCommand
    from ...models.bot_command_request import BotCommandRequest
    from ...models.bot_create import BotCreate
    from ...models.bot_create_request import BotCreateRequest
    from ...models.discord_config import DiscordConfig
    from ...models.discord_user_config import DiscordUserConfig
    from ...models.discord_user_config_request import DiscordUserConfigRequest
    from ...models.discord_webhook import DiscordWebhook
    from ...models.patched_bot_command_request import PatchedBotCommandRequest
    from ...models.patched_bot_create_request import PatchedBotCreateRequest
    from ...models.patched_discord_config_request import PatchedDiscordConfigRequest
    from ...models.patched_discord_user_config_request import PatchedDiscordUserConfigRequest
    from ...models.patched_slack_config_request import PatchedSlackConfigRequest
    from ...models.patched_slack_user_config_request import PatchedSlackUserConfigRequest
    from ...models.patched_teams_config_request import PatchedTeamsConfigRequest
    from ...models.patched_webex_config_request import PatchedWebexConfigRequest
    from ...models.patched_whatsapp_config_request import PatchedWhatsappConfigRequest
    from ...models.patched_whatsapp_user_config_request import PatchedWhatsappUserConfigRequest
    from ...models.slack_config import SlackConfig
    from ...models.slack_config_request import SlackConfigRequest
    from ...models.slack_user_config import SlackUserConfig
    from ...models.slack_user_config_request import SlackUserConfigRequest
    from ...models.slack_webhook import SlackWebhook
    from ...models.teams_config import TeamsConfig
    from ...models.teams_config_request import TeamsConfigRequest
    from ...models.teams_webhook import TeamsWebhook
    from ...models.webex_config import WebexConfig
    from ...models.webex_webhook import WebexWebhook
    from ...models.what_app_web_hook import WhatAppWebHook
    from ...models.whatsapp_config import WhatsappConfig
    from ...models.whatsapp_config_request import WhatsappConfigRequest
    from ...models.whatsapp_user_config import WhatsappUserConfig
    from ...models.whatsapp_user_config_request import WhatsappUserConfigRequest
    from ...types import UNSET, Unset


class AsyncAiBotApi:
    """The ``ai_bot`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_bot_v1_bots_webhooks_discord_create(
        self,
        org: str,
        name: str,
        *,
        body: DiscordWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordWebhook:
        """Webhook endpoint to receive and process discord messages.

        ``POST /api/ai-bot/v1/bots/webhooks/{org}/discord/{name}/`` (operation ``ai_bot_v1_bots_webhooks_discord_create``)

        Args:
            org (str):
            name (str):
            body (DiscordWebhook):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DiscordWebhook
        """

        from .ai_bot_v1_bots_webhooks_discord_create import asyncio

        return await asyncio(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_discord_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: DiscordWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordWebhook]:
        """Like `ai_bot_v1_bots_webhooks_discord_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_discord_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_slack_create(
        self,
        org: str,
        name: str,
        *,
        body: SlackWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackWebhook:
        """``POST /api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/`` (operation ``ai_bot_v1_bots_webhooks_slack_create``)

        Args:
            org (str):
            name (str):
            body (SlackWebhook):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackWebhook
        """

        from .ai_bot_v1_bots_webhooks_slack_create import asyncio

        return await asyncio(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_slack_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: SlackWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackWebhook]:
        """Like `ai_bot_v1_bots_webhooks_slack_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_slack_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_teams_retrieve(
        self,
        org: str,
        name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsWebhook:
        """``GET /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/`` (operation ``ai_bot_v1_bots_webhooks_teams_retrieve``)

        Args:
            org (str):
            name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TeamsWebhook
        """

        from .ai_bot_v1_bots_webhooks_teams_retrieve import asyncio

        return await asyncio(
            org,
            name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_teams_retrieve_detailed(
        self,
        org: str,
        name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsWebhook]:
        """Like `ai_bot_v1_bots_webhooks_teams_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_teams_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_teams_create(
        self,
        org: str,
        name: str,
        *,
        body: TeamsWebhook | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsWebhook:
        """``POST /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/`` (operation ``ai_bot_v1_bots_webhooks_teams_create``)

        Args:
            org (str):
            name (str):
            body (TeamsWebhook | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TeamsWebhook
        """

        from .ai_bot_v1_bots_webhooks_teams_create import asyncio

        return await asyncio(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_teams_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: TeamsWebhook | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsWebhook]:
        """Like `ai_bot_v1_bots_webhooks_teams_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_teams_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_webex_create(
        self,
        org: str,
        name: str,
        *,
        body: WebexWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WebexWebhook:
        """Webhook endpoint to receive and process discord messages.

        ``POST /api/ai-bot/v1/bots/webhooks/{org}/webex/{name}/`` (operation ``ai_bot_v1_bots_webhooks_webex_create``)

        Args:
            org (str):
            name (str):
            body (WebexWebhook):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WebexWebhook
        """

        from .ai_bot_v1_bots_webhooks_webex_create import asyncio

        return await asyncio(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_webex_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: WebexWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WebexWebhook]:
        """Like `ai_bot_v1_bots_webhooks_webex_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_webex_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_whatsapp_retrieve(
        self,
        org: str,
        name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatAppWebHook:
        """Respond to whatsapp's webhook challenge. Parameters Required include the tenant key (org) and
        the name of the bot: (name)

        ``GET /api/ai-bot/v1/bots/webhooks/{org}/whatsapp/{name}/`` (operation ``ai_bot_v1_bots_webhooks_whatsapp_retrieve``)

        Args:
            org (str):
            name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatAppWebHook
        """

        from .ai_bot_v1_bots_webhooks_whatsapp_retrieve import asyncio

        return await asyncio(
            org,
            name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_whatsapp_retrieve_detailed(
        self,
        org: str,
        name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatAppWebHook]:
        """Like `ai_bot_v1_bots_webhooks_whatsapp_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_whatsapp_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_whatsapp_create(
        self,
        org: str,
        name: str,
        *,
        body: WhatAppWebHook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatAppWebHook:
        """Accept and process webhook events from whatsapp.

        ``POST /api/ai-bot/v1/bots/webhooks/{org}/whatsapp/{name}/`` (operation ``ai_bot_v1_bots_webhooks_whatsapp_create``)

        Args:
            org (str):
            name (str):
            body (WhatAppWebHook):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatAppWebHook
        """

        from .ai_bot_v1_bots_webhooks_whatsapp_create import asyncio

        return await asyncio(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_whatsapp_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: WhatAppWebHook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatAppWebHook]:
        """Like `ai_bot_v1_bots_webhooks_whatsapp_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_whatsapp_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[BotCommand]:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``GET /api/ai-bot/v1/bots/{org}/bot-commands/`` (operation ``ai_bot_v1_bots_bot_commands_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[BotCommand]
        """

        from .ai_bot_v1_bots_bot_commands_list import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[BotCommand]]:
        """Like `ai_bot_v1_bots_bot_commands_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_create(
        self,
        org: str,
        *,
        body: BotCommandRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``POST /api/ai-bot/v1/bots/{org}/bot-commands/`` (operation ``ai_bot_v1_bots_bot_commands_create``)

        Args:
            org (str):
            body (BotCommandRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BotCommand
        """

        from .ai_bot_v1_bots_bot_commands_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_create_detailed(
        self,
        org: str,
        *,
        body: BotCommandRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCommand]:
        """Like `ai_bot_v1_bots_bot_commands_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``GET /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BotCommand
        """

        from .ai_bot_v1_bots_bot_commands_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCommand]:
        """Like `ai_bot_v1_bots_bot_commands_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_update(
        self,
        org: str,
        id: int,
        *,
        body: BotCommandRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``PUT /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_update``)

        Args:
            org (str):
            id (int):
            body (BotCommandRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BotCommand
        """

        from .ai_bot_v1_bots_bot_commands_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: BotCommandRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCommand]:
        """Like `ai_bot_v1_bots_bot_commands_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``DELETE /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_destroy``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_bot_v1_bots_bot_commands_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_bot_v1_bots_bot_commands_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCommandRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``PATCH /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedBotCommandRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BotCommand
        """

        from .ai_bot_v1_bots_bot_commands_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCommandRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCommand]:
        """Like `ai_bot_v1_bots_bot_commands_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Bot]:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/`` (operation ``ai_bot_v1_bots_bot_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Bot]
        """

        from .ai_bot_v1_bots_bot_list import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Bot]]:
        """Like `ai_bot_v1_bots_bot_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_create(
        self,
        org: str,
        *,
        body: BotCreateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        ``POST /api/ai-bot/v1/bots/{org}/bot/`` (operation ``ai_bot_v1_bots_bot_create``)

        Args:
            org (str):
            body (BotCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BotCreate
        """

        from .ai_bot_v1_bots_bot_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_create_detailed(
        self,
        org: str,
        *,
        body: BotCreateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCreate]:
        """Like `ai_bot_v1_bots_bot_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Bot:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/`` (operation ``ai_bot_v1_bots_bot_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Bot
        """

        from .ai_bot_v1_bots_bot_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Bot]:
        """Like `ai_bot_v1_bots_bot_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_update(
        self,
        org: str,
        id: int,
        *,
        body: BotCreateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        ``PUT /api/ai-bot/v1/bots/{org}/bot/{id}/`` (operation ``ai_bot_v1_bots_bot_update``)

        Args:
            org (str):
            id (int):
            body (BotCreateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BotCreate
        """

        from .ai_bot_v1_bots_bot_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: BotCreateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCreate]:
        """Like `ai_bot_v1_bots_bot_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Create modify and update bot information for a specific tenant.

        ``DELETE /api/ai-bot/v1/bots/{org}/bot/{id}/`` (operation ``ai_bot_v1_bots_bot_destroy``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_bot_v1_bots_bot_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_bot_v1_bots_bot_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCreateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/`` (operation ``ai_bot_v1_bots_bot_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedBotCreateRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BotCreate
        """

        from .ai_bot_v1_bots_bot_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCreateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCreate]:
        """Like `ai_bot_v1_bots_bot_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_discord_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/discord/`` (operation ``ai_bot_v1_bots_bot_config_discord_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DiscordConfig
        """

        from .ai_bot_v1_bots_bot_config_discord_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_discord_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordConfig]:
        """Like `ai_bot_v1_bots_bot_config_discord_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_discord_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_discord_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/discord/`` (operation ``ai_bot_v1_bots_bot_config_discord_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedDiscordConfigRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DiscordConfig
        """

        from .ai_bot_v1_bots_bot_config_discord_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_discord_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordConfig]:
        """Like `ai_bot_v1_bots_bot_config_discord_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_discord_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/`` (operation ``ai_bot_v1_bots_bot_config_slack_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackConfig
        """

        from .ai_bot_v1_bots_bot_config_slack_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """Like `ai_bot_v1_bots_bot_config_slack_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_slack_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_update(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        ``PUT /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/`` (operation ``ai_bot_v1_bots_bot_config_slack_update_update``)

        Args:
            org (str):
            id (int):
            body (SlackConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackConfig
        """

        from .ai_bot_v1_bots_bot_config_slack_update_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """Like `ai_bot_v1_bots_bot_config_slack_update_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_slack_update_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_create(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        ``POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/`` (operation ``ai_bot_v1_bots_bot_config_slack_update_create``)

        Args:
            org (str):
            id (int):
            body (SlackConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackConfig
        """

        from .ai_bot_v1_bots_bot_config_slack_update_create import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_create_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """Like `ai_bot_v1_bots_bot_config_slack_update_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_slack_update_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/`` (operation ``ai_bot_v1_bots_bot_config_slack_update_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedSlackConfigRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackConfig
        """

        from .ai_bot_v1_bots_bot_config_slack_update_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """Like `ai_bot_v1_bots_bot_config_slack_update_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_slack_update_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/`` (operation ``ai_bot_v1_bots_bot_config_teams_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TeamsConfig
        """

        from .ai_bot_v1_bots_bot_config_teams_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """Like `ai_bot_v1_bots_bot_config_teams_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_teams_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_update(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        ``PUT /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_update``)

        Args:
            org (str):
            id (int):
            body (TeamsConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TeamsConfig
        """

        from .ai_bot_v1_bots_bot_config_teams_update_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """Like `ai_bot_v1_bots_bot_config_teams_update_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_teams_update_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_create(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        ``POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_create``)

        Args:
            org (str):
            id (int):
            body (TeamsConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TeamsConfig
        """

        from .ai_bot_v1_bots_bot_config_teams_update_create import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_create_detailed(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """Like `ai_bot_v1_bots_bot_config_teams_update_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_teams_update_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedTeamsConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedTeamsConfigRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TeamsConfig
        """

        from .ai_bot_v1_bots_bot_config_teams_update_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedTeamsConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """Like `ai_bot_v1_bots_bot_config_teams_update_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_teams_update_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_webex_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WebexConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/`` (operation ``ai_bot_v1_bots_bot_config_webex_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WebexConfig
        """

        from .ai_bot_v1_bots_bot_config_webex_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_webex_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WebexConfig]:
        """Like `ai_bot_v1_bots_bot_config_webex_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_webex_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_webex_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWebexConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WebexConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/`` (operation ``ai_bot_v1_bots_bot_config_webex_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedWebexConfigRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WebexConfig
        """

        from .ai_bot_v1_bots_bot_config_webex_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_webex_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWebexConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WebexConfig]:
        """Like `ai_bot_v1_bots_bot_config_webex_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_webex_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_whatsapp_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/whatsapp/`` (operation ``ai_bot_v1_bots_bot_config_whatsapp_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatsappConfig
        """

        from .ai_bot_v1_bots_bot_config_whatsapp_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_whatsapp_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappConfig]:
        """Like `ai_bot_v1_bots_bot_config_whatsapp_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_whatsapp_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_whatsapp_config_update(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        ``PUT /api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/`` (operation ``ai_bot_v1_bots_bot_whatsapp_config_update``)

        Args:
            org (str):
            id (int):
            body (WhatsappConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatsappConfig
        """

        from .ai_bot_v1_bots_bot_whatsapp_config_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_whatsapp_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappConfig]:
        """Like `ai_bot_v1_bots_bot_whatsapp_config_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_whatsapp_config_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_whatsapp_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/`` (operation ``ai_bot_v1_bots_bot_whatsapp_config_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedWhatsappConfigRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatsappConfig
        """

        from .ai_bot_v1_bots_bot_whatsapp_config_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_whatsapp_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappConfig]:
        """Like `ai_bot_v1_bots_bot_whatsapp_config_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_whatsapp_config_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[DiscordUserConfig]:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``GET /api/ai-bot/v1/bots/{org}/discord-user-config/`` (operation ``ai_bot_v1_bots_discord_user_config_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[DiscordUserConfig]
        """

        from .ai_bot_v1_bots_discord_user_config_list import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[DiscordUserConfig]]:
        """Like `ai_bot_v1_bots_discord_user_config_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_create(
        self,
        org: str,
        *,
        body: DiscordUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``POST /api/ai-bot/v1/bots/{org}/discord-user-config/`` (operation ``ai_bot_v1_bots_discord_user_config_create``)

        Args:
            org (str):
            body (DiscordUserConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DiscordUserConfig
        """

        from .ai_bot_v1_bots_discord_user_config_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_create_detailed(
        self,
        org: str,
        *,
        body: DiscordUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """Like `ai_bot_v1_bots_discord_user_config_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``GET /api/ai-bot/v1/bots/{org}/discord-user-config/{id}/`` (operation ``ai_bot_v1_bots_discord_user_config_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DiscordUserConfig
        """

        from .ai_bot_v1_bots_discord_user_config_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """Like `ai_bot_v1_bots_discord_user_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: DiscordUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``PUT /api/ai-bot/v1/bots/{org}/discord-user-config/{id}/`` (operation ``ai_bot_v1_bots_discord_user_config_update``)

        Args:
            org (str):
            id (int):
            body (DiscordUserConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DiscordUserConfig
        """

        from .ai_bot_v1_bots_discord_user_config_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: DiscordUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """Like `ai_bot_v1_bots_discord_user_config_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``DELETE /api/ai-bot/v1/bots/{org}/discord-user-config/{id}/`` (operation ``ai_bot_v1_bots_discord_user_config_destroy``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_bot_v1_bots_discord_user_config_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_bot_v1_bots_discord_user_config_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``PATCH /api/ai-bot/v1/bots/{org}/discord-user-config/{id}/`` (operation ``ai_bot_v1_bots_discord_user_config_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedDiscordUserConfigRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DiscordUserConfig
        """

        from .ai_bot_v1_bots_discord_user_config_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """Like `ai_bot_v1_bots_discord_user_config_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[SlackUserConfig]:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``GET /api/ai-bot/v1/bots/{org}/slack-user-config/`` (operation ``ai_bot_v1_bots_slack_user_config_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[SlackUserConfig]
        """

        from .ai_bot_v1_bots_slack_user_config_list import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[SlackUserConfig]]:
        """Like `ai_bot_v1_bots_slack_user_config_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_create(
        self,
        org: str,
        *,
        body: SlackUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``POST /api/ai-bot/v1/bots/{org}/slack-user-config/`` (operation ``ai_bot_v1_bots_slack_user_config_create``)

        Args:
            org (str):
            body (SlackUserConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackUserConfig
        """

        from .ai_bot_v1_bots_slack_user_config_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_create_detailed(
        self,
        org: str,
        *,
        body: SlackUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """Like `ai_bot_v1_bots_slack_user_config_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``GET /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackUserConfig
        """

        from .ai_bot_v1_bots_slack_user_config_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """Like `ai_bot_v1_bots_slack_user_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: SlackUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``PUT /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_update``)

        Args:
            org (str):
            id (int):
            body (SlackUserConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackUserConfig
        """

        from .ai_bot_v1_bots_slack_user_config_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """Like `ai_bot_v1_bots_slack_user_config_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``DELETE /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_destroy``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_bot_v1_bots_slack_user_config_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_bot_v1_bots_slack_user_config_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``PATCH /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedSlackUserConfigRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SlackUserConfig
        """

        from .ai_bot_v1_bots_slack_user_config_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """Like `ai_bot_v1_bots_slack_user_config_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[WhatsappUserConfig]:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``GET /api/ai-bot/v1/bots/{org}/whatsapp-user-config/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[WhatsappUserConfig]
        """

        from .ai_bot_v1_bots_whatsapp_user_config_list import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[WhatsappUserConfig]]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_create(
        self,
        org: str,
        *,
        body: WhatsappUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``POST /api/ai-bot/v1/bots/{org}/whatsapp-user-config/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_create``)

        Args:
            org (str):
            body (WhatsappUserConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatsappUserConfig
        """

        from .ai_bot_v1_bots_whatsapp_user_config_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_create_detailed(
        self,
        org: str,
        *,
        body: WhatsappUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``GET /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_retrieve``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatsappUserConfig
        """

        from .ai_bot_v1_bots_whatsapp_user_config_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``PUT /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_update``)

        Args:
            org (str):
            id (int):
            body (WhatsappUserConfigRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatsappUserConfig
        """

        from .ai_bot_v1_bots_whatsapp_user_config_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``DELETE /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_destroy``)

        Args:
            org (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_bot_v1_bots_whatsapp_user_config_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``PATCH /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_partial_update``)

        Args:
            org (str):
            id (int):
            body (PatchedWhatsappUserConfigRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WhatsappUserConfig
        """

        from .ai_bot_v1_bots_whatsapp_user_config_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class AiBotApi:
    """The ``ai_bot`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_bot_v1_bots_webhooks_discord_create(
        self,
        org: str,
        name: str,
        *,
        body: DiscordWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_discord_create`."""
        from .ai_bot_v1_bots_webhooks_discord_create import sync

        return sync(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_discord_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: DiscordWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_discord_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_discord_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_slack_create(
        self,
        org: str,
        name: str,
        *,
        body: SlackWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_slack_create`."""
        from .ai_bot_v1_bots_webhooks_slack_create import sync

        return sync(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_slack_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: SlackWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_slack_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_slack_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_teams_retrieve(
        self,
        org: str,
        name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_teams_retrieve`."""
        from .ai_bot_v1_bots_webhooks_teams_retrieve import sync

        return sync(
            org,
            name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_teams_retrieve_detailed(
        self,
        org: str,
        name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_teams_retrieve_detailed`."""
        from .ai_bot_v1_bots_webhooks_teams_retrieve import sync_detailed

        return sync_detailed(
            org,
            name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_teams_create(
        self,
        org: str,
        name: str,
        *,
        body: TeamsWebhook | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_teams_create`."""
        from .ai_bot_v1_bots_webhooks_teams_create import sync

        return sync(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_teams_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: TeamsWebhook | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_teams_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_teams_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_webex_create(
        self,
        org: str,
        name: str,
        *,
        body: WebexWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WebexWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_webex_create`."""
        from .ai_bot_v1_bots_webhooks_webex_create import sync

        return sync(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_webex_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: WebexWebhook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WebexWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_webex_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_webex_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_whatsapp_retrieve(
        self,
        org: str,
        name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatAppWebHook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_whatsapp_retrieve`."""
        from .ai_bot_v1_bots_webhooks_whatsapp_retrieve import sync

        return sync(
            org,
            name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_whatsapp_retrieve_detailed(
        self,
        org: str,
        name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatAppWebHook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_whatsapp_retrieve_detailed`."""
        from .ai_bot_v1_bots_webhooks_whatsapp_retrieve import sync_detailed

        return sync_detailed(
            org,
            name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_whatsapp_create(
        self,
        org: str,
        name: str,
        *,
        body: WhatAppWebHook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatAppWebHook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_whatsapp_create`."""
        from .ai_bot_v1_bots_webhooks_whatsapp_create import sync

        return sync(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_whatsapp_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: WhatAppWebHook | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatAppWebHook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_whatsapp_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_whatsapp_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_list`."""
        from .ai_bot_v1_bots_bot_commands_list import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[BotCommand]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_list_detailed`."""
        from .ai_bot_v1_bots_bot_commands_list import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_create(
        self,
        org: str,
        *,
        body: BotCommandRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCommand:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_create`."""
        from .ai_bot_v1_bots_bot_commands_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_create_detailed(
        self,
        org: str,
        *,
        body: BotCommandRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_create_detailed`."""
        from .ai_bot_v1_bots_bot_commands_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCommand:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_retrieve`."""
        from .ai_bot_v1_bots_bot_commands_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_commands_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_update(
        self,
        org: str,
        id: int,
        *,
        body: BotCommandRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCommand:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_update`."""
        from .ai_bot_v1_bots_bot_commands_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: BotCommandRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_update_detailed`."""
        from .ai_bot_v1_bots_bot_commands_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_destroy`."""
        from .ai_bot_v1_bots_bot_commands_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_destroy_detailed`."""
        from .ai_bot_v1_bots_bot_commands_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCommandRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCommand:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_partial_update`."""
        from .ai_bot_v1_bots_bot_commands_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCommandRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_commands_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Bot]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_list`."""
        from .ai_bot_v1_bots_bot_list import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Bot]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_list_detailed`."""
        from .ai_bot_v1_bots_bot_list import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_create(
        self,
        org: str,
        *,
        body: BotCreateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCreate:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_create`."""
        from .ai_bot_v1_bots_bot_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_create_detailed(
        self,
        org: str,
        *,
        body: BotCreateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCreate]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_create_detailed`."""
        from .ai_bot_v1_bots_bot_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Bot:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_retrieve`."""
        from .ai_bot_v1_bots_bot_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Bot]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_update(
        self,
        org: str,
        id: int,
        *,
        body: BotCreateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCreate:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_update`."""
        from .ai_bot_v1_bots_bot_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: BotCreateRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCreate]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_update_detailed`."""
        from .ai_bot_v1_bots_bot_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_destroy`."""
        from .ai_bot_v1_bots_bot_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_destroy_detailed`."""
        from .ai_bot_v1_bots_bot_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCreateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BotCreate:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_partial_update`."""
        from .ai_bot_v1_bots_bot_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCreateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BotCreate]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_discord_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_discord_retrieve`."""
        from .ai_bot_v1_bots_bot_config_discord_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_discord_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_discord_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_discord_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_discord_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_discord_partial_update`."""
        from .ai_bot_v1_bots_bot_config_discord_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_discord_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_discord_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_discord_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_retrieve`."""
        from .ai_bot_v1_bots_bot_config_slack_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_slack_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_update(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_update`."""
        from .ai_bot_v1_bots_bot_config_slack_update_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_slack_update_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_create(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_create`."""
        from .ai_bot_v1_bots_bot_config_slack_update_create import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_create_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_create_detailed`."""
        from .ai_bot_v1_bots_bot_config_slack_update_create import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_partial_update`."""
        from .ai_bot_v1_bots_bot_config_slack_update_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_slack_update_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_retrieve`."""
        from .ai_bot_v1_bots_bot_config_teams_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_teams_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_update(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_update`."""
        from .ai_bot_v1_bots_bot_config_teams_update_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_teams_update_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_create(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_create`."""
        from .ai_bot_v1_bots_bot_config_teams_update_create import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_create_detailed(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_create_detailed`."""
        from .ai_bot_v1_bots_bot_config_teams_update_create import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedTeamsConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TeamsConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_partial_update`."""
        from .ai_bot_v1_bots_bot_config_teams_update_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedTeamsConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_teams_update_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_webex_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WebexConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_webex_retrieve`."""
        from .ai_bot_v1_bots_bot_config_webex_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_webex_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WebexConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_webex_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_webex_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_webex_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWebexConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WebexConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_webex_partial_update`."""
        from .ai_bot_v1_bots_bot_config_webex_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_webex_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWebexConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WebexConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_webex_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_webex_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_whatsapp_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_whatsapp_retrieve`."""
        from .ai_bot_v1_bots_bot_config_whatsapp_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_whatsapp_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_whatsapp_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_whatsapp_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_whatsapp_config_update(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_whatsapp_config_update`."""
        from .ai_bot_v1_bots_bot_whatsapp_config_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_whatsapp_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_whatsapp_config_update_detailed`."""
        from .ai_bot_v1_bots_bot_whatsapp_config_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_whatsapp_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_whatsapp_config_partial_update`."""
        from .ai_bot_v1_bots_bot_whatsapp_config_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_whatsapp_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_whatsapp_config_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_whatsapp_config_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_list`."""
        from .ai_bot_v1_bots_discord_user_config_list import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[DiscordUserConfig]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_list_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_list import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_create(
        self,
        org: str,
        *,
        body: DiscordUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_create`."""
        from .ai_bot_v1_bots_discord_user_config_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_create_detailed(
        self,
        org: str,
        *,
        body: DiscordUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_create_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_retrieve`."""
        from .ai_bot_v1_bots_discord_user_config_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_retrieve_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: DiscordUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_update`."""
        from .ai_bot_v1_bots_discord_user_config_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: DiscordUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_update_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_destroy`."""
        from .ai_bot_v1_bots_discord_user_config_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_destroy_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> DiscordUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_partial_update`."""
        from .ai_bot_v1_bots_discord_user_config_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_partial_update_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_list`."""
        from .ai_bot_v1_bots_slack_user_config_list import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[SlackUserConfig]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_list_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_list import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_create(
        self,
        org: str,
        *,
        body: SlackUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_create`."""
        from .ai_bot_v1_bots_slack_user_config_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_create_detailed(
        self,
        org: str,
        *,
        body: SlackUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_create_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_retrieve`."""
        from .ai_bot_v1_bots_slack_user_config_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_retrieve_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: SlackUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_update`."""
        from .ai_bot_v1_bots_slack_user_config_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_update_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_destroy`."""
        from .ai_bot_v1_bots_slack_user_config_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_destroy_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SlackUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_partial_update`."""
        from .ai_bot_v1_bots_slack_user_config_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_partial_update_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_list`."""
        from .ai_bot_v1_bots_whatsapp_user_config_list import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[WhatsappUserConfig]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_list_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_list import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_create(
        self,
        org: str,
        *,
        body: WhatsappUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_create`."""
        from .ai_bot_v1_bots_whatsapp_user_config_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_create_detailed(
        self,
        org: str,
        *,
        body: WhatsappUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_create_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_retrieve(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_retrieve`."""
        from .ai_bot_v1_bots_whatsapp_user_config_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_retrieve_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_update`."""
        from .ai_bot_v1_bots_whatsapp_user_config_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappUserConfigRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_update_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_destroy(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_destroy`."""
        from .ai_bot_v1_bots_whatsapp_user_config_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_destroy_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_partial_update`."""
        from .ai_bot_v1_bots_whatsapp_user_config_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappUserConfigRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_partial_update_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
