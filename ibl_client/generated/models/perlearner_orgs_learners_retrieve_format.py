from typing import Literal

PerlearnerOrgsLearnersRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: frozenset[PerlearnerOrgsLearnersRetrieveFormat] = (
    frozenset(["json"])
)


def check_perlearner_orgs_learners_retrieve_format(
    value: str,
) -> PerlearnerOrgsLearnersRetrieveFormat:
    if value in PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
