"""Reading a learner's turn: one analysis that the scorer, the conversation score and the requester share."""

from .analysis import ACTS, TOPICS, Analysis, Context, TopicEvidence, analyse

__all__ = ["ACTS", "TOPICS", "Analysis", "Context", "TopicEvidence", "analyse"]
