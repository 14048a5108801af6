from typing import Literal

AiMentorOrgsUsersMcpServerConnectionsListScope = Literal["mentor", "platform", "user"]

AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_SCOPE_VALUES: frozenset[
    AiMentorOrgsUsersMcpServerConnectionsListScope
] = frozenset(["mentor", "platform", "user"])


def check_ai_mentor_orgs_users_mcp_server_connections_list_scope(
    value: str,
) -> AiMentorOrgsUsersMcpServerConnectionsListScope:
    if value in AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_SCOPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_MCP_SERVER_CONNECTIONS_LIST_SCOPE_VALUES)!r}"
    )
