"""HQ's error vocabulary: a PosError (so the CLI prints it as one sentence) that also knows its HTTP status."""
from __future__ import annotations

from pos_app.core.errors import PosError


class HqError(PosError):
    code = "hq_error"
    status = 400

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None) -> None:
        super().__init__(message, code=code)
        if status is not None:
            self.status = status


class NotFound(HqError):
    code = "not_found"
    status = 404


class Conflict(HqError):
    code = "conflict"
    status = 409


class Unauthorized(HqError):
    code = "unauthorized"
    status = 401


class Forbidden(HqError):
    code = "forbidden"
    status = 403


class Invalid(HqError):
    """Input the schema let through but the data refuses (an unknown product, a reversed date range): 422."""
    code = "invalid_request"
    status = 422
