from typing import Literal

AudienceOrgsEnrollmentsOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsEnrollmentsOverTimeRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_enrollments_over_time_retrieve_format(
    value: str,
) -> AudienceOrgsEnrollmentsOverTimeRetrieveFormat:
    if value in AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
