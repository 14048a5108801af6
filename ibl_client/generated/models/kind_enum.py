from typing import Literal, cast

from ..._validation import unknown_enum_value

KindEnum = Literal["HelpRequest", "KnowledgeGap", "LessonsLearned"]

KIND_ENUM_VALUES: frozenset[KindEnum] = frozenset(["HelpRequest", "KnowledgeGap", "LessonsLearned"])


def check_kind_enum(value: object, path: str = "KindEnum", *, known_only: bool = False) -> KindEnum:
    """`value` as a `KindEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in KIND_ENUM_VALUES:
        return value
    return cast(
        KindEnum,
        unknown_enum_value(path, value, KIND_ENUM_VALUES, "KindEnum", known_only=known_only),
    )
