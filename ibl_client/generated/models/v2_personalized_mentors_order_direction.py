from typing import Literal

V2PersonalizedMentorsOrderDirection = Literal["asc", "desc"]

V2_PERSONALIZED_MENTORS_ORDER_DIRECTION_VALUES: frozenset[V2PersonalizedMentorsOrderDirection] = (
    frozenset(["asc", "desc"])
)


def check_v2_personalized_mentors_order_direction(
    value: str,
) -> V2PersonalizedMentorsOrderDirection:
    if value in V2_PERSONALIZED_MENTORS_ORDER_DIRECTION_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(V2_PERSONALIZED_MENTORS_ORDER_DIRECTION_VALUES)!r}"
    )
