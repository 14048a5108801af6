from typing import Literal, cast

from ..._validation import unknown_enum_value

AiMentorOrgsAgentSkillResourcesListFileType = Literal["asset", "reference", "script"]

AI_MENTOR_ORGS_AGENT_SKILL_RESOURCES_LIST_FILE_TYPE_VALUES: frozenset[
    AiMentorOrgsAgentSkillResourcesListFileType
] = frozenset(["asset", "reference", "script"])


def check_ai_mentor_orgs_agent_skill_resources_list_file_type(
    value: object,
    path: str = "AiMentorOrgsAgentSkillResourcesListFileType",
    *,
    known_only: bool = False,
) -> AiMentorOrgsAgentSkillResourcesListFileType:
    """`value` as a `AiMentorOrgsAgentSkillResourcesListFileType`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_MENTOR_ORGS_AGENT_SKILL_RESOURCES_LIST_FILE_TYPE_VALUES
    ):
        return value
    return cast(
        AiMentorOrgsAgentSkillResourcesListFileType,
        unknown_enum_value(
            path,
            value,
            AI_MENTOR_ORGS_AGENT_SKILL_RESOURCES_LIST_FILE_TYPE_VALUES,
            "AiMentorOrgsAgentSkillResourcesListFileType",
            known_only=known_only,
        ),
    )
