"""Helpers of the back-office API tests: sessions by role, a small catalog with categories and portions, and
sales pushed through the real push route at chosen till times."""
from __future__ import annotations

import uuid as uuidlib

from sync.protocol import ComponentWire, PortionWire, ProductWire
from sync.server import bootstrap, samples

PASSWORD = "long enough"


def session(world, *, role: str = "manager", store: str | None = None, name: str = "") -> dict:
    """Headers of a fresh session of a new user with `role`, tied to `store` (None: every store)."""
    user = f"{world.store}-{name or role}-{store or 'all'}-{uuidlib.uuid4().hex[:6]}"
    bootstrap.add_user(world.engine, user_id=user, role=role, store_id=store, password=PASSWORD)
    login = world.client.post("/api/v1/login", json={"user": user, "password": PASSWORD})
    assert login.status_code == 200, login.text
    return {"Authorization": f"Bearer {login.json()['token']}"}


def catalog(world) -> dict[str, str]:
    """Apples by weight (Fruit, cost 400/kg), bread by the piece (Bakery, cost 150), cheese by portion (Dairy,
    halves and quarters of a kg), and a combo of apples and bread. Returns name → sku."""
    skus = {name: world.sku(name) for name in ("apple", "bread", "cheese", "combo")}
    bootstrap.seed_catalog(world.engine, [
        ProductWire(sku=skus["apple"], name_zh="苹果", name_en="Apple", unit="kg", sold_by="weight", price=698,
                    cost=400, category="Fruit", min_fraction=1, safety_stock=2_000),
        ProductWire(sku=skus["bread"], name_zh="面包", name_en="Bread", unit="piece", sold_by="piece", price=500,
                    cost=150, category="Bakery", min_fraction=1000, safety_stock=5_000),
        ProductWire(sku=skus["cheese"], name_zh="奶酪", name_en="Cheese", unit="kg", sold_by="portion", price=8000,
                    cost=5000, category="Dairy", min_fraction=250,
                    portions=[PortionWire(code="half", name_zh="半", name_en="Half", size=500),
                              PortionWire(code="quarter", name_zh="四分之一", name_en="Quarter", size=250)]),
        ProductWire(sku=skus["combo"], name_zh="套餐", name_en="Combo", unit="piece", sold_by="combo", price=1000,
                    category="Deals", components=[ComponentWire(sku=skus["apple"], quantity=500),
                                                  ComponentWire(sku=skus["bread"], quantity=1000)]),
    ])
    world.client.app.state.hq.state.refresh()
    return skus


def combo_sale(skus: dict, *, created_at: str, kind: str = "sale") -> dict:
    """One combo line whose net 1000 fen is shared 480 apples (0.5 kg) / 520 bread (1 piece)."""
    sign = -1 if kind == "refund" else 1
    payload = samples.sale_payload([(skus["combo"], 1000, 1000)], created_at=created_at, kind=kind)
    line = payload["lines"][0]
    line.update(sold_by="combo", unit="piece", weighed=False,
                parts=[{"sku": skus["apple"], "quantity": sign * 500, "amount": sign * 480, "tax_rate": 900},
                       {"sku": skus["bread"], "quantity": sign * 1000, "amount": sign * 520, "tax_rate": 900}])
    payload["movements"] = [
        {"uuid": str(uuidlib.uuid4()), "sku": skus["apple"], "kind": kind, "quantity": -sign * 500,
         "sale_uuid": payload["uuid"], "reason": "", "created_at": created_at},
        {"uuid": str(uuidlib.uuid4()), "sku": skus["bread"], "kind": kind, "quantity": -sign * 1000,
         "sale_uuid": payload["uuid"], "reason": "", "created_at": created_at}]
    return payload


def push(world, payloads: list[dict], *, till: int = 0) -> None:
    answer = world.push(world.next_events(payloads, till=till), till=till)
    assert answer.status_code == 200, answer.text
    assert answer.json()["rejected"] == [], answer.text


def at(day: str, clock: str = "10:00:00") -> str:
    """A Shanghai till's time on `day`."""
    return f"{day}T{clock}.000+08:00"


def pages(world, path: str, headers: dict, *, items: str, cursor: str, **params) -> list[list[dict]]:
    """Every page of a paged route, following its `next` value as the `cursor` parameter."""
    found, mark = [], ""
    while True:
        answer = world.client.get(path, params={**params, cursor: mark}, headers=headers)
        assert answer.status_code == 200, answer.text
        found.append(answer.json()[items])
        mark = answer.json()["next"]
        if mark is None:
            return found
