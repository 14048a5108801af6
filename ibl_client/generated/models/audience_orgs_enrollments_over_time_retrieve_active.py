from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsEnrollmentsOverTimeRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsEnrollmentsOverTimeRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_enrollments_over_time_retrieve_active(
    value: object,
    path: str = "AudienceOrgsEnrollmentsOverTimeRetrieveActive",
    *,
    known_only: bool = False,
) -> AudienceOrgsEnrollmentsOverTimeRetrieveActive:
    """`value` as a `AudienceOrgsEnrollmentsOverTimeRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AudienceOrgsEnrollmentsOverTimeRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES,
            "AudienceOrgsEnrollmentsOverTimeRetrieveActive",
            known_only=known_only,
        ),
    )
