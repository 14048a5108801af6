from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersMcpServerConnectionsListAuthType = Literal["none", "oauth2", "token"]

AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_AUTH_TYPE_VALUES: frozenset[
    AiMentorOrgsUsersMcpServerConnectionsListAuthType
] = frozenset(["none", "oauth2", "token"])


def check_ai_mentor_orgs_users_mcp_server_connections_list_auth_type(
    value: object,
    path: str = "AiMentorOrgsUsersMcpServerConnectionsListAuthType",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersMcpServerConnectionsListAuthType:
    """`value` as a `AiMentorOrgsUsersMcpServerConnectionsListAuthType`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_AUTH_TYPE_VALUES
    ):
        return value
    return cast(
        AiMentorOrgsUsersMcpServerConnectionsListAuthType,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_AUTH_TYPE_VALUES,
            "AiMentorOrgsUsersMcpServerConnectionsListAuthType",
            known_only=known_only,
        ),
    )
