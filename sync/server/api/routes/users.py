"""Users: created by an admin; their PIN hashes reach the tills of their store with the next pull."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from sync.protocol import API
from sync.server.api.context import hq, report, write
from sync.server.api.deps import ADMINS, MANAGERS, role, same_store
from sync.server.api.schemas import Body, User, UserCreate, UserRole
from sync.server.crud import users
from sync.server.state import Principal

router = APIRouter(tags=["back office"])


class UserInfo(Body):
    id: str
    name: str
    role: str
    store_id: str | None
    active: bool
    has_pin: bool
    has_password: bool
    created_at: str


@router.get(f"{API}/users", response_model=list[UserInfo], summary="Users (a store's manager: that store's)")
async def list_users(request: Request, store_id: str | None = Query(None, max_length=64),
                     who: Principal = Depends(role(*MANAGERS))) -> list[UserInfo]:
    if who.role != "admin" and who.store_id:
        same_store(who, store_id or who.store_id)
        store_id = who.store_id
    return [UserInfo(**row) for row in await report(request, lambda c: users.list_users(connection=c,
                                                                                        store_id=store_id))]


async def _set_active(request: Request, *, user_id: str, active: bool, who: Principal) -> UserInfo:
    row = await write(request, lambda c: users.set_active(connection=c, user_id=user_id, active=active,
                                                          actor=who.user_id))
    hq(request).state.forget_principals()      # this worker drops the user's sessions at once
    return UserInfo(**row)


@router.post(f"{API}/users/{{user_id}}/deactivate", response_model=UserInfo,
             summary="Stop a user: sessions end now, the PIN at the tills with their next pull")
async def deactivate(request: Request, user_id: str = Path(max_length=64),
                     who: Principal = Depends(role(*ADMINS))) -> UserInfo:
    return await _set_active(request, user_id=user_id, active=False, who=who)


@router.post(f"{API}/users/{{user_id}}/activate", response_model=UserInfo)
async def activate(request: Request, user_id: str = Path(max_length=64),
                   who: Principal = Depends(role(*ADMINS))) -> UserInfo:
    return await _set_active(request, user_id=user_id, active=True, who=who)


@router.post(f"{API}/users/{{user_id}}/role", response_model=UserInfo,
             summary="Give a user another role: sessions end now, the tills learn it with their next pull")
async def set_role(body: UserRole, request: Request, user_id: str = Path(max_length=64),
                   who: Principal = Depends(role(*ADMINS))) -> UserInfo:
    row = await write(request, lambda c: users.set_role(connection=c, user_id=user_id, role=body.role,
                                                        actor=who.user_id))
    hq(request).state.forget_principals()      # this worker drops the user's sessions at once
    return UserInfo(**row)


@router.post(f"{API}/users", response_model=User, status_code=201)
async def create_user(body: UserCreate, request: Request, who: Principal = Depends(role(*ADMINS))) -> User:
    made = await write(request, lambda c: users.create_user(
        connection=c, user_id=body.id, name=body.name, role=body.role, store_id=body.store_id,
        password=body.password, pin=body.pin, actor=who.user_id))
    return User(**made)
