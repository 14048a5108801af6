from typing import Literal

PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES: set[
    PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat
] = {
    "json",
}


def check_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES!r}"
    )
