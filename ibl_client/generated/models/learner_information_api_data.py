from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._validation import (
    FieldError,
    nested,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.learner_information_api_data_time_spent_overtime import (
        LearnerInformationAPIDataTimeSpentOvertime,
    )


T = TypeVar("T", bound="LearnerInformationAPIData")


@_attrs_define
class LearnerInformationAPIData:
    username: str
    """ learner username """
    name: str
    """ learner Name """
    email: str
    """ learner email """
    date_joined: str
    """ Registration Timestamp e.g 2022-05-05T00:00:00+00:00 """
    last_activity: str
    """ Last Activity Timestamp e.g 2022-05-05T00:00:00+00:00 """
    total_assessments: int | Unset = UNSET
    """ Total assessments attempted """
    total_time_spent: int | Unset = UNSET
    """ Total time spent in seconds """
    total_videos: int | Unset = UNSET
    """ Total videos watched """
    course_completions: int | Unset = UNSET
    """ Total courses completed """
    time_spent_overtime: LearnerInformationAPIDataTimeSpentOvertime | Unset = UNSET
    continent: str | Unset = UNSET
    """ last location - continent """
    continent_code: str | Unset = UNSET
    """ last location - continent code """
    country: str | Unset = UNSET
    """ last location - country """
    country_code: str | Unset = UNSET
    """ last location - country code """
    region: str | Unset = UNSET
    """ last location - region """
    region_code: str | Unset = UNSET
    """ last location - region code """
    location: str | Unset = UNSET
    """ last location """
    city: str | Unset = UNSET
    """ last location - city """
    browser: str | Unset = UNSET
    """ last known browser """
    operating_system: str | Unset = UNSET
    """ last known operating system """
    resolution: str | Unset = UNSET
    """ last known browser resolution """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        name = self.name

        email = self.email

        date_joined = self.date_joined

        last_activity = self.last_activity

        total_assessments = self.total_assessments

        total_time_spent = self.total_time_spent

        total_videos = self.total_videos

        course_completions = self.course_completions

        time_spent_overtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_spent_overtime, Unset):
            time_spent_overtime = self.time_spent_overtime.to_dict()

        continent = self.continent

        continent_code = self.continent_code

        country = self.country

        country_code = self.country_code

        region = self.region

        region_code = self.region_code

        location = self.location

        city = self.city

        browser = self.browser

        operating_system = self.operating_system

        resolution = self.resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "name": name,
                "email": email,
                "date_joined": date_joined,
                "last_activity": last_activity,
            }
        )
        if total_assessments is not UNSET:
            field_dict["total_assessments"] = total_assessments
        if total_time_spent is not UNSET:
            field_dict["total_time_spent"] = total_time_spent
        if total_videos is not UNSET:
            field_dict["total_videos"] = total_videos
        if course_completions is not UNSET:
            field_dict["course_completions"] = course_completions
        if time_spent_overtime is not UNSET:
            field_dict["time_spent_overtime"] = time_spent_overtime
        if continent is not UNSET:
            field_dict["continent"] = continent
        if continent_code is not UNSET:
            field_dict["continent_code"] = continent_code
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if region is not UNSET:
            field_dict["region"] = region
        if region_code is not UNSET:
            field_dict["region_code"] = region_code
        if location is not UNSET:
            field_dict["location"] = location
        if city is not UNSET:
            field_dict["city"] = city
        if browser is not UNSET:
            field_dict["browser"] = browser
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.learner_information_api_data_time_spent_overtime import (
            LearnerInformationAPIDataTimeSpentOvertime,  # noqa: PLC0415
        )

        d = dict(src_dict)
        username = d.pop("username")
        if not isinstance(username, str):
            raise FieldError("username", "a string", username)

        name = d.pop("name")
        if not isinstance(name, str):
            raise FieldError("name", "a string", name)

        email = d.pop("email")
        if not isinstance(email, str):
            raise FieldError("email", "a string", email)

        date_joined = d.pop("date_joined")
        if not isinstance(date_joined, str):
            raise FieldError("date_joined", "a string", date_joined)

        last_activity = d.pop("last_activity")
        if not isinstance(last_activity, str):
            raise FieldError("last_activity", "a string", last_activity)

        total_assessments = d.pop("total_assessments", UNSET)
        if (
            not isinstance(total_assessments, (int, Unset))
            or total_assessments is True
            or total_assessments is False
        ):
            raise FieldError("total_assessments", "an integer", total_assessments)

        total_time_spent = d.pop("total_time_spent", UNSET)
        if (
            not isinstance(total_time_spent, (int, Unset))
            or total_time_spent is True
            or total_time_spent is False
        ):
            raise FieldError("total_time_spent", "an integer", total_time_spent)

        total_videos = d.pop("total_videos", UNSET)
        if (
            not isinstance(total_videos, (int, Unset))
            or total_videos is True
            or total_videos is False
        ):
            raise FieldError("total_videos", "an integer", total_videos)

        course_completions = d.pop("course_completions", UNSET)
        if (
            not isinstance(course_completions, (int, Unset))
            or course_completions is True
            or course_completions is False
        ):
            raise FieldError("course_completions", "an integer", course_completions)

        _time_spent_overtime = d.pop("time_spent_overtime", UNSET)
        time_spent_overtime: LearnerInformationAPIDataTimeSpentOvertime | Unset
        if isinstance(_time_spent_overtime, Unset):
            time_spent_overtime = UNSET
        else:
            time_spent_overtime = nested(
                "time_spent_overtime",
                LearnerInformationAPIDataTimeSpentOvertime,
                _time_spent_overtime,
            )

        continent = d.pop("continent", UNSET)
        if not isinstance(continent, (str, Unset)):
            raise FieldError("continent", "a string", continent)

        continent_code = d.pop("continent_code", UNSET)
        if not isinstance(continent_code, (str, Unset)):
            raise FieldError("continent_code", "a string", continent_code)

        country = d.pop("country", UNSET)
        if not isinstance(country, (str, Unset)):
            raise FieldError("country", "a string", country)

        country_code = d.pop("country_code", UNSET)
        if not isinstance(country_code, (str, Unset)):
            raise FieldError("country_code", "a string", country_code)

        region = d.pop("region", UNSET)
        if not isinstance(region, (str, Unset)):
            raise FieldError("region", "a string", region)

        region_code = d.pop("region_code", UNSET)
        if not isinstance(region_code, (str, Unset)):
            raise FieldError("region_code", "a string", region_code)

        location = d.pop("location", UNSET)
        if not isinstance(location, (str, Unset)):
            raise FieldError("location", "a string", location)

        city = d.pop("city", UNSET)
        if not isinstance(city, (str, Unset)):
            raise FieldError("city", "a string", city)

        browser = d.pop("browser", UNSET)
        if not isinstance(browser, (str, Unset)):
            raise FieldError("browser", "a string", browser)

        operating_system = d.pop("operating_system", UNSET)
        if not isinstance(operating_system, (str, Unset)):
            raise FieldError("operating_system", "a string", operating_system)

        resolution = d.pop("resolution", UNSET)
        if not isinstance(resolution, (str, Unset)):
            raise FieldError("resolution", "a string", resolution)

        learner_information_api_data = cls(
            username=username,
            name=name,
            email=email,
            date_joined=date_joined,
            last_activity=last_activity,
            total_assessments=total_assessments,
            total_time_spent=total_time_spent,
            total_videos=total_videos,
            course_completions=course_completions,
            time_spent_overtime=time_spent_overtime,
            continent=continent,
            continent_code=continent_code,
            country=country,
            country_code=country_code,
            region=region,
            region_code=region_code,
            location=location,
            city=city,
            browser=browser,
            operating_system=operating_system,
            resolution=resolution,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        learner_information_api_data.additional_properties = additional_properties
        return learner_information_api_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
