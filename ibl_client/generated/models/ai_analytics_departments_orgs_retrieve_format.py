from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsDepartmentsOrgsRetrieveFormat = Literal["json"]

AI_ANALYTICS_DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsDepartmentsOrgsRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_departments_orgs_retrieve_format(
    value: object,
    path: str = "AiAnalyticsDepartmentsOrgsRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsDepartmentsOrgsRetrieveFormat:
    """`value` as a `AiAnalyticsDepartmentsOrgsRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AI_ANALYTICS_DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        AiAnalyticsDepartmentsOrgsRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsDepartmentsOrgsRetrieveFormat",
            known_only=known_only,
        ),
    )
