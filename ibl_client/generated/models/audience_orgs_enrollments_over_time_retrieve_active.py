from typing import Literal

AudienceOrgsEnrollmentsOverTimeRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES: set[
    AudienceOrgsEnrollmentsOverTimeRetrieveActive
] = {
    "False",
    "false",
    "n",
    "no",
    "true",
    "True",
    "y",
    "yes",
}


def check_audience_orgs_enrollments_over_time_retrieve_active(
    value: str,
) -> AudienceOrgsEnrollmentsOverTimeRetrieveActive:
    if value in AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES!r}"
    )
