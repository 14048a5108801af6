from typing import Literal, cast

from ..._validation import unknown_enum_value

RecommendationTypeEnum = Literal["catalog", "mentors"]

RECOMMENDATION_TYPE_ENUM_VALUES: frozenset[RecommendationTypeEnum] = frozenset(
    ["catalog", "mentors"]
)


def check_recommendation_type_enum(
    value: object, path: str = "RecommendationTypeEnum", *, known_only: bool = False
) -> RecommendationTypeEnum:
    """`value` as a `RecommendationTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in RECOMMENDATION_TYPE_ENUM_VALUES:
        return value
    return cast(
        RecommendationTypeEnum,
        unknown_enum_value(
            path,
            value,
            RECOMMENDATION_TYPE_ENUM_VALUES,
            "RecommendationTypeEnum",
            known_only=known_only,
        ),
    )
