from typing import Literal, cast

from ..._validation import unknown_enum_value

V2PersonalizedMentorsOrderDirection = Literal["asc", "desc"]

V2_PERSONALIZED_MENTORS_ORDER_DIRECTION_VALUES: frozenset[V2PersonalizedMentorsOrderDirection] = (
    frozenset(["asc", "desc"])
)


def check_v2_personalized_mentors_order_direction(
    value: object, path: str = "V2PersonalizedMentorsOrderDirection", *, known_only: bool = False
) -> V2PersonalizedMentorsOrderDirection:
    """`value` as a `V2PersonalizedMentorsOrderDirection`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in V2_PERSONALIZED_MENTORS_ORDER_DIRECTION_VALUES:
        return value
    return cast(
        V2PersonalizedMentorsOrderDirection,
        unknown_enum_value(
            path,
            value,
            V2_PERSONALIZED_MENTORS_ORDER_DIRECTION_VALUES,
            "V2PersonalizedMentorsOrderDirection",
            known_only=known_only,
        ),
    )
