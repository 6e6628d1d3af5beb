"""The till database as one object: opened, migrated, with its repositories and a transaction helper."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from pos_app.storage import migrate
from pos_app.storage.catalog_repo import CatalogRepo
from pos_app.storage.db import DB_NAME, data_dir, make_engine


class TillDatabase:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self.backup = migrate.upgrade(self.engine, path=path)
        self.catalog = CatalogRepo(self.engine)

    @classmethod
    def open(cls, directory: str | Path | None = None) -> "TillDatabase":
        return cls(data_dir(directory) / DB_NAME)

    @contextmanager
    def transaction(self):
        """One write transaction (BEGIN IMMEDIATE … COMMIT): everything inside lands together or not at all."""
        with self.engine.connect() as connection:
            connection.execution_options(write=True)
            with connection.begin():
                yield connection

    @contextmanager
    def reading(self):
        with self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "TillDatabase":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

