from typing import Literal

EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_time_average_perlearner_percourse_retrieve_format(
    value: str,
) -> EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat:
    if value in ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES!r}"
    )
