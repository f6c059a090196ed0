"""The shape of the manifest and the records, checked by hand (no schema library here):
every field's type, length and pattern, so nothing unexpected reaches the database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from assessor_app.domain.bundle_refusal import CodedBundleRefusedError
from assessor_app.domain.display_text import one_line
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.hlc import HLC_TEXT
from assessor_app.domain.sync_types import BundleRefusedError, BundleTooNewError
from assessor_app.sync.bundle_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    KINDS,
    SHA256_HEX,
    Limits,
    name_problem,
)
from assessor_app.sync.import_fields import check_importable
from assessor_app.sync.strict_json import loads_strict

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TOKEN = re.compile(r"[a-z][a-z0-9_]{0,59}")
HLC = HLC_TEXT  # one definition of a timestamp's text, with the clock
MAX_VALUE_TEXT = 1024 * 1024
CHANGE_KEYS = {
    "id", "visit_id", "entity", "entity_id", "field", "old_value", "new_value", "author",
    "device_id", "hlc", "base_change_id", "merged_bases", "requirement_key", "recorded_at",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Manifest:
    format_version: int
    bundle_id: str
    kind: str
    device_id: str
    assessor_name: str
    assessor_email: str
    created: str
    app_version: str
    visit_ids: tuple[str, ...]
    members: dict[str, Member]
    signed: bool


@dataclass(frozen=True, slots=True)
class VisitRecords:
    id: str
    template_id: str
    template_version: str
    snapshot: dict[str, Any]
    changes: list[dict[str, Any]]
    attachments: list[dict[str, Any]]


def _where(path: str, problem: str) -> BundleRefusedError:
    return BundleRefusedError(f"{path} {problem}")


def _obj(value: Any, path: str, keys: set[str], optional: set[str] | None = None) -> dict:
    if not isinstance(value, dict):
        raise _where(path, "must be an object")
    missing = keys - set(value)
    if missing:
        raise _where(path, f"lacks {sorted(missing)[0]!r}")
    extra = set(value) - keys - (optional or set())
    if extra:
        raise _where(path, f"has unknown field {sorted(extra)[0][:40]!r}")
    return value


def _str(value: Any, path: str, max_len: int, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str):
        raise _where(path, "must be text")
    if len(value) > max_len:
        raise _where(path, f"is longer than {max_len} characters")
    if pattern is not None and not pattern.fullmatch(value):
        raise _where(path, "has an invalid format")
    return value


def _name(value: Any, path: str, max_len: int) -> str:
    """A person's name or e-mail the app shows (the manifest's assessor, a change's author):
    refused unless ``one_line`` shows it as it is, so no line break, control, format or bidi
    character (U+202E) reaches the import summary, the visit list or the trust log."""
    text = _str(value, path, max_len)
    if one_line(text, None) != text:
        raise CodedBundleRefusedError(ErrorCode.BUNDLE_NAME_NOT_ONE_LINE, where=path)
    return text


def _opt_str(value: Any, path: str, max_len: int, pattern: re.Pattern[str] | None = None) -> None:
    if value is not None:
        _str(value, path, max_len, pattern)


def _int(value: Any, path: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _where(path, f"must be a whole number from {low} to {high}")
    return value


def _time(value: Any, path: str) -> str:
    text = _str(value, path, 40)
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise _where(path, "is not an ISO date-time") from None
    return text


def _list(value: Any, path: str, max_len: int) -> list:
    if not isinstance(value, list):
        raise _where(path, "must be a list")
    if len(value) > max_len:
        raise _where(path, f"has more than {max_len} items")
    return value


def check_version(value: Any, path: str) -> None:
    """A format version is exactly an integer (not true, which Python counts as 1, nor 1.0);
    one above ours means a newer app made the bundle, and says so."""
    if type(value) is not int:
        raise _where(path, "must be a whole number")
    if value > FORMAT_VERSION:
        raise BundleTooNewError(value, FORMAT_VERSION)
    if value != FORMAT_VERSION:
        raise _where(path, f"{value} is not supported (this app reads version {FORMAT_VERSION})")


def check_format_version(data: Any) -> None:
    """Checked first, so a bundle from a newer app gets the message that helps."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise BundleRefusedError("manifest.json does not describe an IASIOS Assessor bundle")
    check_version(data.get("format_version"), "manifest.format_version")


def parse_manifest(data: Any, limits: Limits) -> Manifest:
    check_format_version(data)
    m = _obj(
        data, "manifest",
        {"format", "format_version", "bundle_id", "kind", "device_id", "assessor", "created",
         "app_version", "visit_ids", "members", "signed"},
    )  # fmt: skip
    if m["kind"] not in KINDS:
        raise _where("manifest.kind", f"must be one of {', '.join(KINDS)}")
    assessor = _obj(m["assessor"], "manifest.assessor", {"name", "email"})
    visit_ids = _list(m["visit_ids"], "manifest.visit_ids", 1000)
    if not visit_ids:
        raise _where("manifest.visit_ids", "is empty")
    for i, v in enumerate(visit_ids):
        _str(v, f"manifest.visit_ids[{i}]", 36, UUID)
    if not isinstance(m["signed"], bool):
        raise _where("manifest.signed", "must be true or false")
    members: dict[str, Member] = {}
    for i, item in enumerate(_list(m["members"], "manifest.members", limits.max_members)):
        path = f"manifest.members[{i}]"
        entry = _obj(item, path, {"name", "sha256", "size"})
        name = _str(entry["name"], f"{path}.name", 200)
        problem = name_problem(name)
        if problem:
            raise _where(f"{path}.name {name[:80]!r}", problem)
        if name.casefold() in {n.casefold() for n in members}:
            raise _where(f"{path}.name {name!r}", "is listed twice")
        members[name] = Member(
            name,
            _str(entry["sha256"], f"{path}.sha256", 64, SHA256_HEX),
            _int(entry["size"], f"{path}.size", 0, limits.max_member_bytes),
        )
    return Manifest(
        format_version=m["format_version"],
        bundle_id=_str(m["bundle_id"], "manifest.bundle_id", 36, UUID),
        kind=m["kind"],
        device_id=_str(m["device_id"], "manifest.device_id", 36, re.compile(r"[0-9A-Za-z-]+")),
        assessor_name=_name(assessor["name"], "manifest.assessor.name", 300),
        assessor_email=_name(assessor["email"], "manifest.assessor.email", 300),
        created=_time(m["created"], "manifest.created"),
        app_version=_str(m["app_version"], "manifest.app_version", 40),
        visit_ids=tuple(visit_ids),
        members=members,
        signed=m["signed"],
    )


def _check_change(c: Any, path: str, visit_id: str) -> dict[str, Any]:
    c = _obj(c, path, CHANGE_KEYS)
    _str(c["id"], f"{path}.id", 36, UUID)
    if _str(c["visit_id"], f"{path}.visit_id", 36, UUID) != visit_id:
        raise _where(f"{path}.visit_id", "names another visit")
    _str(c["entity"], f"{path}.entity", 30, TOKEN)
    _str(c["entity_id"], f"{path}.entity_id", 36, UUID)
    _str(c["field"], f"{path}.field", 60, TOKEN)
    check_importable(c["id"], c["entity"], c["field"])  # derived state never travels
    for side in ("old_value", "new_value"):
        if c[side] is not None:
            text = _str(c[side], f"{path}.{side}", MAX_VALUE_TEXT)
            # The value is JSON text; it must parse as strictly as the bundle itself.
            loads_strict(text.encode("utf-8"), f"{path}.{side}", MAX_VALUE_TEXT * 4, 8)
    # An author is stored as it reads: changes made under a name an older version let in
    # (a soft hyphen, a bidi mark) travel with every later export of their visit, so
    # refusing them would make that visit unimportable for good.
    c["author"] = one_line(_str(c["author"], f"{path}.author", 300), None)
    _str(c["device_id"], f"{path}.device_id", 36, re.compile(r"[0-9A-Za-z-]+"))
    _str(c["hlc"], f"{path}.hlc", 80, HLC)
    _opt_str(c["base_change_id"], f"{path}.base_change_id", 36, UUID)
    for j, b in enumerate(_list(c["merged_bases"], f"{path}.merged_bases", 100)):
        _str(b, f"{path}.merged_bases[{j}]", 36, UUID)
    _opt_str(c["requirement_key"], f"{path}.requirement_key", 20)
    _time(c["recorded_at"], f"{path}.recorded_at")
    return c


def parse_records(data: Any, manifest: Manifest, limits: Limits) -> list[VisitRecords]:
    if isinstance(data, dict):  # before the fields: a newer format may have others
        check_version(data.get("format_version"), "records.format_version")
    r = _obj(data, "records", {"format_version", "visits"})
    out: list[VisitRecords] = []
    total = 0
    for i, v in enumerate(_list(r["visits"], "records.visits", 1000)):
        path = f"records.visits[{i}]"
        v = _obj(v, path, {"id", "template", "snapshot", "changes", "attachments"})
        vid = _str(v["id"], f"{path}.id", 36, UUID)
        template = _obj(v["template"], f"{path}.template", {"id", "version"})
        if not isinstance(v["snapshot"], dict):
            raise _where(f"{path}.snapshot", "must be an object")
        changes = _list(v["changes"], f"{path}.changes", limits.max_changes)
        total += len(changes)
        if total > limits.max_changes:
            raise BundleRefusedError(f"more than {limits.max_changes} change records")
        for j, c in enumerate(changes):
            _check_change(c, f"{path}.changes[{j}]", vid)
        attachments = _list(v["attachments"], f"{path}.attachments", limits.max_members)
        for j, a in enumerate(attachments):
            a = _obj(a, f"{path}.attachments[{j}]", {"sha256", "size", "media_type"})
            _str(a["sha256"], f"{path}.attachments[{j}].sha256", 64, SHA256_HEX)
            _int(a["size"], f"{path}.attachments[{j}].size", 0, limits.max_member_bytes)
            _str(a["media_type"], f"{path}.attachments[{j}].media_type", 100)
        out.append(
            VisitRecords(
                id=vid,
                template_id=_str(template["id"], f"{path}.template.id", 100),
                template_version=_str(template["version"], f"{path}.template.version", 50),
                snapshot=v["snapshot"],
                changes=changes,
                attachments=attachments,
            )
        )
    if sorted(v.id for v in out) != sorted(manifest.visit_ids):
        raise BundleRefusedError("records.json does not hold exactly the visits the manifest lists")
    return out
