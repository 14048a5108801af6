from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersMcpServersListTransport = Literal["sse", "streamable_http", "websocket"]

AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_TRANSPORT_VALUES: frozenset[
    AiMentorOrgsUsersMcpServersListTransport
] = frozenset(["sse", "streamable_http", "websocket"])


def check_ai_mentor_orgs_users_mcp_servers_list_transport(
    value: object,
    path: str = "AiMentorOrgsUsersMcpServersListTransport",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersMcpServersListTransport:
    """`value` as a `AiMentorOrgsUsersMcpServersListTransport`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_TRANSPORT_VALUES:
        return value
    return cast(
        AiMentorOrgsUsersMcpServersListTransport,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_TRANSPORT_VALUES,
            "AiMentorOrgsUsersMcpServersListTransport",
            known_only=known_only,
        ),
    )
