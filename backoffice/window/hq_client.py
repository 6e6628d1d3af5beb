"""The back office's line to HQ: HTTPS with the pinned CA (as the tills trust it), a manager's session token,
and every failure as one HqProblem sentence.

Blocking httpx on purpose: the window calls it only from its background helper, never from the UI thread.
The CA is settled by `sync.client.trust.settle_ca` — the same check a till's enrollment makes — before the
password is sent: with the fingerprint the admin read at HQ it must match; without, it is trusted on first use
and its fingerprint is shown so the manager can compare.
"""
from __future__ import annotations

import ssl
import uuid as uuidlib
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import httpx
import orjson

from pos_app.core.errors import PosError
from sync.client import tls
from sync.client.errors import SyncError
from sync.client.trust import settle_ca
from sync.protocol import API, LOGIN

# Which way a problem points the manager; the window says each in its language (backoffice/window/messages.py).
KINDS = ("address", "untrusted", "unreachable", "timeout", "login", "expired", "forbidden", "rejected",
         "conflict", "server", "protocol")
OPERATIONS = {"goods_in": "goods-in", "waste": "waste", "count": "count"}
TIMEOUT = 10.0


class HqProblem(PosError):
    """What went wrong talking to HQ, as one English sentence; `kind` picks the window's translated one."""

    code = "hq"

    def __init__(self, message: str, *, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown HqProblem kind {kind!r}")
        super().__init__(message, code=f"hq_{kind}")
        self.kind = kind


@dataclass(frozen=True)
class Trust:
    """How this window trusts an HQ address: the pinned CA ("" when HQ has a publicly trusted certificate)."""

    url: str
    ca_pem: str
    fingerprint: str
    first_use: bool


@dataclass(frozen=True)
class Session:
    user_id: str
    role: str
    store_id: str          # "" for an admin or a manager of every store
    expires_at: str

    @property
    def every_store(self) -> bool:
        return not self.store_id


def settle_trust(url: str, *, fingerprint: str = "", known_ca_pem: str = "", timeout: float = TIMEOUT) -> Trust:
    """The CA to pin for `url`: one already pinned, else read from HQ and checked against `fingerprint`."""
    url = _address(url)
    if urlsplit(url).scheme == "http":
        return Trust(url=url, ca_pem="", fingerprint="", first_use=False)
    if known_ca_pem:
        return Trust(url=url, ca_pem=known_ca_pem, fingerprint=tls.pem_fingerprint(known_ca_pem), first_use=False)
    try:
        ca_pem = settle_ca(url, expected=fingerprint.strip() or None, timeout=timeout)
    except SyncError as error:
        kind = {"unreachable": "unreachable", "timeout": "timeout", "rejected": "address"}.get(error.kind, "untrusted")
        raise HqProblem(str(error), kind=kind) from None
    return Trust(url=url, ca_pem=ca_pem, fingerprint=tls.pem_fingerprint(ca_pem) if ca_pem else "",
                 first_use=bool(ca_pem) and not fingerprint.strip())


class HqClient:
    """One keep-alive connection to HQ for one signed-in user. Not thread-safe: one background helper uses it."""

    def __init__(self, trust: Trust, *, timeout: float = TIMEOUT,
                 http_transport: httpx.BaseTransport | None = None) -> None:
        self.trust = trust
        self.session: Session | None = None
        if urlsplit(trust.url).scheme == "https":
            verify: ssl.SSLContext | bool = tls.context(trust.ca_pem) if trust.ca_pem else tls.system_context()
        else:
            verify = False
        self._http = httpx.Client(base_url=trust.url, verify=verify, trust_env=False, transport=http_transport,
                                  timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                                  headers={"Content-Type": "application/json"})

    def login(self, *, user: str, password: str) -> Session:
        if not user.strip() or not password:
            raise HqProblem("Enter your user name and password.", kind="login")
        try:
            answer = self._call("POST", LOGIN, body={"user": user.strip(), "password": password})
        except HqProblem as problem:
            if problem.kind in ("expired", "rejected"):
                raise HqProblem("HQ did not accept this user name and password.", kind="login") from None
            raise
        self._http.headers["Authorization"] = f"Bearer {answer['token']}"
        me = self._call("GET", f"{API}/me")
        if answer["role"] not in ("manager", "admin"):
            self._http.headers.pop("Authorization", None)
            raise HqProblem("This user may not use the back office: it is for managers.", kind="forbidden")
        self.session = Session(user_id=answer["user_id"], role=answer["role"], store_id=me.get("store_id") or "",
                               expires_at=answer["expires_at"])
        return self.session

    def stores(self) -> list[dict]:
        """The stores this session may see: [{id, name}]."""
        every = self._call("GET", f"{API}/stores")
        if self.session is not None and self.session.store_id:
            return [s for s in every if s["id"] == self.session.store_id]
        return every

    def dashboard(self, *, store_id: str | None, day: str) -> dict:
        """`store_id` None: every store summed (admins and managers of every store)."""
        path = f"{API}/dashboard" if store_id is None else f"{API}/stores/{_part(store_id)}/dashboard"
        return self._call("GET", path, params={"day": day})

    def stock(self, *, store_id: str, alert: str | None = None, page_size: int = 1000) -> list[dict]:
        """Every product's stock in the store, all pages read."""
        products, after = [], ""
        while True:
            params = {"limit": str(page_size), "after": after}
            if alert:
                params["alert"] = alert
            page = self._call("GET", f"{API}/stores/{_part(store_id)}/stock", params=params)
            products += page["products"]
            if not page["next"]:
                return products
            after = page["next"]

    def movements(self, *, store_id: str, sku: str, before: str = "", limit: int = 50) -> dict:
        """One page of a product's movements, newest first; pass the page's `next` as `before` for older ones."""
        return self._call("GET", f"{API}/stores/{_part(store_id)}/products/{_part(sku)}/movements",
                          params={"limit": str(limit), "before": before})

    def stock_operation(self, *, store_id: str, kind: str, lines: list[dict], operation: str | None = None,
                        at: str | None = None) -> dict:
        """Goods in, waste or a count; `operation` (a uuid) makes sending it twice change nothing; `at` (the
        store's local ISO time) dates it, default now."""
        if kind not in OPERATIONS:
            raise ValueError(f"unknown stock operation {kind!r}")
        body = {"operation": operation or str(uuidlib.uuid4()), "lines": lines}
        if at is not None:
            body["at"] = at
        return self._call("POST", f"{API}/stores/{_part(store_id)}/stock/{OPERATIONS[kind]}", body=body)

    def request(self, method: str, path: str, *, body: dict | list | None = None, params: dict | None = None):
        """Any back-office route under /api/v1 (`path` after it, parts already quoted by `part`): the answer's
        JSON, or HqProblem. For routes whose wrapper lives beside the view that uses it (hq_office.py)."""
        return self._call(method, f"{API}{path}", body=body, params=params)

    def forecasts(self, *, store_id: str, page_size: int = 1000) -> dict:
        """The store's latest forecasts, all pages: {run, categories, forecasts}."""
        found, after = [], ""
        while True:
            page = self._call("GET", f"{API}/stores/{_part(store_id)}/forecasts",
                              params={"limit": str(page_size), "after": after})
            found += page["forecasts"]
            if not page["next"]:
                return {"run": page["run"], "categories": page["categories"], "forecasts": found}
            after = page["next"]

    def forecast(self, *, store_id: str, sku: str | None = None, category: str | None = None,
                 history_days: int = 56) -> dict:
        """One product's (`sku`) or one category's history, forecast and 80 % interval."""
        params = {"history_days": str(history_days)}
        if sku is not None:
            return self._call("GET", f"{API}/stores/{_part(store_id)}/forecasts/{_part(sku)}", params=params)
        return self._call("GET", f"{API}/stores/{_part(store_id)}/category-forecast",
                          params={**params, "category": category or ""})

    def recompute(self, *, store_id: str, sku: str, history_days: int = 56) -> dict:
        return self._call("POST", f"{API}/stores/{_part(store_id)}/forecasts/{_part(sku)}/recompute",
                          params={"history_days": str(history_days)})

    def replenishment(self, *, store_id: str, supplier: str | None = None, service_level_bp: int = 9500,
                      page_size: int = 1000) -> dict:
        """Suggested orders with their inputs, all pages: {today, suppliers, lines}."""
        lines, after = [], ""
        params = {"service_level": str(service_level_bp), "limit": str(page_size)}
        if supplier is not None:
            params["supplier"] = supplier
        while True:
            page = self._call("GET", f"{API}/stores/{_part(store_id)}/replenishment", params={**params, "after": after})
            lines += page["lines"]
            if not page["next"]:
                return {"today": page["today"], "suppliers": page["suppliers"], "lines": lines}
            after = page["next"]

    def create_purchase_order(self, *, store_id: str, supplier: str, lines: list[dict]) -> dict:
        """`lines`: [{sku, suggested, ordered}] in thousandths; answers the draft order."""
        return self._call("POST", f"{API}/stores/{_part(store_id)}/purchase-orders",
                          body={"supplier": supplier, "lines": lines})

    def purchase_orders(self, *, store_id: str, status: str | None = None, limit: int = 50) -> list[dict]:
        params = {"limit": str(limit)}
        if status:
            params["status"] = status
        return self._call("GET", f"{API}/stores/{_part(store_id)}/purchase-orders", params=params)["orders"]

    def purchase_order(self, *, store_id: str, order_id: int, action: str = "",
                       arrived: list[dict] | None = None) -> dict:
        """The order; `action` "send" or "receive" posts that first (receiving: the lines of `arrived`,
        [{sku, quantity}], as weighed; every other line as ordered)."""
        path = f"{API}/stores/{_part(store_id)}/purchase-orders/{int(order_id)}"
        if action == "receive":
            return self._call("POST", f"{path}/receive", body={"lines": arrived or []})["order"]
        if action == "send":
            return self._call("POST", f"{path}/send")
        return self._call("GET", path)

    def export_purchase_order(self, *, store_id: str, order_id: int, kind: str) -> bytes:
        """The order as a CSV or XLSX file's bytes."""
        return self._call("GET", f"{API}/stores/{_part(store_id)}/purchase-orders/{int(order_id)}/export",
                          params={"format": kind}, raw=True)

    def logout(self) -> None:
        if self.session is not None:
            try:
                self._call("POST", f"{API}/logout")
            except HqProblem:
                pass     # the session expires at HQ anyway
            self.session = None

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, *, body: dict | list | None = None, params: dict | None = None,
              raw: bool = False):
        where = f"HQ at {self.trust.url}"
        try:
            response = self._http.request(method, path, params=params,
                                          content=None if body is None else orjson.dumps(body))
        except httpx.TimeoutException as exc:
            if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)):
                raise HqProblem(f"{where} cannot be reached (no answer to connect).", kind="unreachable") from None
            raise HqProblem(f"{where} did not answer in time.", kind="timeout") from None
        except httpx.ConnectError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in repr(exc) or isinstance(exc.__context__, ssl.SSLCertVerificationError):
                raise HqProblem(f"{where} presented a certificate this window does not trust.",
                                kind="untrusted") from None
            raise HqProblem(f"{where} cannot be reached ({_short(exc)}).", kind="unreachable") from None
        except httpx.TransportError as exc:
            raise HqProblem(f"The connection to {where} broke ({_short(exc)}).", kind="unreachable") from None
        if response.status_code >= 400:
            raise _problem(response, where=where)
        if raw:
            return response.content
        if response.status_code == 204 or not response.content:
            return None
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError:
            raise HqProblem(f"{where} answered something that is not JSON.", kind="protocol") from None


def _problem(response: httpx.Response, *, where: str) -> HqProblem:
    status = response.status_code
    try:
        data = orjson.loads(response.content)
        message = str(data.get("message") or data.get("detail") or "") if isinstance(data, dict) else ""
    except orjson.JSONDecodeError:
        message = ""
    message = message[:300] or f"HTTP {status}"
    if status == 401:
        return HqProblem(f"HQ no longer accepts this session ({message}): sign in again.", kind="expired")
    if status == 403:
        return HqProblem(f"HQ refused: {message}", kind="forbidden")
    if status == 409:
        return HqProblem(f"HQ refused a conflicting request: {message}", kind="conflict")
    if status >= 500:
        return HqProblem(f"{where} failed (HTTP {status}): {message}", kind="server")
    return HqProblem(f"HQ refused the request: {message}", kind="rejected")


def _address(url: str) -> str:
    url = url.strip()
    if "://" not in url and url:
        url = f"https://{url}"           # a bare host:port means HTTPS, as HQ serves
    url = url.rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise HqProblem(f"{url!r} is not an HQ address: write it as https://host:port.", kind="address")
    if parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1", "::1"):
        raise HqProblem(f"Plain HTTP is allowed only to HQ on this machine, not {url}: use https://.",
                        kind="address")
    return url


def _part(text: str) -> str:
    return quote(text, safe="")


part = _part      # public: a path segment quoted for `HqClient.request`


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "…"
