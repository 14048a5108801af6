from typing import Literal, cast

from ..._validation import unknown_enum_value

PeriodicLearnerScopeEnum = Literal["ACTIVE_LEARNERS", "ALL_LEARNERS"]

PERIODIC_LEARNER_SCOPE_ENUM_VALUES: frozenset[PeriodicLearnerScopeEnum] = frozenset(
    ["ACTIVE_LEARNERS", "ALL_LEARNERS"]
)


def check_periodic_learner_scope_enum(
    value: object, path: str = "PeriodicLearnerScopeEnum", *, known_only: bool = False
) -> PeriodicLearnerScopeEnum:
    """`value` as a `PeriodicLearnerScopeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERIODIC_LEARNER_SCOPE_ENUM_VALUES:
        return value
    return cast(
        PeriodicLearnerScopeEnum,
        unknown_enum_value(
            path,
            value,
            PERIODIC_LEARNER_SCOPE_ENUM_VALUES,
            "PeriodicLearnerScopeEnum",
            known_only=known_only,
        ),
    )
