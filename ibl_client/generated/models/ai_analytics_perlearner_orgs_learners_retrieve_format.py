from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_learners_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat",
            known_only=known_only,
        ),
    )
