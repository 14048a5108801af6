from typing import Literal, cast

from ..._validation import unknown_enum_value

CrawlerPatternTypeEnum = Literal["glob", "regex"]

CRAWLER_PATTERN_TYPE_ENUM_VALUES: frozenset[CrawlerPatternTypeEnum] = frozenset(["glob", "regex"])


def check_crawler_pattern_type_enum(
    value: object, path: str = "CrawlerPatternTypeEnum", *, known_only: bool = False
) -> CrawlerPatternTypeEnum:
    """`value` as a `CrawlerPatternTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in CRAWLER_PATTERN_TYPE_ENUM_VALUES:
        return value
    return cast(
        CrawlerPatternTypeEnum,
        unknown_enum_value(
            path,
            value,
            CRAWLER_PATTERN_TYPE_ENUM_VALUES,
            "CrawlerPatternTypeEnum",
            known_only=known_only,
        ),
    )
