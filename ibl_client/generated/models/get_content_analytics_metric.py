from typing import Literal, cast

from ..._validation import unknown_enum_value

GetContentAnalyticsMetric = Literal[
    "course", "courses", "pathway", "pathways", "program", "programs", "skill", "skills"
]

GET_CONTENT_ANALYTICS_METRIC_VALUES: frozenset[GetContentAnalyticsMetric] = frozenset(
    ["course", "courses", "pathway", "pathways", "program", "programs", "skill", "skills"]
)


def check_get_content_analytics_metric(
    value: object, path: str = "GetContentAnalyticsMetric", *, known_only: bool = False
) -> GetContentAnalyticsMetric:
    """`value` as a `GetContentAnalyticsMetric`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in GET_CONTENT_ANALYTICS_METRIC_VALUES:
        return value
    return cast(
        GetContentAnalyticsMetric,
        unknown_enum_value(
            path,
            value,
            GET_CONTENT_ANALYTICS_METRIC_VALUES,
            "GetContentAnalyticsMetric",
            known_only=known_only,
        ),
    )
