from typing import Literal

EngagementOrgsTimeOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_time_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsTimeOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
