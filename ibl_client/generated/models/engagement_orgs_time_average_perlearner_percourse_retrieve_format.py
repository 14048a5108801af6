from typing import Literal

EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_time_average_perlearner_percourse_retrieve_format(
    value: str,
) -> EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat:
    if value in ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
