from typing import Literal

V2CourseRecommendationsRecommendationType = Literal[
    "courses", "mentors", "pathways", "programs", "resources"
]

V2_COURSE_RECOMMENDATIONS_RECOMMENDATION_TYPE_VALUES: frozenset[
    V2CourseRecommendationsRecommendationType
] = frozenset(["courses", "mentors", "pathways", "programs", "resources"])


def check_v2_course_recommendations_recommendation_type(
    value: str,
) -> V2CourseRecommendationsRecommendationType:
    if value in V2_COURSE_RECOMMENDATIONS_RECOMMENDATION_TYPE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(V2_COURSE_RECOMMENDATIONS_RECOMMENDATION_TYPE_VALUES)!r}"
    )
