from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsClawInstancesListStatus = Literal["active", "error", "inactive"]

AI_MENTOR_ORGS_CLAW_INSTANCES_LIST_STATUS_VALUES: frozenset[AiMentorOrgsClawInstancesListStatus] = (
    frozenset(["active", "error", "inactive"])
)


def check_ai_mentor_orgs_claw_instances_list_status(
    value: object, path: str = "AiMentorOrgsClawInstancesListStatus", *, known_only: bool = False
) -> AiMentorOrgsClawInstancesListStatus:
    """`value` as a `AiMentorOrgsClawInstancesListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_MENTOR_ORGS_CLAW_INSTANCES_LIST_STATUS_VALUES:
        return value
    return cast(
        AiMentorOrgsClawInstancesListStatus,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_CLAW_INSTANCES_LIST_STATUS_VALUES,
            "AiMentorOrgsClawInstancesListStatus",
            known_only=known_only,
        ),
    )
