from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsEnrollmentsOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsEnrollmentsOverTimeRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_enrollments_over_time_retrieve_format(
    value: object,
    path: str = "AudienceOrgsEnrollmentsOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsEnrollmentsOverTimeRetrieveFormat:
    """`value` as a `AudienceOrgsEnrollmentsOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AudienceOrgsEnrollmentsOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsEnrollmentsOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
