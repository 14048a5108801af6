from typing import Literal, cast

from ..._validation import unknown_enum_value

OverviewOrgsCoursesCompletionsRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsCoursesCompletionsRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_courses_completions_retrieve_format(
    value: object,
    path: str = "OverviewOrgsCoursesCompletionsRetrieveFormat",
    *,
    known_only: bool = False,
) -> OverviewOrgsCoursesCompletionsRetrieveFormat:
    """`value` as a `OverviewOrgsCoursesCompletionsRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        OverviewOrgsCoursesCompletionsRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            OVERVIEW_ORGS_COURSES_COMPLETIONS_RETRIEVE_FORMAT_VALUES,
            "OverviewOrgsCoursesCompletionsRetrieveFormat",
            known_only=known_only,
        ),
    )
