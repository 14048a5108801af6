from typing import Literal, cast

from ..._validation import unknown_enum_value

MCPServerConnectionScopeEnum = Literal["mentor", "platform", "user"]

MCP_SERVER_CONNECTION_SCOPE_ENUM_VALUES: frozenset[MCPServerConnectionScopeEnum] = frozenset(
    ["mentor", "platform", "user"]
)


def check_mcp_server_connection_scope_enum(
    value: object, path: str = "MCPServerConnectionScopeEnum", *, known_only: bool = False
) -> MCPServerConnectionScopeEnum:
    """`value` as a `MCPServerConnectionScopeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in MCP_SERVER_CONNECTION_SCOPE_ENUM_VALUES:
        return value
    return cast(
        MCPServerConnectionScopeEnum,
        unknown_enum_value(
            path,
            value,
            MCP_SERVER_CONNECTION_SCOPE_ENUM_VALUES,
            "MCPServerConnectionScopeEnum",
            known_only=known_only,
        ),
    )
