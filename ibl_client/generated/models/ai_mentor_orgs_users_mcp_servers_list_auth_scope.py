from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersMcpServersListAuthScope = Literal["mentor", "platform", "user"]

AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_SCOPE_VALUES: frozenset[
    AiMentorOrgsUsersMcpServersListAuthScope
] = frozenset(["mentor", "platform", "user"])


def check_ai_mentor_orgs_users_mcp_servers_list_auth_scope(
    value: object,
    path: str = "AiMentorOrgsUsersMcpServersListAuthScope",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersMcpServersListAuthScope:
    """`value` as a `AiMentorOrgsUsersMcpServersListAuthScope`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_SCOPE_VALUES:
        return value
    return cast(
        AiMentorOrgsUsersMcpServersListAuthScope,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_SCOPE_VALUES,
            "AiMentorOrgsUsersMcpServersListAuthScope",
            known_only=known_only,
        ),
    )
