from typing import Literal, cast

from ..._validation import unknown_enum_value

AlignMentorBubbleEnum = Literal["left", "right"]

ALIGN_MENTOR_BUBBLE_ENUM_VALUES: frozenset[AlignMentorBubbleEnum] = frozenset(["left", "right"])


def check_align_mentor_bubble_enum(
    value: object, path: str = "AlignMentorBubbleEnum", *, known_only: bool = False
) -> AlignMentorBubbleEnum:
    """`value` as a `AlignMentorBubbleEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ALIGN_MENTOR_BUBBLE_ENUM_VALUES:
        return value
    return cast(
        AlignMentorBubbleEnum,
        unknown_enum_value(
            path,
            value,
            ALIGN_MENTOR_BUBBLE_ENUM_VALUES,
            "AlignMentorBubbleEnum",
            known_only=known_only,
        ),
    )
