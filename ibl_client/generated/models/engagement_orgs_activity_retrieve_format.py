from typing import Literal

EngagementOrgsActivityRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES: frozenset[EngagementOrgsActivityRetrieveFormat] = (
    frozenset(["json"])
)


def check_engagement_orgs_activity_retrieve_format(
    value: str,
) -> EngagementOrgsActivityRetrieveFormat:
    if value in ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES)!r}"
    )
