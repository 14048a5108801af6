from typing import Literal

EngagementOrgsActivityRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES: set[EngagementOrgsActivityRetrieveFormat] = {
    "json",
}


def check_engagement_orgs_activity_retrieve_format(
    value: str,
) -> EngagementOrgsActivityRetrieveFormat:
    if value in ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES!r}"
    )
