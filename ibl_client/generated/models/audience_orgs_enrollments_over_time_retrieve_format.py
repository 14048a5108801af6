from typing import Literal

AudienceOrgsEnrollmentsOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    AudienceOrgsEnrollmentsOverTimeRetrieveFormat
] = {
    "json",
}


def check_audience_orgs_enrollments_over_time_retrieve_format(
    value: str,
) -> AudienceOrgsEnrollmentsOverTimeRetrieveFormat:
    if value in AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
