"""Back-office sign-in: a user's password for a bearer session token carrying the user's role."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from sync.protocol import API, LOGIN
from sync.server.api.context import hq, write
from sync.server.api.deps import bearer_token, principal, role
from sync.server.api.schemas import LoginRequest, LoginResponse, Me
from sync.server.crud import users
from sync.server.crud.users import ROLES
from sync.server.state import Principal

router = APIRouter(tags=["back office"])


@router.post(LOGIN, response_model=LoginResponse, responses={401: {"description": "wrong user or password"}})
async def login(body: LoginRequest, request: Request) -> LoginResponse:
    ttl = hq(request).settings.session_ttl_s
    return LoginResponse(**await write(request, lambda c: users.login(connection=c, user_id=body.user,
                                                                      password=body.password, ttl_s=ttl)))


@router.post(f"{API}/logout", status_code=204, dependencies=[Depends(role(*ROLES))])
async def logout(request: Request) -> None:
    token = bearer_token(request)
    await write(request, lambda c: users.logout(connection=c, token=token))
    hq(request).state.forget_principals()


@router.get(f"{API}/me", response_model=Me, summary="Who this token belongs to")
async def me(who: Principal = Depends(principal)) -> Me:
    return Me(kind=who.kind, user_id=who.user_id, role=who.role, till_id=who.till_id, store_id=who.store_id)
