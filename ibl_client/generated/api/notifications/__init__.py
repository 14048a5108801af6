"""Operations tagged ``notifications`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncNotificationsApi` / `NotificationsApi`, reached as
``client.notifications``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

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
    from ...models.notification_source import NotificationSource
    from ...models.notification_template_detail import NotificationTemplateDetail
    from ...models.notification_template_list import NotificationTemplateList
    from ...models.notification_template_test import NotificationTemplateTest
    from ...models.notification_template_test_response import NotificationTemplateTestResponse
    from ...models.notification_toggle import NotificationToggle
    from ...models.notification_v1_campaigns_unsubscribe_retrieve_200_response import (
        NotificationV1CampaignsUnsubscribeRetrieve200Response,
    )
    from ...models.notification_v1_orgs_users_notifications_count_retrieve_status import (
        NotificationV1OrgsUsersNotificationsCountRetrieveStatus,
        check_notification_v1_orgs_users_notifications_count_retrieve_status,
    )
    from ...models.notification_v1_platforms_templates_reset_create_200_response import (
        NotificationV1PlatformsTemplatesResetCreate200Response,
    )
    from ...models.notifications_update import NotificationsUpdate
    from ...models.patched_notification_request import PatchedNotificationRequest
    from ...models.patched_notification_template_detail_request import (
        PatchedNotificationTemplateDetailRequest,
    )
    from ...models.patched_notification_toggle import PatchedNotificationToggle
    from ...models.preview_response import PreviewResponse
    from ...models.recipient import Recipient
    from ...models.send_notification import SendNotification
    from ...models.send_response import SendResponse
    from ...models.test_smtp_credentials import TestSMTPCredentials
    from ...models.test_smtp_response import TestSMTPResponse
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
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_campaigns_unsubscribe_retrieve_detailed(
        self,
        unsubscribe_hash: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """Like `notification_v1_campaigns_unsubscribe_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_campaigns_unsubscribe_retrieve import asyncio_detailed

        return await asyncio_detailed(
            unsubscribe_hash,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """Get notifications for a user. Requires: Ibl.Notifications/Notification/list

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_update(
        self,
        org: str,
        *,
        body: NotificationsUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """Update notification status for a user. Requires: Ibl.Notifications/Notification/write

        ``PUT /api/notification/v1/orgs/{org}/notifications/`` (operation ``notification_v1_orgs_notifications_update``)

        Args:
            org (str):
            body (NotificationsUpdate):

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_update_detailed(
        self,
        org: str,
        *,
        body: NotificationsUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_notifications_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notifications_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_bulk_update_partial_update(
        self,
        org: str,
        *,
        body: PatchedNotificationRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """Bulk update notification status for a user. Requires: Ibl.Notifications/Notification/write

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notifications_bulk_update_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedNotificationRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_notifications_bulk_update_partial_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notifications_bulk_update_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_count_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationCount:
        """Get notifications count for a user. Requires: Ibl.Notifications/Notification/list

        ``GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/`` (operation ``notification_v1_orgs_users_notifications_count_retrieve``)

        Args:
            org (str):
            user_id (str):
            channel (str | Unset):
            status (NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset):

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_count_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationCount]:
        """Like `notification_v1_orgs_users_notifications_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            channel=channel,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """Get notifications for a user. Requires: Ibl.Notifications/Notification/list

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_update(
        self,
        org: str,
        user_id: str,
        *,
        body: NotificationsUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """Update notification status for a user. Requires: Ibl.Notifications/Notification/write

        ``PUT /api/notification/v1/orgs/{org}/users/{user_id}/notifications/`` (operation ``notification_v1_orgs_users_notifications_update``)

        Args:
            org (str):
            user_id (str):
            body (NotificationsUpdate):

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: NotificationsUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_users_notifications_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_bulk_update_partial_update(
        self,
        org: str,
        user_id: str,
        *,
        body: PatchedNotificationRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """Bulk update notification status for a user. Requires: Ibl.Notifications/Notification/write

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_bulk_update_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PatchedNotificationRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Notification]:
        """Like `notification_v1_orgs_users_notifications_bulk_update_partial_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_bulk_update_partial_update import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_destroy(
        self,
        org: str,
        user_id: str,
        notification_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a notification for a user. Requires: Ibl.Notifications/Notification/delete

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
            None
        """

        from .notification_v1_orgs_users_notifications_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            notification_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_users_notifications_destroy_detailed(
        self,
        org: str,
        user_id: str,
        notification_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `notification_v1_orgs_users_notifications_destroy`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_users_notifications_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            notification_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_campaigns_enable_create(
        self,
        platform_key: str,
        *,
        body: CampaignEnablement | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """Re-enable campaigns for a user. Requires: Ibl.Notifications/Campaigns/action

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_campaigns_enable_create_detailed(
        self,
        platform_key: str,
        *,
        body: CampaignEnablement | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """Like `notification_v1_orgs_campaigns_enable_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_campaigns_enable_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_campaigns_exclude_create(
        self,
        platform_key: str,
        *,
        body: CampaignExclusion | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """Exclude a user from specified campaigns. Requires: Ibl.Notifications/Campaigns/action

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_campaigns_exclude_create_detailed(
        self,
        platform_key: str,
        *,
        body: CampaignExclusion | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """Like `notification_v1_orgs_campaigns_exclude_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_campaigns_exclude_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_mark_all_as_read_create(
        self,
        platform_key: str,
        *,
        body: MarkAllReadRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> MarkAllReadResponse:
        """Mark all notifications as read for a user. Optionally provide specific notification IDs.
        Requires: Ibl.Notifications/Notification/write

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_mark_all_as_read_create_detailed(
        self,
        platform_key: str,
        *,
        body: MarkAllReadRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[MarkAllReadResponse]:
        """Like `notification_v1_orgs_mark_all_as_read_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_mark_all_as_read_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_context_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_context_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ContextResponse]:
        """Like `notification_v1_orgs_notification_builder_context_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_context_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_preview_create(
        self,
        platform_key: str,
        *,
        body: NotificationPreview | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_preview_create_detailed(
        self,
        platform_key: str,
        *,
        body: NotificationPreview | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PreviewResponse]:
        """Like `notification_v1_orgs_notification_builder_preview_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_preview_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_send_create(
        self,
        platform_key: str,
        *,
        body: SendNotification | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_send_create_detailed(
        self,
        platform_key: str,
        *,
        body: SendNotification | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SendResponse]:
        """Like `notification_v1_orgs_notification_builder_send_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_send_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_validate_source_create(
        self,
        platform_key: str,
        *,
        body: NotificationSource | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_orgs_notification_builder_validate_source_create_detailed(
        self,
        platform_key: str,
        *,
        body: NotificationSource | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ValidateSourceResponse]:
        """Like `notification_v1_orgs_notification_builder_validate_source_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_validate_source_create import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Recipient]:
        """Get build recipients

        Get paginated list of recipients for a notification build

        ``GET /api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/`` (operation ``notification_v1_orgs_notification_builder_recipients_list``)

        Args:
            platform_key (str):
            id (str):
            page (int | Unset):
            page_size (int | Unset):
            search (str | Unset):

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Recipient]]:
        """Like `notification_v1_orgs_notification_builder_recipients_list`, returning the whole `Response` and raising no status error."""
        from .notification_v1_orgs_notification_builder_recipients_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_config_test_smtp_create(
        self,
        platform_key: str,
        *,
        body: TestSMTPCredentials | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TestSMTPResponse:
        """Test SMTP credentials for a platform

        Test SMTP credentials by sending a test email to the specified address. Requires:
        Ibl.Notifications/SMTP/action

        ``POST /api/notification/v1/platforms/{platform_key}/config/test-smtp/`` (operation ``notification_v1_platforms_config_test_smtp_create``)

        Args:
            platform_key (str):
            body (TestSMTPCredentials): Serializer for testing SMTP credentials

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TestSMTPResponse
        """

        from .notification_v1_platforms_config_test_smtp_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_config_test_smtp_create_detailed(
        self,
        platform_key: str,
        *,
        body: TestSMTPCredentials | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TestSMTPResponse]:
        """Like `notification_v1_platforms_config_test_smtp_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_platforms_config_test_smtp_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_list(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[NotificationTemplateList]:
        """List notification templates

        Get all notification templates for the platform. Includes both platform-specific and inherited
        templates from main. Requires permission: Ibl.Notifications/NotificationTemplate/list

        ``GET /api/notification/v1/platforms/{platform_key}/templates/`` (operation ``notification_v1_platforms_templates_list``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[NotificationTemplateList]
        """

        from .notification_v1_platforms_templates_list import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_list_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[NotificationTemplateList]]:
        """Like `notification_v1_platforms_templates_list`, returning the whole `Response` and raising no status error."""
        from .notification_v1_platforms_templates_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_retrieve(
        self,
        platform_key: str,
        notification_type: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationTemplateDetail:
        """Get notification template details

        Get detailed view of a notification template by type. Returns platform-specific template if
        exists, otherwise main template. Requires permission:
        Ibl.Notifications/NotificationTemplate/read

        ``GET /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_retrieve``)

        Args:
            platform_key (str):
            notification_type (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationTemplateDetail
        """

        from .notification_v1_platforms_templates_retrieve import asyncio

        return await asyncio(
            platform_key,
            notification_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_retrieve_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationTemplateDetail]:
        """Like `notification_v1_platforms_templates_retrieve`, returning the whole `Response` and raising no status error."""
        from .notification_v1_platforms_templates_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            notification_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_partial_update(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: PatchedNotificationTemplateDetailRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationTemplateDetail:
        """Update notification template

        Update notification template. Creates platform-specific copy on first edit. Requires permission:
        Ibl.Notifications/NotificationTemplate/write

        ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/`` (operation ``notification_v1_platforms_templates_partial_update``)

        Args:
            platform_key (str):
            notification_type (str):
            body (PatchedNotificationTemplateDetailRequest | Unset): Serializer for detailed template
                view and editing

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationTemplateDetail
        """

        from .notification_v1_platforms_templates_partial_update import asyncio

        return await asyncio(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_partial_update_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: PatchedNotificationTemplateDetailRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationTemplateDetail]:
        """Like `notification_v1_platforms_templates_partial_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_platforms_templates_partial_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_reset_create(
        self,
        platform_key: str,
        notification_type: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationV1PlatformsTemplatesResetCreate200Response:
        """Reset template to default

        Delete platform-specific template override and revert to main template. Notification preference
        (on/off) is preserved. Requires permission: Ibl.Notifications/NotificationTemplate/write

        ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/`` (operation ``notification_v1_platforms_templates_reset_create``)

        Args:
            platform_key (str):
            notification_type (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationV1PlatformsTemplatesResetCreate200Response
        """

        from .notification_v1_platforms_templates_reset_create import asyncio

        return await asyncio(
            platform_key,
            notification_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_reset_create_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationV1PlatformsTemplatesResetCreate200Response]:
        """Like `notification_v1_platforms_templates_reset_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_platforms_templates_reset_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            notification_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_test_create(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: NotificationTemplateTest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationTemplateTestResponse:
        """Send test notification

        Send a test notification to verify template rendering and delivery. Sends to the requesting
        admin's email or a specified test email. Requires permission:
        Ibl.Notifications/NotificationTemplate/action

        ``POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/test/`` (operation ``notification_v1_platforms_templates_test_create``)

        Args:
            platform_key (str):
            notification_type (str):
            body (NotificationTemplateTest | Unset): Serializer for testing notification template

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationTemplateTestResponse
        """

        from .notification_v1_platforms_templates_test_create import asyncio

        return await asyncio(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_test_create_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: NotificationTemplateTest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationTemplateTestResponse]:
        """Like `notification_v1_platforms_templates_test_create`, returning the whole `Response` and raising no status error."""
        from .notification_v1_platforms_templates_test_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_toggle_partial_update(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: PatchedNotificationToggle | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationToggle:
        """Toggle notification preference

        Enable or disable a notification type for the platform. This sets the NotificationPreference,
        not the template. Requires permission: Ibl.Notifications/NotificationTemplate/write

        ``PATCH /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/`` (operation ``notification_v1_platforms_templates_toggle_partial_update``)

        Args:
            platform_key (str):
            notification_type (str):
            body (PatchedNotificationToggle | Unset): Serializer for toggling notification preference

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NotificationToggle
        """

        from .notification_v1_platforms_templates_toggle_partial_update import asyncio

        return await asyncio(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def notification_v1_platforms_templates_toggle_partial_update_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: PatchedNotificationToggle | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationToggle]:
        """Like `notification_v1_platforms_templates_toggle_partial_update`, returning the whole `Response` and raising no status error."""
        from .notification_v1_platforms_templates_toggle_partial_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """See `AsyncNotificationsApi.notification_v1_campaigns_unsubscribe_retrieve`."""
        from .notification_v1_campaigns_unsubscribe_retrieve import sync

        return sync(
            unsubscribe_hash,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_campaigns_unsubscribe_retrieve_detailed(
        self,
        unsubscribe_hash: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """See `AsyncNotificationsApi.notification_v1_campaigns_unsubscribe_retrieve_detailed`."""
        from .notification_v1_campaigns_unsubscribe_retrieve import sync_detailed

        return sync_detailed(
            unsubscribe_hash,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notifications_update(
        self,
        org: str,
        *,
        body: NotificationsUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_update`."""
        from .notification_v1_orgs_notifications_update import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notifications_update_detailed(
        self,
        org: str,
        *,
        body: NotificationsUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_update_detailed`."""
        from .notification_v1_orgs_notifications_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notifications_bulk_update_partial_update(
        self,
        org: str,
        *,
        body: PatchedNotificationRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_bulk_update_partial_update`."""
        from .notification_v1_orgs_notifications_bulk_update_partial_update import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notifications_bulk_update_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedNotificationRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notifications_bulk_update_partial_update_detailed`."""
        from .notification_v1_orgs_notifications_bulk_update_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_count_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationCount:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_count_retrieve`."""
        from .notification_v1_orgs_users_notifications_count_retrieve import sync

        return sync(
            org,
            user_id,
            channel=channel,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_count_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        channel: str | Unset = UNSET,
        status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationCount]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_count_retrieve_detailed`."""
        from .notification_v1_orgs_users_notifications_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            channel=channel,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_update(
        self,
        org: str,
        user_id: str,
        *,
        body: NotificationsUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_update`."""
        from .notification_v1_orgs_users_notifications_update import sync

        return sync(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: NotificationsUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_update_detailed`."""
        from .notification_v1_orgs_users_notifications_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_bulk_update_partial_update(
        self,
        org: str,
        user_id: str,
        *,
        body: PatchedNotificationRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Notification:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_bulk_update_partial_update`."""
        from .notification_v1_orgs_users_notifications_bulk_update_partial_update import sync

        return sync(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_bulk_update_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: PatchedNotificationRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[Notification]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_bulk_update_partial_update_detailed`."""
        from .notification_v1_orgs_users_notifications_bulk_update_partial_update import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_destroy(
        self,
        org: str,
        user_id: str,
        notification_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_destroy`."""
        from .notification_v1_orgs_users_notifications_destroy import sync

        return sync(
            org,
            user_id,
            notification_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_users_notifications_destroy_detailed(
        self,
        org: str,
        user_id: str,
        notification_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncNotificationsApi.notification_v1_orgs_users_notifications_destroy_detailed`."""
        from .notification_v1_orgs_users_notifications_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            notification_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_campaigns_enable_create(
        self,
        platform_key: str,
        *,
        body: CampaignEnablement | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """See `AsyncNotificationsApi.notification_v1_orgs_campaigns_enable_create`."""
        from .notification_v1_orgs_campaigns_enable_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_campaigns_enable_create_detailed(
        self,
        platform_key: str,
        *,
        body: CampaignEnablement | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """See `AsyncNotificationsApi.notification_v1_orgs_campaigns_enable_create_detailed`."""
        from .notification_v1_orgs_campaigns_enable_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_campaigns_exclude_create(
        self,
        platform_key: str,
        *,
        body: CampaignExclusion | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationV1CampaignsUnsubscribeRetrieve200Response:
        """See `AsyncNotificationsApi.notification_v1_orgs_campaigns_exclude_create`."""
        from .notification_v1_orgs_campaigns_exclude_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_campaigns_exclude_create_detailed(
        self,
        platform_key: str,
        *,
        body: CampaignExclusion | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationV1CampaignsUnsubscribeRetrieve200Response]:
        """See `AsyncNotificationsApi.notification_v1_orgs_campaigns_exclude_create_detailed`."""
        from .notification_v1_orgs_campaigns_exclude_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_mark_all_as_read_create(
        self,
        platform_key: str,
        *,
        body: MarkAllReadRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> MarkAllReadResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_mark_all_as_read_create`."""
        from .notification_v1_orgs_mark_all_as_read_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_mark_all_as_read_create_detailed(
        self,
        platform_key: str,
        *,
        body: MarkAllReadRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[MarkAllReadResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_mark_all_as_read_create_detailed`."""
        from .notification_v1_orgs_mark_all_as_read_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_context_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ContextResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_context_retrieve`."""
        from .notification_v1_orgs_notification_builder_context_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_context_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ContextResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_context_retrieve_detailed`."""
        from .notification_v1_orgs_notification_builder_context_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_preview_create(
        self,
        platform_key: str,
        *,
        body: NotificationPreview | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PreviewResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_preview_create`."""
        from .notification_v1_orgs_notification_builder_preview_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_preview_create_detailed(
        self,
        platform_key: str,
        *,
        body: NotificationPreview | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PreviewResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_preview_create_detailed`."""
        from .notification_v1_orgs_notification_builder_preview_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_send_create(
        self,
        platform_key: str,
        *,
        body: SendNotification | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SendResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_send_create`."""
        from .notification_v1_orgs_notification_builder_send_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_send_create_detailed(
        self,
        platform_key: str,
        *,
        body: SendNotification | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SendResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_send_create_detailed`."""
        from .notification_v1_orgs_notification_builder_send_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_validate_source_create(
        self,
        platform_key: str,
        *,
        body: NotificationSource | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ValidateSourceResponse:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_validate_source_create`."""
        from .notification_v1_orgs_notification_builder_validate_source_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_orgs_notification_builder_validate_source_create_detailed(
        self,
        platform_key: str,
        *,
        body: NotificationSource | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ValidateSourceResponse]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_validate_source_create_detailed`."""
        from .notification_v1_orgs_notification_builder_validate_source_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[Recipient]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_recipients_list`."""
        from .notification_v1_orgs_notification_builder_recipients_list import sync

        return sync(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[Recipient]]:
        """See `AsyncNotificationsApi.notification_v1_orgs_notification_builder_recipients_list_detailed`."""
        from .notification_v1_orgs_notification_builder_recipients_list import sync_detailed

        return sync_detailed(
            platform_key,
            id,
            page=page,
            page_size=page_size,
            search=search,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_config_test_smtp_create(
        self,
        platform_key: str,
        *,
        body: TestSMTPCredentials | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TestSMTPResponse:
        """See `AsyncNotificationsApi.notification_v1_platforms_config_test_smtp_create`."""
        from .notification_v1_platforms_config_test_smtp_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_config_test_smtp_create_detailed(
        self,
        platform_key: str,
        *,
        body: TestSMTPCredentials | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TestSMTPResponse]:
        """See `AsyncNotificationsApi.notification_v1_platforms_config_test_smtp_create_detailed`."""
        from .notification_v1_platforms_config_test_smtp_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_list(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[NotificationTemplateList]:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_list`."""
        from .notification_v1_platforms_templates_list import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_list_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[NotificationTemplateList]]:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_list_detailed`."""
        from .notification_v1_platforms_templates_list import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_retrieve(
        self,
        platform_key: str,
        notification_type: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationTemplateDetail:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_retrieve`."""
        from .notification_v1_platforms_templates_retrieve import sync

        return sync(
            platform_key,
            notification_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_retrieve_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationTemplateDetail]:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_retrieve_detailed`."""
        from .notification_v1_platforms_templates_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            notification_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_partial_update(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: PatchedNotificationTemplateDetailRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationTemplateDetail:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_partial_update`."""
        from .notification_v1_platforms_templates_partial_update import sync

        return sync(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_partial_update_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: PatchedNotificationTemplateDetailRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationTemplateDetail]:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_partial_update_detailed`."""
        from .notification_v1_platforms_templates_partial_update import sync_detailed

        return sync_detailed(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_reset_create(
        self,
        platform_key: str,
        notification_type: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationV1PlatformsTemplatesResetCreate200Response:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_reset_create`."""
        from .notification_v1_platforms_templates_reset_create import sync

        return sync(
            platform_key,
            notification_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_reset_create_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationV1PlatformsTemplatesResetCreate200Response]:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_reset_create_detailed`."""
        from .notification_v1_platforms_templates_reset_create import sync_detailed

        return sync_detailed(
            platform_key,
            notification_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_test_create(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: NotificationTemplateTest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationTemplateTestResponse:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_test_create`."""
        from .notification_v1_platforms_templates_test_create import sync

        return sync(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_test_create_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: NotificationTemplateTest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationTemplateTestResponse]:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_test_create_detailed`."""
        from .notification_v1_platforms_templates_test_create import sync_detailed

        return sync_detailed(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_toggle_partial_update(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: PatchedNotificationToggle | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> NotificationToggle:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_toggle_partial_update`."""
        from .notification_v1_platforms_templates_toggle_partial_update import sync

        return sync(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def notification_v1_platforms_templates_toggle_partial_update_detailed(
        self,
        platform_key: str,
        notification_type: str,
        *,
        body: PatchedNotificationToggle | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[NotificationToggle]:
        """See `AsyncNotificationsApi.notification_v1_platforms_templates_toggle_partial_update_detailed`."""
        from .notification_v1_platforms_templates_toggle_partial_update import sync_detailed

        return sync_detailed(
            platform_key,
            notification_type,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
