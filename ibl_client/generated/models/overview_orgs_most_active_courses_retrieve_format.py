from typing import Literal, cast

from ..._validation import unknown_enum_value

OverviewOrgsMostActiveCoursesRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsMostActiveCoursesRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_most_active_courses_retrieve_format(
    value: object,
    path: str = "OverviewOrgsMostActiveCoursesRetrieveFormat",
    *,
    known_only: bool = False,
) -> OverviewOrgsMostActiveCoursesRetrieveFormat:
    """`value` as a `OverviewOrgsMostActiveCoursesRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        OverviewOrgsMostActiveCoursesRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES,
            "OverviewOrgsMostActiveCoursesRetrieveFormat",
            known_only=known_only,
        ),
    )
