from typing import Literal, cast

from ..._validation import unknown_enum_value

AiFinetuningV1OrgUserTrainingsListStatus = Literal[
    "cancelled", "completed", "failed", "pending", "processing"
]

AI_FINETUNING_V1_ORG_USER_TRAININGS_LIST_STATUS_VALUES: frozenset[
    AiFinetuningV1OrgUserTrainingsListStatus
] = frozenset(["cancelled", "completed", "failed", "pending", "processing"])


def check_ai_finetuning_v1_org_user_trainings_list_status(
    value: object,
    path: str = "AiFinetuningV1OrgUserTrainingsListStatus",
    *,
    known_only: bool = False,
) -> AiFinetuningV1OrgUserTrainingsListStatus:
    """`value` as a `AiFinetuningV1OrgUserTrainingsListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_FINETUNING_V1_ORG_USER_TRAININGS_LIST_STATUS_VALUES:
        return value
    return cast(
        AiFinetuningV1OrgUserTrainingsListStatus,
        unknown_enum_value(
            path,
            value,
            AI_FINETUNING_V1_ORG_USER_TRAININGS_LIST_STATUS_VALUES,
            "AiFinetuningV1OrgUserTrainingsListStatus",
            known_only=known_only,
        ),
    )
