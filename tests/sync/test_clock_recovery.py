"""A laptop whose clock was poisoned before remote clocks were refused (a bundle stamped
999999999999999 rolled it over to 16 digits) recovers at its next start: its stamps sort
again, its bundles are accepted by peers, and its later edits win as they should."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

from assessor_app.domain.ratings import Rating
from tests.sync.helpers import DERIVED_CHANGES, assessor

FORM = re.compile(r"[0-9]{15}\.[0-9]{5}\.[0-9A-Za-z-]{1,36}")


def _poison(db_path: Path, device: str) -> list[str]:
    """What the old code left behind: one imported change at the end of time, this laptop's
    clock rolled over to 16 digits, and the edits made since stamped with it."""
    conn = sqlite3.connect(db_path)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM change_log ORDER BY hlc DESC LIMIT 3")]
        stamps = [
            "999999999999999.99999.attacker",
            f"1000000000000000.00000.{device}",
            f"1000000000000000.00001.{device}",
        ]
        for change_id, stamp in zip(reversed(ids), stamps, strict=True):
            conn.execute("UPDATE change_log SET hlc = ? WHERE id = ?", (stamp, change_id))
        conn.execute("UPDATE local_settings SET value = ? WHERE key = 'hlc'", (stamps[-1],))
        conn.commit()
        return list(reversed(ids))  # in the order of events
    finally:
        conn.close()


def _stamps(db_path: Path) -> dict[str, str]:
    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("SELECT id, hlc FROM change_log"))
    finally:
        conn.close()


def _travelling(db_path: Path) -> int:
    """How many changes a bundle carries: derived state stays on its laptop."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            f"SELECT count(*) FROM change_log WHERE NOT ({DERIVED_CHANGES})"
        ).fetchone()[0]
    finally:
        conn.close()


def test_a_poisoned_laptop_recovers_at_start(tmp_path):
    office = assessor(tmp_path, "Office")
    victim = assessor(tmp_path, "Victim")
    visit_id = victim.demo.create()
    device = victim.db.device_id
    victim.close()
    poisoned = _poison(victim.paths.database, device)

    victim = assessor(tmp_path, "Victim")  # the next start
    try:
        stamps = _stamps(victim.paths.database)
        ceiling = int(time.time() * 1000) + 86_400_000
        assert all(FORM.fullmatch(s) and int(s[:15]) <= ceiling for s in stamps.values())
        # The damaged changes keep their order of events, after every sound one.
        order = sorted(stamps, key=lambda cid: stamps[cid])
        assert order[-3:] == poisoned
        # A new edit sorts after all of them (before, its 16 digits sorted before "9...").
        victim.findings.rate(visit_id, "1.a", Rating.PARTIAL, comment="after recovery")
        latest = max(_stamps(victim.paths.database).items(), key=lambda kv: kv[1])
        assert latest[1] > stamps[poisoned[-1]]
        assert latest[0] not in stamps
        # And a peer accepts this laptop's bundle again.
        bundle = Path(victim.sync.export_visit(visit_id, tmp_path / "after").path)
        result = office.sync.import_bundle(bundle)
        assert result.new_changes == _travelling(victim.paths.database)
        assert office.findings.findings(visit_id)["1.a"].rating is Rating.PARTIAL
    finally:
        victim.close()
        office.close()


def test_a_refused_clock_leaves_the_local_clock_as_it_was(tmp_path):
    """Refusing happens before any write: a peer's clock an hour ahead is taken, a year
    ahead is not, and the next local edit is stamped from this laptop's own time."""
    source, victim = assessor(tmp_path, "Source"), assessor(tmp_path, "Victim")
    try:
        visit_id = source.demo.create()
        conn = sqlite3.connect(source.paths.database)
        year_ahead = int(time.time() * 1000) + 365 * 86_400_000
        conn.execute(
            "UPDATE change_log SET hlc = printf('%015d', ?) || substr(hlc, 16) "
            "WHERE id = (SELECT id FROM change_log ORDER BY hlc DESC LIMIT 1)",
            (year_ahead,),
        )
        conn.commit()
        conn.close()
        bundle = Path(source.sync.export_visit(visit_id, tmp_path / "ahead").path)
        try:
            victim.sync.import_bundle(bundle)
        except Exception as exc:
            message = str(exc)
        else:
            raise AssertionError("a bundle a year ahead was accepted")
        assert message.startswith("bundle refused: ahead.iasios was made on a computer")
        assert time.strftime("%Y-", time.gmtime(year_ahead / 1000)) in message
        own = victim.demo.create()
        victim.findings.rate(own, "1.a", Rating.MET)
        clock = max(_stamps(victim.paths.database).values())
        assert int(clock[:15]) <= int(time.time() * 1000)
    finally:
        source.close()
        victim.close()


def test_a_conflict_resolved_on_a_recovered_laptop_stays_resolved(tmp_path):
    """Before: the resolution, stamped with 16 digits, sorted before the poisoned head, so
    the conflict came back under a new id."""
    lead, co = assessor(tmp_path, "Lead"), assessor(tmp_path, "Co")
    try:
        visit_id = lead.demo.create()
        co.sync.import_bundle(Path(lead.sync.export_invitation(visit_id, tmp_path / "inv").path))
        lead.findings.set_comment(visit_id, "5.a", "lead's words")
        co.findings.set_comment(visit_id, "5.a", "co's words")
        co.sync.import_bundle(Path(lead.sync.export_visit(visit_id, tmp_path / "lead").path))
        (conflict,) = co.sync.conflicts(visit_id)
        lead_change = next(o.change_id for o in conflict.options if o.author == "Lead")
    finally:
        co.close()
    conn = sqlite3.connect(co.paths.database)
    conn.execute(
        "UPDATE change_log SET hlc = '999999999999999.99999.' || device_id WHERE id = ?",
        (lead_change,),
    )
    conn.execute(
        "UPDATE local_settings SET value = ? WHERE key = 'hlc'",
        (f"1000000000000000.00000.{co.db.device_id}",),
    )
    conn.commit()
    conn.close()

    co = assessor(tmp_path, "Co")  # the next start
    try:
        (conflict,) = co.sync.conflicts(visit_id)
        assert all(FORM.fullmatch(o.hlc) for o in conflict.options)
        co_change = next(o.change_id for o in conflict.options if o.author == "Co")
        co.sync.resolve(conflict.id, take_change_id=co_change)
        assert co.sync.conflicts(visit_id) == []
        assert co.findings.findings(visit_id)["5.a"].comment == "co's words"
        lead.sync.import_bundle(Path(co.sync.export_visit(visit_id, tmp_path / "co").path))
        assert lead.sync.conflicts(visit_id) == []
        assert lead.findings.findings(visit_id)["5.a"].comment == "co's words"
        co.sync.import_bundle(Path(lead.sync.export_visit(visit_id, tmp_path / "lead2").path))
        assert co.sync.conflicts(visit_id) == []
    finally:
        co.close()
        lead.close()
