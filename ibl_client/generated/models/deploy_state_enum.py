from typing import Literal

DeployStateEnum = Literal["deploying", "failed", "pending", "ready", "teardown"]

DEPLOY_STATE_ENUM_VALUES: frozenset[DeployStateEnum] = frozenset(
    ["deploying", "failed", "pending", "ready", "teardown"]
)


def check_deploy_state_enum(value: str) -> DeployStateEnum:
    if value in DEPLOY_STATE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(DEPLOY_STATE_ENUM_VALUES)!r}"
    )
