"""The sync client under other names: an attribute of a class, a ``client`` argument."""

from ibl_client import Client


class Cleanup:
    def __init__(self, api: Client) -> None:
        self.api = api

    def remove_mentor(self, org: str, user_id: str, name: str) -> int:
        # uses: method ai_mentor_orgs_users_destroy
        answer = self.api.ai_mentor.ai_mentor_orgs_users_destroy_detailed(org, user_id, name)
        return answer.status_code


def user_groups(client: Client) -> object:
    # uses: method core_user_groups_retrieve
    return client.core.core_user_groups_retrieve()


def not_the_sdk(other: object) -> object:
    # A group-like chain with no SDK operation in it is not a use.
    return other.core.not_an_operation()  # type: ignore[attr-defined]
