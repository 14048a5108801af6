from typing import Literal, cast

from ..._validation import unknown_enum_value

V2CourseRecommendationsRankingStrategy = Literal[
    "custom", "difficulty", "personalized", "relevance"
]

V2_COURSE_RECOMMENDATIONS_RANKING_STRATEGY_VALUES: frozenset[
    V2CourseRecommendationsRankingStrategy
] = frozenset(["custom", "difficulty", "personalized", "relevance"])


def check_v2_course_recommendations_ranking_strategy(
    value: object, path: str = "V2CourseRecommendationsRankingStrategy", *, known_only: bool = False
) -> V2CourseRecommendationsRankingStrategy:
    """`value` as a `V2CourseRecommendationsRankingStrategy`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in V2_COURSE_RECOMMENDATIONS_RANKING_STRATEGY_VALUES:
        return value
    return cast(
        V2CourseRecommendationsRankingStrategy,
        unknown_enum_value(
            path,
            value,
            V2_COURSE_RECOMMENDATIONS_RANKING_STRATEGY_VALUES,
            "V2CourseRecommendationsRankingStrategy",
            known_only=known_only,
        ),
    )
