from typing import Literal, cast

from ..._validation import unknown_enum_value

V2CourseRecommendationsRecommendationType = Literal[
    "courses", "mentors", "pathways", "programs", "resources"
]

V2_COURSE_RECOMMENDATIONS_RECOMMENDATION_TYPE_VALUES: frozenset[
    V2CourseRecommendationsRecommendationType
] = frozenset(["courses", "mentors", "pathways", "programs", "resources"])


def check_v2_course_recommendations_recommendation_type(
    value: object,
    path: str = "V2CourseRecommendationsRecommendationType",
    *,
    known_only: bool = False,
) -> V2CourseRecommendationsRecommendationType:
    """`value` as a `V2CourseRecommendationsRecommendationType`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in V2_COURSE_RECOMMENDATIONS_RECOMMENDATION_TYPE_VALUES:
        return value
    return cast(
        V2CourseRecommendationsRecommendationType,
        unknown_enum_value(
            path,
            value,
            V2_COURSE_RECOMMENDATIONS_RECOMMENDATION_TYPE_VALUES,
            "V2CourseRecommendationsRecommendationType",
            known_only=known_only,
        ),
    )
