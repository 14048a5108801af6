from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsRegisteredUsersPerCourseRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsRegisteredUsersPerCourseRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_registered_users_per_course_retrieve_active(
    value: object,
    path: str = "AudienceOrgsRegisteredUsersPerCourseRetrieveActive",
    *,
    known_only: bool = False,
) -> AudienceOrgsRegisteredUsersPerCourseRetrieveActive:
    """`value` as a `AudienceOrgsRegisteredUsersPerCourseRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AudienceOrgsRegisteredUsersPerCourseRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES,
            "AudienceOrgsRegisteredUsersPerCourseRetrieveActive",
            known_only=known_only,
        ),
    )
