from typing import Literal

GetContentAnalyticsMetric = Literal[
    "course", "courses", "pathway", "pathways", "program", "programs", "skill", "skills"
]

GET_CONTENT_ANALYTICS_METRIC_VALUES: frozenset[GetContentAnalyticsMetric] = frozenset(
    ["course", "courses", "pathway", "pathways", "program", "programs", "skill", "skills"]
)


def check_get_content_analytics_metric(value: str) -> GetContentAnalyticsMetric:
    if value in GET_CONTENT_ANALYTICS_METRIC_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(GET_CONTENT_ANALYTICS_METRIC_VALUES)!r}"
    )
