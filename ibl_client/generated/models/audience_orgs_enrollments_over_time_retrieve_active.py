from typing import Literal

AudienceOrgsEnrollmentsOverTimeRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsEnrollmentsOverTimeRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_enrollments_over_time_retrieve_active(
    value: str,
) -> AudienceOrgsEnrollmentsOverTimeRetrieveActive:
    if value in AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES)!r}"
    )
