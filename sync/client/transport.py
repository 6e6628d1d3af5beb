"""HTTP to HQ: one keep-alive httpx client, the pinned CA, short timeouts, and every failure as a SyncError.

Timeouts are short because a sync that hangs holds nothing the till needs (sales commit locally); a slow
HQ simply means the next attempt. Bodies are JSON encoded with orjson.
"""
from __future__ import annotations

import ipaddress
import ssl
from urllib.parse import urlsplit

import httpx
import orjson
from pydantic import BaseModel, ValidationError

from sync.client import tls
from sync.client.errors import REVOKED, SyncError
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0


class Transport:
    def __init__(self, *, base_url: str, token: str = "", ca_pem: str = "", connect_timeout: float = CONNECT_TIMEOUT,
                 read_timeout: float = READ_TIMEOUT, verify: ssl.SSLContext | None = None,
                 http_transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        scheme = urlsplit(self.base_url).scheme
        if scheme == "https":
            # No pinned CA: HQ has a publicly trusted certificate (docs/sync.md), checked by the system store.
            verify = verify or (tls.context(ca_pem) if ca_pem else tls.system_context())
        elif scheme == "http":
            if not _is_loopback(self.base_url):
                raise SyncError(f"Plain HTTP is allowed only to HQ on this machine, not {self.base_url}: "
                                "use https://.", kind="rejected")
            verify = False
        else:
            raise SyncError(f"{base_url!r} is not an HQ address: use https://host:port.", kind="rejected")
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            base_url=self.base_url, headers=headers, verify=verify, http1=True, http2=False,
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout, pool=connect_timeout),
            transport=http_transport, trust_env=False)

    def post(self, path: str, *, body: BaseModel | dict, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        data = body.model_dump(mode="json") if isinstance(body, BaseModel) else body
        return self._send("POST", path, content=orjson.dumps(data), headers=headers)

    def get(self, path: str, *, params: dict[str, str]) -> tuple[int, bytes]:
        return self._send("GET", path, params=params)

    def _send(self, method: str, path: str, **options) -> tuple[int, bytes]:
        where = f"HQ at {self.base_url}"
        try:
            response = self._client.request(method, path, **options)
        except httpx.TimeoutException as exc:
            kind = "unreachable" if isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout)) else "timeout"
            raise SyncError(f"{where} did not answer in time; nothing was lost, the till will retry.",
                            kind=kind) from exc
        except httpx.ConnectError as exc:
            if _certificate_problem(exc):
                raise SyncError(f"{where} presented a certificate this till does not trust ({_reason(exc)}); "
                                "the till will not talk to it.", kind="unreachable") from exc
            raise SyncError(f"{where} cannot be reached ({_reason(exc)}); nothing was lost, the till will "
                            "retry.", kind="unreachable") from exc
        except httpx.TransportError as exc:
            raise SyncError(f"The connection to {where} broke ({_reason(exc)}); nothing was lost, the till will "
                            "retry.", kind="unreachable") from exc
        status = response.status_code
        if status in (401, 403):
            raise SyncError(REVOKED, kind="unauthorised")
        if status >= 500:
            raise SyncError(f"{where} failed (HTTP {status}); nothing was lost, the till will retry.",
                            kind="server")
        if status >= 400 and status != 409:
            raise SyncError(f"{where} refused the request (HTTP {status}: {_detail(response.content)}).",
                            kind="rejected")
        return status, response.content

    def close(self) -> None:
        self._client.close()


def parse(model: type[BaseModel], data: bytes, *, what: str):
    """A reply body as `model`; a truncated or unexpected body is a protocol error, never a crash."""
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        raise SyncError(f"HQ's {what} could not be read ({where}: {first.get('msg')}).", kind="protocol") from None


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _certificate_problem(exc: Exception) -> bool:
    seen = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "…"


def _detail(content: bytes) -> str:
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError:
        return content[:120].decode("utf-8", "replace") or "no details"
    detail = data.get("detail", data) if isinstance(data, dict) else data
    return str(detail)[:200]
