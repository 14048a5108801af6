from typing import Literal

AiFinetuningV1OrgUserTrainingsListStatus = Literal[
    "cancelled", "completed", "failed", "pending", "processing"
]

AI_FINETUNING_V1_ORG_USER_TRAININGS_LIST_STATUS_VALUES: frozenset[
    AiFinetuningV1OrgUserTrainingsListStatus
] = frozenset(["cancelled", "completed", "failed", "pending", "processing"])


def check_ai_finetuning_v1_org_user_trainings_list_status(
    value: str,
) -> AiFinetuningV1OrgUserTrainingsListStatus:
    if value in AI_FINETUNING_V1_ORG_USER_TRAININGS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_FINETUNING_V1_ORG_USER_TRAININGS_LIST_STATUS_VALUES)!r}"
    )
