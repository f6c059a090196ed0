"""Where the app keeps its data: platformdirs by default, one folder when overridden."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from assessor_app import APP_ID, ORG_NAME

DATA_DIR_ENV = "ASSESSOR_APP_DATA_DIR"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "assessor.db"

    @property
    def key_file(self) -> Path:
        """How the data key is kept (protection/key_file.py); absent in older folders."""
        return self.data_dir / "protection.json"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def templates(self) -> Path:
        return self.data_dir / "templates"

    @property
    def identities(self) -> Path:
        return self.data_dir / "identities"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "assessor.log"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | Path | None = None) -> AppPaths:
    """--data-dir, then $ASSESSOR_APP_DATA_DIR, then the platform's user folders.

    An override keeps everything (config, logs, cache) inside that one folder, so tests
    and a portable install never touch the user's real folders.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(root, root / "config", root / "logs", root / "cache")
    # Imported only when asked (some 13 ms): a start with a data folder never needs it.
    from platformdirs import PlatformDirs

    dirs = PlatformDirs(APP_ID, ORG_NAME)
    return AppPaths(
        Path(dirs.user_data_dir),
        Path(dirs.user_config_dir),
        Path(dirs.user_log_dir),
        Path(dirs.user_cache_dir),
    )
