from typing import Literal

EngagementOrgsTimeOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsTimeOverTimeRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_time_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsTimeOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
