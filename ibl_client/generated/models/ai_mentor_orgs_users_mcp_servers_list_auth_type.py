from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsUsersMcpServersListAuthType = Literal["none", "oauth2", "token"]

AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_TYPE_VALUES: frozenset[
    AiMentorOrgsUsersMcpServersListAuthType
] = frozenset(["none", "oauth2", "token"])


def check_ai_mentor_orgs_users_mcp_servers_list_auth_type(
    value: object,
    path: str = "AiMentorOrgsUsersMcpServersListAuthType",
    *,
    known_only: bool = False,
) -> AiMentorOrgsUsersMcpServersListAuthType:
    """`value` as a `AiMentorOrgsUsersMcpServersListAuthType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_TYPE_VALUES:
        return value
    return cast(
        AiMentorOrgsUsersMcpServersListAuthType,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_USERS_MCP_SERVERS_LIST_AUTH_TYPE_VALUES,
            "AiMentorOrgsUsersMcpServersListAuthType",
            known_only=known_only,
        ),
    )
