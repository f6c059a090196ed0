<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="40"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="45"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="49"/>
        <source>Offline accreditation assessments for interventional oncology services (IASIOS). Every change is saved as it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="57"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="58"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="61"/>
        <source>official wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="63"/>
        <source>working text, not the official IASIOS wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="66"/>
        <source>{title}
{id}, version {version} ({wording})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/about_dialog.py" line="73"/>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="48"/>
        <source>Edit corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="48"/>
        <source>Add corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="54"/>
        <source>What must the facility put right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="55"/>
        <source>Action description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="60"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="62"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="63"/>
        <source>Who at the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="64"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="68"/>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="80"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="77"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="78"/>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="79"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_dialog.py" line="116"/>
        <source>Describe the corrective action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionEdits</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="91"/>
        <source>Added a corrective action to {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="96"/>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="182"/>
        <source>Removed a corrective action from {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="101"/>
        <source>add action to {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="126"/>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="148"/>
        <source>Saved corrective action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="132"/>
        <source>edit action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="154"/>
        <source>close action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="166"/>
        <source>Remove corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="168"/>
        <source>Remove this corrective action from {key}?

{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="188"/>
        <source>Restored a corrective action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/action_edits.py" line="193"/>
        <source>remove action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="39"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="40"/>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="41"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="42"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="43"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="26"/>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="27"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="33"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="34"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsOverviewPage</name>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="96"/>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="121"/>
        <source>1 corrective action, {open} open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="123"/>
        <source>{n} corrective actions, {open} open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/actions_overview_page.py" line="128"/>
        <source>Double-click or press Enter to go to the requirement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="50"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="50"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="50"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="50"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="56"/>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="64"/>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="65"/>
        <source>Add a corrective action (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="66"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="67"/>
        <source>Close action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/actions_panel.py" line="68"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentEdits</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="35"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="35"/>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="40"/>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="40"/>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="49"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="89"/>
        <source>Attached %n file(s) to {key}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="92"/>
        <source>Adding attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="127"/>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="129"/>
        <source>Remove {name} from {key}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachment_edits.py" line="146"/>
        <source>Removed an attachment from {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachments_panel.py" line="56"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachments_panel.py" line="57"/>
        <source>Drop photos or documents here; double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachments_panel.py" line="59"/>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachments_panel.py" line="60"/>
        <source>Add photos (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachments_panel.py" line="61"/>
        <source>Add document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachments_panel.py" line="62"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/attachments_panel.py" line="63"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <location filename="../../assessor_app/ui/background.py" line="213"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/background.py" line="216"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="54"/>
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="61"/>
        <source>Made {created} ({reason}), {kind}, {visits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="66"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="68"/>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="75"/>
        <source>{facility}: last change {last_change}; {findings} rated, {attachments}, {actions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="83"/>
        <source>%n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="89"/>
        <source>%n corrective action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="98"/>
        <source>(Database only: the current attachments stay as they are.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="108"/>
        <source>The current data could not be read, so it was not compared with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="113"/>
        <source>The current data holds nothing that this backup lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="121"/>
        <source>%n visit(s) there now would be gone (not in this backup):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="135"/>
        <source>%n visit(s) changed since this backup would lose those changes:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="146"/>
        <source>{facility} (last change now {now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="361"/>
        <source>The backup is in place. The data it replaced is kept in {folder}. The app closes now: start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/rolling_backups.py" line="108"/>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/rolling_backups.py" line="111"/>
        <source>&amp;Check data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupReasons</name>
    <message>
        <location filename="../../assessor_app/ui/backup_reasons.py" line="28"/>
        <source>made on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_reasons.py" line="29"/>
        <source>hourly backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_reasons.py" line="30"/>
        <source>when the app closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_reasons.py" line="31"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_reasons.py" line="32"/>
        <source>before encrypting the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_reasons.py" line="35"/>
        <source>after encrypting the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_reasons.py" line="36"/>
        <source>before deleting a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_reasons.py" line="44"/>
        <source>before the database upgrade to {revision}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleRefusal</name>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="32"/>
        <source>a date after the year 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="138"/>
        <source>This bundle was made by a newer version of IASIOS Assessor: update the app to import it. (Bundle format {version}; this app reads format {supported}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="143"/>
        <source>Bundle refused: {bundle} was made on a computer whose clock read {remote}, more than a day ahead of this computer&apos;s clock ({local}). Check the date and time on both computers. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="834"/>
        <source>Bundle refused: it sets {entity}.{field} (change {change}). Each laptop derives this itself from evidence it has verified, such as a signed report; a bundle never sets it. If the bundle was made by an older version of IASIOS Assessor, update that app and export again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="841"/>
        <source>Bundle refused: it sets {entity}.{field} (change {change}), which a bundle may not change. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="846"/>
        <source>Bundle refused: {where} holds a line break, a control, format or bidi character, which no name may hold: shown, it could forge a line or read as someone else. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="852"/>
        <source>Bundle refused: {member} is not a signed IASIOS Assessor report ({problem}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="857"/>
        <source>Bundle refused: the signed report {report_id} ({member}) does not verify: {problem}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="862"/>
        <source>Bundle refused: {member} is a report of visit {visit}, which this bundle does not carry. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="867"/>
        <source>Bundle refused: the signed report {report_id} (revision {revision}) does not match the visit as this bundle brings it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="872"/>
        <source>Bundle refused: the signed report {report_id} is of revision {revision}, but revision {revision} of this visit was signed here with other content. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="878"/>
        <source>Bundle refused: {signer} signed the {box} assessor&apos;s box of report {report_id}, but is not the visit&apos;s {box} assessor. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="883"/>
        <source>Bundle refused: the {box} assessor&apos;s box of report {report_id} is signed by {signer} &lt;{email}&gt; with a certificate the office did not register (SHA-256 {fingerprint}: {reason}). Nothing was imported. If it is the assessor&apos;s own certificate, the office registers it and the bundle is imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="890"/>
        <source>Bundle refused: the {box} assessor&apos;s box of report {report_id} is signed for {signer} &lt;{email}&gt; with the key SHA-256 {fingerprint}, but the key known here for this assessor is {pinned}. Nothing was imported. If the assessor confirms the new certificate, accept it (identity accept CERT) and import the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="898"/>
        <source>Bundle refused: it is signed by {signer} &lt;{email}&gt;, who is neither the lead assessor ({lead}) nor the co-assessor ({co}) of visit {visit} as recorded here. Only they send bundles for this visit. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="904"/>
        <source>Bundle refused: it changes {field} of visit {visit}, but it is signed by {signer}, not by the visit&apos;s lead assessor {lead}. Only a bundle the lead assessor signed changes who the assessors are. Ask the lead assessor to make the change and send a signed bundle. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="39"/>
        <source>Complication grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="40"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="42"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="42"/>
        <source>grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="46"/>
        <source>Note on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="47"/>
        <source>Note (saved when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="67"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="68"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="69"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="75"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="76"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="85"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_detail_panel.py" line="90"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · case {1} of {2}&lt;br&gt;{3} · {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseGridModel</name>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="148"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="154"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="156"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="161"/>
        <source>CIRSE complication grade: none or 1-6 (type 0-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="215"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="223"/>
        <source>yes {0}, no {1}, n/a {2}, open {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="237"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="238"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="239"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_model.py" line="245"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseGridPanel</name>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_panel.py" line="33"/>
        <source>Case review grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_grid_panel.py" line="49"/>
        <source>Compliance per question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseReviewPage</name>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="88"/>
        <source>Case review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="92"/>
        <source>Keys: arrows move · Y yes · N no · A not applicable · Delete clears · 0-6 grade (0 = none) · Enter edits the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="164"/>
        <source>Draw a sample to start the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="168"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="170"/>
        <source>not complete: answer every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="173"/>
        <source>Overall compliance {0} · cases complete {1}/{2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/error_box.py" line="14"/>
        <source>Case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/error_box.py" line="22"/>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="55"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="65"/>
        <source>Only the key file changes: the data stays encrypted with the same key, so this takes a moment whatever the size of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="86"/>
        <source>Enter the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="113"/>
        <source>The current passphrase is wrong. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="124"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../assessor_app/ui/check_dialog.py" line="27"/>
        <source>The database is damaged ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/check_dialog.py" line="33"/>
        <source>The database passed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/check_dialog.py" line="37"/>
        <source>Attachments: {ok} of {total} intact, {missing} missing, {damaged} damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/check_dialog.py" line="48"/>
        <source>All is well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/check_dialog.py" line="51"/>
        <source>The newest good backup is {id}: File › Restore from backup puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/check_dialog.py" line="58"/>
        <source>There is no good backup to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/check_dialog.py" line="77"/>
        <source>Check data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/check_dialog.py" line="88"/>
        <source>Checking the data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="121"/>
        <source>Decided: the value shown now holds for both assessors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="241"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="243"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="255"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="258"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="187"/>
        <source>Could not save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="52"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="54"/>
        <source>Conflicts needing review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="55"/>
        <source>No open conflicts: nothing needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="56"/>
        <source>Competing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="60"/>
        <source>…or type a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="61"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="62"/>
        <source>Res&amp;olve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="64"/>
        <source>&amp;Show requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="65"/>
        <source>Open this requirement in the checklist (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="112"/>
        <source>Visit details: {field} changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="114"/>
        <source>Requirement {key}: {field} deleted on one side, edited on the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="117"/>
        <source>Requirement {key}: {field} changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="123"/>
        <source>Needs review ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="160"/>
        <source>Competing values of {field}, requirement {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="180"/>
        <source>{value}
    by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="186"/>
        <source> (shown now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="196"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="196"/>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/conflicts_panel.py" line="227"/>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsSourceBox</name>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="102"/>
        <source>Did the facility send documents with the form? They are matched to the requirements the form names them under, and you see the match before anything is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="107"/>
        <source>A folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="108"/>
        <source>A zip file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="110"/>
        <source>No documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="38"/>
        <source>Draw: a verifiable random sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="44"/>
        <source>Seed: dice thrown with the facility, e.g. 3-6-1-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="46"/>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="57"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="47"/>
        <source>Generate seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="51"/>
        <source>N = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="52"/>
        <source>Cases to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="53"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="68"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="71"/>
        <source>Recompute the draw from the seed and the population (docs/sampling.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="89"/>
        <source>No sample drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="94"/>
        <source>Drawn {0} of {1} with seed “{2}” · {3} · {4} UTC by {5}
Population fingerprint {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="118"/>
        <source>The population is smaller than the {0} files asked for: every one of its {1} procedures is in the review (docs/sampling.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="140"/>
        <source>Draw again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="142"/>
        <source>A sample is already drawn. Drawing again replaces it; the old draw stays on record as superseded, with who redrew it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="151"/>
        <source>Answers exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/draw_panel.py" line="164"/>
        <source>Verified: the draw is reproduced exactly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptFolderDialog</name>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="134"/>
        <source>Encrypt this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="139"/>
        <source>The database and every attachment in {folder} are copied into an encrypted form and the copy is verified; only then are the plaintext files removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="146"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="155"/>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="55"/>
        <source>A request that is {now} cannot be marked {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="62"/>
        <source>This text holds {character} and {others} other characters the report cannot print; remove or replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="67"/>
        <source>This text holds {character}, which the report cannot print; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="92"/>
        <source>lead assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="93"/>
        <source>co-assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="94"/>
        <source>lead assessor&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="95"/>
        <source>co-assessor&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="104"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="107"/>
        <source>The facility name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="110"/>
        <source>The visit cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="113"/>
        <location filename="../../assessor_app/ui/error_text.py" line="117"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="120"/>
        <location filename="../../assessor_app/ui/error_text.py" line="353"/>
        <source>A procedure count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="123"/>
        <source>Choose one of the competing values, or give a new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="126"/>
        <source>“{text}” is not a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="129"/>
        <source>Enter your name as it should appear on signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="132"/>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="135"/>
        <source>This is not a complete e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="149"/>
        <source>Describe the corrective action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="152"/>
        <source>Corrective actions have no field “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="155"/>
        <source>Cannot write {target}: folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="158"/>
        <source>Cannot write {target}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="161"/>
        <source>Cannot write {target}: {reason}; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="164"/>
        <source>Case “{case_ref}” is not in the drawn sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="167"/>
        <source>A sample has been drawn from this population; it cannot change any more (the draw would no longer verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="172"/>
        <source>The sample size must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="175"/>
        <source>No sample has been drawn for this visit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="178"/>
        <source>The note is longer than {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="181"/>
        <source>Case “{case_ref}” is already in the population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="184"/>
        <source>The population already holds {most:,} procedures, the most it may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="187"/>
        <source>A sample has been drawn; the population cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="190"/>
        <source>The population is empty: import the list of procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="193"/>
        <source>Unknown question “{question_key}”; use one of: {keys} or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="196"/>
        <source>A sample was drawn on {drawn_at:%Y-%m-%d %H:%M} by {drawn_by} and {worked} of its cases already have answers; drawing again replaces it: confirm the redraw to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="202"/>
        <source>Unknown question “{question_key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="205"/>
        <source>Say what evidence the facility should send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="208"/>
        <source>The request is already {now}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="211"/>
        <source>The request is {now}: a decided request does not change. Add a new request to ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="218"/>
        <source>The due date is before the visit starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="221"/>
        <source>The due date has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="224"/>
        <source>The due date is more than a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="227"/>
        <source>Give at least {least} characters of the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="230"/>
        <source>No evidence request with id {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="233"/>
        <source>{count} evidence requests have ids starting {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="236"/>
        <source>Requirement “{key}” is not in this visit&apos;s checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="239"/>
        <source>“{evidence_key}” is not an evidence item of {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="242"/>
        <source>{path} already exists; choose another file name (an identity file is never overwritten: its key could not be recovered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="247"/>
        <source>Only identities kept in the data folder can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="250"/>
        <source>The signature image must be a PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="253"/>
        <source>{file} is too large to be a signing identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="256"/>
        <source>No signing identity at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="259"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="262"/>
        <source>{source}: line 1: the header must be exactly {header} (found “{shown}”); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="267"/>
        <source>{source}: no cases below the header; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="270"/>
        <source>{source}: the file is {megabytes:,.0f} MB, far more than a list of {most:,} procedures takes; is it the facility&apos;s CSV list? Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="276"/>
        <source>{source}: line {number} is longer than {most:,} characters; is it the facility&apos;s CSV list? Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="281"/>
        <source>{source}: the file is empty; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="284"/>
        <source>{source}: line 1: {reason}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="287"/>
        <source>{source}: line {number}: not UTF-8 text; save the file as CSV UTF-8; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="292"/>
        <source>{file} is too large for a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="295"/>
        <source>No file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="298"/>
        <source>Cannot read certificate {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="301"/>
        <source>{signer} has signed this report already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="304"/>
        <source>This report shows revision {revision} of the visit, which has changed since (now revision {current}); generate the report again and sign the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="310"/>
        <source>{file} is neither a folder nor a zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="313"/>
        <source>The facility has given no volumes to adopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="316"/>
        <source>{file} holds more than {most} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="319"/>
        <source>{file} unpacks to more than {most_mb} MB of documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="322"/>
        <source>{file}: {where} holds {character}, which the report cannot print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="326"/>
        <source>This text is longer than {limit:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="330"/>
        <source>Give your name as it should appear in the visit&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="333"/>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="336"/>
        <source>The name holds a control or invisible formatting character. Type it as it should read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="341"/>
        <source>Give at least the first 4 characters of the visit id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="344"/>
        <source>No visit with id {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="347"/>
        <source>{text} matches {count} visits; give more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="350"/>
        <source>Visits have no editable field “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="356"/>
        <source>{field} must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="359"/>
        <source>{field} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="362"/>
        <source>The identity&apos;s key type is not supported (use EC or RSA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="365"/>
        <source>The signer certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="368"/>
        <source>The manifest signature does not match (tampered, or signed by another key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="372"/>
        <source>The signer certificate&apos;s key type is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="375"/>
        <source>The passphrase must have at least {least} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="378"/>
        <source>The .p12 file holds no private key and certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="381"/>
        <source>Cannot open the signing identity: wrong passphrase, or not a PKCS#12 (.p12) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="385"/>
        <source>No template with id “{template_id}” is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="388"/>
        <source>No checklist template is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="391"/>
        <source>{path}: template {template_id} version {template_version} is shipped with the app already; give the new file a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="396"/>
        <source>{path}: template {template_id} version {template_version} is installed already with other content; visits are pinned to it, so give the new file a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="402"/>
        <source>Template {template_id} version {version} is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="405"/>
        <source>{source}: {where}: {problem}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="408"/>
        <source>{source}: not valid JSON: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="411"/>
        <source>{path}: file is larger than {most} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="414"/>
        <source>{path}: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="417"/>
        <source>{path}: not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="420"/>
        <source>{path}: cannot read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="423"/>
        <source>“{media_type}” is not an accepted photo type (JPEG, PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="426"/>
        <source>Content does not match its SHA-256 {expected_sha256}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="429"/>
        <source>{name}: not a readable photo ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="432"/>
        <source>Not a readable {expected} photo ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="435"/>
        <source>{file} is larger than 200 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="438"/>
        <source>{file}: only photos (JPEG, PNG) and documents ({suffixes}) can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="442"/>
        <source>{name}: only JPEG and PNG photos can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="445"/>
        <source>Declared {media_type} but the content is {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="448"/>
        <source>The photo has {width}x{height} pixels; at most {max_pixels} allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="451"/>
        <source>No draw with id {draw_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="454"/>
        <source>{entity} has no editable field “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="457"/>
        <source>No conflict with id {conflict_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="460"/>
        <source>This conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="463"/>
        <source>The record of conflict {conflict_id} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="466"/>
        <source>{take_change_id} is not one of the competing changes of this conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="469"/>
        <source>Backup copy {target} did not verify ({check}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="472"/>
        <source>Unknown record type “{entity}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="475"/>
        <source>{entity} has no field “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="478"/>
        <source>{entity}.{field} holds a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="481"/>
        <source>{entity}.{field} cannot be empty (null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="484"/>
        <source>{entity}.{field} is longer than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="487"/>
        <source>{db_path} was written by a newer version of IASIOS Assessor (schema {current}); this version cannot open it and has not changed it. Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="493"/>
        <source>{entity} {entity_id} belongs to an unknown visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="496"/>
        <source>The change records of a new {entity} do not give its {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="499"/>
        <source>Record {entity_id} is named by changes of another visit or type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="502"/>
        <source>{entity} {entity_id} is of another visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="505"/>
        <source>No attachment with id {attachment_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="508"/>
        <source>No corrective action with id {action_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="511"/>
        <source>Unknown complication grade “{text}”; use none or 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="514"/>
        <source>Procedure type “{value}” must not contain a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="517"/>
        <source>Procedure type is longer than {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="520"/>
        <source>Procedure date “{value}” is not written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="523"/>
        <source>The seed is empty; type the dice throws or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="526"/>
        <source>The seed is longer than {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="529"/>
        <source>The seed must not contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="532"/>
        <source>Unknown answer “{text}”; use yes, no or na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="535"/>
        <source>Procedure date “{value}” is not a calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="538"/>
        <source>Unknown rating “{text}”; use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="541"/>
        <source>No requirement “{key}” in template {template_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="544"/>
        <source>{file} is larger than an application form can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="547"/>
        <source>{file} is not an application form exported by this app (no {sheet} sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="551"/>
        <source>{file} is not an application form of a format this app reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="554"/>
        <source>{file} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="557"/>
        <source>The column heading should be “{name}”, found “{found}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="560"/>
        <source>The sheet is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="563"/>
        <source>The cell holds a formula (“{text}”); type the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="566"/>
        <source>The form ends at row {last}; this row is past its end and would not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="570"/>
        <source>The procedure date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="573"/>
        <source>“{text}” is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="576"/>
        <source>This workbook is for visit {theirs}, not for this visit ({visit_id}, {facility}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="580"/>
        <source>This workbook was made from template {their_template} {their_version}, but this visit uses {template_id} {template_version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="585"/>
        <source>The case review questions differ from this visit&apos;s template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="588"/>
        <source>“{key}” is not a requirement key of template {template_id} {template_version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="592"/>
        <source>Requirement {key} appears twice ({first_at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="595"/>
        <source>A justification is required for Not applicable ({key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="598"/>
        <source>More than {most} document names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="601"/>
        <source>“{text}” is not a procedure type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="604"/>
        <source>“{text}” is not a number of procedures (a whole number, 0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="607"/>
        <source>The case reference is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="610"/>
        <source>Case {ref} appears twice ({first_at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="613"/>
        <source>“{text}” is not a self-assessment; choose {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="616"/>
        <source>A document name is longer than {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="619"/>
        <source>“{text}” is not an answer; use Yes, No or N/A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="622"/>
        <source>The procedure date {when} is after {latest}: the review covers procedures already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="627"/>
        <source>The procedure date {when} is more than {years} years before {latest}. Is it a typo, or a birth date in the wrong column?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="633"/>
        <source>Wrong passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="636"/>
        <source>The key file {key_file} cannot be read ({reason}). The data stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="639"/>
        <source>The key file {key_file} was written by a newer version of IASIOS Assessor (format {version}). Install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="644"/>
        <source>The database {database} is encrypted, but its key file {key_file} is missing, so nothing can open it. The newest backup keeps a copy: copy {copy} to {key_file}, then start again and enter the folder&apos;s passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="651"/>
        <source>The database {database} is encrypted, but its key file {key_file} is missing, so nothing can open it, and no backup in {backups} holds a copy. Copy protection.json from a backup kept elsewhere (in the extra backup folder: &lt;id&gt;/protection.json) to {key_file}, then start again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="658"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="661"/>
        <source>{data_dir} is a new data folder, encrypted by default, and no passphrase was given. Give one with --passphrase-file FILE or ASSESSOR_APP_PASSPHRASE_FILE, or create the folder unencrypted with --unencrypted. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="667"/>
        <source>{data_dir} is encrypted and no passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="670"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="673"/>
        <source>{data_dir} is already encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="676"/>
        <source>{data_dir} is already encrypted; --unencrypted applies only to a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="680"/>
        <source>{data_dir} is not encrypted. Encrypt it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="683"/>
        <source>{data_dir} holds no database to encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="686"/>
        <source>The encrypted copy did not verify ({check}). The unencrypted folder was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="691"/>
        <source>The office certificate {source} does not hold an RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="694"/>
        <source>This data folder has no office recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="697"/>
        <source>The office key given is not the one this data folder&apos;s recovery was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="701"/>
        <source>{data_dir} is encrypted. Unlock it with its passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="704"/>
        <source>The data folder {data_dir} is open in another IASIOS Assessor window or process. Close it there, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="710"/>
        <source>The attachment file {name} cannot be opened: it was changed or damaged on disk, or sealed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="735"/>
        <source>The recipient certificate cannot be read (a PEM X.509 certificate is needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="739"/>
        <source>A bundle can be sealed to at most {most} recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="742"/>
        <source>A bundle cannot be sealed to {subject}: its key is not RSA. Identities made before sealing have EC keys; they still sign, but the holder needs a new identity to receive sealed bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="748"/>
        <source>There is no recipient to seal the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="751"/>
        <source>The sealed envelope cannot be opened: it is damaged or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="754"/>
        <source>Bundle refused: it is sealed, and only the private key of one of these certificates opens it: {needed}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="759"/>
        <source>Bundle refused: the sealed envelope uses {algorithm}, which this app cannot open (it opens AES-CBC content under RSA PKCS#1 v1.5 keys, as it seals). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="765"/>
        <source>A sealed bundle is sealed and opened in memory, so it can hold at most {most} MB; this one holds {size} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="771"/>
        <source>The certificate of {signer} expired on {until}: it can no longer sign. Nothing was signed. Get a new certificate from the office, or create a new identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="776"/>
        <source>The certificate of {signer} is not valid before {since}: it cannot sign yet. Nothing was signed. Is this computer&apos;s date right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="781"/>
        <source>The certificate of {signer} is not for signing: its key usage ({usages}) allows neither digital signatures nor non-repudiation. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="786"/>
        <source>The new certificate would expire on {until}, before the visit {visit} ends ({end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="790"/>
        <source>The new certificate would expire on {until}, in {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="794"/>
        <source>A certificate is valid for {least} to {most} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="797"/>
        <source>{signer} is neither this visit&apos;s lead assessor ({lead}) nor its co-assessor ({co}), by e-mail or name: only they sign the assessor boxes. Nothing was signed. A witness or the office signs an additional, named signature instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="803"/>
        <source>{signer} is this visit&apos;s {role}: the {box} box is the other assessor&apos;s. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="810"/>
        <source>The {box} box of this report is signed already. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="813"/>
        <source>This report names no assessors, so no signer can be matched to its assessor boxes. Nothing was signed; an additional, named signature is still possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="818"/>
        <source>Name the additional signature in 1 to {most} letters, digits, spaces or hyphens (for example: witness, office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="823"/>
        <source>This report carries an additional signature named {role} already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="828"/>
        <source>The bundle is signed by {signer} with a certificate {why}: such a certificate signs nothing. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="912"/>
        <source>Bundle refused: it was signed by {signer} &lt;{signer_email}&gt;, but it names {named} &lt;{named_email}&gt;. A bundle is accepted only when signed by the assessor it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="917"/>
        <source>Bundle refused: it is signed for {named} &lt;{email}&gt; with a new key (SHA-256 {new}); the key known for this assessor since {since} is {old}. Accept the new key only if the assessor confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="923"/>
        <source>Bundle refused: its signer {signer} &lt;{signer_email}&gt; is not registered by the office ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="928"/>
        <source>Bundle refused: it is unsigned, but bundles of {named} arrived signed before. Ask for a signed bundle, or let it in with an override that is logged in the visit&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="934"/>
        <source>Bundle refused: it is unsigned, but signed bundles of this visit ({visit}) arrived before. Ask for a signed bundle, or let it in with an override that is logged in the visit&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="940"/>
        <source>Bundle refused: it is unsigned and the office&apos;s trust list is installed. Ask {named} for a signed bundle, or let it in with a logged override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="945"/>
        <source>The key to accept ({accepted}) is not the key the bundle is signed with ({offered}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="949"/>
        <source>{file} holds no readable certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="953"/>
        <source>Give the office CA a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="957"/>
        <source>{name} is not a CA certificate; it cannot issue identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="961"/>
        <source>The certificate of {name} names no e-mail address, so it cannot be bound to an assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="971"/>
        <source>There is no backup “{backup_id}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="974"/>
        <source>Backup id “{backup_id}” could be any of: {matches}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="977"/>
        <source>Backup {backup_id} does not open with this data folder&apos;s key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="981"/>
        <source>Backup {backup_id} failed its check ({check}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="984"/>
        <source>Backups cannot be written to {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="987"/>
        <source>Backup {backup_id} was made, but its copy to {folder} failed ({reason}). The next backup tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="992"/>
        <source>Restoring replaces the current data: confirm it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="966"/>
        <source>The issued certificate does not validate: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRequestsPanel</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="60"/>
        <source>Evidence requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="60"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="65"/>
        <source>Evidence requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="74"/>
        <source>What the facility should send, e.g. signed SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="75"/>
        <source>Evidence to request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="79"/>
        <source>Due date of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="80"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="81"/>
        <source>Ask the facility for this evidence by the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="82"/>
        <source>Mark received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="83"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="84"/>
        <source>The evidence shows the requirement is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="85"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="86"/>
        <source>The evidence does not show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="132"/>
        <source>{status} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSigning</name>
    <message>
        <location filename="../../assessor_app/ui/sync/export_signing.py" line="33"/>
        <source>Sign as {name} &lt;{email}&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/export_signing.py" line="38"/>
        <source>Do not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/export_signing.py" line="41"/>
        <source>Sign the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/export_signing.py" line="42"/>
        <source>A signed bundle proves to the receiver that it comes from you, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/export_signing.py" line="57"/>
        <source>Passphrase of {name}&apos;s signing identity:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityClaimPanel</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/facility_claim_panel.py" line="22"/>
        <source>The facility&apos;s self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/facility_claim_panel.py" line="49"/>
        <source>The facility says: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/facility_claim_panel.py" line="50"/>
        <source>no status given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/facility_claim_panel.py" line="59"/>
        <source>Your rating differs from the facility&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/facility_claim_panel.py" line="61"/>
        <source>Justification: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/facility_claim_panel.py" line="62"/>
        <source>Evidence: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/facility_claim_panel.py" line="63"/>
        <source>Comment: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilityReviewPanel</name>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="40"/>
        <source>The facility&apos;s internal case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="41"/>
        <source>The facility&apos;s internal case review compared with yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="50"/>
        <source>Agreement per review question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="52"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="52"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="52"/>
        <source>Cases that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="107"/>
        <source>{cases} cases in the facility&apos;s review. On the drawn cases both of you answered, {agree} of {compared} answers agree; cases that differ: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="114"/>
        <source>{cases} cases in the facility&apos;s review. None of them is a drawn case you have answered yet, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="121"/>
        <source>not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="123"/>
        <source>{agree} of {compared} ({rate}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/facility_review_panel.py" line="129"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitySummaryBox</name>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="23"/>
        <source>The facility&apos;s application form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="32"/>
        <location filename="../../assessor_app/ui/facility_summary.py" line="34"/>
        <source>Adopt the facility&apos;s volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="54"/>
        <source>Self-assessed: {claimed} requirements. Of the {compared} you have rated, you agree on {agree} and differ on {differ}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="59"/>
        <source>No internal case review in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="66"/>
        <source>Internal case review: {cases} cases; on the drawn cases {agree} of {compared} answers agree with yours. Cases that differ: {refs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="72"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="78"/>
        <source>{type}: {facility} (visit: {visit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="86"/>
        <source>Volumes the facility gave, {total} a year: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/facility_summary.py" line="91"/>
        <source>The facility gave no volumes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingEdits</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="50"/>
        <source>rate {key} {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="65"/>
        <source>Decide the rating of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="68"/>
        <source>The assessors rated {key} differently: {values}.

Rate it {rating} for both of them? The conflict closes on every laptop this change reaches; Undo changes the rating back but does not reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="84"/>
        <source>edit comment of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="86"/>
        <source>edit justification of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="93"/>
        <source>tick evidence of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="93"/>
        <source>untick evidence of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="124"/>
        <source>Saved rating of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="126"/>
        <source>Saved comment on {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="130"/>
        <source>Saved justification of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/finding_edits.py" line="135"/>
        <source>Saved evidence of {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="45"/>
        <source>Protect your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="50"/>
        <source>IASIOS Assessor keeps visits, findings and photos in {folder}. They are encrypted with a passphrase you choose now: without it nobody can read them, and nobody can recover them for you if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="59"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="61"/>
        <source>&amp;Keep this folder unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="63"/>
        <source>Keep this folder unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="67"/>
        <source>Not recommended: anyone who gets hold of this computer or its disk can read every visit and photo. The app will show a warning until you encrypt the folder (File › Encrypt this data folder…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="81"/>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="100"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="100"/>
        <source>&amp;Create unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/first_run_dialog.py" line="143"/>
        <source>Creating the key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormImportPreview</name>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="44"/>
        <source>Import application form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="48"/>
        <source>The form self-assesses {claims} requirements, gives {volumes} volumes and {cases} cases of the facility&apos;s internal review. It replaces the facility&apos;s previous form; your own ratings stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="57"/>
        <source>Documents matched to requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="61"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="74"/>
        <source>No documents were chosen; none will be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="75"/>
        <source>Will be attached ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="79"/>
        <source>Named in the form but not sent ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/application_form.py" line="84"/>
        <source>Sent but named under no requirement, not attached ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlanceHeader</name>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="136"/>
        <source>All visits (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="137"/>
        <source>Back to all visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="161"/>
        <source>Requirements answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="164"/>
        <source>Core requirements answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="171"/>
        <source>Outcome so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="176"/>
        <source>Reasons for the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="200"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="202"/>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="218"/>
        <source>Outcome so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="265"/>
        <source>Evidence asked of the facility, not yet received (File › Request evidence…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="274"/>
        <source>⚠ 1 open conflict needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="276"/>
        <source>⚠ {n} open conflicts need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="282"/>
        <source>Open the Needs review tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="129"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="130"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="131"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="132"/>
        <source>Evidence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="120"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="107"/>
        <source>Corrective action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="109"/>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="121"/>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="113"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="108"/>
        <source>Evidence requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="113"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="122"/>
        <source>Evidence request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="123"/>
        <source>Facility&apos;s self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="147"/>
        <source>History of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="154"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="154"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="154"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="154"/>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="156"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="91"/>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="95"/>
        <source>Signing identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="102"/>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="103"/>
        <source>&amp;Import .p12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="104"/>
        <source>E&amp;xport certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="109"/>
        <source>Your drawn signature (shown on reports you sign):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="113"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="114"/>
        <source>&amp;Save signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="159"/>
        <source>No signing identity yet: create one or import a .p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="163"/>
        <source>SHA-256 fingerprint: {0}
Valid until {1}
File: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="168"/>
        <source>This certificate cannot sign: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="170"/>
        <source>it has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="171"/>
        <source>it is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="172"/>
        <source>its key usage does not allow signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="198"/>
        <source>Choose a passphrase (at least {n} characters) for the new identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="218"/>
        <source>{0}

Create it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="226"/>
        <source>Import a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="227"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="232"/>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="252"/>
        <source>Passphrase of {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="248"/>
        <source>Export certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="248"/>
        <source>Certificate (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="262"/>
        <source>Certificate written to {0}.
SHA-256 fingerprint: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="275"/>
        <source>Signature saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="288"/>
        <source>Save the signature you drew?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="183"/>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="188"/>
        <source>After this many minutes without keyboard or mouse input the window is covered and asks for the passphrase. Off (0) turns the idle lock off; File › Lock now still locks at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="201"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="202"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="203"/>
        <source>Minutes before the idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="204"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../assessor_app/ui/lock_screen.py" line="253"/>
        <location filename="../../assessor_app/ui/lock_screen.py" line="393"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/lock_screen.py" line="276"/>
        <source>This passphrase opens a different data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/lock_screen.py" line="330"/>
        <source>Closed by the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/lock_screen.py" line="334"/>
        <source>While the window was locked, these dialogs were closed as if cancelled. Nothing typed in them was saved; open them again to do what they were for:

{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/lock_screen.py" line="368"/>
        <source>A dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../assessor_app/ui/lock_screen.py" line="127"/>
        <source>IASIOS Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/lock_screen.py" line="129"/>
        <source>IASIOS Assessor is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/lock_screen.py" line="144"/>
        <source>Enter the passphrase of this data folder to go on where you left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="106"/>
        <source>Visit deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="138"/>
        <location filename="../../assessor_app/ui/main_window.py" line="145"/>
        <source>Every change is saved as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="147"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="151"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="248"/>
        <source>Visit created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="308"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="289"/>
        <location filename="../../assessor_app/ui/main_window.py" line="297"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="290"/>
        <source>Your name, as recorded with every change you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="299"/>
        <source>Your name is now {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="371"/>
        <source>All changes saved · {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="42"/>
        <source>Requirement filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="43"/>
        <source>Show only some requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="46"/>
        <source>Search texts and comments (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="48"/>
        <source>Search requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="64"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_delegate.py" line="161"/>
        <source>CORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="85"/>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="226"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="236"/>
        <source>needs review: 1 open conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="238"/>
        <source>needs review: {n} open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="258"/>
        <source>All requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="259"/>
        <source>Core only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="260"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="261"/>
        <source>Not met or partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="262"/>
        <source>With open corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="265"/>
        <source>With open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="266"/>
        <source>Facility says met, not yet rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="269"/>
        <source>Facility and assessor disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="45"/>
        <source>New signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="50"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="51"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="52"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="55"/>
        <source>A self-signed certificate valid for two years. Send its certificate to the accreditation office so they can register it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="56"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="62"/>
        <source>Facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="63"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="64"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="65"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="66"/>
        <source>Facility code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="68"/>
        <source>Authorised representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="70"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="72"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="78"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="79"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="80"/>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="81"/>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="82"/>
        <source>Facility &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="83"/>
        <source>Authorised repr&amp;esentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="84"/>
        <source>Contact &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="87"/>
        <source>Therapeutic IO procedures in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="103"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="106"/>
        <source>First day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="107"/>
        <source>Last day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="111"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="118"/>
        <source>Da&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="120"/>
        <source>Lead assessor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="126"/>
        <source>Lead assessor e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="127"/>
        <source>Co-assessor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="128"/>
        <source>Co-assessor e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="130"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="134"/>
        <source>&amp;Lead assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="139"/>
        <source>C&amp;o-assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="146"/>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="153"/>
        <source>{title} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="158"/>
        <source>{title}, version {version}: {n} requirements ({core} core); wording: {wording}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="168"/>
        <source>Chec&amp;klist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="180"/>
        <source>Create visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="195"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="237"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="276"/>
        <source>No checklist template is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="293"/>
        <source>Total: &lt;b&gt;{n}&lt;/b&gt; a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="296"/>
        <source>Below the {min} a year that accreditation requires; the visit can still go ahead, and the outcome will list it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="43"/>
        <source>Internal case review of 30 files not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="45"/>
        <source>Annual therapeutic IO procedures below 150 ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="50"/>
        <source>1 core requirement not fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="51"/>
        <source>{n} core requirements not fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="54"/>
        <source>1 core requirement not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="55"/>
        <source>{n} core requirements not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="58"/>
        <source>1 core requirement not applicable without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="59"/>
        <source>{n} core requirements not applicable without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="62"/>
        <source>1 extended requirement not fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="63"/>
        <source>{n} extended requirements not fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="66"/>
        <source>1 extended requirement not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="67"/>
        <source>{n} extended requirements not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="70"/>
        <source>1 extended requirement not applicable without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="71"/>
        <source>{n} extended requirements not applicable without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="74"/>
        <source>1 requirement waiting for requested evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="75"/>
        <source>{n} requirements waiting for requested evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/passphrase_dialog.py" line="21"/>
        <location filename="../../assessor_app/ui/report/passphrase_dialog.py" line="28"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/passphrase_dialog.py" line="29"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/passphrase_dialog.py" line="34"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/passphrase_dialog.py" line="35"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/passphrase_dialog.py" line="48"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/passphrase_dialog.py" line="51"/>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/passphrase_dialog.py" line="54"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="28"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="29"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="30"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="31"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="32"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="41"/>
        <source>use at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="45"/>
        <source>it contains a common word or sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="49"/>
        <source>it repeats too few characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="51"/>
        <source>make it longer, or mix words, digits and signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="55"/>
        <source>a few more words make it strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="78"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="79"/>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="83"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="84"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="88"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="89"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="94"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="97"/>
        <source>Passphrase strength in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="98"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="114"/>
        <source>Type a passphrase, then type it again below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="117"/>
        <source>Too short: {advice}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="119"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="138"/>
        <source>{words}: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/passphrase_fields.py" line="154"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationPanel</name>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="45"/>
        <source>Population: the facility&apos;s IO procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="53"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="54"/>
        <source>Import population from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="60"/>
        <source>Case reference, e.g. IO-2025-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="61"/>
        <source>New case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="67"/>
        <source>Procedure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="69"/>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="70"/>
        <source>Procedure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="71"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="85"/>
        <source>1 procedure · fingerprint (SHA-256) {1}…{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="87"/>
        <source>{0} procedures · fingerprint (SHA-256) {1}…{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="95"/>
        <source>No procedures yet: import the facility&apos;s CSV list or add cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="104"/>
        <source>The population is fixed once a sample is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="109"/>
        <source>Import the facility&apos;s list of IO procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="111"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="125"/>
        <source>Importing the population…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="132"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/population_panel.py" line="140"/>
        <source>Case review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewControls</name>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="118"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="118"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="120"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="122"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="126"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="126"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="128"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="130"/>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="132"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="130"/>
        <source>Fit the page width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="134"/>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="194"/>
        <source>Fit width {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="196"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/pdf_preview.py" line="201"/>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureType</name>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="52"/>
        <source>Ablation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="53"/>
        <source>Radioembolisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="56"/>
        <source>Chemoembolisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="59"/>
        <source>Pain management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="62"/>
        <source>Musculoskeletal interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="65"/>
        <source>Other vascular oncology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="68"/>
        <source>Other therapeutic procedures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionDialogs</name>
    <message>
        <location filename="../../assessor_app/ui/protection_dialogs.py" line="36"/>
        <source>The plaintext files are deleted once the encrypted copy has been verified. An SSD or a file system with snapshots may still keep remnants of them that no program can reliably erase; data that must never be read again needs a disk that was encrypted from the start (BitLocker, FileVault, LUKS).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionUi</name>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="58"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="61"/>
        <source>Cover the window until the passphrase is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="63"/>
        <source>Encr&amp;ypt this data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="66"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="69"/>
        <source>&amp;Idle lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="71"/>
        <source>How long the window waits before it locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="88"/>
        <source>This data folder is not encrypted: File › Encrypt this data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="91"/>
        <source>Warning: this data folder is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="148"/>
        <source>The passphrase was changed; the old one no longer opens this folder, nor the key files its {n} reachable backups keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="157"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="160"/>
        <source>The backups in {folder} could not be reached. The key files they keep still open them with the old passphrase, until the next backup made while that folder is reachable re-wraps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="200"/>
        <source>Encrypting the data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="211"/>
        <location filename="../../assessor_app/ui/protection_ui.py" line="220"/>
        <source>Encrypt this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="212"/>
        <source>The data folder is encrypted.

{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="222"/>
        <source>The data folder was not encrypted and is as it was:

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="241"/>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/protection_ui.py" line="244"/>
        <source>The data folder could not be opened again:

{reason}

Quit and start IASIOS Assessor again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/status.py" line="34"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/status.py" line="35"/>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/status.py" line="36"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/status.py" line="37"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/status.py" line="38"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/status.py" line="39"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/rating_bar.py" line="37"/>
        <source>{rating} (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/rating_bar.py" line="42"/>
        <source>Rate {rating}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="58"/>
        <source>&amp;Generate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="59"/>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="60"/>
        <source>Save a c&amp;opy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="61"/>
        <source>Verif&amp;y a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="62"/>
        <source>&amp;Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="69"/>
        <source>No report generated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="71"/>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="75"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="112"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="117"/>
        <source>Unexpected error: {0}. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="120"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="126"/>
        <location filename="../../assessor_app/ui/report/report_page.py" line="135"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="149"/>
        <source>Report {0}, revision {1}, {2} pages. Content SHA-256 {3}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="153"/>
        <source>Supersedes the signed report of revision {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="176"/>
        <source>Passphrase of your signing identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="195"/>
        <location filename="../../assessor_app/ui/report/report_page.py" line="203"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="217"/>
        <source>Additional signature ({0}) by {1} ({2}) at {3} UTC; it is not an assessor&apos;s signature and does not sign the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="221"/>
        <source>Signed by {0} ({1}) at {2} UTC. This revision is now frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="234"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="260"/>
        <source>Report {0} (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="251"/>
        <source>Saved as {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="38"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="39"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="40"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_panel.py" line="41"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="103"/>
        <source>1 evidence request open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="105"/>
        <source>{n} evidence requests open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="108"/>
        <source>, {n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsController</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_controller.py" line="78"/>
        <source>Evidence requested for {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requests_controller.py" line="98"/>
        <source>Request for {key} marked {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementEditor</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="100"/>
        <source>Requirement key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="105"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="106"/>
        <source>Who changed this requirement, and when (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="107"/>
        <source>Requirement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="119"/>
        <source>Requirement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="126"/>
        <source>Guidance for the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="130"/>
        <source>Advance after rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="133"/>
        <source>After a rating key (1-4, 0) move on to the next requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="141"/>
        <source>No evidence items listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="85"/>
        <source>No requirement selected: none matches the search or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="146"/>
        <source>What you saw, heard and read (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="147"/>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="206"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="150"/>
        <source>Justification for not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="153"/>
        <source>Why this requirement does not apply to this facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="155"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="158"/>
        <source>A justification is required when a requirement is not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="162"/>
        <source>Justification missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="175"/>
        <source>Compare both values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="176"/>
        <source>Open the Needs review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="197"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="204"/>
        <source>Evidence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="208"/>
        <source>Photos and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="210"/>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="212"/>
        <source>Evidence requested of the facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="236"/>
        <source>CORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="236"/>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="241"/>
        <source>Standard {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="284"/>
        <source>Evidence: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="162"/>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="314"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="166"/>
        <source>Choose a backup to see what it holds. Restoring sets the current data aside (it is kept, never overwritten) and closes the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="174"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="176"/>
        <source>&amp;Backups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="181"/>
        <source>What the selected backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="182"/>
        <source>&amp;What it holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="192"/>
        <source>&amp;Also copy backups to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="195"/>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="200"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="234"/>
        <source>{id}  {reason}  ({visits})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="255"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="258"/>
        <source>Backups are also copied to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="260"/>
        <source>Backups are kept in the data folder only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="288"/>
        <source>Folder that also gets every backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="318"/>
        <source>Restore backup {id}? The current data is backed up and set aside first, then the app closes; start it again to work on the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="323"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="44"/>
        <source>the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="45"/>
        <source>the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="46"/>
        <source>the justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="49"/>
        <source>an evidence tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="54"/>
        <source>a photo or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="56"/>
        <source>a corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="58"/>
        <source>a procedure count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="71"/>
        <source>ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="73"/>
        <source>not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="86"/>
        <source>{value} ({author})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="100"/>
        <source>Needs review: the assessors gave different values for {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="105"/>
        <source>Setting the value here decides it for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="110"/>
        <source>An open conflict on {fields} is decided in Needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/review_notes.py" line="114"/>
        <source>{count} open conflicts ({fields}) are decided in Needs review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollingBackups</name>
    <message>
        <location filename="../../assessor_app/ui/rolling_backups.py" line="83"/>
        <source>The hourly backup failed; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealRecipients</name>
    <message>
        <location filename="../../assessor_app/ui/sync/seal_recipients.py" line="21"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/seal_recipients.py" line="31"/>
        <source>Seal the bundle to these certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/seal_recipients.py" line="45"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/seal_recipients.py" line="47"/>
        <source>{file} cannot be read ({reason}). Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedImport</name>
    <message>
        <location filename="../../assessor_app/ui/sync/sealed_import.py" line="42"/>
        <source>{file} is sealed to your identity {name} &lt;{email}&gt;. Passphrase to open it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sealed_import.py" line="53"/>
        <source>Sealed bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sealed_import.py" line="55"/>
        <source>{file} is sealed, and none of your identities in this data folder opens it. It opens with the private key of: {needed}.

Choose the identity file (.p12) that holds this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sealed_import.py" line="67"/>
        <source>Identity that opens the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sealed_import.py" line="69"/>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sealed_import.py" line="74"/>
        <source>Passphrase of {file}, to open the sealed bundle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../assessor_app/ui/search_field.py" line="22"/>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/search_field.py" line="25"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="21"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="22"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="24"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="27"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="28"/>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="70"/>
        <source>Open the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="32"/>
        <source>Close the visit, back to all visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="34"/>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="35"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="39"/>
        <source>Import a bundle (or drop it on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="46"/>
        <source>Export the open or selected visit as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="53"/>
        <source>Keyboard shortcuts (this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="58"/>
        <source>Lock the window (encrypted folders only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="65"/>
        <source>Quit (everything is already saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="68"/>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="73"/>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="78"/>
        <source>Visit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="75"/>
        <source>Search visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="80"/>
        <source>Delete the selected visit (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="82"/>
        <source>Next requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="86"/>
        <source>Previous requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="88"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="89"/>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="90"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="91"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="92"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="96"/>
        <source>Clear the rating (when the list has focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="103"/>
        <source>Remove the selected photo or corrective action (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="110"/>
        <source>Search requirements and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="115"/>
        <source>Add a photo to the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="120"/>
        <source>Add a corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="125"/>
        <source>History of the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="130"/>
        <source>Write in the comment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="135"/>
        <source>From the list to the rating, then down the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="142"/>
        <source>Checklist, Summary, Corrective actions, Case review, Report, Needs review tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="150"/>
        <source>The same six tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="155"/>
        <source>Zoom in on the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="157"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="160"/>
        <source>Ctrl+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="161"/>
        <source>Zoom in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="163"/>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="167"/>
        <source>Next or previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="23"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="176"/>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="180"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="181"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="181"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="181"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="50"/>
        <source>Sign report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="54"/>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="55"/>
        <source>&amp;Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="58"/>
        <source>Sign as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="62"/>
        <source>Signature box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="66"/>
        <source>Sign as an a&amp;dditional signatory (witness, office), not as an assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="69"/>
        <source>Name of the additional signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="70"/>
        <source>for example: witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="73"/>
        <source>Signature name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="75"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="76"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="80"/>
        <source>Signing freezes this revision of the visit: later changes make a new revision whose report names this one as superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="89"/>
        <source>1 conflict still needs review: this revision is signed with the value the visit shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="94"/>
        <source>{n} conflicts still need review: this revision is signed with the values the visit shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="105"/>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="128"/>
        <source>No signing identity yet: create one (or import a .p12) with Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="143"/>
        <source>The certificate of {signer} expired on {day}: it can no longer sign. Get a new certificate from the office, or create a new identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="148"/>
        <source>The certificate of {signer} is not valid before {day}: it cannot sign yet. Is this computer&apos;s date right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="153"/>
        <source>The certificate of {signer} is not for signing: its key usage allows neither digital signatures nor non-repudiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="179"/>
        <source>An additional signature named “{role}”, beside the assessors&apos; boxes: it never counts as an assessor&apos;s signature and does not sign the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="212"/>
        <source>No signature box of this report is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="206"/>
        <source>Signs in the lead assessor&apos;s box ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="208"/>
        <source>Signs in the co-assessor&apos;s box ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../assessor_app/ui/report/signature_pad.py" line="28"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/signature_pad.py" line="29"/>
        <source>Draw your signature here with the mouse or a pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/signature_pad.py" line="131"/>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="47"/>
        <source>Facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="48"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="49"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="50"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="51"/>
        <source>Facility code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="54"/>
        <source>Authorised representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="56"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="57"/>
        <source>Lead assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="58"/>
        <source>Lead assessor e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="59"/>
        <source>Co-assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="60"/>
        <source>Co-assessor e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="99"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="100"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="101"/>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="102"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="103"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="104"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="105"/>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="124"/>
        <source>Counts per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="135"/>
        <source>Procedure volumes (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="150"/>
        <source>Ratings per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="159"/>
        <source>Visit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="171"/>
        <location filename="../../assessor_app/ui/summary_page.py" line="173"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="172"/>
        <location filename="../../assessor_app/ui/summary_page.py" line="174"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="207"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="224"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="272"/>
        <source>Total: &lt;b&gt;{n}&lt;/b&gt; a year, meets the {min} required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="275"/>
        <source>Total: &lt;b&gt;{n}&lt;/b&gt; a year, &lt;span style=&apos;color:#8a4b00&apos;&gt;below the {min} required for accreditation.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="316"/>
        <source>Saved {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="333"/>
        <source>Saved visit dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="346"/>
        <source>Saved {type} count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFlows</name>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="32"/>
        <source>Assessor bundles (*{ext})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="45"/>
        <source>its key is not RSA, and a bundle can be sealed to RSA keys only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="48"/>
        <source>its certificate cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="51"/>
        <source>an invitation sealed to the office alone would not open for the co-assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="56"/>
        <source>Not sealed to {name}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="63"/>
        <source>Already imported: this bundle changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="67"/>
        <source>Imported {n} new changes and {a} new attachments from {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="72"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="77"/>
        <source>This was an invitation: you now work on the same visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="83"/>
        <source>It came sealed and was opened with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="87"/>
        <source>Signed report {report} (revision {revision}) verified: signed by {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="96"/>
        <source>Signed by {name} &lt;{email}&gt;, certificate SHA-256 {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="103"/>
        <source>The bundle is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="107"/>
        <source>From now on this visit&apos;s exports are sealed to: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="113"/>
        <source>the visit was already on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="116"/>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="187"/>
        <source>the invitation is unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="119"/>
        <source>its signer is not the visit&apos;s lead assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="124"/>
        <source>The recipients this invitation names to seal to were not taken ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="131"/>
        <source>1 conflict needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="133"/>
        <source>{n} conflicts need review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="148"/>
        <source>The signer is registered by the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="152"/>
        <source>No trust list of the office is installed: the signer is known by their key only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="159"/>
        <source>First bundle signed for this assessor: the key is now remembered; another key will need your acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="167"/>
        <source>The key is the one known for this assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="171"/>
        <source>New key accepted (logged); it replaces the key SHA-256 {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="177"/>
        <source>The office&apos;s trust list came with this invitation and is now installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="184"/>
        <source>this laptop already has a trust list or knows assessors&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="190"/>
        <source>the list does not vouch for the invitation&apos;s own signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="195"/>
        <source>The office&apos;s trust list in this invitation was not installed ({why}). To install one: main.py identity trust add FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="203"/>
        <source>Unsigned bundle let in by your override (logged in the visit&apos;s history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="219"/>
        <source>{refusal}

Accept the new key SHA-256 {new} for {named}? Do so only when the assessor has confirmed this fingerprint to you. The acceptance is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="230"/>
        <source>{refusal}

Let this unsigned bundle in anyway? The override is logged in the visit&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="264"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="363"/>
        <source>Wrote {path}: {c} changes, {a} attachments{signed}{sealed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="240"/>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="294"/>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="307"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="315"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="339"/>
        <source>Export invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="341"/>
        <source>Export visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="361"/>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="389"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="370"/>
        <source>, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="373"/>
        <source>, sealed to {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="390"/>
        <source>Exporting visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="404"/>
        <source>Unexpected error: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="197"/>
        <source>Unlock IASIOS Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="204"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="88"/>
        <source>The data folder {folder} is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="100"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="101"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="103"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="105"/>
        <source>Remember the unlock on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="107"/>
        <source>Keep the unlock in this computer&apos;s keyring: later starts open without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="117"/>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="119"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="140"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="167"/>
        <source>That passphrase does not open this data folder. Nothing was changed; check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/unlock_dialog.py" line="181"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="50"/>
        <source>Verify signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="56"/>
        <source>Drop a signed PDF here, or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="64"/>
        <source>&amp;Choose PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="65"/>
        <source>&amp;Trust certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="66"/>
        <source>No trusted certificates: trust is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="72"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="74"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="74"/>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="74"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="75"/>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="75"/>
        <source>Covers document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="75"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="76"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="76"/>
        <source>Signs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="87"/>
        <source>&amp;Fingerprint of the selected signature (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="93"/>
        <source>Fingerprint of the selected signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="126"/>
        <source>Choose a signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="134"/>
        <source>Certificates to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="135"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="140"/>
        <source>%n trusted certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="179"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="179"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="182"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="196"/>
        <source>This PDF carries no signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="199"/>
        <source>Signatures intact, but a signer&apos;s certificate could not sign: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="205"/>
        <source>Verification FAILED: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="207"/>
        <source>Signatures intact, but not every signer is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="209"/>
        <source>All signatures are intact and cover the whole document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="217"/>
        <source>{signer}: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="230"/>
        <source>expired on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="232"/>
        <source>not valid before {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="234"/>
        <source>not for signing (key usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="235"/>
        <source>valid until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="239"/>
        <source>additional: {0} (not an assessor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="241"/>
        <source>lead assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="243"/>
        <source>co-assessor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="74"/>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="88"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="78"/>
        <source>Search facility or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="79"/>
        <source>Search visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="118"/>
        <source>&amp;New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="121"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="123"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="165"/>
        <source>Welcome to IASIOS Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="170"/>
        <source>There are no visits yet. Start with a demo visit to see a complete assessment (ratings, corrective actions, photos and the outcome so far), or create your own visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="180"/>
        <source>Create &amp;demo visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="184"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="213"/>
        <source>No visit matches “{text}”. Clear the search to see all visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="339"/>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="342"/>
        <source>Delete the visit to {facility}?

Its findings, corrective actions, attachments and history are removed from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="374"/>
        <source>Creating the demo visit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSession</name>
    <message>
        <location filename="../../assessor_app/ui/visit_session.py" line="173"/>
        <source>Signed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_session.py" line="176"/>
        <source>This visit is signed (revision {revision}). Start revision {next}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="31"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="32"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="33"/>
        <source>Visit dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="34"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="35"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="36"/>
        <source>Core answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="37"/>
        <source>Outcome so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="38"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="39"/>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="40"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="41"/>
        <source>Last signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="72"/>
        <source>Bundles imported from: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="73"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/visit_table_model.py" line="81"/>
        <source>Unsigned bundles let in by override: %n (logged in the trust history).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="90"/>
        <source>{a} of {t} requirements answered, {c} of {ct} core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="128"/>
        <source>{name}, unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="130"/>
        <source>{name}, registered by the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="132"/>
        <source>{name}, not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="133"/>
        <source>{name}, key known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="138"/>
        <source>The last bundle, from {name}, was not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="141"/>
        <source>The last bundle was signed by {name}, whose certificate is registered by the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="146"/>
        <source>The last bundle was signed by {name}, whose key is not registered by the office&apos;s trust list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="150"/>
        <source>The last bundle was signed by {name} with the key first seen for this assessor; no trust list of the office is installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitWorkspace</name>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="66"/>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="67"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="68"/>
        <source>Corrective &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="71"/>
        <source>Case &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="72"/>
        <source>Re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="73"/>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="214"/>
        <source>&amp;Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="210"/>
        <source>&amp;Needs review ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="242"/>
        <source>Conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../assessor_app/ui/error_dialog.py" line="45"/>
        <source>The disk is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_dialog.py" line="48"/>
        <source>the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_dialog.py" line="49"/>
        <source>Something went wrong: {message}. Details were written to {log_file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_dialog.py" line="81"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="28"/>
        <source>dates not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="40"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="41"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="42"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="43"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="76"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="77"/>
        <source>Accredited Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="78"/>
        <source>Centre of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../assessor_app/ui/launch.py" line="282"/>
        <source>The database cannot be opened:

{message}

Nothing was changed. The database is {database}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/launch.py" line="293"/>
        <source>The data folder {folder} cannot be used: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="73"/>
        <source>{database} cannot be opened: it is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="77"/>
        <source>To go on from the backup copy {backup}, move {database} out of the folder and put a copy of the backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="83"/>
        <source>There is no backup copy of it; keep the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="715"/>
        <source>The disk holding {folder} is full. Nothing was changed. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="720"/>
        <source>{database} is read-only. Nothing was changed. Make it writable, or copy the data folder to a place that can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="725"/>
        <source>{database} is busy in another program (another copy of the app?). Nothing was changed. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_text.py" line="731"/>
        <source>{database} cannot be opened ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../assessor_app/ui/bundle_flows.py" line="60"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/bundle_flows.py" line="111"/>
        <source>Only assessor bundles can be dropped here: %n file(s) ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="48"/>
        <source>&amp;New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="51"/>
        <source>&amp;Open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="55"/>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="58"/>
        <source>Import a bundle from another assessor (or drop it on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="61"/>
        <source>&amp;Export visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="64"/>
        <source>Export this visit as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="66"/>
        <source>Export visit &amp;sealed to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="70"/>
        <source>Export this visit sealed to certificates you choose, so only they can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="73"/>
        <source>Export in&amp;vitation for co-assessor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="77"/>
        <source>Export this visit so the co-assessor works on the same visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="80"/>
        <source>Export application &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="84"/>
        <source>Import a&amp;pplication form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="88"/>
        <source>&amp;Request evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="92"/>
        <source>Write the letter asking the facility for the open evidence requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="95"/>
        <source>&amp;Delete visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="98"/>
        <source>&amp;Close visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="100"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="105"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="107"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="110"/>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="111"/>
        <source>The name recorded with every change you make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="114"/>
        <source>Add &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="118"/>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="120"/>
        <source>The signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="122"/>
        <source>&amp;Case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="125"/>
        <source>Internal case review of 30 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="128"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="131"/>
        <source>&amp;About IASIOS Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="138"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="157"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="167"/>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="174"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_actions.py" line="182"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../assessor_app/ui/backup_dialogs.py" line="359"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
