from typing import Literal

GetContentDetailsMetric = Literal[
    "course", "courses", "pathway", "pathways", "program", "programs", "skill", "skills"
]

GET_CONTENT_DETAILS_METRIC_VALUES: frozenset[GetContentDetailsMetric] = frozenset(
    ["course", "courses", "pathway", "pathways", "program", "programs", "skill", "skills"]
)


def check_get_content_details_metric(value: str) -> GetContentDetailsMetric:
    if value in GET_CONTENT_DETAILS_METRIC_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(GET_CONTENT_DETAILS_METRIC_VALUES)!r}"
    )
