from typing import Literal

PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_per_learner_retrieve_format(
    value: str,
) -> PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat:
    if value in PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES)!r}"
    )
