from typing import Literal

AiMentorOrgsClawInstancesListStatus = Literal["active", "error", "inactive"]

AI_MENTOR_ORGS_CLAW_INSTANCES_LIST_STATUS_VALUES: frozenset[AiMentorOrgsClawInstancesListStatus] = (
    frozenset(["active", "error", "inactive"])
)


def check_ai_mentor_orgs_claw_instances_list_status(
    value: str,
) -> AiMentorOrgsClawInstancesListStatus:
    if value in AI_MENTOR_ORGS_CLAW_INSTANCES_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_MENTOR_ORGS_CLAW_INSTANCES_LIST_STATUS_VALUES)!r}"
    )
