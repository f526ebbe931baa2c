"""The learning record store's backend, where ``BACKENDS`` finds it: it lives with the rest of xAPI."""

from ..xapi.backend import XapiBackend

__all__ = ["XapiBackend"]
