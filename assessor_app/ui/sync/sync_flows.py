"""Import and export flows: file dialogs, background work with progress and cancel, and a
one-line result or refusal. The main window wires ``import_bundle_flow`` to its Import action
and to drops of .iasios files, ``export_visit_flow`` to its Export actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from assessor_app.domain.errors import AppError
from assessor_app.domain.progress import Cancelled, CancelToken, ProgressFn
from assessor_app.domain.sync_types import (
    BUNDLE_EXTENSION,
    ExportResult,
    ImportResult,
    SealSkip,
    SkippedRecipient,
)
from assessor_app.domain.trust_types import KeyNote, ListIgnored, RecipientsIgnored, TrustStatus
from assessor_app.services.container import Services
from assessor_app.services.trust import ImportConsent
from assessor_app.ui import folders
from assessor_app.ui.background import BackgroundRunner
from assessor_app.ui.error_text import error_text
from assessor_app.ui.plain_text import plain


def bundle_filter() -> str:
    return QCoreApplication.translate("SyncFlows", "Assessor bundles (*{ext})").format(
        ext=BUNDLE_EXTENSION
    )


def is_bundle_path(path: str) -> bool:
    """For drag and drop: does this dropped file look like a bundle?"""
    return path.lower().endswith(BUNDLE_EXTENSION)


def describe_skipped(skipped: SkippedRecipient) -> str:
    """One office certificate an export is not sealed to, and why, as the summary says it."""
    why = {
        SealSkip.NOT_RSA: QCoreApplication.translate(
            "SyncFlows", "its key is not RSA, and a bundle can be sealed to RSA keys only"
        ),
        SealSkip.UNREADABLE: QCoreApplication.translate(
            "SyncFlows", "its certificate cannot be read"
        ),
        SealSkip.INVITATION_OFFICE_ONLY: QCoreApplication.translate(
            "SyncFlows",
            "an invitation sealed to the office alone would not open for the co-assessor",
        ),
    }[skipped.reason]
    return QCoreApplication.translate("SyncFlows", "Not sealed to {name}: {why}.").format(
        name=skipped.name, why=why
    )


def describe_import(result: ImportResult) -> str:
    if result.already_imported:
        return QCoreApplication.translate(
            "SyncFlows", "Already imported: this bundle changed nothing."
        )
    lines = [
        QCoreApplication.translate(
            "SyncFlows", "Imported {n} new changes and {a} new attachments from {who}."
        ).format(
            n=result.new_changes,
            a=result.new_attachments,
            who=result.assessor or QCoreApplication.translate("SyncFlows", "unknown"),
        )
    ]
    if result.invitation:
        lines.append(
            QCoreApplication.translate(
                "SyncFlows", "This was an invitation: you now work on the same visit."
            )
        )
    if result.sealed:
        lines.append(
            QCoreApplication.translate("SyncFlows", "It came sealed and was opened with your key.")
        )
    for report in result.reports:  # the evidence this laptop derived signed state from
        lines.append(
            QCoreApplication.translate(
                "SyncFlows",
                "Signed report {report} (revision {revision}) verified: signed by {names}.",
            ).format(
                report=report.report_id, revision=report.revision, names=", ".join(report.signers)
            )
        )
    if result.signer:
        lines.append(
            QCoreApplication.translate(
                "SyncFlows", "Signed by {name} <{email}>, certificate SHA-256 {fp}."
            ).format(
                name=result.signer.name, email=result.signer.email, fp=result.signer.fingerprint
            )
        )
    else:
        lines.append(QCoreApplication.translate("SyncFlows", "The bundle is not signed."))
    lines += trust_lines(result)
    if result.recipients_taken:
        lines.append(
            QCoreApplication.translate(
                "SyncFlows", "From now on this visit's exports are sealed to: {names}."
            ).format(names=", ".join(result.recipients_taken))
        )
    elif result.recipients_ignored is not None:
        why = {
            RecipientsIgnored.KNOWN_VISIT: QCoreApplication.translate(
                "SyncFlows", "the visit was already on this laptop"
            ),
            RecipientsIgnored.UNSIGNED: QCoreApplication.translate(
                "SyncFlows", "the invitation is unsigned"
            ),
            RecipientsIgnored.NOT_THE_LEAD: QCoreApplication.translate(
                "SyncFlows", "its signer is not the visit's lead assessor"
            ),
        }[result.recipients_ignored]
        lines.append(
            QCoreApplication.translate(
                "SyncFlows",
                "The recipients this invitation names to seal to were not taken ({why}).",
            ).format(why=why)
        )
    if result.conflicts:
        lines.append(
            QCoreApplication.translate("SyncFlows", "1 conflict needs review.")
            if len(result.conflicts) == 1
            else QCoreApplication.translate("SyncFlows", "{n} conflicts need review.").format(
                n=len(result.conflicts)
            )
        )
    return "\n".join(lines)


def trust_lines(result: ImportResult) -> list[str]:
    """The import summary's lines on the signer's standing and the assessor's key."""
    trust = result.trust
    out: list[str] = []
    if trust is None:
        return out
    if trust.status is TrustStatus.REGISTERED:
        out.append(
            QCoreApplication.translate("SyncFlows", "The signer is registered by the office.")
        )
    elif trust.status is TrustStatus.NO_LIST:
        out.append(
            QCoreApplication.translate(
                "SyncFlows",
                "No trust list of the office is installed: the signer is known by their key only.",
            )
        )
    if trust.key is KeyNote.FIRST_USE:
        out.append(
            QCoreApplication.translate(
                "SyncFlows",
                "First bundle signed for this assessor: the key is now remembered; another key "
                "will need your acceptance.",
            )
        )
    elif trust.key is KeyNote.KNOWN:
        out.append(
            QCoreApplication.translate("SyncFlows", "The key is the one known for this assessor.")
        )
    elif trust.key is KeyNote.ACCEPTED:
        out.append(
            QCoreApplication.translate(
                "SyncFlows", "New key accepted (logged); it replaces the key SHA-256 {old}."
            ).format(old=trust.old_fingerprint or "")
        )
    if trust.installed_anchors:
        out.append(
            QCoreApplication.translate(
                "SyncFlows",
                "The office's trust list came with this invitation and is now installed.",
            )
        )
    if trust.list_ignored is not None:
        why = {
            ListIgnored.NOT_FIRST_CONTACT: QCoreApplication.translate(
                "SyncFlows", "this laptop already has a trust list or knows assessors' keys"
            ),
            ListIgnored.UNSIGNED: QCoreApplication.translate(
                "SyncFlows", "the invitation is unsigned"
            ),
            ListIgnored.NOT_VOUCHING: QCoreApplication.translate(
                "SyncFlows", "the list does not vouch for the invitation's own signer"
            ),
        }[trust.list_ignored]
        out.append(
            QCoreApplication.translate(
                "SyncFlows",
                "The office's trust list in this invitation was not installed ({why}). To "
                "install one: main.py identity trust add FILE.",
            ).format(why=why)
        )
    if trust.unsigned_override:
        out.append(
            QCoreApplication.translate(
                "SyncFlows",
                "Unsigned bundle let in by your override (logged in the visit's history).",
            )
        )
    return out


def consent_for(parent: QWidget, exc: BaseException) -> ImportConsent | None:
    """For a refusal a person may overrule (a new key, an unsigned bundle), ask; the
    consent to import again with, or None."""
    from assessor_app.domain.error_codes import ErrorCode

    code = getattr(exc, "code", "")
    params = getattr(exc, "params", {})
    if code == ErrorCode.SIGNER_KEY_CHANGED:
        question = QCoreApplication.translate(
            "SyncFlows",
            "{refusal}\n\nAccept the new key SHA-256 {new} for {named}? Do so only when the "
            "assessor has confirmed this fingerprint to you. The acceptance is logged.",
        ).format(refusal=error_text(exc), new=params.get("new", ""), named=params.get("named", ""))
        consent = ImportConsent(accept_key=str(params.get("new", "")))
    elif code in (
        ErrorCode.UNSIGNED_AFTER_SIGNED,
        ErrorCode.UNSIGNED_FOR_SIGNED_VISIT,
        ErrorCode.UNSIGNED_WITH_TRUST_LIST,
    ):
        question = QCoreApplication.translate(
            "SyncFlows",
            "{refusal}\n\nLet this unsigned bundle in anyway? The override is logged in the "
            "visit's history.",
        ).format(refusal=error_text(exc))
        consent = ImportConsent(allow_unsigned=True)
    else:
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SyncFlows", "Import"),
        plain(question),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return consent if answer == QMessageBox.StandardButton.Yes else None


def import_bundle_flow(
    parent: QWidget,
    services: Services,
    runner: BackgroundRunner,
    path: str | None = None,
    on_imported: Callable[[ImportResult], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    consent: ImportConsent | None = None,
) -> None:
    """Ask for a bundle (unless ``path`` is given), import it in the background with a
    cancellable progress dialog, then report the result or the one-line refusal.
    A refusal a person may overrule (a new key, an unsigned bundle) asks whether to, and
    imports again with that consent.
    ``on_failed`` runs after a refusal, a cancel or an error has been reported."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("SyncFlows", "Import bundle"), folders.start_in(),
            bundle_filter(),
        )  # fmt: skip
        if not path:
            return
        folders.remember(folders.DOCUMENTS, path)
    chosen = Path(path)
    opening = None
    if services.sync.is_sealed(chosen):
        from assessor_app.ui.sync.sealed_import import choose_opening_identity

        opening = choose_opening_identity(parent, services, chosen)
        if opening is None:  # the user cancelled: nothing to report, the queue goes on
            if on_failed is not None:
                on_failed(Cancelled())
            return

    def work(progress: ProgressFn, cancel: CancelToken) -> ImportResult:
        identity = (
            services.identities.load(opening.identity_path, opening.passphrase)
            if opening is not None
            else None
        )
        if consent is None and identity is None:  # the plain call (tests wrap it so)
            return services.sync.import_bundle(chosen, progress, cancel)
        return services.sync.import_bundle(chosen, progress, cancel, identity, consent)

    def done(result: ImportResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SyncFlows", "Import"),
            plain(describe_import(result)),
        )
        if on_imported is not None:
            on_imported(result)

    def failed(exc: BaseException) -> None:
        granted = consent_for(parent, exc) if consent is None else None
        if granted is not None:
            import_bundle_flow(
                parent, services, runner, str(chosen), on_imported, on_failed, granted
            )
            return
        _report(parent, QCoreApplication.translate("SyncFlows", "Import"), exc)
        if on_failed is not None:
            on_failed(exc)

    runner.run(
        work,
        done,
        failed,
        label=QCoreApplication.translate("SyncFlows", "Importing {name}…").format(name=chosen.name),
        cancellable=True,
    )


def export_visit_flow(
    parent: QWidget,
    services: Services,
    runner: BackgroundRunner,
    visit_id: str,
    *,
    invitation: bool = False,
    path: str | None = None,
    on_exported: Callable[[ExportResult], None] | None = None,
    identity_path: Path | None = None,
    passphrase: str = "",
    seal_to: Sequence[bytes] = (),
) -> None:
    """Ask where to save (unless ``path`` is given) and write the bundle in the background.
    With ``identity_path`` the manifest is signed with that identity (opened with
    ``passphrase`` in the background work; a wrong passphrase is reported like any refusal).
    ``seal_to``: PEM certificates sealed to besides the visit's known recipients."""
    if path is None:
        title = (
            QCoreApplication.translate("SyncFlows", "Export invitation")
            if invitation
            else QCoreApplication.translate("SyncFlows", "Export visit")
        )
        path, _ = QFileDialog.getSaveFileName(
            parent, title, folders.start_in(file_name=f"visit-{visit_id[:8]}{BUNDLE_EXTENSION}"),
            bundle_filter(),
        )  # fmt: skip
        if not path:
            return
        folders.remember(folders.DOCUMENTS, path)
    target = Path(path)

    def work(progress: ProgressFn, cancel: CancelToken) -> ExportResult:
        identity = services.identities.load(identity_path, passphrase) if identity_path else None
        return services.sync.export_visit(
            visit_id, target, progress, cancel, identity, invitation=invitation, seal_to=seal_to
        )

    def done(result: ExportResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SyncFlows", "Export"),
            plain(
                QCoreApplication.translate(
                    "SyncFlows", "Wrote {path}: {c} changes, {a} attachments{signed}{sealed}."
                ).format(
                    path=result.path,
                    c=result.changes,
                    a=result.attachments,
                    signed=(
                        QCoreApplication.translate("SyncFlows", ", signed") if result.signed else ""
                    ),
                    sealed=(
                        QCoreApplication.translate("SyncFlows", ", sealed to {names}").format(
                            names=", ".join(result.sealed_to)
                        )
                        if result.sealed_to
                        else ""
                    ),
                )
                + "".join("\n" + describe_skipped(r) for r in result.seal_skipped)
            ),
        )
        if on_exported is not None:
            on_exported(result)

    runner.run(
        work,
        done,
        lambda exc: _report(parent, QCoreApplication.translate("SyncFlows", "Export"), exc),
        label=QCoreApplication.translate("SyncFlows", "Exporting visit…"),
        cancellable=True,
    )


def _report(parent: QWidget, title: str, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        QMessageBox.information(parent, title, plain(error_text(exc)))
    elif isinstance(exc, AppError):
        QMessageBox.warning(parent, title, plain(error_text(exc)))
    else:
        QMessageBox.critical(
            parent,
            title,
            plain(QCoreApplication.translate("SyncFlows", "Unexpected error: {e}").format(e=exc)),
        )
