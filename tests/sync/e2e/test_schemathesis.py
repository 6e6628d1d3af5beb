"""Schemathesis against the OpenAPI description HQ serves, over HTTPS, against the real `hq serve` (uvicorn,
two workers on PostgreSQL): no input makes HQ answer 5xx.

tests/sync/server/test_schema.py fuzzes the ASGI app in-process with schema-valid input. This one goes
through everything a till's request meets in production — TLS, uvicorn's HTTP parser, the ASGI middleware
with its in-memory pull lanes (which answer before FastAPI validates anything once a till's token is cached),
several worker processes — with schema-valid *and* schema-violating input, each sent with the principal that
reaches the handler (the till's device token for push and pull; a manager's session for the back office,
an admin's where only an admin may; a session of its own for logout) and with no token at all. Answers HQ
documents are also checked against the documented response schema; random cursors seldom reach the pull
lanes, so a second test walks a till's real cursors through them and checks their hand-built bodies too.
"""
from __future__ import annotations

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error, response_schema_conformance

from sync.protocol import CA, ENROLL, HEALTH, LOGIN, METRICS, PULL, PUSH, PullResponse
from sync.server import bootstrap, samples
from sync.server.core.db import writing
from sync.server.crud import users
from tests.sync.e2e.conftest import cheap_hashes

PASSWORD = "a long enough password"
EXAMPLES = 15           # per operation and generation mode: 30 inputs an operation, each with and without a token
LOGOUT = "/api/v1/logout"
PUBLIC = {HEALTH, CA, ENROLL, LOGIN}      # sent once, without a token
ADMIN_ONLY = {("POST", "/api/v1/stores"), ("PUT", "/api/v1/stores/{store_id}/settings/{key}"),
              ("POST", "/api/v1/stores/{store_id}/enrollment-codes"), ("POST", "/api/v1/tills/{till_id}/revoke"),
              ("POST", "/api/v1/users"), ("POST", "/api/v1/users/{user_id}/deactivate"),
              ("POST", "/api/v1/users/{user_id}/activate")}


@pytest.fixture(scope="module")
def principals(hq):
    store = hq.new_store()
    till = bootstrap.enroll_till(hq.engine, store_id=store)
    with cheap_hashes():
        for role in ("manager", "admin"):
            bootstrap.add_user(hq.engine, user_id=f"fuzz-{role}", role=role, password=PASSWORD)
    session = requests.Session()
    session.verify = hq.ca_path
    session.trust_env = False       # else REQUESTS_CA_BUNDLE from the environment overrides `verify`
    tokens = {"till": till["token"], "store": store}
    for role in ("manager", "admin"):
        answer = session.post(hq.url + LOGIN, json={"user": f"fuzz-{role}", "password": PASSWORD}, timeout=30)
        assert answer.status_code == 200, answer.text
        tokens[role] = answer.json()["token"]
    yield tokens, session
    session.close()


def fresh_session(hq) -> str:
    with cheap_hashes(), writing(hq.engine) as connection:
        return users.login(connection=connection, user_id="fuzz-manager", password=PASSWORD, ttl_s=600)["token"]


@pytest.mark.slow
def test_no_input_makes_hq_answer_a_server_error(hq, principals):
    tokens, session = principals
    schema = schemathesis.openapi.from_url(hq.url + "/openapi.json", verify=hq.ca_path, timeout=30)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 19
    calls = 0
    for operation in operations:
        public = operation.path in PUBLIC

        def senders(method=operation.method.upper(), path=operation.path) -> list[dict]:
            if path in (PUSH, PULL):
                token = tokens["till"]
            elif path == LOGOUT:
                token = fresh_session(hq)                  # logging out must not end the shared sessions
            else:
                token = tokens["admin" if (method, path) in ADMIN_ONLY else "manager"]
            return [{"Authorization": f"Bearer {token}"}, {}]

        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            @given(case=operation.as_strategy(generation_mode=mode))
            # An unknown user's login verifies a dummy hash at production cost (~100 ms, by design).
            @settings(max_examples=EXAMPLES if operation.path != LOGIN else 5, deadline=None, derandomize=True,
                      database=None, phases=[Phase.explicit, Phase.generate],
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                             HealthCheck.data_too_large])
            def check(case) -> None:
                nonlocal calls
                for headers in [{}] if public else senders():
                    response = case.call(base_url=hq.url, session=session, headers=headers, timeout=30,
                                         verify=hq.ca_path)
                    calls += 1
                    assert response.status_code < 500, (case.method, case.formatted_path, headers != {},
                                                        response.status_code, response.text[:500])
                    checks = [not_a_server_error]
                    if mode is GenerationMode.POSITIVE and headers:
                        checks.append(response_schema_conformance)
                    case.validate_response(response, checks=checks)

            check()
    print(f"\n[{hq.kind}] {len(operations)} operations, {calls} requests, no 5xx")


def test_the_pull_lanes_answer_what_the_schema_says(hq, principals):
    """Full, incremental (other tills' sales moved stock), nothing new, paged and stale cursors — answered
    by the database, the worker's store snapshot or the "nothing new" lane, whichever applies — each a
    documented 200 whose body the till's own protocol model reads."""
    tokens, session = principals
    schema = schemathesis.openapi.from_url(hq.url + "/openapi.json", verify=hq.ca_path, timeout=30)
    operation = schema[PULL]["GET"]
    till = {"Authorization": f"Bearer {tokens['till']}"}
    other = bootstrap.enroll_till(hq.engine, store_id=tokens["store"])

    def push(token: str, seq: int) -> None:
        event = samples.event(seq, samples.sale_payload([("V1", 1_234, 698)]))
        answer = session.post(hq.url + PUSH, json={"events": [event]}, headers={"Authorization": f"Bearer {token}"},
                              timeout=30)
        assert answer.status_code == 200, answer.text

    def pull(since: str) -> PullResponse:
        case = operation.Case(query={"since": since})
        response = case.call(base_url=hq.url, session=session, headers=till, timeout=30, verify=hq.ca_path)
        assert response.status_code == 200, response.text
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
        return PullResponse.model_validate_json(response.content)

    memory_before = _memory_pulls(hq, session, tokens["manager"])
    first = pull("")
    while first.more:
        first = pull(first.cursor)
    for seq in (1, 2):
        push(other["token"], seq)                      # another till's sales move the store's stock
    seen = [first.cursor]
    for _ in range(6):                                 # enough pulls for both workers to cache the token
        answer = pull(seen[-1])
        seen.append(answer.cursor)
    assert any(s.sku == "V1" for s in pull(first.cursor).stock)
    head = seen[-1]
    protocol, catalog, store, acked = head.split(".")
    for since in (head, f"{protocol}.{catalog}.{int(store) - 1}.{acked}", f"{protocol}.{catalog}.{store}.{acked}.p0",
                  f"{protocol}.{int(catalog) + 9}.{store}.{acked}", f"{protocol}.{catalog}.{int(store) + 9}.{acked}",
                  "1.0.0.0", "garbage", ""):
        pull(since)
    assert _memory_pulls(hq, session, tokens["manager"]) > memory_before     # the lanes did answer some


def _memory_pulls(hq, session, token: str) -> float:
    text = session.get(hq.url + METRICS, headers={"Authorization": f"Bearer {token}"}, timeout=30).text
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith("freshtill_hq_pulls_total{") and 'path="memory"' in line)
