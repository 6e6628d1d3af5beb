"""Store-wide settings kept in the till database (synced from HQ once sync lands)."""
from __future__ import annotations

import json

from sqlalchemy import Connection

DEFAULTS = {
    "currency": {"code": "CNY", "exponent": 2, "symbol": "¥"},
    "cash_rounding": 1,          # minor units; 10 rounds cash to ¥0.10
    "nomenclature": None,        # None = the default variable-measure rules
    "store_name": "FreshTill Demo Market",
    "till_id": "till-1",
}


def get(connection: Connection, key: str):
    row = connection.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (key,)).first()
    return json.loads(row[0]) if row else DEFAULTS.get(key)


def put(connection: Connection, key: str, value) -> None:
    connection.exec_driver_sql(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)))
