from typing import Literal

AiMentorOrgsUsersMcpServersListAuthScope = Literal["mentor", "platform", "user"]

AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_SCOPE_VALUES: frozenset[
    AiMentorOrgsUsersMcpServersListAuthScope
] = frozenset(["mentor", "platform", "user"])


def check_ai_mentor_orgs_users_mcp_servers_list_auth_scope(
    value: str,
) -> AiMentorOrgsUsersMcpServersListAuthScope:
    if value in AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_SCOPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_SCOPE_VALUES)!r}"
    )
