"""Users: created by an admin; their PIN hashes reach the tills of their store with the next pull."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from sync.protocol import API
from sync.server.api.context import write
from sync.server.api.deps import ADMINS, role
from sync.server.api.schemas import User, UserCreate
from sync.server.crud import users
from sync.server.state import Principal

router = APIRouter(tags=["back office"])


@router.post(f"{API}/users", response_model=User, status_code=201)
async def create_user(body: UserCreate, request: Request, who: Principal = Depends(role(*ADMINS))) -> User:
    made = await write(request, lambda c: users.create_user(
        connection=c, user_id=body.id, name=body.name, role=body.role, store_id=body.store_id,
        password=body.password, pin=body.pin, actor=who.user_id))
    return User(**made)
