"""Error hierarchy. Bad *data* becomes a stored Rejection; bad *usage* raises."""

from __future__ import annotations


class AllianceWatchError(Exception):
    """Base class: a message that says what went wrong and how to fix it."""


class UsageError(AllianceWatchError):
    """A wrong option, path or argument given by the caller."""


class RejectedInput(AllianceWatchError):
    """An input that cannot be used. The pipeline records it and goes on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StoreError(AllianceWatchError):
    """The database is missing, locked, or of a schema this version cannot read."""
