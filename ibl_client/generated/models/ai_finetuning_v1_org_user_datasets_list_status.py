from typing import Literal, cast

from ..._validation import unknown_enum_value

AiFinetuningV1OrgUserDatasetsListStatus = Literal["completed", "failed", "pending", "processing"]

AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES: frozenset[
    AiFinetuningV1OrgUserDatasetsListStatus
] = frozenset(["completed", "failed", "pending", "processing"])


def check_ai_finetuning_v1_org_user_datasets_list_status(
    value: object,
    path: str = "AiFinetuningV1OrgUserDatasetsListStatus",
    *,
    known_only: bool = False,
) -> AiFinetuningV1OrgUserDatasetsListStatus:
    """`value` as a `AiFinetuningV1OrgUserDatasetsListStatus`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES:
        return value
    return cast(
        AiFinetuningV1OrgUserDatasetsListStatus,
        unknown_enum_value(
            path,
            value,
            AI_FINETUNING_V1_ORG_USER_DATASETS_LIST_STATUS_VALUES,
            "AiFinetuningV1OrgUserDatasetsListStatus",
            known_only=known_only,
        ),
    )
