from typing import Literal, cast

from ..._validation import unknown_enum_value

DeployStateEnum = Literal["deploying", "failed", "pending", "ready", "teardown"]

DEPLOY_STATE_ENUM_VALUES: frozenset[DeployStateEnum] = frozenset(
    ["deploying", "failed", "pending", "ready", "teardown"]
)


def check_deploy_state_enum(
    value: object, path: str = "DeployStateEnum", *, known_only: bool = False
) -> DeployStateEnum:
    """`value` as a `DeployStateEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in DEPLOY_STATE_ENUM_VALUES:
        return value
    return cast(
        DeployStateEnum,
        unknown_enum_value(
            path, value, DEPLOY_STATE_ENUM_VALUES, "DeployStateEnum", known_only=known_only
        ),
    )
