from typing import Literal

RecommendationTypeEnum = Literal["catalog", "mentors"]

RECOMMENDATION_TYPE_ENUM_VALUES: frozenset[RecommendationTypeEnum] = frozenset(
    ["catalog", "mentors"]
)


def check_recommendation_type_enum(value: str) -> RecommendationTypeEnum:
    if value in RECOMMENDATION_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(RECOMMENDATION_TYPE_ENUM_VALUES)!r}"
    )
