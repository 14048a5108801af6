from typing import Literal

AnalyticsMessagesRetrieveSentiment = Literal["negative", "neutral", "positive"]

ANALYTICS_MESSAGES_RETRIEVE_SENTIMENT_VALUES: frozenset[AnalyticsMessagesRetrieveSentiment] = (
    frozenset(["negative", "neutral", "positive"])
)


def check_analytics_messages_retrieve_sentiment(value: str) -> AnalyticsMessagesRetrieveSentiment:
    if value in ANALYTICS_MESSAGES_RETRIEVE_SENTIMENT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_MESSAGES_RETRIEVE_SENTIMENT_VALUES)!r}"
    )
