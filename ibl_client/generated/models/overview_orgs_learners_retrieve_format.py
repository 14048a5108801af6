from typing import Literal

OverviewOrgsLearnersRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: frozenset[OverviewOrgsLearnersRetrieveFormat] = (
    frozenset(["json"])
)


def check_overview_orgs_learners_retrieve_format(value: str) -> OverviewOrgsLearnersRetrieveFormat:
    if value in OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
