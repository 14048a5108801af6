from typing import Literal

CrawlerPatternTypeEnum = Literal["glob", "regex"]

CRAWLER_PATTERN_TYPE_ENUM_VALUES: frozenset[CrawlerPatternTypeEnum] = frozenset(["glob", "regex"])


def check_crawler_pattern_type_enum(value: str) -> CrawlerPatternTypeEnum:
    if value in CRAWLER_PATTERN_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CRAWLER_PATTERN_TYPE_ENUM_VALUES)!r}"
    )
