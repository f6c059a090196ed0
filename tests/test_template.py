"""The shipped template follows the domain brief; broken templates are refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor_app.domain.errors import TemplateError
from assessor_app.templates.library import TemplateLibrary
from assessor_app.templates.loader import load_template_file
from tests.conftest import ROOT

SHIPPED = ROOT / "resources" / "templates" / "iasios-cirse-2018.json"
BRIEF_CORE = {
    1: "acefg", 2: "b", 3: "ac", 4: "bcd", 5: "d", 6: "abcd", 7: "ab", 8: "abcde",
    9: "", 10: "c", 11: "a", 12: "ab", 13: "",
}  # fmt: skip


def test_shipped_template_matches_the_domain_brief():
    t = load_template_file(SHIPPED)
    assert [s.title for s in t.sections] == [
        "Staff and Facilities",
        "Treatment Planning and Delivery",
        "Safety and Quality",
    ]
    assert [[st.number for st in s.standards] for s in t.sections] == [
        [1, 2, 3, 4, 5, 6],
        [7, 8, 9],
        [10, 11, 12, 13],
    ]
    core = {r.key for r in t.requirements if r.core}
    expected = {f"{n}.{letter}" for n, letters in BRIEF_CORE.items() for letter in letters}
    assert core == expected
    assert len(core) == 27
    assert len(t.requirements) > 27  # extended requirements stand beside them
    assert t.wording == "working"
    assert all(r.text and r.evidence for r in t.requirements)
    assert len(t.case_review_questions) == 10
    assert t.default_sample_size == 30


def broken(tmp_path: Path, mutate) -> Path:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["sections"][1]["standards"][0]["requirements"][1].pop("core"),
         "$.sections[1].standards[0].requirements[1]"),
        (lambda d: d["sections"][0]["standards"][2]["requirements"][0].update(core="yes"),
         "$.sections[0].standards[2].requirements[0].core"),
        (lambda d: d["sections"][0]["standards"][0]["requirements"][1].update(key="1.x"),
         "$.sections[0].standards[0].requirements[1]"),
        (lambda d: d["sections"][2]["standards"][0].update(number=2),
         "$.sections[2].standards[0].number"),
        (lambda d: d["metadata"].update(wording="draft"), "$.metadata.wording"),
        (lambda d: d.update(extra=1), "$"),
    ],
)  # fmt: skip
def test_broken_template_names_file_and_field(tmp_path, mutate, where):
    path = broken(tmp_path, mutate)
    with pytest.raises(TemplateError) as err:
        load_template_file(path)
    assert str(path) in str(err.value)
    assert where in str(err.value)


def test_not_json_and_duplicate_keys_are_refused(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid JSON"):
        load_template_file(bad)
    bad.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    with pytest.raises(TemplateError, match="duplicate key"):
        load_template_file(bad)


def test_library_installs_new_versions_and_refuses_changed_reuse(tmp_path):
    library = TemplateLibrary(tmp_path / "templates", tmp_path / "cache.json")
    newer = broken(tmp_path, lambda d: d.update(version="2019.1"))
    assert library.install(newer).version == "2019.1"
    assert library.get("iasios-cirse-2018").version == "2019.1"  # newest by default
    assert library.get("iasios-cirse-2018", "2018.1-working").version == "2018.1-working"
    assert library.install(newer).version == "2019.1"  # the same file again is fine
    changed = broken(tmp_path, lambda d: d.update(version="2019.1", title="Other"))
    with pytest.raises(TemplateError, match="new version"):
        library.install(changed)
    with pytest.raises(TemplateError, match="shipped"):
        library.install(SHIPPED)
    # A fresh library finds the imported file, and the validation cache was written.
    again = TemplateLibrary(tmp_path / "templates", tmp_path / "cache.json")
    assert {(i.id, i.version, i.source) for i in again.list()} == {
        ("iasios-cirse-2018", "2018.1-working", "shipped"),
        ("iasios-cirse-2018", "2019.1", "imported"),
    }
    assert json.loads((tmp_path / "cache.json").read_text())


def test_schema_cache_does_not_let_a_changed_file_through(tmp_path):
    cache: set[str] = set()
    good = broken(tmp_path, lambda d: None)
    load_template_file(good, cache)
    assert len(cache) == 1
    bad = broken(tmp_path, lambda d: d["metadata"].update(wording="draft"))
    with pytest.raises(TemplateError):
        load_template_file(bad, cache)


def test_a_template_text_the_report_cannot_print_is_refused_on_validate_and_install(
    tmp_path, services
):
    def emoji_in_a_requirement(d):
        d["sections"][0]["standards"][0]["requirements"][1]["text"] += " 👍"
        d["version"] = "2019.2"

    path = broken(tmp_path, emoji_in_a_requirement)
    for act in (services.templates.validate, services.templates.install):
        with pytest.raises(TemplateError, match=r"requirement 1\.b holds U\+1F44D"):
            act(path)
    assert "2019.2" not in {i.version for i in services.templates.list()}
