"""Operations tagged ``ai_bot`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiBotApi` / `AiBotApi`, reached as
``client.ai_bot``. A method imports its operation module on first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

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
        body: DiscordWebhook,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_discord_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: DiscordWebhook,
    ) -> Response[DiscordWebhook]:
        """Like `ai_bot_v1_bots_webhooks_discord_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_discord_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_slack_create(
        self,
        org: str,
        name: str,
        *,
        body: SlackWebhook,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_slack_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: SlackWebhook,
    ) -> Response[SlackWebhook]:
        """Like `ai_bot_v1_bots_webhooks_slack_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_slack_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_teams_create(
        self,
        org: str,
        name: str,
        *,
        body: TeamsWebhook | Unset = UNSET,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_teams_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: TeamsWebhook | Unset = UNSET,
    ) -> Response[TeamsWebhook]:
        """Like `ai_bot_v1_bots_webhooks_teams_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_teams_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_webex_create(
        self,
        org: str,
        name: str,
        *,
        body: WebexWebhook,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_webex_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: WebexWebhook,
    ) -> Response[WebexWebhook]:
        """Like `ai_bot_v1_bots_webhooks_webex_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_webex_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_whatsapp_retrieve(
        self,
        org: str,
        name: str,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_whatsapp_retrieve_detailed(
        self,
        org: str,
        name: str,
    ) -> Response[WhatAppWebHook]:
        """Like `ai_bot_v1_bots_webhooks_whatsapp_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_whatsapp_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_whatsapp_create(
        self,
        org: str,
        name: str,
        *,
        body: WhatAppWebHook,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_webhooks_whatsapp_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: WhatAppWebHook,
    ) -> Response[WhatAppWebHook]:
        """Like `ai_bot_v1_bots_webhooks_whatsapp_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_webhooks_whatsapp_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_list(
        self,
        org: str,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_list_detailed(
        self,
        org: str,
    ) -> Response[list[BotCommand]]:
        """Like `ai_bot_v1_bots_bot_commands_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_create(
        self,
        org: str,
        *,
        body: BotCommandRequest,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_create_detailed(
        self,
        org: str,
        *,
        body: BotCommandRequest,
    ) -> Response[BotCommand]:
        """Like `ai_bot_v1_bots_bot_commands_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_retrieve(
        self,
        org: str,
        id: int,
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``GET /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot command.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[BotCommand]:
        """Like `ai_bot_v1_bots_bot_commands_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_update(
        self,
        org: str,
        id: int,
        *,
        body: BotCommandRequest,
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``PUT /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot command.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: BotCommandRequest,
    ) -> Response[BotCommand]:
        """Like `ai_bot_v1_bots_bot_commands_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``DELETE /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_destroy``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot command.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_bot_v1_bots_bot_commands_destroy import asyncio

        return await asyncio(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_bot_v1_bots_bot_commands_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCommandRequest | Unset = UNSET,
    ) -> BotCommand:
        """Create slash commands for a specific bot eg. /iblai-baseline

        ``PATCH /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot command.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_commands_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCommandRequest | Unset = UNSET,
    ) -> Response[BotCommand]:
        """Like `ai_bot_v1_bots_bot_commands_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_commands_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_list(
        self,
        org: str,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_list_detailed(
        self,
        org: str,
    ) -> Response[list[Bot]]:
        """Like `ai_bot_v1_bots_bot_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_create(
        self,
        org: str,
        *,
        body: BotCreateRequest,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_create_detailed(
        self,
        org: str,
        *,
        body: BotCreateRequest,
    ) -> Response[BotCreate]:
        """Like `ai_bot_v1_bots_bot_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_retrieve(
        self,
        org: str,
        id: int,
    ) -> Bot:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/`` (operation ``ai_bot_v1_bots_bot_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Bot]:
        """Like `ai_bot_v1_bots_bot_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_update(
        self,
        org: str,
        id: int,
        *,
        body: BotCreateRequest,
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        ``PUT /api/ai-bot/v1/bots/{org}/bot/{id}/`` (operation ``ai_bot_v1_bots_bot_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: BotCreateRequest,
    ) -> Response[BotCreate]:
        """Like `ai_bot_v1_bots_bot_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """Create modify and update bot information for a specific tenant.

        ``DELETE /api/ai-bot/v1/bots/{org}/bot/{id}/`` (operation ``ai_bot_v1_bots_bot_destroy``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_bot_v1_bots_bot_destroy import asyncio

        return await asyncio(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_bot_v1_bots_bot_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCreateRequest | Unset = UNSET,
    ) -> BotCreate:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/`` (operation ``ai_bot_v1_bots_bot_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCreateRequest | Unset = UNSET,
    ) -> Response[BotCreate]:
        """Like `ai_bot_v1_bots_bot_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_discord_retrieve(
        self,
        org: str,
        id: int,
    ) -> DiscordConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/discord/`` (operation ``ai_bot_v1_bots_bot_config_discord_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_discord_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[DiscordConfig]:
        """Like `ai_bot_v1_bots_bot_config_discord_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_discord_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_discord_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordConfigRequest | Unset = UNSET,
    ) -> DiscordConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/discord/`` (operation ``ai_bot_v1_bots_bot_config_discord_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_discord_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordConfigRequest | Unset = UNSET,
    ) -> Response[DiscordConfig]:
        """Like `ai_bot_v1_bots_bot_config_discord_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_discord_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_retrieve(
        self,
        org: str,
        id: int,
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/`` (operation ``ai_bot_v1_bots_bot_config_slack_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[SlackConfig]:
        """Like `ai_bot_v1_bots_bot_config_slack_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_slack_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_update(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest,
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        ``PUT /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/`` (operation ``ai_bot_v1_bots_bot_config_slack_update_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest,
    ) -> Response[SlackConfig]:
        """Like `ai_bot_v1_bots_bot_config_slack_update_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_slack_update_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_create(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest,
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        ``POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/`` (operation ``ai_bot_v1_bots_bot_config_slack_update_create``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_create_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest,
    ) -> Response[SlackConfig]:
        """Like `ai_bot_v1_bots_bot_config_slack_update_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_slack_update_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackConfigRequest | Unset = UNSET,
    ) -> SlackConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/`` (operation ``ai_bot_v1_bots_bot_config_slack_update_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_slack_update_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackConfigRequest | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """Like `ai_bot_v1_bots_bot_config_slack_update_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_slack_update_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_retrieve(
        self,
        org: str,
        id: int,
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/`` (operation ``ai_bot_v1_bots_bot_config_teams_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[TeamsConfig]:
        """Like `ai_bot_v1_bots_bot_config_teams_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_teams_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_update(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest,
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        ``PUT /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest,
    ) -> Response[TeamsConfig]:
        """Like `ai_bot_v1_bots_bot_config_teams_update_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_teams_update_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_create(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest,
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        ``POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_create``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_create_detailed(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest,
    ) -> Response[TeamsConfig]:
        """Like `ai_bot_v1_bots_bot_config_teams_update_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_teams_update_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedTeamsConfigRequest | Unset = UNSET,
    ) -> TeamsConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_teams_update_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedTeamsConfigRequest | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """Like `ai_bot_v1_bots_bot_config_teams_update_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_teams_update_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_webex_retrieve(
        self,
        org: str,
        id: int,
    ) -> WebexConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/`` (operation ``ai_bot_v1_bots_bot_config_webex_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_webex_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[WebexConfig]:
        """Like `ai_bot_v1_bots_bot_config_webex_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_webex_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_webex_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWebexConfigRequest | Unset = UNSET,
    ) -> WebexConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/`` (operation ``ai_bot_v1_bots_bot_config_webex_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_webex_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWebexConfigRequest | Unset = UNSET,
    ) -> Response[WebexConfig]:
        """Like `ai_bot_v1_bots_bot_config_webex_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_webex_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_whatsapp_retrieve(
        self,
        org: str,
        id: int,
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/whatsapp/`` (operation ``ai_bot_v1_bots_bot_config_whatsapp_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_config_whatsapp_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[WhatsappConfig]:
        """Like `ai_bot_v1_bots_bot_config_whatsapp_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_config_whatsapp_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_whatsapp_config_update(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappConfigRequest,
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        ``PUT /api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/`` (operation ``ai_bot_v1_bots_bot_whatsapp_config_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_whatsapp_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappConfigRequest,
    ) -> Response[WhatsappConfig]:
        """Like `ai_bot_v1_bots_bot_whatsapp_config_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_whatsapp_config_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_whatsapp_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappConfigRequest | Unset = UNSET,
    ) -> WhatsappConfig:
        """Create modify and update bot information for a specific tenant.

        ``PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/`` (operation ``ai_bot_v1_bots_bot_whatsapp_config_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this bot.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_bot_whatsapp_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappConfigRequest | Unset = UNSET,
    ) -> Response[WhatsappConfig]:
        """Like `ai_bot_v1_bots_bot_whatsapp_config_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_bot_whatsapp_config_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_list(
        self,
        org: str,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_list_detailed(
        self,
        org: str,
    ) -> Response[list[DiscordUserConfig]]:
        """Like `ai_bot_v1_bots_discord_user_config_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_create(
        self,
        org: str,
        *,
        body: DiscordUserConfigRequest,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_create_detailed(
        self,
        org: str,
        *,
        body: DiscordUserConfigRequest,
    ) -> Response[DiscordUserConfig]:
        """Like `ai_bot_v1_bots_discord_user_config_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_retrieve(
        self,
        org: str,
        id: int,
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``GET /api/ai-bot/v1/bots/{org}/discord-user-config/{id}/`` (operation ``ai_bot_v1_bots_discord_user_config_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this discord user config.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[DiscordUserConfig]:
        """Like `ai_bot_v1_bots_discord_user_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: DiscordUserConfigRequest,
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``PUT /api/ai-bot/v1/bots/{org}/discord-user-config/{id}/`` (operation ``ai_bot_v1_bots_discord_user_config_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this discord user config.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: DiscordUserConfigRequest,
    ) -> Response[DiscordUserConfig]:
        """Like `ai_bot_v1_bots_discord_user_config_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``DELETE /api/ai-bot/v1/bots/{org}/discord-user-config/{id}/`` (operation ``ai_bot_v1_bots_discord_user_config_destroy``)

        Args:
            org (str):
            id (int): A unique integer value identifying this discord user config.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_bot_v1_bots_discord_user_config_destroy import asyncio

        return await asyncio(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_bot_v1_bots_discord_user_config_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordUserConfigRequest | Unset = UNSET,
    ) -> DiscordUserConfig:
        """Setup discord user id linkage with discord bots this will be used to authenticate the user when
        interracting with discord bots. the user id can be copied from the discord app after tapping on
        the user profile.

        ``PATCH /api/ai-bot/v1/bots/{org}/discord-user-config/{id}/`` (operation ``ai_bot_v1_bots_discord_user_config_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this discord user config.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_discord_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordUserConfigRequest | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """Like `ai_bot_v1_bots_discord_user_config_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_discord_user_config_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_list(
        self,
        org: str,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_list_detailed(
        self,
        org: str,
    ) -> Response[list[SlackUserConfig]]:
        """Like `ai_bot_v1_bots_slack_user_config_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_create(
        self,
        org: str,
        *,
        body: SlackUserConfigRequest,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_create_detailed(
        self,
        org: str,
        *,
        body: SlackUserConfigRequest,
    ) -> Response[SlackUserConfig]:
        """Like `ai_bot_v1_bots_slack_user_config_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_retrieve(
        self,
        org: str,
        id: int,
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``GET /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this slack user config.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[SlackUserConfig]:
        """Like `ai_bot_v1_bots_slack_user_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: SlackUserConfigRequest,
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``PUT /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this slack user config.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackUserConfigRequest,
    ) -> Response[SlackUserConfig]:
        """Like `ai_bot_v1_bots_slack_user_config_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``DELETE /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_destroy``)

        Args:
            org (str):
            id (int): A unique integer value identifying this slack user config.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_bot_v1_bots_slack_user_config_destroy import asyncio

        return await asyncio(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_bot_v1_bots_slack_user_config_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackUserConfigRequest | Unset = UNSET,
    ) -> SlackUserConfig:
        """Setup slack username and domain linkage with slack bots this will be used to authenticate the
        user when interracting with slack bots.

        ``PATCH /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this slack user config.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_slack_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackUserConfigRequest | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """Like `ai_bot_v1_bots_slack_user_config_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_slack_user_config_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_list(
        self,
        org: str,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_list_detailed(
        self,
        org: str,
    ) -> Response[list[WhatsappUserConfig]]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_list`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_create(
        self,
        org: str,
        *,
        body: WhatsappUserConfigRequest,
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
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_create_detailed(
        self,
        org: str,
        *,
        body: WhatsappUserConfigRequest,
    ) -> Response[WhatsappUserConfig]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_create`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_retrieve(
        self,
        org: str,
        id: int,
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``GET /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_retrieve``)

        Args:
            org (str):
            id (int): A unique integer value identifying this whatsapp user config.

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
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[WhatsappUserConfig]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappUserConfigRequest,
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``PUT /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this whatsapp user config.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappUserConfigRequest,
    ) -> Response[WhatsappUserConfig]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``DELETE /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_destroy``)

        Args:
            org (str):
            id (int): A unique integer value identifying this whatsapp user config.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_bot_v1_bots_whatsapp_user_config_destroy import asyncio

        return await asyncio(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappUserConfigRequest | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
        allow access to whatsapp bots.

        ``PATCH /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_partial_update``)

        Args:
            org (str):
            id (int): A unique integer value identifying this whatsapp user config.
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
            client=self._client,
        )

    async def ai_bot_v1_bots_whatsapp_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappUserConfigRequest | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """Like `ai_bot_v1_bots_whatsapp_user_config_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_bot_v1_bots_whatsapp_user_config_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
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
        body: DiscordWebhook,
    ) -> DiscordWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_discord_create`."""
        from .ai_bot_v1_bots_webhooks_discord_create import sync

        return sync(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_discord_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: DiscordWebhook,
    ) -> Response[DiscordWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_discord_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_discord_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_slack_create(
        self,
        org: str,
        name: str,
        *,
        body: SlackWebhook,
    ) -> SlackWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_slack_create`."""
        from .ai_bot_v1_bots_webhooks_slack_create import sync

        return sync(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_slack_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: SlackWebhook,
    ) -> Response[SlackWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_slack_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_slack_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_teams_create(
        self,
        org: str,
        name: str,
        *,
        body: TeamsWebhook | Unset = UNSET,
    ) -> TeamsWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_teams_create`."""
        from .ai_bot_v1_bots_webhooks_teams_create import sync

        return sync(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_teams_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: TeamsWebhook | Unset = UNSET,
    ) -> Response[TeamsWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_teams_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_teams_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_webex_create(
        self,
        org: str,
        name: str,
        *,
        body: WebexWebhook,
    ) -> WebexWebhook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_webex_create`."""
        from .ai_bot_v1_bots_webhooks_webex_create import sync

        return sync(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_webex_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: WebexWebhook,
    ) -> Response[WebexWebhook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_webex_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_webex_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_whatsapp_retrieve(
        self,
        org: str,
        name: str,
    ) -> WhatAppWebHook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_whatsapp_retrieve`."""
        from .ai_bot_v1_bots_webhooks_whatsapp_retrieve import sync

        return sync(
            org,
            name,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_whatsapp_retrieve_detailed(
        self,
        org: str,
        name: str,
    ) -> Response[WhatAppWebHook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_whatsapp_retrieve_detailed`."""
        from .ai_bot_v1_bots_webhooks_whatsapp_retrieve import sync_detailed

        return sync_detailed(
            org,
            name,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_whatsapp_create(
        self,
        org: str,
        name: str,
        *,
        body: WhatAppWebHook,
    ) -> WhatAppWebHook:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_whatsapp_create`."""
        from .ai_bot_v1_bots_webhooks_whatsapp_create import sync

        return sync(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_webhooks_whatsapp_create_detailed(
        self,
        org: str,
        name: str,
        *,
        body: WhatAppWebHook,
    ) -> Response[WhatAppWebHook]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_webhooks_whatsapp_create_detailed`."""
        from .ai_bot_v1_bots_webhooks_whatsapp_create import sync_detailed

        return sync_detailed(
            org,
            name,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_list(
        self,
        org: str,
    ) -> list[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_list`."""
        from .ai_bot_v1_bots_bot_commands_list import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_list_detailed(
        self,
        org: str,
    ) -> Response[list[BotCommand]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_list_detailed`."""
        from .ai_bot_v1_bots_bot_commands_list import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_create(
        self,
        org: str,
        *,
        body: BotCommandRequest,
    ) -> BotCommand:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_create`."""
        from .ai_bot_v1_bots_bot_commands_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_create_detailed(
        self,
        org: str,
        *,
        body: BotCommandRequest,
    ) -> Response[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_create_detailed`."""
        from .ai_bot_v1_bots_bot_commands_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_retrieve(
        self,
        org: str,
        id: int,
    ) -> BotCommand:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_retrieve`."""
        from .ai_bot_v1_bots_bot_commands_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_commands_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_update(
        self,
        org: str,
        id: int,
        *,
        body: BotCommandRequest,
    ) -> BotCommand:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_update`."""
        from .ai_bot_v1_bots_bot_commands_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: BotCommandRequest,
    ) -> Response[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_update_detailed`."""
        from .ai_bot_v1_bots_bot_commands_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_destroy`."""
        from .ai_bot_v1_bots_bot_commands_destroy import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_destroy_detailed`."""
        from .ai_bot_v1_bots_bot_commands_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCommandRequest | Unset = UNSET,
    ) -> BotCommand:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_partial_update`."""
        from .ai_bot_v1_bots_bot_commands_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_commands_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCommandRequest | Unset = UNSET,
    ) -> Response[BotCommand]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_commands_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_commands_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_list(
        self,
        org: str,
    ) -> list[Bot]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_list`."""
        from .ai_bot_v1_bots_bot_list import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_list_detailed(
        self,
        org: str,
    ) -> Response[list[Bot]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_list_detailed`."""
        from .ai_bot_v1_bots_bot_list import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_create(
        self,
        org: str,
        *,
        body: BotCreateRequest,
    ) -> BotCreate:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_create`."""
        from .ai_bot_v1_bots_bot_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_create_detailed(
        self,
        org: str,
        *,
        body: BotCreateRequest,
    ) -> Response[BotCreate]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_create_detailed`."""
        from .ai_bot_v1_bots_bot_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_retrieve(
        self,
        org: str,
        id: int,
    ) -> Bot:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_retrieve`."""
        from .ai_bot_v1_bots_bot_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Bot]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_update(
        self,
        org: str,
        id: int,
        *,
        body: BotCreateRequest,
    ) -> BotCreate:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_update`."""
        from .ai_bot_v1_bots_bot_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: BotCreateRequest,
    ) -> Response[BotCreate]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_update_detailed`."""
        from .ai_bot_v1_bots_bot_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_destroy`."""
        from .ai_bot_v1_bots_bot_destroy import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_destroy_detailed`."""
        from .ai_bot_v1_bots_bot_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCreateRequest | Unset = UNSET,
    ) -> BotCreate:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_partial_update`."""
        from .ai_bot_v1_bots_bot_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedBotCreateRequest | Unset = UNSET,
    ) -> Response[BotCreate]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_discord_retrieve(
        self,
        org: str,
        id: int,
    ) -> DiscordConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_discord_retrieve`."""
        from .ai_bot_v1_bots_bot_config_discord_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_discord_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[DiscordConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_discord_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_discord_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_discord_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordConfigRequest | Unset = UNSET,
    ) -> DiscordConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_discord_partial_update`."""
        from .ai_bot_v1_bots_bot_config_discord_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_discord_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordConfigRequest | Unset = UNSET,
    ) -> Response[DiscordConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_discord_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_discord_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_retrieve(
        self,
        org: str,
        id: int,
    ) -> SlackConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_retrieve`."""
        from .ai_bot_v1_bots_bot_config_slack_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[SlackConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_slack_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_update(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest,
    ) -> SlackConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_update`."""
        from .ai_bot_v1_bots_bot_config_slack_update_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest,
    ) -> Response[SlackConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_slack_update_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_create(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest,
    ) -> SlackConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_create`."""
        from .ai_bot_v1_bots_bot_config_slack_update_create import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_create_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackConfigRequest,
    ) -> Response[SlackConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_create_detailed`."""
        from .ai_bot_v1_bots_bot_config_slack_update_create import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackConfigRequest | Unset = UNSET,
    ) -> SlackConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_partial_update`."""
        from .ai_bot_v1_bots_bot_config_slack_update_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_slack_update_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackConfigRequest | Unset = UNSET,
    ) -> Response[SlackConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_slack_update_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_slack_update_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_retrieve(
        self,
        org: str,
        id: int,
    ) -> TeamsConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_retrieve`."""
        from .ai_bot_v1_bots_bot_config_teams_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[TeamsConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_teams_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_update(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest,
    ) -> TeamsConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_update`."""
        from .ai_bot_v1_bots_bot_config_teams_update_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest,
    ) -> Response[TeamsConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_teams_update_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_create(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest,
    ) -> TeamsConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_create`."""
        from .ai_bot_v1_bots_bot_config_teams_update_create import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_create_detailed(
        self,
        org: str,
        id: int,
        *,
        body: TeamsConfigRequest,
    ) -> Response[TeamsConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_create_detailed`."""
        from .ai_bot_v1_bots_bot_config_teams_update_create import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedTeamsConfigRequest | Unset = UNSET,
    ) -> TeamsConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_partial_update`."""
        from .ai_bot_v1_bots_bot_config_teams_update_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_teams_update_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedTeamsConfigRequest | Unset = UNSET,
    ) -> Response[TeamsConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_teams_update_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_teams_update_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_webex_retrieve(
        self,
        org: str,
        id: int,
    ) -> WebexConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_webex_retrieve`."""
        from .ai_bot_v1_bots_bot_config_webex_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_webex_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[WebexConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_webex_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_webex_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_webex_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWebexConfigRequest | Unset = UNSET,
    ) -> WebexConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_webex_partial_update`."""
        from .ai_bot_v1_bots_bot_config_webex_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_webex_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWebexConfigRequest | Unset = UNSET,
    ) -> Response[WebexConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_webex_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_config_webex_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_whatsapp_retrieve(
        self,
        org: str,
        id: int,
    ) -> WhatsappConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_whatsapp_retrieve`."""
        from .ai_bot_v1_bots_bot_config_whatsapp_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_config_whatsapp_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[WhatsappConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_config_whatsapp_retrieve_detailed`."""
        from .ai_bot_v1_bots_bot_config_whatsapp_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_whatsapp_config_update(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappConfigRequest,
    ) -> WhatsappConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_whatsapp_config_update`."""
        from .ai_bot_v1_bots_bot_whatsapp_config_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_whatsapp_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappConfigRequest,
    ) -> Response[WhatsappConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_whatsapp_config_update_detailed`."""
        from .ai_bot_v1_bots_bot_whatsapp_config_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_whatsapp_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappConfigRequest | Unset = UNSET,
    ) -> WhatsappConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_whatsapp_config_partial_update`."""
        from .ai_bot_v1_bots_bot_whatsapp_config_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_bot_whatsapp_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappConfigRequest | Unset = UNSET,
    ) -> Response[WhatsappConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_bot_whatsapp_config_partial_update_detailed`."""
        from .ai_bot_v1_bots_bot_whatsapp_config_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_list(
        self,
        org: str,
    ) -> list[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_list`."""
        from .ai_bot_v1_bots_discord_user_config_list import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_list_detailed(
        self,
        org: str,
    ) -> Response[list[DiscordUserConfig]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_list_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_list import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_create(
        self,
        org: str,
        *,
        body: DiscordUserConfigRequest,
    ) -> DiscordUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_create`."""
        from .ai_bot_v1_bots_discord_user_config_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_create_detailed(
        self,
        org: str,
        *,
        body: DiscordUserConfigRequest,
    ) -> Response[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_create_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_retrieve(
        self,
        org: str,
        id: int,
    ) -> DiscordUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_retrieve`."""
        from .ai_bot_v1_bots_discord_user_config_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_retrieve_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: DiscordUserConfigRequest,
    ) -> DiscordUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_update`."""
        from .ai_bot_v1_bots_discord_user_config_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: DiscordUserConfigRequest,
    ) -> Response[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_update_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_destroy`."""
        from .ai_bot_v1_bots_discord_user_config_destroy import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_destroy_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordUserConfigRequest | Unset = UNSET,
    ) -> DiscordUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_partial_update`."""
        from .ai_bot_v1_bots_discord_user_config_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_discord_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedDiscordUserConfigRequest | Unset = UNSET,
    ) -> Response[DiscordUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_discord_user_config_partial_update_detailed`."""
        from .ai_bot_v1_bots_discord_user_config_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_list(
        self,
        org: str,
    ) -> list[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_list`."""
        from .ai_bot_v1_bots_slack_user_config_list import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_list_detailed(
        self,
        org: str,
    ) -> Response[list[SlackUserConfig]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_list_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_list import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_create(
        self,
        org: str,
        *,
        body: SlackUserConfigRequest,
    ) -> SlackUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_create`."""
        from .ai_bot_v1_bots_slack_user_config_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_create_detailed(
        self,
        org: str,
        *,
        body: SlackUserConfigRequest,
    ) -> Response[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_create_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_retrieve(
        self,
        org: str,
        id: int,
    ) -> SlackUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_retrieve`."""
        from .ai_bot_v1_bots_slack_user_config_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_retrieve_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: SlackUserConfigRequest,
    ) -> SlackUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_update`."""
        from .ai_bot_v1_bots_slack_user_config_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: SlackUserConfigRequest,
    ) -> Response[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_update_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_destroy`."""
        from .ai_bot_v1_bots_slack_user_config_destroy import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_destroy_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackUserConfigRequest | Unset = UNSET,
    ) -> SlackUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_partial_update`."""
        from .ai_bot_v1_bots_slack_user_config_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_slack_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedSlackUserConfigRequest | Unset = UNSET,
    ) -> Response[SlackUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_slack_user_config_partial_update_detailed`."""
        from .ai_bot_v1_bots_slack_user_config_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_list(
        self,
        org: str,
    ) -> list[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_list`."""
        from .ai_bot_v1_bots_whatsapp_user_config_list import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_list_detailed(
        self,
        org: str,
    ) -> Response[list[WhatsappUserConfig]]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_list_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_list import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_create(
        self,
        org: str,
        *,
        body: WhatsappUserConfigRequest,
    ) -> WhatsappUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_create`."""
        from .ai_bot_v1_bots_whatsapp_user_config_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_create_detailed(
        self,
        org: str,
        *,
        body: WhatsappUserConfigRequest,
    ) -> Response[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_create_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_retrieve(
        self,
        org: str,
        id: int,
    ) -> WhatsappUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_retrieve`."""
        from .ai_bot_v1_bots_whatsapp_user_config_retrieve import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_retrieve_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_retrieve_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_update(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappUserConfigRequest,
    ) -> WhatsappUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_update`."""
        from .ai_bot_v1_bots_whatsapp_user_config_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: WhatsappUserConfigRequest,
    ) -> Response[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_update_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_destroy(
        self,
        org: str,
        id: int,
    ) -> Any:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_destroy`."""
        from .ai_bot_v1_bots_whatsapp_user_config_destroy import sync

        return sync(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_destroy_detailed(
        self,
        org: str,
        id: int,
    ) -> Response[Any]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_destroy_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_partial_update(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappUserConfigRequest | Unset = UNSET,
    ) -> WhatsappUserConfig:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_partial_update`."""
        from .ai_bot_v1_bots_whatsapp_user_config_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            client=self._client,
        )

    def ai_bot_v1_bots_whatsapp_user_config_partial_update_detailed(
        self,
        org: str,
        id: int,
        *,
        body: PatchedWhatsappUserConfigRequest | Unset = UNSET,
    ) -> Response[WhatsappUserConfig]:
        """See `AsyncAiBotApi.ai_bot_v1_bots_whatsapp_user_config_partial_update_detailed`."""
        from .ai_bot_v1_bots_whatsapp_user_config_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            client=self._client,
        )
