from typing import Literal

AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_learners_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
