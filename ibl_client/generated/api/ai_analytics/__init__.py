"""Operations tagged ``ai_analytics`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiAnalyticsApi` / `AiAnalyticsApi`, reached as
``client.ai_analytics``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
    from ...models.active_users_list import ActiveUsersList
    from ...models.active_users_per_course import ActiveUsersPerCourse
    from ...models.activity_api import ActivityAPI
    from ...models.ai_analytics_audience_orgs_active_users_over_time_retrieve_format import (
        AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat,
        check_ai_analytics_audience_orgs_active_users_over_time_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_active_users_per_course_retrieve_format import (
        AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat,
        check_ai_analytics_audience_orgs_active_users_per_course_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_active_users_users_retrieve_format import (
        AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat,
        check_ai_analytics_audience_orgs_active_users_users_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_active import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive,
        check_ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_active,
    )
    from ...models.ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_format import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat,
        check_ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_enrollments_courses_users_retrieve_active import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive,
        check_ai_analytics_audience_orgs_enrollments_courses_users_retrieve_active,
    )
    from ...models.ai_analytics_audience_orgs_enrollments_courses_users_retrieve_format import (
        AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat,
        check_ai_analytics_audience_orgs_enrollments_courses_users_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_enrollments_over_time_retrieve_active import (
        AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive,
        check_ai_analytics_audience_orgs_enrollments_over_time_retrieve_active,
    )
    from ...models.ai_analytics_audience_orgs_enrollments_over_time_retrieve_format import (
        AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat,
        check_ai_analytics_audience_orgs_enrollments_over_time_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_enrollments_per_course_retrieve_active import (
        AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive,
        check_ai_analytics_audience_orgs_enrollments_per_course_retrieve_active,
    )
    from ...models.ai_analytics_audience_orgs_enrollments_per_course_retrieve_format import (
        AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat,
        check_ai_analytics_audience_orgs_enrollments_per_course_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_registered_users_over_time_retrieve_format import (
        AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat,
        check_ai_analytics_audience_orgs_registered_users_over_time_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_registered_users_per_course_retrieve_active import (
        AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive,
        check_ai_analytics_audience_orgs_registered_users_per_course_retrieve_active,
    )
    from ...models.ai_analytics_audience_orgs_registered_users_per_course_retrieve_format import (
        AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat,
        check_ai_analytics_audience_orgs_registered_users_per_course_retrieve_format,
    )
    from ...models.ai_analytics_audience_orgs_registered_users_retrieve_format import (
        AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat,
        check_ai_analytics_audience_orgs_registered_users_retrieve_format,
    )
    from ...models.ai_analytics_departments_orgs_retrieve_format import (
        AiAnalyticsDepartmentsOrgsRetrieveFormat,
        check_ai_analytics_departments_orgs_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_activity_retrieve_format import (
        AiAnalyticsEngagementOrgsActivityRetrieveFormat,
        check_ai_analytics_engagement_orgs_activity_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_course_completion_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat,
        check_ai_analytics_engagement_orgs_course_completion_over_time_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_course_completion_per_course_retrieve_format import (
        AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat,
        check_ai_analytics_engagement_orgs_course_completion_per_course_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_time_average_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_time_average_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_time_detail_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_time_detail_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_time_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_time_over_time_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_time_users_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_time_users_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_videos_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_videos_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_videos_summary_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_videos_summary_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_courses_videos_users_retrieve_format import (
        AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat,
        check_ai_analytics_engagement_orgs_courses_videos_users_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_format import (
        AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat,
        check_ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat,
        check_ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_time_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat,
        check_ai_analytics_engagement_orgs_time_over_time_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_time_per_course_retrieve_format import (
        AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat,
        check_ai_analytics_engagement_orgs_time_per_course_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_videos_over_time_retrieve_format import (
        AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat,
        check_ai_analytics_engagement_orgs_videos_over_time_retrieve_format,
    )
    from ...models.ai_analytics_engagement_orgs_videos_retrieve_format import (
        AiAnalyticsEngagementOrgsVideosRetrieveFormat,
        check_ai_analytics_engagement_orgs_videos_retrieve_format,
    )
    from ...models.ai_analytics_overview_orgs_active_users_retrieve_format import (
        AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat,
        check_ai_analytics_overview_orgs_active_users_retrieve_format,
    )
    from ...models.ai_analytics_overview_orgs_average_grade_retrieve_format import (
        AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat,
        check_ai_analytics_overview_orgs_average_grade_retrieve_format,
    )
    from ...models.ai_analytics_overview_orgs_courses_completions_retrieve_format import (
        AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat,
        check_ai_analytics_overview_orgs_courses_completions_retrieve_format,
    )
    from ...models.ai_analytics_overview_orgs_learners_retrieve_format import (
        AiAnalyticsOverviewOrgsLearnersRetrieveFormat,
        check_ai_analytics_overview_orgs_learners_retrieve_format,
    )
    from ...models.ai_analytics_overview_orgs_most_active_courses_retrieve_format import (
        AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat,
        check_ai_analytics_overview_orgs_most_active_courses_retrieve_format,
    )
    from ...models.ai_analytics_overview_orgs_registered_users_retrieve_format import (
        AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat,
        check_ai_analytics_overview_orgs_registered_users_retrieve_format,
    )
    from ...models.ai_analytics_performance_orgs_courses_grading_average_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat,
        check_ai_analytics_performance_orgs_courses_grading_average_retrieve_format,
    )
    from ...models.ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat,
        check_ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_format,
    )
    from ...models.ai_analytics_performance_orgs_courses_grading_detail_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat,
        check_ai_analytics_performance_orgs_courses_grading_detail_retrieve_format,
    )
    from ...models.ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
        check_ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_format,
    )
    from ...models.ai_analytics_performance_orgs_courses_grading_summary_retrieve_format import (
        AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat,
        check_ai_analytics_performance_orgs_courses_grading_summary_retrieve_format,
    )
    from ...models.ai_analytics_performance_orgs_grading_average_retrieve_format import (
        AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat,
        check_ai_analytics_performance_orgs_grading_average_retrieve_format,
    )
    from ...models.ai_analytics_performance_orgs_grading_per_course_retrieve_format import (
        AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat,
        check_ai_analytics_performance_orgs_grading_per_course_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_learners_retrieve_format import (
        AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat,
        check_ai_analytics_perlearner_orgs_learners_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_activity_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_activity_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_courses_videos_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_courses_videos_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_info_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_info_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_info_retrieve_meta import (
        AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta,
        check_ai_analytics_perlearner_orgs_users_info_retrieve_meta,
    )
    from ...models.ai_analytics_perlearner_orgs_users_last_access_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_last_access_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_format,
    )
    from ...models.ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_format import (
        AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat,
        check_ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_format,
    )
    from ...models.ai_analytics_user_groups_orgs_retrieve_format import (
        AiAnalyticsUserGroupsOrgsRetrieveFormat,
        check_ai_analytics_user_groups_orgs_retrieve_format,
    )
    from ...models.analytics_overview import AnalyticsOverview
    from ...models.audience_orgs_active_users_over_time_retrieve_format import (
        AudienceOrgsActiveUsersOverTimeRetrieveFormat,
        check_audience_orgs_active_users_over_time_retrieve_format,
    )
    from ...models.audience_orgs_active_users_per_course_retrieve_format import (
        AudienceOrgsActiveUsersPerCourseRetrieveFormat,
        check_audience_orgs_active_users_per_course_retrieve_format,
    )
    from ...models.audience_orgs_active_users_users_retrieve_format import (
        AudienceOrgsActiveUsersUsersRetrieveFormat,
        check_audience_orgs_active_users_users_retrieve_format,
    )
    from ...models.audience_orgs_enrollments_courses_over_time_retrieve_active import (
        AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive,
        check_audience_orgs_enrollments_courses_over_time_retrieve_active,
    )
    from ...models.audience_orgs_enrollments_courses_over_time_retrieve_format import (
        AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat,
        check_audience_orgs_enrollments_courses_over_time_retrieve_format,
    )
    from ...models.audience_orgs_enrollments_courses_users_retrieve_active import (
        AudienceOrgsEnrollmentsCoursesUsersRetrieveActive,
        check_audience_orgs_enrollments_courses_users_retrieve_active,
    )
    from ...models.audience_orgs_enrollments_courses_users_retrieve_format import (
        AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat,
        check_audience_orgs_enrollments_courses_users_retrieve_format,
    )
    from ...models.audience_orgs_enrollments_over_time_retrieve_active import (
        AudienceOrgsEnrollmentsOverTimeRetrieveActive,
        check_audience_orgs_enrollments_over_time_retrieve_active,
    )
    from ...models.audience_orgs_enrollments_over_time_retrieve_format import (
        AudienceOrgsEnrollmentsOverTimeRetrieveFormat,
        check_audience_orgs_enrollments_over_time_retrieve_format,
    )
    from ...models.audience_orgs_enrollments_per_course_retrieve_active import (
        AudienceOrgsEnrollmentsPerCourseRetrieveActive,
        check_audience_orgs_enrollments_per_course_retrieve_active,
    )
    from ...models.audience_orgs_enrollments_per_course_retrieve_format import (
        AudienceOrgsEnrollmentsPerCourseRetrieveFormat,
        check_audience_orgs_enrollments_per_course_retrieve_format,
    )
    from ...models.audience_orgs_registered_users_over_time_retrieve_format import (
        AudienceOrgsRegisteredUsersOverTimeRetrieveFormat,
        check_audience_orgs_registered_users_over_time_retrieve_format,
    )
    from ...models.audience_orgs_registered_users_per_course_retrieve_active import (
        AudienceOrgsRegisteredUsersPerCourseRetrieveActive,
        check_audience_orgs_registered_users_per_course_retrieve_active,
    )
    from ...models.audience_orgs_registered_users_per_course_retrieve_format import (
        AudienceOrgsRegisteredUsersPerCourseRetrieveFormat,
        check_audience_orgs_registered_users_per_course_retrieve_format,
    )
    from ...models.audience_orgs_registered_users_retrieve_format import (
        AudienceOrgsRegisteredUsersRetrieveFormat,
        check_audience_orgs_registered_users_retrieve_format,
    )
    from ...models.average import Average
    from ...models.average_overtime import AverageOvertime
    from ...models.avg_course_grade_with_cutoff import AvgCourseGradeWithCutoff
    from ...models.chat_history_filter_data import ChatHistoryFilterData
    from ...models.conversation_message import ConversationMessage
    from ...models.conversation_summary import ConversationSummary
    from ...models.conversation_volume import ConversationVolume
    from ...models.conversations import Conversations
    from ...models.conversations_request import ConversationsRequest
    from ...models.cost import Cost
    from ...models.cost_per_tenant import CostPerTenant
    from ...models.count import Count
    from ...models.course_completion_per_course import CourseCompletionPerCourse
    from ...models.course_completion_summary_overtime import CourseCompletionSummaryOvertime
    from ...models.course_grade_summary import CourseGradeSummary
    from ...models.course_grading_detail import CourseGradingDetail
    from ...models.detailed_grade_view import DetailedGradeView
    from ...models.engagement_orgs_activity_retrieve_format import (
        EngagementOrgsActivityRetrieveFormat,
        check_engagement_orgs_activity_retrieve_format,
    )
    from ...models.engagement_orgs_course_completion_over_time_retrieve_format import (
        EngagementOrgsCourseCompletionOverTimeRetrieveFormat,
        check_engagement_orgs_course_completion_over_time_retrieve_format,
    )
    from ...models.engagement_orgs_course_completion_per_course_retrieve_format import (
        EngagementOrgsCourseCompletionPerCourseRetrieveFormat,
        check_engagement_orgs_course_completion_per_course_retrieve_format,
    )
    from ...models.engagement_orgs_courses_time_average_retrieve_format import (
        EngagementOrgsCoursesTimeAverageRetrieveFormat,
        check_engagement_orgs_courses_time_average_retrieve_format,
    )
    from ...models.engagement_orgs_courses_time_detail_retrieve_format import (
        EngagementOrgsCoursesTimeDetailRetrieveFormat,
        check_engagement_orgs_courses_time_detail_retrieve_format,
    )
    from ...models.engagement_orgs_courses_time_over_time_retrieve_format import (
        EngagementOrgsCoursesTimeOverTimeRetrieveFormat,
        check_engagement_orgs_courses_time_over_time_retrieve_format,
    )
    from ...models.engagement_orgs_courses_time_users_detail_retrieve_format import (
        EngagementOrgsCoursesTimeUsersDetailRetrieveFormat,
        check_engagement_orgs_courses_time_users_detail_retrieve_format,
    )
    from ...models.engagement_orgs_courses_time_users_over_time_retrieve_format import (
        EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat,
        check_engagement_orgs_courses_time_users_over_time_retrieve_format,
    )
    from ...models.engagement_orgs_courses_time_users_retrieve_format import (
        EngagementOrgsCoursesTimeUsersRetrieveFormat,
        check_engagement_orgs_courses_time_users_retrieve_format,
    )
    from ...models.engagement_orgs_courses_videos_over_time_retrieve_format import (
        EngagementOrgsCoursesVideosOverTimeRetrieveFormat,
        check_engagement_orgs_courses_videos_over_time_retrieve_format,
    )
    from ...models.engagement_orgs_courses_videos_retrieve_format import (
        EngagementOrgsCoursesVideosRetrieveFormat,
        check_engagement_orgs_courses_videos_retrieve_format,
    )
    from ...models.engagement_orgs_courses_videos_summary_retrieve_format import (
        EngagementOrgsCoursesVideosSummaryRetrieveFormat,
        check_engagement_orgs_courses_videos_summary_retrieve_format,
    )
    from ...models.engagement_orgs_courses_videos_users_retrieve_format import (
        EngagementOrgsCoursesVideosUsersRetrieveFormat,
        check_engagement_orgs_courses_videos_users_retrieve_format,
    )
    from ...models.engagement_orgs_time_average_perlearner_percourse_retrieve_format import (
        EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat,
        check_engagement_orgs_time_average_perlearner_percourse_retrieve_format,
    )
    from ...models.engagement_orgs_time_average_with_over_time_retrieve_format import (
        EngagementOrgsTimeAverageWithOverTimeRetrieveFormat,
        check_engagement_orgs_time_average_with_over_time_retrieve_format,
    )
    from ...models.engagement_orgs_time_over_time_retrieve_format import (
        EngagementOrgsTimeOverTimeRetrieveFormat,
        check_engagement_orgs_time_over_time_retrieve_format,
    )
    from ...models.engagement_orgs_time_per_course_retrieve_format import (
        EngagementOrgsTimePerCourseRetrieveFormat,
        check_engagement_orgs_time_per_course_retrieve_format,
    )
    from ...models.engagement_orgs_videos_over_time_retrieve_format import (
        EngagementOrgsVideosOverTimeRetrieveFormat,
        check_engagement_orgs_videos_over_time_retrieve_format,
    )
    from ...models.engagement_orgs_videos_retrieve_format import (
        EngagementOrgsVideosRetrieveFormat,
        check_engagement_orgs_videos_retrieve_format,
    )
    from ...models.engagement_per_course import EngagementPerCourse
    from ...models.enrollments import Enrollments
    from ...models.enrollments_per_user import EnrollmentsPerUser
    from ...models.grading_per_user import GradingPerUser
    from ...models.group_list import GroupList
    from ...models.learner_information_api import LearnerInformationAPI
    from ...models.llm_traces_list_response import LLMTracesListResponse
    from ...models.mentor_detail_analytics import MentorDetailAnalytics
    from ...models.message_statistics import MessageStatistics
    from ...models.model_cost import ModelCost
    from ...models.new_per_learner_list import NewPerLearnerList
    from ...models.observation import Observation
    from ...models.over_time_with_total import OverTimeWithTotal
    from ...models.overtime_with_change_info import OvertimeWithChangeInfo
    from ...models.overview_orgs_active_users_retrieve_format import (
        OverviewOrgsActiveUsersRetrieveFormat,
        check_overview_orgs_active_users_retrieve_format,
    )
    from ...models.overview_orgs_average_grade_retrieve_format import (
        OverviewOrgsAverageGradeRetrieveFormat,
        check_overview_orgs_average_grade_retrieve_format,
    )
    from ...models.overview_orgs_courses_completions_retrieve_format import (
        OverviewOrgsCoursesCompletionsRetrieveFormat,
        check_overview_orgs_courses_completions_retrieve_format,
    )
    from ...models.overview_orgs_learners_retrieve_format import (
        OverviewOrgsLearnersRetrieveFormat,
        check_overview_orgs_learners_retrieve_format,
    )
    from ...models.overview_orgs_most_active_courses_retrieve_format import (
        OverviewOrgsMostActiveCoursesRetrieveFormat,
        check_overview_orgs_most_active_courses_retrieve_format,
    )
    from ...models.overview_orgs_registered_users_retrieve_format import (
        OverviewOrgsRegisteredUsersRetrieveFormat,
        check_overview_orgs_registered_users_retrieve_format,
    )
    from ...models.paginated_conversations_list import PaginatedConversationsList
    from ...models.paginated_observation_list import PaginatedObservationList
    from ...models.paginated_topic_statistics_response import PaginatedTopicStatisticsResponse
    from ...models.paginated_trace_list import PaginatedTraceList
    from ...models.patched_conversations_request import PatchedConversationsRequest
    from ...models.per_learner_course_videos_watched import PerLearnerCourseVideosWatched
    from ...models.per_learner_last_access import PerLearnerLastAccess
    from ...models.per_learner_time_spent_in_course_tree import PerLearnerTimeSpentInCourseTree
    from ...models.performance_grades_per_course import PerformanceGradesPerCourse
    from ...models.performance_orgs_courses_grading_average_retrieve_format import (
        PerformanceOrgsCoursesGradingAverageRetrieveFormat,
        check_performance_orgs_courses_grading_average_retrieve_format,
    )
    from ...models.performance_orgs_courses_grading_average_with_cutoff_retrieve_format import (
        PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat,
        check_performance_orgs_courses_grading_average_with_cutoff_retrieve_format,
    )
    from ...models.performance_orgs_courses_grading_detail_retrieve_format import (
        PerformanceOrgsCoursesGradingDetailRetrieveFormat,
        check_performance_orgs_courses_grading_detail_retrieve_format,
    )
    from ...models.performance_orgs_courses_grading_per_learner_retrieve_format import (
        PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
        check_performance_orgs_courses_grading_per_learner_retrieve_format,
    )
    from ...models.performance_orgs_courses_grading_summary_retrieve_format import (
        PerformanceOrgsCoursesGradingSummaryRetrieveFormat,
        check_performance_orgs_courses_grading_summary_retrieve_format,
    )
    from ...models.performance_orgs_grading_average_retrieve_format import (
        PerformanceOrgsGradingAverageRetrieveFormat,
        check_performance_orgs_grading_average_retrieve_format,
    )
    from ...models.performance_orgs_grading_per_course_retrieve_format import (
        PerformanceOrgsGradingPerCourseRetrieveFormat,
        check_performance_orgs_grading_per_course_retrieve_format,
    )
    from ...models.perlearner_course_progress import PerlearnerCourseProgress
    from ...models.perlearner_engagement_videos_watched_per_course import (
        PerlearnerEngagementVideosWatchedPerCourse,
    )
    from ...models.perlearner_grade_summary import PerlearnerGradeSummary
    from ...models.perlearner_grade_with_cut_off import PerlearnerGradeWithCutOff
    from ...models.perlearner_grading_per_course_api import PerlearnerGradingPerCourseAPI
    from ...models.perlearner_orgs_learners_retrieve_format import (
        PerlearnerOrgsLearnersRetrieveFormat,
        check_perlearner_orgs_learners_retrieve_format,
    )
    from ...models.perlearner_orgs_users_activity_retrieve_format import (
        PerlearnerOrgsUsersActivityRetrieveFormat,
        check_perlearner_orgs_users_activity_retrieve_format,
    )
    from ...models.perlearner_orgs_users_courses_grading_cutoffs_retrieve_format import (
        PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat,
        check_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format,
    )
    from ...models.perlearner_orgs_users_courses_grading_detail_retrieve_format import (
        PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat,
        check_perlearner_orgs_users_courses_grading_detail_retrieve_format,
    )
    from ...models.perlearner_orgs_users_courses_grading_summary_retrieve_format import (
        PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat,
        check_perlearner_orgs_users_courses_grading_summary_retrieve_format,
    )
    from ...models.perlearner_orgs_users_courses_overview_grade_retrieve_format import (
        PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat,
        check_perlearner_orgs_users_courses_overview_grade_retrieve_format,
    )
    from ...models.perlearner_orgs_users_courses_overview_performance_index_retrieve_format import (
        PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat,
        check_perlearner_orgs_users_courses_overview_performance_index_retrieve_format,
    )
    from ...models.perlearner_orgs_users_courses_overview_time_over_time_retrieve_format import (
        PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat,
        check_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format,
    )
    from ...models.perlearner_orgs_users_courses_videos_over_time_retrieve_format import (
        PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat,
        check_perlearner_orgs_users_courses_videos_over_time_retrieve_format,
    )
    from ...models.perlearner_orgs_users_courses_videos_retrieve_format import (
        PerlearnerOrgsUsersCoursesVideosRetrieveFormat,
        check_perlearner_orgs_users_courses_videos_retrieve_format,
    )
    from ...models.perlearner_orgs_users_grades_per_course_retrieve_format import (
        PerlearnerOrgsUsersGradesPerCourseRetrieveFormat,
        check_perlearner_orgs_users_grades_per_course_retrieve_format,
    )
    from ...models.perlearner_orgs_users_info_retrieve_format import (
        PerlearnerOrgsUsersInfoRetrieveFormat,
        check_perlearner_orgs_users_info_retrieve_format,
    )
    from ...models.perlearner_orgs_users_info_retrieve_meta import (
        PerlearnerOrgsUsersInfoRetrieveMeta,
        check_perlearner_orgs_users_info_retrieve_meta,
    )
    from ...models.perlearner_orgs_users_last_access_retrieve_format import (
        PerlearnerOrgsUsersLastAccessRetrieveFormat,
        check_perlearner_orgs_users_last_access_retrieve_format,
    )
    from ...models.perlearner_orgs_users_overview_engagement_index_retrieve_format import (
        PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat,
        check_perlearner_orgs_users_overview_engagement_index_retrieve_format,
    )
    from ...models.perlearner_orgs_users_overview_grades_average_retrieve_format import (
        PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat,
        check_perlearner_orgs_users_overview_grades_average_retrieve_format,
    )
    from ...models.perlearner_orgs_users_overview_performance_index_retrieve_format import (
        PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat,
        check_perlearner_orgs_users_overview_performance_index_retrieve_format,
    )
    from ...models.perlearner_orgs_users_overview_time_over_time_retrieve_format import (
        PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat,
        check_perlearner_orgs_users_overview_time_over_time_retrieve_format,
    )
    from ...models.perlearner_orgs_users_retrieve_format import (
        PerlearnerOrgsUsersRetrieveFormat,
        check_perlearner_orgs_users_retrieve_format,
    )
    from ...models.perlearner_orgs_users_videos_over_time_retrieve_format import (
        PerlearnerOrgsUsersVideosOverTimeRetrieveFormat,
        check_perlearner_orgs_users_videos_over_time_retrieve_format,
    )
    from ...models.perlearner_orgs_users_videos_per_course_retrieve_format import (
        PerlearnerOrgsUsersVideosPerCourseRetrieveFormat,
        check_perlearner_orgs_users_videos_per_course_retrieve_format,
    )
    from ...models.perlearner_user_list import PerlearnerUserList
    from ...models.pie_chart_data import PieChartData
    from ...models.platform_orgs_courses_count_retrieve_format import (
        PlatformOrgsCoursesCountRetrieveFormat,
        check_platform_orgs_courses_count_retrieve_format,
    )
    from ...models.platform_orgs_courses_users_progress_retrieve_format import (
        PlatformOrgsCoursesUsersProgressRetrieveFormat,
        check_platform_orgs_courses_users_progress_retrieve_format,
    )
    from ...models.platform_orgs_courses_users_time_count_retrieve_format import (
        PlatformOrgsCoursesUsersTimeCountRetrieveFormat,
        check_platform_orgs_courses_users_time_count_retrieve_format,
    )
    from ...models.platform_orgs_courses_users_videos_count_retrieve_format import (
        PlatformOrgsCoursesUsersVideosCountRetrieveFormat,
        check_platform_orgs_courses_users_videos_count_retrieve_format,
    )
    from ...models.platform_orgs_courses_videos_retrieve_format import (
        PlatformOrgsCoursesVideosRetrieveFormat,
        check_platform_orgs_courses_videos_retrieve_format,
    )
    from ...models.platform_orgs_users_active_count_retrieve_format import (
        PlatformOrgsUsersActiveCountRetrieveFormat,
        check_platform_orgs_users_active_count_retrieve_format,
    )
    from ...models.platform_orgs_users_count_retrieve_format import (
        PlatformOrgsUsersCountRetrieveFormat,
        check_platform_orgs_users_count_retrieve_format,
    )
    from ...models.platform_orgs_users_courses_completed_count_retrieve_format import (
        PlatformOrgsUsersCoursesCompletedCountRetrieveFormat,
        check_platform_orgs_users_courses_completed_count_retrieve_format,
    )
    from ...models.rating_record import RatingRecord
    from ...models.sentiment_summary import SentimentSummary
    from ...models.student_chat_message import StudentChatMessage
    from ...models.tenant_mentor_traces import TenantMentorTraces
    from ...models.time_detail import TimeDetail
    from ...models.time_spent_by_users_in_course import TimeSpentByUsersInCourse
    from ...models.time_spent_per_course import TimeSpentPerCourse
    from ...models.time_spent_per_user_response import TimeSpentPerUserResponse
    from ...models.time_spent_update_request import TimeSpentUpdateRequest
    from ...models.time_spent_update_response import TimeSpentUpdateResponse
    from ...models.topic_record import TopicRecord
    from ...models.topic_statistics import TopicStatistics
    from ...models.topic_statistics_response import TopicStatisticsResponse
    from ...models.topic_summary_view import TopicSummaryView
    from ...models.trace import Trace
    from ...models.trend_entry import TrendEntry
    from ...models.user_chat_by_period import UserChatByPeriod
    from ...models.user_chat_feedback_count import UserChatFeedbackCount
    from ...models.user_count_record import UserCountRecord
    from ...models.user_metrics_response import UserMetricsResponse
    from ...models.user_sentiment_count_view import UserSentimentCountView
    from ...models.user_trend_by_period import UserTrendByPeriod
    from ...models.value import Value
    from ...models.video_engagement_per_course import VideoEngagementPerCourse
    from ...models.videos_count import VideosCount
    from ...models.videos_in_course_summary import VideosInCourseSummary
    from ...models.videos_specific_course import VideosSpecificCourse
    from ...models.watched_videos_per_course import WatchedVideosPerCourse
    from ...models.watched_videos_per_user import WatchedVideosPerUser
    from ...types import UNSET, Unset


class AsyncAiAnalyticsApi:
    """The ``ai_analytics`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_analytics_audience_orgs_active_users_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get active user counts over time.

        This endpoint provides daily counts of active users (users with known activity) over a specified
        time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily active user counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        An active user is defined as a user with any activity within the past 30 days.

        ``GET /api/ai-analytics/audience/orgs/{org}/active-users/over-time`` (operation ``ai_analytics_audience_orgs_active_users_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .ai_analytics_audience_orgs_active_users_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_active_users_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `ai_analytics_audience_orgs_active_users_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_active_users_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_active_users_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> ActiveUsersPerCourse:
        """Get active user counts on a per-course basis.

        This endpoint provides counts of active users for each course within the specified date range.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)

        Returns:
        A list of courses with their active user counts.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/ai-analytics/audience/orgs/{org}/active-users/per-course`` (operation ``ai_analytics_audience_orgs_active_users_per_course_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ActiveUsersPerCourse
        """

        from .ai_analytics_audience_orgs_active_users_per_course_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_active_users_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[ActiveUsersPerCourse]:
        """Like `ai_analytics_audience_orgs_active_users_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_active_users_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_active_users_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ActiveUsersList:
        """Get a list of active users with activity metrics.

        This endpoint provides a paginated list of users who have had activity within the specified date
        range.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)
        course_id (str, optional): Filter by course ID
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of active users with their activity metrics.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/ai-analytics/audience/orgs/{org}/active-users/users`` (operation ``ai_analytics_audience_orgs_active_users_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ActiveUsersList
        """

        from .ai_analytics_audience_orgs_active_users_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_active_users_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[ActiveUsersList]:
        """Like `ai_analytics_audience_orgs_active_users_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_active_users_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get enrollment or unenrollment counts over time.

        This endpoint provides daily counts of new enrollments or unenrollments over a specified time
        period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        active (bool): Get enrollments when true, unenrollments when false

        Returns:
        Daily counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/ai-analytics/audience/orgs/{org}/enrollments/courses/{course_id}/over-time`` (operation ``ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve``)

        Args:
            org (str):
            course_id (str):
            active (AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_enrollments_courses_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> EnrollmentsPerUser:
        """List users enrolled in a specific course.

        This endpoint provides a list of users who are enrolled or unenrolled in a specified course.

        Query Parameters:
        course_id (str): The course ID to get enrollments for
        active (bool): Filter for active enrollments when true, inactive when false
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of users with:
        - Username
        - Full name
        - Email
        - Enrollment timestamp

        ``GET /api/ai-analytics/audience/orgs/{org}/enrollments/courses/{course_id}/users`` (operation ``ai_analytics_audience_orgs_enrollments_courses_users_retrieve``)

        Args:
            org (str):
            course_id (str):
            active (AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            EnrollmentsPerUser
        """

        from .ai_analytics_audience_orgs_enrollments_courses_users_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_enrollments_courses_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[EnrollmentsPerUser]:
        """Like `ai_analytics_audience_orgs_enrollments_courses_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_enrollments_courses_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_enrollments_over_time_retrieve(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get enrollment or unenrollment counts over time.

        This endpoint provides daily counts of new enrollments or unenrollments over a specified time
        period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        active (bool): Get enrollments when true, unenrollments when false

        Returns:
        Daily counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/ai-analytics/audience/orgs/{org}/enrollments/over-time`` (operation ``ai_analytics_audience_orgs_enrollments_over_time_retrieve``)

        Args:
            org (str):
            active (AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .ai_analytics_audience_orgs_enrollments_over_time_retrieve import asyncio

        return await asyncio(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_enrollments_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `ai_analytics_audience_orgs_enrollments_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_enrollments_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_enrollments_per_course_retrieve(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Enrollments:
        """List enrollment statistics on a per-course basis.

        This endpoint provides enrollment counts for all courses, with options to filter for active or
        inactive enrollments and to include time-based data.

        Query Parameters:
        active (bool): Filter for active enrollments when true, inactive when false
        start_date (str, optional): Start date for time-based filtering (ISO format)
        end_date (str, optional): End date for time-based filtering (ISO format)
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with their enrollment counts and percentages.

        ``GET /api/ai-analytics/audience/orgs/{org}/enrollments/per-course`` (operation ``ai_analytics_audience_orgs_enrollments_per_course_retrieve``)

        Args:
            org (str):
            active (AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Enrollments
        """

        from .ai_analytics_audience_orgs_enrollments_per_course_retrieve import asyncio

        return await asyncio(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_enrollments_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Enrollments]:
        """Like `ai_analytics_audience_orgs_enrollments_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_enrollments_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_registered_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.

        This endpoint returns a paginated list of all learners with key metrics including: - Enrollment
        counts - Completion counts - Time spent on platform

        Query Parameters:
        page (int): Page number for pagination
        length (int): Number of items per page
        search (str): Filter learners by username, email, or name

        Returns:
        A paginated list of learners with their associated metrics.

        ``GET /api/ai-analytics/audience/orgs/{org}/registered-users/`` (operation ``ai_analytics_audience_orgs_registered_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerUserList
        """

        from .ai_analytics_audience_orgs_registered_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_registered_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """Like `ai_analytics_audience_orgs_registered_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_registered_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_registered_users_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get registered user counts over time.

        This endpoint provides daily counts of new user registrations over a specified time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily registration counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/ai-analytics/audience/orgs/{org}/registered-users/over-time`` (operation ``ai_analytics_audience_orgs_registered_users_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .ai_analytics_audience_orgs_registered_users_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_registered_users_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `ai_analytics_audience_orgs_registered_users_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_registered_users_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_registered_users_per_course_retrieve(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Enrollments:
        """List enrollment statistics on a per-course basis.

        This endpoint provides enrollment counts for all courses, with options to filter for active or
        inactive enrollments and to include time-based data.

        Query Parameters:
        active (bool): Filter for active enrollments when true, inactive when false
        start_date (str, optional): Start date for time-based filtering (ISO format)
        end_date (str, optional): End date for time-based filtering (ISO format)
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with their enrollment counts and percentages.

        ``GET /api/ai-analytics/audience/orgs/{org}/registered-users/per-course`` (operation ``ai_analytics_audience_orgs_registered_users_per_course_retrieve``)

        Args:
            org (str):
            active (AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Enrollments
        """

        from .ai_analytics_audience_orgs_registered_users_per_course_retrieve import asyncio

        return await asyncio(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_audience_orgs_registered_users_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Enrollments]:
        """Like `ai_analytics_audience_orgs_registered_users_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_audience_orgs_registered_users_per_course_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_costs_pertenant_list(
        self,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> list[CostPerTenant]:
        """Retrieve paginated LLM usage costs aggregated by tenant.

        ``GET /api/ai-analytics/costs/pertenant/`` (operation ``ai_analytics_costs_pertenant_list``)

        Args:
            end_date (datetime.datetime):
            start_date (datetime.datetime):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[CostPerTenant]
        """

        from .ai_analytics_costs_pertenant_list import asyncio

        return await asyncio(
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_costs_pertenant_list_detailed(
        self,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[list[CostPerTenant]]:
        """Like `ai_analytics_costs_pertenant_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_costs_pertenant_list import asyncio_detailed

        return await asyncio_detailed(
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_departments_orgs_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsDepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> GroupList:
        """Get a list of departments with metrics and filtering options.

        This endpoint provides a paginated list of departments with aggregated metrics about learner
        performance, course completions, and skill acquisition.

        Query Parameters:
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page
        program (str, optional): Filter by program
        pathway (str, optional): Filter by pathway
        departments (list, optional): Filter by department ids
        department_id (str, optional): Filter by department id
        location (str, optional): Filter by location
        is_enrolled (bool, optional): Filter for departments with enrolled users
        start_date (date, optional): Filter by learner join date (start range)
        end_date (date, optional): Filter by learner join date (end range)

        Returns:
        A paginated list of departments with comprehensive metrics.

        ``GET /api/ai-analytics/departments/orgs/{org}/`` (operation ``ai_analytics_departments_orgs_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            departments (list[str] | Unset):
            end_date (datetime.date | Unset):
            format_ (AiAnalyticsDepartmentsOrgsRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            is_enrolled (bool | Unset):
            length (int | Unset):
            location (str | Unset):
            page (int | Unset):
            pathway (str | Unset):
            program (str | Unset):
            start_date (datetime.date | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GroupList
        """

        from .ai_analytics_departments_orgs_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_departments_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsDepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[GroupList]:
        """Like `ai_analytics_departments_orgs_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_departments_orgs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_activity_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> EngagementPerCourse:
        """Get engagement metrics on a per-course basis.

        This endpoint provides a paginated list of courses with engagement metrics including activity
        counts, time spent, and interaction data.

        Query Parameters:
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with their engagement metrics.

        ``GET /api/ai-analytics/engagement/orgs/{org}/activity`` (operation ``ai_analytics_engagement_orgs_activity_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            EngagementPerCourse
        """

        from .ai_analytics_engagement_orgs_activity_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_activity_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[EngagementPerCourse]:
        """Like `ai_analytics_engagement_orgs_activity_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_activity_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_course_completion_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Completion count per user per course across the platform

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/ai-analytics/engagement/orgs/{org}/course_completion/over-time`` (operation ``ai_analytics_engagement_orgs_course_completion_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .ai_analytics_engagement_orgs_course_completion_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_course_completion_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `ai_analytics_engagement_orgs_course_completion_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_course_completion_over_time_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_course_completion_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> CourseCompletionPerCourse:
        """List course completion metrics on a per-course basis.

        This endpoint provides a paginated table of courses with enrollment and completion statistics
        for each course.

        Returns:
        A paginated list of courses with:
        - Course identification (ID and name)
        - Enrollment count
        - Completion count
        - Average completion rate

        ``GET /api/ai-analytics/engagement/orgs/{org}/course_completion/per-course`` (operation ``ai_analytics_engagement_orgs_course_completion_per_course_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCompletionPerCourse
        """

        from .ai_analytics_engagement_orgs_course_completion_per_course_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_course_completion_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[CourseCompletionPerCourse]:
        """Like `ai_analytics_engagement_orgs_course_completion_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_course_completion_per_course_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_average_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """Average time spent in secs on a per-day basis

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 3. course_id <optional>

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/average`` (operation ``ai_analytics_engagement_orgs_courses_time_average_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AverageOvertime
        """

        from .ai_analytics_engagement_orgs_courses_time_average_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_average_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """Like `ai_analytics_engagement_orgs_courses_time_average_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_time_average_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_detail_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> TimeDetail:
        """Time spent per course in secs in a tree like form

        Kwargs course_id e.g course-v1:Org+Course4+Run

        Query Params 1. start_date <optional> e.g 2020-10-01 2. end_date <optional> e.g 2020-10-10

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/detail`` (operation ``ai_analytics_engagement_orgs_courses_time_detail_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeDetail
        """

        from .ai_analytics_engagement_orgs_courses_time_detail_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[TimeDetail]:
        """Like `ai_analytics_engagement_orgs_courses_time_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_time_detail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Time spent per course in secs on a per-day basis

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 Kwargs 3. course_id

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/over-time`` (operation ``ai_analytics_engagement_orgs_courses_time_over_time_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .ai_analytics_engagement_orgs_courses_time_over_time_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `ai_analytics_engagement_orgs_courses_time_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_time_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentByUsersInCourse:
        """Time spent by users in a course

        Query Params course_id

        e.g course-v1:Org+Course4+Run

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/users`` (operation ``ai_analytics_engagement_orgs_courses_time_users_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeSpentByUsersInCourse
        """

        from .ai_analytics_engagement_orgs_courses_time_users_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentByUsersInCourse]:
        """Like `ai_analytics_engagement_orgs_courses_time_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_time_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_users_detail_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerLearnerTimeSpentInCourseTree:
        """Time spent within a course in ordered hierarchical format

        Kwargs 1. course_id

        e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email) Query Params 3. start_date <optional> e.g 2020-10-01 4. end_date <optional> e.g
        2020-10-10

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/users/{user_id}/detail`` (operation ``ai_analytics_engagement_orgs_courses_time_users_detail_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerLearnerTimeSpentInCourseTree
        """

        from .ai_analytics_engagement_orgs_courses_time_users_detail_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerLearnerTimeSpentInCourseTree]:
        """Like `ai_analytics_engagement_orgs_courses_time_users_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_time_users_detail_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Time spent in secs on a per-day basis

        Query Params 1. course_id <optional> e.g course-v1:Org+Course4+Run 2. user_id <optional> e.g
        developer@ibleducation.com or dev123 (username|email) 3. start_date e.g 2020-10-01 4. end_date
        e.g 2020-10-10

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/time/users/{user_id}/over-time`` (operation ``ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_videos_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosSpecificCourse:
        """Get video engagement metrics for a specific course.

        This endpoint provides detailed video engagement statistics for a single course, including view
        counts, completion rates, and time spent on videos.

        Query Parameters:
        course_id (str): The course ID to get video engagement data for

        Returns:
        Detailed video engagement metrics for the specified course.

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/`` (operation ``ai_analytics_engagement_orgs_courses_videos_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VideosSpecificCourse
        """

        from .ai_analytics_engagement_orgs_courses_videos_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_videos_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosSpecificCourse]:
        """Like `ai_analytics_engagement_orgs_courses_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_videos_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.

        This endpoint provides daily counts of videos watched over a specified time period, with options
        to filter by course or user.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        Daily video watch counts over the specified time period.

        Default time range is the last 7 days if no dates are specified.

        Access Control:
        - Platform admins can access any video watch data
        - Learners can access their own video watch data

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/over-time`` (operation ``ai_analytics_engagement_orgs_courses_videos_over_time_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .ai_analytics_engagement_orgs_courses_videos_over_time_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `ai_analytics_engagement_orgs_courses_videos_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_videos_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_videos_summary_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosInCourseSummary:
        """Get a summary of video watch statistics for a specific course.

        This endpoint provides a structured summary of video watch data for a course, organized in a
        tree-like format by course sections and subsections.

        Query Parameters:
        course_id (str): The course ID to get video summary for

        Returns:
        A hierarchical structure of video watch data for the course, including:
        - Section and subsection organization
        - Video identification and metadata
        - Watch counts and completion rates

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/summary`` (operation ``ai_analytics_engagement_orgs_courses_videos_summary_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VideosInCourseSummary
        """

        from .ai_analytics_engagement_orgs_courses_videos_summary_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_videos_summary_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosInCourseSummary]:
        """Like `ai_analytics_engagement_orgs_courses_videos_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_videos_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_videos_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> WatchedVideosPerUser:
        """List of users' videos completed records for a specific course

        Kwargs course_id

        e.g course-v1:Org+Course4+Run

        ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/users`` (operation ``ai_analytics_engagement_orgs_courses_videos_users_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WatchedVideosPerUser
        """

        from .ai_analytics_engagement_orgs_courses_videos_users_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_courses_videos_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[WatchedVideosPerUser]:
        """Like `ai_analytics_engagement_orgs_courses_videos_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_courses_videos_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """Average time spent by a learner in enrolled courses. Gives a rough estimate of whats the average
        time that would be spent by a learner in a course

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10

        ``GET /api/ai-analytics/engagement/orgs/{org}/time/average-perlearner-percourse`` (operation ``ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AverageOvertime
        """

        from .ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """Like `ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_time_average_with_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """Average time spent in secs on a per-day basis

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 3. course_id <optional>

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/ai-analytics/engagement/orgs/{org}/time/average-with-over-time`` (operation ``ai_analytics_engagement_orgs_time_average_with_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AverageOvertime
        """

        from .ai_analytics_engagement_orgs_time_average_with_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """Like `ai_analytics_engagement_orgs_time_average_with_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_time_average_with_over_time_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_time_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get time spent on the platform over time.

        This endpoint provides daily time spent values (in seconds) across the platform over a specified
        time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily time spent values over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/ai-analytics/engagement/orgs/{org}/time/over-time`` (operation ``ai_analytics_engagement_orgs_time_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .ai_analytics_engagement_orgs_time_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_time_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `ai_analytics_engagement_orgs_time_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_time_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_time_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentPerCourse:
        """Get time spent statistics on a per-course basis.

        This endpoint provides a paginated list of courses with the total time spent by users in each
        course.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with:
        - Course identification (ID and name)
        - Total time spent (in seconds)
        - Formatted time spent (human-readable)
        - Percentage of total platform time

        ``GET /api/ai-analytics/engagement/orgs/{org}/time/per-course`` (operation ``ai_analytics_engagement_orgs_time_per_course_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeSpentPerCourse
        """

        from .ai_analytics_engagement_orgs_time_per_course_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_time_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentPerCourse]:
        """Like `ai_analytics_engagement_orgs_time_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_time_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_videos_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> VideoEngagementPerCourse:
        """Get video engagement metrics on a per-course basis.

        This endpoint provides a paginated list of courses with video engagement metrics including view
        counts, completion rates, and time spent on videos.

        Query Parameters:
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with their video engagement metrics.

        ``GET /api/ai-analytics/engagement/orgs/{org}/videos/`` (operation ``ai_analytics_engagement_orgs_videos_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VideoEngagementPerCourse
        """

        from .ai_analytics_engagement_orgs_videos_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_videos_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[VideoEngagementPerCourse]:
        """Like `ai_analytics_engagement_orgs_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_videos_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.

        This endpoint provides daily counts of videos watched over a specified time period, with options
        to filter by course or user.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        Daily video watch counts over the specified time period.

        Default time range is the last 7 days if no dates are specified.

        Access Control:
        - Platform admins can access any video watch data
        - Learners can access their own video watch data

        ``GET /api/ai-analytics/engagement/orgs/{org}/videos/over-time`` (operation ``ai_analytics_engagement_orgs_videos_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .ai_analytics_engagement_orgs_videos_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_engagement_orgs_videos_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `ai_analytics_engagement_orgs_videos_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_engagement_orgs_videos_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_average_messages_per_session_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> list[MessageStatistics]:
        """Retrieve average message counts per session over time.

        This endpoint returns data on the average number of messages exchanged in each conversation
        session within a specified date range, with options for filtering by mentor and aggregating by
        different time periods (hourly, daily, weekly).

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Time series of average message counts and session totals.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.
        aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/average-messages-per-session/`` (operation ``ai_analytics_orgs_users_average_messages_per_session_list``)

        Args:
            org (str):
            user_id (str):
            aggregation (str | Unset):
            end_date (str):
            group_by (str | Unset):
            mentor_id (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[MessageStatistics]
        """

        from .ai_analytics_orgs_users_average_messages_per_session_list import asyncio

        return await asyncio(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_average_messages_per_session_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[MessageStatistics]]:
        """Like `ai_analytics_orgs_users_average_messages_per_session_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_average_messages_per_session_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_filter_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        monthly_range: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> ChatHistoryFilterData:
        """Retrieve filter options for chat message history.

        This endpoint returns data on available filter options for the chat message history endpoint,
        including topics, date ranges (weekly or monthly), sentiments, and users who have chat history.

        Args:
        request: The HTTP request containing query parameters.
        org: Organization key identifier.

        Returns:
        Response: Available filter options for chat message history.

        Raises:
        NotFound: If the specified organization does not exist.

        Query Parameters:
        monthly_range (bool): Whether to return monthly or weekly date ranges.
        mentor_id (str): Filter users by those who have chatted with a specific mentor.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/`` (operation ``ai_analytics_orgs_users_chat_history_filter_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.date | Unset):
            mentor_id (str | Unset):
            monthly_range (bool | Unset):
            start_date (datetime.date | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ChatHistoryFilterData
        """

        from .ai_analytics_orgs_users_chat_history_filter_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            monthly_range=monthly_range,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_filter_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        monthly_range: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[ChatHistoryFilterData]:
        """Like `ai_analytics_orgs_users_chat_history_filter_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_chat_history_filter_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            monthly_range=monthly_range,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> PaginatedConversationsList:
        """API viewset for retrieving and filtering chat message history.

        This viewset provides endpoints for retrieving chat message history within an organization, with
        extensive filtering options by date range, user, topic, mentor, and sentiment.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/`` (operation ``ai_analytics_orgs_users_chat_history_list``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.date | Unset):
            filter_user_id (str | Unset):
            mentor (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            sentiment (str | Unset):
            start_date (datetime.date | Unset):
            topics (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedConversationsList
        """

        from .ai_analytics_orgs_users_chat_history_list import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[PaginatedConversationsList]:
        """Like `ai_analytics_orgs_users_chat_history_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_chat_history_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Conversations]:
        """Every `Conversations` of `ai_analytics_orgs_users_chat_history_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_analytics_orgs_users_chat_history_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_analytics_orgs_users_chat_history_create(
        self,
        org: str,
        user_id: str,
        *,
        body: ConversationsRequest,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.

        This viewset provides endpoints for retrieving chat message history within an organization, with
        extensive filtering options by date range, user, topic, mentor, and sentiment.

        Permissions:
        - Restricted to platform administrators only

        ``POST /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/`` (operation ``ai_analytics_orgs_users_chat_history_create``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.date | Unset):
            filter_user_id (str | Unset):
            mentor (str | Unset):
            sentiment (str | Unset):
            start_date (datetime.date | Unset):
            topics (str | Unset):
            body (ConversationsRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Conversations
        """

        from .ai_analytics_orgs_users_chat_history_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: ConversationsRequest,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Conversations]:
        """Like `ai_analytics_orgs_users_chat_history_create`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_chat_history_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_retrieve(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.

        This viewset provides endpoints for retrieving chat message history within an organization, with
        extensive filtering options by date range, user, topic, mentor, and sentiment.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/`` (operation ``ai_analytics_orgs_users_chat_history_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (str):
            end_date (datetime.date | Unset):
            filter_user_id (str | Unset):
            mentor (str | Unset):
            sentiment (str | Unset):
            start_date (datetime.date | Unset):
            topics (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Conversations
        """

        from .ai_analytics_orgs_users_chat_history_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Conversations]:
        """Like `ai_analytics_orgs_users_chat_history_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_chat_history_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_update(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        body: ConversationsRequest,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.

        This viewset provides endpoints for retrieving chat message history within an organization, with
        extensive filtering options by date range, user, topic, mentor, and sentiment.

        Permissions:
        - Restricted to platform administrators only

        ``PUT /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/`` (operation ``ai_analytics_orgs_users_chat_history_update``)

        Args:
            org (str):
            user_id (str):
            id (str):
            end_date (datetime.date | Unset):
            filter_user_id (str | Unset):
            mentor (str | Unset):
            sentiment (str | Unset):
            start_date (datetime.date | Unset):
            topics (str | Unset):
            body (ConversationsRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Conversations
        """

        from .ai_analytics_orgs_users_chat_history_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_update_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        body: ConversationsRequest,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Conversations]:
        """Like `ai_analytics_orgs_users_chat_history_update`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_chat_history_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_destroy(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Any:
        """API viewset for retrieving and filtering chat message history.

        This viewset provides endpoints for retrieving chat message history within an organization, with
        extensive filtering options by date range, user, topic, mentor, and sentiment.

        Permissions:
        - Restricted to platform administrators only

        ``DELETE /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/`` (operation ``ai_analytics_orgs_users_chat_history_destroy``)

        Args:
            org (str):
            user_id (str):
            id (str):
            end_date (datetime.date | Unset):
            filter_user_id (str | Unset):
            mentor (str | Unset):
            sentiment (str | Unset):
            start_date (datetime.date | Unset):
            topics (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .ai_analytics_orgs_users_chat_history_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Any]:
        """Like `ai_analytics_orgs_users_chat_history_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_chat_history_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_partial_update(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        body: PatchedConversationsRequest | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Conversations:
        """API viewset for retrieving and filtering chat message history.

        This viewset provides endpoints for retrieving chat message history within an organization, with
        extensive filtering options by date range, user, topic, mentor, and sentiment.

        Permissions:
        - Restricted to platform administrators only

        ``PATCH /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/`` (operation ``ai_analytics_orgs_users_chat_history_partial_update``)

        Args:
            org (str):
            user_id (str):
            id (str):
            end_date (datetime.date | Unset):
            filter_user_id (str | Unset):
            mentor (str | Unset):
            sentiment (str | Unset):
            start_date (datetime.date | Unset):
            topics (str | Unset):
            body (PatchedConversationsRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Conversations
        """

        from .ai_analytics_orgs_users_chat_history_partial_update import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_chat_history_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        body: PatchedConversationsRequest | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Conversations]:
        """Like `ai_analytics_orgs_users_chat_history_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_chat_history_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_conversation_summary_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> ConversationSummary:
        """Retrieve a summary of conversation metrics.

        This endpoint returns aggregated metrics about conversations within an organization, including:
        - Total number of conversations - Total number of human messages - Total number of AI messages

        Results can be filtered by mentor.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Summary of conversation metrics.

        Raises:
        NotFound: If the specified organization does not exist.

        Query Parameters:
        mentor_id (str): Filter by mentor unique ID.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/conversation-summary/`` (operation ``ai_analytics_orgs_users_conversation_summary_retrieve``)

        Args:
            org (str):
            user_id (str):
            group_by (str | Unset):
            mentor_id (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ConversationSummary
        """

        from .ai_analytics_orgs_users_conversation_summary_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_conversation_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> Response[ConversationSummary]:
        """Like `ai_analytics_orgs_users_conversation_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_conversation_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_conversation_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> list[ConversationVolume]:
        """Retrieve conversation volume data over time.

        This endpoint returns data on the number of conversations that occurred within a specified date
        range, with options for different time aggregations (hourly, daily, weekly). Results can be
        filtered by mentor.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.
        user_id: User identifier (not used in the implementation).

        Returns:
        Response: Time series data of conversation counts.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.
        aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/conversation/`` (operation ``ai_analytics_orgs_users_conversation_list``)

        Args:
            org (str):
            user_id (str):
            aggregation (str | Unset):
            end_date (str):
            mentor_id (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ConversationVolume]
        """

        from .ai_analytics_orgs_users_conversation_list import asyncio

        return await asyncio(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_conversation_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[ConversationVolume]]:
        """Like `ai_analytics_orgs_users_conversation_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_conversation_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_costs_model_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> ModelCost:
        """Retrieve the

        model costs for a tenant

        Filter parameters for period are start_date and enddate

        Accessible to tenant Admins only.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/costs/model/`` (operation ``ai_analytics_orgs_users_costs_model_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.datetime):
            start_date (datetime.datetime):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ModelCost
        """

        from .ai_analytics_orgs_users_costs_model_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_costs_model_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[ModelCost]:
        """Like `ai_analytics_orgs_users_costs_model_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_costs_model_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_costs_permentor_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> TenantMentorTraces:
        """Retrieve LLM usage costs aggregated by mentor.

        This endpoint returns data on the total cost of LLM usage for each mentor within a specified
        date range, with pagination support. The costs are calculated by summing the costs of all
        observations associated with traces from the mentor's sessions.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Paginated list of mentors with their total LLM usage costs.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        limit (int): Number of results per page - default: 5.
        offset (int): Offset for pagination - default: 0.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/costs/permentor/`` (operation ``ai_analytics_orgs_users_costs_permentor_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.datetime):
            start_date (datetime.datetime):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TenantMentorTraces
        """

        from .ai_analytics_orgs_users_costs_permentor_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_costs_permentor_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[TenantMentorTraces]:
        """Like `ai_analytics_orgs_users_costs_permentor_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_costs_permentor_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_costs_peruser_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> LLMTracesListResponse:
        """Retrieve LLM usage costs aggregated by user.

        This endpoint returns data on the total cost of LLM usage for each user within a specified date
        range, with pagination support. The costs are calculated by summing the costs of all
        observations associated with traces from the user's sessions.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Paginated list of users with their total LLM usage costs.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        limit (int): Number of results per page - default: 10.
        offset (int): Offset for pagination - default: 0.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/costs/peruser/`` (operation ``ai_analytics_orgs_users_costs_peruser_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.datetime):
            start_date (datetime.datetime):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMTracesListResponse
        """

        from .ai_analytics_orgs_users_costs_peruser_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_costs_peruser_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[LLMTracesListResponse]:
        """Like `ai_analytics_orgs_users_costs_peruser_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_costs_peruser_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_mentor_detail_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> MentorDetailAnalytics:
        """Retrieve summary statistics about mentors.

        This endpoint returns aggregated statistics about mentors within an organization, including
        total mentors, active mentors (mentors with at least one session), questions answered, and
        ratings.

        Args:
        request: The HTTP request.
        org: Organization key identifier.

        Returns:
        Response: Summary statistics about mentors.

        Raises:
        NotFound: If the specified organization does not exist.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/mentor-detail/`` (operation ``ai_analytics_orgs_users_mentor_detail_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorDetailAnalytics
        """

        from .ai_analytics_orgs_users_mentor_detail_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_mentor_detail_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[MentorDetailAnalytics]:
        """Like `ai_analytics_orgs_users_mentor_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_mentor_detail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_mentor_summary_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> MentorDetailAnalytics:
        """Retrieve summary statistics about mentors.

        This endpoint returns aggregated statistics about mentors within an organization, including
        total mentors, active mentors (mentors with at least one session), questions answered, and
        ratings.

        Args:
        request: The HTTP request.
        org: Organization key identifier.

        Returns:
        Response: Summary statistics about mentors.

        Raises:
        NotFound: If the specified organization does not exist.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/mentor-summary/`` (operation ``ai_analytics_orgs_users_mentor_summary_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MentorDetailAnalytics
        """

        from .ai_analytics_orgs_users_mentor_summary_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_mentor_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[MentorDetailAnalytics]:
        """Like `ai_analytics_orgs_users_mentor_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_mentor_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_mentors_cost_retrieve(
        self,
        org: str,
        user_id: str,
        mentor_unique_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Cost:
        """Retrieve LLM usage costs for a specific mentor.

        This endpoint returns data on the total cost of LLM usage for a specific mentor within a
        specified date range. The cost is calculated by summing the costs of all observations associated
        with traces from the tenant's sessions.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.
        mentor_unique_id: User key identifier.

        Returns:
        Response: Total LLM usage cost for the specified tenant.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/mentors/{mentor_unique_id}/cost/`` (operation ``ai_analytics_orgs_users_mentors_cost_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor_unique_id (str):
            end_date (datetime.datetime):
            start_date (datetime.datetime):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Cost
        """

        from .ai_analytics_orgs_users_mentors_cost_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor_unique_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_mentors_cost_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor_unique_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[Cost]:
        """Like `ai_analytics_orgs_users_mentors_cost_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_mentors_cost_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor_unique_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_most_discussed_topics_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> list[TopicRecord]:
        """Retrieve the most discussed topics over time.

        This endpoint returns data on the frequency of topics discussed in conversations within a
        specified date range, with options for filtering by mentor and aggregating by different time
        periods (hourly, daily, weekly).

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: List of topics with their conversation counts, ordered by frequency.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.
        aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/most-discussed-topics/`` (operation ``ai_analytics_orgs_users_most_discussed_topics_list``)

        Args:
            org (str):
            user_id (str):
            aggregation (str | Unset):
            end_date (str):
            group_by (str | Unset):
            mentor_id (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[TopicRecord]
        """

        from .ai_analytics_orgs_users_most_discussed_topics_list import asyncio

        return await asyncio(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_most_discussed_topics_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[TopicRecord]]:
        """Like `ai_analytics_orgs_users_most_discussed_topics_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_most_discussed_topics_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_observations_list(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedObservationList:
        """Viewset for retrieving and listing Langfuse observations.

        This viewset provides read-only access to Langfuse observations data for platform admins.
        Observations represent detailed tracking of AI model interactions and responses.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/observations/`` (operation ``ai_analytics_orgs_users_observations_list``)

        Args:
            org (str):
            user_id (str):
            limit (int | Unset):
            offset (int | Unset):
            ordering (str | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedObservationList
        """

        from .ai_analytics_orgs_users_observations_list import asyncio

        return await asyncio(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    async def ai_analytics_orgs_users_observations_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedObservationList]:
        """Like `ai_analytics_orgs_users_observations_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_observations_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_analytics_orgs_users_observations_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Observation]:
        """Every `Observation` of `ai_analytics_orgs_users_observations_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_analytics_orgs_users_observations_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_analytics_orgs_users_observations_retrieve(
        self,
        org: str,
        user_id: str,
        id: str,
    ) -> Observation:
        """Viewset for retrieving and listing Langfuse observations.

        This viewset provides read-only access to Langfuse observations data for platform admins.
        Observations represent detailed tracking of AI model interactions and responses.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/observations/{id}/`` (operation ``ai_analytics_orgs_users_observations_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Observation
        """

        from .ai_analytics_orgs_users_observations_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_observations_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
    ) -> Response[Observation]:
        """Like `ai_analytics_orgs_users_observations_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_observations_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_overview_summary_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> AnalyticsOverview:
        """Retrieve an overview of key analytics metrics.

        This endpoint returns a comprehensive overview of key analytics metrics for an organization,
        including: - Conversation volume: Total sessions and month-over-month change - Users: Total
        unique users and month-over-month change - Topics: Total unique topics and month-over-month
        change - User ratings: Total ratings and month-over-month change

        Results can be filtered by mentor.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.
        user_id: User identifier (not used in the implementation).

        Returns:
        Response: Overview of key analytics metrics with month-over-month changes.

        Raises:
        NotFound: If the specified organization does not exist.

        Query Parameters:
        mentor_id (str): Filter analytics by mentor unique ID.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/overview-summary/`` (operation ``ai_analytics_orgs_users_overview_summary_retrieve``)

        Args:
            org (str):
            user_id (str):
            group_by (str | Unset):
            mentor_id (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AnalyticsOverview
        """

        from .ai_analytics_orgs_users_overview_summary_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_overview_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> Response[AnalyticsOverview]:
        """Like `ai_analytics_orgs_users_overview_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_overview_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_rating_summary_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> list[RatingRecord]:
        """Retrieve user rating metrics over time.

        This endpoint returns data on the number of user ratings submitted within a specified date
        range, aggregated by day or hour.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Time series of rating counts aggregated by day or hour.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        group_by (str): Aggregation level (day or hour) - default: day.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/rating-summary/`` (operation ``ai_analytics_orgs_users_rating_summary_list``)

        Args:
            org (str):
            user_id (str):
            end_date (str):
            group_by (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[RatingRecord]
        """

        from .ai_analytics_orgs_users_rating_summary_list import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_rating_summary_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[RatingRecord]]:
        """Like `ai_analytics_orgs_users_rating_summary_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_rating_summary_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_registered_users_trend_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> list[TrendEntry]:
        """Retrieve trends of registered users over time.

        This endpoint returns data on the number of new user registrations within a specified date
        range, with options for different time aggregations (hourly, daily, weekly, monthly). The data
        is backfilled to ensure continuous time series even for periods with zero registrations.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Time series of user registration counts.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        aggregation (str): Time aggregation level (hourly, daily, weekly, monthly) - default: daily.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/registered-users-trend/`` (operation ``ai_analytics_orgs_users_registered_users_trend_list``)

        Args:
            org (str):
            user_id (str):
            aggregation (str | Unset):
            end_date (str):
            group_by (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[TrendEntry]
        """

        from .ai_analytics_orgs_users_registered_users_trend_list import asyncio

        return await asyncio(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_registered_users_trend_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[TrendEntry]]:
        """Like `ai_analytics_orgs_users_registered_users_trend_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_registered_users_trend_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_sentiment_count_list(
        self,
        org: str,
        user_id: str,
        *,
        period: str | Unset = UNSET,
    ) -> list[UserSentimentCountView]:
        """Retrieve user sentiment counts over time.

        This endpoint returns data on the number of user sentiment entries within a specified time
        period, aggregated by date.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.
        user_id: User identifier.

        Returns:
        Response: Time series data of sentiment counts.

        Raises:
        NotFound: If the specified organization does not exist.
        ValidationError: If the provided query parameters are invalid.

        Query Parameters:
        period (str): Time period filter (today, yesterday, 7d, 30d, 90d) - default: 7d.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/sentiment-count/`` (operation ``ai_analytics_orgs_users_sentiment_count_list``)

        Args:
            org (str):
            user_id (str):
            period (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[UserSentimentCountView]
        """

        from .ai_analytics_orgs_users_sentiment_count_list import asyncio

        return await asyncio(
            org,
            user_id,
            period=period,
            client=self._client,
        )

    async def ai_analytics_orgs_users_sentiment_count_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        period: str | Unset = UNSET,
    ) -> Response[list[UserSentimentCountView]]:
        """Like `ai_analytics_orgs_users_sentiment_count_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_sentiment_count_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            period=period,
            client=self._client,
        )

    async def ai_analytics_orgs_users_tenant_cost_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Cost:
        """Retrieve LLM usage costs for a specific tenant.

        This endpoint returns data on the total cost of LLM usage for a specific tenant within a
        specified date range. The cost is calculated by summing the costs of all observations associated
        with traces from the tenant's sessions.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Total LLM usage cost for the specified tenant.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/tenant-cost/`` (operation ``ai_analytics_orgs_users_tenant_cost_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.datetime):
            start_date (datetime.datetime):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Cost
        """

        from .ai_analytics_orgs_users_tenant_cost_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_tenant_cost_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[Cost]:
        """Like `ai_analytics_orgs_users_tenant_cost_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_tenant_cost_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_top_students_by_chat_messages_list(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
    ) -> list[StudentChatMessage]:
        """Retrieve the most engaged students based on chat message count.

        This endpoint returns data on the top 20 students with the highest number of chat messages, with
        optional filtering by mentor and date range.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.
        user_id: User identifier (not used in the implementation).

        Returns:
        Response: List of top students with their chat message counts.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        mentor_id (str): Filter by mentor unique ID.
        start_date (str): Start date for filtering (YYYY-MM-DD).
        end_date (str): End date for filtering (YYYY-MM-DD).

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/`` (operation ``ai_analytics_orgs_users_top_students_by_chat_messages_list``)

        Args:
            org (str):
            user_id (str):
            group_by (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[StudentChatMessage]
        """

        from .ai_analytics_orgs_users_top_students_by_chat_messages_list import asyncio

        return await asyncio(
            org,
            user_id,
            group_by=group_by,
            client=self._client,
        )

    async def ai_analytics_orgs_users_top_students_by_chat_messages_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
    ) -> Response[list[StudentChatMessage]]:
        """Like `ai_analytics_orgs_users_top_students_by_chat_messages_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_top_students_by_chat_messages_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            group_by=group_by,
            client=self._client,
        )

    async def ai_analytics_orgs_users_topic_overview_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: str | Unset = UNSET,
    ) -> TopicStatisticsResponse:
        """Retrieve aggregated topic statistics.

        This endpoint returns statistical information about topics within an organization, including
        total topics, new topics, and percentage changes compared to the previous month. Results can be
        filtered by mentor.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Statistical information about topics.

        Raises:
        NotFound: If the specified organization or mentor does not exist.

        Query Parameters:
        mentor_id (str): Filter statistics by mentor unique ID.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-overview/`` (operation ``ai_analytics_orgs_users_topic_overview_retrieve``)

        Args:
            org (str):
            user_id (str):
            mentor_id (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TopicStatisticsResponse
        """

        from .ai_analytics_orgs_users_topic_overview_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_topic_overview_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: str | Unset = UNSET,
    ) -> Response[TopicStatisticsResponse]:
        """Like `ai_analytics_orgs_users_topic_overview_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_topic_overview_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_topic_statistics_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PaginatedTopicStatisticsResponse:
        """Retrieve paginated statistics about topics.

        This endpoint returns detailed statistics about topics, including: - Number of conversations
        related to each topic - Total message count for each topic - Average sentiment of conversations
        about each topic - Average user rating for conversations about each topic

        Results can be filtered by mentor and date range, and are paginated.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Paginated list of topic statistics.

        Raises:
        NotFound: If the specified organization or mentor does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD).
        end_date (str): End date for filtering (YYYY-MM-DD).
        mentor_id (str): Filter by mentor unique ID.
        page (int): Page number for pagination - default: 1.
        page_size (int): Number of results per page - default: 20.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/`` (operation ``ai_analytics_orgs_users_topic_statistics_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (str | Unset):
            group_by (str | Unset):
            mentor_id (str | Unset):
            page (int | Unset):
            page_size (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedTopicStatisticsResponse
        """

        from .ai_analytics_orgs_users_topic_statistics_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_topic_statistics_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PaginatedTopicStatisticsResponse]:
        """Like `ai_analytics_orgs_users_topic_statistics_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_topic_statistics_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_topic_statistics_retrieve_iter(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[TopicStatistics]:
        """Every `TopicStatistics` of `ai_analytics_orgs_users_topic_statistics_retrieve`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_analytics_orgs_users_topic_statistics_retrieve import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_analytics_orgs_users_topics_summary_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> list[TopicSummaryView]:
        """Retrieve a summary of the most frequent topics.

        This endpoint returns a summary of the top 10 topics discussed in chat sessions, ordered by
        conversation count. Results can be filtered by mentor and date range.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: A list of the top 10 topics with their conversation counts.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided date format is invalid.

        Query Parameters:
        mentor_id (str): Filter by mentor unique ID.
        start_date (str): Start date for filtering (YYYY-MM-DD).
        end_date (str): End date for filtering (YYYY-MM-DD).

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/`` (operation ``ai_analytics_orgs_users_topics_summary_list``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.date | Unset):
            start_date (datetime.date | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[TopicSummaryView]
        """

        from .ai_analytics_orgs_users_topics_summary_list import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_topics_summary_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[list[TopicSummaryView]]:
        """Like `ai_analytics_orgs_users_topics_summary_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_topics_summary_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_total_users_by_mentor_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> list[UserChatByPeriod]:
        """Retrieve the total number of users interacting with mentors over time.

        This endpoint returns data on the number of unique users who interacted with mentors each day or
        hour within a specified date range, with optional filtering by specific mentor. If no date range
        is provided, the last 30 days are used by default.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Time series of unique user counts.

        Raises:
        NotFound: If the specified organization or mentor does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - defaults to 30 days ago.
        end_date (str): End date for filtering (YYYY-MM-DD) - defaults to today.
        aggregation (str): Time aggregation level (hourly, daily) - default: daily.
        mentor_id (str): Filter by mentor unique ID.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/total-users-by-mentor/`` (operation ``ai_analytics_orgs_users_total_users_by_mentor_list``)

        Args:
            org (str):
            user_id (str):
            aggregation (str | Unset):
            end_date (str | Unset):
            group_by (str | Unset):
            mentor_id (str | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[UserChatByPeriod]
        """

        from .ai_analytics_orgs_users_total_users_by_mentor_list import asyncio

        return await asyncio(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_total_users_by_mentor_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[list[UserChatByPeriod]]:
        """Like `ai_analytics_orgs_users_total_users_by_mentor_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_total_users_by_mentor_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_traces_list(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedTraceList:
        """Viewset for retrieving and listing Langfuse traces.

        This viewset provides read-only access to Langfuse traces data for platform admins. Traces
        represent high-level tracking of user interactions and AI responses.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/traces/`` (operation ``ai_analytics_orgs_users_traces_list``)

        Args:
            org (str):
            user_id (str):
            limit (int | Unset):
            offset (int | Unset):
            ordering (str | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedTraceList
        """

        from .ai_analytics_orgs_users_traces_list import asyncio

        return await asyncio(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    async def ai_analytics_orgs_users_traces_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedTraceList]:
        """Like `ai_analytics_orgs_users_traces_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_traces_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_analytics_orgs_users_traces_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[Trace]:
        """Every `Trace` of `ai_analytics_orgs_users_traces_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From ``offset`` (default 0) on, ``limit`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .ai_analytics_orgs_users_traces_list import asyncio

        return paginate(
            asyncio,
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def ai_analytics_orgs_users_traces_retrieve(
        self,
        org: str,
        user_id: str,
        id: str,
    ) -> Trace:
        """Viewset for retrieving and listing Langfuse traces.

        This viewset provides read-only access to Langfuse traces data for platform admins. Traces
        represent high-level tracking of user interactions and AI responses.

        Permissions:
        - Restricted to platform administrators only

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/traces/{id}/`` (operation ``ai_analytics_orgs_users_traces_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Trace
        """

        from .ai_analytics_orgs_users_traces_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_traces_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
    ) -> Response[Trace]:
        """Like `ai_analytics_orgs_users_traces_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_traces_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_transcripts_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> list[ConversationMessage]:
        """Retrieve message data from conversations.

        This endpoint returns data on messages within conversations, with options for filtering by date
        range, topics, and mentor.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.
        user_id: User identifier (not used in the implementation).

        Returns:
        Response: A list of conversation message data.

        Raises:
        NotFound: If the specified organization does not exist.
        ValidationError: If the provided query parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD).
        end_date (str): End date for filtering (YYYY-MM-DD).
        topics (str): Comma-separated list of topics to filter by.
        mentor (str): Filter by mentor unique ID.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/transcripts/`` (operation ``ai_analytics_orgs_users_transcripts_list``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.date | Unset):
            mentor (str | Unset):
            start_date (datetime.date | Unset):
            topics (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ConversationMessage]
        """

        from .ai_analytics_orgs_users_transcripts_list import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            mentor=mentor,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_transcripts_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[list[ConversationMessage]]:
        """Like `ai_analytics_orgs_users_transcripts_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_transcripts_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            mentor=mentor,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    async def ai_analytics_orgs_users_usage_summary_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> list[UserCountRecord]:
        """Retrieve daily user engagement metrics with mentors.

        This endpoint returns data on the number of unique users who interact with mentors each day
        within a specified date range.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Daily time series of unique user counts.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/usage-summary/`` (operation ``ai_analytics_orgs_users_usage_summary_list``)

        Args:
            org (str):
            user_id (str):
            end_date (str):
            group_by (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[UserCountRecord]
        """

        from .ai_analytics_orgs_users_usage_summary_list import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_usage_summary_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[UserCountRecord]]:
        """Like `ai_analytics_orgs_users_usage_summary_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_usage_summary_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_cohorts_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> UserTrendByPeriod:
        """Retrieve user cohort trends over time.

        This endpoint returns data on the distribution of new versus veteran users over time, with
        options for different time aggregations and filtering by mentor. New users are those who
        registered within the specified date range, while veteran users are those who registered before
        the date range but were active during it.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Time series of new and veteran user counts.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.
        mentor_id (str): Filter by mentor unique ID.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-cohorts-over-time/`` (operation ``ai_analytics_orgs_users_user_cohorts_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            aggregation (str | Unset):
            end_date (str):
            mentor_id (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserTrendByPeriod
        """

        from .ai_analytics_orgs_users_user_cohorts_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_cohorts_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[UserTrendByPeriod]:
        """Like `ai_analytics_orgs_users_user_cohorts_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_user_cohorts_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_cost_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        username: str,
    ) -> Cost:
        """Retrieve LLM usage costs for a specific user.

        This endpoint returns data on the total cost of LLM usage for a specific user within a specified
        date range. The cost is calculated by summing the costs of all observations associated with
        traces from the tenant's sessions.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.
        user_id: User key identifier.

        Returns:
        Response: Total LLM usage cost for the specified tenant.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-cost/`` (operation ``ai_analytics_orgs_users_user_cost_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (datetime.datetime):
            start_date (datetime.datetime):
            username (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Cost
        """

        from .ai_analytics_orgs_users_user_cost_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            username=username,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_cost_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        username: str,
    ) -> Response[Cost]:
        """Like `ai_analytics_orgs_users_user_cost_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_user_cost_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            username=username,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_feedback_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> list[UserChatFeedbackCount]:
        """Retrieve aggregated user chat feedback counts.

        This endpoint returns data on the number of user chat feedback entries within a specified date
        range, with options for different time aggregations (hourly, daily, weekly). Results can be
        filtered by mentor.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Time series data of feedback counts.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.
        aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-feedback/`` (operation ``ai_analytics_orgs_users_user_feedback_list``)

        Args:
            org (str):
            user_id (str):
            aggregation (str | Unset):
            end_date (str):
            mentor_id (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[UserChatFeedbackCount]
        """

        from .ai_analytics_orgs_users_user_feedback_list import asyncio

        return await asyncio(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_feedback_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[UserChatFeedbackCount]]:
        """Like `ai_analytics_orgs_users_user_feedback_list`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_user_feedback_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_metrics_pie_chart_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> PieChartData:
        """Retrieve user distribution data for pie charts.

        This endpoint returns data on the distribution of new versus returning users within a specified
        date range, including both counts and percentages, suitable for pie chart visualization.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Distribution of new versus returning users with counts and percentages.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.
        mentor_id (str): Filter by mentor unique ID.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics-pie-chart/`` (operation ``ai_analytics_orgs_users_user_metrics_pie_chart_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (str):
            mentor_id (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PieChartData
        """

        from .ai_analytics_orgs_users_user_metrics_pie_chart_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_metrics_pie_chart_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[PieChartData]:
        """Like `ai_analytics_orgs_users_user_metrics_pie_chart_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_user_metrics_pie_chart_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_metrics_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> UserMetricsResponse:
        """Retrieve comprehensive user metrics.

        This endpoint returns data on various user metrics with month-over-month change calculations: -
        Registered users: Total users registered on the platform - New users: Users who joined in the
        current month - Unique users: Distinct users who have had sessions - Veteran users: Users who
        have been active for at least 6 months

        Results can be filtered by mentor.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Comprehensive user metrics with month-over-month changes.

        Raises:
        NotFound: If the specified organization does not exist.

        Query Parameters:
        mentor_id (str): Filter metrics by mentor unique ID.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-metrics/`` (operation ``ai_analytics_orgs_users_user_metrics_retrieve``)

        Args:
            org (str):
            user_id (str):
            group_by (str | Unset):
            mentor_id (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserMetricsResponse
        """

        from .ai_analytics_orgs_users_user_metrics_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_metrics_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> Response[UserMetricsResponse]:
        """Like `ai_analytics_orgs_users_user_metrics_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_user_metrics_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_sentiment_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> SentimentSummary:
        """Retrieve user sentiment distribution.

        This endpoint returns data on the distribution of user sentiments (positive, negative, neutral)
        within a specified date range, expressed as percentages.

        Args:
        request: The HTTP request containing filter query parameters.
        org: Organization key identifier.

        Returns:
        Response: Sentiment distribution percentages and total sentiment count.

        Raises:
        NotFound: If the specified organization does not exist.
        BadRequest: If the provided parameters are invalid.

        Query Parameters:
        start_date (str): Start date for filtering (YYYY-MM-DD) - required.
        end_date (str): End date for filtering (YYYY-MM-DD) - required.

        ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-sentiment/`` (operation ``ai_analytics_orgs_users_user_sentiment_retrieve``)

        Args:
            org (str):
            user_id (str):
            end_date (str):
            group_by (str | Unset):
            start_date (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            SentimentSummary
        """

        from .ai_analytics_orgs_users_user_sentiment_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_orgs_users_user_sentiment_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> Response[SentimentSummary]:
        """Like `ai_analytics_orgs_users_user_sentiment_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_orgs_users_user_sentiment_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_active_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get active user counts over time.

        This endpoint provides daily counts of active users (users with known activity) over a specified
        time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily active user counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        An active user is defined as a user with any activity within the past 30 days.

        ``GET /api/ai-analytics/overview/orgs/{org}/active-users`` (operation ``ai_analytics_overview_orgs_active_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .ai_analytics_overview_orgs_active_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_active_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `ai_analytics_overview_orgs_active_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_overview_orgs_active_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_average_grade_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """Get average grade value for platform, course, or user.

        This endpoint returns the average grade at different levels: - Platform level: Average grade
        across all courses - Course level: Average grade for a specific course - Learner level: Average
        grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
        course

        Query Parameters:
        course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email

        Returns:
        The average grade value based on the specified filters.

        Access Control:
        - Platform admins can access any grade data
        - Learners can access their own grade data

        ``GET /api/ai-analytics/overview/orgs/{org}/average-grade`` (operation ``ai_analytics_overview_orgs_average_grade_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Average
        """

        from .ai_analytics_overview_orgs_average_grade_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_average_grade_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """Like `ai_analytics_overview_orgs_average_grade_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_overview_orgs_average_grade_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_courses_completions_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> CourseCompletionSummaryOvertime:
        """Get course completion summary metrics over time.

        This endpoint provides completion statistics across the platform over a specified time period,
        including daily completion counts and overall metrics.

        Query Parameters:
        start_date (str): Start date for the time range (ISO format)
        end_date (str): End date for the time range (ISO format)

        Returns:
        Completion data including:
        - Daily completion counts over time
        - Total unique user count
        - Total completion count
        - Completion percentage
        - Change metrics compared to previous periods

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/ai-analytics/overview/orgs/{org}/courses/completions`` (operation ``ai_analytics_overview_orgs_courses_completions_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCompletionSummaryOvertime
        """

        from .ai_analytics_overview_orgs_courses_completions_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_courses_completions_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[CourseCompletionSummaryOvertime]:
        """Like `ai_analytics_overview_orgs_courses_completions_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_overview_orgs_courses_completions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_learners_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.

        This endpoint returns a paginated list of all learners with key metrics including: - Enrollment
        counts - Completion counts - Time spent on platform

        Query Parameters:
        page (int): Page number for pagination
        length (int): Number of items per page
        search (str): Filter learners by username, email, or name

        Returns:
        A paginated list of learners with their associated metrics.

        ``GET /api/ai-analytics/overview/orgs/{org}/learners`` (operation ``ai_analytics_overview_orgs_learners_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsOverviewOrgsLearnersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerUserList
        """

        from .ai_analytics_overview_orgs_learners_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_learners_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """Like `ai_analytics_overview_orgs_learners_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_overview_orgs_learners_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_most_active_courses_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentPerCourse:
        """Get time spent statistics on a per-course basis.

        This endpoint provides a paginated list of courses with the total time spent by users in each
        course.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with:
        - Course identification (ID and name)
        - Total time spent (in seconds)
        - Formatted time spent (human-readable)
        - Percentage of total platform time

        ``GET /api/ai-analytics/overview/orgs/{org}/most-active-courses`` (operation ``ai_analytics_overview_orgs_most_active_courses_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeSpentPerCourse
        """

        from .ai_analytics_overview_orgs_most_active_courses_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_most_active_courses_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentPerCourse]:
        """Like `ai_analytics_overview_orgs_most_active_courses_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_overview_orgs_most_active_courses_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_registered_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get registered user counts over time.

        This endpoint provides daily counts of new user registrations over a specified time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily registration counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/ai-analytics/overview/orgs/{org}/registered-users`` (operation ``ai_analytics_overview_orgs_registered_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .ai_analytics_overview_orgs_registered_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_overview_orgs_registered_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `ai_analytics_overview_orgs_registered_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_overview_orgs_registered_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_average_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """Get average grade value for platform, course, or user.

        This endpoint returns the average grade at different levels: - Platform level: Average grade
        across all courses - Course level: Average grade for a specific course - Learner level: Average
        grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
        course

        Query Parameters:
        course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email

        Returns:
        The average grade value based on the specified filters.

        Access Control:
        - Platform admins can access any grade data
        - Learners can access their own grade data

        ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/average`` (operation ``ai_analytics_performance_orgs_courses_grading_average_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Average
        """

        from .ai_analytics_performance_orgs_courses_grading_average_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_average_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """Like `ai_analytics_performance_orgs_courses_grading_average_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_performance_orgs_courses_grading_average_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> AvgCourseGradeWithCutoff:
        """Returns average course grade and grade cuttoff

        e.g ``` {
        "data": {
        "grade_cutoffs": {
        "A": 90,
        "B": 80,
        "C": 70,
        },
        "average_grade": 50.0,
        } } ```

        Kwargs course_id

        ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/average-with-cutoff`` (operation ``ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AvgCourseGradeWithCutoff
        """

        from .ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve import (
            asyncio,
        )

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[AvgCourseGradeWithCutoff]:
        """Like `ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_detail_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> CourseGradingDetail:
        """Grading summary for the entire course overview in a tree-like format

        Kwargs course_id <required>

        ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/detail`` (operation ``ai_analytics_performance_orgs_courses_grading_detail_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseGradingDetail
        """

        from .ai_analytics_performance_orgs_courses_grading_detail_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[CourseGradingDetail]:
        """Like `ai_analytics_performance_orgs_courses_grading_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_performance_orgs_courses_grading_detail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_per_learner_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> GradingPerUser:
        """Grading information per enrolled user in a course

        Kwargs course_id <required>

        ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/per-learner`` (operation ``ai_analytics_performance_orgs_courses_grading_per_learner_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GradingPerUser
        """

        from .ai_analytics_performance_orgs_courses_grading_per_learner_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[GradingPerUser]:
        """Like `ai_analytics_performance_orgs_courses_grading_per_learner_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_performance_orgs_courses_grading_per_learner_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_summary_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> CourseGradeSummary:
        """Returns average grades across various assignment types in a course

        Query Params course_id

        Returns:
        dict
        {
        "data": [
        {
        "assignment_type': <str>,
        "weight": <float>,
        "average_weighted_grade": <float>,
        "average_section_grade": <float>
        }, ...
        ]
        }

        ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/summary`` (operation ``ai_analytics_performance_orgs_courses_grading_summary_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseGradeSummary
        """

        from .ai_analytics_performance_orgs_courses_grading_summary_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_courses_grading_summary_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[CourseGradeSummary]:
        """Like `ai_analytics_performance_orgs_courses_grading_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_performance_orgs_courses_grading_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_grading_average_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """Get average grade value for platform, course, or user.

        This endpoint returns the average grade at different levels: - Platform level: Average grade
        across all courses - Course level: Average grade for a specific course - Learner level: Average
        grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
        course

        Query Parameters:
        course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email

        Returns:
        The average grade value based on the specified filters.

        Access Control:
        - Platform admins can access any grade data
        - Learners can access their own grade data

        ``GET /api/ai-analytics/performance/orgs/{org}/grading/average`` (operation ``ai_analytics_performance_orgs_grading_average_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Average
        """

        from .ai_analytics_performance_orgs_grading_average_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_grading_average_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """Like `ai_analytics_performance_orgs_grading_average_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_performance_orgs_grading_average_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_grading_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> PerformanceGradesPerCourse:
        """List grade-related performance data for all courses.

        This endpoint provides a comprehensive view of grade performance across courses, including
        enrollment counts, pass rates, and average grades.

        Returns:
        A paginated list of courses with:
        - Course identification (ID and name)
        - Enrollment count
        - Number of students who passed
        - Average grade

        ``GET /api/ai-analytics/performance/orgs/{org}/grading/per-course`` (operation ``ai_analytics_performance_orgs_grading_per_course_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerformanceGradesPerCourse
        """

        from .ai_analytics_performance_orgs_grading_per_course_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_performance_orgs_grading_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[PerformanceGradesPerCourse]:
        """Like `ai_analytics_performance_orgs_grading_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_performance_orgs_grading_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_learners_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> NewPerLearnerList:
        """Enhanced API endpoint for listing learners with comprehensive filtering.

        This endpoint provides a paginated list of learners with detailed metrics and supports advanced
        filtering options. It uses DM token authentication and respects department-based access
        controls.

        Query Parameters:
        page (int): Page number for pagination
        length (int): Number of items per page
        search (str): Filter by username, email, or full name
        program (str): Filter by program
        location (str): Filter by location
        is_enrolled (bool): Filter for users with enrollments
        platform (str): Filter by platform
        start_date (date): Filter by join date (start range)
        end_date (date): Filter by join date (end range)

        Returns:
        A paginated list of learners with comprehensive metrics including:
        - Course enrollments and completions
        - Time spent on platform
        - Pathway progress
        - Certificate and skill information
        - Location data

        Access Control:
        - Platform admins can see all learners
        - Department admins can only see learners in their departments

        ``GET /api/ai-analytics/perlearner/orgs/{org}/learners`` (operation ``ai_analytics_perlearner_orgs_learners_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (datetime.date | Unset):
            format_ (AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            is_enrolled (bool | Unset):
            length (int | Unset):
            location (str | Unset):
            page (int | Unset):
            platform (str | Unset):
            program (str | Unset):
            search (str | Unset):
            start_date (datetime.date | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NewPerLearnerList
        """

        from .ai_analytics_perlearner_orgs_learners_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_learners_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[NewPerLearnerList]:
        """Like `ai_analytics_perlearner_orgs_learners_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_learners_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.

        This endpoint returns a paginated list of all learners with key metrics including: - Enrollment
        counts - Completion counts - Time spent on platform

        Query Parameters:
        page (int): Page number for pagination
        length (int): Number of items per page
        search (str): Filter learners by username, email, or name

        Returns:
        A paginated list of learners with their associated metrics.

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users`` (operation ``ai_analytics_perlearner_orgs_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerUserList
        """

        from .ai_analytics_perlearner_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """Like `ai_analytics_perlearner_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_activity_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> ActivityAPI:
        """Provides information on user enrollments

        Params user_id e.g developer@ibleducation.com| developer

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/activity/`` (operation ``ai_analytics_perlearner_orgs_users_activity_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ActivityAPI
        """

        from .ai_analytics_perlearner_orgs_users_activity_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_activity_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[ActivityAPI]:
        """Like `ai_analytics_perlearner_orgs_users_activity_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_activity_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeWithCutOff:
        """Provides about a learner current grade in a course with the course cut Kwargs 1. course_id e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/cutoffs`` (operation ``ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerGradeWithCutOff
        """

        from .ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeWithCutOff]:
        """Like `ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> DetailedGradeView:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/detail`` (operation ``ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DetailedGradeView
        """

        from .ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[DetailedGradeView]:
        """Like `ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeSummary:
        """Query Params 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g
        developer@ibleducation.com or dev123 (username|email)

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/summary`` (operation ``ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerGradeSummary
        """

        from .ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeSummary]:
        """Like `ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
    ) -> Value:
        """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days for a
        learner in a course

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index`` (operation ``ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Value
        """

        from .ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve import (
            asyncio,
        )

        return await asyncio(
            org,
            user_id,
            course_id,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
    ) -> Response[Value]:
        """Like `ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeWithCutOff:
        """Provides about a learner current grade in a course with the course cut Kwargs 1. course_id e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/grade`` (operation ``ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerGradeWithCutOff
        """

        from .ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeWithCutOff]:
        """Like `ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """Evaluates performance index for platform, per course, per user and per user-per course

        Query Params course_id <optional> learner_id <optional>

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index`` (operation ``ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat |
                Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Value
        """

        from .ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve import (
            asyncio,
        )

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """Like `ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Time spent within a course in secs on a per-day basis

        Kwargs 1. course_id

        e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email) Query Params 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/time/over-time`` (operation ``ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve import (
            asyncio,
        )

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_videos_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerLearnerCourseVideosWatched:
        """List of videos within a course a learner has watched

        Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or
        dev123 (username|email)

        Default result when no query param is added is [], 0

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos`` (operation ``ai_analytics_perlearner_orgs_users_courses_videos_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerLearnerCourseVideosWatched
        """

        from .ai_analytics_perlearner_orgs_users_courses_videos_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerLearnerCourseVideosWatched]:
        """Like `ai_analytics_perlearner_orgs_users_courses_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.

        This endpoint provides daily counts of videos watched over a specified time period, with options
        to filter by course or user.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        Daily video watch counts over the specified time period.

        Default time range is the last 7 days if no dates are specified.

        Access Control:
        - Platform admins can access any video watch data
        - Learners can access their own video watch data

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos/over-time`` (operation ``ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_grades_per_course_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerlearnerGradingPerCourseAPI:
        """Summary Grading Information for a learner on a per-enrollment basis

        Query Params 1. user_id e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/grades/per-course`` (operation ``ai_analytics_perlearner_orgs_users_grades_per_course_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerGradingPerCourseAPI
        """

        from .ai_analytics_perlearner_orgs_users_grades_per_course_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerlearnerGradingPerCourseAPI]:
        """Like `ai_analytics_perlearner_orgs_users_grades_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_grades_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_info_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> LearnerInformationAPI:
        """Retrieve detailed information about a specific learner.

        This endpoint returns personal and activity information about a learner, including profile data,
        activity metrics, and location information.

        Path Parameters:
        user_id (str): The username or email of the learner

        Query Parameters:
        meta (bool): Include additional analytics information when true

        Returns:
        Detailed learner information including:
        - Profile data (username, name, email)
        - Registration and activity dates
        - Activity metrics (assessments, time spent, videos watched)
        - Location and browser information (when available)

        Access Control:
        - Platform admins can access any learner
        - Learners can access their own information
        - Department admins can access learners in their departments

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/info`` (operation ``ai_analytics_perlearner_orgs_users_info_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            meta (AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LearnerInformationAPI
        """

        from .ai_analytics_perlearner_orgs_users_info_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_info_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[LearnerInformationAPI]:
        """Like `ai_analytics_perlearner_orgs_users_info_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_info_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_last_access_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerLearnerLastAccess:
        """Last course accessed by a learner, includes upto unit information as well

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/last-access`` (operation ``ai_analytics_perlearner_orgs_users_last_access_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerLearnerLastAccess
        """

        from .ai_analytics_perlearner_orgs_users_last_access_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_last_access_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerLearnerLastAccess]:
        """Like `ai_analytics_perlearner_orgs_users_last_access_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_last_access_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/overview/engagement-index`` (operation ``ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Value
        """

        from .ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """Like `ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """Get average grade value for platform, course, or user.

        This endpoint returns the average grade at different levels: - Platform level: Average grade
        across all courses - Course level: Average grade for a specific course - Learner level: Average
        grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
        course

        Query Parameters:
        course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email

        Returns:
        The average grade value based on the specified filters.

        Access Control:
        - Platform admins can access any grade data
        - Learners can access their own grade data

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/overview/grades/average`` (operation ``ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Average
        """

        from .ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """Like `ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """Evaluates performance index for platform, per course, per user and per user-per course

        Query Params course_id <optional> learner_id <optional>

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/overview/performance-index`` (operation ``ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Value
        """

        from .ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """Like `ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Time spent in secs on a per-day basis

        Query Params 1. course_id <optional> e.g course-v1:Org+Course4+Run 2. user_id <optional> e.g
        developer@ibleducation.com or dev123 (username|email) 3. start_date e.g 2020-10-01 4. end_date
        e.g 2020-10-10

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/overview/time/over-time`` (operation ``ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_videos_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.

        This endpoint provides daily counts of videos watched over a specified time period, with options
        to filter by course or user.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        Daily video watch counts over the specified time period.

        Default time range is the last 7 days if no dates are specified.

        Access Control:
        - Platform admins can access any video watch data
        - Learners can access their own video watch data

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/videos/over-time`` (operation ``ai_analytics_perlearner_orgs_users_videos_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .ai_analytics_perlearner_orgs_users_videos_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `ai_analytics_perlearner_orgs_users_videos_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_videos_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_videos_per_course_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerEngagementVideosWatchedPerCourse:
        """Summary Videos watched data for a learner per enrollment

        Query Params 1. user_id e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/videos/per-course`` (operation ``ai_analytics_perlearner_orgs_users_videos_per_course_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerEngagementVideosWatchedPerCourse
        """

        from .ai_analytics_perlearner_orgs_users_videos_per_course_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerEngagementVideosWatchedPerCourse]:
        """Like `ai_analytics_perlearner_orgs_users_videos_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_perlearner_orgs_users_videos_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_user_groups_orgs_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> GroupList:
        """Get a list of user groups with metrics and filtering options.

        This endpoint provides a paginated list of user groups with aggregated metrics about learner
        performance, course completions, and skill acquisition.

        This endpoint uses DM token authentication and respects department-based access controls.

        Query Parameters:
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page
        program (str, optional): Filter by program
        pathway (str, optional): Filter by pathway
        groups (list, optional): Filter by group names
        location (str, optional): Filter by location
        is_enrolled (bool, optional): Filter for groups with enrolled users
        start_date (date, optional): Filter by learner join date (start range)
        end_date (date, optional): Filter by learner join date (end range)

        Returns:
        A paginated list of user groups with comprehensive metrics.

        Access Control:
        - Platform admins can see all groups
        - Department admins can only see groups in their departments

        ``GET /api/ai-analytics/user-groups/orgs/{org}/`` (operation ``ai_analytics_user_groups_orgs_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (datetime.date | Unset):
            format_ (AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset):
            groups (list[str] | Unset):
            include_main_platform (bool | Unset):
            is_enrolled (bool | Unset):
            length (int | Unset):
            location (str | Unset):
            page (int | Unset):
            pathway (str | Unset):
            program (str | Unset):
            start_date (datetime.date | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GroupList
        """

        from .ai_analytics_user_groups_orgs_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=self._client,
        )

    async def ai_analytics_user_groups_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[GroupList]:
        """Like `ai_analytics_user_groups_orgs_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_analytics_user_groups_orgs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=self._client,
        )

    async def analytics_orgs_time_update_create(
        self,
        org: str,
        *,
        body: TimeSpentUpdateRequest,
    ) -> TimeSpentUpdateResponse:
        """Update time spent tracking data from client-side events.

        This endpoint receives time spent data collected on the client side and stores it in the
        analytics database. It requires a valid authentication token.

        Methods:
        POST: Submit time spent tracking data
        Returns:
        A response indicating success or failure:
        {
        "success": true|false,
        "message": "Error message if failed" (optional)
        }

        Error Responses:
        400 Bad Request: If the request data is invalid or the API is disabled

        Notes:
        This API must be enabled via the ENABLE_TIME_SPENT_UPDATE_API setting.

        ``POST /api/analytics/orgs/{org}/time/update/`` (operation ``analytics_orgs_time_update_create``)

        Args:
            org (str):
            body (TimeSpentUpdateRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeSpentUpdateResponse
        """

        from .analytics_orgs_time_update_create import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def analytics_orgs_time_update_create_detailed(
        self,
        org: str,
        *,
        body: TimeSpentUpdateRequest,
    ) -> Response[TimeSpentUpdateResponse]:
        """Like `analytics_orgs_time_update_create`, returning the whole `Response` and raising no status error."""
        from .analytics_orgs_time_update_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def analytics_time_spent_user_retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        include_main_platform: bool | Unset = True,
        learner_id: str | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        platform: None | str | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        url_: str | Unset = UNSET,
    ) -> TimeSpentPerUserResponse:
        """Get total time spent for current user

        Returns the total time spent (in seconds) for the current authenticated user.
        Can be filtered by platform, date range, course ID, URL, mentor UUID, and session UUID.

        ``GET /api/analytics/time-spent/user/`` (operation ``analytics_time_spent_user_retrieve``)

        Args:
            course_id (str | Unset):
            end_date (datetime.date | Unset):
            include_main_platform (bool | Unset):  Default: True.
            learner_id (str | Unset):
            mentor_uuid (str | Unset):
            platform (None | str | Unset):
            session_uuid (str | Unset):
            start_date (datetime.date | Unset):
            url_ (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeSpentPerUserResponse
        """

        from .analytics_time_spent_user_retrieve import asyncio

        return await asyncio(
            course_id=course_id,
            end_date=end_date,
            include_main_platform=include_main_platform,
            learner_id=learner_id,
            mentor_uuid=mentor_uuid,
            platform=platform,
            session_uuid=session_uuid,
            start_date=start_date,
            url_=url_,
            client=self._client,
        )

    async def analytics_time_spent_user_retrieve_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        include_main_platform: bool | Unset = True,
        learner_id: str | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        platform: None | str | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        url_: str | Unset = UNSET,
    ) -> Response[TimeSpentPerUserResponse]:
        """Like `analytics_time_spent_user_retrieve`, returning the whole `Response` and raising no status error."""
        from .analytics_time_spent_user_retrieve import asyncio_detailed

        return await asyncio_detailed(
            course_id=course_id,
            end_date=end_date,
            include_main_platform=include_main_platform,
            learner_id=learner_id,
            mentor_uuid=mentor_uuid,
            platform=platform,
            session_uuid=session_uuid,
            start_date=start_date,
            url_=url_,
            client=self._client,
        )

    async def audience_orgs_active_users_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset = "json",
        include_main_platform: bool | Unset = True,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get active user counts over time.

        This endpoint provides daily counts of active users (users with known activity) over a specified
        time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily active user counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        An active user is defined as a user with any activity within the past 30 days.

        ``GET /api/audience/orgs/{org}/active-users/over-time`` (operation ``audience_orgs_active_users_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset):  Default: 'json'.
            include_main_platform (bool | Unset):  Default: True.
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .audience_orgs_active_users_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_active_users_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset = "json",
        include_main_platform: bool | Unset = True,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `audience_orgs_active_users_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_active_users_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_active_users_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = "json",
        include_main_platform: bool | Unset = True,
        start_date: str | Unset = UNSET,
    ) -> ActiveUsersPerCourse:
        """Get active user counts on a per-course basis.

        This endpoint provides counts of active users for each course within the specified date range.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)

        Returns:
        A list of courses with their active user counts.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/audience/orgs/{org}/active-users/per-course`` (operation ``audience_orgs_active_users_per_course_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset):  Default: 'json'.
            include_main_platform (bool | Unset):  Default: True.
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ActiveUsersPerCourse
        """

        from .audience_orgs_active_users_per_course_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_active_users_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = "json",
        include_main_platform: bool | Unset = True,
        start_date: str | Unset = UNSET,
    ) -> Response[ActiveUsersPerCourse]:
        """Like `audience_orgs_active_users_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_active_users_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_active_users_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ActiveUsersList:
        """Get a list of active users with activity metrics.

        This endpoint provides a paginated list of users who have had activity within the specified date
        range.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)
        course_id (str, optional): Filter by course ID
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of active users with their activity metrics.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/audience/orgs/{org}/active-users/users`` (operation ``audience_orgs_active_users_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AudienceOrgsActiveUsersUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ActiveUsersList
        """

        from .audience_orgs_active_users_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def audience_orgs_active_users_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[ActiveUsersList]:
        """Like `audience_orgs_active_users_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_active_users_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def audience_orgs_enrollments_courses_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get enrollment or unenrollment counts over time.

        This endpoint provides daily counts of new enrollments or unenrollments over a specified time
        period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        active (bool): Get enrollments when true, unenrollments when false

        Returns:
        Daily counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/audience/orgs/{org}/enrollments/courses/{course_id}/over-time`` (operation ``audience_orgs_enrollments_courses_over_time_retrieve``)

        Args:
            org (str):
            course_id (str):
            active (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .audience_orgs_enrollments_courses_over_time_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_enrollments_courses_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `audience_orgs_enrollments_courses_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_enrollments_courses_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_enrollments_courses_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        active: AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> EnrollmentsPerUser:
        """List users enrolled in a specific course.

        This endpoint provides a list of users who are enrolled or unenrolled in a specified course.

        Query Parameters:
        course_id (str): The course ID to get enrollments for
        active (bool): Filter for active enrollments when true, inactive when false
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of users with:
        - Username
        - Full name
        - Email
        - Enrollment timestamp

        ``GET /api/audience/orgs/{org}/enrollments/courses/{course_id}/users`` (operation ``audience_orgs_enrollments_courses_users_retrieve``)

        Args:
            org (str):
            course_id (str):
            active (AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            EnrollmentsPerUser
        """

        from .audience_orgs_enrollments_courses_users_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_enrollments_courses_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        active: AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[EnrollmentsPerUser]:
        """Like `audience_orgs_enrollments_courses_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_enrollments_courses_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_enrollments_over_time_retrieve(
        self,
        org: str,
        *,
        active: AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get enrollment or unenrollment counts over time.

        This endpoint provides daily counts of new enrollments or unenrollments over a specified time
        period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        active (bool): Get enrollments when true, unenrollments when false

        Returns:
        Daily counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/audience/orgs/{org}/enrollments/over-time`` (operation ``audience_orgs_enrollments_over_time_retrieve``)

        Args:
            org (str):
            active (AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .audience_orgs_enrollments_over_time_retrieve import asyncio

        return await asyncio(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_enrollments_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        active: AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `audience_orgs_enrollments_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_enrollments_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_enrollments_per_course_retrieve(
        self,
        org: str,
        *,
        active: AudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Enrollments:
        """List enrollment statistics on a per-course basis.

        This endpoint provides enrollment counts for all courses, with options to filter for active or
        inactive enrollments and to include time-based data.

        Query Parameters:
        active (bool): Filter for active enrollments when true, inactive when false
        start_date (str, optional): Start date for time-based filtering (ISO format)
        end_date (str, optional): End date for time-based filtering (ISO format)
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with their enrollment counts and percentages.

        ``GET /api/audience/orgs/{org}/enrollments/per-course`` (operation ``audience_orgs_enrollments_per_course_retrieve``)

        Args:
            org (str):
            active (AudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Enrollments
        """

        from .audience_orgs_enrollments_per_course_retrieve import asyncio

        return await asyncio(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_enrollments_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        active: AudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Enrollments]:
        """Like `audience_orgs_enrollments_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_enrollments_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_registered_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.

        This endpoint returns a paginated list of all learners with key metrics including: - Enrollment
        counts - Completion counts - Time spent on platform

        Query Parameters:
        page (int): Page number for pagination
        length (int): Number of items per page
        search (str): Filter learners by username, email, or name

        Returns:
        A paginated list of learners with their associated metrics.

        ``GET /api/audience/orgs/{org}/registered-users/`` (operation ``audience_orgs_registered_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (AudienceOrgsRegisteredUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerUserList
        """

        from .audience_orgs_registered_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def audience_orgs_registered_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """Like `audience_orgs_registered_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_registered_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def audience_orgs_registered_users_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get registered user counts over time.

        This endpoint provides daily counts of new user registrations over a specified time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily registration counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/audience/orgs/{org}/registered-users/over-time`` (operation ``audience_orgs_registered_users_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .audience_orgs_registered_users_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_registered_users_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `audience_orgs_registered_users_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_registered_users_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_registered_users_per_course_retrieve(
        self,
        org: str,
        *,
        active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Enrollments:
        """List enrollment statistics on a per-course basis.

        This endpoint provides enrollment counts for all courses, with options to filter for active or
        inactive enrollments and to include time-based data.

        Query Parameters:
        active (bool): Filter for active enrollments when true, inactive when false
        start_date (str, optional): Start date for time-based filtering (ISO format)
        end_date (str, optional): End date for time-based filtering (ISO format)
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with their enrollment counts and percentages.

        ``GET /api/audience/orgs/{org}/registered-users/per-course`` (operation ``audience_orgs_registered_users_per_course_retrieve``)

        Args:
            org (str):
            active (AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Enrollments
        """

        from .audience_orgs_registered_users_per_course_retrieve import asyncio

        return await asyncio(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def audience_orgs_registered_users_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Enrollments]:
        """Like `audience_orgs_registered_users_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .audience_orgs_registered_users_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_activity_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> EngagementPerCourse:
        """Get engagement metrics on a per-course basis.

        This endpoint provides a paginated list of courses with engagement metrics including activity
        counts, time spent, and interaction data.

        Query Parameters:
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with their engagement metrics.

        ``GET /api/engagement/orgs/{org}/activity`` (operation ``engagement_orgs_activity_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (EngagementOrgsActivityRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            EngagementPerCourse
        """

        from .engagement_orgs_activity_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def engagement_orgs_activity_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[EngagementPerCourse]:
        """Like `engagement_orgs_activity_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_activity_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def engagement_orgs_course_completion_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Completion count per user per course across the platform

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/engagement/orgs/{org}/course_completion/over-time`` (operation ``engagement_orgs_course_completion_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .engagement_orgs_course_completion_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_course_completion_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `engagement_orgs_course_completion_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_course_completion_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_course_completion_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> CourseCompletionPerCourse:
        """List course completion metrics on a per-course basis.

        This endpoint provides a paginated table of courses with enrollment and completion statistics
        for each course.

        Returns:
        A paginated list of courses with:
        - Course identification (ID and name)
        - Enrollment count
        - Completion count
        - Average completion rate

        ``GET /api/engagement/orgs/{org}/course_completion/per-course`` (operation ``engagement_orgs_course_completion_per_course_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCompletionPerCourse
        """

        from .engagement_orgs_course_completion_per_course_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def engagement_orgs_course_completion_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[CourseCompletionPerCourse]:
        """Like `engagement_orgs_course_completion_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_course_completion_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def engagement_orgs_courses_time_average_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """Average time spent in secs on a per-day basis

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 3. course_id <optional>

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/time/average`` (operation ``engagement_orgs_courses_time_average_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsCoursesTimeAverageRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AverageOvertime
        """

        from .engagement_orgs_courses_time_average_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_average_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """Like `engagement_orgs_courses_time_average_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_time_average_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_detail_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> TimeDetail:
        """Time spent per course in secs in a tree like form

        Kwargs course_id e.g course-v1:Org+Course4+Run

        Query Params 1. start_date <optional> e.g 2020-10-01 2. end_date <optional> e.g 2020-10-10

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/time/detail`` (operation ``engagement_orgs_courses_time_detail_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeDetail
        """

        from .engagement_orgs_courses_time_detail_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def engagement_orgs_courses_time_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[TimeDetail]:
        """Like `engagement_orgs_courses_time_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_time_detail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def engagement_orgs_courses_time_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Time spent per course in secs on a per-day basis

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 Kwargs 3. course_id

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/time/over-time`` (operation ``engagement_orgs_courses_time_over_time_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .engagement_orgs_courses_time_over_time_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `engagement_orgs_courses_time_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_time_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentByUsersInCourse:
        """Time spent by users in a course

        Query Params course_id

        e.g course-v1:Org+Course4+Run

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/time/users`` (operation ``engagement_orgs_courses_time_users_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeSpentByUsersInCourse
        """

        from .engagement_orgs_courses_time_users_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentByUsersInCourse]:
        """Like `engagement_orgs_courses_time_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_time_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_users_detail_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerLearnerTimeSpentInCourseTree:
        """Time spent within a course in ordered hierarchical format

        Kwargs 1. course_id

        e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email) Query Params 3. start_date <optional> e.g 2020-10-01 4. end_date <optional> e.g
        2020-10-10

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/time/users/{user_id}/detail`` (operation ``engagement_orgs_courses_time_users_detail_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerLearnerTimeSpentInCourseTree
        """

        from .engagement_orgs_courses_time_users_detail_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_users_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerLearnerTimeSpentInCourseTree]:
        """Like `engagement_orgs_courses_time_users_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_time_users_detail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_users_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Time spent in secs on a per-day basis

        Query Params 1. course_id <optional> e.g course-v1:Org+Course4+Run 2. user_id <optional> e.g
        developer@ibleducation.com or dev123 (username|email) 3. start_date e.g 2020-10-01 4. end_date
        e.g 2020-10-10

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/time/users/{user_id}/over-time`` (operation ``engagement_orgs_courses_time_users_over_time_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .engagement_orgs_courses_time_users_over_time_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_time_users_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `engagement_orgs_courses_time_users_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_time_users_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_videos_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosSpecificCourse:
        """Get video engagement metrics for a specific course.

        This endpoint provides detailed video engagement statistics for a single course, including view
        counts, completion rates, and time spent on videos.

        Query Parameters:
        course_id (str): The course ID to get video engagement data for

        Returns:
        Detailed video engagement metrics for the specified course.

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/videos/`` (operation ``engagement_orgs_courses_videos_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (EngagementOrgsCoursesVideosRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VideosSpecificCourse
        """

        from .engagement_orgs_courses_videos_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def engagement_orgs_courses_videos_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosSpecificCourse]:
        """Like `engagement_orgs_courses_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def engagement_orgs_courses_videos_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.

        This endpoint provides daily counts of videos watched over a specified time period, with options
        to filter by course or user.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        Daily video watch counts over the specified time period.

        Default time range is the last 7 days if no dates are specified.

        Access Control:
        - Platform admins can access any video watch data
        - Learners can access their own video watch data

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/videos/over-time`` (operation ``engagement_orgs_courses_videos_over_time_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .engagement_orgs_courses_videos_over_time_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_videos_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `engagement_orgs_courses_videos_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_videos_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_courses_videos_summary_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosInCourseSummary:
        """Get a summary of video watch statistics for a specific course.

        This endpoint provides a structured summary of video watch data for a course, organized in a
        tree-like format by course sections and subsections.

        Query Parameters:
        course_id (str): The course ID to get video summary for

        Returns:
        A hierarchical structure of video watch data for the course, including:
        - Section and subsection organization
        - Video identification and metadata
        - Watch counts and completion rates

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/videos/summary`` (operation ``engagement_orgs_courses_videos_summary_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (EngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VideosInCourseSummary
        """

        from .engagement_orgs_courses_videos_summary_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def engagement_orgs_courses_videos_summary_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosInCourseSummary]:
        """Like `engagement_orgs_courses_videos_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_videos_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def engagement_orgs_courses_videos_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> WatchedVideosPerUser:
        """List of users' videos completed records for a specific course

        Kwargs course_id

        e.g course-v1:Org+Course4+Run

        ``GET /api/engagement/orgs/{org}/courses/{course_id}/videos/users`` (operation ``engagement_orgs_courses_videos_users_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (EngagementOrgsCoursesVideosUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WatchedVideosPerUser
        """

        from .engagement_orgs_courses_videos_users_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def engagement_orgs_courses_videos_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[WatchedVideosPerUser]:
        """Like `engagement_orgs_courses_videos_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_courses_videos_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def engagement_orgs_time_average_perlearner_percourse_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """Average time spent by a learner in enrolled courses. Gives a rough estimate of whats the average
        time that would be spent by a learner in a course

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10

        ``GET /api/engagement/orgs/{org}/time/average-perlearner-percourse`` (operation ``engagement_orgs_time_average_perlearner_percourse_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AverageOvertime
        """

        from .engagement_orgs_time_average_perlearner_percourse_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_time_average_perlearner_percourse_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """Like `engagement_orgs_time_average_perlearner_percourse_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_time_average_perlearner_percourse_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_time_average_with_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """Average time spent in secs on a per-day basis

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10 3. course_id <optional>

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/engagement/orgs/{org}/time/average-with-over-time`` (operation ``engagement_orgs_time_average_with_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AverageOvertime
        """

        from .engagement_orgs_time_average_with_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_time_average_with_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """Like `engagement_orgs_time_average_with_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_time_average_with_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_time_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get time spent on the platform over time.

        This endpoint provides daily time spent values (in seconds) across the platform over a specified
        time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily time spent values over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/engagement/orgs/{org}/time/over-time`` (operation ``engagement_orgs_time_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsTimeOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .engagement_orgs_time_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_time_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `engagement_orgs_time_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_time_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_time_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentPerCourse:
        """Get time spent statistics on a per-course basis.

        This endpoint provides a paginated list of courses with the total time spent by users in each
        course.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with:
        - Course identification (ID and name)
        - Total time spent (in seconds)
        - Formatted time spent (human-readable)
        - Percentage of total platform time

        ``GET /api/engagement/orgs/{org}/time/per-course`` (operation ``engagement_orgs_time_per_course_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsTimePerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeSpentPerCourse
        """

        from .engagement_orgs_time_per_course_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_time_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentPerCourse]:
        """Like `engagement_orgs_time_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_time_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_videos_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> VideoEngagementPerCourse:
        """Get video engagement metrics on a per-course basis.

        This endpoint provides a paginated list of courses with video engagement metrics including view
        counts, completion rates, and time spent on videos.

        Query Parameters:
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with their video engagement metrics.

        ``GET /api/engagement/orgs/{org}/videos/`` (operation ``engagement_orgs_videos_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (EngagementOrgsVideosRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VideoEngagementPerCourse
        """

        from .engagement_orgs_videos_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def engagement_orgs_videos_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[VideoEngagementPerCourse]:
        """Like `engagement_orgs_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def engagement_orgs_videos_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.

        This endpoint provides daily counts of videos watched over a specified time period, with options
        to filter by course or user.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        Daily video watch counts over the specified time period.

        Default time range is the last 7 days if no dates are specified.

        Access Control:
        - Platform admins can access any video watch data
        - Learners can access their own video watch data

        ``GET /api/engagement/orgs/{org}/videos/over-time`` (operation ``engagement_orgs_videos_over_time_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (EngagementOrgsVideosOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .engagement_orgs_videos_over_time_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def engagement_orgs_videos_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `engagement_orgs_videos_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .engagement_orgs_videos_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def overview_orgs_active_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get active user counts over time.

        This endpoint provides daily counts of active users (users with known activity) over a specified
        time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily active user counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        An active user is defined as a user with any activity within the past 30 days.

        ``GET /api/overview/orgs/{org}/active-users`` (operation ``overview_orgs_active_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (OverviewOrgsActiveUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .overview_orgs_active_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def overview_orgs_active_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `overview_orgs_active_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .overview_orgs_active_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def overview_orgs_average_grade_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """Get average grade value for platform, course, or user.

        This endpoint returns the average grade at different levels: - Platform level: Average grade
        across all courses - Course level: Average grade for a specific course - Learner level: Average
        grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
        course

        Query Parameters:
        course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email

        Returns:
        The average grade value based on the specified filters.

        Access Control:
        - Platform admins can access any grade data
        - Learners can access their own grade data

        ``GET /api/overview/orgs/{org}/average-grade`` (operation ``overview_orgs_average_grade_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (OverviewOrgsAverageGradeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Average
        """

        from .overview_orgs_average_grade_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def overview_orgs_average_grade_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """Like `overview_orgs_average_grade_retrieve`, returning the whole `Response` and raising no status error."""
        from .overview_orgs_average_grade_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def overview_orgs_courses_completions_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> CourseCompletionSummaryOvertime:
        """Get course completion summary metrics over time.

        This endpoint provides completion statistics across the platform over a specified time period,
        including daily completion counts and overall metrics.

        Query Parameters:
        start_date (str): Start date for the time range (ISO format)
        end_date (str): End date for the time range (ISO format)

        Returns:
        Completion data including:
        - Daily completion counts over time
        - Total unique user count
        - Total completion count
        - Completion percentage
        - Change metrics compared to previous periods

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/overview/orgs/{org}/courses/completions`` (operation ``overview_orgs_courses_completions_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (OverviewOrgsCoursesCompletionsRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseCompletionSummaryOvertime
        """

        from .overview_orgs_courses_completions_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def overview_orgs_courses_completions_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[CourseCompletionSummaryOvertime]:
        """Like `overview_orgs_courses_completions_retrieve`, returning the whole `Response` and raising no status error."""
        from .overview_orgs_courses_completions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def overview_orgs_learners_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.

        This endpoint returns a paginated list of all learners with key metrics including: - Enrollment
        counts - Completion counts - Time spent on platform

        Query Parameters:
        page (int): Page number for pagination
        length (int): Number of items per page
        search (str): Filter learners by username, email, or name

        Returns:
        A paginated list of learners with their associated metrics.

        ``GET /api/overview/orgs/{org}/learners`` (operation ``overview_orgs_learners_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (OverviewOrgsLearnersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerUserList
        """

        from .overview_orgs_learners_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def overview_orgs_learners_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """Like `overview_orgs_learners_retrieve`, returning the whole `Response` and raising no status error."""
        from .overview_orgs_learners_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def overview_orgs_most_active_courses_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentPerCourse:
        """Get time spent statistics on a per-course basis.

        This endpoint provides a paginated list of courses with the total time spent by users in each
        course.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)
        page (int, optional): Page number for pagination
        length (int, optional): Number of items per page

        Returns:
        A paginated list of courses with:
        - Course identification (ID and name)
        - Total time spent (in seconds)
        - Formatted time spent (human-readable)
        - Percentage of total platform time

        ``GET /api/overview/orgs/{org}/most-active-courses`` (operation ``overview_orgs_most_active_courses_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (OverviewOrgsMostActiveCoursesRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TimeSpentPerCourse
        """

        from .overview_orgs_most_active_courses_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def overview_orgs_most_active_courses_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentPerCourse]:
        """Like `overview_orgs_most_active_courses_retrieve`, returning the whole `Response` and raising no status error."""
        from .overview_orgs_most_active_courses_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    async def overview_orgs_registered_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """Get registered user counts over time.

        This endpoint provides daily counts of new user registrations over a specified time period.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)

        Returns:
        Daily registration counts over the specified time period, with change metrics
        compared to previous periods.

        Default time range is the last 7 days if no dates are specified.

        ``GET /api/overview/orgs/{org}/registered-users`` (operation ``overview_orgs_registered_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (OverviewOrgsRegisteredUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OvertimeWithChangeInfo
        """

        from .overview_orgs_registered_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def overview_orgs_registered_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """Like `overview_orgs_registered_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .overview_orgs_registered_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def performance_orgs_courses_grading_average_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """Get average grade value for platform, course, or user.

        This endpoint returns the average grade at different levels: - Platform level: Average grade
        across all courses - Course level: Average grade for a specific course - Learner level: Average
        grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
        course

        Query Parameters:
        course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email

        Returns:
        The average grade value based on the specified filters.

        Access Control:
        - Platform admins can access any grade data
        - Learners can access their own grade data

        ``GET /api/performance/orgs/{org}/courses/{course_id}/grading/average`` (operation ``performance_orgs_courses_grading_average_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (PerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Average
        """

        from .performance_orgs_courses_grading_average_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_average_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """Like `performance_orgs_courses_grading_average_retrieve`, returning the whole `Response` and raising no status error."""
        from .performance_orgs_courses_grading_average_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_average_with_cutoff_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> AvgCourseGradeWithCutoff:
        """Returns average course grade and grade cuttoff

        e.g ``` {
        "data": {
        "grade_cutoffs": {
        "A": 90,
        "B": 80,
        "C": 70,
        },
        "average_grade": 50.0,
        } } ```

        Kwargs course_id

        ``GET /api/performance/orgs/{org}/courses/{course_id}/grading/average-with-cutoff`` (operation ``performance_orgs_courses_grading_average_with_cutoff_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AvgCourseGradeWithCutoff
        """

        from .performance_orgs_courses_grading_average_with_cutoff_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_average_with_cutoff_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[AvgCourseGradeWithCutoff]:
        """Like `performance_orgs_courses_grading_average_with_cutoff_retrieve`, returning the whole `Response` and raising no status error."""
        from .performance_orgs_courses_grading_average_with_cutoff_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_detail_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> CourseGradingDetail:
        """Grading summary for the entire course overview in a tree-like format

        Kwargs course_id <required>

        ``GET /api/performance/orgs/{org}/courses/{course_id}/grading/detail`` (operation ``performance_orgs_courses_grading_detail_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseGradingDetail
        """

        from .performance_orgs_courses_grading_detail_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[CourseGradingDetail]:
        """Like `performance_orgs_courses_grading_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .performance_orgs_courses_grading_detail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_per_learner_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> GradingPerUser:
        """Grading information per enrolled user in a course

        Kwargs course_id <required>

        ``GET /api/performance/orgs/{org}/courses/{course_id}/grading/per-learner`` (operation ``performance_orgs_courses_grading_per_learner_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GradingPerUser
        """

        from .performance_orgs_courses_grading_per_learner_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_per_learner_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[GradingPerUser]:
        """Like `performance_orgs_courses_grading_per_learner_retrieve`, returning the whole `Response` and raising no status error."""
        from .performance_orgs_courses_grading_per_learner_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_summary_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> CourseGradeSummary:
        """Returns average grades across various assignment types in a course

        Query Params course_id

        Returns:
        dict
        {
        "data": [
        {
        "assignment_type': <str>,
        "weight": <float>,
        "average_weighted_grade": <float>,
        "average_section_grade": <float>
        }, ...
        ]
        }

        ``GET /api/performance/orgs/{org}/courses/{course_id}/grading/summary`` (operation ``performance_orgs_courses_grading_summary_retrieve``)

        Args:
            org (str):
            course_id (str):
            department_id (int | Unset):
            format_ (PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CourseGradeSummary
        """

        from .performance_orgs_courses_grading_summary_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_courses_grading_summary_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[CourseGradeSummary]:
        """Like `performance_orgs_courses_grading_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .performance_orgs_courses_grading_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_grading_average_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """Get average grade value for platform, course, or user.

        This endpoint returns the average grade at different levels: - Platform level: Average grade
        across all courses - Course level: Average grade for a specific course - Learner level: Average
        grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
        course

        Query Parameters:
        course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email

        Returns:
        The average grade value based on the specified filters.

        Access Control:
        - Platform admins can access any grade data
        - Learners can access their own grade data

        ``GET /api/performance/orgs/{org}/grading/average`` (operation ``performance_orgs_grading_average_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (PerformanceOrgsGradingAverageRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Average
        """

        from .performance_orgs_grading_average_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_grading_average_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """Like `performance_orgs_grading_average_retrieve`, returning the whole `Response` and raising no status error."""
        from .performance_orgs_grading_average_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def performance_orgs_grading_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> PerformanceGradesPerCourse:
        """List grade-related performance data for all courses.

        This endpoint provides a comprehensive view of grade performance across courses, including
        enrollment counts, pass rates, and average grades.

        Returns:
        A paginated list of courses with:
        - Course identification (ID and name)
        - Enrollment count
        - Number of students who passed
        - Average grade

        ``GET /api/performance/orgs/{org}/grading/per-course`` (operation ``performance_orgs_grading_per_course_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (PerformanceOrgsGradingPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerformanceGradesPerCourse
        """

        from .performance_orgs_grading_per_course_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def performance_orgs_grading_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[PerformanceGradesPerCourse]:
        """Like `performance_orgs_grading_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .performance_orgs_grading_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    async def perlearner_orgs_learners_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> NewPerLearnerList:
        """Enhanced API endpoint for listing learners with comprehensive filtering.

        This endpoint provides a paginated list of learners with detailed metrics and supports advanced
        filtering options. It uses DM token authentication and respects department-based access
        controls.

        Query Parameters:
        page (int): Page number for pagination
        length (int): Number of items per page
        search (str): Filter by username, email, or full name
        program (str): Filter by program
        location (str): Filter by location
        is_enrolled (bool): Filter for users with enrollments
        platform (str): Filter by platform
        start_date (date): Filter by join date (start range)
        end_date (date): Filter by join date (end range)

        Returns:
        A paginated list of learners with comprehensive metrics including:
        - Course enrollments and completions
        - Time spent on platform
        - Pathway progress
        - Certificate and skill information
        - Location data

        Access Control:
        - Platform admins can see all learners
        - Department admins can only see learners in their departments

        ``GET /api/perlearner/orgs/{org}/learners`` (operation ``perlearner_orgs_learners_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (datetime.date | Unset):
            format_ (PerlearnerOrgsLearnersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            is_enrolled (bool | Unset):
            length (int | Unset):
            location (str | Unset):
            page (int | Unset):
            platform (str | Unset):
            program (str | Unset):
            search (str | Unset):
            start_date (datetime.date | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            NewPerLearnerList
        """

        from .perlearner_orgs_learners_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_learners_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[NewPerLearnerList]:
        """Like `perlearner_orgs_learners_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_learners_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """List all learners on the platform with aggregated metrics.

        This endpoint returns a paginated list of all learners with key metrics including: - Enrollment
        counts - Completion counts - Time spent on platform

        Query Parameters:
        page (int): Page number for pagination
        length (int): Number of items per page
        search (str): Filter learners by username, email, or name

        Returns:
        A paginated list of learners with their associated metrics.

        ``GET /api/perlearner/orgs/{org}/users`` (operation ``perlearner_orgs_users_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (PerlearnerOrgsUsersRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            length (int | Unset):
            page (int | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerUserList
        """

        from .perlearner_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def perlearner_orgs_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """Like `perlearner_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    async def perlearner_orgs_users_activity_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> ActivityAPI:
        """Provides information on user enrollments

        Params user_id e.g developer@ibleducation.com| developer

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/activity/`` (operation ``perlearner_orgs_users_activity_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (PerlearnerOrgsUsersActivityRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ActivityAPI
        """

        from .perlearner_orgs_users_activity_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_activity_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[ActivityAPI]:
        """Like `perlearner_orgs_users_activity_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_activity_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_grading_cutoffs_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeWithCutOff:
        """Provides about a learner current grade in a course with the course cut Kwargs 1. course_id e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/cutoffs`` (operation ``perlearner_orgs_users_courses_grading_cutoffs_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerGradeWithCutOff
        """

        from .perlearner_orgs_users_courses_grading_cutoffs_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_grading_cutoffs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeWithCutOff]:
        """Like `perlearner_orgs_users_courses_grading_cutoffs_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_grading_cutoffs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_grading_detail_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> DetailedGradeView:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/detail`` (operation ``perlearner_orgs_users_courses_grading_detail_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            DetailedGradeView
        """

        from .perlearner_orgs_users_courses_grading_detail_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_grading_detail_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[DetailedGradeView]:
        """Like `perlearner_orgs_users_courses_grading_detail_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_grading_detail_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_grading_summary_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeSummary:
        """Query Params 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g
        developer@ibleducation.com or dev123 (username|email)

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/summary`` (operation ``perlearner_orgs_users_courses_grading_summary_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerGradeSummary
        """

        from .perlearner_orgs_users_courses_grading_summary_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_grading_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeSummary]:
        """Like `perlearner_orgs_users_courses_grading_summary_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_grading_summary_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_overview_engagement_index_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
    ) -> Value:
        """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days for a
        learner in a course

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/engagement-index`` (operation ``perlearner_orgs_users_courses_overview_engagement_index_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Value
        """

        from .perlearner_orgs_users_courses_overview_engagement_index_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_overview_engagement_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
    ) -> Response[Value]:
        """Like `perlearner_orgs_users_courses_overview_engagement_index_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_overview_engagement_index_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_overview_grade_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeWithCutOff:
        """Provides about a learner current grade in a course with the course cut Kwargs 1. course_id e.g
        course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/grade`` (operation ``perlearner_orgs_users_courses_overview_grade_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerGradeWithCutOff
        """

        from .perlearner_orgs_users_courses_overview_grade_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_overview_grade_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeWithCutOff]:
        """Like `perlearner_orgs_users_courses_overview_grade_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_overview_grade_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_overview_performance_index_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """Evaluates performance index for platform, per course, per user and per user-per course

        Query Params course_id <optional> learner_id <optional>

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index`` (operation ``perlearner_orgs_users_courses_overview_performance_index_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Value
        """

        from .perlearner_orgs_users_courses_overview_performance_index_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_overview_performance_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """Like `perlearner_orgs_users_courses_overview_performance_index_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_overview_performance_index_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_overview_time_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Time spent within a course in secs on a per-day basis

        Kwargs 1. course_id

        e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or dev123
        (username|email) Query Params 3. start_date e.g 2020-10-01 4. end_date e.g 2020-10-10

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/time/over-time`` (operation ``perlearner_orgs_users_courses_overview_time_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .perlearner_orgs_users_courses_overview_time_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_overview_time_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `perlearner_orgs_users_courses_overview_time_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_overview_time_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_videos_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerLearnerCourseVideosWatched:
        """List of videos within a course a learner has watched

        Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or
        dev123 (username|email)

        Default result when no query param is added is [], 0

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos`` (operation ``perlearner_orgs_users_courses_videos_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            format_ (PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerLearnerCourseVideosWatched
        """

        from .perlearner_orgs_users_courses_videos_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerLearnerCourseVideosWatched]:
        """Like `perlearner_orgs_users_courses_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_videos_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.

        This endpoint provides daily counts of videos watched over a specified time period, with options
        to filter by course or user.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        Daily video watch counts over the specified time period.

        Default time range is the last 7 days if no dates are specified.

        Access Control:
        - Platform admins can access any video watch data
        - Learners can access their own video watch data

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos/over-time`` (operation ``perlearner_orgs_users_courses_videos_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            course_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .perlearner_orgs_users_courses_videos_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_courses_videos_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `perlearner_orgs_users_courses_videos_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_courses_videos_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_grades_per_course_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerlearnerGradingPerCourseAPI:
        """Summary Grading Information for a learner on a per-enrollment basis

        Query Params 1. user_id e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/grades/per-course`` (operation ``perlearner_orgs_users_grades_per_course_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerGradingPerCourseAPI
        """

        from .perlearner_orgs_users_grades_per_course_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_grades_per_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerlearnerGradingPerCourseAPI]:
        """Like `perlearner_orgs_users_grades_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_grades_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_info_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: PerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> LearnerInformationAPI:
        """Retrieve detailed information about a specific learner.

        This endpoint returns personal and activity information about a learner, including profile data,
        activity metrics, and location information.

        Path Parameters:
        user_id (str): The username or email of the learner

        Query Parameters:
        meta (bool): Include additional analytics information when true

        Returns:
        Detailed learner information including:
        - Profile data (username, name, email)
        - Registration and activity dates
        - Activity metrics (assessments, time spent, videos watched)
        - Location and browser information (when available)

        Access Control:
        - Platform admins can access any learner
        - Learners can access their own information
        - Department admins can access learners in their departments

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/info`` (operation ``perlearner_orgs_users_info_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (PerlearnerOrgsUsersInfoRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            meta (PerlearnerOrgsUsersInfoRetrieveMeta | Unset):
            search (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LearnerInformationAPI
        """

        from .perlearner_orgs_users_info_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=self._client,
        )

    async def perlearner_orgs_users_info_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: PerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[LearnerInformationAPI]:
        """Like `perlearner_orgs_users_info_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_info_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=self._client,
        )

    async def perlearner_orgs_users_last_access_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerLearnerLastAccess:
        """Last course accessed by a learner, includes upto unit information as well

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/last-access`` (operation ``perlearner_orgs_users_last_access_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerLearnerLastAccess
        """

        from .perlearner_orgs_users_last_access_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_last_access_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerLearnerLastAccess]:
        """Like `perlearner_orgs_users_last_access_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_last_access_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_overview_engagement_index_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """Average of days with atleast an activity within ENGAGEMENT_INDEX_PERIOD consecutive days

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/overview/engagement-index`` (operation ``perlearner_orgs_users_overview_engagement_index_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Value
        """

        from .perlearner_orgs_users_overview_engagement_index_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_overview_engagement_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """Like `perlearner_orgs_users_overview_engagement_index_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_overview_engagement_index_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_overview_grades_average_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """Get average grade value for platform, course, or user.

        This endpoint returns the average grade at different levels: - Platform level: Average grade
        across all courses - Course level: Average grade for a specific course - Learner level: Average
        grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
        course

        Query Parameters:
        course_id (str, optional): Filter by course ID
        learner_id (str, optional): Filter by username or email

        Returns:
        The average grade value based on the specified filters.

        Access Control:
        - Platform admins can access any grade data
        - Learners can access their own grade data

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/overview/grades/average`` (operation ``perlearner_orgs_users_overview_grades_average_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            format_ (PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Average
        """

        from .perlearner_orgs_users_overview_grades_average_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_overview_grades_average_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """Like `perlearner_orgs_users_overview_grades_average_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_overview_grades_average_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def perlearner_orgs_users_overview_performance_index_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """Evaluates performance index for platform, per course, per user and per user-per course

        Query Params course_id <optional> learner_id <optional>

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/overview/performance-index`` (operation ``perlearner_orgs_users_overview_performance_index_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Value
        """

        from .perlearner_orgs_users_overview_performance_index_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_overview_performance_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """Like `perlearner_orgs_users_overview_performance_index_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_overview_performance_index_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_overview_time_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Time spent in secs on a per-day basis

        Query Params 1. course_id <optional> e.g course-v1:Org+Course4+Run 2. user_id <optional> e.g
        developer@ibleducation.com or dev123 (username|email) 3. start_date e.g 2020-10-01 4. end_date
        e.g 2020-10-10

        Default result when no query param is added is last_7_days (today inclusive)

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/overview/time/over-time`` (operation ``perlearner_orgs_users_overview_time_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .perlearner_orgs_users_overview_time_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_overview_time_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `perlearner_orgs_users_overview_time_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_overview_time_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_videos_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get video watch counts over time.

        This endpoint provides daily counts of videos watched over a specified time period, with options
        to filter by course or user.

        Query Parameters:
        start_date (str, optional): Start date for the time range (ISO format)
        end_date (str, optional): End date for the time range (ISO format)
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        Daily video watch counts over the specified time period.

        Default time range is the last 7 days if no dates are specified.

        Access Control:
        - Platform admins can access any video watch data
        - Learners can access their own video watch data

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/videos/over-time`` (operation ``perlearner_orgs_users_videos_over_time_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .perlearner_orgs_users_videos_over_time_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_videos_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `perlearner_orgs_users_videos_over_time_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_videos_over_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_videos_per_course_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerEngagementVideosWatchedPerCourse:
        """Summary Videos watched data for a learner per enrollment

        Query Params 1. user_id e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/perlearner/orgs/{org}/users/{user_id}/videos/per-course`` (operation ``perlearner_orgs_users_videos_per_course_retrieve``)

        Args:
            org (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerEngagementVideosWatchedPerCourse
        """

        from .perlearner_orgs_users_videos_per_course_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def perlearner_orgs_users_videos_per_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerEngagementVideosWatchedPerCourse]:
        """Like `perlearner_orgs_users_videos_per_course_retrieve`, returning the whole `Response` and raising no status error."""
        from .perlearner_orgs_users_videos_per_course_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def platform_orgs_retrieve(
        self,
        org: str,
    ) -> Any:
        """Get a list of registered users on the platform.

        This endpoint provides a list of all registered users with basic profile information including
        username, name, email, and registration date.

        Returns:
        A list of registered users with their profile information.

        ``GET /api/platform/orgs/{org}/`` (operation ``platform_orgs_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def platform_orgs_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `platform_orgs_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def platform_orgs_courses_count_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Count:
        """Get total count of courses on the platform.

        This endpoint returns the total number of courses available on the platform.

        Returns:
        The total count of courses on the platform.

        ``GET /api/platform/orgs/{org}/courses/count`` (operation ``platform_orgs_courses_count_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (PlatformOrgsCoursesCountRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Count
        """

        from .platform_orgs_courses_count_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def platform_orgs_courses_count_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Count]:
        """Like `platform_orgs_courses_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def platform_orgs_courses_grades_retrieve(
        self,
        org: str,
    ) -> Any:
        """List grading information on a per-course basis.

        This endpoint provides grading statistics for all courses, including average grades and
        completion rates.

        Returns:
        A list of courses with their associated grading metrics.

        ``GET /api/platform/orgs/{org}/courses/grades`` (operation ``platform_orgs_courses_grades_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_grades_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def platform_orgs_courses_grades_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_grades_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_grades_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def platform_orgs_courses_videos_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> WatchedVideosPerCourse:
        """Get video watch statistics on a per-course basis.

        This endpoint provides a list of courses with aggregated video watch metrics, including total
        views and completion percentages.

        Returns:
        A list of courses with:
        - Course identification (ID and name)
        - Video watch count
        - Percentage of total videos watched

        ``GET /api/platform/orgs/{org}/courses/videos`` (operation ``platform_orgs_courses_videos_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            format_ (PlatformOrgsCoursesVideosRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            WatchedVideosPerCourse
        """

        from .platform_orgs_courses_videos_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def platform_orgs_courses_videos_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[WatchedVideosPerCourse]:
        """Like `platform_orgs_courses_videos_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_videos_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def platform_orgs_courses_progress_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """Completion information per enrolled user

        Gives Percentage of units completed in course

        Query Params course_id <required> user_id <optional>

        ``GET /api/platform/orgs/{org}/courses/{course_id}/progress/`` (operation ``platform_orgs_courses_progress_retrieve``)

        Args:
            org (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_progress_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_progress_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_progress_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_average_days_to_complete_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """Average days used to complete a course

        Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run

        ``GET /api/platform/orgs/{org}/courses/{course_id}/progress/average-days-to-complete`` (operation ``platform_orgs_courses_progress_average_days_to_complete_retrieve``)

        Args:
            org (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_progress_average_days_to_complete_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_average_days_to_complete_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_progress_average_days_to_complete_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_progress_average_days_to_complete_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_average_time_to_complete_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """Average time used to complete a course in secs

        Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run

        ``GET /api/platform/orgs/{org}/courses/{course_id}/progress/average-time-to-complete`` (operation ``platform_orgs_courses_progress_average_time_to_complete_retrieve``)

        Args:
            org (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_progress_average_time_to_complete_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_average_time_to_complete_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_progress_average_time_to_complete_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_progress_average_time_to_complete_retrieve import (
            asyncio_detailed,
        )

        return await asyncio_detailed(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_completed_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """Get completion count statistics.

        This endpoint returns completion counts at different levels: - Platform level: Total users who
        have completed at least one course - Course level: Total completions for a specific course -
        Learner level: Total courses completed by a specific learner

        Query Parameters:
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        A count of completions based on the specified filters.

        ``GET /api/platform/orgs/{org}/courses/{course_id}/progress/completed`` (operation ``platform_orgs_courses_progress_completed_retrieve``)

        Args:
            org (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_progress_completed_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_completed_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_progress_completed_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_progress_completed_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_completion_rate_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """Average of total completed units

        ``GET /api/platform/orgs/{org}/courses/{course_id}/progress/completion-rate`` (operation ``platform_orgs_courses_progress_completion_rate_retrieve``)

        Args:
            org (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_progress_completion_rate_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_completion_rate_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_progress_completion_rate_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_progress_completion_rate_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_in_progress_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """In Progress means any unit completion in the past 30 days

        For platform :

        Total users who have atleast a course in_progress on the platform For course : Total users For
        learner : Total courses in progress

        Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run
        2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/platform/orgs/{org}/courses/{course_id}/progress/in-progress`` (operation ``platform_orgs_courses_progress_in_progress_retrieve``)

        Args:
            org (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_progress_in_progress_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_in_progress_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_progress_in_progress_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_progress_in_progress_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_started_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """Started means an enrollment

        For platform :

        Total users who have atleast an enrollment For course : Total users enrolled For learner : Total
        courses in progress

        Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run
        2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/platform/orgs/{org}/courses/{course_id}/progress/started`` (operation ``platform_orgs_courses_progress_started_retrieve``)

        Args:
            org (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_progress_started_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_progress_started_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_progress_started_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_progress_started_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_users_grades_passed_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
    ) -> Any:
        """Base class for API views that return a single count value.

        This class formats the response as {"data": {value_key: count}} where value_key is configurable
        (defaults to "count").

        Attributes:
        value_key: The key used in the response for the count value

        ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/grades/passed`` (operation ``platform_orgs_courses_users_grades_passed_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_users_grades_passed_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            client=self._client,
        )

    async def platform_orgs_courses_users_grades_passed_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_users_grades_passed_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_users_grades_passed_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            client=self._client,
        )

    async def platform_orgs_courses_users_progress_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerlearnerCourseProgress:
        """Gives Percentage of units completed in course for a specific learner

        ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/progress`` (operation ``platform_orgs_courses_users_progress_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):
            department_id (int | Unset):
            format_ (PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PerlearnerCourseProgress
        """

        from .platform_orgs_courses_users_progress_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def platform_orgs_courses_users_progress_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerlearnerCourseProgress]:
        """Like `platform_orgs_courses_users_progress_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_users_progress_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def platform_orgs_courses_users_progress_days_to_complete_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
    ) -> Any:
        """Average days used to complete a course

        Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run

        ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/progress/days-to-complete`` (operation ``platform_orgs_courses_users_progress_days_to_complete_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_users_progress_days_to_complete_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            client=self._client,
        )

    async def platform_orgs_courses_users_progress_days_to_complete_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_users_progress_days_to_complete_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_users_progress_days_to_complete_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            client=self._client,
        )

    async def platform_orgs_courses_users_time_count_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Count:
        """Time spent count in seconds within a course by a learner

        ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/time/count`` (operation ``platform_orgs_courses_users_time_count_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Count
        """

        from .platform_orgs_courses_users_time_count_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def platform_orgs_courses_users_time_count_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Count]:
        """Like `platform_orgs_courses_users_time_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_users_time_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def platform_orgs_courses_users_videos_count_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosCount:
        """(Total videos watched / Total Course Videos) or Total Videos watched in a course by a learner

        ``GET /api/platform/orgs/{org}/courses/{course_id}/users/{user_id}/videos/count`` (operation ``platform_orgs_courses_users_videos_count_retrieve``)

        Args:
            org (str):
            course_id (str):
            user_id (str):
            department_id (int | Unset):
            format_ (PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset):
            include_main_platform (bool | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VideosCount
        """

        from .platform_orgs_courses_users_videos_count_retrieve import asyncio

        return await asyncio(
            org,
            course_id,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def platform_orgs_courses_users_videos_count_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosCount]:
        """Like `platform_orgs_courses_users_videos_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_users_videos_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    async def platform_orgs_courses_videos_retrieve2(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """Count of total videos in a course

        Query Params course_id

        e.g course-v1:Org+Course4+Run

        ``GET /api/platform/orgs/{org}/courses/{course_id}/videos/`` (operation ``platform_orgs_courses_videos_retrieve2``)

        Args:
            org (str):
            course_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_courses_videos_retrieve2 import asyncio

        return await asyncio(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_courses_videos_retrieve2_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """Like `platform_orgs_courses_videos_retrieve2`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_courses_videos_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            course_id,
            client=self._client,
        )

    async def platform_orgs_progress_completed_retrieve(
        self,
        org: str,
    ) -> Any:
        """Get completion count statistics.

        This endpoint returns completion counts at different levels: - Platform level: Total users who
        have completed at least one course - Course level: Total completions for a specific course -
        Learner level: Total courses completed by a specific learner

        Query Parameters:
        course_id (str, optional): Filter by course ID
        user_id (str, optional): Filter by username or email

        Returns:
        A count of completions based on the specified filters.

        ``GET /api/platform/orgs/{org}/progress/completed`` (operation ``platform_orgs_progress_completed_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_progress_completed_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def platform_orgs_progress_completed_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `platform_orgs_progress_completed_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_progress_completed_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def platform_orgs_progress_completion_rate_retrieve(
        self,
        org: str,
    ) -> Any:
        """Average of total completed units

        ``GET /api/platform/orgs/{org}/progress/completion-rate`` (operation ``platform_orgs_progress_completion_rate_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_progress_completion_rate_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def platform_orgs_progress_completion_rate_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `platform_orgs_progress_completion_rate_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_progress_completion_rate_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def platform_orgs_progress_in_progress_retrieve(
        self,
        org: str,
    ) -> Any:
        """In Progress means any unit completion in the past 30 days

        For platform :

        Total users who have atleast a course in_progress on the platform For course : Total users For
        learner : Total courses in progress

        Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run
        2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/platform/orgs/{org}/progress/in-progress`` (operation ``platform_orgs_progress_in_progress_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_progress_in_progress_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def platform_orgs_progress_in_progress_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `platform_orgs_progress_in_progress_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_progress_in_progress_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def platform_orgs_progress_started_retrieve(
        self,
        org: str,
    ) -> Any:
        """Started means an enrollment

        For platform :

        Total users who have atleast an enrollment For course : Total users enrolled For learner : Total
        courses in progress

        Query Params
        1. course_id <optional> e.g course-v1:Org+Course4+Run
        2. user_id <optional> e.g developer@ibleducation.com or dev123 (username|email)

        ``GET /api/platform/orgs/{org}/progress/started`` (operation ``platform_orgs_progress_started_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_progress_started_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def platform_orgs_progress_started_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `platform_orgs_progress_started_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_progress_started_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def platform_orgs_time_count_retrieve(
        self,
        org: str,
    ) -> Any:
        """Total time spent count on the platform within specified range or all time

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10

        Default result is all time

        ``GET /api/platform/orgs/{org}/time/count`` (operation ``platform_orgs_time_count_retrieve``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .platform_orgs_time_count_retrieve import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def platform_orgs_time_count_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `platform_orgs_time_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_time_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def platform_orgs_users_active_count_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersActiveCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get count of active users on the platform.

        This endpoint returns the number of users who have had activity on the platform, either for all
        time or within a specified date range.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)

        Returns:
        The count of active users and change metrics compared to previous periods.

        Default behavior returns the count for all time if no date range is specified.

        ``GET /api/platform/orgs/{org}/users/active/count`` (operation ``platform_orgs_users_active_count_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PlatformOrgsUsersActiveCountRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .platform_orgs_users_active_count_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def platform_orgs_users_active_count_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersActiveCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `platform_orgs_users_active_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_users_active_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def platform_orgs_users_count_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Get count of registered users on the platform.

        This endpoint returns the number of users registered on the platform, either for all time or
        within a specified date range.

        Query Parameters:
        start_date (str, optional): Start date for filtering (ISO format)
        end_date (str, optional): End date for filtering (ISO format)

        Returns:
        The count of registered users and change metrics compared to previous periods.

        Default behavior returns the count for all time if no date range is specified.

        ``GET /api/platform/orgs/{org}/users/count`` (operation ``platform_orgs_users_count_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PlatformOrgsUsersCountRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .platform_orgs_users_count_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def platform_orgs_users_count_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `platform_orgs_users_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_users_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def platform_orgs_users_courses_completed_count_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """Count of users who have completed a course on the platform within specified range or all time

        Query Params 1. start_date e.g 2020-10-01 2. end_date e.g 2020-10-10

        Default is all time

        ``GET /api/platform/orgs/{org}/users/courses-completed/count`` (operation ``platform_orgs_users_courses_completed_count_retrieve``)

        Args:
            org (str):
            department_id (int | Unset):
            end_date (str | Unset):
            format_ (PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset):
            include_main_platform (bool | Unset):
            start_date (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OverTimeWithTotal
        """

        from .platform_orgs_users_courses_completed_count_retrieve import asyncio

        return await asyncio(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    async def platform_orgs_users_courses_completed_count_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """Like `platform_orgs_users_courses_completed_count_retrieve`, returning the whole `Response` and raising no status error."""
        from .platform_orgs_users_courses_completed_count_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )


class AiAnalyticsApi:
    """The ``ai_analytics`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_analytics_audience_orgs_active_users_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_active_users_over_time_retrieve`."""
        from .ai_analytics_audience_orgs_active_users_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_active_users_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_active_users_over_time_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_active_users_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_active_users_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> ActiveUsersPerCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_active_users_per_course_retrieve`."""
        from .ai_analytics_audience_orgs_active_users_per_course_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_active_users_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[ActiveUsersPerCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_active_users_per_course_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_active_users_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_active_users_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ActiveUsersList:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_active_users_users_retrieve`."""
        from .ai_analytics_audience_orgs_active_users_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_audience_orgs_active_users_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[ActiveUsersList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_active_users_users_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_active_users_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve`."""
        from .ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve import sync

        return sync(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_enrollments_courses_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> EnrollmentsPerUser:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_enrollments_courses_users_retrieve`."""
        from .ai_analytics_audience_orgs_enrollments_courses_users_retrieve import sync

        return sync(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_enrollments_courses_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[EnrollmentsPerUser]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_enrollments_courses_users_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_enrollments_courses_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_enrollments_over_time_retrieve(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_enrollments_over_time_retrieve`."""
        from .ai_analytics_audience_orgs_enrollments_over_time_retrieve import sync

        return sync(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_enrollments_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_enrollments_over_time_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_enrollments_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_enrollments_per_course_retrieve(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Enrollments:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_enrollments_per_course_retrieve`."""
        from .ai_analytics_audience_orgs_enrollments_per_course_retrieve import sync

        return sync(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_enrollments_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Enrollments]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_enrollments_per_course_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_enrollments_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_registered_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_registered_users_retrieve`."""
        from .ai_analytics_audience_orgs_registered_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def ai_analytics_audience_orgs_registered_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_registered_users_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_registered_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def ai_analytics_audience_orgs_registered_users_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_registered_users_over_time_retrieve`."""
        from .ai_analytics_audience_orgs_registered_users_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_registered_users_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_registered_users_over_time_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_registered_users_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_registered_users_per_course_retrieve(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Enrollments:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_registered_users_per_course_retrieve`."""
        from .ai_analytics_audience_orgs_registered_users_per_course_retrieve import sync

        return sync(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_audience_orgs_registered_users_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        active: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Enrollments]:
        """See `AsyncAiAnalyticsApi.ai_analytics_audience_orgs_registered_users_per_course_retrieve_detailed`."""
        from .ai_analytics_audience_orgs_registered_users_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_costs_pertenant_list(
        self,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> list[CostPerTenant]:
        """See `AsyncAiAnalyticsApi.ai_analytics_costs_pertenant_list`."""
        from .ai_analytics_costs_pertenant_list import sync

        return sync(
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_costs_pertenant_list_detailed(
        self,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[list[CostPerTenant]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_costs_pertenant_list_detailed`."""
        from .ai_analytics_costs_pertenant_list import sync_detailed

        return sync_detailed(
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_departments_orgs_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsDepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> GroupList:
        """See `AsyncAiAnalyticsApi.ai_analytics_departments_orgs_retrieve`."""
        from .ai_analytics_departments_orgs_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_departments_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        departments: list[str] | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsDepartmentsOrgsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[GroupList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_departments_orgs_retrieve_detailed`."""
        from .ai_analytics_departments_orgs_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            departments=departments,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_activity_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> EngagementPerCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_activity_retrieve`."""
        from .ai_analytics_engagement_orgs_activity_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_activity_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[EngagementPerCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_activity_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_activity_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_course_completion_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_course_completion_over_time_retrieve`."""
        from .ai_analytics_engagement_orgs_course_completion_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_course_completion_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_course_completion_over_time_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_course_completion_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_course_completion_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> CourseCompletionPerCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_course_completion_per_course_retrieve`."""
        from .ai_analytics_engagement_orgs_course_completion_per_course_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_course_completion_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[CourseCompletionPerCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_course_completion_per_course_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_course_completion_per_course_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_average_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_average_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_time_average_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_average_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_average_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_time_average_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_detail_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> TimeDetail:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_detail_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_time_detail_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[TimeDetail]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_detail_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_time_detail_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_over_time_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_time_over_time_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_over_time_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_time_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentByUsersInCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_users_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_time_users_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentByUsersInCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_users_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_time_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_users_detail_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerLearnerTimeSpentInCourseTree:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_users_detail_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_time_users_detail_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerLearnerTimeSpentInCourseTree]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_time_users_detail_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_videos_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosSpecificCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_videos_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_videos_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_videos_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosSpecificCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_videos_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_videos_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_videos_over_time_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_videos_over_time_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_videos_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_videos_summary_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosInCourseSummary:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_videos_summary_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_videos_summary_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_videos_summary_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosInCourseSummary]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_videos_summary_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_videos_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_videos_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> WatchedVideosPerUser:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_videos_users_retrieve`."""
        from .ai_analytics_engagement_orgs_courses_videos_users_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_courses_videos_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[WatchedVideosPerUser]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_courses_videos_users_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_courses_videos_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve`."""
        from .ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_time_average_with_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_time_average_with_over_time_retrieve`."""
        from .ai_analytics_engagement_orgs_time_average_with_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_time_average_with_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_time_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_time_over_time_retrieve`."""
        from .ai_analytics_engagement_orgs_time_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_time_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_time_over_time_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_time_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_time_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentPerCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_time_per_course_retrieve`."""
        from .ai_analytics_engagement_orgs_time_per_course_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_time_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentPerCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_time_per_course_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_time_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_videos_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> VideoEngagementPerCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_videos_retrieve`."""
        from .ai_analytics_engagement_orgs_videos_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_videos_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[VideoEngagementPerCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_videos_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_videos_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_videos_over_time_retrieve`."""
        from .ai_analytics_engagement_orgs_videos_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_engagement_orgs_videos_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.ai_analytics_engagement_orgs_videos_over_time_retrieve_detailed`."""
        from .ai_analytics_engagement_orgs_videos_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_average_messages_per_session_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> list[MessageStatistics]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_average_messages_per_session_list`."""
        from .ai_analytics_orgs_users_average_messages_per_session_list import sync

        return sync(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_average_messages_per_session_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[MessageStatistics]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_average_messages_per_session_list_detailed`."""
        from .ai_analytics_orgs_users_average_messages_per_session_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_filter_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        monthly_range: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> ChatHistoryFilterData:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_filter_retrieve`."""
        from .ai_analytics_orgs_users_chat_history_filter_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            monthly_range=monthly_range,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_filter_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        monthly_range: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[ChatHistoryFilterData]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_filter_retrieve_detailed`."""
        from .ai_analytics_orgs_users_chat_history_filter_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            monthly_range=monthly_range,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> PaginatedConversationsList:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_list`."""
        from .ai_analytics_orgs_users_chat_history_list import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[PaginatedConversationsList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_list_detailed`."""
        from .ai_analytics_orgs_users_chat_history_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Conversations]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_analytics_orgs_users_chat_history_list import sync

        return paginate(
            sync,
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_analytics_orgs_users_chat_history_create(
        self,
        org: str,
        user_id: str,
        *,
        body: ConversationsRequest,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Conversations:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_create`."""
        from .ai_analytics_orgs_users_chat_history_create import sync

        return sync(
            org,
            user_id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: ConversationsRequest,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Conversations]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_create_detailed`."""
        from .ai_analytics_orgs_users_chat_history_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_retrieve(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Conversations:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_retrieve`."""
        from .ai_analytics_orgs_users_chat_history_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Conversations]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_retrieve_detailed`."""
        from .ai_analytics_orgs_users_chat_history_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_update(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        body: ConversationsRequest,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Conversations:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_update`."""
        from .ai_analytics_orgs_users_chat_history_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_update_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        body: ConversationsRequest,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Conversations]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_update_detailed`."""
        from .ai_analytics_orgs_users_chat_history_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_destroy(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_destroy`."""
        from .ai_analytics_orgs_users_chat_history_destroy import sync

        return sync(
            org,
            user_id,
            id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_destroy_detailed`."""
        from .ai_analytics_orgs_users_chat_history_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_partial_update(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        body: PatchedConversationsRequest | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Conversations:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_partial_update`."""
        from .ai_analytics_orgs_users_chat_history_partial_update import sync

        return sync(
            org,
            user_id,
            id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_chat_history_partial_update_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
        *,
        body: PatchedConversationsRequest | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        filter_user_id: str | Unset = UNSET,
        mentor: str | Unset = UNSET,
        sentiment: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[Conversations]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_chat_history_partial_update_detailed`."""
        from .ai_analytics_orgs_users_chat_history_partial_update import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            body=body,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_conversation_summary_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> ConversationSummary:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_conversation_summary_retrieve`."""
        from .ai_analytics_orgs_users_conversation_summary_retrieve import sync

        return sync(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_conversation_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> Response[ConversationSummary]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_conversation_summary_retrieve_detailed`."""
        from .ai_analytics_orgs_users_conversation_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_conversation_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> list[ConversationVolume]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_conversation_list`."""
        from .ai_analytics_orgs_users_conversation_list import sync

        return sync(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_conversation_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[ConversationVolume]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_conversation_list_detailed`."""
        from .ai_analytics_orgs_users_conversation_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_costs_model_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> ModelCost:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_costs_model_retrieve`."""
        from .ai_analytics_orgs_users_costs_model_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_costs_model_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[ModelCost]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_costs_model_retrieve_detailed`."""
        from .ai_analytics_orgs_users_costs_model_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_costs_permentor_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> TenantMentorTraces:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_costs_permentor_retrieve`."""
        from .ai_analytics_orgs_users_costs_permentor_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_costs_permentor_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[TenantMentorTraces]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_costs_permentor_retrieve_detailed`."""
        from .ai_analytics_orgs_users_costs_permentor_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_costs_peruser_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> LLMTracesListResponse:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_costs_peruser_retrieve`."""
        from .ai_analytics_orgs_users_costs_peruser_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_costs_peruser_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[LLMTracesListResponse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_costs_peruser_retrieve_detailed`."""
        from .ai_analytics_orgs_users_costs_peruser_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_mentor_detail_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> MentorDetailAnalytics:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_mentor_detail_retrieve`."""
        from .ai_analytics_orgs_users_mentor_detail_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_mentor_detail_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[MentorDetailAnalytics]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_mentor_detail_retrieve_detailed`."""
        from .ai_analytics_orgs_users_mentor_detail_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_mentor_summary_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> MentorDetailAnalytics:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_mentor_summary_retrieve`."""
        from .ai_analytics_orgs_users_mentor_summary_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_mentor_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[MentorDetailAnalytics]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_mentor_summary_retrieve_detailed`."""
        from .ai_analytics_orgs_users_mentor_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_mentors_cost_retrieve(
        self,
        org: str,
        user_id: str,
        mentor_unique_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Cost:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_mentors_cost_retrieve`."""
        from .ai_analytics_orgs_users_mentors_cost_retrieve import sync

        return sync(
            org,
            user_id,
            mentor_unique_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_mentors_cost_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        mentor_unique_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[Cost]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_mentors_cost_retrieve_detailed`."""
        from .ai_analytics_orgs_users_mentors_cost_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor_unique_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_most_discussed_topics_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> list[TopicRecord]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_most_discussed_topics_list`."""
        from .ai_analytics_orgs_users_most_discussed_topics_list import sync

        return sync(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_most_discussed_topics_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[TopicRecord]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_most_discussed_topics_list_detailed`."""
        from .ai_analytics_orgs_users_most_discussed_topics_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_observations_list(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedObservationList:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_observations_list`."""
        from .ai_analytics_orgs_users_observations_list import sync

        return sync(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_analytics_orgs_users_observations_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedObservationList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_observations_list_detailed`."""
        from .ai_analytics_orgs_users_observations_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_analytics_orgs_users_observations_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Observation]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_observations_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_analytics_orgs_users_observations_list import sync

        return paginate(
            sync,
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_analytics_orgs_users_observations_retrieve(
        self,
        org: str,
        user_id: str,
        id: str,
    ) -> Observation:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_observations_retrieve`."""
        from .ai_analytics_orgs_users_observations_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_analytics_orgs_users_observations_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
    ) -> Response[Observation]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_observations_retrieve_detailed`."""
        from .ai_analytics_orgs_users_observations_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_analytics_orgs_users_overview_summary_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> AnalyticsOverview:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_overview_summary_retrieve`."""
        from .ai_analytics_orgs_users_overview_summary_retrieve import sync

        return sync(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_overview_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> Response[AnalyticsOverview]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_overview_summary_retrieve_detailed`."""
        from .ai_analytics_orgs_users_overview_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_rating_summary_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> list[RatingRecord]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_rating_summary_list`."""
        from .ai_analytics_orgs_users_rating_summary_list import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_rating_summary_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[RatingRecord]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_rating_summary_list_detailed`."""
        from .ai_analytics_orgs_users_rating_summary_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_registered_users_trend_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> list[TrendEntry]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_registered_users_trend_list`."""
        from .ai_analytics_orgs_users_registered_users_trend_list import sync

        return sync(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_registered_users_trend_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[TrendEntry]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_registered_users_trend_list_detailed`."""
        from .ai_analytics_orgs_users_registered_users_trend_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_sentiment_count_list(
        self,
        org: str,
        user_id: str,
        *,
        period: str | Unset = UNSET,
    ) -> list[UserSentimentCountView]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_sentiment_count_list`."""
        from .ai_analytics_orgs_users_sentiment_count_list import sync

        return sync(
            org,
            user_id,
            period=period,
            client=self._client,
        )

    def ai_analytics_orgs_users_sentiment_count_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        period: str | Unset = UNSET,
    ) -> Response[list[UserSentimentCountView]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_sentiment_count_list_detailed`."""
        from .ai_analytics_orgs_users_sentiment_count_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            period=period,
            client=self._client,
        )

    def ai_analytics_orgs_users_tenant_cost_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Cost:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_tenant_cost_retrieve`."""
        from .ai_analytics_orgs_users_tenant_cost_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_tenant_cost_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
    ) -> Response[Cost]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_tenant_cost_retrieve_detailed`."""
        from .ai_analytics_orgs_users_tenant_cost_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_top_students_by_chat_messages_list(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
    ) -> list[StudentChatMessage]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_top_students_by_chat_messages_list`."""
        from .ai_analytics_orgs_users_top_students_by_chat_messages_list import sync

        return sync(
            org,
            user_id,
            group_by=group_by,
            client=self._client,
        )

    def ai_analytics_orgs_users_top_students_by_chat_messages_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
    ) -> Response[list[StudentChatMessage]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_top_students_by_chat_messages_list_detailed`."""
        from .ai_analytics_orgs_users_top_students_by_chat_messages_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            group_by=group_by,
            client=self._client,
        )

    def ai_analytics_orgs_users_topic_overview_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: str | Unset = UNSET,
    ) -> TopicStatisticsResponse:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_topic_overview_retrieve`."""
        from .ai_analytics_orgs_users_topic_overview_retrieve import sync

        return sync(
            org,
            user_id,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_topic_overview_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        mentor_id: str | Unset = UNSET,
    ) -> Response[TopicStatisticsResponse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_topic_overview_retrieve_detailed`."""
        from .ai_analytics_orgs_users_topic_overview_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_topic_statistics_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PaginatedTopicStatisticsResponse:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_topic_statistics_retrieve`."""
        from .ai_analytics_orgs_users_topic_statistics_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_topic_statistics_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PaginatedTopicStatisticsResponse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_topic_statistics_retrieve_detailed`."""
        from .ai_analytics_orgs_users_topic_statistics_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_topic_statistics_retrieve_iter(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[TopicStatistics]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_topic_statistics_retrieve_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_analytics_orgs_users_topic_statistics_retrieve import sync

        return paginate(
            sync,
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_analytics_orgs_users_topics_summary_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> list[TopicSummaryView]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_topics_summary_list`."""
        from .ai_analytics_orgs_users_topics_summary_list import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_topics_summary_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[list[TopicSummaryView]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_topics_summary_list_detailed`."""
        from .ai_analytics_orgs_users_topics_summary_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_total_users_by_mentor_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> list[UserChatByPeriod]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_total_users_by_mentor_list`."""
        from .ai_analytics_orgs_users_total_users_by_mentor_list import sync

        return sync(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_total_users_by_mentor_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[list[UserChatByPeriod]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_total_users_by_mentor_list_detailed`."""
        from .ai_analytics_orgs_users_total_users_by_mentor_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_traces_list(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PaginatedTraceList:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_traces_list`."""
        from .ai_analytics_orgs_users_traces_list import sync

        return sync(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_analytics_orgs_users_traces_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PaginatedTraceList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_traces_list_detailed`."""
        from .ai_analytics_orgs_users_traces_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
        )

    def ai_analytics_orgs_users_traces_list_iter(
        self,
        org: str,
        user_id: str,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[Trace]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_traces_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .ai_analytics_orgs_users_traces_list import sync

        return paginate(
            sync,
            org,
            user_id,
            limit=limit,
            offset=offset,
            ordering=ordering,
            search=search,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def ai_analytics_orgs_users_traces_retrieve(
        self,
        org: str,
        user_id: str,
        id: str,
    ) -> Trace:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_traces_retrieve`."""
        from .ai_analytics_orgs_users_traces_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_analytics_orgs_users_traces_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: str,
    ) -> Response[Trace]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_traces_retrieve_detailed`."""
        from .ai_analytics_orgs_users_traces_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            client=self._client,
        )

    def ai_analytics_orgs_users_transcripts_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> list[ConversationMessage]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_transcripts_list`."""
        from .ai_analytics_orgs_users_transcripts_list import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            mentor=mentor,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_transcripts_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topics: str | Unset = UNSET,
    ) -> Response[list[ConversationMessage]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_transcripts_list_detailed`."""
        from .ai_analytics_orgs_users_transcripts_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            mentor=mentor,
            start_date=start_date,
            topics=topics,
            client=self._client,
        )

    def ai_analytics_orgs_users_usage_summary_list(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> list[UserCountRecord]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_usage_summary_list`."""
        from .ai_analytics_orgs_users_usage_summary_list import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_usage_summary_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[UserCountRecord]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_usage_summary_list_detailed`."""
        from .ai_analytics_orgs_users_usage_summary_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_cohorts_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> UserTrendByPeriod:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_cohorts_over_time_retrieve`."""
        from .ai_analytics_orgs_users_user_cohorts_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_cohorts_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[UserTrendByPeriod]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_cohorts_over_time_retrieve_detailed`."""
        from .ai_analytics_orgs_users_user_cohorts_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_cost_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        username: str,
    ) -> Cost:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_cost_retrieve`."""
        from .ai_analytics_orgs_users_user_cost_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            username=username,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_cost_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: datetime.datetime,
        start_date: datetime.datetime,
        username: str,
    ) -> Response[Cost]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_cost_retrieve_detailed`."""
        from .ai_analytics_orgs_users_user_cost_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            username=username,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_feedback_list(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> list[UserChatFeedbackCount]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_feedback_list`."""
        from .ai_analytics_orgs_users_user_feedback_list import sync

        return sync(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_feedback_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        aggregation: str | Unset = UNSET,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[list[UserChatFeedbackCount]]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_feedback_list_detailed`."""
        from .ai_analytics_orgs_users_user_feedback_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_metrics_pie_chart_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> PieChartData:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_metrics_pie_chart_retrieve`."""
        from .ai_analytics_orgs_users_user_metrics_pie_chart_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_metrics_pie_chart_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        mentor_id: str | Unset = UNSET,
        start_date: str,
    ) -> Response[PieChartData]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_metrics_pie_chart_retrieve_detailed`."""
        from .ai_analytics_orgs_users_user_metrics_pie_chart_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_metrics_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> UserMetricsResponse:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_metrics_retrieve`."""
        from .ai_analytics_orgs_users_user_metrics_retrieve import sync

        return sync(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_metrics_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        group_by: str | Unset = UNSET,
        mentor_id: str | Unset = UNSET,
    ) -> Response[UserMetricsResponse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_metrics_retrieve_detailed`."""
        from .ai_analytics_orgs_users_user_metrics_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            group_by=group_by,
            mentor_id=mentor_id,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_sentiment_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> SentimentSummary:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_sentiment_retrieve`."""
        from .ai_analytics_orgs_users_user_sentiment_retrieve import sync

        return sync(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_orgs_users_user_sentiment_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        end_date: str,
        group_by: str | Unset = UNSET,
        start_date: str,
    ) -> Response[SentimentSummary]:
        """See `AsyncAiAnalyticsApi.ai_analytics_orgs_users_user_sentiment_retrieve_detailed`."""
        from .ai_analytics_orgs_users_user_sentiment_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_overview_orgs_active_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_active_users_retrieve`."""
        from .ai_analytics_overview_orgs_active_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_overview_orgs_active_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_active_users_retrieve_detailed`."""
        from .ai_analytics_overview_orgs_active_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_overview_orgs_average_grade_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_average_grade_retrieve`."""
        from .ai_analytics_overview_orgs_average_grade_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_overview_orgs_average_grade_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_average_grade_retrieve_detailed`."""
        from .ai_analytics_overview_orgs_average_grade_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_overview_orgs_courses_completions_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> CourseCompletionSummaryOvertime:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_courses_completions_retrieve`."""
        from .ai_analytics_overview_orgs_courses_completions_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_overview_orgs_courses_completions_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[CourseCompletionSummaryOvertime]:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_courses_completions_retrieve_detailed`."""
        from .ai_analytics_overview_orgs_courses_completions_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_overview_orgs_learners_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_learners_retrieve`."""
        from .ai_analytics_overview_orgs_learners_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def ai_analytics_overview_orgs_learners_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_learners_retrieve_detailed`."""
        from .ai_analytics_overview_orgs_learners_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def ai_analytics_overview_orgs_most_active_courses_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentPerCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_most_active_courses_retrieve`."""
        from .ai_analytics_overview_orgs_most_active_courses_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_overview_orgs_most_active_courses_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentPerCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_most_active_courses_retrieve_detailed`."""
        from .ai_analytics_overview_orgs_most_active_courses_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_overview_orgs_registered_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_registered_users_retrieve`."""
        from .ai_analytics_overview_orgs_registered_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_overview_orgs_registered_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.ai_analytics_overview_orgs_registered_users_retrieve_detailed`."""
        from .ai_analytics_overview_orgs_registered_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_average_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_average_retrieve`."""
        from .ai_analytics_performance_orgs_courses_grading_average_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_average_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_average_retrieve_detailed`."""
        from .ai_analytics_performance_orgs_courses_grading_average_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> AvgCourseGradeWithCutoff:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve`."""
        from .ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[AvgCourseGradeWithCutoff]:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_detailed`."""
        from .ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_detail_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> CourseGradingDetail:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_detail_retrieve`."""
        from .ai_analytics_performance_orgs_courses_grading_detail_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[CourseGradingDetail]:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_detail_retrieve_detailed`."""
        from .ai_analytics_performance_orgs_courses_grading_detail_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_per_learner_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> GradingPerUser:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_per_learner_retrieve`."""
        from .ai_analytics_performance_orgs_courses_grading_per_learner_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[GradingPerUser]:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_detailed`."""
        from .ai_analytics_performance_orgs_courses_grading_per_learner_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_summary_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> CourseGradeSummary:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_summary_retrieve`."""
        from .ai_analytics_performance_orgs_courses_grading_summary_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_courses_grading_summary_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[CourseGradeSummary]:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_courses_grading_summary_retrieve_detailed`."""
        from .ai_analytics_performance_orgs_courses_grading_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_grading_average_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_grading_average_retrieve`."""
        from .ai_analytics_performance_orgs_grading_average_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_grading_average_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_grading_average_retrieve_detailed`."""
        from .ai_analytics_performance_orgs_grading_average_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_performance_orgs_grading_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> PerformanceGradesPerCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_grading_per_course_retrieve`."""
        from .ai_analytics_performance_orgs_grading_per_course_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_performance_orgs_grading_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[PerformanceGradesPerCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_performance_orgs_grading_per_course_retrieve_detailed`."""
        from .ai_analytics_performance_orgs_grading_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_learners_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> NewPerLearnerList:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_learners_retrieve`."""
        from .ai_analytics_perlearner_orgs_learners_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_learners_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[NewPerLearnerList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_learners_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_learners_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_activity_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> ActivityAPI:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_activity_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_activity_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_activity_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[ActivityAPI]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_activity_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_activity_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeWithCutOff:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeWithCutOff]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> DetailedGradeView:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[DetailedGradeView]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_detail_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeSummary:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeSummary]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
    ) -> Value:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve import (
            sync,
        )

        return sync(
            org,
            user_id,
            course_id,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
    ) -> Response[Value]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_engagement_index_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            course_id,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeWithCutOff:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeWithCutOff]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve import (
            sync,
        )

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve import (
            sync,
        )

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_videos_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerLearnerCourseVideosWatched:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_videos_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_videos_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerLearnerCourseVideosWatched]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_videos_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_grades_per_course_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerlearnerGradingPerCourseAPI:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_grades_per_course_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_grades_per_course_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerlearnerGradingPerCourseAPI]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_grades_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_info_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> LearnerInformationAPI:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_info_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_info_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_info_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: AiAnalyticsPerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[LearnerInformationAPI]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_info_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_info_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_last_access_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerLearnerLastAccess:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_last_access_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_last_access_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_last_access_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerLearnerLastAccess]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_last_access_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_last_access_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_overview_grades_average_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat
        | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_overview_time_over_time_retrieve import (
            sync_detailed,
        )

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_videos_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_videos_over_time_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_videos_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_videos_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_videos_per_course_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerEngagementVideosWatchedPerCourse:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_videos_per_course_retrieve`."""
        from .ai_analytics_perlearner_orgs_users_videos_per_course_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerEngagementVideosWatchedPerCourse]:
        """See `AsyncAiAnalyticsApi.ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_detailed`."""
        from .ai_analytics_perlearner_orgs_users_videos_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_user_groups_orgs_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> GroupList:
        """See `AsyncAiAnalyticsApi.ai_analytics_user_groups_orgs_retrieve`."""
        from .ai_analytics_user_groups_orgs_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=self._client,
        )

    def ai_analytics_user_groups_orgs_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: AiAnalyticsUserGroupsOrgsRetrieveFormat | Unset = UNSET,
        groups: list[str] | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pathway: str | Unset = UNSET,
        program: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[GroupList]:
        """See `AsyncAiAnalyticsApi.ai_analytics_user_groups_orgs_retrieve_detailed`."""
        from .ai_analytics_user_groups_orgs_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            groups=groups,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            pathway=pathway,
            program=program,
            start_date=start_date,
            client=self._client,
        )

    def analytics_orgs_time_update_create(
        self,
        org: str,
        *,
        body: TimeSpentUpdateRequest,
    ) -> TimeSpentUpdateResponse:
        """See `AsyncAiAnalyticsApi.analytics_orgs_time_update_create`."""
        from .analytics_orgs_time_update_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def analytics_orgs_time_update_create_detailed(
        self,
        org: str,
        *,
        body: TimeSpentUpdateRequest,
    ) -> Response[TimeSpentUpdateResponse]:
        """See `AsyncAiAnalyticsApi.analytics_orgs_time_update_create_detailed`."""
        from .analytics_orgs_time_update_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def analytics_time_spent_user_retrieve(
        self,
        *,
        course_id: str | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        include_main_platform: bool | Unset = True,
        learner_id: str | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        platform: None | str | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        url_: str | Unset = UNSET,
    ) -> TimeSpentPerUserResponse:
        """See `AsyncAiAnalyticsApi.analytics_time_spent_user_retrieve`."""
        from .analytics_time_spent_user_retrieve import sync

        return sync(
            course_id=course_id,
            end_date=end_date,
            include_main_platform=include_main_platform,
            learner_id=learner_id,
            mentor_uuid=mentor_uuid,
            platform=platform,
            session_uuid=session_uuid,
            start_date=start_date,
            url_=url_,
            client=self._client,
        )

    def analytics_time_spent_user_retrieve_detailed(
        self,
        *,
        course_id: str | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        include_main_platform: bool | Unset = True,
        learner_id: str | Unset = UNSET,
        mentor_uuid: str | Unset = UNSET,
        platform: None | str | Unset = UNSET,
        session_uuid: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        url_: str | Unset = UNSET,
    ) -> Response[TimeSpentPerUserResponse]:
        """See `AsyncAiAnalyticsApi.analytics_time_spent_user_retrieve_detailed`."""
        from .analytics_time_spent_user_retrieve import sync_detailed

        return sync_detailed(
            course_id=course_id,
            end_date=end_date,
            include_main_platform=include_main_platform,
            learner_id=learner_id,
            mentor_uuid=mentor_uuid,
            platform=platform,
            session_uuid=session_uuid,
            start_date=start_date,
            url_=url_,
            client=self._client,
        )

    def audience_orgs_active_users_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset = "json",
        include_main_platform: bool | Unset = True,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.audience_orgs_active_users_over_time_retrieve`."""
        from .audience_orgs_active_users_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_active_users_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsActiveUsersOverTimeRetrieveFormat | Unset = "json",
        include_main_platform: bool | Unset = True,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.audience_orgs_active_users_over_time_retrieve_detailed`."""
        from .audience_orgs_active_users_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_active_users_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = "json",
        include_main_platform: bool | Unset = True,
        start_date: str | Unset = UNSET,
    ) -> ActiveUsersPerCourse:
        """See `AsyncAiAnalyticsApi.audience_orgs_active_users_per_course_retrieve`."""
        from .audience_orgs_active_users_per_course_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_active_users_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = "json",
        include_main_platform: bool | Unset = True,
        start_date: str | Unset = UNSET,
    ) -> Response[ActiveUsersPerCourse]:
        """See `AsyncAiAnalyticsApi.audience_orgs_active_users_per_course_retrieve_detailed`."""
        from .audience_orgs_active_users_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_active_users_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ActiveUsersList:
        """See `AsyncAiAnalyticsApi.audience_orgs_active_users_users_retrieve`."""
        from .audience_orgs_active_users_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def audience_orgs_active_users_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsActiveUsersUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[ActiveUsersList]:
        """See `AsyncAiAnalyticsApi.audience_orgs_active_users_users_retrieve_detailed`."""
        from .audience_orgs_active_users_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def audience_orgs_enrollments_courses_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.audience_orgs_enrollments_courses_over_time_retrieve`."""
        from .audience_orgs_enrollments_courses_over_time_retrieve import sync

        return sync(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_enrollments_courses_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.audience_orgs_enrollments_courses_over_time_retrieve_detailed`."""
        from .audience_orgs_enrollments_courses_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_enrollments_courses_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        active: AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> EnrollmentsPerUser:
        """See `AsyncAiAnalyticsApi.audience_orgs_enrollments_courses_users_retrieve`."""
        from .audience_orgs_enrollments_courses_users_retrieve import sync

        return sync(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_enrollments_courses_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        active: AudienceOrgsEnrollmentsCoursesUsersRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[EnrollmentsPerUser]:
        """See `AsyncAiAnalyticsApi.audience_orgs_enrollments_courses_users_retrieve_detailed`."""
        from .audience_orgs_enrollments_courses_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_enrollments_over_time_retrieve(
        self,
        org: str,
        *,
        active: AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.audience_orgs_enrollments_over_time_retrieve`."""
        from .audience_orgs_enrollments_over_time_retrieve import sync

        return sync(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_enrollments_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        active: AudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.audience_orgs_enrollments_over_time_retrieve_detailed`."""
        from .audience_orgs_enrollments_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_enrollments_per_course_retrieve(
        self,
        org: str,
        *,
        active: AudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Enrollments:
        """See `AsyncAiAnalyticsApi.audience_orgs_enrollments_per_course_retrieve`."""
        from .audience_orgs_enrollments_per_course_retrieve import sync

        return sync(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_enrollments_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        active: AudienceOrgsEnrollmentsPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsEnrollmentsPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Enrollments]:
        """See `AsyncAiAnalyticsApi.audience_orgs_enrollments_per_course_retrieve_detailed`."""
        from .audience_orgs_enrollments_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_registered_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """See `AsyncAiAnalyticsApi.audience_orgs_registered_users_retrieve`."""
        from .audience_orgs_registered_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def audience_orgs_registered_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """See `AsyncAiAnalyticsApi.audience_orgs_registered_users_retrieve_detailed`."""
        from .audience_orgs_registered_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def audience_orgs_registered_users_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.audience_orgs_registered_users_over_time_retrieve`."""
        from .audience_orgs_registered_users_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_registered_users_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.audience_orgs_registered_users_over_time_retrieve_detailed`."""
        from .audience_orgs_registered_users_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_registered_users_per_course_retrieve(
        self,
        org: str,
        *,
        active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Enrollments:
        """See `AsyncAiAnalyticsApi.audience_orgs_registered_users_per_course_retrieve`."""
        from .audience_orgs_registered_users_per_course_retrieve import sync

        return sync(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def audience_orgs_registered_users_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Enrollments]:
        """See `AsyncAiAnalyticsApi.audience_orgs_registered_users_per_course_retrieve_detailed`."""
        from .audience_orgs_registered_users_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_activity_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> EngagementPerCourse:
        """See `AsyncAiAnalyticsApi.engagement_orgs_activity_retrieve`."""
        from .engagement_orgs_activity_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def engagement_orgs_activity_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[EngagementPerCourse]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_activity_retrieve_detailed`."""
        from .engagement_orgs_activity_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def engagement_orgs_course_completion_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.engagement_orgs_course_completion_over_time_retrieve`."""
        from .engagement_orgs_course_completion_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_course_completion_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_course_completion_over_time_retrieve_detailed`."""
        from .engagement_orgs_course_completion_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_course_completion_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> CourseCompletionPerCourse:
        """See `AsyncAiAnalyticsApi.engagement_orgs_course_completion_per_course_retrieve`."""
        from .engagement_orgs_course_completion_per_course_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def engagement_orgs_course_completion_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[CourseCompletionPerCourse]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_course_completion_per_course_retrieve_detailed`."""
        from .engagement_orgs_course_completion_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def engagement_orgs_courses_time_average_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_average_retrieve`."""
        from .engagement_orgs_courses_time_average_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_average_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_average_retrieve_detailed`."""
        from .engagement_orgs_courses_time_average_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_detail_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> TimeDetail:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_detail_retrieve`."""
        from .engagement_orgs_courses_time_detail_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def engagement_orgs_courses_time_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[TimeDetail]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_detail_retrieve_detailed`."""
        from .engagement_orgs_courses_time_detail_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def engagement_orgs_courses_time_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_over_time_retrieve`."""
        from .engagement_orgs_courses_time_over_time_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_over_time_retrieve_detailed`."""
        from .engagement_orgs_courses_time_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentByUsersInCourse:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_users_retrieve`."""
        from .engagement_orgs_courses_time_users_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentByUsersInCourse]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_users_retrieve_detailed`."""
        from .engagement_orgs_courses_time_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_users_detail_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerLearnerTimeSpentInCourseTree:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_users_detail_retrieve`."""
        from .engagement_orgs_courses_time_users_detail_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_users_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerLearnerTimeSpentInCourseTree]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_users_detail_retrieve_detailed`."""
        from .engagement_orgs_courses_time_users_detail_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_users_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_users_over_time_retrieve`."""
        from .engagement_orgs_courses_time_users_over_time_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_time_users_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_time_users_over_time_retrieve_detailed`."""
        from .engagement_orgs_courses_time_users_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_videos_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosSpecificCourse:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_videos_retrieve`."""
        from .engagement_orgs_courses_videos_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def engagement_orgs_courses_videos_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosSpecificCourse]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_videos_retrieve_detailed`."""
        from .engagement_orgs_courses_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def engagement_orgs_courses_videos_over_time_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_videos_over_time_retrieve`."""
        from .engagement_orgs_courses_videos_over_time_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_videos_over_time_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_videos_over_time_retrieve_detailed`."""
        from .engagement_orgs_courses_videos_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_courses_videos_summary_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosInCourseSummary:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_videos_summary_retrieve`."""
        from .engagement_orgs_courses_videos_summary_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def engagement_orgs_courses_videos_summary_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosInCourseSummary]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_videos_summary_retrieve_detailed`."""
        from .engagement_orgs_courses_videos_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def engagement_orgs_courses_videos_users_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> WatchedVideosPerUser:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_videos_users_retrieve`."""
        from .engagement_orgs_courses_videos_users_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def engagement_orgs_courses_videos_users_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[WatchedVideosPerUser]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_courses_videos_users_retrieve_detailed`."""
        from .engagement_orgs_courses_videos_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def engagement_orgs_time_average_perlearner_percourse_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """See `AsyncAiAnalyticsApi.engagement_orgs_time_average_perlearner_percourse_retrieve`."""
        from .engagement_orgs_time_average_perlearner_percourse_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_time_average_perlearner_percourse_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_time_average_perlearner_percourse_retrieve_detailed`."""
        from .engagement_orgs_time_average_perlearner_percourse_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_time_average_with_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> AverageOvertime:
        """See `AsyncAiAnalyticsApi.engagement_orgs_time_average_with_over_time_retrieve`."""
        from .engagement_orgs_time_average_with_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_time_average_with_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeAverageWithOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[AverageOvertime]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_time_average_with_over_time_retrieve_detailed`."""
        from .engagement_orgs_time_average_with_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_time_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.engagement_orgs_time_over_time_retrieve`."""
        from .engagement_orgs_time_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_time_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_time_over_time_retrieve_detailed`."""
        from .engagement_orgs_time_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_time_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentPerCourse:
        """See `AsyncAiAnalyticsApi.engagement_orgs_time_per_course_retrieve`."""
        from .engagement_orgs_time_per_course_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_time_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsTimePerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentPerCourse]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_time_per_course_retrieve_detailed`."""
        from .engagement_orgs_time_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_videos_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> VideoEngagementPerCourse:
        """See `AsyncAiAnalyticsApi.engagement_orgs_videos_retrieve`."""
        from .engagement_orgs_videos_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def engagement_orgs_videos_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: EngagementOrgsVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[VideoEngagementPerCourse]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_videos_retrieve_detailed`."""
        from .engagement_orgs_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def engagement_orgs_videos_over_time_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.engagement_orgs_videos_over_time_retrieve`."""
        from .engagement_orgs_videos_over_time_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def engagement_orgs_videos_over_time_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: EngagementOrgsVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.engagement_orgs_videos_over_time_retrieve_detailed`."""
        from .engagement_orgs_videos_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def overview_orgs_active_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.overview_orgs_active_users_retrieve`."""
        from .overview_orgs_active_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def overview_orgs_active_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsActiveUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.overview_orgs_active_users_retrieve_detailed`."""
        from .overview_orgs_active_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def overview_orgs_average_grade_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """See `AsyncAiAnalyticsApi.overview_orgs_average_grade_retrieve`."""
        from .overview_orgs_average_grade_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def overview_orgs_average_grade_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """See `AsyncAiAnalyticsApi.overview_orgs_average_grade_retrieve_detailed`."""
        from .overview_orgs_average_grade_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def overview_orgs_courses_completions_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> CourseCompletionSummaryOvertime:
        """See `AsyncAiAnalyticsApi.overview_orgs_courses_completions_retrieve`."""
        from .overview_orgs_courses_completions_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def overview_orgs_courses_completions_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[CourseCompletionSummaryOvertime]:
        """See `AsyncAiAnalyticsApi.overview_orgs_courses_completions_retrieve_detailed`."""
        from .overview_orgs_courses_completions_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def overview_orgs_learners_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """See `AsyncAiAnalyticsApi.overview_orgs_learners_retrieve`."""
        from .overview_orgs_learners_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def overview_orgs_learners_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: OverviewOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """See `AsyncAiAnalyticsApi.overview_orgs_learners_retrieve_detailed`."""
        from .overview_orgs_learners_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def overview_orgs_most_active_courses_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> TimeSpentPerCourse:
        """See `AsyncAiAnalyticsApi.overview_orgs_most_active_courses_retrieve`."""
        from .overview_orgs_most_active_courses_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def overview_orgs_most_active_courses_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[TimeSpentPerCourse]:
        """See `AsyncAiAnalyticsApi.overview_orgs_most_active_courses_retrieve_detailed`."""
        from .overview_orgs_most_active_courses_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=self._client,
        )

    def overview_orgs_registered_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OvertimeWithChangeInfo:
        """See `AsyncAiAnalyticsApi.overview_orgs_registered_users_retrieve`."""
        from .overview_orgs_registered_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def overview_orgs_registered_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: OverviewOrgsRegisteredUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OvertimeWithChangeInfo]:
        """See `AsyncAiAnalyticsApi.overview_orgs_registered_users_retrieve_detailed`."""
        from .overview_orgs_registered_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def performance_orgs_courses_grading_average_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_average_retrieve`."""
        from .performance_orgs_courses_grading_average_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_average_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_average_retrieve_detailed`."""
        from .performance_orgs_courses_grading_average_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_average_with_cutoff_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> AvgCourseGradeWithCutoff:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_average_with_cutoff_retrieve`."""
        from .performance_orgs_courses_grading_average_with_cutoff_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_average_with_cutoff_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[AvgCourseGradeWithCutoff]:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_average_with_cutoff_retrieve_detailed`."""
        from .performance_orgs_courses_grading_average_with_cutoff_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_detail_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> CourseGradingDetail:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_detail_retrieve`."""
        from .performance_orgs_courses_grading_detail_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_detail_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[CourseGradingDetail]:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_detail_retrieve_detailed`."""
        from .performance_orgs_courses_grading_detail_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_per_learner_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> GradingPerUser:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_per_learner_retrieve`."""
        from .performance_orgs_courses_grading_per_learner_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_per_learner_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[GradingPerUser]:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_per_learner_retrieve_detailed`."""
        from .performance_orgs_courses_grading_per_learner_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_summary_retrieve(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> CourseGradeSummary:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_summary_retrieve`."""
        from .performance_orgs_courses_grading_summary_retrieve import sync

        return sync(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_courses_grading_summary_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[CourseGradeSummary]:
        """See `AsyncAiAnalyticsApi.performance_orgs_courses_grading_summary_retrieve_detailed`."""
        from .performance_orgs_courses_grading_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_grading_average_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """See `AsyncAiAnalyticsApi.performance_orgs_grading_average_retrieve`."""
        from .performance_orgs_grading_average_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_grading_average_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """See `AsyncAiAnalyticsApi.performance_orgs_grading_average_retrieve_detailed`."""
        from .performance_orgs_grading_average_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def performance_orgs_grading_per_course_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> PerformanceGradesPerCourse:
        """See `AsyncAiAnalyticsApi.performance_orgs_grading_per_course_retrieve`."""
        from .performance_orgs_grading_per_course_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def performance_orgs_grading_per_course_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Response[PerformanceGradesPerCourse]:
        """See `AsyncAiAnalyticsApi.performance_orgs_grading_per_course_retrieve_detailed`."""
        from .performance_orgs_grading_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=self._client,
        )

    def perlearner_orgs_learners_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> NewPerLearnerList:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_learners_retrieve`."""
        from .perlearner_orgs_learners_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_learners_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        format_: PerlearnerOrgsLearnersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        is_enrolled: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        location: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform: str | Unset = UNSET,
        program: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
    ) -> Response[NewPerLearnerList]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_learners_retrieve_detailed`."""
        from .perlearner_orgs_learners_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            is_enrolled=is_enrolled,
            length=length,
            location=location,
            page=page,
            platform=platform,
            program=program,
            search=search,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> PerlearnerUserList:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_retrieve`."""
        from .perlearner_orgs_users_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def perlearner_orgs_users_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        length: int | Unset = UNSET,
        page: int | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[PerlearnerUserList]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_retrieve_detailed`."""
        from .perlearner_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            search=search,
            client=self._client,
        )

    def perlearner_orgs_users_activity_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> ActivityAPI:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_activity_retrieve`."""
        from .perlearner_orgs_users_activity_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_activity_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersActivityRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[ActivityAPI]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_activity_retrieve_detailed`."""
        from .perlearner_orgs_users_activity_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_courses_grading_cutoffs_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeWithCutOff:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_grading_cutoffs_retrieve`."""
        from .perlearner_orgs_users_courses_grading_cutoffs_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_grading_cutoffs_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeWithCutOff]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_grading_cutoffs_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_grading_cutoffs_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_grading_detail_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> DetailedGradeView:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_grading_detail_retrieve`."""
        from .perlearner_orgs_users_courses_grading_detail_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_grading_detail_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingDetailRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[DetailedGradeView]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_grading_detail_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_grading_detail_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_grading_summary_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeSummary:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_grading_summary_retrieve`."""
        from .perlearner_orgs_users_courses_grading_summary_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_grading_summary_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeSummary]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_grading_summary_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_grading_summary_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_overview_engagement_index_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
    ) -> Value:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_overview_engagement_index_retrieve`."""
        from .perlearner_orgs_users_courses_overview_engagement_index_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            client=self._client,
        )

    def perlearner_orgs_users_courses_overview_engagement_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
    ) -> Response[Value]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_overview_engagement_index_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_overview_engagement_index_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            client=self._client,
        )

    def perlearner_orgs_users_courses_overview_grade_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerGradeWithCutOff:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_overview_grade_retrieve`."""
        from .perlearner_orgs_users_courses_overview_grade_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_overview_grade_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerGradeWithCutOff]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_overview_grade_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_overview_grade_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_overview_performance_index_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_overview_performance_index_retrieve`."""
        from .perlearner_orgs_users_courses_overview_performance_index_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_overview_performance_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_overview_performance_index_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_overview_performance_index_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_overview_time_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_overview_time_over_time_retrieve`."""
        from .perlearner_orgs_users_courses_overview_time_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_overview_time_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_overview_time_over_time_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_overview_time_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_videos_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerLearnerCourseVideosWatched:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_videos_retrieve`."""
        from .perlearner_orgs_users_courses_videos_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_courses_videos_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerLearnerCourseVideosWatched]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_videos_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_courses_videos_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_videos_over_time_retrieve`."""
        from .perlearner_orgs_users_courses_videos_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_courses_videos_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        course_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_courses_videos_over_time_retrieve_detailed`."""
        from .perlearner_orgs_users_courses_videos_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_grades_per_course_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerlearnerGradingPerCourseAPI:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_grades_per_course_retrieve`."""
        from .perlearner_orgs_users_grades_per_course_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_grades_per_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersGradesPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerlearnerGradingPerCourseAPI]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_grades_per_course_retrieve_detailed`."""
        from .perlearner_orgs_users_grades_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_info_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: PerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> LearnerInformationAPI:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_info_retrieve`."""
        from .perlearner_orgs_users_info_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=self._client,
        )

    def perlearner_orgs_users_info_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersInfoRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        meta: PerlearnerOrgsUsersInfoRetrieveMeta | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Response[LearnerInformationAPI]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_info_retrieve_detailed`."""
        from .perlearner_orgs_users_info_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            meta=meta,
            search=search,
            client=self._client,
        )

    def perlearner_orgs_users_last_access_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerLearnerLastAccess:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_last_access_retrieve`."""
        from .perlearner_orgs_users_last_access_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_last_access_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersLastAccessRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerLearnerLastAccess]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_last_access_retrieve_detailed`."""
        from .perlearner_orgs_users_last_access_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_overview_engagement_index_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_overview_engagement_index_retrieve`."""
        from .perlearner_orgs_users_overview_engagement_index_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_overview_engagement_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_overview_engagement_index_retrieve_detailed`."""
        from .perlearner_orgs_users_overview_engagement_index_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_overview_grades_average_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Average:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_overview_grades_average_retrieve`."""
        from .perlearner_orgs_users_overview_grades_average_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_overview_grades_average_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Average]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_overview_grades_average_retrieve_detailed`."""
        from .perlearner_orgs_users_overview_grades_average_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def perlearner_orgs_users_overview_performance_index_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Value:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_overview_performance_index_retrieve`."""
        from .perlearner_orgs_users_overview_performance_index_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_overview_performance_index_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Value]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_overview_performance_index_retrieve_detailed`."""
        from .perlearner_orgs_users_overview_performance_index_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_overview_time_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_overview_time_over_time_retrieve`."""
        from .perlearner_orgs_users_overview_time_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_overview_time_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_overview_time_over_time_retrieve_detailed`."""
        from .perlearner_orgs_users_overview_time_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_videos_over_time_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_videos_over_time_retrieve`."""
        from .perlearner_orgs_users_videos_over_time_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_videos_over_time_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosOverTimeRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_videos_over_time_retrieve_detailed`."""
        from .perlearner_orgs_users_videos_over_time_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_videos_per_course_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> PerlearnerEngagementVideosWatchedPerCourse:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_videos_per_course_retrieve`."""
        from .perlearner_orgs_users_videos_per_course_retrieve import sync

        return sync(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def perlearner_orgs_users_videos_per_course_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PerlearnerOrgsUsersVideosPerCourseRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[PerlearnerEngagementVideosWatchedPerCourse]:
        """See `AsyncAiAnalyticsApi.perlearner_orgs_users_videos_per_course_retrieve_detailed`."""
        from .perlearner_orgs_users_videos_per_course_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def platform_orgs_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_retrieve`."""
        from .platform_orgs_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def platform_orgs_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_retrieve_detailed`."""
        from .platform_orgs_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def platform_orgs_courses_count_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Count:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_count_retrieve`."""
        from .platform_orgs_courses_count_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def platform_orgs_courses_count_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[Count]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_count_retrieve_detailed`."""
        from .platform_orgs_courses_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def platform_orgs_courses_grades_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_grades_retrieve`."""
        from .platform_orgs_courses_grades_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def platform_orgs_courses_grades_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_grades_retrieve_detailed`."""
        from .platform_orgs_courses_grades_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def platform_orgs_courses_videos_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> WatchedVideosPerCourse:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_videos_retrieve`."""
        from .platform_orgs_courses_videos_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def platform_orgs_courses_videos_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesVideosRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[WatchedVideosPerCourse]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_videos_retrieve_detailed`."""
        from .platform_orgs_courses_videos_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def platform_orgs_courses_progress_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_retrieve`."""
        from .platform_orgs_courses_progress_retrieve import sync

        return sync(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_retrieve_detailed`."""
        from .platform_orgs_courses_progress_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_average_days_to_complete_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_average_days_to_complete_retrieve`."""
        from .platform_orgs_courses_progress_average_days_to_complete_retrieve import sync

        return sync(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_average_days_to_complete_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_average_days_to_complete_retrieve_detailed`."""
        from .platform_orgs_courses_progress_average_days_to_complete_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_average_time_to_complete_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_average_time_to_complete_retrieve`."""
        from .platform_orgs_courses_progress_average_time_to_complete_retrieve import sync

        return sync(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_average_time_to_complete_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_average_time_to_complete_retrieve_detailed`."""
        from .platform_orgs_courses_progress_average_time_to_complete_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_completed_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_completed_retrieve`."""
        from .platform_orgs_courses_progress_completed_retrieve import sync

        return sync(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_completed_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_completed_retrieve_detailed`."""
        from .platform_orgs_courses_progress_completed_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_completion_rate_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_completion_rate_retrieve`."""
        from .platform_orgs_courses_progress_completion_rate_retrieve import sync

        return sync(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_completion_rate_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_completion_rate_retrieve_detailed`."""
        from .platform_orgs_courses_progress_completion_rate_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_in_progress_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_in_progress_retrieve`."""
        from .platform_orgs_courses_progress_in_progress_retrieve import sync

        return sync(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_in_progress_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_in_progress_retrieve_detailed`."""
        from .platform_orgs_courses_progress_in_progress_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_started_retrieve(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_started_retrieve`."""
        from .platform_orgs_courses_progress_started_retrieve import sync

        return sync(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_progress_started_retrieve_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_progress_started_retrieve_detailed`."""
        from .platform_orgs_courses_progress_started_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_users_grades_passed_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_grades_passed_retrieve`."""
        from .platform_orgs_courses_users_grades_passed_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            client=self._client,
        )

    def platform_orgs_courses_users_grades_passed_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_grades_passed_retrieve_detailed`."""
        from .platform_orgs_courses_users_grades_passed_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            user_id,
            client=self._client,
        )

    def platform_orgs_courses_users_progress_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> PerlearnerCourseProgress:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_progress_retrieve`."""
        from .platform_orgs_courses_users_progress_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def platform_orgs_courses_users_progress_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersProgressRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[PerlearnerCourseProgress]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_progress_retrieve_detailed`."""
        from .platform_orgs_courses_users_progress_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def platform_orgs_courses_users_progress_days_to_complete_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_progress_days_to_complete_retrieve`."""
        from .platform_orgs_courses_users_progress_days_to_complete_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            client=self._client,
        )

    def platform_orgs_courses_users_progress_days_to_complete_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_progress_days_to_complete_retrieve_detailed`."""
        from .platform_orgs_courses_users_progress_days_to_complete_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            user_id,
            client=self._client,
        )

    def platform_orgs_courses_users_time_count_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Count:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_time_count_retrieve`."""
        from .platform_orgs_courses_users_time_count_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def platform_orgs_courses_users_time_count_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersTimeCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[Count]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_time_count_retrieve_detailed`."""
        from .platform_orgs_courses_users_time_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def platform_orgs_courses_users_videos_count_retrieve(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> VideosCount:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_videos_count_retrieve`."""
        from .platform_orgs_courses_users_videos_count_retrieve import sync

        return sync(
            org,
            course_id,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def platform_orgs_courses_users_videos_count_retrieve_detailed(
        self,
        org: str,
        course_id: str,
        user_id: str,
        *,
        department_id: int | Unset = UNSET,
        format_: PlatformOrgsCoursesUsersVideosCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
    ) -> Response[VideosCount]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_users_videos_count_retrieve_detailed`."""
        from .platform_orgs_courses_users_videos_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            course_id,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=self._client,
        )

    def platform_orgs_courses_videos_retrieve2(
        self,
        org: str,
        course_id: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_videos_retrieve2`."""
        from .platform_orgs_courses_videos_retrieve2 import sync

        return sync(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_courses_videos_retrieve2_detailed(
        self,
        org: str,
        course_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_courses_videos_retrieve2_detailed`."""
        from .platform_orgs_courses_videos_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            course_id,
            client=self._client,
        )

    def platform_orgs_progress_completed_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_progress_completed_retrieve`."""
        from .platform_orgs_progress_completed_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def platform_orgs_progress_completed_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_progress_completed_retrieve_detailed`."""
        from .platform_orgs_progress_completed_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def platform_orgs_progress_completion_rate_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_progress_completion_rate_retrieve`."""
        from .platform_orgs_progress_completion_rate_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def platform_orgs_progress_completion_rate_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_progress_completion_rate_retrieve_detailed`."""
        from .platform_orgs_progress_completion_rate_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def platform_orgs_progress_in_progress_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_progress_in_progress_retrieve`."""
        from .platform_orgs_progress_in_progress_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def platform_orgs_progress_in_progress_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_progress_in_progress_retrieve_detailed`."""
        from .platform_orgs_progress_in_progress_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def platform_orgs_progress_started_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_progress_started_retrieve`."""
        from .platform_orgs_progress_started_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def platform_orgs_progress_started_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_progress_started_retrieve_detailed`."""
        from .platform_orgs_progress_started_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def platform_orgs_time_count_retrieve(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiAnalyticsApi.platform_orgs_time_count_retrieve`."""
        from .platform_orgs_time_count_retrieve import sync

        return sync(
            org,
            client=self._client,
        )

    def platform_orgs_time_count_retrieve_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiAnalyticsApi.platform_orgs_time_count_retrieve_detailed`."""
        from .platform_orgs_time_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def platform_orgs_users_active_count_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersActiveCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.platform_orgs_users_active_count_retrieve`."""
        from .platform_orgs_users_active_count_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def platform_orgs_users_active_count_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersActiveCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.platform_orgs_users_active_count_retrieve_detailed`."""
        from .platform_orgs_users_active_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def platform_orgs_users_count_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.platform_orgs_users_count_retrieve`."""
        from .platform_orgs_users_count_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def platform_orgs_users_count_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.platform_orgs_users_count_retrieve_detailed`."""
        from .platform_orgs_users_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def platform_orgs_users_courses_completed_count_retrieve(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> OverTimeWithTotal:
        """See `AsyncAiAnalyticsApi.platform_orgs_users_courses_completed_count_retrieve`."""
        from .platform_orgs_users_courses_completed_count_retrieve import sync

        return sync(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )

    def platform_orgs_users_courses_completed_count_retrieve_detailed(
        self,
        org: str,
        *,
        department_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
        format_: PlatformOrgsUsersCoursesCompletedCountRetrieveFormat | Unset = UNSET,
        include_main_platform: bool | Unset = UNSET,
        start_date: str | Unset = UNSET,
    ) -> Response[OverTimeWithTotal]:
        """See `AsyncAiAnalyticsApi.platform_orgs_users_courses_completed_count_retrieve_detailed`."""
        from .platform_orgs_users_courses_completed_count_retrieve import sync_detailed

        return sync_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=self._client,
        )
