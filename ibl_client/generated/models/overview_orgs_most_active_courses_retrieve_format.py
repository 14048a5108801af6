from typing import Literal

OverviewOrgsMostActiveCoursesRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsMostActiveCoursesRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_most_active_courses_retrieve_format(
    value: str,
) -> OverviewOrgsMostActiveCoursesRetrieveFormat:
    if value in OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(OVERVIEW_ORGS_MOST_ACTIVE_COURSES_RETRIEVE_FORMAT_VALUES)!r}"
    )
