from typing import Literal

KindEnum = Literal["HelpRequest", "KnowledgeGap", "LessonsLearned"]

KIND_ENUM_VALUES: set[KindEnum] = {
    "HelpRequest",
    "KnowledgeGap",
    "LessonsLearned",
}


def check_kind_enum(value: str) -> KindEnum:
    if value in KIND_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KIND_ENUM_VALUES!r}")
