from typing import Literal

DepartmentsOrgsRetrieveFormat = Literal["json"]

DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES: set[DepartmentsOrgsRetrieveFormat] = {
    "json",
}


def check_departments_orgs_retrieve_format(value: str) -> DepartmentsOrgsRetrieveFormat:
    if value in DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPARTMENTS_ORGS_RETRIEVE_FORMAT_VALUES!r}"
    )
