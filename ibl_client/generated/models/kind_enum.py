from typing import Literal

KindEnum = Literal["HelpRequest", "KnowledgeGap", "LessonsLearned"]

KIND_ENUM_VALUES: frozenset[KindEnum] = frozenset(["HelpRequest", "KnowledgeGap", "LessonsLearned"])


def check_kind_enum(value: str) -> KindEnum:
    if value in KIND_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(KIND_ENUM_VALUES)!r}")
