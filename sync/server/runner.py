"""Running HQ: `serve` (what `freshtill hq serve` does), an in-process server thread for tests, and a
server subprocess (several workers, killable) for end-to-end tests and benchmarks.

`python -m sync.server.runner` serves with settings from the FRESHTILL_HQ_* environment.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from sync.protocol import HEALTH
from sync.server.api.middleware import FastLanes
from sync.server.app import app_from_env, create_app
from sync.server.bootstrap import prepare
from sync.server.core.config import Settings
from sync.server.core.errors import HqError


def _uvicorn_options(settings: Settings, tls) -> dict:
    # No proxy-header rewriting (HQ never reads the client address) and no Server header: less per request.
    # uvloop has no Windows build: there (the demo's embedded HQ on a Windows till) asyncio's own loop serves.
    loop = "asyncio" if sys.platform == "win32" else "uvloop"
    options = {"host": settings.host, "port": settings.port, "loop": loop, "http": "httptools",
               "access_log": False, "log_level": "warning", "timeout_keep_alive": 30, "backlog": 4096,
               "proxy_headers": False, "server_header": False}
    if tls is not None:
        options.update(ssl_certfile=str(tls.cert), ssl_keyfile=str(tls.key))
    return options


def serve(settings: Settings) -> None:
    """Migrate, make TLS files if needed, and serve until interrupted."""
    prepared = prepare(settings)
    prepared.engine.dispose()
    options = _uvicorn_options(settings, prepared.tls)
    workers = settings.effective_workers
    if workers == 1:
        uvicorn.run(served_app(settings), **options)
        return
    # Workers are separate processes: they rebuild the settings from the environment and share metrics
    # through files.
    metrics_dir = Path(settings.data_dir) / "metrics"
    shutil.rmtree(metrics_dir, ignore_errors=True)
    metrics_dir.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)
    os.environ.update(settings.to_env())
    uvicorn.run("sync.server.runner:served_app_from_env", factory=True, workers=workers, **options)


def served_app(settings: Settings) -> FastLanes:
    """The application as served: the pull lanes in front of FastAPI (api/middleware.py)."""
    return FastLanes(create_app(settings))


def served_app_from_env() -> FastLanes:
    return FastLanes(app_from_env())


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def base_url(settings: Settings) -> str:
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "") else settings.host
    return f"{settings.scheme}://{host}:{settings.port}"


def _verify(tls) -> ssl.SSLContext | bool:
    """What an httpx client needs to trust this server: its CA only (False for plain development HTTP)."""
    if tls is None:
        return False
    return ssl.create_default_context(cafile=str(tls.ca)) if tls.ca else True


def wait_ready(url: str, *, verify, timeout: float = 60.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(url + HEALTH, verify=verify, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if process is not None and process.poll() is not None:
            raise HqError(f"The HQ server exited with code {process.returncode} before it was ready.")
        if time.monotonic() > deadline:
            raise HqError(f"The HQ server at {url} was not ready within {timeout:.0f} s.")
        time.sleep(0.05)


class ServerThread:
    """One worker inside this process, on its own port: `with ServerThread(settings) as hq: hq.url …`."""

    def __init__(self, settings: Settings) -> None:
        if settings.port in (0, 8443):
            settings = settings.with_(port=free_port(settings.host))
        self.settings = settings
        self.url = base_url(settings)
        self.prepared = prepare(settings)
        self.verify = _verify(self.prepared.tls)
        config = uvicorn.Config(served_app(settings), **_uvicorn_options(settings, self.prepared.tls))
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, name="hq-server", daemon=True)

    @property
    def engine(self):
        return self.prepared.engine

    def __enter__(self) -> ServerThread:
        self._thread.start()
        wait_ready(self.url, verify=self.verify)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)
        self.prepared.engine.dispose()


class ServerProcess:
    """`freshtill hq serve` as a child process (several workers); `restart()` and `kill()` for fault tests."""

    def __init__(self, settings: Settings, *, log_path: Path | None = None) -> None:
        if settings.port in (0, 8443):
            settings = settings.with_(port=free_port(settings.host))
        self.settings = settings
        self.url = base_url(settings)
        self.prepared = prepare(settings)
        self.verify = _verify(self.prepared.tls)
        self.log_path = log_path or Path(settings.data_dir) / "server.log"
        self.process: subprocess.Popen | None = None

    @property
    def engine(self):
        return self.prepared.engine

    def start(self) -> None:
        env = {**os.environ, **self.settings.to_env()}
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "sync.server.runner"], env=env, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        wait_ready(self.url, verify=self.verify, process=self.process)

    def stop(self, *, sig: int = signal.SIGTERM) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, sig)   # the whole group: uvicorn's workers too
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def kill(self) -> None:
        self.stop(sig=signal.SIGKILL)

    def restart(self) -> None:
        self.stop()
        self.start()

    def __enter__(self) -> ServerProcess:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
        self.prepared.engine.dispose()


if __name__ == "__main__":
    serve(Settings.from_env())
