from typing import Literal

AiFinetuningV1OrgUserDatasetsListStatus = Literal["completed", "failed", "pending", "processing"]

AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES: frozenset[
    AiFinetuningV1OrgUserDatasetsListStatus
] = frozenset(["completed", "failed", "pending", "processing"])


def check_ai_finetuning_v1_org_user_datasets_list_status(
    value: str,
) -> AiFinetuningV1OrgUserDatasetsListStatus:
    if value in AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES)!r}"
    )
