"""Authentication and role checks as FastAPI dependencies.

A bearer token is hashed and looked up in the worker's memory first; only a miss reads the database (in
the thread pool). Till tokens may push for their own till and pull their own store; user sessions carry
a role, checked per route. Every failure is 401 (who are you?) or 403 (not allowed), never a 5xx.
"""
from __future__ import annotations

import hmac

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from sync.server.api.context import hq
from sync.server.core.db import reading
from sync.server.core.errors import Forbidden, Unauthorized
from sync.server.core.security import SESSION_TOKEN_PREFIX, TILL_TOKEN_PREFIX, now, token_hash
from sync.server.crud import tills, users
from sync.server.state import Principal

MANAGERS = ("manager", "admin")
ADMINS = ("admin",)


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Sign in first: this route needs an `Authorization: Bearer <token>` header.")
    return token.strip()


def _lookup(engine, token: str) -> Principal | None:
    with reading(engine) as connection:
        if token.startswith(TILL_TOKEN_PREFIX):
            found = tills.by_token(connection=connection, token=token)
            return None if found is None else Principal(kind="till", **found)
        if token.startswith(SESSION_TOKEN_PREFIX):
            found = users.by_session(connection=connection, token=token)
            return None if found is None else Principal(kind="user", user_id=found["user_id"], role=found["role"],
                                                        store_id=found["store_id"] or "",
                                                        expires_at=found["expires_at"])
    return None


async def principal(request: Request) -> Principal:
    token = bearer_token(request)
    context = hq(request)
    key = token_hash(token)
    state = context.state
    if key in state.principals:
        found = state.principals[key]
    else:
        generation = state.auth_generation
        found = await run_in_threadpool(_lookup, context.engine, token)
        state.remember(key, found, generation=generation)
    if found is None or (found.expires_at is not None and found.expires_at <= now()):
        raise Unauthorized("This token is unknown, expired or revoked.")
    return found


async def till(found: Principal = Depends(principal)) -> Principal:
    if found.kind != "till":
        raise Forbidden("Only an enrolled till may use this route.")
    return found


def role(*allowed: str):
    async def check(found: Principal = Depends(principal)) -> Principal:
        if found.kind != "user" or found.role not in allowed:
            raise Forbidden(f"This needs the {' or '.join(allowed)} role.")
        return found
    return check


async def metrics_reader(request: Request) -> None:
    """Prometheus may scrape with the configured metrics token; otherwise a manager's or admin's session."""
    token = bearer_token(request)
    configured = hq(request).settings.metrics_token
    if configured and hmac.compare_digest(token.encode(), configured.encode()):
        return
    found = await principal(request)
    if found.kind != "user" or found.role not in MANAGERS:
        raise Forbidden("Metrics need the metrics token or a manager's session.")


def same_store(found: Principal, store_id: str) -> None:
    """A manager tied to one store acts on that store only; admins and store-less managers on any."""
    if found.role != "admin" and found.store_id and found.store_id != store_id:
        raise Forbidden(f"You may act on store {found.store_id} only.")
