"""A real HTTPS server on 127.0.0.1 for the enrollment and pinning tests: a CA made here, a server certificate
it signed, and a handler that answers GET /api/v1/ca and enrollment (and records every request, to prove a
code was not sent)."""
from __future__ import annotations

import ipaddress
import json
import ssl
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.protocol import CA, ENROLL


def make_ca(name: str = "Test HQ CA"):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    start = datetime.now(timezone.utc) - timedelta(minutes=5)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(start + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(key, hashes.SHA256()))
    return cert, key


def make_server_cert(ca, ca_key, *, host: str = "127.0.0.1"):
    key = ec.generate_private_key(ec.SECP256R1())
    start = datetime.now(timezone.utc) - timedelta(minutes=5)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(ca.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(ca_key, hashes.SHA256()))
    return cert, key


def pem(cert) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


class TlsHq:
    """HTTPS on an ephemeral port. `send_chain`: the certificate file holds the CA after the server
    certificate, so the handshake presents both (otherwise only the server certificate)."""

    def __init__(self, folder: Path, *, send_chain: bool = True, ca=None) -> None:
        self.ca, ca_key = ca or make_ca()
        server_cert, server_key = make_server_cert(self.ca, ca_key)
        cert_file, key_file = folder / "server.pem", folder / "server-key.pem"
        cert_file.write_text(pem(server_cert) + (pem(self.ca) if send_chain else ""))
        key_file.write_bytes(server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                      serialization.NoEncryption()))
        self.ca_pem = pem(self.ca)
        self.offered_ca_pem = self.ca_pem   # what GET /api/v1/ca and the enrollment answer offer
        self.requests: list[tuple[str, dict]] = []
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def _handler(self):
        hq = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):   # noqa: N802
                hq.requests.append((self.path, {}))
                if self.path == CA:
                    self._answer(200, {"ca_pem": hq.offered_ca_pem, "fingerprint": "not to be trusted"})
                else:
                    self._answer(404, {"detail": "not found"})

            def do_POST(self):   # noqa: N802 — http.server's naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                hq.requests.append((self.path, body))
                if self.path != ENROLL or body.get("code") != "GOOD-CODE-1":
                    self._answer(403, {"detail": "unknown, used or expired code"})
                    return
                self._answer(200, {"store_id": "s-1", "store_name": "Riverside Market", "till_id": "t-9",
                                   "token": "device-token", "ca_pem": hq.offered_ca_pem})

            def _answer(self, status, data):
                raw = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *_args):
                pass

        return Handler

    def __enter__(self) -> "TlsHq":
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()
