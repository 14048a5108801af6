from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersMcpServerConnectionsListScope = Literal["mentor", "platform", "user"]

AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_SCOPE_VALUES: frozenset[
    AiMentorOrgsUsersMcpServerConnectionsListScope
] = frozenset(["mentor", "platform", "user"])


def check_ai_mentor_orgs_users_mcp_server_connections_list_scope(
    value: object,
    path: str = "AiMentorOrgsUsersMcpServerConnectionsListScope",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersMcpServerConnectionsListScope:
    """`value` as a `AiMentorOrgsUsersMcpServerConnectionsListScope`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_SCOPE_VALUES
    ):
        return value
    return cast(
        AiMentorOrgsUsersMcpServerConnectionsListScope,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_SCOPE_VALUES,
            "AiMentorOrgsUsersMcpServerConnectionsListScope",
            known_only=known_only,
        ),
    )
