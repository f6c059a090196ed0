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
        <location filename="../../assessor_app/ui/background.py" line="211"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/background.py" line="214"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleRefusal</name>
    <message>
        <location filename="../../assessor_app/ui/sync/refusal_text.py" line="19"/>
        <source>a date after the year 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/refusal_text.py" line="29"/>
        <source>This bundle was made by a newer version of IASIOS Assessor: update the app to import it. (Bundle format {version}; this app reads format {supported}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/refusal_text.py" line="35"/>
        <source>Bundle refused: {bundle} was made on a computer whose clock read {remote}, more than a day ahead of this computer&apos;s clock ({local}). Check the date and time on both computers. Nothing was imported.</source>
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
    <name>CaseReviewPage</name>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="97"/>
        <source>Case review grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="113"/>
        <source>Compliance per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="148"/>
        <source>Case review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="152"/>
        <source>Keys: arrows move · Y yes · N no · A not applicable · Delete clears · 0-6 grade (0 = none) · Enter edits the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="164"/>
        <source>Population: the facility&apos;s IO procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="171"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="172"/>
        <source>Import population from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="178"/>
        <source>Case reference, e.g. IO-2025-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="179"/>
        <source>New case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="185"/>
        <source>Procedure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="187"/>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="188"/>
        <source>Procedure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="189"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="201"/>
        <source>Draw: a verifiable random sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="206"/>
        <source>Seed: dice thrown with the facility, e.g. 3-6-1-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="208"/>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="219"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="209"/>
        <source>Generate seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="213"/>
        <source>N = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="214"/>
        <source>Cases to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="215"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="230"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="233"/>
        <source>Recompute the draw from the seed and the population (docs/sampling.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="256"/>
        <source>Complication grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="257"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="259"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="259"/>
        <source>grade {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="263"/>
        <source>Note on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="264"/>
        <source>Note (saved when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="284"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="285"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="286"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="292"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="293"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="306"/>
        <source>1 procedure · fingerprint (SHA-256) {1}…{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="308"/>
        <source>{0} procedures · fingerprint (SHA-256) {1}…{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="316"/>
        <source>No procedures yet: import the facility&apos;s CSV list or add cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="324"/>
        <source>The population is fixed once a sample is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="330"/>
        <source>No sample drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="335"/>
        <source>Drawn {0} of {1} with seed “{2}” · {3} · {4} UTC by {5}
Population fingerprint {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="393"/>
        <source>Draw a sample to start the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="397"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="399"/>
        <source>not complete: answer every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="402"/>
        <source>Overall compliance {0} · cases complete {1}/{2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="412"/>
        <source>The population is smaller than the {0} files asked for: every one of its {1} procedures is in the review (docs/sampling.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="420"/>
        <source>Import the facility&apos;s list of IO procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="422"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="436"/>
        <source>Importing the population…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="443"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="490"/>
        <source>Draw again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="492"/>
        <source>A sample is already drawn. Drawing again replaces it; the old draw stays on record as superseded, with who redrew it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="501"/>
        <source>Answers exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="516"/>
        <source>Verified: the draw is reproduced exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="637"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="642"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; · case {1} of {2}&lt;br&gt;{3} · {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="451"/>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="680"/>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="683"/>
        <source>Case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/case_review/case_review_page.py" line="683"/>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="133"/>
        <source>Decided: the value shown now holds for both assessors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="169"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="169"/>
        <source>Photos ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="174"/>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="174"/>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="231"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="233"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="245"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="248"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="312"/>
        <source>Could not save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="347"/>
        <source>rate {key} {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="360"/>
        <source>Decide the rating of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="363"/>
        <source>The assessors rated {key} differently: {values}.

Rate it {rating} for both of them? The conflict closes on every laptop this change reaches; Undo changes the rating back but does not reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="379"/>
        <source>edit comment of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="381"/>
        <source>edit justification of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="388"/>
        <source>tick evidence of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="388"/>
        <source>untick evidence of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="404"/>
        <source>Saved rating of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="408"/>
        <source>Saved comment on {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="412"/>
        <source>Saved justification of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="422"/>
        <source>Saved evidence of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="474"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="507"/>
        <source>Attached %n file(s) to {key}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="510"/>
        <source>Adding attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="544"/>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="546"/>
        <source>Remove {name} from {key}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="562"/>
        <source>Removed an attachment from {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="618"/>
        <source>Added a corrective action to {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="623"/>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="703"/>
        <source>Removed a corrective action from {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="627"/>
        <source>add action to {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="640"/>
        <source>edit action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="651"/>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="675"/>
        <source>Saved corrective action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="657"/>
        <source>close action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="687"/>
        <source>Remove corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="689"/>
        <source>Remove this corrective action from {key}?

{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="718"/>
        <source>Restored a corrective action of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/checklist_page.py" line="722"/>
        <source>remove action of {key}</source>
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
        <source>&amp;Resolve</source>
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
    <name>GlanceHeader</name>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="113"/>
        <source>All visits (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="114"/>
        <source>Back to all visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="134"/>
        <source>Requirements answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="137"/>
        <source>Core requirements answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="144"/>
        <source>Outcome so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="149"/>
        <source>Reasons for the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="166"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="168"/>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="183"/>
        <source>Outcome so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="219"/>
        <source>⚠ 1 open conflict needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="221"/>
        <source>⚠ {n} open conflicts need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="227"/>
        <source>Open the Needs review tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="116"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="117"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="118"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="119"/>
        <source>Evidence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="106"/>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="123"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="99"/>
        <source>Corrective action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="101"/>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="106"/>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="124"/>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="108"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="108"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="138"/>
        <source>History of {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="145"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="145"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="145"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="145"/>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/history_dialog.py" line="147"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="92"/>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="96"/>
        <source>Signing identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="103"/>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="104"/>
        <source>&amp;Import .p12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="105"/>
        <source>E&amp;xport certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="110"/>
        <source>Your drawn signature (shown on reports you sign):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="114"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="115"/>
        <source>&amp;Save signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="160"/>
        <source>No signing identity yet: create one or import a .p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="165"/>
        <source>SHA-256 fingerprint: {0}
Valid until {1}
File: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="186"/>
        <source>Choose a passphrase (at least {n} characters) for the new identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="202"/>
        <source>Import a signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="203"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="208"/>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="228"/>
        <source>Passphrase of {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="224"/>
        <source>Export certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="224"/>
        <source>Certificate (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="238"/>
        <source>Certificate written to {0}.
SHA-256 fingerprint: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="251"/>
        <source>Signature saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="264"/>
        <source>Save the signature you drew?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="82"/>
        <source>Visit deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="122"/>
        <source>&amp;New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="125"/>
        <source>&amp;Open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="129"/>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="132"/>
        <source>Import a bundle from another assessor (or drop it on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="135"/>
        <source>&amp;Export visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="138"/>
        <source>Export this visit as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="140"/>
        <source>Export in&amp;vitation for co-assessor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="144"/>
        <source>Export this visit so the co-assessor works on the same visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="147"/>
        <source>&amp;Delete visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="150"/>
        <source>&amp;Close visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="159"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="162"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="167"/>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="169"/>
        <source>The name recorded with every change you make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="172"/>
        <source>Add &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="176"/>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="179"/>
        <source>The signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="181"/>
        <source>&amp;Case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="184"/>
        <source>Internal case review of 30 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="187"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="190"/>
        <source>&amp;About IASIOS Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="196"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="208"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="214"/>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="221"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="227"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="242"/>
        <source>Every change is saved as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="244"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="325"/>
        <source>Visit created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="362"/>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="408"/>
        <location filename="../../assessor_app/ui/main_window.py" line="416"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="409"/>
        <source>Your name, as recorded with every change you make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="418"/>
        <source>Your name is now {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/main_window.py" line="460"/>
        <source>All changes saved · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/main_window.py" line="501"/>
        <source>Only assessor bundles can be dropped here: %n file(s) ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="38"/>
        <source>Requirement filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="39"/>
        <source>Show only some requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="42"/>
        <source>Search texts and comments (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="44"/>
        <source>Search requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator.py" line="53"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_delegate.py" line="94"/>
        <source>CORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="82"/>
        <source>{number}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="213"/>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="223"/>
        <source>needs review: 1 open conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="225"/>
        <source>needs review: {n} open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="243"/>
        <source>All requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="244"/>
        <source>Core only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="245"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="246"/>
        <source>Not met or partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="247"/>
        <source>With open corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/navigator_model.py" line="250"/>
        <source>With open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="42"/>
        <source>New signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="47"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="48"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="49"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="52"/>
        <source>A self-signed certificate valid for two years. Send its certificate to the accreditation office so they can register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="77"/>
        <source>Enter your name as it should appear on signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="79"/>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/identity_dialog.py" line="81"/>
        <source>This is not a complete e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="55"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="61"/>
        <source>Facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="62"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="63"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="64"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="65"/>
        <source>Facility code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="67"/>
        <source>Authorised representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="69"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="71"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="77"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="78"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="79"/>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="80"/>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="81"/>
        <source>Facility &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="82"/>
        <source>Authorised re&amp;presentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="83"/>
        <source>Contact &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="86"/>
        <source>Therapeutic IO procedures in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="102"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="105"/>
        <source>First day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="106"/>
        <source>Last day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="110"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="117"/>
        <source>Da&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="119"/>
        <source>Lead assessor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="125"/>
        <source>Lead assessor e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="126"/>
        <source>Co-assessor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="127"/>
        <source>Co-assessor e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="129"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="133"/>
        <source>&amp;Lead assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="138"/>
        <source>C&amp;o-assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="145"/>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="152"/>
        <source>{title} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="157"/>
        <source>{title}, version {version}: {n} requirements ({core} core); wording: {wording}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="167"/>
        <source>Checklist &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="179"/>
        <source>Create visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="194"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="236"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="271"/>
        <source>The facility name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="273"/>
        <source>The visit cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="277"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="281"/>
        <source>No checklist template is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="298"/>
        <source>Total: &lt;b&gt;{n}&lt;/b&gt; a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/new_visit_dialog.py" line="301"/>
        <source>Below the {min} a year that accreditation requires; the visit can still go ahead, and the outcome will list it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="41"/>
        <source>Internal case review of 30 files not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="43"/>
        <source>Annual therapeutic IO procedures below 150 ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="48"/>
        <source>1 core requirement not fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="49"/>
        <source>{n} core requirements not fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="52"/>
        <source>1 core requirement not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="53"/>
        <source>{n} core requirements not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="56"/>
        <source>1 core requirement not applicable without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="57"/>
        <source>{n} core requirements not applicable without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="60"/>
        <source>1 extended requirement not fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="61"/>
        <source>{n} extended requirements not fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="64"/>
        <source>1 extended requirement not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="65"/>
        <source>{n} extended requirements not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="68"/>
        <source>1 extended requirement not applicable without justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/glance_header.py" line="69"/>
        <source>{n} extended requirements not applicable without justification</source>
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
    <name>ProcedureType</name>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="44"/>
        <source>Ablation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="45"/>
        <source>Radioembolisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="48"/>
        <source>Chemoembolisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="51"/>
        <source>Pain management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="54"/>
        <source>Musculoskeletal interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="57"/>
        <source>Other vascular oncology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="60"/>
        <source>Other therapeutic procedures</source>
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
        <location filename="../../assessor_app/ui/report/report_page.py" line="54"/>
        <source>&amp;Generate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="55"/>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="56"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="57"/>
        <source>&amp;Verify a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="58"/>
        <source>&amp;Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="65"/>
        <source>No report generated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="67"/>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="71"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="99"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="104"/>
        <source>Unexpected error: {0}. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="107"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="113"/>
        <location filename="../../assessor_app/ui/report/report_page.py" line="125"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="133"/>
        <source>Report {0}, revision {1}, {2} pages. Content SHA-256 {3}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="137"/>
        <source>Supersedes the signed report of revision {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="159"/>
        <source>Passphrase of your signing identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="167"/>
        <location filename="../../assessor_app/ui/report/report_page.py" line="175"/>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="186"/>
        <source>Signed by {0} ({1}) at {2} UTC. This revision is now frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="199"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="210"/>
        <source>Cannot save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/report_page.py" line="213"/>
        <source>Saved as {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementEditor</name>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="86"/>
        <source>Requirement key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="91"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="92"/>
        <source>Who changed this requirement, and when (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="93"/>
        <source>Requirement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="105"/>
        <source>Requirement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="112"/>
        <source>Guidance for the assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="115"/>
        <source>Advance after rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="118"/>
        <source>After a rating key (1-4, 0) move on to the next requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="126"/>
        <source>No evidence items listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="131"/>
        <source>What you saw, heard and read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="132"/>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="189"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="135"/>
        <source>Justification for not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="138"/>
        <source>Why this requirement does not apply to this facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="140"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="143"/>
        <source>A justification is required when a requirement is not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="147"/>
        <source>Justification missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="159"/>
        <source>Compare both values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="160"/>
        <source>Open the Needs review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="181"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="187"/>
        <source>Evidence seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="191"/>
        <source>Photos and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="193"/>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="216"/>
        <source>CORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="219"/>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="222"/>
        <source>Standard {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/checklist/requirement_editor.py" line="248"/>
        <source>Evidence: {text}</source>
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
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="25"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="26"/>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="61"/>
        <source>Open the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="30"/>
        <source>Close the visit, back to all visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="32"/>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="33"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="37"/>
        <source>Import a bundle (or drop it on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="44"/>
        <source>Export the open or selected visit as a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="51"/>
        <source>Keyboard shortcuts (this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="56"/>
        <source>Quit (everything is already saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="59"/>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="64"/>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="69"/>
        <source>Visit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="66"/>
        <source>Search visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="71"/>
        <source>Delete the selected visit (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="73"/>
        <source>Next requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="77"/>
        <source>Previous requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="79"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="80"/>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="81"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="82"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="83"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="87"/>
        <source>Clear the rating (when the list has focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="94"/>
        <source>Remove the selected photo or corrective action (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="101"/>
        <source>Search requirements and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="106"/>
        <source>Add a photo to the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="111"/>
        <source>Add a corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="116"/>
        <source>History of the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="119"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="121"/>
        <source>Checklist, Summary, Corrective actions tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="132"/>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="136"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="137"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="137"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/shortcuts_dialog.py" line="137"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="46"/>
        <source>Sign report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="50"/>
        <source>Signing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="51"/>
        <source>&amp;Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="54"/>
        <source>Sign as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="58"/>
        <source>Signature box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="61"/>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="62"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="66"/>
        <source>Signing freezes this revision of the visit: later changes make a new revision whose report names this one as superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="75"/>
        <source>1 conflict still needs review: this revision is signed with the value the visit shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="80"/>
        <source>{n} conflicts still need review: this revision is signed with the values the visit shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="91"/>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="112"/>
        <source>No signing identity yet: create one (or import a .p12) with Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="136"/>
        <source>{signer} has signed this report already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="140"/>
        <source>Signs in the lead assessor&apos;s box ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="142"/>
        <source>Signs in the co-assessor&apos;s box ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="145"/>
        <source>The lead assessor&apos;s box is signed already: this signature goes in the co-assessor&apos;s box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="150"/>
        <source>The co-assessor&apos;s box is signed already: this signature goes in the lead assessor&apos;s box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="155"/>
        <source>{signer} is neither this visit&apos;s lead assessor ({lead}) nor its co-assessor ({co}) by name or e-mail: the signature goes in the lead assessor&apos;s box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="160"/>
        <source>{signer} is neither this visit&apos;s lead assessor ({lead}) nor its co-assessor ({co}) by name or e-mail: the signature goes in the co-assessor&apos;s box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/sign_dialog.py" line="138"/>
        <source>Both signature boxes of this report are signed.</source>
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
        <location filename="../../assessor_app/ui/summary_page.py" line="45"/>
        <source>Facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="46"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="47"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="48"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="49"/>
        <source>Facility code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="52"/>
        <source>Authorised representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="54"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="55"/>
        <source>Lead assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="56"/>
        <source>Lead assessor e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="57"/>
        <source>Co-assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="58"/>
        <source>Co-assessor e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="96"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="97"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="98"/>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="99"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="100"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="101"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="102"/>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="114"/>
        <source>Counts per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="125"/>
        <source>Procedure volumes (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="140"/>
        <source>Ratings per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="146"/>
        <source>Visit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="158"/>
        <location filename="../../assessor_app/ui/summary_page.py" line="160"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="159"/>
        <location filename="../../assessor_app/ui/summary_page.py" line="161"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="194"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="211"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="251"/>
        <source>Total: &lt;b&gt;{n}&lt;/b&gt; a year, meets the {min} required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="254"/>
        <source>Total: &lt;b&gt;{n}&lt;/b&gt; a year, &lt;span style=&apos;color:#8a4b00&apos;&gt;below the {min} required for accreditation.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="279"/>
        <source>“{text}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="287"/>
        <source>Saved {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="301"/>
        <source>Saved visit dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/summary_page.py" line="307"/>
        <source>Saved {type} count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncFlows</name>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="29"/>
        <source>Assessor bundles (*{ext})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="41"/>
        <source>Already imported: this bundle changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="45"/>
        <source>Imported {n} new changes and {a} new attachments from {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="50"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="55"/>
        <source>This was an invitation: you now work on the same visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="61"/>
        <source>Signed by {name} &lt;{email}&gt;, certificate SHA-256 {fp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="68"/>
        <source>The bundle is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="71"/>
        <source>1 conflict needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="73"/>
        <source>{n} conflicts need review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="93"/>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="107"/>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="114"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="122"/>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="144"/>
        <source>Export invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="146"/>
        <source>Export visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="166"/>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="186"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="168"/>
        <source>Wrote {path}: {c} changes, {a} attachments{signed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="175"/>
        <source>, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="187"/>
        <source>Exporting visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="197"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/sync/sync_flows.py" line="205"/>
        <source>Unexpected error: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="36"/>
        <source>Verify signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="42"/>
        <source>Drop a signed PDF here, or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="50"/>
        <source>&amp;Choose PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="51"/>
        <source>&amp;Trust certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="52"/>
        <source>No trusted certificates: trust is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="58"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="60"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="60"/>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="60"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="61"/>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="61"/>
        <source>Covers document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="61"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="94"/>
        <source>Choose a signed PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="102"/>
        <source>Certificates to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="103"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="108"/>
        <source>%n trusted certificate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="133"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="133"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="136"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="143"/>
        <source>This PDF carries no signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="146"/>
        <source>Verification FAILED: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="148"/>
        <source>Signatures intact, but not every signer is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/report/verify_dialog.py" line="150"/>
        <source>All signatures are intact and cover the whole document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="52"/>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="67"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="56"/>
        <source>Search facility or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="57"/>
        <source>Search visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="93"/>
        <source>&amp;New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="96"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="98"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="140"/>
        <source>Welcome to IASIOS Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="145"/>
        <source>There are no visits yet. Start with a demo visit to see a complete assessment (ratings, corrective actions, photos and the outcome so far), or create your own visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="155"/>
        <source>Create &amp;demo visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="159"/>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="188"/>
        <source>No visit matches “{text}”. Clear the search to see all visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="253"/>
        <source>Delete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="256"/>
        <source>Delete the visit to {facility}?

Its findings, corrective actions, attachments and history are removed from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_list_page.py" line="287"/>
        <source>Creating the demo visit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="25"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="26"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="27"/>
        <source>Visit dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="28"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="29"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="30"/>
        <source>Core answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="31"/>
        <source>Outcome so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="32"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="33"/>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="34"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="65"/>
        <source>Bundles imported from: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="66"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_table_model.py" line="71"/>
        <source>{a} of {t} requirements answered, {c} of {ct} core</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitWorkspace</name>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="56"/>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="57"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="58"/>
        <source>Corrective &amp;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="61"/>
        <source>Case &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="62"/>
        <source>Re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="63"/>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="156"/>
        <source>&amp;Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="152"/>
        <source>&amp;Needs review ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/visit_workspace.py" line="184"/>
        <source>Conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../assessor_app/ui/error_dialog.py" line="43"/>
        <source>The disk is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_dialog.py" line="46"/>
        <source>the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_dialog.py" line="47"/>
        <source>Something went wrong: {message}. Details were written to {log_file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/error_dialog.py" line="79"/>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="24"/>
        <source>dates not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="34"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="35"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="36"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="37"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="68"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="69"/>
        <source>Accredited Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/formatting.py" line="70"/>
        <source>Centre of Excellence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../assessor_app/ui/launch.py" line="120"/>
        <source>The database cannot be opened:

{message}

Nothing was changed. The database is {database}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/launch.py" line="131"/>
        <source>The data folder {folder} cannot be used: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../assessor_app/ui/storage_error_text.py" line="12"/>
        <source>The disk holding {folder} is full. Nothing was changed. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/storage_error_text.py" line="17"/>
        <source>{database} is read-only. Nothing was changed. Make it writable, or copy the data folder to a place that can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/storage_error_text.py" line="22"/>
        <source>{database} is busy in another program (another copy of the app?). Nothing was changed. Close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/storage_error_text.py" line="27"/>
        <source>{database} cannot be opened: it is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/storage_error_text.py" line="30"/>
        <source>{database} cannot be opened ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/storage_error_text.py" line="41"/>
        <source>To go on from the backup copy {backup}, move {database} out of the folder and put a copy of the backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assessor_app/ui/storage_error_text.py" line="47"/>
        <source>There is no backup copy of it; keep the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
