from typing import Literal

AiAnalyticsDepartmentsOrgsRetrieveFormat = Literal["json"]

AI_ANALYTICS_DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsDepartmentsOrgsRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_departments_orgs_retrieve_format(
    value: str,
) -> AiAnalyticsDepartmentsOrgsRetrieveFormat:
    if value in AI_ANALYTICS_DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES)!r}"
    )
