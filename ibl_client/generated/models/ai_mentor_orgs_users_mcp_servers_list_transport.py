from typing import Literal

AiMentorOrgsUsersMcpServersListTransport = Literal["sse", "streamable_http", "websocket"]

AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_TRANSPORT_VALUES: frozenset[
    AiMentorOrgsUsersMcpServersListTransport
] = frozenset(["sse", "streamable_http", "websocket"])


def check_ai_mentor_orgs_users_mcp_servers_list_transport(
    value: str,
) -> AiMentorOrgsUsersMcpServersListTransport:
    if value in AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_TRANSPORT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_TRANSPORT_VALUES)!r}"
    )
