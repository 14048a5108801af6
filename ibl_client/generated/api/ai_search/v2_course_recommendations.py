from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.v2_course_recommendations_ranking_strategy import (
    V2CourseRecommendationsRankingStrategy,
)
from ...models.v2_course_recommendations_recommendation_type import (
    V2CourseRecommendationsRecommendationType,
)
from ...models.v2_recommendation_response import V2RecommendationResponse
from ...types import UNSET, Unset

OPERATION_ID = "v2_course_recommendations"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: V2RecommendationResponse,
}


def _get_kwargs(
    *,
    assessment_id: str | Unset = UNSET,
    context_type: str | Unset = UNSET,
    difficulty_levels: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    include_main_catalog: bool | Unset = UNSET,
    include_user_history: bool | Unset = UNSET,
    include_user_skills: bool | Unset = UNSET,
    k: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    ranking_prompt: str | Unset = UNSET,
    ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
    recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
    search_terms: str | Unset = UNSET,
    spa_url: str | Unset = UNSET,
    trigger_source: str | Unset = UNSET,
    use_llm_ranking: bool | Unset = UNSET,
    use_rag_search: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["assessment_id"] = assessment_id

    params["context_type"] = context_type

    params["difficulty_levels"] = difficulty_levels

    params["domains"] = domains

    params["include_main_catalog"] = include_main_catalog

    params["include_user_history"] = include_user_history

    params["include_user_skills"] = include_user_skills

    params["k"] = k

    params["limit"] = limit

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["ranking_prompt"] = ranking_prompt

    json_ranking_strategy: str | Unset = UNSET
    if not isinstance(ranking_strategy, Unset):
        json_ranking_strategy = ranking_strategy

    params["ranking_strategy"] = json_ranking_strategy

    json_recommendation_type: str | Unset = UNSET
    if not isinstance(recommendation_type, Unset):
        json_recommendation_type = recommendation_type

    params["recommendation_type"] = json_recommendation_type

    params["search_terms"] = search_terms

    params["spa_url"] = spa_url

    params["trigger_source"] = trigger_source

    params["use_llm_ranking"] = use_llm_ranking

    params["use_rag_search"] = use_rag_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-search/recommendations/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> V2RecommendationResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = V2RecommendationResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    assessment_id: str | Unset = UNSET,
    context_type: str | Unset = UNSET,
    difficulty_levels: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    include_main_catalog: bool | Unset = UNSET,
    include_user_history: bool | Unset = UNSET,
    include_user_skills: bool | Unset = UNSET,
    k: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    ranking_prompt: str | Unset = UNSET,
    ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
    recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
    search_terms: str | Unset = UNSET,
    spa_url: str | Unset = UNSET,
    trigger_source: str | Unset = UNSET,
    use_llm_ranking: bool | Unset = UNSET,
    use_rag_search: bool | Unset = UNSET,
) -> Response[V2RecommendationResponse]:
    """Generate AI-driven course recommendations

    Generate personalized course recommendations using AI that considers the user's
    learning history, organizational goals, and available courses.
    **Authentication Required:**
    - User must be authenticated
    - Platform key must be provided
    - User must have access to the specified platform
    **How It Works:**
    1. Fetches tenant's custom recommendation prompt (if configured)
    2. Analyzes user's course completion history and performance
    3. Reviews available course catalog
    4. Uses AI to match courses to user's needs and organizational goals
    5. Returns 3-5 courses with clear explanations
    **Tenant Prompts:**
    Each organization can configure custom prompts that guide recommendations.
    For example: "Prioritize leadership for sales roles" or "Focus on technical skills."
    **Use Cases:**
    - Manual recommendation requests by users
    - Post-assessment recommendations
    - Milestone-triggered suggestions
    - Learning path planning

    ``GET /api/ai-search/recommendations/`` (operation ``v2_course_recommendations``)

    Args:
        assessment_id (str | Unset):
        context_type (str | Unset):
        difficulty_levels (str | Unset):
        domains (str | Unset):
        include_main_catalog (bool | Unset):
        include_user_history (bool | Unset):
        include_user_skills (bool | Unset):
        k (int | Unset):
        limit (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        ranking_prompt (str | Unset):
        ranking_strategy (V2CourseRecommendationsRankingStrategy | Unset):
        recommendation_type (V2CourseRecommendationsRecommendationType | Unset):
        search_terms (str | Unset):
        spa_url (str | Unset):
        trigger_source (str | Unset):
        use_llm_ranking (bool | Unset):
        use_rag_search (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[V2RecommendationResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            assessment_id=assessment_id,
            context_type=context_type,
            difficulty_levels=difficulty_levels,
            domains=domains,
            include_main_catalog=include_main_catalog,
            include_user_history=include_user_history,
            include_user_skills=include_user_skills,
            k=k,
            limit=limit,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            ranking_prompt=ranking_prompt,
            ranking_strategy=ranking_strategy,
            recommendation_type=recommendation_type,
            search_terms=search_terms,
            spa_url=spa_url,
            trigger_source=trigger_source,
            use_llm_ranking=use_llm_ranking,
            use_rag_search=use_rag_search,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    assessment_id: str | Unset = UNSET,
    context_type: str | Unset = UNSET,
    difficulty_levels: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    include_main_catalog: bool | Unset = UNSET,
    include_user_history: bool | Unset = UNSET,
    include_user_skills: bool | Unset = UNSET,
    k: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    ranking_prompt: str | Unset = UNSET,
    ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
    recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
    search_terms: str | Unset = UNSET,
    spa_url: str | Unset = UNSET,
    trigger_source: str | Unset = UNSET,
    use_llm_ranking: bool | Unset = UNSET,
    use_rag_search: bool | Unset = UNSET,
) -> V2RecommendationResponse:
    """Generate AI-driven course recommendations

    Generate personalized course recommendations using AI that considers the user's
    learning history, organizational goals, and available courses.
    **Authentication Required:**
    - User must be authenticated
    - Platform key must be provided
    - User must have access to the specified platform
    **How It Works:**
    1. Fetches tenant's custom recommendation prompt (if configured)
    2. Analyzes user's course completion history and performance
    3. Reviews available course catalog
    4. Uses AI to match courses to user's needs and organizational goals
    5. Returns 3-5 courses with clear explanations
    **Tenant Prompts:**
    Each organization can configure custom prompts that guide recommendations.
    For example: "Prioritize leadership for sales roles" or "Focus on technical skills."
    **Use Cases:**
    - Manual recommendation requests by users
    - Post-assessment recommendations
    - Milestone-triggered suggestions
    - Learning path planning

    ``GET /api/ai-search/recommendations/`` (operation ``v2_course_recommendations``)

    Args:
        assessment_id (str | Unset):
        context_type (str | Unset):
        difficulty_levels (str | Unset):
        domains (str | Unset):
        include_main_catalog (bool | Unset):
        include_user_history (bool | Unset):
        include_user_skills (bool | Unset):
        k (int | Unset):
        limit (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        ranking_prompt (str | Unset):
        ranking_strategy (V2CourseRecommendationsRankingStrategy | Unset):
        recommendation_type (V2CourseRecommendationsRecommendationType | Unset):
        search_terms (str | Unset):
        spa_url (str | Unset):
        trigger_source (str | Unset):
        use_llm_ranking (bool | Unset):
        use_rag_search (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        V2RecommendationResponse
    """

    return sync_detailed(
        assessment_id=assessment_id,
        context_type=context_type,
        difficulty_levels=difficulty_levels,
        domains=domains,
        include_main_catalog=include_main_catalog,
        include_user_history=include_user_history,
        include_user_skills=include_user_skills,
        k=k,
        limit=limit,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        ranking_prompt=ranking_prompt,
        ranking_strategy=ranking_strategy,
        recommendation_type=recommendation_type,
        search_terms=search_terms,
        spa_url=spa_url,
        trigger_source=trigger_source,
        use_llm_ranking=use_llm_ranking,
        use_rag_search=use_rag_search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    assessment_id: str | Unset = UNSET,
    context_type: str | Unset = UNSET,
    difficulty_levels: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    include_main_catalog: bool | Unset = UNSET,
    include_user_history: bool | Unset = UNSET,
    include_user_skills: bool | Unset = UNSET,
    k: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    ranking_prompt: str | Unset = UNSET,
    ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
    recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
    search_terms: str | Unset = UNSET,
    spa_url: str | Unset = UNSET,
    trigger_source: str | Unset = UNSET,
    use_llm_ranking: bool | Unset = UNSET,
    use_rag_search: bool | Unset = UNSET,
) -> Response[V2RecommendationResponse]:
    """Generate AI-driven course recommendations

    Generate personalized course recommendations using AI that considers the user's
    learning history, organizational goals, and available courses.
    **Authentication Required:**
    - User must be authenticated
    - Platform key must be provided
    - User must have access to the specified platform
    **How It Works:**
    1. Fetches tenant's custom recommendation prompt (if configured)
    2. Analyzes user's course completion history and performance
    3. Reviews available course catalog
    4. Uses AI to match courses to user's needs and organizational goals
    5. Returns 3-5 courses with clear explanations
    **Tenant Prompts:**
    Each organization can configure custom prompts that guide recommendations.
    For example: "Prioritize leadership for sales roles" or "Focus on technical skills."
    **Use Cases:**
    - Manual recommendation requests by users
    - Post-assessment recommendations
    - Milestone-triggered suggestions
    - Learning path planning

    ``GET /api/ai-search/recommendations/`` (operation ``v2_course_recommendations``)

    Args:
        assessment_id (str | Unset):
        context_type (str | Unset):
        difficulty_levels (str | Unset):
        domains (str | Unset):
        include_main_catalog (bool | Unset):
        include_user_history (bool | Unset):
        include_user_skills (bool | Unset):
        k (int | Unset):
        limit (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        ranking_prompt (str | Unset):
        ranking_strategy (V2CourseRecommendationsRankingStrategy | Unset):
        recommendation_type (V2CourseRecommendationsRecommendationType | Unset):
        search_terms (str | Unset):
        spa_url (str | Unset):
        trigger_source (str | Unset):
        use_llm_ranking (bool | Unset):
        use_rag_search (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[V2RecommendationResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            assessment_id=assessment_id,
            context_type=context_type,
            difficulty_levels=difficulty_levels,
            domains=domains,
            include_main_catalog=include_main_catalog,
            include_user_history=include_user_history,
            include_user_skills=include_user_skills,
            k=k,
            limit=limit,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            ranking_prompt=ranking_prompt,
            ranking_strategy=ranking_strategy,
            recommendation_type=recommendation_type,
            search_terms=search_terms,
            spa_url=spa_url,
            trigger_source=trigger_source,
            use_llm_ranking=use_llm_ranking,
            use_rag_search=use_rag_search,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    assessment_id: str | Unset = UNSET,
    context_type: str | Unset = UNSET,
    difficulty_levels: str | Unset = UNSET,
    domains: str | Unset = UNSET,
    include_main_catalog: bool | Unset = UNSET,
    include_user_history: bool | Unset = UNSET,
    include_user_skills: bool | Unset = UNSET,
    k: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    ranking_prompt: str | Unset = UNSET,
    ranking_strategy: V2CourseRecommendationsRankingStrategy | Unset = UNSET,
    recommendation_type: V2CourseRecommendationsRecommendationType | Unset = UNSET,
    search_terms: str | Unset = UNSET,
    spa_url: str | Unset = UNSET,
    trigger_source: str | Unset = UNSET,
    use_llm_ranking: bool | Unset = UNSET,
    use_rag_search: bool | Unset = UNSET,
) -> V2RecommendationResponse:
    """Generate AI-driven course recommendations

    Generate personalized course recommendations using AI that considers the user's
    learning history, organizational goals, and available courses.
    **Authentication Required:**
    - User must be authenticated
    - Platform key must be provided
    - User must have access to the specified platform
    **How It Works:**
    1. Fetches tenant's custom recommendation prompt (if configured)
    2. Analyzes user's course completion history and performance
    3. Reviews available course catalog
    4. Uses AI to match courses to user's needs and organizational goals
    5. Returns 3-5 courses with clear explanations
    **Tenant Prompts:**
    Each organization can configure custom prompts that guide recommendations.
    For example: "Prioritize leadership for sales roles" or "Focus on technical skills."
    **Use Cases:**
    - Manual recommendation requests by users
    - Post-assessment recommendations
    - Milestone-triggered suggestions
    - Learning path planning

    ``GET /api/ai-search/recommendations/`` (operation ``v2_course_recommendations``)

    Args:
        assessment_id (str | Unset):
        context_type (str | Unset):
        difficulty_levels (str | Unset):
        domains (str | Unset):
        include_main_catalog (bool | Unset):
        include_user_history (bool | Unset):
        include_user_skills (bool | Unset):
        k (int | Unset):
        limit (int | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        ranking_prompt (str | Unset):
        ranking_strategy (V2CourseRecommendationsRankingStrategy | Unset):
        recommendation_type (V2CourseRecommendationsRecommendationType | Unset):
        search_terms (str | Unset):
        spa_url (str | Unset):
        trigger_source (str | Unset):
        use_llm_ranking (bool | Unset):
        use_rag_search (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        V2RecommendationResponse
    """

    return (
        await asyncio_detailed(
            assessment_id=assessment_id,
            context_type=context_type,
            difficulty_levels=difficulty_levels,
            domains=domains,
            include_main_catalog=include_main_catalog,
            include_user_history=include_user_history,
            include_user_skills=include_user_skills,
            k=k,
            limit=limit,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            ranking_prompt=ranking_prompt,
            ranking_strategy=ranking_strategy,
            recommendation_type=recommendation_type,
            search_terms=search_terms,
            spa_url=spa_url,
            trigger_source=trigger_source,
            use_llm_ranking=use_llm_ranking,
            use_rag_search=use_rag_search,
            client=client,
        )
    ).unwrap()
