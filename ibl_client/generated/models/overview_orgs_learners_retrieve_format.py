from typing import Literal, cast

from ..._validation import unknown_enum_value

OverviewOrgsLearnersRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: frozenset[OverviewOrgsLearnersRetrieveFormat] = (
    frozenset(["json"])
)


def check_overview_orgs_learners_retrieve_format(
    value: object, path: str = "OverviewOrgsLearnersRetrieveFormat", *, known_only: bool = False
) -> OverviewOrgsLearnersRetrieveFormat:
    """`value` as a `OverviewOrgsLearnersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        OverviewOrgsLearnersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES,
            "OverviewOrgsLearnersRetrieveFormat",
            known_only=known_only,
        ),
    )
