from typing import Literal

MCPServerConnectionScopeEnum = Literal["mentor", "platform", "user"]

MCP_SERVER_CONNECTION_SCOPE_ENUM_VALUES: frozenset[MCPServerConnectionScopeEnum] = frozenset(
    ["mentor", "platform", "user"]
)


def check_mcp_server_connection_scope_enum(value: str) -> MCPServerConnectionScopeEnum:
    if value in MCP_SERVER_CONNECTION_SCOPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(MCP_SERVER_CONNECTION_SCOPE_ENUM_VALUES)!r}"
    )
