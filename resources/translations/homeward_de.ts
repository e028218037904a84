<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>No consent on record</source>
        <translation>Keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>There is no consent on record to share the case %1 with: %2.
Give the reason for printing it anyway (it is written to the audit log).</source>
        <translation>Es ist keine Einwilligung erfasst, den Fall %1 mit folgender Stelle zu teilen: %2.
Bitte begründen Sie, warum er trotzdem gedruckt wird (die Begründung wird im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Not printed: there is no consent on record for this recipient.</source>
        <translation>Nicht gedruckt: Für diese Empfangsstelle ist keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Übergabebericht</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Fallübersicht</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Homeward</source>
        <translation>Über Homeward</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case management for social workers who accompany young refugees through housing transitions.</source>
        <translation>Fallmanagement für Fachkräfte, die junge Geflüchtete durch Übergänge beim Wohnen begleiten.</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 (newest is %2)</source>
        <translation>%1 (neueste ist %2)</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (verschlüsselt)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Schema revision:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>installed application</source>
        <translation>installierte Anwendung</translation>
    </message>
    <message>
        <source>Python environment</source>
        <translation>Python-Umgebung</translation>
    </message>
    <message>
        <source>Running from:</source>
        <translation>Ausgeführt aus:</translation>
    </message>
    <message>
        <source>%1 · Python %2 · Qt %3</source>
        <translation>%1 · Python %2 · Qt %3</translation>
    </message>
    <message>
        <source>Uninstalling Homeward never deletes the data folder. An administrator backs it up under Administration → Backups or with the command homeward backup.</source>
        <translation>Beim Deinstallieren von Homeward wird der Datenordner nie gelöscht. Eine Administratorin oder ein Administrator sichert ihn unter Administration → Sicherungen oder mit dem Befehl homeward backup.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show %1 in the file manager</source>
        <translation>%1 im Dateimanager zeigen</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add a document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datiert</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Datum des Dokuments</translation>
    </message>
    <message>
        <source>Confidential (only those who may read confidential notes)</source>
        <translation>Vertraulich (nur für Personen, die vertrauliche Notizen lesen dürfen)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Date of the document:</source>
        <translation>Datum des Dokuments:</translation>
    </message>
</context>
<context>
    <name>AdministrationScreen</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Muss Passwort ändern</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Change name, role or team…</source>
        <translation>Name, Rolle oder Team ändern…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Deaktivieren / aktivieren</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Wählen Sie zuerst einen Benutzer in der Liste.</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 wurde geändert.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Give %1 a new initial password? The old one stops working.</source>
        <translation>%1 ein neues Startpasswort geben? Das alte gilt dann nicht mehr.</translation>
    </message>
    <message>
        <source>The new initial password for %1 is: %2</source>
        <translation>Das neue Startpasswort für %1 lautet: %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Neues Team…</translation>
    </message>
    <message>
        <source>Name and municipality…</source>
        <translation>Name und Gemeinde…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>Deaktivieren / aktivieren</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamname</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>Failed logins before lockout</source>
        <translation>Fehlgeschlagene Anmeldungen bis zur Sperre</translation>
    </message>
    <message>
        <source>Lockout (minutes)</source>
        <translation>Sperre (Minuten)</translation>
    </message>
    <message>
        <source>Lock the window after idle (minutes)</source>
        <translation>Fenster nach Inaktivität sperren (Minuten)</translation>
    </message>
    <message>
        <source>Daily backup folder (empty: the data folder)</source>
        <translation>Ordner für tägliche Sicherungen (leer: der Datenordner)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Aufbewahrte tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Keep closed cases for (months)</source>
        <translation>Geschlossene Fälle aufbewahren für (Monate)</translation>
    </message>
    <message>
        <source>Calendar reminder before a transition (days)</source>
        <translation>Kalendererinnerung vor einem Übergang (Tage)</translation>
    </message>
    <message>
        <source>Days to move out after a status grant</source>
        <translation>Tage bis zum Auszug nach der Anerkennung</translation>
    </message>
    <message>
        <source>Age at which after-care ends</source>
        <translation>Alter, mit dem die Hilfe für junge Volljährige endet</translation>
    </message>
    <message>
        <source>List a permit expiry from (days before)</source>
        <translation>Ablauf der Aufenthaltserlaubnis anzeigen ab (Tage vorher)</translation>
    </message>
    <message>
        <source>Keep overdue transitions listed for (days)</source>
        <translation>Überfällige Übergänge weiter anzeigen für (Tage)</translation>
    </message>
    <message>
        <source>Red when due within (days) without housing</source>
        <translation>Rot bei Fälligkeit innerhalb von (Tagen) ohne Wohnung</translation>
    </message>
    <message>
        <source>Amber when due within (days)</source>
        <translation>Gelb bei Fälligkeit innerhalb von (Tagen)</translation>
    </message>
    <message>
        <source>… and readiness below (%)</source>
        <translation>… und Vorbereitungsstand unter (%)</translation>
    </message>
    <message>
        <source>Checklist for</source>
        <translation>Checkliste für</translation>
    </message>
    <message>
        <source>adults</source>
        <translation>Volljährige</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>unter 18</translation>
    </message>
    <message>
        <source>Readiness checklist for</source>
        <translation>Checkliste der Bereitschaft für</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Checkliste zum Vorbereitungsstand</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Automatic daily backups</source>
        <translation>Automatische tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Homeward databases (*.db)</source>
        <translation>Homeward-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert in %1.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup %1? The backup is checked first, and the current database is kept as a copy.</source>
        <translation>Alles in der Datenbank durch die Sicherung %1 ersetzen? Die Sicherung wird zuerst geprüft, und die aktuelle Datenbank wird als Kopie aufbewahrt.</translation>
    </message>
    <message>
        <source>The backup %1 comes from another database, not from this one.</source>
        <translation>Die Sicherung %1 stammt aus einer anderen Datenbank, nicht aus dieser.</translation>
    </message>
    <message>
        <source>Restored. The replaced database was kept as %1.</source>
        <translation>Wiederhergestellt. Die ersetzte Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Datenbank wird geprüft</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance in %1</source>
        <translation>Anwesenheit in %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Noch keine Anwesenheit erfasst.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>hours so far</source>
        <translation>Stunden bisher</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>to</source>
        <translation>an</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>The audit log is for team leads, coordinators and administrators.</source>
        <translation>Das Prüfprotokoll ist für Teamleitungen, Koordination und Administration.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries.</source>
        <translation>
            <numerusform>%n Eintrag exportiert.</numerusform>
            <numerusform>%n Einträge exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>&amp;Week view…</source>
        <translation>&amp;Wochenansicht…</translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation>In den Kalender &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file up to date…</source>
        <translation>Eine Kalenderdatei &amp;aktuell halten…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>In den Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 geschrieben.</numerusform>
            <numerusform>%n Termine nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar file to subscribe to</source>
        <translation>Kalenderdatei zum Abonnieren</translation>
    </message>
</context>
<context>
    <name>CaseAppointments</name>
    <message>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Anhörung</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Wahrgenommen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>CaseAppointmentsTab</name>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Noch keine Termine.</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Wahrgenommen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Missed…</source>
        <translation>Versäumt…</translation>
    </message>
    <message>
        <source>Missed appointment</source>
        <translation>Versäumter Termin</translation>
    </message>
    <message>
        <source>Follow-up task (leave empty for none):</source>
        <translation>Nachfassaufgabe (leer lassen für keine):</translation>
    </message>
    <message>
        <source>Follow up the missed %1</source>
        <translation>Versäumten Termin nachfassen: %1</translation>
    </message>
</context>
<context>
    <name>CaseBelongingTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation>Fühlt sich sicher</translation>
    </message>
    <message>
        <source>Part of the neighbourhood</source>
        <translation>Teil der Nachbarschaft</translation>
    </message>
    <message>
        <source>Has people to turn to</source>
        <translation>Hat Ansprechpersonen</translation>
    </message>
    <message>
        <source>Takes part in activities</source>
        <translation>Nimmt an Aktivitäten teil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Noch keine Befragung.</translation>
    </message>
    <message>
        <source>No community activity recorded.</source>
        <translation>Keine Aktivität im Gemeinwesen erfasst.</translation>
    </message>
    <message>
        <source>Belonging check-ins (1 = not at all … 5 = very much)</source>
        <translation>Zugehörigkeit (1 = gar nicht … 5 = sehr)</translation>
    </message>
    <message>
        <source>Record a check-in</source>
        <translation>Befragung erfassen</translation>
    </message>
    <message>
        <source>People to turn to</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Nimmt teil</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Aktivitäten im Gemeinwesen</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Aktivität hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>club, association or project</source>
        <translation>Verein, Gruppe oder Projekt</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Eine Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Change an activity</source>
        <translation>Eine Aktivität ändern</translation>
    </message>
    <message>
        <source>End an activity</source>
        <translation>Eine Aktivität beenden</translation>
    </message>
    <message>
        <source>Took part until</source>
        <translation>Nahm teil bis</translation>
    </message>
</context>
<context>
    <name>CaseContactsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Weitergabe an</translation>
    </message>
    <message>
        <source>For (scope)</source>
        <translation>Wofür (Umfang)</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation>Keine Kontaktperson erfasst.</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Keine Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Kontaktperson hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Berichtigen…</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>People around the young person</source>
        <translation>Menschen im Umfeld der jungen Person</translation>
    </message>
    <message>
        <source>Consent to share information</source>
        <translation>Einwilligung zur Weitergabe von Informationen</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Adult connections now: %1.</source>
        <translation>Erwachsene Bezugspersonen jetzt: %1.</translation>
    </message>
    <message>
        <source>No mentor, family member, teacher or other adult connection is recorded yet.</source>
        <translation>Noch ist keine Mentorin, kein Familienmitglied, keine Lehrkraft und keine andere erwachsene Bezugsperson erfasst.</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>In Worten</translation>
    </message>
    <message>
        <source>for example: aunt, football coach</source>
        <translation>zum Beispiel: Tante, Fußballtrainer</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Eine Kontaktperson hinzufügen</translation>
    </message>
    <message>
        <source>Edit a contact</source>
        <translation>Eine Kontaktperson bearbeiten</translation>
    </message>
    <message>
        <source>End a contact</source>
        <translation>Eine Kontaktperson beenden</translation>
    </message>
    <message>
        <source>No longer around from</source>
        <translation>Nicht mehr im Umfeld ab</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Warum (freiwillig)</translation>
    </message>
    <message>
        <source>%1 stays on the record, as someone who was around until then.</source>
        <translation>%1 bleibt in der Akte, als jemand, der bis dahin im Umfeld war.</translation>
    </message>
    <message>
        <source>for example: the handover to the after-care service</source>
        <translation>zum Beispiel: die Übergabe an die Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>on a date</source>
        <translation>an einem Datum</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Eine Einwilligung erfassen</translation>
    </message>
    <message>
        <source>A handover printed for someone outside the organisation needs a consent in force for that recipient.</source>
        <translation>Eine Übergabe, die für jemanden außerhalb der Organisation gedruckt wird, braucht eine gültige Einwilligung für diese Empfänger.</translation>
    </message>
    <message>
        <source>Correct a consent</source>
        <translation>Eine Einwilligung berichtigen</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Warum wird es berichtigt?</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>From this day the consent covers no sharing; it stays on the record.</source>
        <translation>Ab diesem Tag deckt die Einwilligung keine Weitergabe mehr; sie bleibt in der Akte.</translation>
    </message>
</context>
<context>
    <name>CaseDocumentOptionsPanel</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Include confidential notes</source>
        <translation>Vertrauliche Notizen einschließen</translation>
    </message>
    <message>
        <source>Receiving worker or service</source>
        <translation>Übernehmende Fachkraft oder Stelle</translation>
    </message>
    <message>
        <source>Why the case is handed over</source>
        <translation>Warum der Fall übergeben wird</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Vorschau aktualisieren</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Übernommen von:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internes Team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Träger der Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Wohnungsamt der Kommune</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Vermietung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Upcoming transitions</source>
        <translation>Anstehende Übergänge</translation>
    </message>
    <message>
        <source>Placement and housing</source>
        <translation>Unterbringung und Wohnen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbeit und Ausbildung</translation>
    </message>
    <message>
        <source>Workers and continuity</source>
        <translation>Fachkräfte und Kontinuität</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Lebensplan</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Consents on record</source>
        <translation>Erfasste Einwilligungen</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Neueste Notizen</translation>
    </message>
    <message>
        <source>Documents on the case</source>
        <translation>Dokumente im Fall</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Anstehende Termine</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Decision letter</source>
        <translation>Bescheid</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Mietvertrag</translation>
    </message>
    <message>
        <source>Signed consent</source>
        <translation>Unterschriebene Einwilligung</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential document(s) not shown.</source>
        <translation>
            <numerusform>%n vertrauliches Dokument wird nicht gezeigt.</numerusform>
            <numerusform>%n vertrauliche Dokumente werden nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Noch keine Dokumente.</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG up to 25 MB. Drop files here or choose them with Add….</source>
        <translation>PDF, JPEG oder PNG bis 25 MB. Dateien hier ablegen oder mit Hinzufügen… wählen.</translation>
    </message>
    <message>
        <source>You may read these documents but not add any.</source>
        <translation>Sie dürfen diese Dokumente lesen, aber keine hinzufügen.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Eine Kopie des Dokuments speichern</translation>
    </message>
    <message>
        <source>Add documents to the case</source>
        <translation>Dokumente zum Fall hinzufügen</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the case? It cannot be brought back.</source>
        <translation>&apos;%1&apos; aus dem Fall entfernen? Es lässt sich nicht zurückholen.</translation>
    </message>
</context>
<context>
    <name>CaseHousingTab</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add support…</source>
        <translation>Unterstützung hinzufügen…</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Propose this unit</source>
        <translation>Diese Wohnung vorschlagen</translation>
    </message>
    <message>
        <source>Only units that fit</source>
        <translation>Nur passende Wohnungen</translation>
    </message>
    <message>
        <source>Matching units, best first</source>
        <translation>Passende Wohnungen, beste zuerst</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>Haushalt mit %1 Personen</translation>
    </message>
    <message>
        <source> (%1 expected by family reunification)</source>
        <translation> (%1 über Familiennachzug erwartet)</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>no budget recorded</source>
        <translation>kein Budget erfasst</translation>
    </message>
    <message>
        <source>no preferred municipality</source>
        <translation>keine Wunschkommune</translation>
    </message>
    <message>
        <source>needed by %1</source>
        <translation>benötigt bis %1</translation>
    </message>
    <message>
        <source>step-free access needed</source>
        <translation>barrierefreier Zugang nötig</translation>
    </message>
    <message>
        <source>Finding the units that match…</source>
        <translation>Die passenden Wohnungen werden gesucht…</translation>
    </message>
    <message>
        <source>No unit with a free place matches.</source>
        <translation>Keine Wohnung mit freiem Platz passt.</translation>
    </message>
    <message>
        <source>No housing offer yet: propose a unit below.</source>
        <translation>Noch kein Wohnungsangebot: Schlagen Sie unten eine Wohnung vor.</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Unterstützung:</translation>
    </message>
    <message>
        <source>No support recorded on this offer.</source>
        <translation>Zu diesem Angebot ist keine Unterstützung erfasst.</translation>
    </message>
    <message>
        <source>%1 scores %2 of 100:</source>
        <translation>%1 erreicht %2 von 100 Punkten:</translation>
    </message>
    <message>
        <source>%1 proposed.</source>
        <translation>%1 vorgeschlagen.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The move-in on %1 is after the transition on %2, so housing is not yet secured for it.</source>
        <translation>Der Einzug am %1 liegt nach dem Übergang am %2, daher ist die Wohnung dafür noch nicht gesichert.</translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation>%1 erfasst.</translation>
    </message>
</context>
<context>
    <name>CaseLanguageTab</name>
    <message>
        <source>No language course recorded.</source>
        <translation>Kein Sprachkurs erfasst.</translation>
    </message>
    <message>
        <source>Status and dates…</source>
        <translation>Status und Daten…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Anwesenheit…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Zertifikat…</translation>
    </message>
    <message>
        <source>Enrol in a language course</source>
        <translation>Für einen Sprachkurs anmelden</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <source>Courses that are full are listed but cannot be chosen.</source>
        <translation>Ausgebuchte Kurse werden angezeigt, können aber nicht gewählt werden.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> ab %1</translation>
    </message>
    <message>
        <source>the course is retired</source>
        <translation>der Kurs ist ausgemustert</translation>
    </message>
    <message>
        <source>the course ended on %1: record how it went (Status and dates…)</source>
        <translation>der Kurs endete am %1: erfassen Sie, wie es lief (Status und Daten…)</translation>
    </message>
    <message>
        <source>attendance: %1</source>
        <translation>Anwesenheit: %1</translation>
    </message>
    <message>
        <source>level reached: %1</source>
        <translation>erreichtes Niveau: %1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprachkurse</translation>
    </message>
    <message>
        <source>The registry has no course running or to come: team leads and coordinators add them under Partners&apos; offers.</source>
        <translation>Das Verzeichnis hat keinen laufenden oder kommenden Kurs: Teamleitungen und Koordination legen sie unter Partnerangebote an.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>ausgebucht</translation>
    </message>
    <message>
        <source>Choose a language course.</source>
        <translation>Wählen Sie einen Sprachkurs.</translation>
    </message>
</context>
<context>
    <name>CaseLifePlanTab</name>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>No life-plan goal yet.</source>
        <translation>Noch kein Ziel im Lebensplan.</translation>
    </message>
    <message>
        <source>Double-click a goal to change it.</source>
        <translation>Doppelklicken Sie auf ein Ziel, um es zu ändern.</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Lebensplan</translation>
    </message>
    <message>
        <source>a target date</source>
        <translation>ein Zieldatum</translation>
    </message>
    <message>
        <source>Change a goal</source>
        <translation>Ein Ziel ändern</translation>
    </message>
    <message>
        <source>A goal achieved or dropped ends today.</source>
        <translation>Ein erreichtes oder aufgegebenes Ziel endet heute.</translation>
    </message>
    <message>
        <source>End a goal</source>
        <translation>Ein Ziel beenden</translation>
    </message>
    <message>
        <source>The goal was</source>
        <translation>Das Ziel wurde</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
</context>
<context>
    <name>CaseNotesTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Confidential: only the assigned workers and the team lead see it.</source>
        <translation>Vertraulich: nur die zuständigen Fachkräfte und die Teamleitung sehen sie.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Confidential (only the assigned workers and the team lead)</source>
        <translation>Vertraulich (nur die zuständigen Fachkräfte und die Teamleitung)</translation>
    </message>
    <message>
        <source>Choose a note to read it whole.</source>
        <translation>Wählen Sie eine Notiz, um sie ganz zu lesen.</translation>
    </message>
    <message>
        <source>The chosen note</source>
        <translation>Die gewählte Notiz</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Neue Notiz…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Berichtigen…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Double-click a task to mark it done or open again.</source>
        <translation>Doppelklicken Sie auf eine Aufgabe, um sie als erledigt zu markieren oder wieder zu öffnen.</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Datum des Kontakts</translation>
    </message>
    <message>
        <source>The day of the meeting, call or visit, not the day it is typed.</source>
        <translation>Der Tag des Gesprächs, Anrufs oder Besuchs, nicht der Tag, an dem es geschrieben wird.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Eine Notiz berichtigen</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Warum wird es berichtigt?</translation>
    </message>
    <message>
        <source>What the note said before stays in the audit log, with the reason.</source>
        <translation>Was die Notiz vorher sagte, bleibt mit dem Grund im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>A colleague who may see the case.</source>
        <translation>Eine Kollegin oder ein Kollege, die den Fall sehen darf.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Change a task</source>
        <translation>Eine Aufgabe ändern</translation>
    </message>
    <message>
        <source>%1 — CONFIDENTIAL</source>
        <translation>%1 — VERTRAULICH</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential note(s) not shown to you.</source>
        <translation>
            <numerusform>%n vertrauliche Notiz wird Ihnen nicht angezeigt.</numerusform>
            <numerusform>%n vertrauliche Notizen werden Ihnen nicht angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePersonTab</name>
    <message>
        <source>Assessed on</source>
        <translation>Eingeschätzt am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Date of birth before</source>
        <translation>Geburtsdatum vor</translation>
    </message>
    <message>
        <source>Date of birth after</source>
        <translation>Geburtsdatum nach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source> (withdrawn: recorded in error)</source>
        <translation> (zurückgezogen: Fehleintrag)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>Aufenthaltserlaubnis bis</translation>
    </message>
    <message>
        <source>Move-out deadline</source>
        <translation>Auszugsfrist</translation>
    </message>
    <message>
        <source>Renewal applied</source>
        <translation>Verlängerung beantragt</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Unterbringung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>No age assessment.</source>
        <translation>Keine Alterseinschätzung.</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>No placement recorded.</source>
        <translation>Keine Unterbringung erfasst.</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>Einschätzung erfassen…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Berichtigen…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Entscheidung erfassen…</translation>
    </message>
    <message>
        <source>Record new placement…</source>
        <translation>Neue Unterbringung erfassen…</translation>
    </message>
    <message>
        <source>Change planned end…</source>
        <translation>Geplantes Ende ändern…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <source>Age assessments</source>
        <translation>Alterseinschätzungen</translation>
    </message>
    <message>
        <source>Legal status decisions</source>
        <translation>Entscheidungen zum Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Placements and residence</source>
        <translation>Unterbringungen und Aufenthalt</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Warum wird es berichtigt?</translation>
    </message>
    <message>
        <source>For example: the date was typed wrongly</source>
        <translation>Zum Beispiel: Das Datum wurde falsch eingegeben</translation>
    </message>
    <message>
        <source>Assessed date of birth</source>
        <translation>Eingeschätztes Geburtsdatum</translation>
    </message>
    <message>
        <source>Move-out deadline…</source>
        <translation>Auszugsfrist…</translation>
    </message>
    <message>
        <source>Renewal applied for…</source>
        <translation>Verlängerung beantragt…</translation>
    </message>
    <message>
        <source>Withdraw as recorded in error…</source>
        <translation>Als Fehleintrag zurückziehen…</translation>
    </message>
    <message>
        <source>Why does this deadline apply?</source>
        <translation>Warum gilt diese Frist?</translation>
    </message>
    <message>
        <source>Permit renewal</source>
        <translation>Verlängerung der Aufenthaltserlaubnis</translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation>Entscheidung zurückziehen</translation>
    </message>
    <message>
        <source>Save or undo the person changes first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen an den Personendaten.</translation>
    </message>
    <message>
        <source>Record an age assessment</source>
        <translation>Eine Alterseinschätzung erfassen</translation>
    </message>
    <message>
        <source>By (authority)</source>
        <translation>Durch (Behörde)</translation>
    </message>
    <message>
        <source>The assessed date becomes the date of birth (marked as set by age assessment); the 18th birthday moves with it.</source>
        <translation>Das eingeschätzte Datum wird das Geburtsdatum (als durch Alterseinschätzung festgelegt markiert); der 18. Geburtstag verschiebt sich mit.</translation>
    </message>
    <message>
        <source>Correct an age assessment</source>
        <translation>Eine Alterseinschätzung berichtigen</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>Leave it out for an application still pending.</source>
        <translation>Lassen Sie es bei einem noch offenen Antrag weg.</translation>
    </message>
    <message>
        <source>Permit valid until</source>
        <translation>Aufenthaltserlaubnis gültig bis</translation>
    </message>
    <message>
        <source>a permit</source>
        <translation>eine Erlaubnis</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation>Aktenzeichen der Behörde</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Eine Entscheidung erfassen</translation>
    </message>
    <message>
        <source>A decision granting protection while the young person lives in a reception placement starts the move-out deadline.</source>
        <translation>Eine Entscheidung, die Schutz gewährt, während die junge Person in einer Erstaufnahmeeinrichtung wohnt, setzt die Auszugsfrist in Gang.</translation>
    </message>
    <message>
        <source>Correct a decision</source>
        <translation>Eine Entscheidung berichtigen</translation>
    </message>
    <message>
        <source>A correction keeps the entry, with what it said before and why it changed, in the audit log. The transitions it implies move with it.</source>
        <translation>Eine Berichtigung hält den Eintrag mit seinem früheren Inhalt und dem Grund der Änderung im Prüfprotokoll fest. Die Übergänge, die daraus folgen, verschieben sich mit.</translation>
    </message>
    <message>
        <source>Move out by</source>
        <translation>Auszug bis</translation>
    </message>
    <message>
        <source>a deadline of its own</source>
        <translation>eine eigene Frist</translation>
    </message>
    <message>
        <source>Untick it to go back to the rule&apos;s deadline.</source>
        <translation>Entfernen Sie den Haken, um zur Frist der Regel zurückzukehren.</translation>
    </message>
    <message>
        <source>The move-out deadline for this decision (it overrides the rule).</source>
        <translation>Die Auszugsfrist für diese Entscheidung (sie geht der Regel vor).</translation>
    </message>
    <message>
        <source>Renewal applied for on</source>
        <translation>Verlängerung beantragt am</translation>
    </message>
    <message>
        <source>The permit&apos;s renewal is applied for: its expiry no longer needs a renewal. When the new permit comes, record it as a new decision with its expiry.</source>
        <translation>Die Verlängerung der Erlaubnis ist beantragt: ihr Ablauf braucht keine Verlängerung mehr. Wenn die neue Erlaubnis kommt, erfassen Sie sie als neue Entscheidung mit ihrem Ablaufdatum.</translation>
    </message>
    <message>
        <source>Why is it withdrawn?</source>
        <translation>Warum wird sie zurückgezogen?</translation>
    </message>
    <message>
        <source>This entry stays on the record, marked as recorded in error, and no longer counts.</source>
        <translation>Der Eintrag bleibt in der Akte, als Fehleintrag markiert, und zählt nicht mehr.</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Name der Einrichtung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>an end is planned</source>
        <translation>ein Ende ist geplant</translation>
    </message>
    <message>
        <source>Record a new placement</source>
        <translation>Eine neue Unterbringung erfassen</translation>
    </message>
    <message>
        <source>The current placement ends the day the new one starts.</source>
        <translation>Die jetzige Unterbringung endet an dem Tag, an dem die neue beginnt.</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <source>Correct a placement</source>
        <translation>Eine Unterbringung berichtigen</translation>
    </message>
    <message>
        <source>Planned end of the placement</source>
        <translation>Geplantes Ende der Unterbringung</translation>
    </message>
    <message>
        <source>Why did the plan change?</source>
        <translation>Warum hat sich der Plan geändert?</translation>
    </message>
    <message>
        <source>The placement-end transition moves with the planned end.</source>
        <translation>Der Übergang zum Ende der Unterbringung verschiebt sich mit dem geplanten Ende.</translation>
    </message>
    <message>
        <source>End the placement</source>
        <translation>Die Unterbringung beenden</translation>
    </message>
    <message>
        <source>Left the placement on</source>
        <translation>Hat die Unterbringung verlassen am</translation>
    </message>
    <message>
        <source>For a young person who left without a new placement yet; a new placement ends the current one by itself.</source>
        <translation>Für eine junge Person, die ohne neue Unterbringung ausgezogen ist; eine neue Unterbringung beendet die jetzige von selbst.</translation>
    </message>
    <message>
        <source>Residence permit valid until %1.</source>
        <translation>Aufenthaltserlaubnis gültig bis %1.</translation>
    </message>
    <message>
        <source>Renewal applied for on %1.</source>
        <translation>Verlängerung beantragt am %1.</translation>
    </message>
    <message>
        <source>No residence permit recorded.</source>
        <translation>Keine Aufenthaltserlaubnis erfasst.</translation>
    </message>
</context>
<context>
    <name>CaseRecordPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the person record (Ctrl+S)</source>
        <translation>Personendaten speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Close this record&apos;s tab (Ctrl+W); the case stays open</source>
        <translation>Den Tab des Falls schließen (Strg+W); der Fall bleibt offen</translation>
    </message>
    <message>
        <source>Person and legal status</source>
        <translation>Person und Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbeit und Ausbildung</translation>
    </message>
    <message>
        <source>Workers and continuity</source>
        <translation>Fachkräfte und Kontinuität</translation>
    </message>
    <message>
        <source>Contacts and consents</source>
        <translation>Kontakte und Einwilligungen</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Lebensplan</translation>
    </message>
    <message>
        <source>Notes and tasks</source>
        <translation>Notizen und Aufgaben</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>age ≈%1 (date of birth %2)</source>
        <translation>Alter ≈%1 (Geburtsdatum %2)</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>Alter %1</translation>
    </message>
    <message>
        <source>no primary worker</source>
        <translation>keine fallführende Fachkraft</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>GESCHLOSSEN</translation>
    </message>
    <message>
        <source>also %1 (merged)</source>
        <translation>auch %1 (zusammengeführt)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>You may read this case but not change it.</source>
        <translation>Sie dürfen diesen Fall lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Nicht gespeichert: Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case. Review and save again.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Fall geändert. Prüfen Sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>CaseTransitionsTab</name>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Why is the outcome &apos;%1&apos; taken back?</source>
        <translation>Warum wird der Ausgang &apos;%1&apos; zurückgenommen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n on record</source>
        <translation>
            <numerusform>%1 — %n erfasst</numerusform>
            <numerusform>%1 — %n erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>On record: %1.</source>
        <translation>Erfasst: %1.</translation>
    </message>
    <message>
        <source>No mentor, family member, teacher or other adult connection is recorded yet (Contacts and consents).</source>
        <translation>Noch ist keine Mentorin, kein Familienmitglied, keine Lehrkraft und keine andere erwachsene Bezugsperson erfasst (Kontakte und Einwilligungen).</translation>
    </message>
    <message>
        <source>Transitions follow from the date of birth, the decisions and the placements, and stay here until their outcome is known. Tick what is ready; each tick is saved at once. Right-click an item to mark it not applicable.</source>
        <translation>Übergänge ergeben sich aus Geburtsdatum, Entscheidungen und Unterbringungen und bleiben hier, bis ihr Ausgang bekannt ist. Haken Sie ab, was erledigt ist; jeder Haken wird sofort gespeichert. Mit Rechtsklick markieren Sie einen Punkt als nicht zutreffend.</translation>
    </message>
    <message>
        <source>No transition for this case.</source>
        <translation>Kein Übergang für diesen Fall.</translation>
    </message>
</context>
<context>
    <name>CaseWorkTab</name>
    <message>
        <source>Programme</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>No work or education support recorded.</source>
        <translation>Keine Unterstützung bei Arbeit oder Ausbildung erfasst.</translation>
    </message>
    <message>
        <source>Work and education support</source>
        <translation>Unterstützung bei Arbeit und Ausbildung</translation>
    </message>
    <message>
        <source>Status and dates…</source>
        <translation>Status und Daten…</translation>
    </message>
    <message>
        <source>End with its outcome…</source>
        <translation>Mit Ausgang beenden…</translation>
    </message>
    <message>
        <source>Add work or education support</source>
        <translation>Unterstützung bei Arbeit oder Ausbildung hinzufügen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>school, employer or programme</source>
        <translation>Schule, Arbeitgeber oder Maßnahme</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>From the partners&apos; programmes</source>
        <translation>Aus den Maßnahmen der Partner</translation>
    </message>
    <message>
        <source>Or typed in</source>
        <translation>Oder von Hand eingegeben</translation>
    </message>
    <message>
        <source>None: a school or employer typed in below</source>
        <translation>Keine: eine Schule oder ein Arbeitgeber, unten eingegeben</translation>
    </message>
    <message>
        <source>full</source>
        <translation>ausgebucht</translation>
    </message>
    <message>
        <source>it ended on %1: record what came of it (End with its outcome…)</source>
        <translation>sie endete am %1: erfassen Sie, was daraus wurde (Mit Ausgang beenden…)</translation>
    </message>
</context>
<context>
    <name>CaseWorkersTab</name>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>fallführend</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>vertretend</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Übergabenotiz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Same worker continued</source>
        <translation>Gleiche Fachkraft blieb</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No worker assigned.</source>
        <translation>Keine Fachkraft zugewiesen.</translation>
    </message>
    <message>
        <source>No school change or transfer.</source>
        <translation>Kein Schulwechsel und keine Übergabe.</translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation>Einen Wechsel erfassen…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Berichtigen…</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Zuständigkeitsverlauf</translation>
    </message>
    <message>
        <source>School changes, moves and hand-overs</source>
        <translation>Schulwechsel, Umzüge und Übergaben</translation>
    </message>
    <message>
        <source>school, municipality or service</source>
        <translation>Schule, Kommune oder Dienst</translation>
    </message>
    <message>
        <source>The same worker continued with the young person</source>
        <translation>Dieselbe Fachkraft blieb bei der jungen Person</translation>
    </message>
    <message>
        <source>Record a school change, move or hand-over</source>
        <translation>Einen Schulwechsel, Umzug oder eine Übergabe erfassen</translation>
    </message>
    <message>
        <source>Continuity counts each of them, and whether the same worker stayed with the young person through it.</source>
        <translation>Die Kontinuität zählt jeden davon, und ob dieselbe Fachkraft dabei bei der jungen Person blieb.</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Warum wird es berichtigt?</translation>
    </message>
    <message>
        <source>Correct a change</source>
        <translation>Einen Wechsel berichtigen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of primary worker in the last 12 months.</source>
        <translation>
            <numerusform>%n Wechsel der fallführenden Fachkraft in den letzten 12 Monaten.</numerusform>
            <numerusform>%n Wechsel der fallführenden Fachkraft in den letzten 12 Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same primary worker 30 days before and after a transition: %1 of %2.</source>
        <translation>Gleiche fallführende Fachkraft 30 Tage vor und nach einem Übergang: %1 von %2.</translation>
    </message>
    <message>
        <source>No past transition to judge continuity on yet.</source>
        <translation>Noch kein vergangener Übergang, an dem sich die Kontinuität beurteilen lässt.</translation>
    </message>
    <message>
        <source>School changes and transfers: %1, the worker continued in %2.</source>
        <translation>Schulwechsel und Übergaben: %1, die Fachkraft blieb bei %2.</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Nächster Übergang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>≈ marks an uncertain date of birth (month or year only, or assessed)</source>
        <translation>≈ kennzeichnet ein unsicheres Geburtsdatum (nur Monat oder Jahr, oder eingeschätzt)</translation>
    </message>
    <message>
        <source>Share of the readiness checklist that is done</source>
        <translation>Anteil der erledigten Punkte der Checkliste zum Vorbereitungsstand</translation>
    </message>
    <message>
        <source>Red: due within 30 days or overdue without housing secured. Amber: due within 90 days and less than 70% ready. Otherwise green.</source>
        <translation>Rot: fällig innerhalb von 30 Tagen oder überfällig, ohne gesicherte Wohnung. Gelb: fällig innerhalb von 90 Tagen und weniger als 70 % bereit. Sonst grün.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No transition</source>
        <translation>Kein Übergang</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Date of birth uncertain: %1</source>
        <translation>Unsicheres Geburtsdatum: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Whose cases</source>
        <translation>Wessen Fälle</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation>Alle, die ich sehen darf</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Jedes Risiko</translation>
    </message>
    <message>
        <source>Red only</source>
        <translation>Nur rot</translation>
    </message>
    <message>
        <source>Red and amber</source>
        <translation>Rot und gelb</translation>
    </message>
    <message>
        <source>Amber only</source>
        <translation>Nur gelb</translation>
    </message>
    <message>
        <source>Green only</source>
        <translation>Nur grün</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Fällig innerhalb</translation>
    </message>
    <message>
        <source>Days until due</source>
        <translation>Tage bis zur Frist</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation>Nach Name oder Aktenzeichen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle suchen</translation>
    </message>
    <message>
        <source>Type a name or a reference; Down moves into the list, Enter opens a case.</source>
        <translation>Geben Sie einen Namen oder ein Aktenzeichen ein; Pfeil nach unten führt in die Liste, Enter öffnet einen Fall.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My caseload&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mein Fallbestand&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Showing the best %1 of %2 — type more to narrow</source>
        <translation>Die besten %1 von %2 — weitertippen, um einzugrenzen</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate for %1</source>
        <translation>Zertifikat für %1</translation>
    </message>
    <message>
        <source>e.g. Prøve i Dansk 2</source>
        <translation>z. B. Prøve i Dansk 2</translation>
    </message>
    <message>
        <source>A file is kept already; choosing another keeps that one too.</source>
        <translation>Eine Datei ist schon abgelegt; wählen Sie eine andere, wird auch diese abgelegt.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Choose the file (PDF, JPEG, PNG)…</source>
        <translation>Datei wählen (PDF, JPEG, PNG)…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datiert</translation>
    </message>
    <message>
        <source>Level it shows</source>
        <translation>Bescheinigtes Niveau</translation>
    </message>
    <message>
        <source>The certificate&apos;s file</source>
        <translation>Datei des Zertifikats</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>You logged in with an initial password. Choose your own password to go on.</source>
        <translation>Sie haben sich mit einem Startpasswort angemeldet. Wählen Sie ein eigenes Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Dieses Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart for a spreadsheet</source>
        <translation>Die Zahlen hinter diesem Diagramm für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The picture could not be saved.</source>
        <translation>Das Bild konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Export chart as a picture</source>
        <translation>Diagramm als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image, print resolution (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild in Druckauflösung (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Das Diagramm wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export numbers as CSV</source>
        <translation>Zahlen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The numbers were saved as %1.</source>
        <translation>Die Zahlen wurden als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Approve closing…</source>
        <translation>Schließung genehmigen…</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Mit Kommentar zurückgeben…</translation>
    </message>
    <message>
        <source>Ask to close…</source>
        <translation>Schließung beantragen…</translation>
    </message>
    <message>
        <source>Ask the team lead to close this case</source>
        <translation>Die Teamleitung bitten, diesen Fall zu schließen</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Dublette zusammenführen…</translation>
    </message>
    <message>
        <source>Another case of the same young person: merge it into this one</source>
        <translation>Ein anderer Fall derselben jungen Person: in diesen zusammenführen</translation>
    </message>
    <message>
        <source>%1 returned the request to close: “%2”</source>
        <translation>%1 hat den Antrag auf Schließung zurückgegeben: „%2“</translation>
    </message>
    <message>
        <source>%1 asked on %2 to close this case: “%3”. Waiting for the team lead.</source>
        <translation>%1 hat am %2 beantragt, diesen Fall zu schließen: „%3“. Wartet auf die Teamleitung.</translation>
    </message>
    <message>
        <source>Ask to close this case</source>
        <translation>Schließung dieses Falls beantragen</translation>
    </message>
    <message>
        <source>Why should the case be closed?</source>
        <translation>Warum soll der Fall geschlossen werden?</translation>
    </message>
    <message>
        <source>For example: moved to another municipality</source>
        <translation>Zum Beispiel: in eine andere Kommune gezogen</translation>
    </message>
    <message>
        <source>The team lead approves the closure or returns it with a comment; until then the case stays open.</source>
        <translation>Die Teamleitung genehmigt die Schließung oder gibt sie mit einem Kommentar zurück; bis dahin bleibt der Fall offen.</translation>
    </message>
    <message>
        <source>Ask to close</source>
        <translation>Schließung beantragen</translation>
    </message>
    <message>
        <source>Asked to close the case; it waits for the team lead.</source>
        <translation>Die Schließung des Falls ist beantragt; sie wartet auf die Teamleitung.</translation>
    </message>
    <message>
        <source>Close %1 (%2)? Its open transitions are resolved as closed with it; they stay on the record and in the figures.</source>
        <translation>%1 (%2) schließen? Die offenen Übergänge werden mit ihm als geschlossen abgeschlossen; sie bleiben in der Akte und in den Zahlen.</translation>
    </message>
    <message>
        <source>Approve closing</source>
        <translation>Schließung genehmigen</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Der Fall ist geschlossen.</translation>
    </message>
    <message>
        <source>Return the request to close</source>
        <translation>Den Antrag auf Schließung zurückgeben</translation>
    </message>
    <message>
        <source>What is needed before it can be closed?</source>
        <translation>Was fehlt noch, bevor er geschlossen werden kann?</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Returned to %1 with your comment; the case stays open.</source>
        <translation>Mit Ihrem Kommentar an %1 zurückgegeben; der Fall bleibt offen.</translation>
    </message>
    <message>
        <source>Merged into this case.</source>
        <translation>In diesen Fall zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this case</source>
        <translation>Jemand anderes hat diesen Fall geändert</translation>
    </message>
    <message>
        <source>Compare the changes below. Nothing has been saved yet and nothing is overwritten unless you choose to.</source>
        <translation>Vergleichen Sie die Änderungen unten. Noch ist nichts gespeichert, und nichts wird überschrieben, solange Sie es nicht wählen.</translation>
    </message>
    <message>
        <source>Fields saved by both</source>
        <translation>Von beiden gespeicherte Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>Discard mine, show theirs</source>
        <translation>Meine verwerfen, ihre anzeigen</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Meine über ihre speichern</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>The connection to the database server is lost. Homeward keeps trying; what you have typed stays here, and you can save it once the server answers again.</source>
        <translation>Die Verbindung zum Datenbankserver ist unterbrochen. Homeward versucht es weiter; was Sie eingegeben haben, bleibt hier stehen, und Sie können es speichern, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation>Wieder mit dem Datenbankserver verbunden.</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course %1</source>
        <translation>Kurs %1 bearbeiten</translation>
    </message>
    <message>
        <source>New language course</source>
        <translation>Neuer Sprachkurs</translation>
    </message>
    <message>
        <source>made when empty</source>
        <translation>wird vergeben, wenn leer</translation>
    </message>
    <message>
        <source>e.g. Danish 2, module 3</source>
        <translation>z. B. Dänisch 2, Modul 3</translation>
    </message>
    <message>
        <source>the language school</source>
        <translation>die Sprachschule</translation>
    </message>
    <message>
        <source>e.g. da</source>
        <translation>z. B. da</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Place (municipality)</source>
        <translation>Ort (Gemeinde)</translation>
    </message>
    <message>
        <source>CEFR level</source>
        <translation>GER-Niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Wochenstunden</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <source>Folder for the data export</source>
        <translation>Ordner für den Datenexport</translation>
    </message>
    <message>
        <source>Exporting the data of %1</source>
        <translation>Daten von %1 werden exportiert</translation>
    </message>
</context>
<context>
    <name>DataProtectionScreen</name>
    <message>
        <source>Data-protection duties are handled by team leads and coordinators.</source>
        <translation>Datenschutzaufgaben übernehmen Teamleitungen und Koordination.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Alle gespeicherten Daten exportieren…</translation>
    </message>
    <message>
        <source>Access request: everything held about one person</source>
        <translation>Auskunftsersuchen: alles, was über eine Person gespeichert ist</translation>
    </message>
    <message>
        <source>Anonymise selected…</source>
        <translation>Ausgewählte anonymisieren…</translation>
    </message>
    <message>
        <source>Retention review: closed cases past the retention period</source>
        <translation>Aufbewahrungsprüfung: geschlossene Fälle nach Ablauf der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Anonymise on request…</source>
        <translation>Auf Antrag anonymisieren…</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Löschantrag</translation>
    </message>
    <message>
        <source>Type the case reference first.</source>
        <translation>Geben Sie zuerst das Aktenzeichen ein.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>%1 und %2 geschrieben.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <source>Anonymise %1? Names, contacts and free text are removed for good; the figures used in statistics are kept. This cannot be undone.</source>
        <translation>%1 anonymisieren? Namen, Kontakte und Freitexte werden endgültig entfernt; die Zahlen für die Statistik bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Anonymisiert: %1.</translation>
    </message>
    <message>
        <source>Select the cases to anonymise first.</source>
        <translation>Wählen Sie zuerst die zu anonymisierenden Fälle.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Wahrscheinliche Dubletten</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>No likely duplicates in your team.</source>
        <translation>Keine wahrscheinlichen Dubletten in Ihrem Team.</translation>
    </message>
    <message>
        <source>Cases of your team with similar names, the same birth year and no different nationality. Choose a pair to compare and merge it.</source>
        <translation>Fälle Ihres Teams mit ähnlichen Namen, demselben Geburtsjahr und keiner abweichenden Staatsangehörigkeit. Wählen Sie ein Paar, um es zu vergleichen und zusammenzuführen.</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Vergleichen und zusammenführen…</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Enrolment in %1</source>
        <translation>Anmeldung zu %1</translation>
    </message>
    <message>
        <source>When it ends, it ends today unless you give the day.</source>
        <translation>Wird sie beendet, endet sie heute, wenn Sie keinen Tag angeben.</translation>
    </message>
    <message>
        <source>e.g. moved to another municipality</source>
        <translation>z. B. in eine andere Gemeinde gezogen</translation>
    </message>
    <message>
        <source>needed when going back, e.g. completed by mistake</source>
        <translation>nötig beim Zurücksetzen, z. B. versehentlich abgeschlossen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Erreichtes Niveau</translation>
    </message>
    <message>
        <source>Why it was dropped</source>
        <translation>Warum sie aufgegeben wurde</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>Grund einer Korrektur</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook, imports back into Homeward (*.xlsx);;CSV for your spreadsheet (*.csv)</source>
        <translation>Excel-Arbeitsmappe, wieder in Homeward importierbar (*.xlsx);;CSV für Ihre Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Export the caseload</source>
        <translation>Fallbestand exportieren</translation>
    </message>
    <message>
        <source>Export anonymised statistics</source>
        <translation>Anonymisierte Statistik exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 cases were exported to %2.</source>
        <translation>%1 Fälle wurden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The statistics (%1 rows: municipality and age band, no names) were exported to %2.</source>
        <translation>Die Statistik (%1 Zeilen: Kommune und Altersgruppe, keine Namen) wurde nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>In den Kalender exportieren</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Name the young people (not only the case reference)</source>
        <translation>Die jungen Menschen mit Namen nennen (nicht nur die Fallnummer)</translation>
    </message>
    <message>
        <source>Calendars are often synchronised to cloud services: without names, events show the case reference only.</source>
        <translation>Kalender werden oft mit Cloud-Diensten abgeglichen: ohne Namen zeigen die Termine nur die Fallnummer.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächste:</translation>
    </message>
</context>
<context>
    <name>ExportHeadings</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of birth known to</source>
        <translation>Geburtsdatum bekannt bis</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Dolmetschsprache</translation>
    </message>
    <message>
        <source>Unaccompanied</source>
        <translation>Unbegleitet</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ankunftsdatum</translation>
    </message>
    <message>
        <source>Status decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Aufenthaltserlaubnis endet</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Unterbringung</translation>
    </message>
    <message>
        <source>Placement municipality</source>
        <translation>Kommune der Unterbringung</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>Unterbringung endet</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>In Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Zuständige Fachkraft</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Expected family reunification</source>
        <translation>Erwarteter Familiennachzug</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Nächster Übergang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Readiness %</source>
        <translation>Bereitschaft %</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other or unknown sex</source>
        <translation>Anderes oder unbekanntes Geschlecht</translation>
    </message>
    <message>
        <source>Status granted</source>
        <translation>Schutz zuerkannt</translation>
    </message>
    <message>
        <source>Pending or appealed</source>
        <translation>Anhängig oder angefochten</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation>Keine Entscheidung erfasst</translation>
    </message>
    <message>
        <source>In reception</source>
        <translation>In Erstaufnahme</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>In Betreuung</translation>
    </message>
    <message>
        <source>Own tenancy</source>
        <translation>Eigene Wohnung</translation>
    </message>
    <message>
        <source>Other or no placement</source>
        <translation>Andere oder keine Unterbringung</translation>
    </message>
    <message>
        <source>Transition within 90 days</source>
        <translation>Übergang innerhalb von 90 Tagen</translation>
    </message>
    <message>
        <source>Housing secured for the next transition</source>
        <translation>Wohnung für den nächsten Übergang gesichert</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Tabelle auswählen</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a header row. Rows are numbered as in the spreadsheet: the header is row 1, the first case is row 2. A workbook&apos;s sheets of language courses, enrolments, contacts and consents come along.</source>
        <translation>Eine CSV- oder XLSX-Datei mit einer Kopfzeile. Die Zeilen sind wie in der Tabelle nummeriert: die Kopfzeile ist Zeile 1, der erste Fall Zeile 2. Die Blätter einer Arbeitsmappe mit Sprachkursen, Anmeldungen, Kontakten und Einwilligungen werden mit übernommen.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Pfad einer .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Team for rows without one:</source>
        <translation>Team für Zeilen ohne Team:</translation>
    </message>
    <message>
        <source>No team (coordinators only)</source>
        <translation>Kein Team (nur Koordination)</translation>
    </message>
    <message>
        <source>Import a caseload</source>
        <translation>Fallbestand importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Erste Administration</translation>
    </message>
    <message>
        <source>This new database has no users yet. Create the administrator account; the administrator then adds the social workers and teams.</source>
        <translation>Diese neue Datenbank hat noch keine Benutzer. Legen Sie das Administrationskonto an; die Administration fügt dann die Fachkräfte und Teams hinzu.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Homeward</source>
        <translation>Willkommen bei Homeward</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Homeward&lt;/h2&gt;&lt;p&gt;Homeward keeps its records in a database file on this computer. Choose how to start.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Homeward&lt;/h2&gt;&lt;p&gt;Homeward speichert seine Daten in einer Datenbankdatei auf diesem Computer. Wählen Sie, wie Sie beginnen möchten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>An empty database for your service; you choose the first administrator.</source>
        <translation>Eine leere Datenbank für Ihren Dienst; Sie legen die erste Administration fest.</translation>
    </message>
    <message>
        <source>Open an existing database file</source>
        <translation>Vorhandene Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>A Homeward database that you or a colleague already use.</source>
        <translation>Eine Homeward-Datenbank, die Sie oder Kolleg:innen bereits nutzen.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Made-up young people and demo accounts (password &apos;demo&apos;) to try Homeward.</source>
        <translation>Erfundene junge Menschen und Demo-Konten (Passwort &apos;demo&apos;), um Homeward auszuprobieren.</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s database server</source>
        <translation>Mit dem Datenbankserver Ihres Teams verbinden</translation>
    </message>
    <message>
        <source>A PostgreSQL database your team shares; IT gives you its details.</source>
        <translation>Eine PostgreSQL-Datenbank, die Ihr Team teilt; die IT-Abteilung gibt Ihnen die Angaben.</translation>
    </message>
    <message>
        <source>Homeward database (*.db)</source>
        <translation>Homeward-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Eine Datenbank öffnen</translation>
    </message>
    <message>
        <source>Homeward database (*.db);;All files (*)</source>
        <translation>Homeward-Datenbank (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>%1 is known</source>
        <translation>%1 ist bekannt</translation>
    </message>
</context>
<context>
    <name>Housing</name>
    <message>
        <source>Social housing</source>
        <translation>Sozialwohnung</translation>
    </message>
    <message>
        <source>Co-housing / shared</source>
        <translation>Wohngemeinschaft / geteilt</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Betreutes Wohnen</translation>
    </message>
    <message>
        <source>Private rental</source>
        <translation>Private Mietwohnung</translation>
    </message>
    <message>
        <source>Student housing</source>
        <translation>Studierendenwohnheim</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Gastfamilie</translation>
    </message>
    <message>
        <source>Social-housing provider</source>
        <translation>Sozialer Wohnungsträger</translation>
    </message>
    <message>
        <source>Private landlord</source>
        <translation>Private Vermietung</translation>
    </message>
    <message>
        <source>Rental agency</source>
        <translation>Wohnungsvermittlung</translation>
    </message>
    <message>
        <source>Co-housing project</source>
        <translation>Gemeinschaftliches Wohnprojekt</translation>
    </message>
    <message>
        <source>Supported-housing service</source>
        <translation>Träger des betreuten Wohnens</translation>
    </message>
    <message>
        <source>Rent subsidy</source>
        <translation>Mietzuschuss</translation>
    </message>
    <message>
        <source>Deposit guarantee</source>
        <translation>Kautionsbürgschaft</translation>
    </message>
    <message>
        <source>Rent guarantee</source>
        <translation>Mietbürgschaft</translation>
    </message>
    <message>
        <source>Intermediation by a rental agency</source>
        <translation>Vermittlung durch eine Wohnungsvermittlung</translation>
    </message>
    <message>
        <source>Too far from school, work or network</source>
        <translation>Zu weit von Schule, Arbeit oder Netzwerk</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>Zu teuer</translation>
    </message>
    <message>
        <source>Too small for the household</source>
        <translation>Zu klein für den Haushalt</translation>
    </message>
    <message>
        <source>Not suitable (condition, accessibility, shared)</source>
        <translation>Nicht geeignet (Zustand, Barrierefreiheit, geteilt)</translation>
    </message>
    <message>
        <source>The young person declined</source>
        <translation>Die junge Person hat abgelehnt</translation>
    </message>
    <message>
        <source>The landlord chose someone else</source>
        <translation>Die Vermietung hat sich für jemand anderen entschieden</translation>
    </message>
    <message>
        <source>Other housing found</source>
        <translation>Andere Wohnung gefunden</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>Angebot zurückgezogen</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>Viewing arranged</source>
        <translation>Besichtigung vereinbart</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Annehmen…</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Vertrag unterschrieben</translation>
    </message>
    <message>
        <source>Moved in…</source>
        <translation>Eingezogen…</translation>
    </message>
    <message>
        <source>End tenancy…</source>
        <translation>Mietverhältnis beenden…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Wohnung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Freie Plätze</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Fläche m²</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Frei ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Barrierefrei</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Wohnungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>(a case you may not open)</source>
        <translation>(ein Fall, den Sie nicht öffnen dürfen)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Declined because</source>
        <translation>Abgelehnt, weil</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>HousingScreen</name>
    <message>
        <source>Units</source>
        <translation>Wohnungen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Wohnungen suchen</translation>
    </message>
    <message>
        <source>Code, address or provider</source>
        <translation>Kennung, Adresse oder Anbieter</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>At least this many rooms</source>
        <translation>Mindestens so viele Zimmer</translation>
    </message>
    <message>
        <source>any rooms</source>
        <translation>Zimmer: alle</translation>
    </message>
    <message>
        <source>Rent at most</source>
        <translation>Miete höchstens</translation>
    </message>
    <message>
        <source>any rent</source>
        <translation>Miete: alle</translation>
    </message>
    <message>
        <source>Free by</source>
        <translation>Frei bis</translation>
    </message>
    <message>
        <source>Retired too</source>
        <translation>Auch ausgemusterte</translation>
    </message>
    <message>
        <source>Housing units</source>
        <translation>Wohnungen</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>Neue Wohnung…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>This unit fits none of the cases you may see.</source>
        <translation>Diese Wohnung passt zu keinem der Fälle, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>Offer history</source>
        <translation>Angebotsverlauf</translation>
    </message>
    <message>
        <source>Cases this unit fits, most urgent first</source>
        <translation>Fälle, zu denen diese Wohnung passt, dringendste zuerst</translation>
    </message>
    <message>
        <source>Retired providers too</source>
        <translation>Auch ausgemusterte Anbieter</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>Neuer Anbieter…</translation>
    </message>
    <message>
        <source>Retire / reinstate</source>
        <translation>Ausmustern / reaktivieren</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle Kommunen</translation>
    </message>
    <message>
        <source>The first %1 units: narrow the filters to see the others.</source>
        <translation>Die ersten %1 Wohnungen: Schränken Sie die Filter ein, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Wohnungen</translation>
    </message>
    <message>
        <source>No unit selected.</source>
        <translation>Keine Wohnung ausgewählt.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>%1 von %2 Plätzen frei</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation>Wohnung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Unit %1 reinstated.</source>
        <translation>Wohnung %1 reaktiviert.</translation>
    </message>
    <message>
        <source>Unit %1 retired.</source>
        <translation>Wohnung %1 ausgemustert.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of birth precision</source>
        <translation>Genauigkeit des Geburtsdatums</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Dolmetschsprache</translation>
    </message>
    <message>
        <source>Unaccompanied</source>
        <translation>Unbegleitet</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Einreisedatum</translation>
    </message>
    <message>
        <source>Status decision</source>
        <translation>Statusentscheidung</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Ablauf der Aufenthaltserlaubnis</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Art der Unterbringung</translation>
    </message>
    <message>
        <source>Placement municipality</source>
        <translation>Kommune der Unterbringung</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>Ende der Unterbringung</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>In Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Fallführende Fachkraft</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Family reunification members</source>
        <translation>Personen im Familiennachzug</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprachkurse</translation>
    </message>
    <message>
        <source>Enrolments in language courses</source>
        <translation>Anmeldungen zu Sprachkursen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Import a caseload</source>
        <translation>Fallbestand importieren</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1: %2 neu, %3 aktualisiert, %4 unverändert, %5 abgelehnt.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Move-out after status grant</source>
        <translation>Auszug nach Anerkennung</translation>
    </message>
    <message>
        <source>Turns 18</source>
        <translation>Wird 18</translation>
    </message>
    <message>
        <source>After-care ends</source>
        <translation>Hilfe für junge Volljährige endet</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>Aufenthaltserlaubnis läuft ab</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>Unterbringung endet</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Housing secured</source>
        <translation>Wohnung gesichert</translation>
    </message>
    <message>
        <source>Income or benefits arranged</source>
        <translation>Einkommen oder Leistungen geregelt</translation>
    </message>
    <message>
        <source>Budget plan</source>
        <translation>Haushaltsplan</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Health registration and insurance</source>
        <translation>Krankenversicherung und Gesundheitskarte</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Sprachkurs</translation>
    </message>
    <message>
        <source>Education or employment plan</source>
        <translation>Ausbildungs- oder Beschäftigungsplan</translation>
    </message>
    <message>
        <source>Adult connections (mentor, network)</source>
        <translation>Erwachsene Bezugspersonen (Mentor:in, Netzwerk)</translation>
    </message>
    <message>
        <source>Guardian / after-care arranged</source>
        <translation>Vormundschaft / Hilfe für junge Volljährige geregelt</translation>
    </message>
    <message>
        <source>Worker continuity confirmed</source>
        <translation>Kontinuität der Fachkraft bestätigt</translation>
    </message>
    <message>
        <source>Life plan reviewed</source>
        <translation>Lebensplan überprüft</translation>
    </message>
    <message>
        <source>exact date</source>
        <translation>genaues Datum</translation>
    </message>
    <message>
        <source>month and year known</source>
        <translation>Monat und Jahr bekannt</translation>
    </message>
    <message>
        <source>only the year known</source>
        <translation>nur das Jahr bekannt</translation>
    </message>
    <message>
        <source>set by age assessment</source>
        <translation>durch Alterseinschätzung festgelegt</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Flüchtlingseigenschaft</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Subsidiärer Schutz</translation>
    </message>
    <message>
        <source>Humanitarian status</source>
        <translation>Humanitärer Aufenthalt</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Vorübergehender Schutz</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Application pending</source>
        <translation>Antrag in Bearbeitung</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Erstaufnahmeeinrichtung</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>Pflegefamilie</translation>
    </message>
    <message>
        <source>Residential care</source>
        <translation>Stationäre Wohngruppe</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Betreutes Wohnen</translation>
    </message>
    <message>
        <source>Own tenancy</source>
        <translation>Eigene Mietwohnung</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vormund</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor:in</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Vermietung</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Anwalt/Anwältin</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internes Team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Träger der Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Wohnungsamt der Kommune</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Vertrag unterschrieben</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Eingezogen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Soziales Netzwerk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Red — urgent</source>
        <translation>Rot — dringend</translation>
    </message>
    <message>
        <source>Amber — watch</source>
        <translation>Gelb — beobachten</translation>
    </message>
    <message>
        <source>Green — on track</source>
        <translation>Grün — im Plan</translation>
    </message>
    <message>
        <source>Care placement secured (foster, residential or supported)</source>
        <translation>Unterbringung gesichert (Pflegefamilie, Wohngruppe oder betreutes Wohnen)</translation>
    </message>
    <message>
        <source>Permit renewal applied for or new permit</source>
        <translation>Verlängerung beantragt oder neue Aufenthaltserlaubnis</translation>
    </message>
    <message>
        <source>Guardian appointed</source>
        <translation>Vormund bestellt</translation>
    </message>
    <message>
        <source>School place</source>
        <translation>Schulplatz</translation>
    </message>
    <message>
        <source>Housed on time</source>
        <translation>Rechtzeitig untergebracht</translation>
    </message>
    <message>
        <source>Housed late</source>
        <translation>Verspätet untergebracht</translation>
    </message>
    <message>
        <source>Stayed in care</source>
        <translation>In der Unterbringung geblieben</translation>
    </message>
    <message>
        <source>Moved elsewhere</source>
        <translation>Anderswohin gezogen</translation>
    </message>
    <message>
        <source>Left without housing</source>
        <translation>Ohne Wohnung ausgezogen</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Kontakt verloren</translation>
    </message>
    <message>
        <source>No longer applies</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Fall abgeschlossen</translation>
    </message>
    <message>
        <source>Status withdrawn</source>
        <translation>Status widerrufen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hausbesuch</translation>
    </message>
    <message>
        <source>School change</source>
        <translation>Schulwechsel</translation>
    </message>
    <message>
        <source>Transfer to another municipality</source>
        <translation>Wechsel in eine andere Kommune</translation>
    </message>
    <message>
        <source>Transfer to another team</source>
        <translation>Wechsel in ein anderes Team</translation>
    </message>
    <message>
        <source>Transfer to after-care</source>
        <translation>Übergang in die Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Jobcoaching</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Berufliche Bildung</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Sport club</source>
        <translation>Sportverein</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Tenant association</source>
        <translation>Mieterverein</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sozialarbeiter:in</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Activity added</source>
        <translation>Aktivität hinzugefügt</translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation>Aktivität geändert</translation>
    </message>
    <message>
        <source>Age assessment corrected</source>
        <translation>Alterseinschätzung berichtigt</translation>
    </message>
    <message>
        <source>Duplicate cases merged</source>
        <translation>Doppelte Fälle zusammengeführt</translation>
    </message>
    <message>
        <source>Consent corrected</source>
        <translation>Einwilligung berichtigt</translation>
    </message>
    <message>
        <source>Contact ended</source>
        <translation>Kontaktperson beendet</translation>
    </message>
    <message>
        <source>Move corrected</source>
        <translation>Wechsel berichtigt</translation>
    </message>
    <message>
        <source>Move recorded</source>
        <translation>Wechsel erfasst</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Notiz berichtigt</translation>
    </message>
    <message>
        <source>Task changed</source>
        <translation>Aufgabe geändert</translation>
    </message>
    <message>
        <source>Appointment planned</source>
        <translation>Termin geplant</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Termin geändert</translation>
    </message>
    <message>
        <source>Appointment kept, cancelled or missed</source>
        <translation>Termin wahrgenommen, abgesagt oder versäumt</translation>
    </message>
    <message>
        <source>Course attendance recorded</source>
        <translation>Kursanwesenheit erfasst</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Kalender exportiert</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Dokument hinzugefügt</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Dokument gedruckt</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Dokument entfernt</translation>
    </message>
    <message>
        <source>Document saved as a copy</source>
        <translation>Dokument als Kopie gespeichert</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Dokument angesehen</translation>
    </message>
    <message>
        <source>Documents listed</source>
        <translation>Dokumente aufgelistet</translation>
    </message>
    <message>
        <source>Age assessed</source>
        <translation>Alter eingeschätzt</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <source>Cases handed over</source>
        <translation>Fälle übergeben</translation>
    </message>
    <message>
        <source>Case anonymised</source>
        <translation>Fall anonymisiert</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Fall geändert</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Fall angelegt</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall geöffnet</translation>
    </message>
    <message>
        <source>Case reassigned</source>
        <translation>Fall neu zugewiesen</translation>
    </message>
    <message>
        <source>Caseload exported</source>
        <translation>Fallbestand exportiert</translation>
    </message>
    <message>
        <source>Cases imported</source>
        <translation>Fälle importiert</translation>
    </message>
    <message>
        <source>Certificate&apos;s document kept</source>
        <translation>Dokument des Zertifikats abgelegt</translation>
    </message>
    <message>
        <source>Certificate recorded</source>
        <translation>Zertifikat erfasst</translation>
    </message>
    <message>
        <source>Check-in added</source>
        <translation>Befragung erfasst</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Checkliste geändert</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Schließung genehmigt</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Schließung beantragt</translation>
    </message>
    <message>
        <source>Closure returned</source>
        <translation>Schließung zurückgegeben</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Consents imported</source>
        <translation>Einwilligungen importiert</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Kontaktperson hinzugefügt</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Kontaktperson geändert</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Kontakte importiert</translation>
    </message>
    <message>
        <source>Language course changed</source>
        <translation>Sprachkurs geändert</translation>
    </message>
    <message>
        <source>Language course created</source>
        <translation>Sprachkurs angelegt</translation>
    </message>
    <message>
        <source>Language course reinstated</source>
        <translation>Sprachkurs reaktiviert</translation>
    </message>
    <message>
        <source>Language course retired</source>
        <translation>Sprachkurs ausgemustert</translation>
    </message>
    <message>
        <source>Language courses imported</source>
        <translation>Sprachkurse importiert</translation>
    </message>
    <message>
        <source>Database moved</source>
        <translation>Datenbank auf Server übertragen</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Datenbank wiederhergestellt</translation>
    </message>
    <message>
        <source>Decision added</source>
        <translation>Entscheidung erfasst</translation>
    </message>
    <message>
        <source>Decision changed</source>
        <translation>Entscheidung geändert</translation>
    </message>
    <message>
        <source>Decision corrected</source>
        <translation>Entscheidung berichtigt</translation>
    </message>
    <message>
        <source>Decision withdrawn (recorded in error)</source>
        <translation>Entscheidung zurückgezogen (Fehleintrag)</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Demo-Daten angelegt</translation>
    </message>
    <message>
        <source>Work or education support added</source>
        <translation>Unterstützung bei Arbeit oder Ausbildung hinzugefügt</translation>
    </message>
    <message>
        <source>Work or education support changed</source>
        <translation>Unterstützung bei Arbeit oder Ausbildung geändert</translation>
    </message>
    <message>
        <source>Language course enrolment added</source>
        <translation>Sprachkursanmeldung erfasst</translation>
    </message>
    <message>
        <source>Language course enrolment changed</source>
        <translation>Sprachkursanmeldung geändert</translation>
    </message>
    <message>
        <source>Enrolments imported</source>
        <translation>Anmeldungen importiert</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Ziel hinzugefügt</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Ziel geändert</translation>
    </message>
    <message>
        <source>Housing matched</source>
        <translation>Passende Wohnungen ermittelt</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Housing offer moved on</source>
        <translation>Status des Wohnungsangebots geändert</translation>
    </message>
    <message>
        <source>Housing offer proposed</source>
        <translation>Wohnungsangebot vorgeschlagen</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Permit renewal applied for</source>
        <translation>Verlängerung der Aufenthaltserlaubnis beantragt</translation>
    </message>
    <message>
        <source>Placement added</source>
        <translation>Unterbringung erfasst</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Unterbringung geändert</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Programme changed</source>
        <translation>Maßnahme geändert</translation>
    </message>
    <message>
        <source>Programme created</source>
        <translation>Maßnahme angelegt</translation>
    </message>
    <message>
        <source>Programme reinstated</source>
        <translation>Maßnahme reaktiviert</translation>
    </message>
    <message>
        <source>Programme retired</source>
        <translation>Maßnahme ausgemustert</translation>
    </message>
    <message>
        <source>Housing provider changed</source>
        <translation>Wohnungsanbieter geändert</translation>
    </message>
    <message>
        <source>Housing provider created</source>
        <translation>Wohnungsanbieter angelegt</translation>
    </message>
    <message>
        <source>Housing provider reactivated</source>
        <translation>Wohnungsanbieter reaktiviert</translation>
    </message>
    <message>
        <source>Housing provider retired</source>
        <translation>Wohnungsanbieter ausgemustert</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Statistics exported</source>
        <translation>Statistik exportiert</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Personenbezogene Daten exportiert</translation>
    </message>
    <message>
        <source>Support added</source>
        <translation>Unterstützung hinzugefügt</translation>
    </message>
    <message>
        <source>Support removed</source>
        <translation>Unterstützung entfernt</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Aufgabe hinzugefügt</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Aufgabe wieder geöffnet</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>Team geändert</translation>
    </message>
    <message>
        <source>Team created</source>
        <translation>Team angelegt</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>Verlegung angenommen</translation>
    </message>
    <message>
        <source>Transfer rejected</source>
        <translation>Verlegung abgelehnt</translation>
    </message>
    <message>
        <source>Transfer requested</source>
        <translation>Verlegung beantragt</translation>
    </message>
    <message>
        <source>Transition moved</source>
        <translation>Übergang verschoben</translation>
    </message>
    <message>
        <source>Transition reopened</source>
        <translation>Übergang wieder geöffnet</translation>
    </message>
    <message>
        <source>Transition outcome recorded</source>
        <translation>Ausgang eines Übergangs erfasst</translation>
    </message>
    <message>
        <source>Housing unit changed</source>
        <translation>Wohnung geändert</translation>
    </message>
    <message>
        <source>Housing unit created</source>
        <translation>Wohnung angelegt</translation>
    </message>
    <message>
        <source>Housing unit reinstated</source>
        <translation>Wohnung reaktiviert</translation>
    </message>
    <message>
        <source>Housing unit retired</source>
        <translation>Wohnung ausgemustert</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Benutzer aktiviert</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Benutzer entsperrt</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>Fenster gesperrt</translation>
    </message>
    <message>
        <source>Worker assigned</source>
        <translation>Fachkraft zugewiesen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used the next time Homeward starts. Dates and numbers follow the same language.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Homeward. Datums- und Zahlenformate folgen derselben Sprache.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Homeward – log in</source>
        <translation>Homeward – Anmeldung</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Homeward&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Homeward&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>This is a demo database with made-up people. Log in as &lt;b&gt;worker&lt;/b&gt;, &lt;b&gt;lead&lt;/b&gt;, &lt;b&gt;coordinator&lt;/b&gt; or &lt;b&gt;admin&lt;/b&gt;; the password is &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>Dies ist eine Demo-Datenbank mit erfundenen Personen. Melden Sie sich als &lt;b&gt;worker&lt;/b&gt;, &lt;b&gt;lead&lt;/b&gt;, &lt;b&gt;coordinator&lt;/b&gt; oder &lt;b&gt;admin&lt;/b&gt; an; das Passwort ist &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Mit einem &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>&amp;Import caseload…</source>
        <translation>Fallbestand &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Caseload as a spreadsheet…</source>
        <translation>Fall&amp;bestand als Tabelle…</translation>
    </message>
    <message>
        <source>Anonymised &amp;statistics…</source>
        <translation>Anonymisierte &amp;Statistik…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>Fall &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Zusammenfassung &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Reiter s&amp;chließen</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab of the case</source>
        <translation>&amp;Nächster Reiter des Falls</translation>
    </message>
    <message>
        <source>P&amp;revious tab of the case</source>
        <translation>&amp;Vorheriger Reiter des Falls</translation>
    </message>
    <message>
        <source>Tab %1 of the case</source>
        <translation>Reiter %1 des Falls</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation>&amp;Gehe zu Reiter</translation>
    </message>
    <message>
        <source>Only social workers and team leads open new cases.</source>
        <translation>Nur Fachkräfte und Teamleitungen legen neue Fälle an.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Teams…</source>
        <translation>&amp;Teams…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprache…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Homeward</source>
        <translation>&amp;Über Homeward</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>The import is finished.</source>
        <translation>Der Import ist abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Homeward — %1 — %2 (%3)</source>
        <translation>Homeward — %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mein Tag</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mein Fallbestand</translation>
    </message>
    <message>
        <source>Pages and open cases</source>
        <translation>Seiten und geöffnete Fälle</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Fallbestand</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Nothing to save: %1 has no unsaved changes.</source>
        <translation>Nichts zu speichern: %1 hat keine ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Homeward databases (*.db)</source>
        <translation>Homeward-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Eine Datenbank öffnen</translation>
    </message>
    <message>
        <source>Homeward databases (*.db);;All files (*)</source>
        <translation>Homeward-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Partners&apos; offers</source>
        <translation>Partnerangebote</translation>
    </message>
    <message>
        <source>Homeward</source>
        <translation>Homeward</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the list</source>
        <translation>
            <numerusform>%n Fall in der Liste</numerusform>
            <numerusform>%n Fälle in der Liste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Each column of the file and the Homeward field it fills. Columns are matched by name; your choices are remembered for the next import.</source>
        <translation>Jede Spalte der Datei und das Homeward-Feld, das sie füllt. Spalten werden nach Namen zugeordnet; Ihre Auswahl wird für den nächsten Import gemerkt.</translation>
    </message>
    <message>
        <source>The workbook&apos;s other sheets, imported after the cases</source>
        <translation>Die übrigen Blätter der Arbeitsmappe, nach den Fällen importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n row(s)</source>
        <translation>
            <numerusform>%1: %2, %n Zeile</numerusform>
            <numerusform>%1: %2, %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Unterbringungen</translation>
    </message>
    <message>
        <source>Age assessments</source>
        <translation>Alterseinschätzungen</translation>
    </message>
    <message>
        <source>Housing offers</source>
        <translation>Wohnungsangebote</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprachkurse</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbeit und Ausbildung</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Zuständigkeiten</translation>
    </message>
    <message>
        <source>School changes and transfers</source>
        <translation>Schulwechsel und Übergaben</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Befragungen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Merge two cases of one person</source>
        <translation>Zwei Fälle einer Person zusammenführen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Keep the other case instead</source>
        <translation>Stattdessen den anderen Fall behalten</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation>Diesen Fall behalten</translation>
    </message>
    <message>
        <source>Merge into it the case</source>
        <translation>Diesen Fall darin zusammenführen</translation>
    </message>
    <message>
        <source>The two cases side by side</source>
        <translation>Die beiden Fälle nebeneinander</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Wird darin zusammengeführt</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Grund für die Zusammenführung</translation>
    </message>
    <message>
        <source>Why are they one person? For example: the same passport number</source>
        <translation>Warum sind sie eine Person? Zum Beispiel: dieselbe Passnummer</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Everything the second case holds moves onto the case kept, and what was recorded on both is kept once. The second reference stays a name of the case kept: search, opening and import still find it.</source>
        <translation>Alles, was der zweite Fall enthält, geht in den behaltenen Fall über, und was in beiden erfasst war, bleibt einmal erhalten. Das zweite Aktenzeichen bleibt ein Name des behaltenen Falls: Suche, Öffnen und Import finden ihn weiterhin.</translation>
    </message>
    <message>
        <source>Why are they one person?</source>
        <translation>Warum sind sie eine Person?</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Filled in from the second case: %1.</source>
        <translation>Aus dem zweiten Fall ergänzt: %1.</translation>
    </message>
    <message>
        <source>Recorded differently, the case kept&apos;s stays: %1.</source>
        <translation>Unterschiedlich erfasst, der Wert des behaltenen Falls bleibt: %1.</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)? This cannot be undone: %1 then names %3.</source>
        <translation>%1 (%2) in %3 (%4) zusammenführen? Das lässt sich nicht rückgängig machen: %1 bezeichnet danach %3.</translation>
    </message>
    <message>
        <source>Merge two cases</source>
        <translation>Zwei Fälle zusammenführen</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Fallführende Fachkraft</translation>
    </message>
    <message>
        <source>Show only the transitions whose date has passed and whose outcome is not yet recorded</source>
        <translation>Nur Übergänge zeigen, deren Datum verstrichen ist und deren Ausgang noch nicht erfasst ist</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Ausgang erfassen…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My day&lt;/h2&gt;&lt;p&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mein Tag&lt;/h2&gt;&lt;p&gt;Wird geladen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My day&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mein Tag&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>My transitions in the next 30 days that need attention (%n)</source>
        <translation>
            <numerusform>Meine Übergänge in den nächsten 30 Tagen, die Aufmerksamkeit brauchen (%n)</numerusform>
            <numerusform>Meine Übergänge in den nächsten 30 Tagen, die Aufmerksamkeit brauchen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transitions in the next 30 days that need attention (%n)</source>
        <translation>
            <numerusform>Übergänge in den nächsten 30 Tagen, die Aufmerksamkeit brauchen (%n)</numerusform>
            <numerusform>Übergänge in den nächsten 30 Tagen, die Aufmerksamkeit brauchen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source> — the first %1 shown</source>
        <translation> — die ersten %1 werden gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Needs an outcome (%n)</source>
        <translation>
            <numerusform>Ausgang fehlt (%n)</numerusform>
            <numerusform>Ausgang fehlt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>Tasks due today or overdue (%n)</source>
        <translation>
            <numerusform>Heute fällige oder überfällige Aufgaben (%n)</numerusform>
            <numerusform>Heute fällige oder überfällige Aufgaben (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>Newly assigned to me since I last looked (%n)</source>
        <translation>
            <numerusform>Mir neu zugewiesen seit meinem letzten Blick (%n)</numerusform>
            <numerusform>Mir neu zugewiesen seit meinem letzten Blick (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>primary</source>
        <translation>fallführend</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>vertretend</translation>
    </message>
    <message>
        <source>Nothing red or amber in the next 30 days.</source>
        <translation>Nichts Rotes oder Gelbes in den nächsten 30 Tagen.</translation>
    </message>
    <message>
        <source>No tasks due.</source>
        <translation>Keine fälligen Aufgaben.</translation>
    </message>
    <message>
        <source>No new cases.</source>
        <translation>Keine neuen Fälle.</translation>
    </message>
    <message>
        <source>No appointments today or tomorrow.</source>
        <translation>Keine Termine heute oder morgen.</translation>
    </message>
    <message numerus="yes">
        <source>My appointments today and tomorrow (%n)</source>
        <translation>
            <numerusform>Meine Termine heute und morgen (%n)</numerusform>
            <numerusform>Meine Termine heute und morgen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>interpreter: %1</source>
        <translation>Dolmetscher: %1</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY</source>
        <translation>JJJJ-MM-TT, TT.MM.JJJJ, JJJJ-MM oder JJJJ</translation>
    </message>
    <message>
        <source>Type only the month or the year when the exact date is not known.</source>
        <translation>Geben Sie nur Monat oder Jahr ein, wenn das genaue Datum nicht bekannt ist.</translation>
    </message>
    <message>
        <source>Country name or ISO code</source>
        <translation>Ländername oder ISO-Code</translation>
    </message>
    <message>
        <source>Names or ISO codes, separated by ;</source>
        <translation>Namen oder ISO-Codes, getrennt durch ;</translation>
    </message>
    <message>
        <source>(no primary worker yet)</source>
        <translation>(noch keine fallführende Fachkraft)</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Fallführende Fachkraft</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Fall anlegen</translation>
    </message>
    <message>
        <source>• %1: a similar case in %2 (ask that team)</source>
        <translation>• %1: ein ähnlicher Fall in %2 (fragen Sie dieses Team)</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>einem anderen Team</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <source>Homeward already holds a young person with a similar name, the same birth year and nationality. Please check this is not the same person:</source>
        <translation>In Homeward gibt es bereits eine junge Person mit ähnlichem Namen, gleichem Geburtsjahr und gleicher Staatsangehörigkeit. Bitte prüfen Sie, dass es nicht dieselbe Person ist:</translation>
    </message>
    <message>
        <source>Create a new case anyway</source>
        <translation>Trotzdem neuen Fall anlegen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Merge two of them…</source>
        <translation>Zwei davon zusammenführen…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>The user must change this initial password at the first login.</source>
        <translation>Der Benutzer muss dieses Startpasswort bei der ersten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Initial password</source>
        <translation>&amp;Anfangspasswort</translation>
    </message>
</context>
<context>
    <name>OfferMoveDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add support with the acceptance</source>
        <translation>Unterstützung mit der Annahme hinzufügen</translation>
    </message>
    <message>
        <source>Planned move-in</source>
        <translation>Geplanter Einzug</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Eingezogen am</translation>
    </message>
    <message>
        <source>Tenancy ended on</source>
        <translation>Mietverhältnis beendet am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Homeward</source>
        <translation>Homeward</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the log file.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Nichts wurde geändert. Die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record outcome</source>
        <translation>Ausgang erfassen</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, fällig am %3</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ausgang:</translation>
    </message>
    <message>
        <source>Housing began on</source>
        <translation>Wohnung ab</translation>
    </message>
    <message>
        <source>Housing &amp;began on:</source>
        <translation>&amp;Wohnung ab:</translation>
    </message>
    <message>
        <source>e.g. Aarhus Kommune, after-care service</source>
        <translation>z. B. Jugendamt Köln, Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Receiving service or municipality</source>
        <translation>Aufnehmender Dienst oder Kommune</translation>
    </message>
    <message>
        <source>&amp;Receiving service or municipality:</source>
        <translation>Aufnehmender &amp;Dienst oder Kommune:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>In work</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>In Ausbildung</translation>
    </message>
    <message>
        <source>Neither work nor education</source>
        <translation>Weder Arbeit noch Ausbildung</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ausgemustert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>full</source>
        <translation>ausgebucht</translation>
    </message>
    <message>
        <source>document kept</source>
        <translation>Dokument abgelegt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Wochenstunden</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Erreichtes Niveau</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message>
        <source>No language courses yet. Your team lead or coordinator adds the courses of the language schools here.</source>
        <translation>Noch keine Sprachkurse. Ihre Teamleitung oder Koordination legt die Kurse der Sprachschulen hier an.</translation>
    </message>
    <message>
        <source>No programmes yet. Your team lead or coordinator adds the partners&apos; employment and education programmes here.</source>
        <translation>Noch keine Maßnahmen. Ihre Teamleitung oder Koordination legt die Beschäftigungs- und Bildungsmaßnahmen der Partner hier an.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Free places only</source>
        <translation>Nur freie Plätze</translation>
    </message>
    <message>
        <source>Ended and retired too</source>
        <translation>Auch beendete und ausgemusterte</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ausmustern</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Alle Orte</translation>
    </message>
    <message>
        <source>Code, course or provider</source>
        <translation>Kennung, Kurs oder Träger</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Neuer Kurs…</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Niveaus</translation>
    </message>
    <message>
        <source>No language courses yet. Add the courses of the language schools with New course…: provider, place, CEFR level, dates, hours a week and places.</source>
        <translation>Noch keine Sprachkurse. Legen Sie die Kurse der Sprachschulen mit Neuer Kurs… an: Träger, Ort, GER-Niveau, Zeitraum, Wochenstunden und Plätze.</translation>
    </message>
    <message>
        <source>%1 retired: no longer offered; its enrolments stay as they are.</source>
        <translation>%1 ausgemustert: nicht mehr angeboten; die Anmeldungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>%1 reinstated: offered again.</source>
        <translation>%1 reaktiviert: wieder angeboten.</translation>
    </message>
    <message>
        <source>Code, programme or organisation</source>
        <translation>Kennung, Maßnahme oder Organisation</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Neue Maßnahme…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>No programmes yet. Add the job coaching, internships, apprenticeships, vocational training and school places of your partners with New programme…</source>
        <translation>Noch keine Maßnahmen. Legen Sie Jobcoaching, Praktika, Ausbildungsplätze, Berufsausbildungen und Schulplätze Ihrer Partner mit Neue Maßnahme… an.</translation>
    </message>
    <message>
        <source>%1 retired: no longer offered; the support in it stays as it is.</source>
        <translation>%1 ausgemustert: nicht mehr angeboten; die Unterstützung darin bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprachkurse</translation>
    </message>
    <message>
        <source>Employment and education programmes</source>
        <translation>Beschäftigungs- und Bildungsmaßnahmen</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Nichts passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>places: %1</source>
        <translation>Plätze: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt the new database</source>
        <translation>Neue Datenbank verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt %1. Without it nobody, you included, can read the file or its backups: keep it somewhere safe.</source>
        <translation>Wählen Sie eine Passphrase, um %1 zu verschlüsseln. Ohne sie kann niemand, auch Sie nicht, die Datei oder ihre Sicherungen lesen: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation>%1 ist verschlüsselt. Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Given name(s)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of birth is</source>
        <translation>Geburtsdatum ist</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Braucht Dolmetschung</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Dolmetschsprache</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Einreisedatum</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Unbegleitete minderjährige Person</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Vormund</translation>
    </message>
    <message>
        <source>External reference numbers</source>
        <translation>Externe Aktenzeichen</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>In Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Family members expected (reunification)</source>
        <translation>Erwartete Familienangehörige (Familiennachzug)</translation>
    </message>
    <message>
        <source>Monthly housing budget</source>
        <translation>Monatliches Wohnbudget</translation>
    </message>
    <message>
        <source>Preferred municipalities</source>
        <translation>Wunschkommunen</translation>
    </message>
    <message>
        <source>Needs accessible housing</source>
        <translation>Braucht barrierefreie Wohnung</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>JJJJ-MM-TT oder TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Country name or ISO code</source>
        <translation>Ländername oder ISO-Code</translation>
    </message>
    <message>
        <source>Names or ISO codes, separated by ;</source>
        <translation>Namen oder ISO-Codes, getrennt durch ;</translation>
    </message>
</context>
<context>
    <name>PlanAppointmentDialog</name>
    <message>
        <source>Plan an appointment</source>
        <translation>Einen Termin planen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The young person attends</source>
        <translation>Die junge Person nimmt teil</translation>
    </message>
    <message>
        <source>Others attending</source>
        <translation>Weitere Teilnehmende</translation>
    </message>
    <message>
        <source>Others attending, separated by commas</source>
        <translation>Weitere Teilnehmende, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Dolmetscher nötig</translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation>Sprache des Dolmetschers</translation>
    </message>
    <message>
        <source>Language (code or English name)</source>
        <translation>Sprache (Code oder englischer Name)</translation>
    </message>
    <message>
        <source>(no housing offer)</source>
        <translation>(kein Wohnungsangebot)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Who attends:</source>
        <translation>Wer nimmt teil:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Dolmetscher:</translation>
    </message>
    <message>
        <source>Viewing of:</source>
        <translation>Besichtigung von:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Rejected rows are not imported; the cells at fault are coloured and say why when you point at them.</source>
        <translation>Abgelehnte Zeilen werden nicht importiert; die fehlerhaften Zellen sind eingefärbt und zeigen den Grund, wenn Sie darauf zeigen.</translation>
    </message>
    <message>
        <source>Sheet shown</source>
        <translation>Angezeigtes Blatt</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected</source>
        <translation>Nichts importieren, wenn eine Zeile abgelehnt wird</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 rejected. Nothing has been written yet.</source>
        <translation>%1 neu, %2 zu aktualisieren, %3 unverändert, %4 abgelehnt. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Nicht importierte Spalten: %1.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Die Prüfung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>No consent on record</source>
        <translation>Keine Einwilligung erfasst</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Übergabebericht</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Fallübersicht</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internes Team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Träger der Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Wohnungsamt der Kommune</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Vermietung</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>There is no consent on record to share the case %1 with: %2.
Give the reason for printing it anyway (it is written to the audit log).</source>
        <translation>Es ist keine Einwilligung erfasst, den Fall %1 mit folgender Stelle zu teilen: %2.
Bitte begründen Sie, warum er trotzdem gedruckt wird (die Begründung wird im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>Not printed: there is no consent on record for this recipient.</source>
        <translation>Nicht gedruckt: Für diese Empfangsstelle ist keine Einwilligung erfasst.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit programme %1</source>
        <translation>Maßnahme %1 bearbeiten</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>made when empty</source>
        <translation>wird vergeben, wenn leer</translation>
    </message>
    <message>
        <source>e.g. Job coaching for young adults</source>
        <translation>z. B. Jobcoaching für junge Erwachsene</translation>
    </message>
    <message>
        <source>school, employer or job centre</source>
        <translation>Schule, Arbeitgeber oder Jobcenter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place (municipality)</source>
        <translation>Ort (Gemeinde)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit provider %1</source>
        <translation>Anbieter %1 bearbeiten</translation>
    </message>
    <message>
        <source>New housing provider</source>
        <translation>Neuer Wohnungsanbieter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>%1 neu zuweisen</translation>
    </message>
    <message>
        <source>What the new worker must know: agreements, contacts, next steps…</source>
        <translation>Was die neue Fachkraft wissen muss: Absprachen, Kontakte, nächste Schritte…</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Grund für den Wechsel</translation>
    </message>
    <message>
        <source>Keep the current worker as secondary for</source>
        <translation>Bisherige Fachkraft als Vertretung behalten für</translation>
    </message>
    <message>
        <source>Days as secondary worker</source>
        <translation>Tage als Zweitbetreuung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>%1 is overdue by %2 days.</source>
        <translation>%1 ist seit %2 Tagen überfällig.</translation>
    </message>
    <message>
        <source>%1 is due %2.</source>
        <translation>%1 ist fällig am %2.</translation>
    </message>
    <message>
        <source>Changing the worker this close to a transition breaks continuity: say why.</source>
        <translation>Ein Fachkraftwechsel so kurz vor einem Übergang gefährdet die Kontinuität: Bitte begründen.</translation>
    </message>
    <message>
        <source>Reason for the change (required)</source>
        <translation>Grund für den Wechsel (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Junge Person</translation>
    </message>
    <message>
        <source>Current worker</source>
        <translation>Bisherige Fachkraft</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New primary worker</source>
        <translation>Neue fallführende Fachkraft</translation>
    </message>
    <message>
        <source>Handover note (required)</source>
        <translation>Übergabenotiz (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Choose the new primary worker.</source>
        <translation>Wählen Sie die neue fallführende Fachkraft.</translation>
    </message>
    <message>
        <source>Make %1 the primary worker of %2? It goes into the assignment history and cannot be taken back (only another reassignment changes it).</source>
        <translation>%1 zur zuständigen Fachkraft für %2 machen? Das wird in der Zuständigkeitshistorie festgehalten und kann nicht rückgängig gemacht werden (nur eine neue Zuweisung ändert es).</translation>
    </message>
    <message>
        <source>%1 now works with %2.</source>
        <translation>%1 arbeitet jetzt mit %2.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Case reference, e.g. HW-2026-00042</source>
        <translation>Aktenzeichen, z. B. HW-2026-00042</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Fallübersicht…</translation>
    </message>
    <message>
        <source>Handover report…</source>
        <translation>Übergabebericht…</translation>
    </message>
    <message>
        <source>One case</source>
        <translation>Ein Fall</translation>
    </message>
    <message>
        <source>All teams I may see</source>
        <translation>Alle Teams, die ich sehen darf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Transitions report…</source>
        <translation>Übergangsbericht…</translation>
    </message>
    <message>
        <source>Caseload report…</source>
        <translation>Fallbestandsbericht…</translation>
    </message>
    <message>
        <source>Planning report…</source>
        <translation>Planungsbericht…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Transitions due within:</source>
        <translation>Übergänge fällig innerhalb:</translation>
    </message>
    <message>
        <source>Planning for:</source>
        <translation>Planung für:</translation>
    </message>
    <message>
        <source>Caseload per worker:</source>
        <translation>Fallbestand je Fachkraft:</translation>
    </message>
    <message>
        <source>One PDF per case (into a folder)</source>
        <translation>Ein PDF je Fall (in einen Ordner)</translation>
    </message>
    <message>
        <source>One combined PDF file</source>
        <translation>Eine gemeinsame PDF-Datei</translation>
    </message>
    <message>
        <source>Print handover reports…</source>
        <translation>Übergabeberichte drucken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Handover reports for every transition coming up</source>
        <translation>Übergabeberichte für alle anstehenden Übergänge</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Berichte&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type a case reference first.</source>
        <translation>Geben Sie zuerst ein Aktenzeichen ein.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokument wird vorbereitet…</translation>
    </message>
    <message>
        <source>Transitions report</source>
        <translation>Übergangsbericht</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Fallbestandsbericht</translation>
    </message>
    <message>
        <source>Planning report</source>
        <translation>Planungsbericht</translation>
    </message>
    <message>
        <source>Save the handover reports as</source>
        <translation>Übergabeberichte speichern als</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the handover reports</source>
        <translation>Ordner für die Übergabeberichte</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%n handover report(s) printed.</source>
        <translation>
            <numerusform>%n Übergabebericht gedruckt.</numerusform>
            <numerusform>%n Übergabeberichte gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) skipped:</source>
        <translation>
            <numerusform>%n Fall übersprungen:</numerusform>
            <numerusform>%n Fälle übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>No transitions in this period: nothing to print.</source>
        <translation>Keine Übergänge in diesem Zeitraum: nichts zu drucken.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was written. Details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; nichts wurde geschrieben. Die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internes Team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Träger der Hilfe für junge Volljährige</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Wohnungsamt der Kommune</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Vermietung</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows were rejected.</source>
        <translation>Nichts wurde importiert: Einige Zeilen wurden abgelehnt.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was imported. The details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Nichts wurde importiert. Die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported.</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>ServerConnectionDialog</name>
    <message>
        <source>Connect to your team&apos;s database server</source>
        <translation>Mit dem Datenbankserver Ihres Teams verbinden</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database on a server. Your IT department gives you these details; your own Homeward user name and password come after.</source>
        <translation>Ein Team teilt eine PostgreSQL-Datenbank auf einem Server. Ihre IT-Abteilung gibt Ihnen diese Angaben; Ihr eigener Homeward-Benutzername und Ihr Passwort folgen danach.</translation>
    </message>
    <message>
        <source>e.g. homeward.municipality.local</source>
        <translation>z. B. homeward.kommune.local</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Aus (nur in einem vertrauenswürdigen Netz)</translation>
    </message>
    <message>
        <source>If the server wants it</source>
        <translation>Wenn der Server es verlangt</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Immer (verschlüsselt)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Immer, und das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Always, and check the certificate and the server name</source>
        <translation>Immer, und Zertifikat und Servernamen prüfen</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>Database &amp;user</source>
        <translation>Datenbank&amp;benutzer</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS)</source>
        <translation>&amp;Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the server password in; Homeward will ask for it at the next start.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für das Server-Passwort; Homeward fragt beim nächsten Start danach.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Move from the search box into the list</source>
        <translation>Vom Suchfeld in die Liste wechseln</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Den gewählten Fall öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Press the button that has the focus</source>
        <translation>Die Schaltfläche mit dem Fokus drücken</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation>Enter oder Leertaste</translation>
    </message>
    <message>
        <source>Read a cut-off cell in full</source>
        <translation>Eine abgeschnittene Zelle ganz lesen</translation>
    </message>
    <message>
        <source>F2, or hover over it</source>
        <translation>F2, oder mit der Maus darauf zeigen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Creating the demo database</source>
        <translation>Demo-Datenbank wird angelegt</translation>
    </message>
    <message>
        <source>Creating %1 made-up young people to try Homeward with…</source>
        <translation>%1 erfundene junge Menschen werden angelegt, um Homeward auszuprobieren…</translation>
    </message>
    <message>
        <source>Homeward</source>
        <translation>Homeward</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support on the offer of %1</source>
        <translation>Unterstützung zum Angebot für %1</translation>
    </message>
    <message>
        <source>End the support at %1</source>
        <translation>Unterstützung bei %1 beenden</translation>
    </message>
    <message>
        <source>Support at %1</source>
        <translation>Unterstützung bei %1</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <source>— choose when it ends —</source>
        <translation>— beim Beenden wählen —</translation>
    </message>
    <message>
        <source>e.g. hired as kitchen assistant, 30 hours a week</source>
        <translation>z. B. als Küchenhilfe eingestellt, 30 Wochenstunden</translation>
    </message>
    <message>
        <source>needed when going back, e.g. ended by mistake</source>
        <translation>nötig beim Zurücksetzen, z. B. versehentlich beendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>About the outcome</source>
        <translation>Zum Ausgang</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>Grund einer Korrektur</translation>
    </message>
</context>
<context>
    <name>SupportFields</name>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s housing office</source>
        <translation>z. B. das Wohnungsamt der Kommune</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Geleistet von</translation>
    </message>
</context>
<context>
    <name>TeamBalanceTab</name>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Primary cases</source>
        <translation>Fallführende Fälle</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Transitions ≤ 30 days</source>
        <translation>Übergänge ≤ 30 Tage</translation>
    </message>
    <message>
        <source>Transitions ≤ 90 days</source>
        <translation>Übergänge ≤ 90 Tage</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Caseloads by worker</source>
        <translation>Fallbestände je Fachkraft</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Junge Person</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Nächster Übergang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>The worker&apos;s cases</source>
        <translation>Fälle der Fachkraft</translation>
    </message>
    <message>
        <source>Choose a worker above to see their cases.</source>
        <translation>Wählen Sie oben eine Fachkraft, um ihre Fälle zu sehen.</translation>
    </message>
    <message>
        <source>Reassign selected case…</source>
        <translation>Ausgewählten Fall neu zuweisen…</translation>
    </message>
    <message>
        <source>Move to another team…</source>
        <translation>In ein anderes Team verlegen…</translation>
    </message>
    <message>
        <source>Ask for the selected case to move; the receiving team lead decides.</source>
        <translation>Die Verlegung des ausgewählten Falls beantragen; die übernehmende Teamleitung entscheidet.</translation>
    </message>
    <message>
        <source>Worker leaves: hand over all cases…</source>
        <translation>Fachkraft geht: alle Fälle übergeben…</translation>
    </message>
    <message>
        <source>Caseload per worker</source>
        <translation>Fallbestand je Fachkraft</translation>
    </message>
    <message>
        <source>Open cases of %1 (double-click to open):</source>
        <translation>Offene Fälle von %1 (Doppelklick zum Öffnen):</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Choose a worker, then one of their cases.</source>
        <translation>Wählen Sie eine Fachkraft und dann einen ihrer Fälle.</translation>
    </message>
    <message>
        <source>Move to another team</source>
        <translation>In ein anderes Team verlegen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verlegen</translation>
    </message>
    <message>
        <source>To which team?</source>
        <translation>In welches Team?</translation>
    </message>
    <message>
        <source>Why should the case move (for the receiving team lead)?</source>
        <translation>Warum soll der Fall verlegt werden (für die übernehmende Teamleitung)?</translation>
    </message>
    <message>
        <source>The move of %1 to %2 waits for that team&apos;s lead.</source>
        <translation>Der Wechsel von %1 zu %2 wartet auf die Teamleitung dieses Teams.</translation>
    </message>
    <message>
        <source>Worker leaves</source>
        <translation>Fachkraft geht</translation>
    </message>
    <message>
        <source>Choose the leaving worker in the list.</source>
        <translation>Wählen Sie die ausscheidende Fachkraft in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were handed over to colleagues.</source>
        <translation>
            <numerusform>%n Fall wurde an Kolleginnen und Kollegen übergeben.</numerusform>
            <numerusform>%n Fälle wurden an Kolleginnen und Kollegen übergeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamContinuityTab</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Junge Person</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Fallführende Fachkraft</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Warum markiert</translation>
    </message>
    <message>
        <source>Same worker around transitions, per team (%)</source>
        <translation>Gleiche Fachkraft bei Übergängen, je Team (%)</translation>
    </message>
    <message>
        <source>Transition within 30 days and the primary worker about to change</source>
        <translation>Übergang innerhalb von 30 Tagen und Wechsel der fallführenden Fachkraft steht bevor</translation>
    </message>
    <message>
        <source>Continuity by team</source>
        <translation>Kontinuität je Team</translation>
    </message>
    <message>
        <source>Continuity by worker</source>
        <translation>Kontinuität je Fachkraft</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Worker changes (12 months)</source>
        <translation>Fachkraftwechsel (12 Monate)</translation>
    </message>
    <message>
        <source>Changes per case and year</source>
        <translation>Wechsel je Fall und Jahr</translation>
    </message>
    <message>
        <source>Same worker 30 days before and after</source>
        <translation>Gleiche Fachkraft 30 Tage vor und nach</translation>
    </message>
    <message>
        <source>Moves with the same worker</source>
        <translation>Umzüge mit gleicher Fachkraft</translation>
    </message>
    <message>
        <source>Same worker (%)</source>
        <translation>Gleiche Fachkraft (%)</translation>
    </message>
</context>
<context>
    <name>TeamOutcomesTab</name>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Number behind it</source>
        <translation>Zugrunde liegende Anzahl</translation>
    </message>
    <message>
        <source>What became of the transitions</source>
        <translation>Was aus den Übergängen wurde</translation>
    </message>
    <message>
        <source>All due in the quarter (n)</source>
        <translation>Alle im Quartal fälligen (n)</translation>
    </message>
    <message>
        <source>Outcomes per quarter (%)</source>
        <translation>Ergebnisse je Quartal (%)</translation>
    </message>
    <message>
        <source>Every figure shows how many young people it rests on: a share of a handful of cases can swing widely from one quarter to the next.</source>
        <translation>Jede Zahl zeigt, auf wie vielen jungen Menschen sie beruht: Ein Anteil an einer Handvoll Fälle kann von einem Quartal zum nächsten stark schwanken.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Every transition due in the quarter is counted, resolved or not, so a successful move stays in the figures.</source>
        <translation>Jeder im Quartal fällige Übergang wird gezählt, abgeschlossen oder nicht, sodass ein gelungener Umzug in den Zahlen bleibt.</translation>
    </message>
    <message>
        <source>Outcomes of transitions</source>
        <translation>Ergebnisse der Übergänge</translation>
    </message>
    <message>
        <source>Housing secured before the deadline</source>
        <translation>Wohnung vor Fristablauf gesichert</translation>
    </message>
    <message>
        <source>In language training</source>
        <translation>Im Sprachkurs</translation>
    </message>
    <message>
        <source>In work or education</source>
        <translation>In Arbeit oder Ausbildung</translation>
    </message>
    <message>
        <source>Moved into own tenancy</source>
        <translation>In eigene Mietwohnung gezogen</translation>
    </message>
    <message>
        <source>Belonging check-in average (1–5)</source>
        <translation>Durchschnitt der Zugehörigkeit (1–5)</translation>
    </message>
    <message>
        <source>Takes part in community activities</source>
        <translation>Nimmt an Aktivitäten im Gemeinwesen teil</translation>
    </message>
</context>
<context>
    <name>TeamPlanningTab</name>
    <message>
        <source>Transitions in the next 12 months</source>
        <translation>Übergänge in den nächsten 12 Monaten</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Wohnung</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Haushalte</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Awaiting family reunification</source>
        <translation>Wartet auf Familiennachzug</translation>
    </message>
    <message>
        <source>Apartments needed per quarter</source>
        <translation>Benötigte Wohnungen je Quartal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Places needed</source>
        <translation>Benötigte Plätze</translation>
    </message>
    <message>
        <source>In a course now</source>
        <translation>Derzeit im Kurs</translation>
    </message>
    <message>
        <source>Places offered</source>
        <translation>Angebotene Plätze</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Junge Person</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Fallführende Fachkraft</translation>
    </message>
    <message>
        <source>Apartments by size, counting expected family members</source>
        <translation>Wohnungen nach Größe, einschließlich erwarteter Familienangehöriger</translation>
    </message>
    <message>
        <source>Housing needed</source>
        <translation>Benötigter Wohnraum</translation>
    </message>
    <message>
        <source>Language-course places by level</source>
        <translation>Sprachkursplätze nach Niveau</translation>
    </message>
    <message>
        <source>Language course places needed</source>
        <translation>Benötigte Sprachkursplätze</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Of %1 open cases:</source>
        <translation>Von %1 offenen Fällen:</translation>
    </message>
    <message>
        <source>Transitions per month, %1 to %2</source>
        <translation>Übergänge je Monat, %1 bis %2</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>1 room</source>
        <translation>1 Zimmer</translation>
    </message>
    <message>
        <source>2 rooms</source>
        <translation>2 Zimmer</translation>
    </message>
    <message>
        <source>3 rooms</source>
        <translation>3 Zimmer</translation>
    </message>
    <message>
        <source>4 or more rooms</source>
        <translation>4 oder mehr Zimmer</translation>
    </message>
    <message>
        <source>Date of birth known only by year or from an age assessment</source>
        <translation>Geburtsdatum nur als Jahr bekannt oder aus einer Alterseinschätzung</translation>
    </message>
    <message>
        <source>A status decision without its date</source>
        <translation>Eine Statusentscheidung ohne Datum</translation>
    </message>
    <message>
        <source>No primary worker</source>
        <translation>Keine fallführende Fachkraft</translation>
    </message>
    <message>
        <source>No note in the last 90 days</source>
        <translation>Keine Notiz in den letzten 90 Tagen</translation>
    </message>
</context>
<context>
    <name>TeamRequestsTab</name>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Junge Person</translation>
    </message>
    <message>
        <source>From team</source>
        <translation>Von Team</translation>
    </message>
    <message>
        <source>To team</source>
        <translation>An Team</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Annehmen…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Approve closing</source>
        <translation>Schließung genehmigen</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Mit Kommentar zurückgeben…</translation>
    </message>
    <message>
        <source>Transfers between teams waiting for the receiving team lead</source>
        <translation>Verlegungen zwischen Teams, die auf die übernehmende Teamleitung warten</translation>
    </message>
    <message>
        <source>Cases waiting for approval to close</source>
        <translation>Fälle, deren Schließung auf Genehmigung wartet</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Warum wird abgelehnt?</translation>
    </message>
    <message>
        <source>Transfer of %1</source>
        <translation>Verlegung von %1</translation>
    </message>
    <message>
        <source>Take %1 into your team? The decision cannot be taken back.</source>
        <translation>%1 in Ihr Team übernehmen? Die Entscheidung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Reject the transfer of %1? The decision cannot be taken back.</source>
        <translation>Den Wechsel von %1 ablehnen? Die Entscheidung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The transfer of %1 is accepted.</source>
        <translation>Der Wechsel von %1 ist angenommen.</translation>
    </message>
    <message>
        <source>The transfer of %1 is rejected.</source>
        <translation>Der Wechsel von %1 ist abgelehnt.</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>%1 zurückgeben</translation>
    </message>
    <message>
        <source>What is needed before the case can be closed?</source>
        <translation>Was fehlt noch, bevor der Fall geschlossen werden kann?</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <source>Close the case %1? Its open transitions are resolved as closed and it leaves every list; only reopening the case brings it back.</source>
        <translation>Den Fall %1 abschließen? Seine offenen Übergänge werden als abgeschlossen erledigt, und er verschwindet aus allen Listen; nur ein Wiedereröffnen des Falls bringt ihn zurück.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 was returned to its worker.</source>
        <translation>%1 wurde an die zuständige Fachkraft zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Likely duplicates…</source>
        <translation>Wahrscheinliche Dubletten…</translation>
    </message>
    <message>
        <source>Caseload balance</source>
        <translation>Verteilung des Fallbestands</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Kontinuität</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Die gesamte Organisation</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>Ihr Team</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 open cases, %3 waiting transfers, %4 closures to approve</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 offene Fälle, %3 wartende Verlegungen, %4 Schließungen zur Genehmigung</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
</context>
<context>
    <name>TransitionCard</name>
    <message>
        <source> (uncertain date)</source>
        <translation> (unsicheres Datum)</translation>
    </message>
    <message>
        <source> — under 18 on this date</source>
        <translation> — an diesem Tag unter 18</translation>
    </message>
    <message>
        <source>%1% ready</source>
        <translation>%1 % bereit</translation>
    </message>
    <message>
        <source>The date has passed: record what became of it (housed late, stayed in care, moved elsewhere…). It stays on the lists until then.</source>
        <translation>Das Datum ist verstrichen: Erfassen Sie, was daraus wurde (verspätet untergebracht, in der Unterbringung geblieben, anderswohin gezogen …). Bis dahin bleibt der Übergang auf den Listen.</translation>
    </message>
    <message>
        <source>%1 (not applicable)</source>
        <translation>%1 (trifft nicht zu)</translation>
    </message>
    <message>
        <source>Not applicable to this young person</source>
        <translation>Trifft für diese junge Person nicht zu</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Trifft nicht zu…</translation>
    </message>
    <message>
        <source>Mark a checklist item as not applicable to this young person</source>
        <translation>Einen Punkt der Checkliste als für diese junge Person nicht zutreffend markieren</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Ausgang erfassen…</translation>
    </message>
    <message>
        <source>Ticked by itself when a foster, residential or supported placement starts on or before this date.</source>
        <translation>Wird von selbst abgehakt, wenn eine Unterbringung in Pflegefamilie, Wohngruppe oder betreutem Wohnen spätestens an diesem Datum beginnt.</translation>
    </message>
    <message>
        <source>Ticked by itself when the permit&apos;s renewal is applied for, or a new permit recorded, on or before this date.</source>
        <translation>Wird von selbst abgehakt, wenn die Verlängerung der Aufenthaltserlaubnis spätestens an diesem Datum beantragt oder eine neue Erlaubnis erfasst ist.</translation>
    </message>
    <message>
        <source>Ticked by itself when an offer is accepted, the contract signed or the young person moved in, with a move-in date on or before this date.</source>
        <translation>Wird automatisch abgehakt, wenn ein Angebot angenommen, der Vertrag unterschrieben oder die junge Person eingezogen ist, mit einem Einzugsdatum am oder vor diesem Datum.</translation>
    </message>
    <message>
        <source>Applicable again</source>
        <translation>Trifft wieder zu</translation>
    </message>
    <message>
        <source> (not applicable)</source>
        <translation> (trifft nicht zu)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <source>Which item does not apply to this young person?</source>
        <translation>Welcher Punkt trifft für diese junge Person nicht zu?</translation>
    </message>
    <message>
        <source>Why does &apos;%1&apos; not apply to this young person?</source>
        <translation>Warum trifft &apos;%1&apos; für diese junge Person nicht zu?</translation>
    </message>
</context>
<context>
    <name>TransitionHistory</name>
    <message>
        <source>History: transitions with an outcome</source>
        <translation>Verlauf: Übergänge mit Ausgang</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Wieder öffnen…</translation>
    </message>
    <message>
        <source>Take back an outcome recorded in error</source>
        <translation>Einen irrtümlich erfassten Ausgang zurücknehmen</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>%1 wieder öffnen</translation>
    </message>
    <message>
        <source>%1 — due %2: %3</source>
        <translation>%1 — fällig am %2: %3</translation>
    </message>
    <message>
        <source>housing from %1</source>
        <translation>Wohnung ab %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>erfasst am %1</translation>
    </message>
</context>
<context>
    <name>TransitionsBoard</name>
    <message>
        <source>Next %1 days</source>
        <translation>Nächste %1 Tage</translation>
    </message>
    <message>
        <source>Needs an outcome (overdue)</source>
        <translation>Ausgang fehlt (überfällig)</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>All transitions</source>
        <translation>Alle Übergänge</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle Risiken</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppieren</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Fachkraft</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Ausgang erfassen…</translation>
    </message>
    <message>
        <source>Record what became of the chosen transition (housed late, stayed in care…)</source>
        <translation>Erfassen, was aus dem gewählten Übergang wurde (verspätet untergebracht, in der Unterbringung geblieben …)</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the case.</source>
        <translation>Doppelklicken Sie auf eine Zeile (oder drücken Sie Enter), um den Fall zu öffnen.</translation>
    </message>
    <message>
        <source>Transitions month by month</source>
        <translation>Übergänge Monat für Monat</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alle Fachkräfte</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle Kommunen</translation>
    </message>
    <message>
        <source>&lt;i&gt;The soonest are listed first; the others load as you scroll down.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die nächsten stehen zuerst; die übrigen werden beim Herunterscrollen geladen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n transition(s)&lt;/b&gt; passed without an outcome: record what became of each (housed late, stayed in care, moved elsewhere…). They stay on every list until then.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Übergang&lt;/b&gt; ist ohne Ausgang verstrichen: Erfassen Sie, was daraus wurde (verspätet untergebracht, in der Unterbringung geblieben, anderswohin gezogen …). Bis dahin bleibt er auf allen Listen.</numerusform>
            <numerusform>&lt;b&gt;%n Übergänge&lt;/b&gt; sind ohne Ausgang verstrichen: Erfassen Sie für jeden, was daraus wurde (verspätet untergebracht, in der Unterbringung geblieben, anderswohin gezogen …). Bis dahin bleiben sie auf allen Listen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the next %2 days (overdue included): &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%3 red&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#b87900&apos;&gt;%4 amber&lt;/span&gt;, &lt;span style=&apos;color:#2e7d32&apos;&gt;%5 green&lt;/span&gt;. %6 overdue; %7 without secured housing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in den nächsten %2 Tagen (einschließlich überfälliger): &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%3 rot&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#b87900&apos;&gt;%4 gelb&lt;/span&gt;, &lt;span style=&apos;color:#2e7d32&apos;&gt;%5 grün&lt;/span&gt;. %6 überfällig; %7 ohne gesicherte Wohnung.</translation>
    </message>
    <message>
        <source>On track; housing still to be secured</source>
        <translation>Im Plan; Wohnung muss noch gesichert werden</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no housing secured</source>
        <translation>
            <numerusform>Fällig in %n Tag, keine Wohnung gesichert</numerusform>
            <numerusform>Fällig in %n Tagen, keine Wohnung gesichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Housing secured</source>
        <translation>Wohnung gesichert</translation>
    </message>
    <message>
        <source>On track; a care placement still to be secured</source>
        <translation>Im Plan; eine Unterbringung ist noch zu sichern</translation>
    </message>
    <message>
        <source>On track; the permit&apos;s renewal still to be applied for</source>
        <translation>Im Plan; die Verlängerung der Aufenthaltserlaubnis ist noch zu beantragen</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no housing secured</source>
        <translation>
            <numerusform>%n Tag überfällig, keine Wohnung gesichert</numerusform>
            <numerusform>%n Tage überfällig, keine Wohnung gesichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, no housing secured</source>
        <translation>Heute fällig, keine Wohnung gesichert</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no care placement secured</source>
        <translation>
            <numerusform>Fällig in %n Tag, keine Unterbringung gesichert</numerusform>
            <numerusform>Fällig in %n Tagen, keine Unterbringung gesichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no permit renewal recorded</source>
        <translation>
            <numerusform>Fällig in %n Tag, keine Verlängerung erfasst</numerusform>
            <numerusform>Fällig in %n Tagen, keine Verlängerung erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Care placement secured</source>
        <translation>Unterbringung gesichert</translation>
    </message>
    <message>
        <source>Permit renewal recorded</source>
        <translation>Verlängerung erfasst</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Junge Person</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Fallführende Fachkraft</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no care placement secured</source>
        <translation>
            <numerusform>Seit %n Tag überfällig, keine Unterbringung gesichert</numerusform>
            <numerusform>Seit %n Tagen überfällig, keine Unterbringung gesichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no permit renewal recorded</source>
        <translation>
            <numerusform>Seit %n Tag überfällig, keine Verlängerung erfasst</numerusform>
            <numerusform>Seit %n Tagen überfällig, keine Verlängerung erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, no care placement secured</source>
        <translation>Heute fällig, keine Unterbringung gesichert</translation>
    </message>
    <message>
        <source>Due today, no permit renewal recorded</source>
        <translation>Heute fällig, keine Verlängerung erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n Übergang</numerusform>
            <numerusform>%n Übergänge</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth is uncertain, so this date may move.</source>
        <translation>Das Geburtsdatum ist unsicher, daher kann sich dieses Datum verschieben.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Only %1% ready with %2 days left</source>
        <translation>Erst %1 % bereit bei %2 verbleibenden Tagen</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message numerus="yes">
        <source>%n red</source>
        <translation>
            <numerusform>%n rot</numerusform>
            <numerusform>%n rot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit %1</source>
        <translation>Wohnung %1 bearbeiten</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Neue Wohnung</translation>
    </message>
    <message>
        <source>generated when empty</source>
        <translation>wird erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Frei bis</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Barrierefreier Zugang</translation>
    </message>
    <message>
        <source>Shared (places for several households)</source>
        <translation>Geteilt (Plätze für mehrere Haushalte)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Households it takes</source>
        <translation>Aufnehmbare Haushalte</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Wohnfläche (m²)</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Monatsmiete</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Frei ab</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Homeward is locked</source>
        <translation>Homeward ist gesperrt</translation>
    </message>
    <message>
        <source>Homeward was locked after a time without use. Enter the password of %1 to go on.</source>
        <translation>Homeward wurde nach einer Zeit ohne Nutzung gesperrt. Geben Sie das Passwort von %1 ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Appointments this week</source>
        <translation>Termine in dieser Woche</translation>
    </message>
    <message>
        <source>No appointments this week.</source>
        <translation>Keine Termine in dieser Woche.</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Fachkraft:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week %1&lt;/b&gt;: %2 – %3</source>
        <translation>&lt;b&gt;Woche %1&lt;/b&gt;: %2 – %3</translation>
    </message>
</context>
<context>
    <name>WorkerLeavesDialog</name>
    <message>
        <source>%1 leaves: hand over all cases</source>
        <translation>%1 geht: alle Fälle übergeben</translation>
    </message>
    <message>
        <source>Give the cases to (fewest cases first)</source>
        <translation>Fälle übergeben an (wenigste Fälle zuerst)</translation>
    </message>
    <message>
        <source>Handover note (required)</source>
        <translation>Übergabenotiz (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Hand every open case of %1 to the chosen colleagues? It cannot be taken back.</source>
        <translation>Alle offenen Fälle von %1 an die gewählten Kolleginnen und Kollegen übergeben? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
</TS>
