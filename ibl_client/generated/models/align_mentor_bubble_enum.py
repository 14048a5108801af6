from typing import Literal

AlignMentorBubbleEnum = Literal["left", "right"]

ALIGN_MENTOR_BUBBLE_ENUM_VALUES: frozenset[AlignMentorBubbleEnum] = frozenset(["left", "right"])


def check_align_mentor_bubble_enum(value: str) -> AlignMentorBubbleEnum:
    if value in ALIGN_MENTOR_BUBBLE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ALIGN_MENTOR_BUBBLE_ENUM_VALUES)!r}"
    )
