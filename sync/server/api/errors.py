"""Every error answers JSON `{"error": code, "message": sentence}`; bad input is a 4xx, never a 5xx.

The catch-all logs and answers 500 for genuine bugs only.
"""
from __future__ import annotations

import logging

import orjson

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException

from sync.server.core.errors import HqError

log = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


def error(status: int, code: str, message: str, **extra) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return Response(orjson.dumps({"error": code, "message": message, **extra}), status_code=status, headers=headers,
                    media_type="application/json")


def describe(exc: Exception) -> tuple[int, str, str]:
    """Status, code and sentence for an error raised while serving — by the routes' handlers below and by the
    push lane (api/pushlane.py), which runs in front of FastAPI, so both answer the same."""
    if isinstance(exc, HqError):
        return exc.status, exc.code, exc.message
    if isinstance(exc, BodyTooLarge):
        return 413, "too_large", f"The request body is over the {exc.limit // (1024 * 1024)} MB limit."
    if isinstance(exc, (DataError, OverflowError)):
        # The database refused a value the models let through: a NUL character or a number past 64 bits.
        return 422, "unstorable", "A value in this request cannot be stored (a NUL character or a number out of range)."
    return 500, "internal", "HQ hit an internal error; it was logged."


def install(app: FastAPI) -> None:
    @app.exception_handler(HqError)
    @app.exception_handler(BodyTooLarge)
    @app.exception_handler(DataError)
    @app.exception_handler(OverflowError)
    async def _described(_request: Request, exc: Exception):
        return error(*describe(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        problems = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        first = problems[0] if problems else {"loc": [], "msg": "invalid request"}
        return error(422, "invalid_request", f"{'.'.join(first['loc'])}: {first['msg']}", problems=problems[:20])

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, exc: HTTPException):
        return error(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error(*describe(exc))
