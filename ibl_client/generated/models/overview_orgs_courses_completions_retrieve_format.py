from typing import Literal

OverviewOrgsCoursesCompletionsRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsCoursesCompletionsRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_courses_completions_retrieve_format(
    value: str,
) -> OverviewOrgsCoursesCompletionsRetrieveFormat:
    if value in OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES)!r}"
    )
