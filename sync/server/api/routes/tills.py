"""Tills as the back office sees them: enrollment codes, the list with sync state, revocation."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from sync.protocol import API
from sync.server.api.context import hq, report, write
from sync.server.api.deps import ADMINS, MANAGERS, role, same_store
from sync.server.api.schemas import EnrollmentCode, TillInfo
from sync.server.crud import tills
from sync.server.state import Principal

router = APIRouter(tags=["back office"])


@router.post(f"{API}/stores/{{store_id}}/enrollment-codes", response_model=EnrollmentCode, status_code=201)
async def create_code(request: Request, store_id: str = Path(max_length=64),
                      who: Principal = Depends(role(*ADMINS))) -> EnrollmentCode:
    context = hq(request)
    ttl = context.settings.enroll_code_ttl_s
    code = await write(request, lambda c: tills.create_enrollment_code(connection=c, store_id=store_id, ttl_s=ttl,
                                                                       actor=who.user_id))
    return EnrollmentCode(code=code, store_id=store_id, expires_in_s=ttl, ca_fingerprint=context.ca_fingerprint)


@router.get(f"{API}/tills", response_model=list[TillInfo])
async def list_tills(request: Request, store_id: str | None = Query(None, max_length=64),
                     who: Principal = Depends(role(*MANAGERS))) -> list[TillInfo]:
    if who.role != "admin" and who.store_id:
        same_store(who, store_id or who.store_id)
        store_id = who.store_id
    rows = await report(request, lambda c: tills.list_tills(connection=c, store_id=store_id))
    return [TillInfo(**row) for row in rows]


@router.post(f"{API}/tills/{{till_id}}/revoke", status_code=204)
async def revoke(request: Request, till_id: str = Path(max_length=64), who: Principal = Depends(role(*ADMINS))) -> None:
    await write(request, lambda c: tills.revoke(connection=c, till_id=till_id, actor=who.user_id))
    hq(request).state.forget_principals()
