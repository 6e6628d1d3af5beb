"""Request and response bodies of the back-office routes (the till's wire models live in sync.protocol)."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from sync.protocol import ProductWire

Id = Annotated[str, Field(min_length=1, max_length=64)]
Text = Annotated[str, Field(max_length=200)]
Secret = Annotated[str, Field(min_length=1, max_length=200)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LoginRequest(Body):
    user: Id
    password: Secret


class LoginResponse(Body):
    token: str
    role: str
    user_id: str
    expires_at: str


class Me(Body):
    kind: str
    user_id: str = ""
    role: str = ""
    till_id: str = ""
    store_id: str = ""


class StoreCreate(Body):
    id: Id
    name: Text = ""


class Store(Body):
    id: str
    name: str


class EnrollmentCode(Body):
    code: str
    store_id: str
    expires_in_s: int
    ca_fingerprint: str      # SHA-256 of the CA certificate; the till checks it on its first connection


class TillInfo(Body):
    id: str
    store_id: str
    name: str
    created_at: str | None
    revoked_at: str | None
    acked_seq: int
    last_seen: str | None
    last_push: str | None
    last_event_at: str | None
    clock_skew_ms: int | None


class UserCreate(Body):
    id: Id
    name: Text = ""
    role: Literal["cashier", "manager", "admin"]
    store_id: Id | None = None
    password: Secret | None = None
    pin: Annotated[str, Field(min_length=4, max_length=12, pattern=r"^\d+$")] | None = None


class UserRole(Body):
    role: Literal["cashier", "manager", "admin"]


class User(Body):
    id: str
    name: str
    role: str
    store_id: str | None


class ProductsUpsert(Body):
    products: Annotated[list[ProductWire], Field(min_length=1, max_length=5000)]


class Delist(Body):
    skus: Annotated[list[Id], Field(min_length=1, max_length=5000)]


class Price(Body):
    price: Annotated[StrictInt, Field(ge=0, le=10**12)]


class SettingValue(Body):
    value: Any


class Day(Body):
    day: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class Version(Body):
    version: int


class ExceptionRow(Body):
    id: int
    store_id: str
    till_id: str | None
    event_id: str | None
    kind: str
    sku: str | None
    detail: str
    created_at: str
