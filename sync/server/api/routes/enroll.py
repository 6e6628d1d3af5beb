"""Enrollment: a one-time code becomes a till's device token, and the till learns which CA to pin."""
from __future__ import annotations

from fastapi import APIRouter, Request

from sync.protocol import CA, ENROLL, EnrollRequest, EnrollResponse
from sync.server.api.context import hq, write
from sync.server.crud import tills

router = APIRouter(tags=["till"])


@router.post(ENROLL, response_model=EnrollResponse, summary="Spend an enrollment code; get a device token",
             responses={403: {"description": "unknown, used or expired code"}})
async def enroll(body: EnrollRequest, request: Request) -> EnrollResponse:
    made = await write(request, lambda c: tills.enroll(connection=c, code=body.code, till_name=body.till_name))
    return EnrollResponse(**made, ca_pem=hq(request).ca_pem)


@router.get(CA, summary="HQ's CA certificate, for a new till to check against the fingerprint it was given")
async def ca(request: Request) -> dict:
    context = hq(request)
    return {"ca_pem": context.ca_pem, "fingerprint": context.ca_fingerprint}
