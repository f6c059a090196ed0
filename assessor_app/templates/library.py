"""The installed templates: shipped ones in resources/, imported ones in the data dir."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import suppress
from pathlib import Path

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, TemplateError
from assessor_app.domain.template import ChecklistTemplate, TemplateInfo
from assessor_app.resources import resource_path
from assessor_app.templates.loader import load_template_file


class TemplateLibrary:
    """Finds templates by id and version; a visit stays pinned to the version it began with."""

    def __init__(self, user_dir: Path, validated_cache: Path | None = None) -> None:
        self._user_dir = user_dir
        self._validated_cache = validated_cache
        self._cache: dict[tuple[str, str], ChecklistTemplate] = {}
        self._sources: dict[tuple[str, str], str] = {}
        self._scanned = False

    def _scan(self) -> None:
        if self._scanned:
            return
        shipped = sorted(resource_path("templates").glob("*.json"))
        imported = sorted(self._user_dir.glob("*.json")) if self._user_dir.is_dir() else []
        validated = self._read_validated()
        before = set(validated)
        for path, source in [(p, "shipped") for p in shipped] + [(p, "imported") for p in imported]:
            try:
                template = load_template_file(path, validated)
            except TemplateError:
                # A broken file in the library must not stop the app; validate reports it.
                continue
            self._cache[(template.id, template.version)] = template
            self._sources[(template.id, template.version)] = source
        if validated != before:
            self._write_validated(validated)
        self._scanned = True

    def _read_validated(self) -> set[str]:
        """Hashes of template files that passed the schema before (a start-up shortcut)."""
        if self._validated_cache is None:
            return set()
        try:
            data = json.loads(self._validated_cache.read_text(encoding="utf-8"))
            return {h for h in data if isinstance(h, str)} if isinstance(data, list) else set()
        except (OSError, ValueError):
            return set()

    def _write_validated(self, hashes: set[str]) -> None:
        if self._validated_cache is None:
            return
        with suppress(OSError):  # only a cache: failing to write it costs speed, not data
            self._validated_cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._validated_cache.with_suffix(".tmp")
            tmp.write_text(json.dumps(sorted(hashes)), encoding="utf-8")
            tmp.replace(self._validated_cache)

    def list(self) -> list[TemplateInfo]:
        self._scan()
        return [
            TemplateInfo(
                id=t.id,
                version=t.version,
                title=t.title,
                wording=t.wording,
                requirement_count=len(t.requirements),
                core_count=sum(r.core for r in t.requirements),
                source=self._sources[key],
            )
            for key, t in sorted(self._cache.items())
        ]

    def get(self, template_id: str, version: str | None = None) -> ChecklistTemplate:
        """The template with this id and version; the newest version when none is given."""
        self._scan()
        if version is not None:
            try:
                return self._cache[(template_id, version)]
            except KeyError:
                raise NotFoundError.coded(
                    ErrorCode.TEMPLATE_VERSION_NOT_INSTALLED,
                    template_id=template_id,
                    version=version,
                ) from None
        versions = [t for (tid, _), t in self._cache.items() if tid == template_id]
        if not versions:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_TEMPLATE, template_id=template_id)
        return max(versions, key=lambda t: t.version)

    def default(self) -> ChecklistTemplate:
        self._scan()
        shipped = [t for k, t in self._cache.items() if self._sources[k] == "shipped"]
        if not shipped:
            raise NotFoundError.coded(ErrorCode.NO_TEMPLATE_INSTALLED)
        return shipped[0]

    def install(self, path: Path) -> ChecklistTemplate:
        """Validate a template file and copy it into the user library (atomically)."""
        template = load_template_file(path)
        self._scan()
        key = (template.id, template.version)
        if key in self._cache and self._sources[key] == "shipped":
            raise TemplateError.coded(
                ErrorCode.TEMPLATE_SHIPPED_ALREADY,
                path=path,
                template_id=template.id,
                template_version=template.version,
            )
        if key in self._cache:
            if self._cache[key] == template:
                return template  # the same file again: nothing to do
            raise TemplateError.coded(
                ErrorCode.TEMPLATE_VERSION_TAKEN,
                path=path,
                template_id=template.id,
                template_version=template.version,
            )
        self._user_dir.mkdir(parents=True, exist_ok=True)
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in template.id)
        target = self._user_dir / f"{safe}-{template.version}.json"
        fd, tmp = tempfile.mkstemp(dir=self._user_dir, suffix=".tmp")
        os.close(fd)
        shutil.copyfile(path, tmp)
        Path(tmp).replace(target)
        self._cache[key] = template
        self._sources[key] = "imported"
        return template
