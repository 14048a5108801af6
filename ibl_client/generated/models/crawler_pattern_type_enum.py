from typing import Literal

CrawlerPatternTypeEnum = Literal["glob", "regex"]

CRAWLER_PATTERN_TYPE_ENUM_VALUES: set[CrawlerPatternTypeEnum] = {
    "glob",
    "regex",
}


def check_crawler_pattern_type_enum(value: str) -> CrawlerPatternTypeEnum:
    if value in CRAWLER_PATTERN_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CRAWLER_PATTERN_TYPE_ENUM_VALUES!r}"
    )
