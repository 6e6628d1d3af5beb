"""Trusting HQ: the pinned CA as an SSL context, and reading HQ's certificate chain before trusting it.

A till trusts exactly one CA — the one pinned at enrollment — not the operating system's store: HQ's
demo CA is self-signed, and a till must not accept some other certificate a public CA issued for the name.
"""
from __future__ import annotations

import hashlib
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.serialization import Encoding

from sync.client.errors import SyncError


@dataclass(frozen=True)
class Certificate:
    der: bytes
    subject: str
    is_ca: bool
    self_signed: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.der)

    @property
    def pem(self) -> str:
        return x509.load_der_x509_certificate(self.der).public_bytes(Encoding.PEM).decode("ascii")


def fingerprint(der: bytes) -> str:
    """SHA-256 of a DER certificate as `AB:CD:…`, the form `openssl x509 -fingerprint -sha256` prints."""
    return ":".join(f"{byte:02X}" for byte in hashlib.sha256(der).digest())


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text.strip().upper() if ch not in ": ")
    if digits.startswith("SHA256="):
        digits = digits[len("SHA256="):]
    if len(digits) != 64 or any(ch not in "0123456789ABCDEF" for ch in digits):
        raise SyncError(f"{text!r} is not a SHA-256 fingerprint: expect 64 hex digits, colons allowed.",
                        kind="rejected")
    return ":".join(digits[i:i + 2] for i in range(0, 64, 2))


def pem_fingerprint(pem: str) -> str:
    return fingerprint(x509.load_pem_x509_certificate(pem.encode("ascii")).public_bytes(Encoding.DER))


def context(ca_pem: str) -> ssl.SSLContext:
    """A client context that trusts only `ca_pem` and checks HQ's host name against its certificate."""
    ctx = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH, cadata=ca_pem)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def system_context() -> ssl.SSLContext:
    """For an HQ whose operator installed a publicly trusted certificate and no CA of its own."""
    ctx = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    if not parts.hostname:
        raise SyncError(f"{url!r} is not an HQ address: use https://host:port.", kind="rejected")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def fetch_chain(url: str, *, timeout: float = 10.0) -> list[Certificate]:
    """The certificates HQ presents, leaf first, read WITHOUT trusting them (for pinning on first contact)."""
    host, port = host_port(url)
    probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    probe.check_hostname = False
    probe.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            with probe.wrap_socket(raw, server_hostname=host) as tls:
                # Public as SSLSocket.get_unverified_chain() from Python 3.13; the C method exists since 3.10.
                getter = getattr(tls, "get_unverified_chain", None) or tls._sslobj.get_unverified_chain
                chain = getter() or []
                ders = [c if isinstance(c, bytes) else c.public_bytes(ssl._ssl.ENCODING_DER) for c in chain]
    except (OSError, ssl.SSLError) as exc:
        raise SyncError(f"HQ at {host}:{port} cannot be reached over TLS ({exc}).", kind="unreachable") from exc
    return [_describe(der) for der in ders]


def chain_ca(chain: list[Certificate], *, expected: str | None) -> Certificate | None:
    """The CA to pin from the chain HQ presents: the certificate matching `expected` (a fingerprint the admin
    read at HQ), else — trust on first use — the top of the chain. None when HQ sent only its own
    certificate (its CA is then fetched from HQ and checked the same way)."""
    if not chain:
        raise SyncError("HQ presented no certificate.", kind="protocol")
    cas = [c for c in chain if c.is_ca or c.self_signed]
    if expected is not None:
        wanted = normalise_fingerprint(expected)
        for certificate in chain:
            if certificate.fingerprint == wanted:
                return certificate
        if cas:
            raise mismatch(wanted)
        return None
    return cas[-1] if cas else None


def mismatch(wanted: str) -> SyncError:
    return SyncError(f"HQ's certificate authority does not match fingerprint {wanted}: this may not be your HQ. "
                     "Check the address and the fingerprint shown at HQ.", kind="protocol")


def leaf_context(leaf: Certificate) -> ssl.SSLContext:
    """Trust exactly the server certificate just read (OpenSSL's partial-chain mode accepts a leaf as the
    anchor): the CA fetched over it surely comes from the holder of that certificate's key."""
    ctx = context(leaf.pem)
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return ctx


def issued_by(leaf: Certificate, *, ca_pem: str) -> bool:
    try:
        ca = x509.load_pem_x509_certificate(ca_pem.encode("ascii"))
        x509.load_der_x509_certificate(leaf.der).verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _describe(der: bytes) -> Certificate:
    cert = x509.load_der_x509_certificate(der)
    try:
        is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    return Certificate(der=der, subject=cert.subject.rfc4514_string(), is_ca=is_ca,
                       self_signed=cert.issuer == cert.subject)
