"""Read a checklist template file into domain objects, refusing broken ones with a path."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import TemplateError
from assessor_app.domain.template import (
    CaseReviewQuestion,
    ChecklistTemplate,
    EvidenceItem,
    Requirement,
    Section,
    Standard,
)
from assessor_app.resources import resource_path

MAX_TEMPLATE_BYTES = 5 * 1024 * 1024


@cache
def _validator() -> Any:
    import jsonschema  # ~70 ms to import; only needed for files not validated before

    schema_file = resource_path("schemas", "checklist-template.schema.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _json_path(parts: Any) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def parse_template_text(
    text: str, source: str, *, schema_checked: bool = False
) -> ChecklistTemplate:
    """Parse and validate template JSON; errors name ``source`` and the bad field's path.

    ``schema_checked`` skips the JSON Schema pass for content already validated (the rules
    beyond the schema still run).
    """
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except (ValueError, RecursionError) as exc:
        raise TemplateError.coded(ErrorCode.TEMPLATE_NOT_JSON, source=source, reason=exc) from None
    errors = (
        []
        if schema_checked
        else sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    )
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise TemplateError.coded(
            ErrorCode.TEMPLATE_INVALID,
            source=source,
            where=_json_path(first.absolute_path),
            problem=first.message,
            more=more,
        )
    return _build(data, source)


def load_template_file(path: Path, validated_hashes: set[str] | None = None) -> ChecklistTemplate:
    """Load a template file; content whose SHA-256 is in ``validated_hashes`` (and that
    passed the schema before) skips the schema pass. Adds the hash once it validates."""
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError.coded(
                ErrorCode.TEMPLATE_TOO_LARGE, path=path, most=MAX_TEMPLATE_BYTES
            )
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise TemplateError.coded(ErrorCode.TEMPLATE_FILE_MISSING, path=path) from None
    except UnicodeDecodeError:
        raise TemplateError.coded(ErrorCode.TEMPLATE_NOT_UTF8, path=path) from None
    except OSError as exc:
        raise TemplateError.coded(
            ErrorCode.TEMPLATE_UNREADABLE, path=path, reason=exc.strerror
        ) from None
    digest = hashlib.sha256(raw).hexdigest()
    checked = validated_hashes is not None and digest in validated_hashes
    template = parse_template_text(text, str(path), schema_checked=checked)
    if validated_hashes is not None:
        validated_hashes.add(digest)
    return template


def _build(data: dict[str, Any], source: str) -> ChecklistTemplate:
    """Domain objects from schema-valid data, checking the rules a schema cannot express."""

    def fail(path: str, message: str) -> TemplateError:
        return TemplateError(f"{source}: {path}: {message}")

    sections: list[Section] = []
    seen_keys: set[str] = set()
    last_number = 0
    section_keys: set[str] = set()
    for si, sec in enumerate(data["sections"]):
        if sec["key"] in section_keys:
            raise fail(f"$.sections[{si}].key", f"duplicate section key {sec['key']!r}")
        section_keys.add(sec["key"])
        standards: list[Standard] = []
        for sti, std in enumerate(sec["standards"]):
            spath = f"$.sections[{si}].standards[{sti}]"
            number = std["number"]
            if number <= last_number:
                raise fail(f"{spath}.number", f"standard {number} is out of order or repeated")
            last_number = number
            reqs: list[Requirement] = []
            for ri, req in enumerate(std["requirements"]):
                rpath = f"{spath}.requirements[{ri}]"
                expected_letter = chr(ord("a") + ri)
                if req["letter"] != expected_letter:
                    raise fail(f"{rpath}.letter", f"expected letter {expected_letter!r}")
                if req["key"] != f"{number}.{req['letter']}":
                    raise fail(f"{rpath}.key", f"must be '{number}.{req['letter']}'")
                if req["key"] in seen_keys:
                    raise fail(f"{rpath}.key", f"duplicate requirement key {req['key']!r}")
                seen_keys.add(req["key"])
                evidence: list[EvidenceItem] = []
                ev_keys: set[str] = set()
                for ei, ev in enumerate(req["evidence"]):
                    if not ev["key"].startswith(req["key"] + ".") or ev["key"] in ev_keys:
                        raise fail(
                            f"{rpath}.evidence[{ei}].key",
                            f"must be unique and start with '{req['key']}.'",
                        )
                    ev_keys.add(ev["key"])
                    evidence.append(EvidenceItem(ev["key"], ev["text"]))
                reqs.append(
                    Requirement(
                        key=req["key"],
                        letter=req["letter"],
                        standard=number,
                        section_key=sec["key"],
                        core=req["core"],
                        text=req["text"],
                        guidance=req["guidance"],
                        evidence=tuple(evidence),
                    )
                )
            standards.append(Standard(number, std["title"], sec["key"], tuple(reqs)))
        sections.append(Section(sec["key"], sec["title"], tuple(standards)))

    review = data["case_review"]
    questions: list[CaseReviewQuestion] = []
    for qi, q in enumerate(review["questions"]):
        if any(q["key"] == other.key for other in questions):
            raise fail(f"$.case_review.questions[{qi}].key", f"duplicate key {q['key']!r}")
        questions.append(CaseReviewQuestion(q["key"], q["short"], q["text"]))

    metadata = {k: str(v) for k, v in data["metadata"].items()}
    return ChecklistTemplate(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        language=data["language"],
        wording=data["metadata"]["wording"],
        metadata=metadata,
        sections=tuple(sections),
        case_review_questions=tuple(questions),
        default_sample_size=review["default_sample_size"],
    )
