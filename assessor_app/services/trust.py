"""Who may speak for an assessor: the office's trust list, the key pinned on first use,
and no downgrade to unsigned. One place for the rules, asked by the bundle importer before
anything is written and again inside its transaction, and by ``verify`` for reports.

The rules, for a bundle whose manifest names assessor A (name, e-mail) from device D:
- signed: the certificate must carry A's e-mail (subject or SAN), or the bundle is
  refused naming who signed and who is named;
- signed, with a trust list installed: the certificate must chain to it (pyHanko's
  validator), or the bundle is refused as not registered by the office;
- signed: the first key seen for A's e-mail is pinned (logged); a later other key is
  refused until a person accepts that key by its fingerprint (logged);
- unsigned: refused once a signed bundle in A's name or e-mail (compared as normalized
  names and e-mail keys), or from D, or for one of its visits, has arrived, or whenever a
  trust list is installed, unless a person overrides; the override is logged once per
  visit of the bundle, and shown in the visit's history;
- an invitation's trust list is installed only on first contact and when it vouches for
  the invitation's signer (delivered_list), otherwise ignored and said;
- an invitation's seal recipients are taken only for a visit new here, from a signed
  invitation by the visit's lead (recipients_refusal), otherwise ignored and said.

And, for a visit this laptop holds already (its assessors as recorded here, before the
import):
- signed: A must be its lead assessor or co-assessor (by e-mail when the visit records
  one, see domain/signing_roles.py role_of), or the bundle is refused for that visit;
- a new value for the visit's lead or co-assessor (name or e-mail) is taken only from a
  bundle its lead assessor signed.

Every assessor-box signature of a signed report the bundle carries passes the rules of a
bundle signer: with a trust list installed (or delivered by the invitation being
imported) its certificate chains to it, and with a key pinned for its e-mail it is that
key (or this bundle's own signer's key, when the same e-mail is pinned or accepted now).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessor_app.domain.display_text import one_line
from assessor_app.domain.error_codes import ENGLISH, ErrorCode
from assessor_app.domain.errors import ValidationError, message_params
from assessor_app.domain.signing_roles import (
    SigningRole,
    lookalike_email,
    normalized_name,
    role_of,
    signer_label,
)
from assessor_app.domain.sync_types import BundleRefusedError, SignerInfo
from assessor_app.domain.trust_types import (
    AnchorInfo,
    EventKind,
    ImportTrust,
    KeyNote,
    ListIgnored,
    PinnedKey,
    RecipientsIgnored,
    TrustEvent,
    TrustStatus,
    email_key,
)
from assessor_app.domain.visit import Assessor
from assessor_app.persistence import values
from assessor_app.persistence.database import Database
from assessor_app.persistence.trust_repository import TrustRepository

if TYPE_CHECKING:
    from assessor_app.identity.certificate_facts import CertificateFacts

SOURCE_CLI = "command line"
SOURCE_INVITATION = "invitation"


@dataclass(frozen=True, slots=True)
class ImportConsent:
    """What a person allowed for one import, beyond the rules."""

    accept_key: str | None = None  # the fingerprint of a new key, as the refusal showed it
    allow_unsigned: bool = False


NO_CONSENT = ImportConsent()


@dataclass(frozen=True, slots=True)
class BundleFacts:
    """What the trust rules read of a bundle (its manifest, and its signer if signed)."""

    bundle_id: str
    assessor_name: str
    assessor_email: str
    device_id: str
    visit_ids: tuple[str, ...]
    signer: SignerInfo | None
    signer_pem: bytes | None
    # The office's trust list an invitation carries (PEM), installed with it only on first
    # contact and when it vouches for the invitation's signer (delivered_list).
    delivered_trust_list: bytes | None = None


def _refused(code: ErrorCode, **params: object) -> BundleRefusedError:
    safe = message_params(params)  # names from the certificate and the manifest: one line
    error = BundleRefusedError(ENGLISH[code].format(**safe))
    error.code, error.params = code, safe
    return error


def shown(text: str, most: int = 100) -> str:
    """Text of a bundle or certificate quoted in a message: printable characters only (no
    line breaks or terminal controls), at most ``most`` of them."""
    return one_line(text, most)


def _same_fingerprint(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")

    return norm(a) == norm(b)


def chain_status(
    repo: TrustRepository, cert: bytes, delivered: list[bytes] | None = None
) -> tuple[TrustStatus, str | None]:
    """The status of a certificate under the trust list (or, with none installed, the one
    ``delivered`` by an invitation), and why when untrusted."""
    from assessor_app.identity.trust_validation import problem_with_chain

    anchors = repo.anchor_pems() or list(delivered or [])
    if not anchors:
        return TrustStatus.NO_LIST, None
    problem = problem_with_chain(cert, anchors)
    return (TrustStatus.REGISTERED, None) if problem is None else (TrustStatus.UNTRUSTED, problem)


def delivered_list(
    repo: TrustRepository, facts: BundleFacts
) -> tuple[list[bytes], ListIgnored | None]:
    """The certificates of the trust list an invitation carries that this import installs,
    or why it installs none. The one rule: a delivered list is taken only on first contact
    (no trust list and no pinned key on this laptop: an installed list is changed only by
    ``identity trust add``, and a laptop that already knows assessors' keys must not let a
    newcomer decide whom it trusts), only from a signed invitation, and only when it vouches
    for that invitation's own signer. Otherwise it is ignored, and the import says so."""
    if facts.delivered_trust_list is None:
        return [], None
    if repo.anchor_pems() or repo.pins():
        return [], ListIgnored.NOT_FIRST_CONTACT
    from assessor_app.identity.trust_validation import certificates_in, problem_with_chain

    try:
        found = certificates_in(facts.delivered_trust_list)
    except ValueError:
        found = []
    if not found:
        raise _refused(ErrorCode.TRUST_FILE_UNREADABLE, file="trust-list.pem")
    if facts.signer is None or facts.signer_pem is None:
        return [], ListIgnored.UNSIGNED
    if problem_with_chain(facts.signer_pem, found) is not None:
        return [], ListIgnored.NOT_VOUCHING
    return found, None


def check_bundle(repo: TrustRepository, facts: BundleFacts, consent: ImportConsent) -> ImportTrust:
    """Apply the rules without writing; raises BundleRefusedError with the reason."""
    delivered, ignored = delivered_list(repo, facts)
    if facts.signer is None or facts.signer_pem is None:
        return replace(_check_unsigned(repo, facts, consent), list_ignored=ignored)
    from assessor_app.identity.trust_validation import certificate_facts

    try:
        cert = certificate_facts(facts.signer_pem)
    except ValueError:
        raise _refused(ErrorCode.SIGNER_CERTIFICATE_UNREADABLE) from None
    named = email_key(facts.assessor_email)
    if not named or named not in {email_key(e) for e in cert.emails}:
        raise _refused(
            ErrorCode.SIGNER_NOT_THE_ASSESSOR, signer=cert.name or "someone unnamed",
            signer_email=cert.email or "no e-mail", named=facts.assessor_name,
            named_email=facts.assessor_email,
        )  # fmt: skip
    if normalized_name(cert.name) != normalized_name(facts.assessor_name):
        # The e-mail matches but the certificate names someone else: shown under one name,
        # pinned under another, the bundle would mislead whoever reads its summary.
        raise _refused(
            ErrorCode.SIGNER_NOT_THE_ASSESSOR, signer=cert.name or "someone unnamed",
            signer_email=cert.email, named=facts.assessor_name, named_email=facts.assessor_email,
        )  # fmt: skip
    status, problem = chain_status(repo, cert.der, delivered)
    if status is TrustStatus.UNTRUSTED:
        raise _refused(
            ErrorCode.SIGNER_OUTSIDE_TRUST_LIST, signer=cert.name, signer_email=cert.email,
            reason=problem,
        )  # fmt: skip
    pinned = repo.pinned(facts.assessor_email) or _lookalike_pin(repo, facts.assessor_email)

    def decided(key: KeyNote, old_fingerprint: str | None = None) -> ImportTrust:
        return ImportTrust(
            status, key, old_fingerprint=old_fingerprint, installed_anchors=len(delivered),
            list_ignored=ignored,
        )  # fmt: skip

    if pinned is None:
        return decided(KeyNote.FIRST_USE)
    if pinned.fingerprint == cert.fingerprint:
        return decided(KeyNote.KNOWN)
    if consent.accept_key is not None and _same_fingerprint(consent.accept_key, cert.fingerprint):
        return decided(KeyNote.ACCEPTED, pinned.fingerprint)
    if consent.accept_key is not None:
        raise _refused(
            ErrorCode.ACCEPTED_KEY_NOT_OFFERED, accepted=consent.accept_key,
            offered=cert.fingerprint,
        )  # fmt: skip
    raise _refused(
        ErrorCode.SIGNER_KEY_CHANGED, named=facts.assessor_name, email=facts.assessor_email,
        new=cert.fingerprint, old=pinned.fingerprint, since=f"{pinned.pinned_at:%Y-%m-%d}",
    )  # fmt: skip


def _lookalike_pin(repo: TrustRepository, email: str) -> PinnedKey | None:
    """A key pinned for an e-mail a reader cannot tell from ``email`` (a Cyrillic 'е', a
    fullwidth 'Ｅ'): a first bundle under such an address is a key change of that
    assessor, to be accepted by a person, never a new assessor pinned silently."""
    wanted = lookalike_email(email)
    if not wanted:
        return None
    return next((p for p in repo.pins() if lookalike_email(p.email) == wanted), None)


@dataclass(frozen=True, slots=True)
class LocalVisit:
    """A visit of the bundle as this laptop holds it before the import."""

    lead: Assessor
    co: Assessor
    known_change_ids: frozenset[str] = frozenset()

    @property
    def records_emails(self) -> bool:
        return bool(self.lead.email.strip() or self.co.email.strip())


ASSESSOR_FIELDS = {
    "lead_assessor_name": ("lead", "name"), "lead_assessor_email": ("lead", "email"),
    "co_assessor_name": ("co", "name"), "co_assessor_email": ("co", "email"),
}  # fmt: skip


def _who(person: Assessor) -> str:
    return shown(signer_label(person.name, person.email)) if (person.name or person.email) else "—"


def check_signer_of_visits(facts: BundleFacts, local: Mapping[str, LocalVisit]) -> None:
    """A signed bundle for a visit held here whose assessors are recorded by e-mail must be
    signed by its lead assessor or co-assessor as recorded here (the bundle's own changes
    to them do not count). Per-change authors are not checked: a bundle carries the merged
    change log of both assessors (docs/trust.md)."""
    if facts.signer is None or facts.signer_pem is None:
        return
    for visit_id in facts.visit_ids:
        here = local.get(visit_id)
        if here is None or not here.records_emails:
            continue
        if role_of(facts.assessor_name, facts.assessor_email, here.lead, here.co) is None:
            raise _refused(
                ErrorCode.BUNDLE_SIGNER_NOT_OF_VISIT, signer=shown(facts.assessor_name),
                email=shown(facts.assessor_email), visit=visit_id[:36], lead=_who(here.lead),
                co=_who(here.co),
            )  # fmt: skip


def check_assessor_changes(
    facts: BundleFacts, local: Mapping[str, LocalVisit], changes: Mapping[str, Iterable[Any]]
) -> None:
    """Who the assessors of a visit held here are changes only by a bundle its lead
    assessor (as recorded here) signed: otherwise a bundle could name its own signer the
    lead, and then sign the lead's box. ``changes``: visit id -> the bundle's change
    records of it; those already here, or setting what is recorded here, pass."""
    for visit_id, records in changes.items():
        here = local.get(visit_id)
        if here is None or not (here.lead.name.strip() or here.lead.email.strip()):
            continue
        by_lead = (
            facts.signer is not None
            and facts.signer_pem is not None
            and role_of(facts.assessor_name, facts.assessor_email, here.lead, here.co)
            is SigningRole.LEAD
        )
        if by_lead:
            continue
        for c in records:
            where = ASSESSOR_FIELDS.get(c["field"]) if c["entity"] == "visit" else None
            if where is None or c["id"] in here.known_change_ids:
                continue
            person = here.lead if where[0] == "lead" else here.co
            current = person.name if where[1] == "name" else person.email
            try:
                value = values.decode(c["new_value"])
            except (ValueError, TypeError):
                value = None
            if (value or "") == current:
                continue
            sender = (
                signer_label(facts.assessor_name, facts.assessor_email)
                if facts.signer is not None
                else "no one (the bundle is unsigned)"
            )
            raise _refused(
                ErrorCode.BUNDLE_ASSESSOR_CHANGE_NOT_BY_LEAD, visit=visit_id[:36],
                field=c["field"], signer=shown(sender), lead=_who(here.lead),
            )  # fmt: skip


@dataclass(frozen=True, slots=True)
class BoxSigner:
    """One assessor-box signature of a received report, as the trust rules read it."""

    member: str
    report_id: str
    box: str  # "lead" or "co"
    name: str
    email: str
    fingerprint: str
    certificate: bytes  # DER


def check_box_signer(
    repo: TrustRepository, facts: BundleFacts, decision: ImportTrust, box: BoxSigner
) -> None:
    """An assessor-box signature passes the rules of a bundle signer: with a trust list
    installed here (or delivered by the invitation being imported) its certificate chains
    to it; with a key held here for its e-mail (pinned, or this bundle's own signer's key,
    pinned or accepted by this import) it is that key."""
    where = {
        "member": shown(box.member, 120), "report_id": shown(box.report_id),
        "box": box.box, "signer": shown(box.name) or "someone unnamed",
        "email": shown(box.email) or "no e-mail", "fingerprint": box.fingerprint,
    }  # fmt: skip
    from assessor_app.identity.trust_validation import certificate_facts

    try:
        same = _same_fingerprint(certificate_facts(box.certificate).fingerprint, box.fingerprint)
    except ValueError:
        same = False
    if not same:  # the certificate judged must be the one that signed
        raise _refused(
            ErrorCode.BUNDLE_REPORT_UNTRUSTED, **where, reason="its certificate cannot be read"
        )
    status, problem = chain_status(repo, box.certificate, delivered_list(repo, facts)[0])
    if status is TrustStatus.UNTRUSTED:
        raise _refused(ErrorCode.BUNDLE_REPORT_UNTRUSTED, **where, reason=shown(problem or "", 200))
    if not email_key(box.email):
        return
    if (
        facts.signer is not None
        and facts.signer_pem is not None
        and email_key(box.email) == email_key(facts.assessor_email)
        and decision.key in (KeyNote.FIRST_USE, KeyNote.KNOWN, KeyNote.ACCEPTED)
    ):
        expected: str | None = facts.signer.fingerprint  # the key held after this import
    else:
        pin = repo.pinned(box.email)
        expected = pin.fingerprint if pin is not None else None
    if expected is not None and not _same_fingerprint(expected, box.fingerprint):
        raise _refused(ErrorCode.BUNDLE_REPORT_KEY_NOT_PINNED, **where, pinned=expected)


def _check_unsigned(
    repo: TrustRepository, facts: BundleFacts, consent: ImportConsent
) -> ImportTrust:
    signed_before = repo.signed_before(
        email=facts.assessor_email, name=facts.assessor_name, device_id=facts.device_id
    )
    # Per visit too: once a visit's bundles arrived signed, an unsigned one for it is refused
    # whatever name it carries (a name is the sender's own text).
    signed_visits = repo.visits_signed_before(facts.visit_ids)
    listed = bool(repo.anchor_pems())
    if not (signed_before or signed_visits or listed):
        return ImportTrust(None, KeyNote.NONE)
    if consent.allow_unsigned:
        return ImportTrust(None, KeyNote.NONE, unsigned_override=True)
    if signed_before:
        email = f" <{facts.assessor_email}>" if facts.assessor_email else ""
        raise _refused(ErrorCode.UNSIGNED_AFTER_SIGNED, named=facts.assessor_name + email)
    if signed_visits:
        raise _refused(ErrorCode.UNSIGNED_FOR_SIGNED_VISIT, visit=signed_visits[0])
    raise _refused(ErrorCode.UNSIGNED_WITH_TRUST_LIST, named=facts.assessor_name)


def recipients_refusal(
    signer: SignerInfo | None, visit_was_new: bool, lead: Assessor, co: Assessor
) -> RecipientsIgnored | None:
    """Why an invitation's seal recipients may not be remembered for its visit, or None when
    they may. Only on the visit's first import here, and only from a signed invitation whose
    signer is the visit's lead assessor as the invitation names (role_of: the e-mail the
    visit records, else the name): otherwise anyone could add a reader to every later
    export of a visit this laptop already works on."""
    if not visit_was_new:
        return RecipientsIgnored.KNOWN_VISIT
    if signer is None:
        return RecipientsIgnored.UNSIGNED
    if role_of(signer.name, signer.email, lead, co) is not SigningRole.LEAD:
        return RecipientsIgnored.NOT_THE_LEAD
    return None


def record_bundle(repo: TrustRepository, facts: BundleFacts, decision: ImportTrust) -> None:
    """Write what the decision needs (a pin, a log line), in the import's transaction."""
    who = {"email": facts.assessor_email, "name": facts.assessor_name}
    where = {"device_id": facts.device_id, "bundle_id": facts.bundle_id}
    if decision.unsigned_override:
        for visit_id in facts.visit_ids:
            repo.log(EventKind.UNSIGNED_OVERRIDE, **who, **where, visit_id=visit_id)
        return
    if facts.signer is None or facts.signer_pem is None:
        return
    from assessor_app.identity.trust_validation import certificate_facts

    if decision.installed_anchors:
        for der in delivered_list(repo, facts)[0]:
            anchor = certificate_facts(der)
            repo.add_anchor(
                fingerprint=anchor.fingerprint, kind="ca" if anchor.is_ca else "assessor",
                subject=anchor.name, email=anchor.email, pem=anchor.pem,
                source=SOURCE_INVITATION, **where,
            )  # fmt: skip
    pem = certificate_facts(facts.signer_pem).pem
    fingerprint = facts.signer.fingerprint
    if decision.key is KeyNote.FIRST_USE:
        repo.pin(**who, fingerprint=fingerprint, pem=pem)
        repo.log(EventKind.KEY_PINNED, **who, **where, fingerprint=fingerprint)
    elif decision.key is KeyNote.ACCEPTED:
        repo.pin(**who, fingerprint=fingerprint, pem=pem)
        for visit_id in facts.visit_ids or (None,):  # type: ignore[assignment]
            repo.log(
                EventKind.KEY_ACCEPTED, **who, **where, fingerprint=fingerprint,
                old_fingerprint=decision.old_fingerprint, visit_id=visit_id,
            )  # fmt: skip


@dataclass(frozen=True, slots=True)
class AnchorPreview:
    """One certificate of a trust-list file, as shown before it is installed."""

    kind: str  # "ca" or "assessor", as installed
    name: str
    email: str
    fingerprint: str
    issues: bool  # a CA entry that vouches for what it issued (can_issue)
    installed: bool  # on this laptop's list already


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError.coded(
            ErrorCode.CANNOT_READ_FILE, path=path, reason=exc.strerror
        ) from None


@dataclass
class TrustService:
    """The trust list, pinned keys and their log, for the fronts and ``verify``."""

    db: Database

    # -- the office's trust list -------------------------------------------------------
    def add_file(self, path: Path, source: str = SOURCE_CLI) -> list[AnchorInfo]:
        """Install every certificate of a PEM (or DER) file into the trust list; returns
        those new here. A CA certificate trusts what it issued; an assessor's certificate
        trusts that certificate alone."""
        return self.add_certificates(_read(path), Path(path).name, source)

    def preview_file(self, path: Path) -> list[AnchorPreview]:
        """What a trust-list file holds, as ``add_file`` would install it, installing
        nothing: refused with the same coded errors as ``add_file``."""
        from assessor_app.identity.trust_validation import is_ca_certificate

        certs = self._certificates(_read(path), Path(path).name)
        with self.db.unit_of_work() as uow:
            return [
                AnchorPreview(
                    kind="ca" if c.is_ca else "assessor", name=shown(c.name, 120),
                    email=shown(c.email, 120), fingerprint=c.fingerprint,
                    issues=is_ca_certificate(c.der),
                    installed=uow.trust.has_anchor(c.fingerprint),
                )
                for c in certs
            ]  # fmt: skip

    @staticmethod
    def _certificates(data: bytes, label: str) -> list[CertificateFacts]:
        from assessor_app.identity.trust_validation import certificate_facts, certificates_in

        try:
            certs = [certificate_facts(der) for der in certificates_in(data)]
        except ValueError:
            certs = []
        if not certs:
            raise ValidationError.coded(ErrorCode.TRUST_FILE_UNREADABLE, file=label)
        for cert in certs:
            if not cert.is_ca and not cert.email:
                raise ValidationError.coded(ErrorCode.TRUST_CERT_NO_EMAIL, name=cert.name)
        return certs

    def add_certificates(self, data: bytes, label: str, source: str) -> list[AnchorInfo]:
        certs = self._certificates(data, label)
        added: set[str] = set()
        with self.db.unit_of_work() as uow:
            for cert in certs:
                if uow.trust.add_anchor(
                    fingerprint=cert.fingerprint, kind="ca" if cert.is_ca else "assessor",
                    subject=cert.name, email=cert.email, pem=cert.pem, source=source,
                ):  # fmt: skip
                    added.add(cert.fingerprint)
            return [a for a in uow.trust.anchors() if a.fingerprint in added]

    def anchors(self) -> list[AnchorInfo]:
        with self.db.unit_of_work() as uow:
            return uow.trust.anchors()

    def anchor_pems(self) -> list[bytes]:
        """The installed trust list's certificates (PEM), for ``verify``."""
        with self.db.unit_of_work() as uow:
            return uow.trust.anchor_pems()

    def trust_status(self, cert: bytes) -> TrustStatus:
        """REGISTERED when the certificate (PEM or DER) chains to the office's list,
        UNTRUSTED when a list is installed and it does not, NO_LIST without a list."""
        with self.db.unit_of_work() as uow:
            return chain_status(uow.trust, cert)[0]

    # -- pinned keys -------------------------------------------------------------------
    def pins(self) -> list[PinnedKey]:
        with self.db.unit_of_work() as uow:
            return uow.trust.pins()

    def accept_certificate(self, path: Path) -> PinnedKey:
        """Pin the key of a certificate the assessor handed over (replacing the one known
        for its e-mail); logged."""
        from assessor_app.identity.trust_validation import certificate_facts

        try:
            cert = certificate_facts(Path(path).read_bytes())
        except OSError as exc:
            raise ValidationError.coded(
                ErrorCode.CANNOT_READ_FILE, path=path, reason=exc.strerror
            ) from None
        except ValueError:
            raise ValidationError.coded(ErrorCode.TRUST_FILE_UNREADABLE, file=path) from None
        if not cert.email:
            raise ValidationError.coded(ErrorCode.TRUST_CERT_NO_EMAIL, name=cert.name)
        with self.db.unit_of_work() as uow:
            old = uow.trust.pinned(cert.email)
            uow.trust.pin(email=cert.email, name=cert.name, fingerprint=cert.fingerprint,
                          pem=cert.pem)  # fmt: skip
            uow.trust.log(
                EventKind.KEY_ACCEPTED if old else EventKind.KEY_PINNED, email=cert.email,
                name=cert.name, fingerprint=cert.fingerprint,
                old_fingerprint=old.fingerprint if old else None,
            )  # fmt: skip
            pinned = uow.trust.pinned(cert.email)
            assert pinned is not None
            return pinned

    # -- the log -----------------------------------------------------------------------
    def events(self, visit_id: str | None = None) -> list[TrustEvent]:
        """The trust log, all of it or a visit's part (what its history shows)."""
        with self.db.unit_of_work() as uow:
            return uow.trust.events(visit_id)

    def override_counts(self) -> dict[str, int]:
        """Visit id -> unsigned bundles let in by override (for the visit list)."""
        with self.db.unit_of_work() as uow:
            return uow.trust.override_counts()

    def signer_status(self) -> dict[str, tuple[str, TrustStatus | None]]:
        """Visit id -> (who sent its last bundle, its signer's trust status or None when
        unsigned), for the visit list."""
        with self.db.unit_of_work() as uow:
            repo = uow.trust
            pins = {p.fingerprint: p for p in repo.pins()}
            seen: dict[str, TrustStatus] = {}
            out: dict[str, tuple[str, TrustStatus | None]] = {}
            for visit_id, (name, fingerprint, _at) in repo.last_signers().items():
                if fingerprint is None:
                    out[visit_id] = (name, None)
                    continue
                if fingerprint not in seen:
                    pin = pins.get(fingerprint)
                    if pin is not None:
                        seen[fingerprint] = chain_status(repo, pin.certificate_pem)[0]
                    else:  # a key replaced since: nothing here vouches for it any more
                        seen[fingerprint] = (
                            TrustStatus.UNTRUSTED if repo.anchor_pems() else TrustStatus.NO_LIST
                        )
                out[visit_id] = (name, seen[fingerprint])
            return out
