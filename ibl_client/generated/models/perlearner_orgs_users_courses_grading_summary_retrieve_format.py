from typing import Literal

PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_grading_summary_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES)!r}"
    )
