"""HQ's back-office routes behind the Sales analysis, Catalog and Administration views (docs/sync.md,
"Back-office API"), as plain functions over an `HqClient`. Like the client itself they block, so the views
call them only from the window's background helper."""
from __future__ import annotations

from collections.abc import Callable

from backoffice.window.hq_client import HqClient, part

PAGE = 1000


def sales_analysis(client: HqClient, *, store_id: str | None, first: str, last: str, top: int = 10) -> dict:
    """Categories, top and bottom sellers for the days `first`..`last` (both included); None: every store."""
    path = "/sales/analysis" if store_id is None else f"/stores/{part(store_id)}/sales/analysis"
    return client.request("GET", path, params={"from": first, "to": last, "top": str(top)})


def _every_page(read: Callable[[str], dict], *, key: str) -> list[dict]:
    rows, after = [], ""
    while True:
        page = read(after)
        rows += page[key]
        if not page["next"]:
            return rows
        after = page["next"]


def products(client: HqClient, *, store_id: str | None) -> list[dict]:
    """The whole catalog, delisted products too; with `store_id`, each product's `store_price` there."""
    params = {"limit": str(PAGE)} | ({"store_id": store_id} if store_id else {})
    return _every_page(lambda after: client.request("GET", "/products", params=params | {"after": after}),
                       key="products")


def supply_terms(client: HqClient) -> list[dict]:
    return _every_page(lambda after: client.request("GET", "/products/supply",
                                                    params={"limit": str(PAGE), "after": after}), key="products")


def suppliers(client: HqClient) -> list[dict]:
    return client.request("GET", "/suppliers")


def delist(client: HqClient, *, sku: str) -> dict:
    """Stop selling a product everywhere (it stays in the catalog, delisted)."""
    return client.request("POST", "/products/delist", body={"skus": [sku]})


def relist(client: HqClient, *, product: dict) -> dict:
    """Sell a delisted product again: its catalog row as listed (`GET /products`), active."""
    wire = {key: value for key, value in product.items() if key not in ("store_price", "terms")}
    return client.request("PUT", "/products", body={"products": [wire | {"active": True}]})


def put_supplier(client: HqClient, *, supplier: dict) -> dict:
    """Add or replace one supplier: {id, name, lead_time_days, review_days, min_order_amount, active}."""
    return client.request("PUT", "/suppliers", body={"suppliers": [supplier]})


def set_store_price(client: HqClient, *, store_id: str, sku: str, price: int) -> dict:
    return client.request("PUT", f"/stores/{part(store_id)}/prices/{part(sku)}", body={"price": price})


def set_supply_terms(client: HqClient, *, terms: dict) -> dict:
    """One product's terms, whole: {sku, lead_time_days, shelf_life_days, loss_rate, pack_size, min_order}."""
    return client.request("PUT", "/products/supply", body={"products": [terms]})


def import_catalog(client: HqClient, *, header: list, rows: list[dict], apply: bool) -> dict:
    """A catalog file's header and rows ([{line, cells}]) read by HQ as its own import reads them:
    {problems: [{line, reason}], products, terms, applied}. `apply` False checks; True writes the whole file
    in one transaction, or nothing when any row is bad."""
    return client.request("POST", "/products/import", body={"header": header, "rows": rows, "apply": apply})


def export_catalog(client: HqClient, *, after: str, store_id: str | None, limit: int = PAGE) -> dict:
    """One page of the catalog as file rows: {columns, rows, next}."""
    params = {"after": after, "limit": str(limit)} | ({"store_id": store_id} if store_id else {})
    return client.request("GET", "/products/export", params=params)


def users(client: HqClient, *, store_id: str | None) -> list[dict]:
    return client.request("GET", "/users", params={"store_id": store_id} if store_id else None)


def create_user(client: HqClient, *, user: dict) -> dict:
    return client.request("POST", "/users", body=user)


def set_user_active(client: HqClient, *, user_id: str, active: bool) -> dict:
    return client.request("POST", f"/users/{part(user_id)}/{'activate' if active else 'deactivate'}")


def set_user_role(client: HqClient, *, user_id: str, role: str) -> dict:
    return client.request("POST", f"/users/{part(user_id)}/role", body={"role": role})


def tills(client: HqClient, *, store_id: str | None) -> list[dict]:
    return client.request("GET", "/tills", params={"store_id": store_id} if store_id else None)


def revoke_till(client: HqClient, *, till_id: str) -> None:
    client.request("POST", f"/tills/{part(till_id)}/revoke")


def enrollment_code(client: HqClient, *, store_id: str) -> dict:
    """A one-time code for a new till of `store_id`: {code, store_id, expires_in_s, ca_fingerprint}."""
    return client.request("POST", f"/stores/{part(store_id)}/enrollment-codes")


def rejected_events(client: HqClient, *, store_id: str, before: str = "", limit: int = 50) -> dict:
    """One page, newest first: {events, next}; pass `next` as `before` for older ones."""
    return client.request("GET", f"/stores/{part(store_id)}/rejected-events",
                          params={"limit": str(limit), "before": before})


def exceptions(client: HqClient, *, store_id: str, before: int | None = None, limit: int = 50) -> list[dict]:
    """One page, newest first; pass the last row's id as `before` for older ones."""
    params = {"limit": str(limit)} | ({"before": str(before)} if before is not None else {})
    return client.request("GET", f"/stores/{part(store_id)}/exceptions", params=params)
