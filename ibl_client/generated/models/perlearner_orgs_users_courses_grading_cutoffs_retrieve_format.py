from typing import Literal

PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES)!r}"
    )
