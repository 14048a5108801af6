from typing import Literal

PeriodicLearnerScopeEnum = Literal["ACTIVE_LEARNERS", "ALL_LEARNERS"]

PERIODIC_LEARNER_SCOPE_ENUM_VALUES: frozenset[PeriodicLearnerScopeEnum] = frozenset(
    ["ACTIVE_LEARNERS", "ALL_LEARNERS"]
)


def check_periodic_learner_scope_enum(value: str) -> PeriodicLearnerScopeEnum:
    if value in PERIODIC_LEARNER_SCOPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERIODIC_LEARNER_SCOPE_ENUM_VALUES)!r}"
    )
