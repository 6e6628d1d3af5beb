"""Schemathesis against the OpenAPI description: whatever it sends, with a till's or an admin's token or
none, HQ answers a 2xx or 4xx, never a 5xx. A database of its own, so its random catalog stays out of
the other tests."""
from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from sync.protocol import PULL, PUSH
from sync.server import bootstrap
from sync.server.app import create_app
from sync.server.core.db import writing
from sync.server.crud import users
from tests.sync.server.conftest import BACKENDS, backend_settings

TILL_PATHS = {PUSH, PULL}


@pytest.fixture(scope="module", params=BACKENDS)
def fuzzed(request, tmp_path_factory):
    with backend_settings(request.param, tmp_path_factory.mktemp("schema")) as hq_settings:
        prepared = bootstrap.prepare(hq_settings)
        bootstrap.add_store(prepared.engine, store_id="S1")
        till = bootstrap.enroll_till(prepared.engine, store_id="S1")
        bootstrap.add_user(prepared.engine, user_id="root", role="admin", password="long enough")
        with writing(prepared.engine) as connection:
            admin = users.login(connection=connection, user_id="root", password="long enough", ttl_s=3600)["token"]
        with TestClient(create_app(hq_settings)) as client:   # starts the lifespan on this app
            yield {"app": client.app, "till": till["token"], "admin": admin}
        prepared.engine.dispose()


@pytest.mark.slow
def test_no_input_makes_a_server_error(fuzzed):
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzzed["app"])
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 19
    for operation in operations:
        token = fuzzed["till"] if operation.path in TILL_PATHS else fuzzed["admin"]

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def check(case) -> None:
            for headers in ({"Authorization": f"Bearer {token}"}, {}):
                response = case.call(headers=headers)
                assert response.status_code < 500, (case.method, case.path, response.status_code,
                                                    response.text[:500])

        check()
