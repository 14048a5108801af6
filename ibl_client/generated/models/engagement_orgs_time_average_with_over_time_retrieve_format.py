from typing import Literal

EngagementOrgsTimeAverageWithOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsTimeAverageWithOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_time_average_with_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsTimeAverageWithOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
