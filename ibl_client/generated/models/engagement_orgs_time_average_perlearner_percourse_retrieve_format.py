from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_time_average_perlearner_percourse_retrieve_format(
    value: object,
    path: str = "EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat:
    """`value` as a `EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat",
            known_only=known_only,
        ),
    )
