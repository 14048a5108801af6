from typing import Literal

V2CourseRecommendationsRankingStrategy = Literal[
    "custom", "difficulty", "personalized", "relevance"
]

V2_COURSE_RECOMMENDATIONS_RANKING_STRATEGY_VALUES: frozenset[
    V2CourseRecommendationsRankingStrategy
] = frozenset(["custom", "difficulty", "personalized", "relevance"])


def check_v2_course_recommendations_ranking_strategy(
    value: str,
) -> V2CourseRecommendationsRankingStrategy:
    if value in V2_COURSE_RECOMMENDATIONS_RANKING_STRATEGY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(V2_COURSE_RECOMMENDATIONS_RANKING_STRATEGY_VALUES)!r}"
    )
