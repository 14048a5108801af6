from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsLearnersRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES: frozenset[PerlearnerOrgsLearnersRetrieveFormat] = (
    frozenset(["json"])
)


def check_perlearner_orgs_learners_retrieve_format(
    value: object, path: str = "PerlearnerOrgsLearnersRetrieveFormat", *, known_only: bool = False
) -> PerlearnerOrgsLearnersRetrieveFormat:
    """`value` as a `PerlearnerOrgsLearnersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PerlearnerOrgsLearnersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_LEARNERS_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsLearnersRetrieveFormat",
            known_only=known_only,
        ),
    )
