from typing import Literal

AlignMentorBubbleEnum = Literal["left", "right"]

ALIGN_MENTOR_BUBBLE_ENUM_VALUES: set[AlignMentorBubbleEnum] = {
    "left",
    "right",
}


def check_align_mentor_bubble_enum(value: str) -> AlignMentorBubbleEnum:
    if value in ALIGN_MENTOR_BUBBLE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALIGN_MENTOR_BUBBLE_ENUM_VALUES!r}"
    )
