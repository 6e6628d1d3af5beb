"""HTTPS for HQ: a local CA and a server certificate made on first start, and the CA's fingerprint.

The till pins the CA (sent at enrollment, and checked against the fingerprint an admin reads out with the
enrollment code), so no public CA and no trust-on-first-use is needed for a shop's own server.
Keys are written 0600.
"""
from __future__ import annotations

import hashlib
import ipaddress
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from sync.server.core.config import Settings
from sync.server.core.errors import HqError

CA_CERT, CA_KEY = "ca.pem", "ca-key.pem"
SERVER_CERT, SERVER_KEY = "server.pem", "server-key.pem"


@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path
    ca: Path | None      # the CA a till pins; None when an operator's certificate came without one


def tls_files(settings: Settings) -> TlsFiles:
    """The configured certificate, or the generated one (made now if missing)."""
    if settings.tls_cert is not None and settings.tls_key is not None:
        for path in (settings.tls_cert, settings.tls_key):
            if not Path(path).is_file():
                raise HqError(f"The TLS file {path} does not exist.")
        return TlsFiles(Path(settings.tls_cert), Path(settings.tls_key),
                        Path(settings.tls_ca) if settings.tls_ca else None)
    return ensure_local_ca(Path(settings.data_dir) / "tls", hosts=_default_hosts(settings.host))


def ca_pem(settings: Settings) -> str:
    files = tls_files(settings)
    return files.ca.read_text() if files.ca else ""


def fingerprint(pem: str) -> str:
    """SHA-256 of the certificate's DER bytes, upper-case hex pairs joined by colons (as openssl prints it)."""
    der = x509.load_pem_x509_certificate(pem.encode()).public_bytes(serialization.Encoding.DER)
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def ensure_local_ca(folder: Path, *, hosts: list[str]) -> TlsFiles:
    folder.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = folder / CA_CERT, folder / CA_KEY
    if not (ca_cert.exists() and ca_key.exists()):
        _make_ca(cert_path=ca_cert, key_path=ca_key)
    cert, key = folder / SERVER_CERT, folder / SERVER_KEY
    if not (cert.exists() and key.exists()) or not _covers(cert, hosts):
        _make_server_cert(cert_path=cert, key_path=key, ca_cert=ca_cert, ca_key=ca_key, hosts=hosts)
    return TlsFiles(cert, key, ca_cert)


def _default_hosts(host: str) -> list[str]:
    hosts = ["localhost", "127.0.0.1", "::1", socket.gethostname()]
    if host not in ("", "0.0.0.0", "::") and host not in hosts:
        hosts.append(host)
    return hosts


def _covers(cert_path: Path, hosts: list[str]) -> bool:
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    try:
        names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    have = {str(n) for n in names.get_values_for_type(x509.DNSName)}
    have |= {str(n) for n in names.get_values_for_type(x509.IPAddress)}
    expires = cert.not_valid_after_utc
    return set(hosts) <= have and expires > datetime.now(timezone.utc) + timedelta(days=30)


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    data = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def _make_ca(*, cert_path: Path, key_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "FreshTill"),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"FreshTill HQ local CA {socket.gethostname()}")])
    start = datetime.now(timezone.utc) - timedelta(minutes=5)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    _write_key(key_path, key)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def _make_server_cert(*, cert_path: Path, key_path: Path, ca_cert: Path, ca_key: Path, hosts: list[str]) -> None:
    issuer = x509.load_pem_x509_certificate(ca_cert.read_bytes())
    signer = serialization.load_pem_private_key(ca_key.read_bytes(), password=None)
    key = ec.generate_private_key(ec.SECP256R1())
    alt_names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            alt_names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            alt_names.append(x509.DNSName(host))
    start = datetime.now(timezone.utc) - timedelta(minutes=5)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
            .issuer_name(issuer.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + timedelta(days=825))
            .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()), critical=False)
            .sign(signer, hashes.SHA256()))
    _write_key(key_path, key)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
