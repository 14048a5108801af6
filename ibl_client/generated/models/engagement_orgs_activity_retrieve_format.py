from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsActivityRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES: frozenset[EngagementOrgsActivityRetrieveFormat] = (
    frozenset(["json"])
)


def check_engagement_orgs_activity_retrieve_format(
    value: object, path: str = "EngagementOrgsActivityRetrieveFormat", *, known_only: bool = False
) -> EngagementOrgsActivityRetrieveFormat:
    """`value` as a `EngagementOrgsActivityRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        EngagementOrgsActivityRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsActivityRetrieveFormat",
            known_only=known_only,
        ),
    )
