from typing import Literal

OverviewOrgsLearnersRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: set[OverviewOrgsLearnersRetrieveFormat] = {
    "json",
}


def check_overview_orgs_learners_retrieve_format(value: str) -> OverviewOrgsLearnersRetrieveFormat:
    if value in OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVERVIEW_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES!r}"
    )
