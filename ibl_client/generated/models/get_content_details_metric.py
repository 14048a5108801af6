from typing import Literal, cast

from ..._validation import unknown_enum_value

GetContentDetailsMetric = Literal[
    "course", "courses", "pathway", "pathways", "program", "programs", "skill", "skills"
]

GET_CONTENT_DETAILS_METRIC_VALUES: frozenset[GetContentDetailsMetric] = frozenset(
    ["course", "courses", "pathway", "pathways", "program", "programs", "skill", "skills"]
)


def check_get_content_details_metric(
    value: object, path: str = "GetContentDetailsMetric", *, known_only: bool = False
) -> GetContentDetailsMetric:
    """`value` as a `GetContentDetailsMetric`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in GET_CONTENT_DETAILS_METRIC_VALUES:
        return value
    return cast(
        GetContentDetailsMetric,
        unknown_enum_value(
            path,
            value,
            GET_CONTENT_DETAILS_METRIC_VALUES,
            "GetContentDetailsMetric",
            known_only=known_only,
        ),
    )
