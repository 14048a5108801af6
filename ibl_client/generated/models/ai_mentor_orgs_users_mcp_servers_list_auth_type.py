from typing import Literal

AiMentorOrgsUsersMcpServersListAuthType = Literal["none", "oauth2", "token"]

AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_TYPE_VALUES: frozenset[
    AiMentorOrgsUsersMcpServersListAuthType
] = frozenset(["none", "oauth2", "token"])


def check_ai_mentor_orgs_users_mcp_servers_list_auth_type(
    value: str,
) -> AiMentorOrgsUsersMcpServersListAuthType:
    if value in AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_TYPE_VALUES)!r}"
    )
