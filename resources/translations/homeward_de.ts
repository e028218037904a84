<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="231"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="326"/>
        <source>No consent on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="328"/>
        <source>There is no consent on record to share the case %1 with: %2.
Give the reason for printing it anyway (it is written to the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="393"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="410"/>
        <source>Not printed: there is no consent on record for this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="418"/>
        <source>Handover report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="418"/>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="34"/>
        <source>About Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="42"/>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="49"/>
        <source>Case management for social workers who accompany young refugees through housing transitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="62"/>
        <source>not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="64"/>
        <source>%1 (up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="67"/>
        <source>%1 (newest is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="73"/>
        <source>%1 (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="78"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="79"/>
        <source>Schema revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="83"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="84"/>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="85"/>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="86"/>
        <source>installed application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="86"/>
        <source>Python environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="88"/>
        <source>Running from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="90"/>
        <source>%1 · Python %2 · Qt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="99"/>
        <source>Uninstalling Homeward never deletes the data folder. An administrator backs it up under Administration → Backups or with the command homeward backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="108"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="137"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="138"/>
        <source>Show %1 in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationScreen</name>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="145"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="146"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="147"/>
        <location filename="../../desktop_app/ui/admin_screen.py" line="436"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="148"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="150"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="168"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="195"/>
        <location filename="../../desktop_app/ui/admin_screen.py" line="308"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="195"/>
        <location filename="../../desktop_app/ui/admin_screen.py" line="308"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="198"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="199"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="200"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="201"/>
        <location filename="../../desktop_app/ui/admin_screen.py" line="310"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="202"/>
        <location filename="../../desktop_app/ui/admin_screen.py" line="310"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="203"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="204"/>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="224"/>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="225"/>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="226"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="227"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="280"/>
        <location filename="../../desktop_app/ui/admin_screen.py" line="291"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="281"/>
        <source>Give %1 a new initial password? The old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="292"/>
        <source>The new initial password for %1 is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="310"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="310"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="320"/>
        <source>New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="321"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="322"/>
        <source>Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="339"/>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="339"/>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="348"/>
        <source>Rename team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="348"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="367"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="368"/>
        <source>Failed logins before lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="369"/>
        <source>Lockout (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="370"/>
        <source>Lock the window after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="371"/>
        <source>Daily backup folder (empty: the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="372"/>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="373"/>
        <source>Keep closed cases for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="387"/>
        <source>Days to move out after a status grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="388"/>
        <source>Age at which after-care ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="389"/>
        <source>List a permit expiry from (days before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="390"/>
        <source>Keep overdue transitions listed for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="391"/>
        <source>Red when due within (days) without housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="392"/>
        <source>Amber when due within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="393"/>
        <source>… and readiness below (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="412"/>
        <source>Readiness checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="413"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="444"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="446"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="448"/>
        <source>Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="465"/>
        <source>Automatic daily backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="488"/>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="502"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="518"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="520"/>
        <location filename="../../desktop_app/ui/admin_screen.py" line="544"/>
        <source>Homeward databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="537"/>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="540"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="544"/>
        <location filename="../../desktop_app/ui/admin_screen.py" line="550"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="552"/>
        <source>Replace everything in the database with the backup %1? The backup is checked first, and the current database is kept as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="566"/>
        <source>Restored. The replaced database was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="571"/>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="582"/>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="56"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="57"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="58"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="59"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="60"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="61"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="122"/>
        <source>The audit log is for team leads, coordinators and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="127"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="130"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="133"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="137"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="144"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="146"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="164"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="166"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="168"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="201"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/audit_viewer.py" line="228"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="233"/>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="243"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_viewer.py" line="233"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/audit_viewer.py" line="245"/>
        <source>Exported %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDocumentOptionsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="263"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="264"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="265"/>
        <source>Include confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="277"/>
        <source>Receiving worker or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="279"/>
        <source>Why the case is handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="280"/>
        <source>Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="282"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="283"/>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="285"/>
        <source>Received by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="286"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="289"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHousingTab</name>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="247"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="247"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="247"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="247"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="247"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="261"/>
        <source>Add support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="266"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="283"/>
        <source>Propose this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="286"/>
        <source>Only units that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="289"/>
        <source>Matching units, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="327"/>
        <source>Household of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="329"/>
        <source> (%1 expected by family reunification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="335"/>
        <source>budget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="337"/>
        <source>no budget recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="338"/>
        <source>no preferred municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="341"/>
        <source>needed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="343"/>
        <source>step-free access needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="363"/>
        <source>No unit with a free place matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="397"/>
        <source>No housing offer yet: propose a unit below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="427"/>
        <source>Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="429"/>
        <source>No support recorded on this offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="437"/>
        <source>%1 scores %2 of 100:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="458"/>
        <source>%1 proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="492"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="499"/>
        <source>The move-in on %1 is after the transition on %2, so housing is not yet secured for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="520"/>
        <source>%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRecordPage</name>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="348"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="350"/>
        <source>Save the person record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="352"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="375"/>
        <source>Person and legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="378"/>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="379"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="386"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="387"/>
        <source>Work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="388"/>
        <source>Workers and continuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="389"/>
        <source>Life plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="390"/>
        <source>Notes and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="391"/>
        <source>Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="426"/>
        <source>age ≈%1 (date of birth %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="430"/>
        <source>age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="435"/>
        <source>no primary worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="437"/>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="439"/>
        <source>CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="457"/>
        <source>You may read this case but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="505"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="506"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1345"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="507"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="508"/>
        <source>Date of birth before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="509"/>
        <source>Date of birth after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="510"/>
        <location filename="../../desktop_app/ui/case_record.py" line="520"/>
        <location filename="../../desktop_app/ui/case_record.py" line="566"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1226"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1345"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1370"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1463"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="516"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="517"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="518"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="519"/>
        <source>Permit expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="526"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="527"/>
        <location filename="../../desktop_app/ui/case_record.py" line="552"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="528"/>
        <location filename="../../desktop_app/ui/case_record.py" line="894"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="529"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1051"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1125"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1212"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1223"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1468"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="530"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="531"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="538"/>
        <source>Age assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="539"/>
        <source>Legal status decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="540"/>
        <source>Placements and residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="553"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="554"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1124"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="555"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="556"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="562"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="563"/>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="564"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="565"/>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="571"/>
        <source>People around the young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="572"/>
        <source>Consent to share information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="596"/>
        <source>by (authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="597"/>
        <source>Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="603"/>
        <source>Assessed date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="605"/>
        <location filename="../../desktop_app/ui/case_record.py" line="638"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="625"/>
        <source>permit until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="630"/>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="659"/>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="661"/>
        <source>planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="665"/>
        <source>Record new placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="673"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1154"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="686"/>
        <source>Save or undo the person changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="748"/>
        <source>No age assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="762"/>
        <source>No decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="773"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="777"/>
        <source>No placement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="782"/>
        <source>No contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="791"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="796"/>
        <source>No consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="800"/>
        <source>Residence permit valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="802"/>
        <source>No residence permit recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="816"/>
        <source>Transitions follow from the date of birth, the decisions and the placements. Tick what is ready; each tick is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="832"/>
        <source>%1 — %2: passed, no longer followed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="837"/>
        <source>housing was secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="839"/>
        <source>more than %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="858"/>
        <source>No transition for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="892"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="893"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="895"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="896"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="897"/>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="902"/>
        <source>Record a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="906"/>
        <source>Unit to offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="907"/>
        <source>Offer this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="913"/>
        <source>Best-matching units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="918"/>
        <source>Record the selected offer as accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="922"/>
        <source>Planned move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="925"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="935"/>
        <source>An accepted offer with a move-in date on or before a transition&apos;s date secures its housing. The full housing screens (viewings, contracts, support instruments) are on the Housing page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="983"/>
        <source>No housing offer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1013"/>
        <source>Choose a unit to offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1026"/>
        <source>Select the offer that was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1048"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1049"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1050"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1052"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1126"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1213"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1224"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1468"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1053"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1127"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1298"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1054"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1055"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1062"/>
        <source>Enrol in a language course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1066"/>
        <source>Language course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1074"/>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1076"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1092"/>
        <source>Choose a language course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1117"/>
        <source>No language course recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1123"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1128"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1135"/>
        <source>Add work or education support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1143"/>
        <source>school, employer or programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1145"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1197"/>
        <source>No work or education support recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1210"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1211"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1214"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1215"/>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1221"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1222"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1225"/>
        <source>Same worker continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1231"/>
        <source>Assignment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1232"/>
        <source>School changes and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/case_record.py" line="1247"/>
        <source>%n change(s) of primary worker in the last 12 months.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1253"/>
        <source>Same primary worker 30 days before and after a transition: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1257"/>
        <source>No past transition to judge continuity on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1258"/>
        <source>School changes and transfers: %1, the worker continued in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1268"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1268"/>
        <source>secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1270"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1276"/>
        <source>No worker assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1286"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1286"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1291"/>
        <source>No school change or transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1298"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1315"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1298"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1316"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1298"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1317"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1301"/>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1309"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1310"/>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1337"/>
        <source>No life-plan goal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1345"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1458"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1345"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1369"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1468"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1351"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1361"/>
        <source>Confidential (only the assigned workers and the team lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1364"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1377"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1395"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1377"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1394"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1377"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1377"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1380"/>
        <source>Double-click a task to mark it done or open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1382"/>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1389"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1410"/>
        <source>%1 — CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1417"/>
        <source>Confidential: only the assigned workers and the team lead see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1421"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/case_record.py" line="1425"/>
        <source>%n confidential note(s) not shown to you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1443"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1450"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1459"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1477"/>
        <source>Feels safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1460"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1478"/>
        <source>Part of the neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1461"/>
        <source>Has people to turn to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1462"/>
        <source>Takes part in activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1468"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1470"/>
        <source>Belonging check-ins (1 = not at all … 5 = very much)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1473"/>
        <source>Record a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1479"/>
        <source>People to turn to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1480"/>
        <source>Takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1490"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1496"/>
        <source>Community activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1517"/>
        <source>No check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1525"/>
        <source>No community activity recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1631"/>
        <location filename="../../desktop_app/ui/case_record.py" line="1703"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1651"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1693"/>
        <source>Not saved: someone else changed this case. Review and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="1704"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="160"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="161"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="162"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="163"/>
        <source>Next transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="164"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="165"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="166"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="167"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="168"/>
        <source>Primary worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="174"/>
        <source>≈ marks an uncertain date of birth (month or year only, or assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="176"/>
        <source>Share of the readiness checklist that is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="178"/>
        <source>Red: due within 30 days or overdue without housing secured. Amber: due within 90 days and less than 70% ready. Otherwise green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="195"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="212"/>
        <source>No transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="233"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="238"/>
        <source>Date of birth uncertain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_model.py" line="244"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="78"/>
        <source>Whose cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="80"/>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="82"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="84"/>
        <source>All I may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="93"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="94"/>
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="95"/>
        <source>Red only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="96"/>
        <source>Red and amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="97"/>
        <source>Amber only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="98"/>
        <source>Green only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="100"/>
        <source>Due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="106"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="111"/>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="114"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/caseload_page.py" line="172"/>
        <source>&lt;h2&gt;My caseload&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/caseload_page.py" line="239"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="178"/>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="180"/>
        <source>You logged in with an initial password. Choose your own password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="182"/>
        <source>Choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="197"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="198"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="199"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="213"/>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="216"/>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="68"/>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="71"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="72"/>
        <source>Save this chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="73"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="74"/>
        <source>Save the numbers behind this chart for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="177"/>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="177"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="181"/>
        <location filename="../../desktop_app/ui/charts.py" line="198"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="181"/>
        <source>The picture could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="187"/>
        <source>Export numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="189"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/charts.py" line="199"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="51"/>
        <source>Someone else changed this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="58"/>
        <source>Compare the changes below. Nothing has been saved yet and nothing is overwritten unless you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="69"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="70"/>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="71"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="72"/>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="82"/>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="91"/>
        <source>Discard mine, show theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="92"/>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflict_dialog.py" line="93"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="98"/>
        <source>Folder for the data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="111"/>
        <source>Exporting the data of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProtectionScreen</name>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="126"/>
        <source>Data-protection duties are handled by team leads and coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="135"/>
        <location filename="../../desktop_app/ui/data_protection.py" line="159"/>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="136"/>
        <source>Export everything held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="139"/>
        <source>Access request: everything held about one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="149"/>
        <source>Anonymise selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="152"/>
        <source>Retention review: closed cases past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="160"/>
        <source>Anonymise on request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="163"/>
        <source>Erasure request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="185"/>
        <location filename="../../desktop_app/ui/data_protection.py" line="232"/>
        <source>Type the case reference first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="190"/>
        <source>Wrote %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="201"/>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="203"/>
        <source>Anonymise %1? Names, contacts and free text are removed for good; the figures used in statistics are kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="217"/>
        <source>Anonymised: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="225"/>
        <source>Select the cases to anonymise first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="244"/>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="247"/>
        <source>A CSV or XLSX file with a header row. Rows are numbered as in the spreadsheet: the header is row 1, the first case is row 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="252"/>
        <source>Path of a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="254"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="264"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="265"/>
        <source>Team for rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="271"/>
        <source>No team (coordinators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="278"/>
        <source>Import a caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="280"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="197"/>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="201"/>
        <source>This new database has no users yet. Create the administrator account; the administrator then adds the social workers and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="216"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="217"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="218"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="219"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="233"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="236"/>
        <source>Type a user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="126"/>
        <source>Welcome to Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="131"/>
        <source>&lt;h2&gt;Welcome to Homeward&lt;/h2&gt;&lt;p&gt;Homeward keeps its records in a database file on this computer. Choose how to start.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="139"/>
        <location filename="../../desktop_app/ui/login.py" line="168"/>
        <source>Create a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="140"/>
        <source>An empty database for your service; you choose the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="144"/>
        <source>Open an existing database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="145"/>
        <source>A Homeward database that you or a colleague already use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="149"/>
        <source>Open the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="150"/>
        <source>Made-up young people and demo accounts (password &apos;demo&apos;) to try Homeward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="170"/>
        <source>Homeward database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="179"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="181"/>
        <source>Homeward database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Housing</name>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="31"/>
        <source>Social housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="32"/>
        <source>Co-housing / shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="33"/>
        <source>Supported housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="34"/>
        <source>Private rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="35"/>
        <source>Student housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="36"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="43"/>
        <source>Host family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="39"/>
        <source>Social-housing provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="40"/>
        <source>Private landlord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="41"/>
        <source>Rental agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="42"/>
        <source>Co-housing project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="44"/>
        <source>Supported-housing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="47"/>
        <source>Rent subsidy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="48"/>
        <source>Deposit guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="49"/>
        <source>Rent guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="50"/>
        <source>Intermediation by a rental agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="53"/>
        <source>Too far from school, work or network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="54"/>
        <source>Too expensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="55"/>
        <source>Too small for the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="56"/>
        <source>Not suitable (condition, accessibility, shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="57"/>
        <source>The young person declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="58"/>
        <source>The landlord chose someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="59"/>
        <source>Other housing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="60"/>
        <source>Offer withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="61"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="64"/>
        <source>Viewing arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="65"/>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="66"/>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="67"/>
        <source>Moved in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="68"/>
        <source>End tenancy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="69"/>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="183"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="299"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="341"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="184"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="302"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="346"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="186"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="351"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="189"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="355"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="193"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="359"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="198"/>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="203"/>
        <source>Area m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="208"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="364"/>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="213"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="369"/>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="217"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="220"/>
        <source>Step-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="221"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="258"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="224"/>
        <location filename="../../desktop_app/ui/housing_models.py" line="240"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="242"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="246"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="248"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="249"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="251"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="256"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="260"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="290"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="293"/>
        <source>(a case you may not open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="304"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="308"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="309"/>
        <source>Move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="310"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="312"/>
        <source>Declined because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="316"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_models.py" line="335"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingScreen</name>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="339"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="340"/>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="357"/>
        <source>Code, address or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="363"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="369"/>
        <source>any rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="374"/>
        <source>any rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="375"/>
        <source>Free by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="381"/>
        <source>Retired too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="411"/>
        <source>New unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="414"/>
        <location filename="../../desktop_app/ui/housing_screen.py" line="484"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="417"/>
        <location filename="../../desktop_app/ui/housing_screen.py" line="588"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="438"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="439"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="440"/>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="441"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="442"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="446"/>
        <source>Offer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="448"/>
        <source>Cases this unit fits, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="477"/>
        <source>Retired providers too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="481"/>
        <source>New provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="487"/>
        <source>Retire / reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="517"/>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="553"/>
        <source>The first %1 units: narrow the filters to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="557"/>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="585"/>
        <source>No unit selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="588"/>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="599"/>
        <source>%1 of %2 places free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="604"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="637"/>
        <location filename="../../desktop_app/ui/housing_screen.py" line="647"/>
        <source>Unit %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="662"/>
        <source>Unit %1 reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="662"/>
        <source>Unit %1 retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="56"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="57"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="58"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="59"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="60"/>
        <source>Date of birth precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="61"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="62"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="63"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="64"/>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="65"/>
        <source>Unaccompanied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="66"/>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="67"/>
        <source>Status decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="68"/>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="69"/>
        <source>Permit expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="70"/>
        <source>Placement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="71"/>
        <source>Placement municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="72"/>
        <source>Placement end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="73"/>
        <source>In after-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="74"/>
        <source>Primary worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="75"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="76"/>
        <source>Family reunification members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="81"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="82"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="83"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="84"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="593"/>
        <source>Import a caseload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="16"/>
        <source>Move-out after status grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="17"/>
        <source>Turns 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="18"/>
        <source>After-care ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="19"/>
        <source>Permit expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="20"/>
        <source>Placement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="23"/>
        <source>Red – urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="24"/>
        <source>Amber – watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25"/>
        <source>Green – on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="28"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="30"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="33"/>
        <source>Housing secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="34"/>
        <source>Income or benefits arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="35"/>
        <source>Budget plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="36"/>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="37"/>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="38"/>
        <source>Health registration and insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39"/>
        <source>Language course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40"/>
        <source>Education or employment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="41"/>
        <source>Adult connections (mentor, network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="42"/>
        <source>Guardian / after-care arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43"/>
        <source>Worker continuity confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44"/>
        <source>Life plan reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47"/>
        <source>exact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48"/>
        <source>month and year known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="49"/>
        <source>only the year known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="50"/>
        <source>set by age assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="53"/>
        <source>Refugee status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="54"/>
        <source>Subsidiary protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="55"/>
        <source>Humanitarian status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="56"/>
        <source>Temporary protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="57"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="58"/>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="59"/>
        <source>Application pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="62"/>
        <source>Reception centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="63"/>
        <source>Foster care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="64"/>
        <source>Residential care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="65"/>
        <source>Supported housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="66"/>
        <source>Own tenancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="67"/>
        <location filename="../../desktop_app/ui/labels.py" line="100"/>
        <location filename="../../desktop_app/ui/labels.py" line="119"/>
        <location filename="../../desktop_app/ui/labels.py" line="124"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="70"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="71"/>
        <source>Viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="72"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="73"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="74"/>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="75"/>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="76"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="79"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="80"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="81"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="82"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="83"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="84"/>
        <source>Social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="87"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="88"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="89"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="90"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="91"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="92"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="93"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="94"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="97"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="98"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="99"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="103"/>
        <source>School change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="104"/>
        <source>Transfer to another municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="105"/>
        <source>Transfer to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="106"/>
        <source>Transfer to after-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="109"/>
        <source>Job coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="110"/>
        <source>Internship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="111"/>
        <source>Apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="112"/>
        <source>Vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="113"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="116"/>
        <source>Sport club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="117"/>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="118"/>
        <source>Tenant association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="122"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="123"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="125"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="128"/>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="129"/>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="130"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="131"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="170"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="173"/>
        <source>in %n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="38"/>
        <source>Homeward – log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="42"/>
        <source>&lt;h2&gt;Homeward&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="43"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="50"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="54"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="62"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="63"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="68"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="69"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login.py" line="89"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="70"/>
        <source>Homeward — %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="99"/>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="126"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>The transitions board is coming here: every upcoming status-grant move-out, 18th birthday, end of after-care, permit expiry and end of placement for the next 30, 60 or 90 days, with readiness and risk, by worker and team. Until then, &apos;My day&apos; lists your own transitions that need attention and the caseload can be filtered by risk and due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="155"/>
        <source>Housing is coming here: providers and units (social, shared, supported, private, student, host family), their availability, matching units to a young person and following each offer from proposed to moved in. A case&apos;s own offers are already listed on its Housing tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="166"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171"/>
        <source>The team view is coming here: caseload balance, reassignment with a handover note, continuity of workers, planning and outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="184"/>
        <source>Reports are coming here: case summaries for a meeting, handover reports when a case moves, the transitions report and the planning report with charts for the municipality, all as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195"/>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="199"/>
        <source>Access requests, the retention review and erasure requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="205"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="209"/>
        <source>Who opened, changed, printed or exported what, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="221"/>
        <source>Administration is coming here: users and teams, the deadline rules and readiness checklist, reference lists, backups and the database location. Administrators do not see case content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="301"/>
        <source>Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="362"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="370"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="378"/>
        <source>Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="381"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="384"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="387"/>
        <location filename="../../desktop_app/ui/main_window.py" line="473"/>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="390"/>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="403"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="416"/>
        <source>Only social workers and team leads open new cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="419"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="420"/>
        <source>About Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="475"/>
        <source>Printing a case summary is coming with the reports: a PDF for a meeting, with the transitions, readiness and the people involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="491"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="495"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="500"/>
        <source>%n case(s) in the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="305"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="308"/>
        <source>Each column of the file and the Homeward field it fills. Columns are matched by name; your choices are remembered for the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="334"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="339"/>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="61"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="66"/>
        <location filename="../../desktop_app/ui/my_day.py" line="75"/>
        <location filename="../../desktop_app/ui/my_day.py" line="82"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="67"/>
        <location filename="../../desktop_app/ui/my_day.py" line="75"/>
        <location filename="../../desktop_app/ui/my_day.py" line="83"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="68"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="69"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="70"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="75"/>
        <location filename="../../desktop_app/ui/my_day.py" line="80"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="75"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="79"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="81"/>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="84"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="108"/>
        <source>&lt;h2&gt;My day&lt;/h2&gt;&lt;p&gt;Loading…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="127"/>
        <source>&lt;h2&gt;My day&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_day.py" line="135"/>
        <source>My transitions in the next 30 days that need attention (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_day.py" line="140"/>
        <source>Transitions in the next 30 days that need attention (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="145"/>
        <source> — the first %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_day.py" line="167"/>
        <source>Tasks due today or overdue (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="174"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_day.py" line="184"/>
        <source>Newly assigned to me since I last looked (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="197"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="197"/>
        <source>secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="205"/>
        <source>Nothing red or amber in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="206"/>
        <source>No tasks due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_day.py" line="207"/>
        <source>No new cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="36"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="42"/>
        <source>YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="44"/>
        <source>Type only the month or the year when the exact date is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="51"/>
        <source>Country name or ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="53"/>
        <source>Names or ISO codes, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="57"/>
        <source>Given name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="58"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="59"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="60"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="61"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="62"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="80"/>
        <source>Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="117"/>
        <source>• %1: a similar case in %2 (ask that team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="119"/>
        <source>another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="123"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="126"/>
        <source>Homeward already holds a young person with a similar name, the same birth year and nationality. Please check this is not the same person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="133"/>
        <source>Create a new case anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/new_case_dialog.py" line="135"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="98"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="109"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="114"/>
        <source>The user must change this initial password at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="117"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="118"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="119"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="120"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin_screen.py" line="121"/>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferMoveDialog</name>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="131"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="145"/>
        <source>Add support with the acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="153"/>
        <source>Planned move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="156"/>
        <source>Moved in on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="158"/>
        <source>Tenancy ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="160"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="161"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="195"/>
        <location filename="../../desktop_app/ui/operations.py" line="199"/>
        <source>Homeward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="200"/>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/operations.py" line="252"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/encryption.py" line="48"/>
        <source>Encrypt the new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/encryption.py" line="48"/>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/encryption.py" line="52"/>
        <source>Choose a passphrase to encrypt %1. Without it nobody, you included, can read the file or its backups: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/encryption.py" line="56"/>
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/encryption.py" line="69"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/encryption.py" line="71"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/encryption.py" line="91"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/encryption.py" line="97"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="125"/>
        <source>Given name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="126"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="127"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="128"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="129"/>
        <source>Date of birth is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="130"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="131"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="132"/>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="133"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="134"/>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="135"/>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="136"/>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="137"/>
        <source>Unaccompanied minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="138"/>
        <source>Legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="139"/>
        <source>External reference numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="140"/>
        <source>In after-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="141"/>
        <source>Move-out deadline (overrides the rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="144"/>
        <source>Family members expected (reunification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="148"/>
        <source>Monthly housing budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="149"/>
        <source>Preferred municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="150"/>
        <source>Needs accessible housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="176"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="178"/>
        <source>Country name or ISO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="180"/>
        <source>Names or ISO codes, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="365"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="368"/>
        <source>Rejected rows are not imported; the cells at fault are coloured and say why when you point at them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="380"/>
        <source>Import nothing if any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="390"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="419"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 rejected. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="426"/>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="434"/>
        <source>The check failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="113"/>
        <location filename="../../desktop_app/ui/print_preview.py" line="147"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="122"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="123"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="124"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/print_preview.py" line="159"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="181"/>
        <location filename="../../desktop_app/ui/print_preview.py" line="193"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="183"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_preview.py" line="219"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="276"/>
        <source>Edit provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="278"/>
        <source>New housing provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="293"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="294"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="295"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="296"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="297"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="298"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="299"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="167"/>
        <source>Reassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="173"/>
        <source>What the new worker must know: agreements, contacts, next steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="177"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="178"/>
        <source>Keep the current worker as secondary for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="183"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="210"/>
        <source>%1 is due %2. Changing the worker this close to a transition breaks continuity: say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="216"/>
        <location filename="../../desktop_app/ui/team_screen.py" line="267"/>
        <source>Reason for the change (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="224"/>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="225"/>
        <source>Current worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="225"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="226"/>
        <source>New primary worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="227"/>
        <source>Handover note (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="233"/>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="250"/>
        <source>Choose the new primary worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="277"/>
        <source>%1 now works with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="67"/>
        <source>Case reference, e.g. HW-2026-00042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="68"/>
        <source>Case summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="69"/>
        <source>Handover report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="71"/>
        <source>One case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="79"/>
        <source>All teams I may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="89"/>
        <location filename="../../desktop_app/ui/reports_screen.py" line="122"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="93"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="95"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="96"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="97"/>
        <source>Transitions report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="98"/>
        <source>Caseload report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="99"/>
        <source>Planning report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="102"/>
        <location filename="../../desktop_app/ui/reports_screen.py" line="181"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="104"/>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="105"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="110"/>
        <location filename="../../desktop_app/ui/reports_screen.py" line="139"/>
        <source>Transitions due within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="115"/>
        <source>Planning for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="116"/>
        <source>Caseload per worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="126"/>
        <source>One PDF per case (into a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="127"/>
        <source>One combined PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="129"/>
        <source>Print handover reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="137"/>
        <source>Handover reports for every transition coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="140"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="151"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="181"/>
        <source>Type a case reference first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="202"/>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="234"/>
        <source>Transitions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="251"/>
        <source>Caseload report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="268"/>
        <source>Planning report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="276"/>
        <source>Save the handover reports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="278"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="284"/>
        <source>Folder for the handover reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="340"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="354"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reports_screen.py" line="378"/>
        <source>%n handover report(s) printed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reports_screen.py" line="380"/>
        <source>%n case(s) skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="383"/>
        <source>No transitions in this period: nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="394"/>
        <source>Something unexpected went wrong; nothing was written. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_screen.py" line="401"/>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="449"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="451"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="457"/>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="478"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="530"/>
        <source>Nothing was imported: some rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="532"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="544"/>
        <source>Something unexpected went wrong. Nothing was imported. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="548"/>
        <source>The import failed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="551"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="562"/>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="564"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="573"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard.py" line="574"/>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="49"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="51"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="52"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/data_protection.py" line="53"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="101"/>
        <source>Creating the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="102"/>
        <source>Creating %1 made-up young people to try Homeward with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/application.py" line="221"/>
        <source>Homeward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="189"/>
        <source>Support on the offer of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportFields</name>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="93"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="103"/>
        <source>e.g. the municipality&apos;s housing office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="104"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="105"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="106"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_housing_tab.py" line="108"/>
        <source>Provided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="378"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="384"/>
        <source>Caseload balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="385"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="386"/>
        <source>Continuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="387"/>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="388"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="429"/>
        <source>Choose a worker above to see their cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="430"/>
        <source>Reassign selected case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="433"/>
        <source>Worker leaves: hand over all cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="436"/>
        <source>Caseload per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="468"/>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="469"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="483"/>
        <source>Approve closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="484"/>
        <source>Return with a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="490"/>
        <source>Transfers between teams waiting for the receiving team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="499"/>
        <source>Cases waiting for approval to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="552"/>
        <source>Same worker around transitions, per team (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="557"/>
        <source>Transition within 30 days and the primary worker about to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="576"/>
        <source>Transitions in the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="589"/>
        <source>Apartments needed per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="620"/>
        <source>Apartments by size, counting expected family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="622"/>
        <source>Language-course places by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="624"/>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="656"/>
        <source>Outcomes per quarter (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="659"/>
        <source>Every figure shows how many young people it rests on: a share of a handful of cases can swing widely from one quarter to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="665"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="707"/>
        <source>The whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="709"/>
        <source>your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="711"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 open cases, %3 waiting transfers, %4 closures to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="723"/>
        <source>Primary cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="724"/>
        <source>Transitions ≤ 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="725"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="752"/>
        <source>Same worker (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="773"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="780"/>
        <source>%1 open cases: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="826"/>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="885"/>
        <source>Open cases of %1 (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="893"/>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="893"/>
        <source>Choose a worker, then one of their cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="911"/>
        <source>Worker leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="911"/>
        <source>Choose the leaving worker in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="931"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="931"/>
        <source>Why is it rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="933"/>
        <source>Transfer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="947"/>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="948"/>
        <source>What is needed before the case can be closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="959"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionCard</name>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="273"/>
        <source> (uncertain date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/case_record.py" line="300"/>
        <source>Ticked by itself when an offer is accepted, the contract signed or the young person moved in, with a move-in date on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionsBoard</name>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="301"/>
        <source>Next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="305"/>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="306"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="309"/>
        <source>All transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="314"/>
        <source>All risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="325"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="327"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="328"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="329"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="330"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="338"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="367"/>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="378"/>
        <source>Double-click a row (or press Enter) to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="385"/>
        <source>Transitions month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="387"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="388"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="410"/>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="411"/>
        <source>All municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="470"/>
        <source>Transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="482"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in the next %2 days (overdue included): &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%3 red&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#b87900&apos;&gt;%4 amber&lt;/span&gt;, &lt;span style=&apos;color:#2e7d32&apos;&gt;%5 green&lt;/span&gt;. %6 overdue; %7 without secured housing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/transitions_board.py" line="500"/>
        <source>&lt;i&gt;The list shows the soonest %1; narrow it with the filters.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="160"/>
        <source>Edit unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="160"/>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="164"/>
        <source>generated when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="166"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="195"/>
        <source>Available until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="210"/>
        <source>Step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="212"/>
        <source>Shared (places for several households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="217"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="218"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="219"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="220"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="221"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="222"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="223"/>
        <source>Households it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="224"/>
        <source>Floor area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="225"/>
        <source>Monthly rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="226"/>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/housing_screen.py" line="230"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="51"/>
        <source>Homeward is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="55"/>
        <source>Homeward was locked after a time without use. Enter the password of %1 to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="66"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerLeavesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="300"/>
        <source>%1 leaves: hand over all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="320"/>
        <source>Give the cases to (fewest cases first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="323"/>
        <source>Handover note (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_screen.py" line="324"/>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
