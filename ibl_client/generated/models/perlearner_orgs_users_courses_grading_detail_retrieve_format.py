from typing import Literal

PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_courses_grading_detail_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES)!r}"
    )
