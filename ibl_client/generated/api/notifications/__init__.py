"""Operations tagged ``notifications`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncNotificationsApi` / `NotificationsApi`, reached as
``client.notifications``. A method imports its operation module on first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.campaign_enablement import CampaignEnablement
    from ...models.campaign_exclusion import CampaignExclusion
    from ...models.context_response import ContextResponse
    from ...models.error_response import ErrorResponse
    from ...models.mark_all_read_request import MarkAllReadRequest
    from ...models.mark_all_read_response import MarkAllReadResponse
    from ...models.notification import Notification
    from ...models.notification_count import NotificationCount
    from ...models.notification_preview import NotificationPreview
    from ...models.notification_request import NotificationRequest
    from ...models.notification_source import NotificationSource
    from ...models.notification_v1_campaigns_unsubscribe_retrieve_200_response import (
        NotificationV1CampaignsUnsubscribeRetrieve200Response,
    )
    from ...models.patched_notification_request import PatchedNotificationRequest
    from ...models.preview_response import PreviewResponse
    from ...models.recipient import Recipient
    from ...models.send_notification import SendNotification
    from ...models.send_response import SendResponse
    from ...models.validate_source_response import ValidateSourceResponse
    from ...types import UNSET, Unset


class AsyncNotificationsApi:
    """The ``notifications`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def notification_v1_campaigns_unsubscribe_retrieve(
        self,
        unsubscribe_hash: str,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """Unsubscribe from a campaign using a hash

        ``GET /api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/`` (operation ``notification_v1_campaigns_unsubscribe_retrieve``)

        Args:
            unsubscribe_hash (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationV1CampaignsUnsubscribeRetrieve200Response
        """

        from .notification_v1_campaigns_unsubscribe_retrieve import asyncio

        return await asyncio(
            unsubscribe_hash,
            client=self._client,
        )

    async def notification_v1_campaigns_unsubscribe_retrieve_detailed(
        self,
        unsubscribe_hash: str,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """Like `notification_v1_campaigns_unsubscribe_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_campaigns_unsubscribe_retrieve import asyncio_detailed

        return await asyncio_detailed(
            unsubscribe_hash,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_retrieve(
        self,
        org: str,
        *,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Notification:
        """Get notifications for a user

        ``GET /api/notification/v1/orgs/{org}/notifications/`` (operation ``notification_v1_orgs_notifications_retrieve``)

        Args:
            org (str):
            channel (str | Unset):
            end_date (str | Unset):
            exclude_channel (str | Unset):
            start_date (str | Unset):
            status (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Notification
        """

        from .notification_v1_orgs_notifications_retrieve import asyncio

        return await asyncio(
            org,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_retrieve_detailed(
        self,
        org: str,
        *,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_notifications_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notifications_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_update(
        self,
        org: str,
        *,
        body: NotificationRequest,
    ) -> Notification:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``PUT /api/notification/v1/orgs/{org}/notifications/`` (operation ``notification_v1_orgs_notifications_update``)

        Args:
            org (str):
            body (NotificationRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Notification
        """

        from .notification_v1_orgs_notifications_update import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_update_detailed(
        self,
        org: str,
        *,
        body: NotificationRequest,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_notifications_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notifications_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_bulk_update_partial_update(
        self,
        org: str,
        *,
        body: PatchedNotificationRequest | Unset = UNSET,
    ) -> Notification:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``PATCH /api/notification/v1/orgs/{org}/notifications/bulk-update/`` (operation ``notification_v1_orgs_notifications_bulk_update_partial_update``)

        Args:
            org (str):
            body (PatchedNotificationRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Notification
        """

        from .notification_v1_orgs_notifications_bulk_update_partial_update import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_bulk_update_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedNotificationRequest | Unset = UNSET,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_notifications_bulk_update_partial_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notifications_bulk_update_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_count_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> NotificationCount:
        """Get notifications count for a user

        ``GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/`` (operation ``notification_v1_orgs_users_notifications_count_retrieve``)

        Args:
            org (str):
            user_id (str):
            channel (str | Unset):
            status (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationCount
        """

        from .notification_v1_orgs_users_notifications_count_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            channel=channel,
            status=status,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_count_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[NotificationCount]:
        """Like `notification_v1_orgs_users_notifications_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            channel=channel,
            status=status,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Notification:
        """Get notifications for a user

        ``GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications/`` (operation ``notification_v1_orgs_users_notifications_retrieve``)

        Args:
            org (str):
            user_id (str):
            channel (str | Unset):
            end_date (str | Unset):
            exclude_channel (str | Unset):
            start_date (str | Unset):
            status (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Notification
        """

        from .notification_v1_orgs_users_notifications_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_users_notifications_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_update(
        self,
        org: str,
        user_id: str,
        *,
        body: NotificationRequest,
    ) -> Notification:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``PUT /api/notification/v1/orgs/{org}/users/{user_id}/notifications/`` (operation ``notification_v1_orgs_users_notifications_update``)

        Args:
            org (str):
            user_id (str):
            body (NotificationRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Notification
        """

        from .notification_v1_orgs_users_notifications_update import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: NotificationRequest,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_users_notifications_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_bulk_update_partial_update(
        self,
        org: str,
        user_id: str,
        *,
        body: PatchedNotificationRequest | Unset = UNSET,
    ) -> Notification:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``PATCH /api/notification/v1/orgs/{org}/users/{user_id}/notifications/bulk-update/`` (operation ``notification_v1_orgs_users_notifications_bulk_update_partial_update``)

        Args:
            org (str):
            user_id (str):
            body (PatchedNotificationRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Notification
        """

        from .notification_v1_orgs_users_notifications_bulk_update_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_bulk_update_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PatchedNotificationRequest | Unset = UNSET,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_users_notifications_bulk_update_partial_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_bulk_update_partial_update import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_destroy(
        self,
        org: str,
        user_id: str,
        notification_id: str,
    ) -> Any:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``DELETE /api/notification/v1/orgs/{org}/users/{user_id}/notifications/{notification_id}/`` (operation ``notification_v1_orgs_users_notifications_destroy``)

        Args:
            org (str):
            user_id (str):
            notification_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .notification_v1_orgs_users_notifications_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            notification_id,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_destroy_detailed(
        self,
        org: str,
        user_id: str,
        notification_id: str,
    ) -> Response[Any]:
        """Like `notification_v1_orgs_users_notifications_destroy`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            notification_id,
            client=self._client,
        )

    async def notification_v1_orgs_campaigns_enable_create(
        self,
        platform_key: str,
        *,
        body: CampaignEnablement | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """Re-enable campaigns for a user

        ``POST /api/notification/v1/orgs/{platform_key}/campaigns/enable/`` (operation ``notification_v1_orgs_campaigns_enable_create``)

        Args:
            platform_key (str):
            body (CampaignEnablement | Unset): Serializer for campaign enablement requests.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationV1CampaignsUnsubscribeRetrieve200Response
        """

        from .notification_v1_orgs_campaigns_enable_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_campaigns_enable_create_detailed(
        self,
        platform_key: str,
        *,
        body: CampaignEnablement | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """Like `notification_v1_orgs_campaigns_enable_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_campaigns_enable_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_campaigns_exclude_create(
        self,
        platform_key: str,
        *,
        body: CampaignExclusion | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """Exclude a user from specified campaigns

        ``POST /api/notification/v1/orgs/{platform_key}/campaigns/exclude/`` (operation ``notification_v1_orgs_campaigns_exclude_create``)

        Args:
            platform_key (str):
            body (CampaignExclusion | Unset): Serializer for campaign exclusion requests.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationV1CampaignsUnsubscribeRetrieve200Response
        """

        from .notification_v1_orgs_campaigns_exclude_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_campaigns_exclude_create_detailed(
        self,
        platform_key: str,
        *,
        body: CampaignExclusion | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """Like `notification_v1_orgs_campaigns_exclude_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_campaigns_exclude_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_mark_all_as_read_create(
        self,
        platform_key: str,
        *,
        body: MarkAllReadRequest | Unset = UNSET,
    ) -> MarkAllReadResponse:
        """Mark all notifications as read for a user. Optionally provide specific notification IDs.

        ``POST /api/notification/v1/orgs/{platform_key}/mark-all-as-read`` (operation ``notification_v1_orgs_mark_all_as_read_create``)

        Args:
            platform_key (str):
            body (MarkAllReadRequest | Unset): Serializer for the request to mark notifications as
                read.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MarkAllReadResponse
        """

        from .notification_v1_orgs_mark_all_as_read_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_mark_all_as_read_create_detailed(
        self,
        platform_key: str,
        *,
        body: MarkAllReadRequest | Unset = UNSET,
    ) -> Response[MarkAllReadResponse]:
        """Like `notification_v1_orgs_mark_all_as_read_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_mark_all_as_read_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_context_retrieve(
        self,
        platform_key: str,
    ) -> ContextResponse:
        """Get notification context data

        Get all context data needed for notification building including templates, channels, and
        platforms

        ``GET /api/notification/v1/orgs/{platform_key}/notification-builder/context/`` (operation ``notification_v1_orgs_notification_builder_context_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ContextResponse
        """

        from .notification_v1_orgs_notification_builder_context_retrieve import asyncio

        return await asyncio(
            platform_key,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_context_retrieve_detailed(
        self,
        platform_key: str,
    ) -> Response[ContextResponse]:
        """Like `notification_v1_orgs_notification_builder_context_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_context_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_preview_create(
        self,
        platform_key: str,
        *,
        body: NotificationPreview,
    ) -> PreviewResponse:
        """Preview notification

        Preview notification recipients and get build ID for sending

        ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/preview/`` (operation ``notification_v1_orgs_notification_builder_preview_create``)

        Args:
            platform_key (str):
            body (NotificationPreview): Request serializer for notification preview

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PreviewResponse
        """

        from .notification_v1_orgs_notification_builder_preview_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_preview_create_detailed(
        self,
        platform_key: str,
        *,
        body: NotificationPreview,
    ) -> Response[PreviewResponse]:
        """Like `notification_v1_orgs_notification_builder_preview_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_preview_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_send_create(
        self,
        platform_key: str,
        *,
        body: SendNotification,
    ) -> SendResponse:
        """Send notification

        Send notifications to all recipients in a build

        ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/send/`` (operation ``notification_v1_orgs_notification_builder_send_create``)

        Args:
            platform_key (str):
            body (SendNotification): Request serializer for sending notification

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SendResponse
        """

        from .notification_v1_orgs_notification_builder_send_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_send_create_detailed(
        self,
        platform_key: str,
        *,
        body: SendNotification,
    ) -> Response[SendResponse]:
        """Like `notification_v1_orgs_notification_builder_send_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_send_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_validate_source_create(
        self,
        platform_key: str,
        *,
        body: NotificationSource,
    ) -> ValidateSourceResponse:
        """Validate notification source

        Validate a single notification source (email, username, platform, csv)

        ``POST /api/notification/v1/orgs/{platform_key}/notification-builder/validate_source/`` (operation ``notification_v1_orgs_notification_builder_validate_source_create``)

        Args:
            platform_key (str):
            body (NotificationSource): Request serializer for source validation

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ValidateSourceResponse
        """

        from .notification_v1_orgs_notification_builder_validate_source_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_validate_source_create_detailed(
        self,
        platform_key: str,
        *,
        body: NotificationSource,
    ) -> Response[ValidateSourceResponse]:
        """Like `notification_v1_orgs_notification_builder_validate_source_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_validate_source_create import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_recipients_list(
        self,
        platform_key: str,
        id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> list[Recipient]:
        """Get build recipients

        Get paginated list of recipients for a notification build

        ``GET /api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/`` (operation ``notification_v1_orgs_notification_builder_recipients_list``)

        Args:
            platform_key (str):
            id (str):
            page (int | Unset): Page number
            page_size (int | Unset): Number of items per page
            search (str | Unset): Search recipients by username or email

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[Recipient]
        """

        from .notification_v1_orgs_notification_builder_recipients_list import asyncio

        return await asyncio(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_recipients_list_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[list[Recipient]]:
        """Like `notification_v1_orgs_notification_builder_recipients_list`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_recipients_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
        )


class NotificationsApi:
    """The ``notifications`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def notification_v1_campaigns_unsubscribe_retrieve(
        self,
        unsubscribe_hash: str,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """See `AsyncNotificationsApi.notification_v1_campaigns_unsubscribe_retrieve`."""
        from .notification_v1_campaigns_unsubscribe_retrieve import sync

        return sync(
            unsubscribe_hash,
            client=self._client,
        )

    def notification_v1_campaigns_unsubscribe_retrieve_detailed(
        self,
        unsubscribe_hash: str,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """See `AsyncNotificationsApi.notification_v1_campaigns_unsubscribe_retrieve_detailed`."""
        from .notification_v1_campaigns_unsubscribe_retrieve import sync_detailed

        return sync_detailed(
            unsubscribe_hash,
            client=self._client,
        )

    def notification_v1_orgs_notifications_retrieve(
        self,
        org: str,
        *,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_retrieve`."""
        from .notification_v1_orgs_notifications_retrieve import sync

        return sync(
            org,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=self._client,
        )

    def notification_v1_orgs_notifications_retrieve_detailed(
        self,
        org: str,
        *,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_retrieve_detailed`."""
        from .notification_v1_orgs_notifications_retrieve import sync_detailed

        return sync_detailed(
            org,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=self._client,
        )

    def notification_v1_orgs_notifications_update(
        self,
        org: str,
        *,
        body: NotificationRequest,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_update`."""
        from .notification_v1_orgs_notifications_update import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notifications_update_detailed(
        self,
        org: str,
        *,
        body: NotificationRequest,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_update_detailed`."""
        from .notification_v1_orgs_notifications_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notifications_bulk_update_partial_update(
        self,
        org: str,
        *,
        body: PatchedNotificationRequest | Unset = UNSET,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_bulk_update_partial_update`."""
        from .notification_v1_orgs_notifications_bulk_update_partial_update import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notifications_bulk_update_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedNotificationRequest | Unset = UNSET,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_bulk_update_partial_update_detailed`."""
        from .notification_v1_orgs_notifications_bulk_update_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_count_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> NotificationCount:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_count_retrieve`."""
        from .notification_v1_orgs_users_notifications_count_retrieve import sync

        return sync(
            org,
            user_id,
            channel=channel,
            status=status,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_count_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[NotificationCount]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_count_retrieve_detailed`."""
        from .notification_v1_orgs_users_notifications_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            channel=channel,
            status=status,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_retrieve`."""
        from .notification_v1_orgs_users_notifications_retrieve import sync

        return sync(
            org,
            user_id,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        exclude_channel: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_retrieve_detailed`."""
        from .notification_v1_orgs_users_notifications_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            channel=channel,
            end_date=end_date,
            exclude_channel=exclude_channel,
            start_date=start_date,
            status=status,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_update(
        self,
        org: str,
        user_id: str,
        *,
        body: NotificationRequest,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_update`."""
        from .notification_v1_orgs_users_notifications_update import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: NotificationRequest,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_update_detailed`."""
        from .notification_v1_orgs_users_notifications_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_bulk_update_partial_update(
        self,
        org: str,
        user_id: str,
        *,
        body: PatchedNotificationRequest | Unset = UNSET,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_bulk_update_partial_update`."""
        from .notification_v1_orgs_users_notifications_bulk_update_partial_update import sync

        return sync(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_bulk_update_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PatchedNotificationRequest | Unset = UNSET,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_bulk_update_partial_update_detailed`."""
        from .notification_v1_orgs_users_notifications_bulk_update_partial_update import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_destroy(
        self,
        org: str,
        user_id: str,
        notification_id: str,
    ) -> Any:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_destroy`."""
        from .notification_v1_orgs_users_notifications_destroy import sync

        return sync(
            org,
            user_id,
            notification_id,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_destroy_detailed(
        self,
        org: str,
        user_id: str,
        notification_id: str,
    ) -> Response[Any]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_destroy_detailed`."""
        from .notification_v1_orgs_users_notifications_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            notification_id,
            client=self._client,
        )

    def notification_v1_orgs_campaigns_enable_create(
        self,
        platform_key: str,
        *,
        body: CampaignEnablement | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """See `AsyncNotificationsApi.notification_v1_orgs_campaigns_enable_create`."""
        from .notification_v1_orgs_campaigns_enable_create import sync

        return sync(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_campaigns_enable_create_detailed(
        self,
        platform_key: str,
        *,
        body: CampaignEnablement | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """See `AsyncNotificationsApi.notification_v1_orgs_campaigns_enable_create_detailed`."""
        from .notification_v1_orgs_campaigns_enable_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_campaigns_exclude_create(
        self,
        platform_key: str,
        *,
        body: CampaignExclusion | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """See `AsyncNotificationsApi.notification_v1_orgs_campaigns_exclude_create`."""
        from .notification_v1_orgs_campaigns_exclude_create import sync

        return sync(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_campaigns_exclude_create_detailed(
        self,
        platform_key: str,
        *,
        body: CampaignExclusion | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """See `AsyncNotificationsApi.notification_v1_orgs_campaigns_exclude_create_detailed`."""
        from .notification_v1_orgs_campaigns_exclude_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_mark_all_as_read_create(
        self,
        platform_key: str,
        *,
        body: MarkAllReadRequest | Unset = UNSET,
    ) -> MarkAllReadResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_mark_all_as_read_create`."""
        from .notification_v1_orgs_mark_all_as_read_create import sync

        return sync(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_mark_all_as_read_create_detailed(
        self,
        platform_key: str,
        *,
        body: MarkAllReadRequest | Unset = UNSET,
    ) -> Response[MarkAllReadResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_mark_all_as_read_create_detailed`."""
        from .notification_v1_orgs_mark_all_as_read_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_context_retrieve(
        self,
        platform_key: str,
    ) -> ContextResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_context_retrieve`."""
        from .notification_v1_orgs_notification_builder_context_retrieve import sync

        return sync(
            platform_key,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_context_retrieve_detailed(
        self,
        platform_key: str,
    ) -> Response[ContextResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_context_retrieve_detailed`."""
        from .notification_v1_orgs_notification_builder_context_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_preview_create(
        self,
        platform_key: str,
        *,
        body: NotificationPreview,
    ) -> PreviewResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_preview_create`."""
        from .notification_v1_orgs_notification_builder_preview_create import sync

        return sync(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_preview_create_detailed(
        self,
        platform_key: str,
        *,
        body: NotificationPreview,
    ) -> Response[PreviewResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_preview_create_detailed`."""
        from .notification_v1_orgs_notification_builder_preview_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_send_create(
        self,
        platform_key: str,
        *,
        body: SendNotification,
    ) -> SendResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_send_create`."""
        from .notification_v1_orgs_notification_builder_send_create import sync

        return sync(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_send_create_detailed(
        self,
        platform_key: str,
        *,
        body: SendNotification,
    ) -> Response[SendResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_send_create_detailed`."""
        from .notification_v1_orgs_notification_builder_send_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_validate_source_create(
        self,
        platform_key: str,
        *,
        body: NotificationSource,
    ) -> ValidateSourceResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_validate_source_create`."""
        from .notification_v1_orgs_notification_builder_validate_source_create import sync

        return sync(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_validate_source_create_detailed(
        self,
        platform_key: str,
        *,
        body: NotificationSource,
    ) -> Response[ValidateSourceResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_validate_source_create_detailed`."""
        from .notification_v1_orgs_notification_builder_validate_source_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_recipients_list(
        self,
        platform_key: str,
        id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> list[Recipient]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_recipients_list`."""
        from .notification_v1_orgs_notification_builder_recipients_list import sync

        return sync(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_recipients_list_detailed(
        self,
        platform_key: str,
        id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[list[Recipient]]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_recipients_list_detailed`."""
        from .notification_v1_orgs_notification_builder_recipients_list import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
            client=self._client,
        )
