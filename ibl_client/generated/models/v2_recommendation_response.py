from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_recommendation import CourseRecommendation
    from ..models.v2_recommendation_response_user_context import V2RecommendationResponseUserContext


T = TypeVar("T", bound="V2RecommendationResponse")


@_attrs_define
class V2RecommendationResponse:
    """Response serializer for V2 Course Recommendations.

    Returns a list of recommended courses with AI-generated reasoning. Includes metadata about the recommendation method
    used (RAG vs LLM).

    """

    recommendations: list[CourseRecommendation]
    """ List of course recommendations with reasoning """
    generated_at: datetime.datetime
    """ When these recommendations were generated """
    platform_key: str
    """ Platform key for these recommendations """
    user_context: V2RecommendationResponseUserContext | Unset = UNSET
    """ Summary of user context used for recommendations """
    recommendation_id: str | Unset = UNSET
    """ Unique ID for this recommendation set (for tracking) """
    method_used: str | Unset = UNSET
    """ Method used to generate recommendations: 'rag_only', 'llm_only', or 'rag_plus_llm' """
    search_query_used: str | Unset = UNSET
    """ The actual search query used for RAG similarity search (if applicable) """
    candidates_retrieved: int | Unset = UNSET
    """ Number of candidates retrieved via RAG before filtering (if applicable) """
    includes_main_catalog: bool | Unset = UNSET
    """ Whether the results include items from the 'main' tenant catalog """
    processing_time_seconds: float | Unset = UNSET
    """ Time taken to generate recommendations (in seconds) """
    success: bool | Unset = UNSET
    """ Whether the request was successful """
    count: int | Unset = UNSET
    """ Total number of recommendations available """
    next_: None | str | Unset = UNSET
    """ URL for the next page of results (if pagination is enabled) """
    previous: None | str | Unset = UNSET
    """ URL for the previous page of results (if pagination is enabled) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_NAMES: ClassVar[dict[str, str]] = {
        "next_": "next",
    }
    """ JSON names of the fields whose Python name differs (read by ibl_client/_decode.py) """

    def to_dict(self) -> dict[str, Any]:
        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        generated_at = self.generated_at.isoformat()

        platform_key = self.platform_key

        user_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_context, Unset):
            user_context = self.user_context.to_dict()

        recommendation_id = self.recommendation_id

        method_used = self.method_used

        search_query_used = self.search_query_used

        candidates_retrieved = self.candidates_retrieved

        includes_main_catalog = self.includes_main_catalog

        processing_time_seconds = self.processing_time_seconds

        success = self.success

        count = self.count

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recommendations": recommendations,
                "generated_at": generated_at,
                "platform_key": platform_key,
            }
        )
        if user_context is not UNSET:
            field_dict["user_context"] = user_context
        if recommendation_id is not UNSET:
            field_dict["recommendation_id"] = recommendation_id
        if method_used is not UNSET:
            field_dict["method_used"] = method_used
        if search_query_used is not UNSET:
            field_dict["search_query_used"] = search_query_used
        if candidates_retrieved is not UNSET:
            field_dict["candidates_retrieved"] = candidates_retrieved
        if includes_main_catalog is not UNSET:
            field_dict["includes_main_catalog"] = includes_main_catalog
        if processing_time_seconds is not UNSET:
            field_dict["processing_time_seconds"] = processing_time_seconds
        if success is not UNSET:
            field_dict["success"] = success
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_recommendation import CourseRecommendation  # noqa: PLC0415
        from ..models.v2_recommendation_response_user_context import (
            V2RecommendationResponseUserContext,  # noqa: PLC0415
        )

        d = dict(src_dict)
        recommendations = []
        _recommendations = d.pop("recommendations")
        for recommendations_item_data in _recommendations:
            recommendations_item = CourseRecommendation.from_dict(recommendations_item_data)

            recommendations.append(recommendations_item)

        generated_at = datetime.datetime.fromisoformat(
            d.pop("generated_at").replace("Z", "+00:00").replace("z", "+00:00")
        )

        platform_key = d.pop("platform_key")
        if not isinstance(platform_key, str):
            raise TypeError(f"platform_key: expected a string, got {type(platform_key).__name__}")

        _user_context = d.pop("user_context", UNSET)
        user_context: V2RecommendationResponseUserContext | Unset
        if isinstance(_user_context, Unset):
            user_context = UNSET
        else:
            user_context = V2RecommendationResponseUserContext.from_dict(_user_context)

        recommendation_id = d.pop("recommendation_id", UNSET)
        if not isinstance(recommendation_id, (str, Unset)):
            raise TypeError(
                f"recommendation_id: expected a string, got {type(recommendation_id).__name__}"
            )

        method_used = d.pop("method_used", UNSET)
        if not isinstance(method_used, (str, Unset)):
            raise TypeError(f"method_used: expected a string, got {type(method_used).__name__}")

        search_query_used = d.pop("search_query_used", UNSET)
        if not isinstance(search_query_used, (str, Unset)):
            raise TypeError(
                f"search_query_used: expected a string, got {type(search_query_used).__name__}"
            )

        candidates_retrieved = d.pop("candidates_retrieved", UNSET)
        if (
            not isinstance(candidates_retrieved, (int, Unset))
            or candidates_retrieved is True
            or candidates_retrieved is False
        ):
            raise TypeError(
                f"candidates_retrieved: expected an integer, got {type(candidates_retrieved).__name__}"
            )

        includes_main_catalog = d.pop("includes_main_catalog", UNSET)
        if not isinstance(includes_main_catalog, (bool, Unset)):
            raise TypeError(
                f"includes_main_catalog: expected a boolean, got {type(includes_main_catalog).__name__}"
            )

        processing_time_seconds = d.pop("processing_time_seconds", UNSET)
        if (
            not isinstance(processing_time_seconds, (int, float, Unset))
            or processing_time_seconds is True
            or processing_time_seconds is False
        ):
            raise TypeError(
                f"processing_time_seconds: expected a number, got {type(processing_time_seconds).__name__}"
            )

        success = d.pop("success", UNSET)
        if not isinstance(success, (bool, Unset)):
            raise TypeError(f"success: expected a boolean, got {type(success).__name__}")

        count = d.pop("count", UNSET)
        if not isinstance(count, (int, Unset)) or count is True or count is False:
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_type_0 = data
                if not isinstance(next_type_0, str):
                    raise TypeError(
                        f"next_type_0: expected a string, got {type(next_type_0).__name__}"
                    )

                return next_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            next_type_1 = data

            return next_type_1

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_type_0 = data
                if not isinstance(previous_type_0, str):
                    raise TypeError(
                        f"previous_type_0: expected a string, got {type(previous_type_0).__name__}"
                    )

                return previous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            previous_type_1 = data

            return previous_type_1

        previous = _parse_previous(d.pop("previous", UNSET))

        v2_recommendation_response = cls(
            recommendations=recommendations,
            generated_at=generated_at,
            platform_key=platform_key,
            user_context=user_context,
            recommendation_id=recommendation_id,
            method_used=method_used,
            search_query_used=search_query_used,
            candidates_retrieved=candidates_retrieved,
            includes_main_catalog=includes_main_catalog,
            processing_time_seconds=processing_time_seconds,
            success=success,
            count=count,
            next_=next_,
            previous=previous,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        v2_recommendation_response.additional_properties = additional_properties
        return v2_recommendation_response

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
