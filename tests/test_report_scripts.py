"""What is typed is what is printed: every script the app accepts comes out of the PDF as
typed (pdftotext reads it back), user text is never markup, and a character no report
font has is refused where it is typed, naming it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import Severity
from assessor_app.reports.printable import unprintable
from assessor_app.services.container import Services
from tests.report_text import pdftotext, tool

SCRIPTS = {
    "arabic": "مستشفى الأمل",
    "arabic-long": " ".join(["قسم الأشعة التداخلية للأورام"] * 12),
    "hebrew": "בית החולים הדסה",
    "chinese": "北京协和医院介入放射科",
    "japanese": "東京大学医学部附属病院",
    "korean": "서울대학교병원 영상의학과",
    "greek": "Νοσοκομείο Ευαγγελισμός",
    "cyrillic": "Больница имени Пирогова",
    "latin": "Bệnh viện Bạch Mai, Łódź, Ærøskøbing, Ångström, İstanbul",
    "emoji-in-dejavu": "Ergebnis ☺ ✓",
}
MARKUP = [
    "<font size=80 color=red>X</font>",
    "A &amp; B",
    '<a href="http://example.org">link</a>',
    "<b>bold</b> <br/> <para>",
]


def _flat(text: str) -> str:
    # pdftotext brackets right-to-left runs in embedding marks; they are its, not ours.
    text = "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u200e\u200f")
    return " ".join(text.split())


def _report_with_comments(services: Services, demo_id: str, tmp_path: Path, texts) -> str:
    template = services.findings.template_for(demo_id)
    keys = [r.key for r in template.requirements]
    for key, value in zip(keys, texts, strict=False):
        services.findings.set_comment(demo_id, key, value)
    out = tmp_path / "r.pdf"
    services.reports.generate(demo_id, out)
    return _flat(pdftotext(out))


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> str:
    """One report holding every script and every markup sample (built once: it is slow)."""
    from assessor_app.paths import resolve_paths
    from assessor_app.services.container import build_services

    services = build_services(resolve_paths(tmp_path_factory.mktemp("data")))
    try:
        demo_id = services.demo.create()
        services.visits.update(demo_id, "facility_name", SCRIPTS["arabic"])
        services.visits.update(demo_id, "department", MARKUP[0])
        return _report_with_comments(
            services, demo_id, tmp_path_factory.mktemp("out"), [*SCRIPTS.values(), *MARKUP]
        )
    finally:
        services.close()


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_each_script_prints_as_typed(printed: str, script: str) -> None:
    assert _flat(SCRIPTS[script]) in printed, f"{script} did not come out as typed"


@pytest.mark.parametrize("sample", MARKUP)
def test_user_text_is_never_paragraph_markup(printed: str, sample: str) -> None:
    # A narrow cell may break the sample's line anywhere: compare without the breaks.
    assert sample.replace(" ", "") in printed.replace(" ", "")


def test_the_fonts_of_every_script_are_embedded(services: Services, demo_id: str, tmp_path):
    import subprocess

    services.findings.set_comment(demo_id, "1.a", " ".join(SCRIPTS.values()))
    out = tmp_path / "r.pdf"
    services.reports.generate(demo_id, out)
    fonts = subprocess.run([tool("pdffonts"), str(out)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    names = " ".join(r[0] for r in rows)
    for family in ("DejaVuSans", "DroidSansFallback"):
        assert family in names
    assert all(r[-5] == "yes" for r in rows), fonts


@pytest.mark.parametrize(
    "ch", ["\U0001f44d", "\U0001f9d1", "\u202e", "\x07", "\ue000", "\U000e0001", "\u0d9a"]
)
def test_a_character_no_font_has_is_refused_naming_it(
    services: Services, visit_id: str, ch: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.findings.set_comment(visit_id, "1.a", f"Fine {ch} text")
    assert f"U+{ord(ch):04X}" in str(refused.value)
    name = unicodedata.name(ch, "")
    if name:
        assert name in str(refused.value)
    assert services.findings.findings(visit_id).get("1.a") is None or (
        services.findings.findings(visit_id)["1.a"].comment == ""
    )


def test_every_printed_field_refuses_what_cannot_be_printed(
    services: Services, visit_id: str, tmp_path: Path
) -> None:
    thumbs = "Team \U0001f44d"
    for field in ("facility_name", "address", "contact_person", "lead_assessor_name"):
        with pytest.raises(ValidationError, match="U\\+1F44D"):
            services.visits.update(visit_id, field, thumbs)
    with pytest.raises(ValidationError, match="U\\+1F44D"):
        services.findings.set_justification(visit_id, "1.a", thumbs)
    with pytest.raises(ValidationError, match="U\\+1F44D"):
        services.actions.add(visit_id, "1.a", thumbs, Severity.MAJOR)
    action = services.actions.add(visit_id, "1.a", "Fix it", Severity.MAJOR)
    with pytest.raises(ValidationError, match="U\\+1F44D"):
        services.actions.update(action.id, "owner", thumbs)
    photo = tmp_path / "p.txt"
    photo.write_text("notes")
    with pytest.raises(ValidationError, match="U\\+1F44D"):
        services.attachments.add(visit_id, "1.a", photo, caption=thumbs)


def test_what_the_fonts_print_is_accepted(services: Services, visit_id: str) -> None:
    for value in SCRIPTS.values():
        assert unprintable(value) == []
        services.findings.set_comment(visit_id, "1.a", value)
    assert unprintable("tab\there\r\nand line") == []


def test_a_bundle_bringing_a_character_no_font_has_is_refused(tmp_path: Path) -> None:
    from assessor_app.domain.errors import AppError
    from assessor_app.domain.visit import Facility, NewVisit
    from assessor_app.paths import resolve_paths
    from assessor_app.services.container import build_services

    peer = build_services(resolve_paths(tmp_path / "peer"))
    here = build_services(resolve_paths(tmp_path / "here"))
    try:
        template = peer.templates.default()
        visit_id = peer.visits.create(NewVisit(Facility("Klinikum"), template_id=template.id))
        # As an older app (or a hand-made bundle) would have stored it: no check on the way.
        with peer.db.transaction() as repo:
            repo.set_finding_field(visit_id, "1.a", "comment", "Team \U0001f44d", decides=True)
        bundle = tmp_path / "visit.iasios"
        peer.sync.export_visit(visit_id, bundle)
        with pytest.raises(AppError, match="U\\+1F44D THUMBS UP SIGN"):
            here.sync.import_bundle(bundle)
        assert here.visits.list() == []
    finally:
        peer.close()
        here.close()
