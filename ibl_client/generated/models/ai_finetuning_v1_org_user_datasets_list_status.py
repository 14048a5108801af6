from typing import Literal

AiFinetuningV1OrgUserDatasetsListStatus = Literal["completed", "failed", "pending", "processing"]

AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES: set[
    AiFinetuningV1OrgUserDatasetsListStatus
] = {
    "completed",
    "failed",
    "pending",
    "processing",
}


def check_ai_finetuning_v1_org_user_datasets_list_status(
    value: str,
) -> AiFinetuningV1OrgUserDatasetsListStatus:
    if value in AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES!r}"
    )
