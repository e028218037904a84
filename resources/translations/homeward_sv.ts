<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name></name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <source>No consent on record</source>
        <translation>Inget samtycke registrerat</translation>
    </message>
    <message>
        <source>There is no consent on record to share the case %1 with: %2.
Give the reason for printing it anyway (it is written to the audit log).</source>
        <translation>Det finns inget registrerat samtycke till att dela ärendet %1 med: %2.
Ange skälet till att ändå skriva ut det (det skrivs i granskningsloggen).</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Not printed: there is no consent on record for this recipient.</source>
        <translation>Inte utskrivet: det finns inget registrerat samtycke för den här mottagaren.</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Överlämningsrapport</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Ärendesammanfattning</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Homeward</source>
        <translation>Om Homeward</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Version %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case management for social workers who accompany young refugees through housing transitions.</source>
        <translation>Ärendehantering för socialsekreterare som följer unga flyktingar genom övergångar i boendet.</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>inte skapad än</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 (newest is %2)</source>
        <translation>%1 (senaste är %2)</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (krypterad)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>Schema revision:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamapp:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Säkerhetskopior:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Loggar:</translation>
    </message>
    <message>
        <source>installed application</source>
        <translation>installerat program</translation>
    </message>
    <message>
        <source>Python environment</source>
        <translation>Python-miljö</translation>
    </message>
    <message>
        <source>Running from:</source>
        <translation>Körs från:</translation>
    </message>
    <message>
        <source>%1 · Python %2 · Qt %3</source>
        <translation>%1 · Python %2 · Qt %3</translation>
    </message>
    <message>
        <source>Uninstalling Homeward never deletes the data folder. An administrator backs it up under Administration → Backups or with the command homeward backup.</source>
        <translation>När Homeward avinstalleras raderas aldrig datamappen. En administratör säkerhetskopierar den under Administration → Säkerhetskopior eller med kommandot homeward backup.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera uppgifter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Show %1 in the file manager</source>
        <translation>Visa %1 i filhanteraren</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add a document</source>
        <translation>Lägg till ett dokument</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daterat</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Dokumentets datum</translation>
    </message>
    <message>
        <source>Confidential (only those who may read confidential notes)</source>
        <translation>Konfidentiellt (bara för dem som får läsa konfidentiella anteckningar)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Sort:</translation>
    </message>
    <message>
        <source>Date of the document:</source>
        <translation>Dokumentets datum:</translation>
    </message>
</context>
<context>
    <name>AdministrationScreen</name>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
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
        <translation>nej</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
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
        <translation>Låst</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Måste byta lösenord</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Ny användare…</translation>
    </message>
    <message>
        <source>Change name, role or team…</source>
        <translation>Ändra namn, roll eller team…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Inaktivera / aktivera</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Återställ lösenord…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Välj först en användare i listan.</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 har ändrats.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>Give %1 a new initial password? The old one stops working.</source>
        <translation>Ge %1 ett nytt startlösenord? Det gamla slutar fungera.</translation>
    </message>
    <message>
        <source>The new initial password for %1 is: %2</source>
        <translation>Det nya startlösenordet för %1 är: %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Nytt team…</translation>
    </message>
    <message>
        <source>Name and municipality…</source>
        <translation>Namn och kommun…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>Inaktivera / aktivera</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nytt team</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamnamn</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Byt namn på team</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nytt namn</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Failed logins before lockout</source>
        <translation>Misslyckade inloggningar före spärr</translation>
    </message>
    <message>
        <source>Lockout (minutes)</source>
        <translation>Spärr (minuter)</translation>
    </message>
    <message>
        <source>Lock the window after idle (minutes)</source>
        <translation>Lås fönstret efter inaktivitet (minuter)</translation>
    </message>
    <message>
        <source>Daily backup folder (empty: the data folder)</source>
        <translation>Mapp för daglig säkerhetskopia (tom: datamappen)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Antal dagliga säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>Keep closed cases for (months)</source>
        <translation>Spara avslutade ärenden i (månader)</translation>
    </message>
    <message>
        <source>Calendar reminder before a transition (days)</source>
        <translation>Kalenderpåminnelse före en övergång (dagar)</translation>
    </message>
    <message>
        <source>Days to move out after a status grant</source>
        <translation>Dagar till utflytt efter beviljat uppehållstillstånd</translation>
    </message>
    <message>
        <source>Age at which after-care ends</source>
        <translation>Ålder då eftervården upphör</translation>
    </message>
    <message>
        <source>List a permit expiry from (days before)</source>
        <translation>Visa utgående uppehållstillstånd från (dagar före)</translation>
    </message>
    <message>
        <source>Keep overdue transitions listed for (days)</source>
        <translation>Visa försenade övergångar i (dagar)</translation>
    </message>
    <message>
        <source>Red when due within (days) without housing</source>
        <translation>Röd när förfallodagen är inom (dagar) utan bostad</translation>
    </message>
    <message>
        <source>Amber when due within (days)</source>
        <translation>Gul när förfallodagen är inom (dagar)</translation>
    </message>
    <message>
        <source>… and readiness below (%)</source>
        <translation>… och förberedelsegraden under (%)</translation>
    </message>
    <message>
        <source>Checklist for</source>
        <translation>Checklista för</translation>
    </message>
    <message>
        <source>adults</source>
        <translation>vuxna</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>under 18</translation>
    </message>
    <message>
        <source>Readiness checklist for</source>
        <translation>Checklista för beredskap för</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Checklista för förberedelser</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Spara inställningar</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Kontrollera databasen</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiska säkerhetskopior</translation>
    </message>
    <message>
        <source>Automatic daily backups</source>
        <translation>Automatiska dagliga säkerhetskopior</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Något oväntat gick fel; detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Avbrutet; inget ändrades.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Säkerhetskopiera databasen</translation>
    </message>
    <message>
        <source>Homeward databases (*.db)</source>
        <translation>Homeward-databaser (*.db)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Säkerhetskopierad till %1.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup %1? The backup is checked first, and the current database is kept as a copy.</source>
        <translation>Ersätta allt i databasen med säkerhetskopian %1? Säkerhetskopian kontrolleras först och den nuvarande databasen sparas som en kopia.</translation>
    </message>
    <message>
        <source>The backup %1 comes from another database, not from this one.</source>
        <translation>Säkerhetskopian %1 kommer från en annan databas, inte från den här.</translation>
    </message>
    <message>
        <source>Restored. The replaced database was kept as %1.</source>
        <translation>Återställd. Den ersatta databasen sparades som %1.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Återställer</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Kontrollerar databasen</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance in %1</source>
        <translation>Närvaro på %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Ingen närvaro registrerad ännu.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ej angivet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>närvaro</translation>
    </message>
    <message>
        <source>hours so far</source>
        <translation>timmar hittills</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>for</source>
        <translation>för</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>utfall</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <source>number</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>skäl</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
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
        <translation>När</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>The audit log is for team leads, coordinators and administrators.</source>
        <translation>Granskningsloggen är för teamledare, samordnare och administratörer.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera granskningsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries.</source>
        <translation>
            <numerusform>%n post exporterad.</numerusform>
            <numerusform>%n poster exporterade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>&amp;Week view…</source>
        <translation>&amp;Veckovy…</translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation>&amp;Exportera till kalender…</translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file up to date…</source>
        <translation>&amp;Håll en kalenderfil uppdaterad…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n händelse skriven till %1.</numerusform>
            <numerusform>%n händelser skrivna till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar file to subscribe to</source>
        <translation>Kalenderfil att prenumerera på</translation>
    </message>
</context>
<context>
    <name>CaseAppointments</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Förhandling</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Uteblivet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
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
        <translation>Möten</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Inga möten ännu.</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planera…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Missed…</source>
        <translation>Uteblivet…</translation>
    </message>
    <message>
        <source>Missed appointment</source>
        <translation>Uteblivet möte</translation>
    </message>
    <message>
        <source>Follow-up task (leave empty for none):</source>
        <translation>Uppföljningsuppgift (tom för ingen):</translation>
    </message>
    <message>
        <source>Follow up the missed %1</source>
        <translation>Följ upp det uteblivna: %1</translation>
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
        <translation>Känner sig trygg</translation>
    </message>
    <message>
        <source>Part of the neighbourhood</source>
        <translation>Del av grannskapet</translation>
    </message>
    <message>
        <source>Has people to turn to</source>
        <translation>Har någon att vända sig till</translation>
    </message>
    <message>
        <source>Takes part in activities</source>
        <translation>Deltar i aktiviteter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Ingen uppföljning än.</translation>
    </message>
    <message>
        <source>No community activity recorded.</source>
        <translation>Ingen aktivitet registrerad.</translation>
    </message>
    <message>
        <source>Belonging check-ins (1 = not at all … 5 = very much)</source>
        <translation>Uppföljning av tillhörighet (1 = inte alls … 5 = mycket)</translation>
    </message>
    <message>
        <source>Record a check-in</source>
        <translation>Registrera en uppföljning</translation>
    </message>
    <message>
        <source>People to turn to</source>
        <translation>Någon att vända sig till</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Deltar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Aktiviteter i närområdet</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Lägg till aktivitet…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>club, association or project</source>
        <translation>klubb, förening eller projekt</translation>
    </message>
    <message>
        <source>known</source>
        <translation>känd</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Lägg till en aktivitet</translation>
    </message>
    <message>
        <source>Change an activity</source>
        <translation>Ändra en aktivitet</translation>
    </message>
    <message>
        <source>End an activity</source>
        <translation>Avsluta en aktivitet</translation>
    </message>
    <message>
        <source>Took part until</source>
        <translation>Deltog till och med</translation>
    </message>
</context>
<context>
    <name>CaseContactsTab</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Delas med</translation>
    </message>
    <message>
        <source>For (scope)</source>
        <translation>För (omfattning)</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation>Ingen kontakt registrerad.</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Inget samtycke registrerat.</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Lägg till kontakt…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Återkallat…</translation>
    </message>
    <message>
        <source>People around the young person</source>
        <translation>Personer runt den unga</translation>
    </message>
    <message>
        <source>Consent to share information</source>
        <translation>Samtycke till att dela uppgifter</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>återkallat %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>har upphört</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ännu inte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Adult connections now: %1.</source>
        <translation>Vuxenkontakter nu: %1.</translation>
    </message>
    <message>
        <source>No mentor, family member, teacher or other adult connection is recorded yet.</source>
        <translation>Ingen mentor, familjemedlem, lärare eller annan vuxenkontakt är registrerad ännu.</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Med ord</translation>
    </message>
    <message>
        <source>for example: aunt, football coach</source>
        <translation>till exempel: moster, fotbollstränare</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Lägg till en kontakt</translation>
    </message>
    <message>
        <source>Edit a contact</source>
        <translation>Redigera en kontakt</translation>
    </message>
    <message>
        <source>End a contact</source>
        <translation>Avsluta en kontakt</translation>
    </message>
    <message>
        <source>No longer around from</source>
        <translation>Inte längre runt den unga från</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Varför (valfritt)</translation>
    </message>
    <message>
        <source>%1 stays on the record, as someone who was around until then.</source>
        <translation>%1 finns kvar i ärendet som någon som fanns runt den unga fram till dess.</translation>
    </message>
    <message>
        <source>for example: the handover to the after-care service</source>
        <translation>till exempel: överlämningen till eftervården</translation>
    </message>
    <message>
        <source>on a date</source>
        <translation>på ett datum</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Registrera ett samtycke</translation>
    </message>
    <message>
        <source>A handover printed for someone outside the organisation needs a consent in force for that recipient.</source>
        <translation>En överlämning som skrivs ut för någon utanför organisationen kräver ett gällande samtycke för den mottagaren.</translation>
    </message>
    <message>
        <source>Correct a consent</source>
        <translation>Rätta ett samtycke</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Varför rättas det?</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <source>From this day the consent covers no sharing; it stays on the record.</source>
        <translation>Från denna dag täcker samtycket ingen delning; det finns kvar i ärendet.</translation>
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
        <translation>Ta med sekretessbelagda anteckningar</translation>
    </message>
    <message>
        <source>Receiving worker or service</source>
        <translation>Mottagande handläggare eller verksamhet</translation>
    </message>
    <message>
        <source>Why the case is handed over</source>
        <translation>Varför ärendet lämnas över</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Uppdatera förhandsvisning</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Avsnitt:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Tas emot av:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Skäl:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papper:</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internt team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Eftervårdsverksamhet</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Kommunens bostadsenhet</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Rättslig status</translation>
    </message>
    <message>
        <source>Upcoming transitions</source>
        <translation>Kommande övergångar</translation>
    </message>
    <message>
        <source>Placement and housing</source>
        <translation>Placering och boende</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbete och utbildning</translation>
    </message>
    <message>
        <source>Workers and continuity</source>
        <translation>Handläggare och kontinuitet</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Livsplan</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Öppna uppgifter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Consents on record</source>
        <translation>Registrerade samtycken</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Senaste anteckningar</translation>
    </message>
    <message>
        <source>Documents on the case</source>
        <translation>Dokument i ärendet</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Kommande möten</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Decision letter</source>
        <translation>Beslutsbrev</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Uppehållstillstånd</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Hyresavtal</translation>
    </message>
    <message>
        <source>Signed consent</source>
        <translation>Undertecknat samtycke</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identitetshandling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokument (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Tillagd av</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential document(s) not shown.</source>
        <translation>
            <numerusform>%n konfidentiellt dokument visas inte.</numerusform>
            <numerusform>%n konfidentiella dokument visas inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Konfidentiellt</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Inga dokument ännu.</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG up to 25 MB. Drop files here or choose them with Add….</source>
        <translation>PDF, JPEG eller PNG upp till 25 MB. Släpp filer här eller välj dem med Lägg till….</translation>
    </message>
    <message>
        <source>You may read these documents but not add any.</source>
        <translation>Du får läsa dessa dokument men inte lägga till några.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Spara en kopia…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Spara en kopia av dokumentet</translation>
    </message>
    <message>
        <source>Add documents to the case</source>
        <translation>Lägg till dokument i ärendet</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Ta bort dokumentet</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the case? It cannot be brought back.</source>
        <translation>Ta bort &apos;%1&apos; från ärendet? Det går inte att få tillbaka.</translation>
    </message>
</context>
<context>
    <name>CaseHousingTab</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Add support…</source>
        <translation>Lägg till stöd…</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Erbjudanden</translation>
    </message>
    <message>
        <source>Propose this unit</source>
        <translation>Föreslå den här bostaden</translation>
    </message>
    <message>
        <source>Only units that fit</source>
        <translation>Bara bostäder som passar</translation>
    </message>
    <message>
        <source>Matching units, best first</source>
        <translation>Matchande bostäder, bäst först</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>Hushåll på %1</translation>
    </message>
    <message>
        <source> (%1 expected by family reunification)</source>
        <translation> (%1 väntas genom familjeåterförening)</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>no budget recorded</source>
        <translation>ingen budget registrerad</translation>
    </message>
    <message>
        <source>no preferred municipality</source>
        <translation>ingen önskad kommun</translation>
    </message>
    <message>
        <source>needed by %1</source>
        <translation>behövs senast %1</translation>
    </message>
    <message>
        <source>step-free access needed</source>
        <translation>behöver tillgänglighetsanpassad entré</translation>
    </message>
    <message>
        <source>Finding the units that match…</source>
        <translation>Söker de bostäder som passar…</translation>
    </message>
    <message>
        <source>No unit with a free place matches.</source>
        <translation>Ingen bostad med en ledig plats matchar.</translation>
    </message>
    <message>
        <source>No housing offer yet: propose a unit below.</source>
        <translation>Inget bostadserbjudande än: föreslå en bostad nedan.</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Stöd:</translation>
    </message>
    <message>
        <source>No support recorded on this offer.</source>
        <translation>Inget stöd registrerat för det här erbjudandet.</translation>
    </message>
    <message>
        <source>%1 scores %2 of 100:</source>
        <translation>%1 får %2 av 100:</translation>
    </message>
    <message>
        <source>%1 proposed.</source>
        <translation>%1 föreslagen.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The move-in on %1 is after the transition on %2, so housing is not yet secured for it.</source>
        <translation>Inflyttningen %1 är efter övergången %2, så bostaden är ännu inte säkrad för den.</translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation>%1 registrerat.</translation>
    </message>
</context>
<context>
    <name>CaseLanguageTab</name>
    <message>
        <source>No language course recorded.</source>
        <translation>Ingen språkkurs registrerad.</translation>
    </message>
    <message>
        <source>Status and dates…</source>
        <translation>Status och datum…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Närvaro…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Intyg…</translation>
    </message>
    <message>
        <source>Enrol in a language course</source>
        <translation>Skriv in i en språkkurs</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Språkkurs</translation>
    </message>
    <message>
        <source>Courses that are full are listed but cannot be chosen.</source>
        <translation>Fulla kurser visas men kan inte väljas.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> från %1</translation>
    </message>
    <message>
        <source>the course is retired</source>
        <translation>kursen är avvecklad</translation>
    </message>
    <message>
        <source>the course ended on %1: record how it went (Status and dates…)</source>
        <translation>kursen slutade %1: registrera hur det gick (Status och datum…)</translation>
    </message>
    <message>
        <source>attendance: %1</source>
        <translation>närvaro: %1</translation>
    </message>
    <message>
        <source>level reached: %1</source>
        <translation>uppnådd nivå: %1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Skriv in</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Språkkurser</translation>
    </message>
    <message>
        <source>The registry has no course running or to come: team leads and coordinators add them under Partners&apos; offers.</source>
        <translation>Registret har ingen kurs som pågår eller kommer: teamledare och samordnare lägger till dem under Partnerutbud.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>Choose a language course.</source>
        <translation>Välj en språkkurs.</translation>
    </message>
</context>
<context>
    <name>CaseLifePlanTab</name>
    <message>
        <source>Domain</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>No life-plan goal yet.</source>
        <translation>Inget mål i livsplanen än.</translation>
    </message>
    <message>
        <source>Double-click a goal to change it.</source>
        <translation>Dubbelklicka på ett mål för att ändra det.</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Lägg till mål…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Livsplan</translation>
    </message>
    <message>
        <source>a target date</source>
        <translation>ett måldatum</translation>
    </message>
    <message>
        <source>Change a goal</source>
        <translation>Ändra ett mål</translation>
    </message>
    <message>
        <source>A goal achieved or dropped ends today.</source>
        <translation>Ett mål som uppnåtts eller avbrutits avslutas i dag.</translation>
    </message>
    <message>
        <source>End a goal</source>
        <translation>Avsluta ett mål</translation>
    </message>
    <message>
        <source>The goal was</source>
        <translation>Målet blev</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Lägg till ett mål</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <source>Confidential: only the assigned workers and the team lead see it.</source>
        <translation>Sekretess: bara tilldelade handläggare och teamledaren ser den.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Inga anteckningar än.</translation>
    </message>
    <message>
        <source>Confidential (only the assigned workers and the team lead)</source>
        <translation>Sekretess (bara tilldelade handläggare och teamledaren)</translation>
    </message>
    <message>
        <source>Choose a note to read it whole.</source>
        <translation>Välj en anteckning för att läsa hela.</translation>
    </message>
    <message>
        <source>The chosen note</source>
        <translation>Den valda anteckningen</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Ny anteckning…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>Double-click a task to mark it done or open again.</source>
        <translation>Dubbelklicka på en uppgift för att markera den som klar eller öppna den igen.</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Ny uppgift…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Datum för kontakten</translation>
    </message>
    <message>
        <source>The day of the meeting, call or visit, not the day it is typed.</source>
        <translation>Dagen för mötet, samtalet eller besöket, inte dagen då det skrivs.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Rätta en anteckning</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Varför rättas det?</translation>
    </message>
    <message>
        <source>What the note said before stays in the audit log, with the reason.</source>
        <translation>Det som anteckningen sa tidigare finns kvar i granskningsloggen, med skälet.</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>ett förfallodatum</translation>
    </message>
    <message>
        <source>A colleague who may see the case.</source>
        <translation>En kollega som får se ärendet.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Ny uppgift</translation>
    </message>
    <message>
        <source>Change a task</source>
        <translation>Ändra en uppgift</translation>
    </message>
    <message>
        <source>%1 — CONFIDENTIAL</source>
        <translation>%1 — SEKRETESS</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential note(s) not shown to you.</source>
        <translation>
            <numerusform>%n sekretessbelagd anteckning visas inte för dig.</numerusform>
            <numerusform>%n sekretessbelagda anteckningar visas inte för dig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePersonTab</name>
    <message>
        <source>Assessed on</source>
        <translation>Bedömd den</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Date of birth before</source>
        <translation>Födelsedatum före</translation>
    </message>
    <message>
        <source>Date of birth after</source>
        <translation>Födelsedatum efter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source> (withdrawn: recorded in error)</source>
        <translation> (tillbakadraget: felregistrerat)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Ansökt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>Tillståndet upphör</translation>
    </message>
    <message>
        <source>Move-out deadline</source>
        <translation>Sista dag för utflyttning</translation>
    </message>
    <message>
        <source>Renewal applied</source>
        <translation>Förlängning sökt</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>No age assessment.</source>
        <translation>Ingen åldersbedömning.</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Inget beslut registrerat.</translation>
    </message>
    <message>
        <source>No placement recorded.</source>
        <translation>Ingen placering registrerad.</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>Registrera bedömning…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Registrera beslut…</translation>
    </message>
    <message>
        <source>Record new placement…</source>
        <translation>Registrera ny placering…</translation>
    </message>
    <message>
        <source>Change planned end…</source>
        <translation>Ändra planerat slut…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>Age assessments</source>
        <translation>Åldersbedömningar</translation>
    </message>
    <message>
        <source>Legal status decisions</source>
        <translation>Beslut om rättslig status</translation>
    </message>
    <message>
        <source>Placements and residence</source>
        <translation>Placeringar och boende</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Varför rättas det?</translation>
    </message>
    <message>
        <source>For example: the date was typed wrongly</source>
        <translation>Till exempel: datumet skrevs fel</translation>
    </message>
    <message>
        <source>Assessed date of birth</source>
        <translation>Bedömt födelsedatum</translation>
    </message>
    <message>
        <source>Move-out deadline…</source>
        <translation>Sista dag för utflyttning…</translation>
    </message>
    <message>
        <source>Renewal applied for…</source>
        <translation>Förlängning sökt…</translation>
    </message>
    <message>
        <source>Withdraw as recorded in error…</source>
        <translation>Dra tillbaka som felregistrerat…</translation>
    </message>
    <message>
        <source>Why does this deadline apply?</source>
        <translation>Varför gäller denna sista dag?</translation>
    </message>
    <message>
        <source>Permit renewal</source>
        <translation>Förlängning av tillståndet</translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation>Dra tillbaka beslut</translation>
    </message>
    <message>
        <source>Save or undo the person changes first.</source>
        <translation>Spara eller ångra ändringarna av personuppgifterna först.</translation>
    </message>
    <message>
        <source>Record an age assessment</source>
        <translation>Registrera en åldersbedömning</translation>
    </message>
    <message>
        <source>By (authority)</source>
        <translation>Av (myndighet)</translation>
    </message>
    <message>
        <source>The assessed date becomes the date of birth (marked as set by age assessment); the 18th birthday moves with it.</source>
        <translation>Det bedömda datumet blir födelsedatum (markerat som fastställt genom åldersbedömning); 18-årsdagen flyttas med.</translation>
    </message>
    <message>
        <source>Correct an age assessment</source>
        <translation>Rätta en åldersbedömning</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutat den</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>beslutat</translation>
    </message>
    <message>
        <source>Leave it out for an application still pending.</source>
        <translation>Utelämna det för en ansökan som fortfarande prövas.</translation>
    </message>
    <message>
        <source>Permit valid until</source>
        <translation>Tillstånd giltigt till</translation>
    </message>
    <message>
        <source>a permit</source>
        <translation>ett tillstånd</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Ansökt den</translation>
    </message>
    <message>
        <source>known</source>
        <translation>känt</translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation>Myndighetens ärendenummer</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Registrera ett beslut</translation>
    </message>
    <message>
        <source>A decision granting protection while the young person lives in a reception placement starts the move-out deadline.</source>
        <translation>Ett beslut som ger skydd medan den unga bor på ett anläggningsboende startar tiden för utflyttning.</translation>
    </message>
    <message>
        <source>Correct a decision</source>
        <translation>Rätta ett beslut</translation>
    </message>
    <message>
        <source>A correction keeps the entry, with what it said before and why it changed, in the audit log. The transitions it implies move with it.</source>
        <translation>En rättelse sparar posten, med vad den sa tidigare och varför den ändrades, i granskningsloggen. De övergångar den medför flyttas med.</translation>
    </message>
    <message>
        <source>Move out by</source>
        <translation>Flytta senast</translation>
    </message>
    <message>
        <source>a deadline of its own</source>
        <translation>en egen tidsgräns</translation>
    </message>
    <message>
        <source>Untick it to go back to the rule&apos;s deadline.</source>
        <translation>Avmarkera för att gå tillbaka till regelns tidsgräns.</translation>
    </message>
    <message>
        <source>The move-out deadline for this decision (it overrides the rule).</source>
        <translation>Sista dag för utflyttning för detta beslut (den går före regeln).</translation>
    </message>
    <message>
        <source>Renewal applied for on</source>
        <translation>Förlängning sökt den</translation>
    </message>
    <message>
        <source>The permit&apos;s renewal is applied for: its expiry no longer needs a renewal. When the new permit comes, record it as a new decision with its expiry.</source>
        <translation>Förlängning av tillståndet är sökt: dess slutdatum kräver inte längre en förlängning. När det nya tillståndet kommer, registrera det som ett nytt beslut med sitt slutdatum.</translation>
    </message>
    <message>
        <source>Why is it withdrawn?</source>
        <translation>Varför dras det tillbaka?</translation>
    </message>
    <message>
        <source>This entry stays on the record, marked as recorded in error, and no longer counts.</source>
        <translation>Posten finns kvar i ärendet, markerad som felregistrerad, och räknas inte längre.</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Platsens namn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>an end is planned</source>
        <translation>ett slut är planerat</translation>
    </message>
    <message>
        <source>Record a new placement</source>
        <translation>Registrera en ny placering</translation>
    </message>
    <message>
        <source>The current placement ends the day the new one starts.</source>
        <translation>Den nuvarande placeringen upphör den dag den nya börjar.</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Upphörde den</translation>
    </message>
    <message>
        <source>Correct a placement</source>
        <translation>Rätta en placering</translation>
    </message>
    <message>
        <source>Planned end of the placement</source>
        <translation>Planerat slut på placeringen</translation>
    </message>
    <message>
        <source>Why did the plan change?</source>
        <translation>Varför ändrades planen?</translation>
    </message>
    <message>
        <source>The placement-end transition moves with the planned end.</source>
        <translation>Övergången när placeringen upphör flyttas med det planerade slutet.</translation>
    </message>
    <message>
        <source>End the placement</source>
        <translation>Avsluta placeringen</translation>
    </message>
    <message>
        <source>Left the placement on</source>
        <translation>Lämnade placeringen den</translation>
    </message>
    <message>
        <source>For a young person who left without a new placement yet; a new placement ends the current one by itself.</source>
        <translation>För en ung person som har flyttat utan att ännu ha en ny placering; en ny placering avslutar själv den nuvarande.</translation>
    </message>
    <message>
        <source>Residence permit valid until %1.</source>
        <translation>Uppehållstillstånd giltigt till %1.</translation>
    </message>
    <message>
        <source>Renewal applied for on %1.</source>
        <translation>Förlängning sökt den %1.</translation>
    </message>
    <message>
        <source>No residence permit recorded.</source>
        <translation>Inget uppehållstillstånd registrerat.</translation>
    </message>
</context>
<context>
    <name>CaseRecordPage</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the person record (Ctrl+S)</source>
        <translation>Spara personuppgifterna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Stäng fliken</translation>
    </message>
    <message>
        <source>Close this record&apos;s tab (Ctrl+W); the case stays open</source>
        <translation>Stäng ärendets flik (Ctrl+W); ärendet förblir öppet</translation>
    </message>
    <message>
        <source>Person and legal status</source>
        <translation>Person och rättslig status</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Övergångar</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbete och utbildning</translation>
    </message>
    <message>
        <source>Workers and continuity</source>
        <translation>Handläggare och kontinuitet</translation>
    </message>
    <message>
        <source>Contacts and consents</source>
        <translation>Kontakter och samtycken</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Livsplan</translation>
    </message>
    <message>
        <source>Notes and tasks</source>
        <translation>Anteckningar och uppgifter</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Tillhörighet</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>age ≈%1 (date of birth %2)</source>
        <translation>ålder ≈%1 (födelsedatum %2)</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>ålder %1</translation>
    </message>
    <message>
        <source>no primary worker</source>
        <translation>ingen ansvarig handläggare</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>inget team</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>AVSLUTAT</translation>
    </message>
    <message>
        <source>also %1 (merged)</source>
        <translation>även %1 (sammanslaget)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>You may read this case but not change it.</source>
        <translation>Du får läsa det här ärendet men inte ändra det.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Inte sparat: rätta de markerade fälten.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case. Review and save again.</source>
        <translation>Inte sparat: någon annan har ändrat ärendet. Granska och spara igen.</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 har osparade ändringar. Spara dem innan du stänger?</translation>
    </message>
</context>
<context>
    <name>CaseTransitionsTab</name>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Why is the outcome &apos;%1&apos; taken back?</source>
        <translation>Varför tas utfallet &apos;%1&apos; tillbaka?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n on record</source>
        <translation>
            <numerusform>%1 — %n registrerad</numerusform>
            <numerusform>%1 — %n registrerade</numerusform>
        </translation>
    </message>
    <message>
        <source>On record: %1.</source>
        <translation>Registrerade: %1.</translation>
    </message>
    <message>
        <source>No mentor, family member, teacher or other adult connection is recorded yet (Contacts and consents).</source>
        <translation>Ingen mentor, familjemedlem, lärare eller annan vuxenkontakt är registrerad ännu (Kontakter och samtycken).</translation>
    </message>
    <message>
        <source>Transitions follow from the date of birth, the decisions and the placements, and stay here until their outcome is known. Tick what is ready; each tick is saved at once. Right-click an item to mark it not applicable.</source>
        <translation>Övergångar följer av födelsedatum, beslut och placeringar och finns kvar här tills utfallet är känt. Bocka för det som är klart; varje bock sparas direkt. Högerklicka på en punkt för att markera den som ej tillämplig.</translation>
    </message>
    <message>
        <source>No transition for this case.</source>
        <translation>Ingen övergång för det här ärendet.</translation>
    </message>
</context>
<context>
    <name>CaseWorkTab</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>No work or education support recorded.</source>
        <translation>Inget stöd för arbete eller utbildning registrerat.</translation>
    </message>
    <message>
        <source>Work and education support</source>
        <translation>Stöd till arbete och utbildning</translation>
    </message>
    <message>
        <source>Status and dates…</source>
        <translation>Status och datum…</translation>
    </message>
    <message>
        <source>End with its outcome…</source>
        <translation>Avsluta med utfall…</translation>
    </message>
    <message>
        <source>Add work or education support</source>
        <translation>Lägg till stöd för arbete eller utbildning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>school, employer or programme</source>
        <translation>skola, arbetsgivare eller program</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>From the partners&apos; programmes</source>
        <translation>Från partnernas program</translation>
    </message>
    <message>
        <source>Or typed in</source>
        <translation>Eller inskrivet för hand</translation>
    </message>
    <message>
        <source>None: a school or employer typed in below</source>
        <translation>Inget: en skola eller arbetsgivare som skrivs in nedan</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>it ended on %1: record what came of it (End with its outcome…)</source>
        <translation>det slutade %1: registrera vad det ledde till (Avsluta med utfall…)</translation>
    </message>
</context>
<context>
    <name>CaseWorkersTab</name>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>biträdande</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Överlämningsanteckning</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Same worker continued</source>
        <translation>Samma handläggare fortsatte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>No worker assigned.</source>
        <translation>Ingen handläggare tilldelad.</translation>
    </message>
    <message>
        <source>No school change or transfer.</source>
        <translation>Inget skolbyte eller överflyttning.</translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation>Registrera en förändring…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Tilldelningshistorik</translation>
    </message>
    <message>
        <source>School changes, moves and hand-overs</source>
        <translation>Skolbyten, flyttar och överlämningar</translation>
    </message>
    <message>
        <source>school, municipality or service</source>
        <translation>skola, kommun eller verksamhet</translation>
    </message>
    <message>
        <source>The same worker continued with the young person</source>
        <translation>Samma handläggare fortsatte med den unga</translation>
    </message>
    <message>
        <source>Record a school change, move or hand-over</source>
        <translation>Registrera ett skolbyte, en flytt eller en överlämning</translation>
    </message>
    <message>
        <source>Continuity counts each of them, and whether the same worker stayed with the young person through it.</source>
        <translation>Kontinuiteten räknar var och en av dem, och om samma handläggare var kvar hos den unga genom det.</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Varför rättas det?</translation>
    </message>
    <message>
        <source>Correct a change</source>
        <translation>Rätta en förändring</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of primary worker in the last 12 months.</source>
        <translation>
            <numerusform>%n byte av ansvarig handläggare de senaste 12 månaderna.</numerusform>
            <numerusform>%n byten av ansvarig handläggare de senaste 12 månaderna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same primary worker 30 days before and after a transition: %1 of %2.</source>
        <translation>Samma ansvariga handläggare 30 dagar före och efter en övergång: %1 av %2.</translation>
    </message>
    <message>
        <source>No past transition to judge continuity on yet.</source>
        <translation>Ännu ingen tidigare övergång att bedöma kontinuiteten utifrån.</translation>
    </message>
    <message>
        <source>School changes and transfers: %1, the worker continued in %2.</source>
        <translation>Skolbyten och överflyttningar: %1, handläggaren fortsatte i %2.</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Nästa övergång</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>≈ marks an uncertain date of birth (month or year only, or assessed)</source>
        <translation>≈ markerar ett osäkert födelsedatum (bara månad eller år, eller bedömt)</translation>
    </message>
    <message>
        <source>Share of the readiness checklist that is done</source>
        <translation>Andel av checklistan för förberedelser som är klar</translation>
    </message>
    <message>
        <source>Red: due within 30 days or overdue without housing secured. Amber: due within 90 days and less than 70% ready. Otherwise green.</source>
        <translation>Röd: förfaller inom 30 dagar eller försenad utan säkrad bostad. Gul: förfaller inom 90 dagar och mindre än 70 % klart. Annars grön.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No transition</source>
        <translation>Ingen övergång</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Date of birth uncertain: %1</source>
        <translation>Osäkert födelsedatum: %1</translation>
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
        <translation>Vems ärenden</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mina ärenden</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mitt team</translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation>Alla jag får se</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alla risker</translation>
    </message>
    <message>
        <source>Red only</source>
        <translation>Bara röda</translation>
    </message>
    <message>
        <source>Red and amber</source>
        <translation>Röda och gula</translation>
    </message>
    <message>
        <source>Amber only</source>
        <translation>Bara gula</translation>
    </message>
    <message>
        <source>Green only</source>
        <translation>Bara gröna</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Förfaller inom</translation>
    </message>
    <message>
        <source>Days until due</source>
        <translation>Dagar till förfallodagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation>Sök på namn eller ärendenummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Type a name or a reference; Down moves into the list, Enter opens a case.</source>
        <translation>Skriv ett namn eller ett ärendenummer; Nedpil går ner i listan, Enter öppnar ett ärende.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My caseload&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Min ärendelista&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Showing the best %1 of %2 — type more to narrow</source>
        <translation>Visar de %1 bästa av %2 — skriv mer för att begränsa</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate for %1</source>
        <translation>Intyg för %1</translation>
    </message>
    <message>
        <source>e.g. Prøve i Dansk 2</source>
        <translation>t.ex. Prøve i Dansk 2</translation>
    </message>
    <message>
        <source>A file is kept already; choosing another keeps that one too.</source>
        <translation>En fil finns redan sparad; väljer du en annan sparas även den.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil vald.</translation>
    </message>
    <message>
        <source>Choose the file (PDF, JPEG, PNG)…</source>
        <translation>Välj filen (PDF, JPEG, PNG)…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daterat</translation>
    </message>
    <message>
        <source>Level it shows</source>
        <translation>Nivå enligt intyget</translation>
    </message>
    <message>
        <source>The certificate&apos;s file</source>
        <translation>Intygets fil</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokument (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <source>You logged in with an initial password. Choose your own password to go on.</source>
        <translation>Du loggade in med ett startlösenord. Välj ett eget lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Välj ett nytt lösenord.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nytt lösenord igen</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>De två nya lösenorden är inte lika.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Det nya lösenordet måste skilja sig från det nuvarande.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Inget att visa än.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportera PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Spara diagrammet som en bild</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart for a spreadsheet</source>
        <translation>Spara siffrorna bakom diagrammet för ett kalkylblad</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>The picture could not be saved.</source>
        <translation>Bilden kunde inte sparas.</translation>
    </message>
    <message>
        <source>Export chart as a picture</source>
        <translation>Exportera diagrammet som bild</translation>
    </message>
    <message>
        <source>PNG image, print resolution (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-bild i tryckupplösning (*.png);;SVG-teckning (*.svg)</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Diagrammet har sparats som %1.</translation>
    </message>
    <message>
        <source>Export numbers as CSV</source>
        <translation>Exportera siffror som CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The numbers were saved as %1.</source>
        <translation>Siffrorna har sparats som %1.</translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Approve closing…</source>
        <translation>Godkänn avslut…</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Skicka tillbaka med en kommentar…</translation>
    </message>
    <message>
        <source>Ask to close…</source>
        <translation>Begär avslut…</translation>
    </message>
    <message>
        <source>Ask the team lead to close this case</source>
        <translation>Be teamledaren att avsluta detta ärende</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Slå samman en dubblett…</translation>
    </message>
    <message>
        <source>Another case of the same young person: merge it into this one</source>
        <translation>Ett annat ärende om samma unga: slå samman det med detta</translation>
    </message>
    <message>
        <source>%1 returned the request to close: “%2”</source>
        <translation>%1 skickade tillbaka begäran om avslut: “%2”</translation>
    </message>
    <message>
        <source>%1 asked on %2 to close this case: “%3”. Waiting for the team lead.</source>
        <translation>%1 begärde den %2 att ärendet avslutas: “%3”. Väntar på teamledaren.</translation>
    </message>
    <message>
        <source>Ask to close this case</source>
        <translation>Begär avslut av detta ärende</translation>
    </message>
    <message>
        <source>Why should the case be closed?</source>
        <translation>Varför ska ärendet avslutas?</translation>
    </message>
    <message>
        <source>For example: moved to another municipality</source>
        <translation>Till exempel: flyttat till en annan kommun</translation>
    </message>
    <message>
        <source>The team lead approves the closure or returns it with a comment; until then the case stays open.</source>
        <translation>Teamledaren godkänner avslutet eller skickar tillbaka det med en kommentar; till dess förblir ärendet öppet.</translation>
    </message>
    <message>
        <source>Ask to close</source>
        <translation>Begär avslut</translation>
    </message>
    <message>
        <source>Asked to close the case; it waits for the team lead.</source>
        <translation>Avslut av ärendet är begärt; det väntar på teamledaren.</translation>
    </message>
    <message>
        <source>Close %1 (%2)? Its open transitions are resolved as closed with it; they stay on the record and in the figures.</source>
        <translation>Avsluta %1 (%2)? Ärendets öppna övergångar avslutas som stängda med det; de finns kvar i ärendet och i siffrorna.</translation>
    </message>
    <message>
        <source>Approve closing</source>
        <translation>Godkänn avslut</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Ärendet är avslutat.</translation>
    </message>
    <message>
        <source>Return the request to close</source>
        <translation>Skicka tillbaka begäran om avslut</translation>
    </message>
    <message>
        <source>What is needed before it can be closed?</source>
        <translation>Vad behövs innan det kan avslutas?</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Skicka tillbaka</translation>
    </message>
    <message>
        <source>Returned to %1 with your comment; the case stays open.</source>
        <translation>Skickat tillbaka till %1 med din kommentar; ärendet förblir öppet.</translation>
    </message>
    <message>
        <source>Merged into this case.</source>
        <translation>Sammanslaget med detta ärende.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this case</source>
        <translation>Någon annan har ändrat ärendet</translation>
    </message>
    <message>
        <source>Compare the changes below. Nothing has been saved yet and nothing is overwritten unless you choose to.</source>
        <translation>Jämför ändringarna nedan. Inget har sparats än och inget skrivs över om du inte väljer det.</translation>
    </message>
    <message>
        <source>Fields saved by both</source>
        <translation>Fält sparade av båda</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>När du öppnade det</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Din ändring</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Sparat av någon annan</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(oförändrat)</translation>
    </message>
    <message>
        <source>Discard mine, show theirs</source>
        <translation>Släng mina, visa deras</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Spara mina över deras</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>The connection to the database server is lost. Homeward keeps trying; what you have typed stays here, and you can save it once the server answers again.</source>
        <translation>Anslutningen till databasservern har brutits. Homeward fortsätter att försöka; det du har skrivit finns kvar här, och du kan spara det när servern svarar igen.</translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation>Ansluten till databasservern igen.</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course %1</source>
        <translation>Redigera kurs %1</translation>
    </message>
    <message>
        <source>New language course</source>
        <translation>Ny språkkurs</translation>
    </message>
    <message>
        <source>made when empty</source>
        <translation>skapas om tom</translation>
    </message>
    <message>
        <source>e.g. Danish 2, module 3</source>
        <translation>t.ex. Danska 2, modul 3</translation>
    </message>
    <message>
        <source>the language school</source>
        <translation>språkskolan</translation>
    </message>
    <message>
        <source>e.g. da</source>
        <translation>t.ex. da</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Place (municipality)</source>
        <translation>Plats (kommun)</translation>
    </message>
    <message>
        <source>CEFR level</source>
        <translation>GERS-nivå</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timmar i veckan</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <source>Folder for the data export</source>
        <translation>Mapp för datautdraget</translation>
    </message>
    <message>
        <source>Exporting the data of %1</source>
        <translation>Exporterar uppgifterna om %1</translation>
    </message>
</context>
<context>
    <name>DataProtectionScreen</name>
    <message>
        <source>Data-protection duties are handled by team leads and coordinators.</source>
        <translation>Dataskyddsuppgifter sköts av teamledare och samordnare.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Exportera allt som finns lagrat…</translation>
    </message>
    <message>
        <source>Access request: everything held about one person</source>
        <translation>Registerutdrag: allt som finns lagrat om en person</translation>
    </message>
    <message>
        <source>Anonymise selected…</source>
        <translation>Anonymisera valda…</translation>
    </message>
    <message>
        <source>Retention review: closed cases past the retention period</source>
        <translation>Gallringsöversyn: avslutade ärenden efter lagringstiden</translation>
    </message>
    <message>
        <source>Anonymise on request…</source>
        <translation>Anonymisera på begäran…</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Begäran om radering</translation>
    </message>
    <message>
        <source>Type the case reference first.</source>
        <translation>Skriv ärendenumret först.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Skrev %1 och %2.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisera</translation>
    </message>
    <message>
        <source>Anonymise %1? Names, contacts and free text are removed for good; the figures used in statistics are kept. This cannot be undone.</source>
        <translation>Anonymisera %1? Namn, kontakter och fritext tas bort för gott; siffrorna som används i statistiken behålls. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Anonymiserat: %1.</translation>
    </message>
    <message>
        <source>Select the cases to anonymise first.</source>
        <translation>Välj först de ärenden som ska anonymiseras.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Troliga dubbletter</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>No likely duplicates in your team.</source>
        <translation>Inga troliga dubbletter i ditt team.</translation>
    </message>
    <message>
        <source>Cases of your team with similar names, the same birth year and no different nationality. Choose a pair to compare and merge it.</source>
        <translation>Ärenden i ditt team med liknande namn, samma födelseår och inte olika medborgarskap. Välj ett par för att jämföra och slå samman det.</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Jämför och slå samman…</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Enrolment in %1</source>
        <translation>Inskrivning i %1</translation>
    </message>
    <message>
        <source>When it ends, it ends today unless you give the day.</source>
        <translation>Avslutas den, slutar den i dag om du inte anger dagen.</translation>
    </message>
    <message>
        <source>e.g. moved to another municipality</source>
        <translation>t.ex. flyttat till en annan kommun</translation>
    </message>
    <message>
        <source>needed when going back, e.g. completed by mistake</source>
        <translation>krävs vid återgång, t.ex. slutförd av misstag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Uppnådd nivå</translation>
    </message>
    <message>
        <source>Why it was dropped</source>
        <translation>Varför det avbröts</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>Skäl till en rättelse</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook, imports back into Homeward (*.xlsx);;CSV for your spreadsheet (*.csv)</source>
        <translation>Excel-arbetsbok, kan importeras till Homeward igen (*.xlsx);;CSV för ditt kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
    <message>
        <source>Export the caseload</source>
        <translation>Exportera ärendelistan</translation>
    </message>
    <message>
        <source>Export anonymised statistics</source>
        <translation>Exportera anonymiserad statistik</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 cases were exported to %2.</source>
        <translation>%1 ärenden exporterades till %2.</translation>
    </message>
    <message>
        <source>The statistics (%1 rows: municipality and age band, no names) were exported to %2.</source>
        <translation>Statistiken (%1 rader: kommun och åldersgrupp, inga namn) exporterades till %2.</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Name the young people (not only the case reference)</source>
        <translation>Namnge de unga (inte bara ärendenumret)</translation>
    </message>
    <message>
        <source>Calendars are often synchronised to cloud services: without names, events show the case reference only.</source>
        <translation>Kalendrar synkroniseras ofta med molntjänster: utan namn visar händelserna bara ärendenumret.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nästa:</translation>
    </message>
</context>
<context>
    <name>ExportHeadings</name>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Date of birth known to</source>
        <translation>Födelsedatum känt till</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkspråk</translation>
    </message>
    <message>
        <source>Unaccompanied</source>
        <translation>Ensamkommande</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ankomstdatum</translation>
    </message>
    <message>
        <source>Status decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Tillståndet upphör</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Placement municipality</source>
        <translation>Placeringskommun</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>Placeringen upphör</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>I eftervård</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Ansvarig handläggare</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Expected family reunification</source>
        <translation>Väntad familjeåterförening</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Nästa övergång</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Readiness %</source>
        <translation>Beredskap %</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Män</translation>
    </message>
    <message>
        <source>Other or unknown sex</source>
        <translation>Annat eller okänt kön</translation>
    </message>
    <message>
        <source>Status granted</source>
        <translation>Uppehållstillstånd beviljat</translation>
    </message>
    <message>
        <source>Pending or appealed</source>
        <translation>Pågående eller överklagat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation>Inget beslut registrerat</translation>
    </message>
    <message>
        <source>In reception</source>
        <translation>I anläggningsboende</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>I vård</translation>
    </message>
    <message>
        <source>Own tenancy</source>
        <translation>Eget boende</translation>
    </message>
    <message>
        <source>Other or no placement</source>
        <translation>Annan eller ingen placering</translation>
    </message>
    <message>
        <source>Transition within 90 days</source>
        <translation>Övergång inom 90 dagar</translation>
    </message>
    <message>
        <source>Housing secured for the next transition</source>
        <translation>Bostad ordnad till nästa övergång</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Välj kalkylbladet</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a header row. Rows are numbered as in the spreadsheet: the header is row 1, the first case is row 2. A workbook&apos;s sheets of language courses, enrolments, contacts and consents come along.</source>
        <translation>En CSV- eller XLSX-fil med en rubrikrad. Raderna numreras som i kalkylbladet: rubriken är rad 1, det första ärendet är rad 2. En arbetsboks blad med språkkurser, inskrivningar, kontakter och samtycken följer med.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil att importera</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Sökväg till en .csv- eller .xlsx-fil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Team for rows without one:</source>
        <translation>Team för rader utan team:</translation>
    </message>
    <message>
        <source>No team (coordinators only)</source>
        <translation>Inget team (bara samordnare)</translation>
    </message>
    <message>
        <source>Import a caseload</source>
        <translation>Importera en ärendelista</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Kalkylblad (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Första administratör</translation>
    </message>
    <message>
        <source>This new database has no users yet. Create the administrator account; the administrator then adds the social workers and teams.</source>
        <translation>Den här nya databasen har inga användare än. Skapa administratörskontot; administratören lägger sedan till socialsekreterarna och teamen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Lösenord igen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte lika.</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Skriv ett användarnamn.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Homeward</source>
        <translation>Välkommen till Homeward</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Homeward&lt;/h2&gt;&lt;p&gt;Homeward keeps its records in a database file on this computer. Choose how to start.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Välkommen till Homeward&lt;/h2&gt;&lt;p&gt;Homeward sparar sina uppgifter i en databasfil på den här datorn. Välj hur du vill börja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Skapa en ny databas</translation>
    </message>
    <message>
        <source>An empty database for your service; you choose the first administrator.</source>
        <translation>En tom databas för er verksamhet; du väljer den första administratören.</translation>
    </message>
    <message>
        <source>Open an existing database file</source>
        <translation>Öppna en befintlig databasfil</translation>
    </message>
    <message>
        <source>A Homeward database that you or a colleague already use.</source>
        <translation>En Homeward-databas som du eller en kollega redan använder.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Öppna demodatabasen</translation>
    </message>
    <message>
        <source>Made-up young people and demo accounts (password &apos;demo&apos;) to try Homeward.</source>
        <translation>Påhittade unga och demokonton (lösenord &apos;demo&apos;) för att prova Homeward.</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s database server</source>
        <translation>Anslut till ert teams databasserver</translation>
    </message>
    <message>
        <source>A PostgreSQL database your team shares; IT gives you its details.</source>
        <translation>En PostgreSQL-databas som ert team delar; IT ger dig uppgifterna.</translation>
    </message>
    <message>
        <source>Homeward database (*.db)</source>
        <translation>Homeward-databas (*.db)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Öppna en databas</translation>
    </message>
    <message>
        <source>Homeward database (*.db);;All files (*)</source>
        <translation>Homeward-databas (*.db);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>%1 is known</source>
        <translation>%1 är känt</translation>
    </message>
</context>
<context>
    <name>Housing</name>
    <message>
        <source>Social housing</source>
        <translation>Allmännyttig bostad</translation>
    </message>
    <message>
        <source>Co-housing / shared</source>
        <translation>Kollektiv / delat boende</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Stödboende</translation>
    </message>
    <message>
        <source>Private rental</source>
        <translation>Privat uthyrning</translation>
    </message>
    <message>
        <source>Student housing</source>
        <translation>Studentbostad</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Värdfamilj</translation>
    </message>
    <message>
        <source>Social-housing provider</source>
        <translation>Allmännyttigt bostadsbolag</translation>
    </message>
    <message>
        <source>Private landlord</source>
        <translation>Privat hyresvärd</translation>
    </message>
    <message>
        <source>Rental agency</source>
        <translation>Bostadsförmedling</translation>
    </message>
    <message>
        <source>Co-housing project</source>
        <translation>Kollektivboendeprojekt</translation>
    </message>
    <message>
        <source>Supported-housing service</source>
        <translation>Stödboendeverksamhet</translation>
    </message>
    <message>
        <source>Rent subsidy</source>
        <translation>Bostadsbidrag</translation>
    </message>
    <message>
        <source>Deposit guarantee</source>
        <translation>Depositionsgaranti</translation>
    </message>
    <message>
        <source>Rent guarantee</source>
        <translation>Hyresgaranti</translation>
    </message>
    <message>
        <source>Intermediation by a rental agency</source>
        <translation>Förmedling via bostadsförmedling</translation>
    </message>
    <message>
        <source>Too far from school, work or network</source>
        <translation>För långt från skola, arbete eller nätverk</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>För dyr</translation>
    </message>
    <message>
        <source>Too small for the household</source>
        <translation>För liten för hushållet</translation>
    </message>
    <message>
        <source>Not suitable (condition, accessibility, shared)</source>
        <translation>Inte lämplig (skick, tillgänglighet, delad)</translation>
    </message>
    <message>
        <source>The young person declined</source>
        <translation>Den unga tackade nej</translation>
    </message>
    <message>
        <source>The landlord chose someone else</source>
        <translation>Hyresvärden valde någon annan</translation>
    </message>
    <message>
        <source>Other housing found</source>
        <translation>Annan bostad hittad</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>Erbjudandet återkallat</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annat skäl</translation>
    </message>
    <message>
        <source>Viewing arranged</source>
        <translation>Visning bokad</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Acceptera…</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Kontrakt undertecknat</translation>
    </message>
    <message>
        <source>Moved in…</source>
        <translation>Inflyttad…</translation>
    </message>
    <message>
        <source>End tenancy…</source>
        <translation>Avsluta hyresavtal…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Tacka nej…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bostad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Yta m²</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Hyra</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Bostäder</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>(a case you may not open)</source>
        <translation>(ett ärende du inte får öppna)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Inflyttning</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Declined because</source>
        <translation>Nej tack eftersom</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
</context>
<context>
    <name>HousingScreen</name>
    <message>
        <source>Units</source>
        <translation>Bostäder</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Hyresvärdar</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Sök bostäder</translation>
    </message>
    <message>
        <source>Code, address or provider</source>
        <translation>Kod, adress eller hyresvärd</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>At least this many rooms</source>
        <translation>Minst så många rum</translation>
    </message>
    <message>
        <source>any rooms</source>
        <translation>Rum: alla</translation>
    </message>
    <message>
        <source>Rent at most</source>
        <translation>Hyra högst</translation>
    </message>
    <message>
        <source>any rent</source>
        <translation>Hyra: alla</translation>
    </message>
    <message>
        <source>Free by</source>
        <translation>Ledig senast</translation>
    </message>
    <message>
        <source>Retired too</source>
        <translation>Även avvecklade</translation>
    </message>
    <message>
        <source>Housing units</source>
        <translation>Bostäder</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>Ny bostad…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Avveckla</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Övergång</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>This unit fits none of the cases you may see.</source>
        <translation>Den här bostaden passar inget av de ärenden du får se.</translation>
    </message>
    <message>
        <source>Offer history</source>
        <translation>Erbjudandehistorik</translation>
    </message>
    <message>
        <source>Cases this unit fits, most urgent first</source>
        <translation>Ärenden som bostaden passar, mest brådskande först</translation>
    </message>
    <message>
        <source>Retired providers too</source>
        <translation>Även avvecklade hyresvärdar</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>Ny hyresvärd…</translation>
    </message>
    <message>
        <source>Retire / reinstate</source>
        <translation>Avveckla / återinför</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>The first %1 units: narrow the filters to see the others.</source>
        <translation>De första %1 bostäderna: begränsa filtren för att se de andra.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 bostäder</translation>
    </message>
    <message>
        <source>No unit selected.</source>
        <translation>Ingen bostad vald.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Återinför</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>%1 av %2 platser lediga</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>avvecklad</translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation>Bostad %1 sparad.</translation>
    </message>
    <message>
        <source>Unit %1 reinstated.</source>
        <translation>Bostad %1 återinförd.</translation>
    </message>
    <message>
        <source>Unit %1 retired.</source>
        <translation>Bostad %1 avvecklad.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Date of birth precision</source>
        <translation>Födelsedatumets precision</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkspråk</translation>
    </message>
    <message>
        <source>Unaccompanied</source>
        <translation>Ensamkommande</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ankomstdatum</translation>
    </message>
    <message>
        <source>Status decision</source>
        <translation>Beslut om status</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Tillståndet upphör</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placeringstyp</translation>
    </message>
    <message>
        <source>Placement municipality</source>
        <translation>Placeringskommun</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>Placeringen upphör</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>I eftervård</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Ansvarig handläggare</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Family reunification members</source>
        <translation>Anhöriga vid familjeåterförening</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Språkkurser</translation>
    </message>
    <message>
        <source>Enrolments in language courses</source>
        <translation>Inskrivningar i språkkurser</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Import a caseload</source>
        <translation>Importera en ärendelista</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1: %2 nya, %3 uppdaterade, %4 oförändrade, %5 avvisade.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Move-out after status grant</source>
        <translation>Utflytt efter uppehållstillstånd</translation>
    </message>
    <message>
        <source>Turns 18</source>
        <translation>Fyller 18</translation>
    </message>
    <message>
        <source>After-care ends</source>
        <translation>Eftervården upphör</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>Tillståndet upphör</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>Placeringen upphör</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Housing secured</source>
        <translation>Bostad säkrad</translation>
    </message>
    <message>
        <source>Income or benefits arranged</source>
        <translation>Inkomst eller ersättning ordnad</translation>
    </message>
    <message>
        <source>Budget plan</source>
        <translation>Budgetplan</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Identitetshandlingar</translation>
    </message>
    <message>
        <source>Health registration and insurance</source>
        <translation>Hälso- och sjukvårdsregistrering och försäkring</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Språkkurs</translation>
    </message>
    <message>
        <source>Education or employment plan</source>
        <translation>Plan för utbildning eller arbete</translation>
    </message>
    <message>
        <source>Adult connections (mentor, network)</source>
        <translation>Vuxenkontakter (mentor, nätverk)</translation>
    </message>
    <message>
        <source>Guardian / after-care arranged</source>
        <translation>God man / eftervård ordnad</translation>
    </message>
    <message>
        <source>Worker continuity confirmed</source>
        <translation>Kontinuitet hos handläggare bekräftad</translation>
    </message>
    <message>
        <source>Life plan reviewed</source>
        <translation>Livsplanen genomgången</translation>
    </message>
    <message>
        <source>exact date</source>
        <translation>exakt datum</translation>
    </message>
    <message>
        <source>month and year known</source>
        <translation>månad och år kända</translation>
    </message>
    <message>
        <source>only the year known</source>
        <translation>bara året känt</translation>
    </message>
    <message>
        <source>set by age assessment</source>
        <translation>fastställt genom åldersbedömning</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Flyktingstatus</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Alternativt skydd</translation>
    </message>
    <message>
        <source>Humanitarian status</source>
        <translation>Humanitära skäl</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Tillfälligt skydd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Överklagande</translation>
    </message>
    <message>
        <source>Application pending</source>
        <translation>Ansökan pågår</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Anläggningsboende</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <source>Residential care</source>
        <translation>HVB-hem</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Stödboende</translation>
    </message>
    <message>
        <source>Own tenancy</source>
        <translation>Eget hyreskontrakt</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>God man</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lärare</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advokat</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internt team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Eftervårdsverksamhet</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Kommunens bostadsenhet</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterat</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Tackat nej</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Kontrakt undertecknat</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Inflyttad</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Socialt nätverk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Red — urgent</source>
        <translation>Röd — brådskande</translation>
    </message>
    <message>
        <source>Amber — watch</source>
        <translation>Gul — bevaka</translation>
    </message>
    <message>
        <source>Green — on track</source>
        <translation>Grön — enligt plan</translation>
    </message>
    <message>
        <source>Care placement secured (foster, residential or supported)</source>
        <translation>Placering säkrad (familjehem, HVB eller stödboende)</translation>
    </message>
    <message>
        <source>Permit renewal applied for or new permit</source>
        <translation>Förlängning sökt eller nytt tillstånd</translation>
    </message>
    <message>
        <source>Guardian appointed</source>
        <translation>God man utsedd</translation>
    </message>
    <message>
        <source>School place</source>
        <translation>Skolplats</translation>
    </message>
    <message>
        <source>Housed on time</source>
        <translation>Bostad i tid</translation>
    </message>
    <message>
        <source>Housed late</source>
        <translation>Bostad för sent</translation>
    </message>
    <message>
        <source>Stayed in care</source>
        <translation>Kvar i placering</translation>
    </message>
    <message>
        <source>Moved elsewhere</source>
        <translation>Flyttat någon annanstans</translation>
    </message>
    <message>
        <source>Left without housing</source>
        <translation>Flyttat utan bostad</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Kontakten förlorad</translation>
    </message>
    <message>
        <source>No longer applies</source>
        <translation>Gäller inte längre</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Ärendet avslutat</translation>
    </message>
    <message>
        <source>Status withdrawn</source>
        <translation>Status återkallad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>School change</source>
        <translation>Skolbyte</translation>
    </message>
    <message>
        <source>Transfer to another municipality</source>
        <translation>Flytt till en annan kommun</translation>
    </message>
    <message>
        <source>Transfer to another team</source>
        <translation>Överflyttning till ett annat team</translation>
    </message>
    <message>
        <source>Transfer to after-care</source>
        <translation>Övergång till eftervård</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Jobbcoachning</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Lärlingsutbildning</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Yrkesutbildning</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Sport club</source>
        <translation>Idrottsförening</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Volontärarbete</translation>
    </message>
    <message>
        <source>Tenant association</source>
        <translation>Hyresgästförening</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialsekreterare</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamledare</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Activity added</source>
        <translation>Aktivitet tillagd</translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation>Aktivitet ändrad</translation>
    </message>
    <message>
        <source>Age assessment corrected</source>
        <translation>Åldersbedömning rättad</translation>
    </message>
    <message>
        <source>Duplicate cases merged</source>
        <translation>Dubblettärenden sammanslagna</translation>
    </message>
    <message>
        <source>Consent corrected</source>
        <translation>Samtycke rättat</translation>
    </message>
    <message>
        <source>Contact ended</source>
        <translation>Kontakt avslutad</translation>
    </message>
    <message>
        <source>Move corrected</source>
        <translation>Flytt rättad</translation>
    </message>
    <message>
        <source>Move recorded</source>
        <translation>Flytt registrerad</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Anteckning rättad</translation>
    </message>
    <message>
        <source>Task changed</source>
        <translation>Uppgift ändrad</translation>
    </message>
    <message>
        <source>Appointment planned</source>
        <translation>Möte planerat</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Möte ändrat</translation>
    </message>
    <message>
        <source>Appointment kept, cancelled or missed</source>
        <translation>Möte genomfört, inställt eller uteblivet</translation>
    </message>
    <message>
        <source>Course attendance recorded</source>
        <translation>Kursnärvaro registrerad</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Kalender exporterad</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Dokument tillagt</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Dokument utskrivet</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Dokument borttaget</translation>
    </message>
    <message>
        <source>Document saved as a copy</source>
        <translation>Dokument sparat som kopia</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Dokument visat</translation>
    </message>
    <message>
        <source>Documents listed</source>
        <translation>Dokument listade</translation>
    </message>
    <message>
        <source>Age assessed</source>
        <translation>Ålder bedömd</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Granskningslogg exporterad</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Säkerhetskopia skapad</translation>
    </message>
    <message>
        <source>Cases handed over</source>
        <translation>Ärenden överlämnade</translation>
    </message>
    <message>
        <source>Case anonymised</source>
        <translation>Ärende anonymiserat</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Ärende ändrat</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Ärende skapat</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Ärende öppnat</translation>
    </message>
    <message>
        <source>Case reassigned</source>
        <translation>Ärende omfördelat</translation>
    </message>
    <message>
        <source>Caseload exported</source>
        <translation>Ärendelista exporterad</translation>
    </message>
    <message>
        <source>Cases imported</source>
        <translation>Ärenden importerade</translation>
    </message>
    <message>
        <source>Certificate&apos;s document kept</source>
        <translation>Intygets dokument sparat</translation>
    </message>
    <message>
        <source>Certificate recorded</source>
        <translation>Intyg registrerat</translation>
    </message>
    <message>
        <source>Check-in added</source>
        <translation>Uppföljning registrerad</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Checklista ändrad</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Avslut godkänt</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Avslut begärt</translation>
    </message>
    <message>
        <source>Closure returned</source>
        <translation>Avslut skickat tillbaka</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Samtycke registrerat</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtycke återkallat</translation>
    </message>
    <message>
        <source>Consents imported</source>
        <translation>Samtycken importerade</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Kontakt tillagd</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Kontakt ändrad</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Kontakter importerade</translation>
    </message>
    <message>
        <source>Language course changed</source>
        <translation>Språkkurs ändrad</translation>
    </message>
    <message>
        <source>Language course created</source>
        <translation>Språkkurs skapad</translation>
    </message>
    <message>
        <source>Language course reinstated</source>
        <translation>Språkkurs återinförd</translation>
    </message>
    <message>
        <source>Language course retired</source>
        <translation>Språkkurs avvecklad</translation>
    </message>
    <message>
        <source>Language courses imported</source>
        <translation>Språkkurser importerade</translation>
    </message>
    <message>
        <source>Database moved</source>
        <translation>Databas flyttad</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Databas återställd</translation>
    </message>
    <message>
        <source>Decision added</source>
        <translation>Beslut registrerat</translation>
    </message>
    <message>
        <source>Decision changed</source>
        <translation>Beslut ändrat</translation>
    </message>
    <message>
        <source>Decision corrected</source>
        <translation>Beslut rättat</translation>
    </message>
    <message>
        <source>Decision withdrawn (recorded in error)</source>
        <translation>Beslut tillbakadraget (felregistrerat)</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Demodata skapad</translation>
    </message>
    <message>
        <source>Work or education support added</source>
        <translation>Stöd för arbete eller utbildning tillagt</translation>
    </message>
    <message>
        <source>Work or education support changed</source>
        <translation>Stöd till arbete eller utbildning ändrat</translation>
    </message>
    <message>
        <source>Language course enrolment added</source>
        <translation>Inskrivning i språkkurs tillagd</translation>
    </message>
    <message>
        <source>Language course enrolment changed</source>
        <translation>Inskrivning i språkkurs ändrad</translation>
    </message>
    <message>
        <source>Enrolments imported</source>
        <translation>Inskrivningar importerade</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Mål tillagt</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Mål ändrat</translation>
    </message>
    <message>
        <source>Housing matched</source>
        <translation>Bostadsmatchning gjord</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Inloggning misslyckades</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Anteckning tillagd</translation>
    </message>
    <message>
        <source>Housing offer moved on</source>
        <translation>Bostadserbjudandets status ändrad</translation>
    </message>
    <message>
        <source>Housing offer proposed</source>
        <translation>Bostadserbjudande föreslaget</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Lösenord bytt</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Lösenord återställt</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Åtkomst nekad</translation>
    </message>
    <message>
        <source>Permit renewal applied for</source>
        <translation>Förlängning av tillstånd sökt</translation>
    </message>
    <message>
        <source>Placement added</source>
        <translation>Placering registrerad</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Placering ändrad</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <source>Programme changed</source>
        <translation>Program ändrat</translation>
    </message>
    <message>
        <source>Programme created</source>
        <translation>Program skapat</translation>
    </message>
    <message>
        <source>Programme reinstated</source>
        <translation>Program återinfört</translation>
    </message>
    <message>
        <source>Programme retired</source>
        <translation>Program avvecklat</translation>
    </message>
    <message>
        <source>Housing provider changed</source>
        <translation>Hyresvärd ändrad</translation>
    </message>
    <message>
        <source>Housing provider created</source>
        <translation>Hyresvärd skapad</translation>
    </message>
    <message>
        <source>Housing provider reactivated</source>
        <translation>Hyresvärd återinförd</translation>
    </message>
    <message>
        <source>Housing provider retired</source>
        <translation>Hyresvärd avvecklad</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Inställningar ändrade</translation>
    </message>
    <message>
        <source>Statistics exported</source>
        <translation>Statistik exporterad</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Personuppgifter exporterade</translation>
    </message>
    <message>
        <source>Support added</source>
        <translation>Stöd tillagt</translation>
    </message>
    <message>
        <source>Support removed</source>
        <translation>Stöd borttaget</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Uppgift tillagd</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Uppgift klar</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Uppgift öppnad igen</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>Team ändrat</translation>
    </message>
    <message>
        <source>Team created</source>
        <translation>Team skapat</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>Överflyttning accepterad</translation>
    </message>
    <message>
        <source>Transfer rejected</source>
        <translation>Överflyttning avslagen</translation>
    </message>
    <message>
        <source>Transfer requested</source>
        <translation>Överflyttning begärd</translation>
    </message>
    <message>
        <source>Transition moved</source>
        <translation>Övergång flyttad</translation>
    </message>
    <message>
        <source>Transition reopened</source>
        <translation>Övergång öppnad igen</translation>
    </message>
    <message>
        <source>Transition outcome recorded</source>
        <translation>Övergångens utfall registrerat</translation>
    </message>
    <message>
        <source>Housing unit changed</source>
        <translation>Bostad ändrad</translation>
    </message>
    <message>
        <source>Housing unit created</source>
        <translation>Bostad skapad</translation>
    </message>
    <message>
        <source>Housing unit reinstated</source>
        <translation>Bostad återinförd</translation>
    </message>
    <message>
        <source>Housing unit retired</source>
        <translation>Bostad avvecklad</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Användare ändrad</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Användare skapad</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Användare inaktiverad</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Användare aktiverad</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Användare upplåst</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>Fönster låst</translation>
    </message>
    <message>
        <source>Worker assigned</source>
        <translation>Handläggare tilldelad</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag försenad</numerusform>
            <numerusform>%n dagar försenad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The new language is used the next time Homeward starts. Dates and numbers follow the same language.</source>
        <translation>Det nya språket används nästa gång Homeward startar. Datum och tal följer samma språk.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Homeward – log in</source>
        <translation>Homeward – logga in</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Homeward&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Homeward&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>This is a demo database with made-up people. Log in as &lt;b&gt;worker&lt;/b&gt;, &lt;b&gt;lead&lt;/b&gt;, &lt;b&gt;coordinator&lt;/b&gt; or &lt;b&gt;admin&lt;/b&gt;; the password is &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>Det här är en demodatabas med påhittade personer. Logga in som &lt;b&gt;worker&lt;/b&gt;, &lt;b&gt;lead&lt;/b&gt;, &lt;b&gt;coordinator&lt;/b&gt; eller &lt;b&gt;admin&lt;/b&gt;; lösenordet är &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Ö&amp;ppna databas…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Anslut till en &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Import caseload…</source>
        <translation>&amp;Importera ärendelista…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Caseload as a spreadsheet…</source>
        <translation>Ärende&amp;listan som kalkylblad…</translation>
    </message>
    <message>
        <source>Anonymised &amp;statistics…</source>
        <translation>Anonymiserad &amp;statistik…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Säkerhetskopiera databasen…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Logga ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Hitta ett ärende</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Skriv &amp;ut sammanfattning…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>St&amp;äng fliken</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab of the case</source>
        <translation>&amp;Nästa flik i ärendet</translation>
    </message>
    <message>
        <source>P&amp;revious tab of the case</source>
        <translation>&amp;Föregående flik i ärendet</translation>
    </message>
    <message>
        <source>Tab %1 of the case</source>
        <translation>Flik %1 i ärendet</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Ä&amp;rende</translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation>&amp;Gå till flik</translation>
    </message>
    <message>
        <source>Only social workers and team leads open new cases.</source>
        <translation>Bara handläggare och teamledare öppnar nya ärenden.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Användare…</translation>
    </message>
    <message>
        <source>&amp;Teams…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Språk…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Homeward</source>
        <translation>&amp;Om Homeward</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>The import is finished.</source>
        <translation>Importen är klar.</translation>
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
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Min ärendelista</translation>
    </message>
    <message>
        <source>Pages and open cases</source>
        <translation>Sidor och öppna ärenden</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Ärendelista</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Övergångar</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Dataskydd</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Nothing to save: %1 has no unsaved changes.</source>
        <translation>Inget att spara: %1 har inga osparade ändringar.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Homeward databases (*.db)</source>
        <translation>Homeward-databaser (*.db)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Öppna en databas</translation>
    </message>
    <message>
        <source>Homeward databases (*.db);;All files (*)</source>
        <translation>Homeward-databaser (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Partners&apos; offers</source>
        <translation>Partnerutbud</translation>
    </message>
    <message>
        <source>Homeward</source>
        <translation>Homeward</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 sparat.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the list</source>
        <translation>
            <numerusform>%n ärende i listan</numerusform>
            <numerusform>%n ärenden i listan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Matcha kolumnerna</translation>
    </message>
    <message>
        <source>Each column of the file and the Homeward field it fills. Columns are matched by name; your choices are remembered for the next import.</source>
        <translation>Varje kolumn i filen och det Homeward-fält den fyller. Kolumnerna matchas på namn; dina val sparas till nästa import.</translation>
    </message>
    <message>
        <source>The workbook&apos;s other sheets, imported after the cases</source>
        <translation>Arbetsbokens övriga blad, importeras efter ärendena</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n row(s)</source>
        <translation>
            <numerusform>%1: %2, %n rad</numerusform>
            <numerusform>%1: %2, %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolumn %1)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placeringar</translation>
    </message>
    <message>
        <source>Age assessments</source>
        <translation>Åldersbedömningar</translation>
    </message>
    <message>
        <source>Housing offers</source>
        <translation>Bostadserbjudanden</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Språkkurser</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbete och utbildning</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tilldelningar</translation>
    </message>
    <message>
        <source>School changes and transfers</source>
        <translation>Skolbyten och överflyttningar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Övergångar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Merge two cases of one person</source>
        <translation>Slå samman två ärenden om samma person</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Byt plats</translation>
    </message>
    <message>
        <source>Keep the other case instead</source>
        <translation>Behåll det andra ärendet i stället</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation>Behåll ärendet</translation>
    </message>
    <message>
        <source>Merge into it the case</source>
        <translation>Slå samman detta ärende med det</translation>
    </message>
    <message>
        <source>The two cases side by side</source>
        <translation>De två ärendena sida vid sida</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behålls</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Slås samman med det</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Skäl till sammanslagningen</translation>
    </message>
    <message>
        <source>Why are they one person? For example: the same passport number</source>
        <translation>Varför är de samma person? Till exempel: samma passnummer</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå samman…</translation>
    </message>
    <message>
        <source>Everything the second case holds moves onto the case kept, and what was recorded on both is kept once. The second reference stays a name of the case kept: search, opening and import still find it.</source>
        <translation>Allt som det andra ärendet innehåller flyttas till det ärende som behålls, och det som registrerats i båda behålls en gång. Det andra ärendenumret förblir ett namn på det ärende som behålls: sökning, öppning och import hittar det fortfarande.</translation>
    </message>
    <message>
        <source>Why are they one person?</source>
        <translation>Varför är de samma person?</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Filled in from the second case: %1.</source>
        <translation>Ifyllt från det andra ärendet: %1.</translation>
    </message>
    <message>
        <source>Recorded differently, the case kept&apos;s stays: %1.</source>
        <translation>Registrerat olika, det behållna ärendets värde står kvar: %1.</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)? This cannot be undone: %1 then names %3.</source>
        <translation>Slå samman %1 (%2) med %3 (%4)? Det kan inte ångras: %1 hänvisar sedan till %3.</translation>
    </message>
    <message>
        <source>Merge two cases</source>
        <translation>Slå samman två ärenden</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Övergång</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Ansvarig handläggare</translation>
    </message>
    <message>
        <source>Show only the transitions whose date has passed and whose outcome is not yet recorded</source>
        <translation>Visa bara övergångar vars datum har passerat och vars utfall ännu inte är registrerat</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrera utfall…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My day&lt;/h2&gt;&lt;p&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Min dag&lt;/h2&gt;&lt;p&gt;Läser in…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My day&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Min dag&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>My transitions in the next 30 days that need attention (%n)</source>
        <translation>
            <numerusform>Mina övergångar de närmaste 30 dagarna som behöver uppmärksamhet (%n)</numerusform>
            <numerusform>Mina övergångar de närmaste 30 dagarna som behöver uppmärksamhet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transitions in the next 30 days that need attention (%n)</source>
        <translation>
            <numerusform>Övergångar de närmaste 30 dagarna som behöver uppmärksamhet (%n)</numerusform>
            <numerusform>Övergångar de närmaste 30 dagarna som behöver uppmärksamhet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source> — the first %1 shown</source>
        <translation> — de första %1 visas</translation>
    </message>
    <message numerus="yes">
        <source>Needs an outcome (%n)</source>
        <translation>
            <numerusform>Saknar utfall (%n)</numerusform>
            <numerusform>Saknar utfall (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <source>Tasks due today or overdue (%n)</source>
        <translation>
            <numerusform>Uppgifter som förfaller i dag eller är försenade (%n)</numerusform>
            <numerusform>Uppgifter som förfaller i dag eller är försenade (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>Newly assigned to me since I last looked (%n)</source>
        <translation>
            <numerusform>Nytilldelade till mig sedan jag senast tittade (%n)</numerusform>
            <numerusform>Nytilldelade till mig sedan jag senast tittade (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>primary</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>biträdande</translation>
    </message>
    <message>
        <source>Nothing red or amber in the next 30 days.</source>
        <translation>Inget rött eller gult de närmaste 30 dagarna.</translation>
    </message>
    <message>
        <source>No tasks due.</source>
        <translation>Inga uppgifter förfaller.</translation>
    </message>
    <message>
        <source>No new cases.</source>
        <translation>Inga nya ärenden.</translation>
    </message>
    <message>
        <source>No appointments today or tomorrow.</source>
        <translation>Inga möten i dag eller i morgon.</translation>
    </message>
    <message numerus="yes">
        <source>My appointments today and tomorrow (%n)</source>
        <translation>
            <numerusform>Mina möten i dag och i morgon (%n)</numerusform>
            <numerusform>Mina möten i dag och i morgon (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <source>interpreter: %1</source>
        <translation>tolk: %1</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY</source>
        <translation>ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Type only the month or the year when the exact date is not known.</source>
        <translation>Skriv bara månaden eller året när det exakta datumet inte är känt.</translation>
    </message>
    <message>
        <source>Country name or ISO code</source>
        <translation>Landets namn eller ISO-kod</translation>
    </message>
    <message>
        <source>Names or ISO codes, separated by ;</source>
        <translation>Namn eller ISO-koder, åtskilda med ;</translation>
    </message>
    <message>
        <source>(no primary worker yet)</source>
        <translation>(ingen ansvarig handläggare än)</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Ansvarig handläggare</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Skapa ärende</translation>
    </message>
    <message>
        <source>• %1: a similar case in %2 (ask that team)</source>
        <translation>• %1: ett liknande ärende i %2 (fråga det teamet)</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>ett annat team</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <source>Homeward already holds a young person with a similar name, the same birth year and nationality. Please check this is not the same person:</source>
        <translation>Homeward har redan en ung person med liknande namn, samma födelseår och medborgarskap. Kontrollera att det inte är samma person:</translation>
    </message>
    <message>
        <source>Create a new case anyway</source>
        <translation>Skapa ett nytt ärende ändå</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tillbaka</translation>
    </message>
    <message>
        <source>Merge two of them…</source>
        <translation>Slå samman två av dem…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(inget team)</translation>
    </message>
    <message>
        <source>The user must change this initial password at the first login.</source>
        <translation>Användaren måste byta startlösenordet vid första inloggningen.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Fullständigt namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Initial password</source>
        <translation>&amp;Startlösenord</translation>
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
        <translation>Lägg till stöd med accepten</translation>
    </message>
    <message>
        <source>Planned move-in</source>
        <translation>Planerad inflyttning</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Inflyttad den</translation>
    </message>
    <message>
        <source>Tenancy ended on</source>
        <translation>Hyresavtalet upphörde den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
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
        <translation>Något oväntat gick fel. Inget ändrades. Detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record outcome</source>
        <translation>Registrera utfall</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, infaller %3</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Housing began on</source>
        <translation>Bostad från</translation>
    </message>
    <message>
        <source>Housing &amp;began on:</source>
        <translation>&amp;Bostad från:</translation>
    </message>
    <message>
        <source>e.g. Aarhus Kommune, after-care service</source>
        <translation>t.ex. Malmö stad, eftervård</translation>
    </message>
    <message>
        <source>Receiving service or municipality</source>
        <translation>Mottagande verksamhet eller kommun</translation>
    </message>
    <message>
        <source>&amp;Receiving service or municipality:</source>
        <translation>&amp;Mottagande verksamhet eller kommun:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Sk&amp;äl:</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>In work</source>
        <translation>I arbete</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>I utbildning</translation>
    </message>
    <message>
        <source>Neither work nor education</source>
        <translation>Varken arbete eller utbildning</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>obegränsat</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>avvecklad</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>document kept</source>
        <translation>dokument sparat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timmar i veckan</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Uppnådd nivå</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 av %2 lediga</translation>
    </message>
    <message>
        <source>No language courses yet. Your team lead or coordinator adds the courses of the language schools here.</source>
        <translation>Inga språkkurser ännu. Din teamledare eller samordnare lägger in språkskolornas kurser här.</translation>
    </message>
    <message>
        <source>No programmes yet. Your team lead or coordinator adds the partners&apos; employment and education programmes here.</source>
        <translation>Inga program ännu. Din teamledare eller samordnare lägger in partnernas arbetsmarknads- och utbildningsprogram här.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Free places only</source>
        <translation>Endast lediga platser</translation>
    </message>
    <message>
        <source>Ended and retired too</source>
        <translation>Även avslutade och avvecklade</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Avveckla</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <source>Code, course or provider</source>
        <translation>Kod, kurs eller anordnare</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Ny kurs…</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <source>No language courses yet. Add the courses of the language schools with New course…: provider, place, CEFR level, dates, hours a week and places.</source>
        <translation>Inga språkkurser ännu. Lägg in språkskolornas kurser med Ny kurs…: anordnare, plats, GERS-nivå, datum, timmar i veckan och platser.</translation>
    </message>
    <message>
        <source>%1 retired: no longer offered; its enrolments stay as they are.</source>
        <translation>%1 avvecklad: erbjuds inte längre; inskrivningarna står kvar som de är.</translation>
    </message>
    <message>
        <source>%1 reinstated: offered again.</source>
        <translation>%1 återinförd: erbjuds igen.</translation>
    </message>
    <message>
        <source>Code, programme or organisation</source>
        <translation>Kod, program eller organisation</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Nytt program…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>No programmes yet. Add the job coaching, internships, apprenticeships, vocational training and school places of your partners with New programme…</source>
        <translation>Inga program ännu. Lägg in partnernas jobbcoachning, praktikplatser, lärlingsplatser, yrkesutbildningar och skolplatser med Nytt program…</translation>
    </message>
    <message>
        <source>%1 retired: no longer offered; the support in it stays as it is.</source>
        <translation>%1 avvecklat: erbjuds inte längre; stödet i det står kvar som det är.</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Språkkurser</translation>
    </message>
    <message>
        <source>Employment and education programmes</source>
        <translation>Arbetsmarknads- och utbildningsprogram</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Inget matchar filtren.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Återinför</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 visas</translation>
    </message>
    <message>
        <source>places: %1</source>
        <translation>platser: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 sparad.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt the new database</source>
        <translation>Kryptera den nya databasen</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Krypterad databas</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt %1. Without it nobody, you included, can read the file or its backups: keep it somewhere safe.</source>
        <translation>Välj en lösenfras för att kryptera %1. Utan den kan ingen, inte heller du, läsa filen eller dess säkerhetskopior: förvara den säkert.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation>%1 är krypterad. Ange dess lösenfras.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfras igen</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Lösenfrasen behöver minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De två lösenfraserna är inte lika.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Given name(s)</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Tilltalsnamn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Date of birth is</source>
        <translation>Födelsedatumet är</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Medborgarskap</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Ursprungsland</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Behöver tolk</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkspråk</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ankomstdatum</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Ensamkommande barn</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>God man</translation>
    </message>
    <message>
        <source>External reference numbers</source>
        <translation>Externa referensnummer</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>I eftervård</translation>
    </message>
    <message>
        <source>Family members expected (reunification)</source>
        <translation>Väntade anhöriga (familjeåterförening)</translation>
    </message>
    <message>
        <source>Monthly housing budget</source>
        <translation>Månadsbudget för boende</translation>
    </message>
    <message>
        <source>Preferred municipalities</source>
        <translation>Önskade kommuner</translation>
    </message>
    <message>
        <source>Needs accessible housing</source>
        <translation>Behöver tillgänglighetsanpassad bostad</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Country name or ISO code</source>
        <translation>Landets namn eller ISO-kod</translation>
    </message>
    <message>
        <source>Names or ISO codes, separated by ;</source>
        <translation>Namn eller ISO-koder, åtskilda med ;</translation>
    </message>
</context>
<context>
    <name>PlanAppointmentDialog</name>
    <message>
        <source>Plan an appointment</source>
        <translation>Planera ett möte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The young person attends</source>
        <translation>Den unga deltar</translation>
    </message>
    <message>
        <source>Others attending</source>
        <translation>Andra deltagare</translation>
    </message>
    <message>
        <source>Others attending, separated by commas</source>
        <translation>Andra deltagare, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk behövs</translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation>Tolkens språk</translation>
    </message>
    <message>
        <source>Language (code or English name)</source>
        <translation>Språk (kod eller engelskt namn)</translation>
    </message>
    <message>
        <source>(no housing offer)</source>
        <translation>(inget bostadserbjudande)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Sort:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Datum och tid:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Längd:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Who attends:</source>
        <translation>Vem deltar:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tolk:</translation>
    </message>
    <message>
        <source>Viewing of:</source>
        <translation>Visning av:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Kontrollera före import</translation>
    </message>
    <message>
        <source>Rejected rows are not imported; the cells at fault are coloured and say why when you point at them.</source>
        <translation>Avvisade rader importeras inte; de felaktiga cellerna är färgade och visar varför när du pekar på dem.</translation>
    </message>
    <message>
        <source>Sheet shown</source>
        <translation>Visat blad</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected</source>
        <translation>Importera inget om någon rad avvisas</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 rejected. Nothing has been written yet.</source>
        <translation>%1 nya, %2 att uppdatera, %3 oförändrade, %4 avvisade. Inget har skrivits än.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Kolumner som inte importeras: %1.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Kontrollen misslyckades.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>No consent on record</source>
        <translation>Inget samtycke registrerat</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Överlämningsrapport</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Ärendesammanfattning</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internt team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Eftervårdsverksamhet</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Kommunens bostadsenhet</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>There is no consent on record to share the case %1 with: %2.
Give the reason for printing it anyway (it is written to the audit log).</source>
        <translation>Det finns inget registrerat samtycke till att dela ärendet %1 med: %2.
Ange skälet till att ändå skriva ut det (det skrivs i granskningsloggen).</translation>
    </message>
    <message>
        <source>Not printed: there is no consent on record for this recipient.</source>
        <translation>Inte utskrivet: det finns inget registrerat samtycke för den här mottagaren.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit programme %1</source>
        <translation>Redigera program %1</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>made when empty</source>
        <translation>skapas om tom</translation>
    </message>
    <message>
        <source>e.g. Job coaching for young adults</source>
        <translation>t.ex. Jobbcoachning för unga vuxna</translation>
    </message>
    <message>
        <source>school, employer or job centre</source>
        <translation>skola, arbetsgivare eller arbetsförmedling</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place (municipality)</source>
        <translation>Plats (kommun)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit provider %1</source>
        <translation>Redigera hyresvärd %1</translation>
    </message>
    <message>
        <source>New housing provider</source>
        <translation>Ny bostadsaktör</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>Omfördela %1</translation>
    </message>
    <message>
        <source>What the new worker must know: agreements, contacts, next steps…</source>
        <translation>Vad den nya handläggaren behöver veta: överenskommelser, kontakter, nästa steg…</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Skäl till ändringen</translation>
    </message>
    <message>
        <source>Keep the current worker as secondary for</source>
        <translation>Behåll nuvarande handläggare som biträdande i</translation>
    </message>
    <message>
        <source>Days as secondary worker</source>
        <translation>Dagar som sekundär handläggare</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>%1 is overdue by %2 days.</source>
        <translation>%1 är försenad med %2 dagar.</translation>
    </message>
    <message>
        <source>%1 is due %2.</source>
        <translation>%1 förfaller %2.</translation>
    </message>
    <message>
        <source>Changing the worker this close to a transition breaks continuity: say why.</source>
        <translation>Att byta handläggare så nära en övergång bryter kontinuiteten: ange varför.</translation>
    </message>
    <message>
        <source>Reason for the change (required)</source>
        <translation>Skäl till ändringen (obligatoriskt)</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung person</translation>
    </message>
    <message>
        <source>Current worker</source>
        <translation>Nuvarande handläggare</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>New primary worker</source>
        <translation>Ny ansvarig handläggare</translation>
    </message>
    <message>
        <source>Handover note (required)</source>
        <translation>Överlämningsanteckning (obligatorisk)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Omfördela</translation>
    </message>
    <message>
        <source>Choose the new primary worker.</source>
        <translation>Välj den nya ansvariga handläggaren.</translation>
    </message>
    <message>
        <source>Make %1 the primary worker of %2? It goes into the assignment history and cannot be taken back (only another reassignment changes it).</source>
        <translation>Göra %1 till ansvarig handläggare för %2? Det förs in i tilldelningshistoriken och kan inte ångras (bara en ny omfördelning ändrar det).</translation>
    </message>
    <message>
        <source>%1 now works with %2.</source>
        <translation>%1 arbetar nu med %2.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>known</source>
        <translation>känd</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Case reference, e.g. HW-2026-00042</source>
        <translation>Ärendenummer, t.ex. HW-2026-00042</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Ärendesammanfattning…</translation>
    </message>
    <message>
        <source>Handover report…</source>
        <translation>Överlämningsrapport…</translation>
    </message>
    <message>
        <source>One case</source>
        <translation>Ett ärende</translation>
    </message>
    <message>
        <source>All teams I may see</source>
        <translation>Alla team jag får se</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
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
        <translation>Övergångsrapport…</translation>
    </message>
    <message>
        <source>Caseload report…</source>
        <translation>Rapport över ärendelistan…</translation>
    </message>
    <message>
        <source>Planning report…</source>
        <translation>Planeringsrapport…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papper:</translation>
    </message>
    <message>
        <source>Transitions due within:</source>
        <translation>Övergångar som förfaller inom:</translation>
    </message>
    <message>
        <source>Planning for:</source>
        <translation>Planering för:</translation>
    </message>
    <message>
        <source>Caseload per worker:</source>
        <translation>Ärenden per handläggare:</translation>
    </message>
    <message>
        <source>One PDF per case (into a folder)</source>
        <translation>En PDF per ärende (i en mapp)</translation>
    </message>
    <message>
        <source>One combined PDF file</source>
        <translation>En sammanslagen PDF-fil</translation>
    </message>
    <message>
        <source>Print handover reports…</source>
        <translation>Skriv ut överlämningsrapporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Handover reports for every transition coming up</source>
        <translation>Överlämningsrapporter för alla kommande övergångar</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapporter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type a case reference first.</source>
        <translation>Skriv ett ärendenummer först.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Förbereder dokumentet…</translation>
    </message>
    <message>
        <source>Transitions report</source>
        <translation>Övergångsrapport</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Rapport över ärendelistan</translation>
    </message>
    <message>
        <source>Planning report</source>
        <translation>Planeringsrapport</translation>
    </message>
    <message>
        <source>Save the handover reports as</source>
        <translation>Spara överlämningsrapporterna som</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the handover reports</source>
        <translation>Mapp för överlämningsrapporterna</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message numerus="yes">
        <source>%n handover report(s) printed.</source>
        <translation>
            <numerusform>%n överlämningsrapport utskriven.</numerusform>
            <numerusform>%n överlämningsrapporter utskrivna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) skipped:</source>
        <translation>
            <numerusform>%n ärende hoppades över:</numerusform>
            <numerusform>%n ärenden hoppades över:</numerusform>
        </translation>
    </message>
    <message>
        <source>No transitions in this period: nothing to print.</source>
        <translation>Inga övergångar under perioden: inget att skriva ut.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was written. Details are in the log.</source>
        <translation>Något oväntat gick fel; inget skrevs. Detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutet: ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internt team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Eftervårdsverksamhet</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Kommunens bostadsenhet</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Hyresvärd</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt import</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Spara rapport…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows were rejected.</source>
        <translation>Inget importerades: vissa rader avvisades.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 nya, %2 uppdaterade, %3 oförändrade, %4 avvisade.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was imported. The details are in the log.</source>
        <translation>Något oväntat gick fel. Inget importerades. Detaljerna finns i loggen.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported.</source>
        <translation>Importen misslyckades; inget importerades.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; inget importerades.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Spara importrapporten</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutat den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
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
        <translation>Anslut till ert teams databasserver</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database on a server. Your IT department gives you these details; your own Homeward user name and password come after.</source>
        <translation>Ett team delar en PostgreSQL-databas på en server. Er IT-avdelning ger dig uppgifterna; ditt eget användarnamn och lösenord i Homeward kommer sedan.</translation>
    </message>
    <message>
        <source>e.g. homeward.municipality.local</source>
        <translation>t.ex. homeward.kommun.local</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Av (endast i ett betrott nätverk)</translation>
    </message>
    <message>
        <source>If the server wants it</source>
        <translation>Om servern kräver det</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>När servern erbjuder det</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Alltid (krypterat)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Alltid, och kontrollera serverns certifikat</translation>
    </message>
    <message>
        <source>Always, and check the certificate and the server name</source>
        <translation>Alltid, och kontrollera certifikatet och servernamnet</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Kom ihåg lösenordet i datorns nyckelring</translation>
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
        <translation>&amp;Databas</translation>
    </message>
    <message>
        <source>Database &amp;user</source>
        <translation>Databas&amp;användare</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS)</source>
        <translation>&amp;Kryptering (TLS)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the server password in; Homeward will ask for it at the next start.</source>
        <translation>Den här datorn har ingen nyckelring för serverns lösenord; Homeward frågar efter det vid nästa start.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Move from the search box into the list</source>
        <translation>Gå från sökrutan ner i listan</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nedpil</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Öppna det valda ärendet</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Press the button that has the focus</source>
        <translation>Tryck på knappen som har fokus</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation>Enter eller mellanslag</translation>
    </message>
    <message>
        <source>Read a cut-off cell in full</source>
        <translation>Läs en avkortad cell i sin helhet</translation>
    </message>
    <message>
        <source>F2, or hover over it</source>
        <translation>F2, eller håll muspekaren över den</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Creating the demo database</source>
        <translation>Skapar demodatabasen</translation>
    </message>
    <message>
        <source>Creating %1 made-up young people to try Homeward with…</source>
        <translation>Skapar %1 påhittade unga att prova Homeward med…</translation>
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
        <translation>Stöd till erbjudandet för %1</translation>
    </message>
    <message>
        <source>End the support at %1</source>
        <translation>Avsluta stödet hos %1</translation>
    </message>
    <message>
        <source>Support at %1</source>
        <translation>Stöd hos %1</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Upphörde den</translation>
    </message>
    <message>
        <source>— choose when it ends —</source>
        <translation>— väljs när det avslutas —</translation>
    </message>
    <message>
        <source>e.g. hired as kitchen assistant, 30 hours a week</source>
        <translation>t.ex. anställd som köksbiträde, 30 timmar i veckan</translation>
    </message>
    <message>
        <source>needed when going back, e.g. ended by mistake</source>
        <translation>krävs vid återgång, t.ex. avslutat av misstag</translation>
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
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>About the outcome</source>
        <translation>Om utfallet</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>Skäl till en rättelse</translation>
    </message>
</context>
<context>
    <name>SupportFields</name>
    <message>
        <source>Ends on</source>
        <translation>Upphör den</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s housing office</source>
        <translation>t.ex. kommunens bostadsenhet</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Ges av</translation>
    </message>
</context>
<context>
    <name>TeamBalanceTab</name>
    <message>
        <source>Worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Primary cases</source>
        <translation>Ansvarsärenden</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Biträdande</translation>
    </message>
    <message>
        <source>Transitions ≤ 30 days</source>
        <translation>Övergångar ≤ 30 dagar</translation>
    </message>
    <message>
        <source>Transitions ≤ 90 days</source>
        <translation>Övergångar ≤ 90 dagar</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Röd</translation>
    </message>
    <message>
        <source>Caseloads by worker</source>
        <translation>Ärendelistor per handläggare</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung person</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Nästa övergång</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>The worker&apos;s cases</source>
        <translation>Handläggarens ärenden</translation>
    </message>
    <message>
        <source>Choose a worker above to see their cases.</source>
        <translation>Välj en handläggare ovan för att se hens ärenden.</translation>
    </message>
    <message>
        <source>Reassign selected case…</source>
        <translation>Omfördela valt ärende…</translation>
    </message>
    <message>
        <source>Move to another team…</source>
        <translation>Flytta till ett annat team…</translation>
    </message>
    <message>
        <source>Ask for the selected case to move; the receiving team lead decides.</source>
        <translation>Begär att det valda ärendet flyttas; den mottagande teamledaren beslutar.</translation>
    </message>
    <message>
        <source>Worker leaves: hand over all cases…</source>
        <translation>Handläggaren slutar: lämna över alla ärenden…</translation>
    </message>
    <message>
        <source>Caseload per worker</source>
        <translation>Ärenden per handläggare</translation>
    </message>
    <message>
        <source>Open cases of %1 (double-click to open):</source>
        <translation>Öppna ärenden för %1 (dubbelklicka för att öppna):</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Omfördela</translation>
    </message>
    <message>
        <source>Choose a worker, then one of their cases.</source>
        <translation>Välj en handläggare och sedan ett av hens ärenden.</translation>
    </message>
    <message>
        <source>Move to another team</source>
        <translation>Flytta till ett annat team</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytta %1</translation>
    </message>
    <message>
        <source>To which team?</source>
        <translation>Till vilket team?</translation>
    </message>
    <message>
        <source>Why should the case move (for the receiving team lead)?</source>
        <translation>Varför ska ärendet flyttas (för den mottagande teamledaren)?</translation>
    </message>
    <message>
        <source>The move of %1 to %2 waits for that team&apos;s lead.</source>
        <translation>Flytten av %1 till %2 väntar på det teamets teamledare.</translation>
    </message>
    <message>
        <source>Worker leaves</source>
        <translation>Handläggaren slutar</translation>
    </message>
    <message>
        <source>Choose the leaving worker in the list.</source>
        <translation>Välj handläggaren som slutar i listan.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were handed over to colleagues.</source>
        <translation>
            <numerusform>%n ärende har lämnats över till kolleger.</numerusform>
            <numerusform>%n ärenden har lämnats över till kolleger.</numerusform>
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
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung person</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Övergång</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Ansvarig handläggare</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Varför flaggad</translation>
    </message>
    <message>
        <source>Same worker around transitions, per team (%)</source>
        <translation>Samma handläggare kring övergångar, per team (%)</translation>
    </message>
    <message>
        <source>Transition within 30 days and the primary worker about to change</source>
        <translation>Övergång inom 30 dagar och ansvarig handläggare ska bytas</translation>
    </message>
    <message>
        <source>Continuity by team</source>
        <translation>Kontinuitet per team</translation>
    </message>
    <message>
        <source>Continuity by worker</source>
        <translation>Kontinuitet per handläggare</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>Worker changes (12 months)</source>
        <translation>Handläggarbyten (12 månader)</translation>
    </message>
    <message>
        <source>Changes per case and year</source>
        <translation>Byten per ärende och år</translation>
    </message>
    <message>
        <source>Same worker 30 days before and after</source>
        <translation>Samma handläggare 30 dagar före och efter</translation>
    </message>
    <message>
        <source>Moves with the same worker</source>
        <translation>Flyttar med samma handläggare</translation>
    </message>
    <message>
        <source>Same worker (%)</source>
        <translation>Samma handläggare (%)</translation>
    </message>
</context>
<context>
    <name>TeamOutcomesTab</name>
    <message>
        <source>cases</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <source>transitions</source>
        <translation>övergångar</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Number behind it</source>
        <translation>Underlag (antal)</translation>
    </message>
    <message>
        <source>What became of the transitions</source>
        <translation>Vad som hände med övergångarna</translation>
    </message>
    <message>
        <source>All due in the quarter (n)</source>
        <translation>Alla som infallit under kvartalet (n)</translation>
    </message>
    <message>
        <source>Outcomes per quarter (%)</source>
        <translation>Resultat per kvartal (%)</translation>
    </message>
    <message>
        <source>Every figure shows how many young people it rests on: a share of a handful of cases can swing widely from one quarter to the next.</source>
        <translation>Varje siffra visar hur många unga den bygger på: en andel av en handfull ärenden kan svänga kraftigt från ett kvartal till nästa.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Every transition due in the quarter is counted, resolved or not, so a successful move stays in the figures.</source>
        <translation>Varje övergång som infallit under kvartalet räknas, avslutad eller inte, så att en lyckad flytt finns kvar i siffrorna.</translation>
    </message>
    <message>
        <source>Outcomes of transitions</source>
        <translation>Resultat av övergångar</translation>
    </message>
    <message>
        <source>Housing secured before the deadline</source>
        <translation>Bostad säkrad före tidsfristen</translation>
    </message>
    <message>
        <source>In language training</source>
        <translation>I språkundervisning</translation>
    </message>
    <message>
        <source>In work or education</source>
        <translation>I arbete eller utbildning</translation>
    </message>
    <message>
        <source>Moved into own tenancy</source>
        <translation>Flyttat till eget hyreskontrakt</translation>
    </message>
    <message>
        <source>Belonging check-in average (1–5)</source>
        <translation>Genomsnitt för tillhörighet (1–5)</translation>
    </message>
    <message>
        <source>Takes part in community activities</source>
        <translation>Deltar i aktiviteter i närområdet</translation>
    </message>
</context>
<context>
    <name>TeamPlanningTab</name>
    <message>
        <source>Transitions in the next 12 months</source>
        <translation>Övergångar de närmaste 12 månaderna</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Lägenhet</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hushåll</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Awaiting family reunification</source>
        <translation>Väntar på familjeåterförening</translation>
    </message>
    <message>
        <source>Apartments needed per quarter</source>
        <translation>Lägenheter som behövs per kvartal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Places needed</source>
        <translation>Platser som behövs</translation>
    </message>
    <message>
        <source>In a course now</source>
        <translation>I kurs nu</translation>
    </message>
    <message>
        <source>Places offered</source>
        <translation>Erbjudna platser</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung person</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Underskott</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Ansvarig handläggare</translation>
    </message>
    <message>
        <source>Apartments by size, counting expected family members</source>
        <translation>Lägenheter efter storlek, med väntade anhöriga</translation>
    </message>
    <message>
        <source>Housing needed</source>
        <translation>Behov av bostad</translation>
    </message>
    <message>
        <source>Language-course places by level</source>
        <translation>Platser på språkkurser per nivå</translation>
    </message>
    <message>
        <source>Language course places needed</source>
        <translation>Behov av platser på språkkurser</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <source>Of %1 open cases:</source>
        <translation>Av %1 öppna ärenden:</translation>
    </message>
    <message>
        <source>Transitions per month, %1 to %2</source>
        <translation>Övergångar per månad, %1 till %2</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Övergångar</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>1 room</source>
        <translation>1 rum</translation>
    </message>
    <message>
        <source>2 rooms</source>
        <translation>2 rum</translation>
    </message>
    <message>
        <source>3 rooms</source>
        <translation>3 rum</translation>
    </message>
    <message>
        <source>4 or more rooms</source>
        <translation>4 rum eller fler</translation>
    </message>
    <message>
        <source>Date of birth known only by year or from an age assessment</source>
        <translation>Födelsedatum bara känt som år eller från en åldersbedömning</translation>
    </message>
    <message>
        <source>A status decision without its date</source>
        <translation>Ett statusbeslut utan datum</translation>
    </message>
    <message>
        <source>No primary worker</source>
        <translation>Ingen ansvarig handläggare</translation>
    </message>
    <message>
        <source>No note in the last 90 days</source>
        <translation>Ingen anteckning de senaste 90 dagarna</translation>
    </message>
</context>
<context>
    <name>TeamRequestsTab</name>
    <message>
        <source>Incoming</source>
        <translation>Inkommande</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung person</translation>
    </message>
    <message>
        <source>From team</source>
        <translation>Från team</translation>
    </message>
    <message>
        <source>To team</source>
        <translation>Till team</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Begärd den</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Acceptera…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Approve closing</source>
        <translation>Godkänn avslut</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Skicka tillbaka med en kommentar…</translation>
    </message>
    <message>
        <source>Transfers between teams waiting for the receiving team lead</source>
        <translation>Överflyttningar mellan team som väntar på den mottagande teamledaren</translation>
    </message>
    <message>
        <source>Cases waiting for approval to close</source>
        <translation>Ärenden som väntar på godkännande av avslut</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (valfri)</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Varför avslås det?</translation>
    </message>
    <message>
        <source>Transfer of %1</source>
        <translation>Överflyttning av %1</translation>
    </message>
    <message>
        <source>Take %1 into your team? The decision cannot be taken back.</source>
        <translation>Ta in %1 i ditt team? Beslutet kan inte ångras.</translation>
    </message>
    <message>
        <source>Reject the transfer of %1? The decision cannot be taken back.</source>
        <translation>Avslå flytten av %1? Beslutet kan inte ångras.</translation>
    </message>
    <message>
        <source>The transfer of %1 is accepted.</source>
        <translation>Flytten av %1 är godkänd.</translation>
    </message>
    <message>
        <source>The transfer of %1 is rejected.</source>
        <translation>Flytten av %1 är avslagen.</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Skicka tillbaka %1</translation>
    </message>
    <message>
        <source>What is needed before the case can be closed?</source>
        <translation>Vad behövs innan ärendet kan avslutas?</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Stäng %1</translation>
    </message>
    <message>
        <source>Close the case %1? Its open transitions are resolved as closed and it leaves every list; only reopening the case brings it back.</source>
        <translation>Avsluta ärendet %1? Dess öppna övergångar avslutas som stängda och det försvinner från alla listor; bara om ärendet öppnas igen kommer det tillbaka.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 är avslutat.</translation>
    </message>
    <message>
        <source>%1 was returned to its worker.</source>
        <translation>%1 har skickats tillbaka till sin handläggare.</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Likely duplicates…</source>
        <translation>Troliga dubbletter…</translation>
    </message>
    <message>
        <source>Caseload balance</source>
        <translation>Fördelning av ärenden</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Förfrågningar</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Kontinuitet</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planering</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Hela organisationen</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>ditt team</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 open cases, %3 waiting transfers, %4 closures to approve</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 öppna ärenden, %3 väntande överflyttningar, %4 avslut att godkänna</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Not done</source>
        <translation>Inte klar</translation>
    </message>
</context>
<context>
    <name>TransitionCard</name>
    <message>
        <source> (uncertain date)</source>
        <translation> (osäkert datum)</translation>
    </message>
    <message>
        <source> — under 18 on this date</source>
        <translation> — under 18 detta datum</translation>
    </message>
    <message>
        <source>%1% ready</source>
        <translation>%1 % klart</translation>
    </message>
    <message>
        <source>The date has passed: record what became of it (housed late, stayed in care, moved elsewhere…). It stays on the lists until then.</source>
        <translation>Datumet har passerat: registrera vad som hände (bostad för sent, kvar i placering, flyttat någon annanstans …). Den finns kvar i listorna tills dess.</translation>
    </message>
    <message>
        <source>%1 (not applicable)</source>
        <translation>%1 (ej tillämplig)</translation>
    </message>
    <message>
        <source>Not applicable to this young person</source>
        <translation>Ej tillämplig för denna unga person</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Ej tillämplig…</translation>
    </message>
    <message>
        <source>Mark a checklist item as not applicable to this young person</source>
        <translation>Markera en punkt i checklistan som ej tillämplig för denna unga person</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrera utfall…</translation>
    </message>
    <message>
        <source>Ticked by itself when a foster, residential or supported placement starts on or before this date.</source>
        <translation>Bockas för av sig själv när en placering i familjehem, på HVB eller i stödboende börjar senast detta datum.</translation>
    </message>
    <message>
        <source>Ticked by itself when the permit&apos;s renewal is applied for, or a new permit recorded, on or before this date.</source>
        <translation>Bockas för av sig själv när förlängning av tillståndet har sökts, eller ett nytt tillstånd registrerats, senast detta datum.</translation>
    </message>
    <message>
        <source>Ticked by itself when an offer is accepted, the contract signed or the young person moved in, with a move-in date on or before this date.</source>
        <translation>Bockas för automatiskt när ett erbjudande accepteras, kontraktet skrivs under eller den unga flyttar in, med ett inflyttningsdatum på eller före detta datum.</translation>
    </message>
    <message>
        <source>Applicable again</source>
        <translation>Tillämplig igen</translation>
    </message>
    <message>
        <source> (not applicable)</source>
        <translation> (ej tillämplig)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ej tillämplig</translation>
    </message>
    <message>
        <source>Which item does not apply to this young person?</source>
        <translation>Vilken punkt gäller inte denna unga person?</translation>
    </message>
    <message>
        <source>Why does &apos;%1&apos; not apply to this young person?</source>
        <translation>Varför gäller inte &apos;%1&apos; denna unga person?</translation>
    </message>
</context>
<context>
    <name>TransitionHistory</name>
    <message>
        <source>History: transitions with an outcome</source>
        <translation>Historik: övergångar med utfall</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Öppna igen…</translation>
    </message>
    <message>
        <source>Take back an outcome recorded in error</source>
        <translation>Ta tillbaka ett felregistrerat utfall</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Öppna %1 igen</translation>
    </message>
    <message>
        <source>%1 — due %2: %3</source>
        <translation>%1 — infallit %2: %3</translation>
    </message>
    <message>
        <source>housing from %1</source>
        <translation>bostad från %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>registrerat %1</translation>
    </message>
</context>
<context>
    <name>TransitionsBoard</name>
    <message>
        <source>Next %1 days</source>
        <translation>Närmaste %1 dagarna</translation>
    </message>
    <message>
        <source>Needs an outcome (overdue)</source>
        <translation>Saknar utfall (försenade)</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>All transitions</source>
        <translation>Alla övergångar</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alla risker</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppera</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Handläggare</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrera utfall…</translation>
    </message>
    <message>
        <source>Record what became of the chosen transition (housed late, stayed in care…)</source>
        <translation>Registrera vad som hände med den valda övergången (bostad för sent, kvar i placering …)</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the case.</source>
        <translation>Dubbelklicka på en rad (eller tryck Enter) för att öppna ärendet.</translation>
    </message>
    <message>
        <source>Transitions month by month</source>
        <translation>Övergångar månad för månad</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>&lt;i&gt;The soonest are listed first; the others load as you scroll down.&lt;/i&gt;</source>
        <translation>&lt;i&gt;De närmaste visas först; resten hämtas när du rullar nedåt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Övergångar</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n transition(s)&lt;/b&gt; passed without an outcome: record what became of each (housed late, stayed in care, moved elsewhere…). They stay on every list until then.</source>
        <translation>
            <numerusform>&lt;b&gt;%n övergång&lt;/b&gt; har passerat utan utfall: registrera vad som hände (bostad för sent, kvar i placering, flyttat någon annanstans …). Den finns kvar i alla listor tills dess.</numerusform>
            <numerusform>&lt;b&gt;%n övergångar&lt;/b&gt; har passerat utan utfall: registrera vad som hände med var och en (bostad för sent, kvar i placering, flyttat någon annanstans …). De finns kvar i alla listor tills dess.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the next %2 days (overdue included): &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%3 red&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#b87900&apos;&gt;%4 amber&lt;/span&gt;, &lt;span style=&apos;color:#2e7d32&apos;&gt;%5 green&lt;/span&gt;. %6 overdue; %7 without secured housing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de närmaste %2 dagarna (försenade inräknade): &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%3 röda&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#b87900&apos;&gt;%4 gula&lt;/span&gt;, &lt;span style=&apos;color:#2e7d32&apos;&gt;%5 gröna&lt;/span&gt;. %6 försenade; %7 utan säkrad bostad.</translation>
    </message>
    <message>
        <source>On track; housing still to be secured</source>
        <translation>Enligt plan; bostaden återstår att säkra</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no housing secured</source>
        <translation>
            <numerusform>Förfaller om %n dag, ingen bostad säkrad</numerusform>
            <numerusform>Förfaller om %n dagar, ingen bostad säkrad</numerusform>
        </translation>
    </message>
    <message>
        <source>Housing secured</source>
        <translation>Bostad säkrad</translation>
    </message>
    <message>
        <source>On track; a care placement still to be secured</source>
        <translation>Enligt plan; en placering ska fortfarande säkras</translation>
    </message>
    <message>
        <source>On track; the permit&apos;s renewal still to be applied for</source>
        <translation>Enligt plan; förlängning av tillståndet ska fortfarande sökas</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no housing secured</source>
        <translation>
            <numerusform>Försenad %n dag, ingen bostad säkrad</numerusform>
            <numerusform>Försenad %n dagar, ingen bostad säkrad</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, no housing secured</source>
        <translation>Förfaller i dag, ingen bostad säkrad</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no care placement secured</source>
        <translation>
            <numerusform>Infaller om %n dag, ingen placering säkrad</numerusform>
            <numerusform>Infaller om %n dagar, ingen placering säkrad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no permit renewal recorded</source>
        <translation>
            <numerusform>Infaller om %n dag, ingen förlängning registrerad</numerusform>
            <numerusform>Infaller om %n dagar, ingen förlängning registrerad</numerusform>
        </translation>
    </message>
    <message>
        <source>Care placement secured</source>
        <translation>Placering säkrad</translation>
    </message>
    <message>
        <source>Permit renewal recorded</source>
        <translation>Förlängning registrerad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung person</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Övergång</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Ansvarig handläggare</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no care placement secured</source>
        <translation>
            <numerusform>Försenad med %n dag, ingen placering säkrad</numerusform>
            <numerusform>Försenad med %n dagar, ingen placering säkrad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no permit renewal recorded</source>
        <translation>
            <numerusform>Försenad med %n dag, ingen förlängning registrerad</numerusform>
            <numerusform>Försenad med %n dagar, ingen förlängning registrerad</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, no care placement secured</source>
        <translation>Infaller i dag, ingen placering säkrad</translation>
    </message>
    <message>
        <source>Due today, no permit renewal recorded</source>
        <translation>Infaller i dag, ingen förlängning registrerad</translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n övergång</numerusform>
            <numerusform>%n övergångar</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth is uncertain, so this date may move.</source>
        <translation>Födelsedatumet är osäkert, så det här datumet kan flyttas.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Only %1% ready with %2 days left</source>
        <translation>Bara %1 % klart med %2 dagar kvar</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Vecka från %1</translation>
    </message>
    <message numerus="yes">
        <source>%n red</source>
        <translation>
            <numerusform>%n röd</numerusform>
            <numerusform>%n röda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit %1</source>
        <translation>Redigera bostad %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Ny bostad</translation>
    </message>
    <message>
        <source>generated when empty</source>
        <translation>skapas om fältet är tomt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Ledig till</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Tillgänglighetsanpassad entré</translation>
    </message>
    <message>
        <source>Shared (places for several households)</source>
        <translation>Delad (platser för flera hushåll)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>Households it takes</source>
        <translation>Hushåll den tar emot</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Bostadsyta (m²)</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Månadshyra</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig från</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Homeward is locked</source>
        <translation>Homeward är låst</translation>
    </message>
    <message>
        <source>Homeward was locked after a time without use. Enter the password of %1 to go on.</source>
        <translation>Homeward låstes efter en stund utan användning. Ange lösenordet för %1 för att fortsätta.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week view</source>
        <translation>Veckovy</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Föregående vecka</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denna vecka</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nästa vecka ▶</translation>
    </message>
    <message>
        <source>Appointments this week</source>
        <translation>Möten denna vecka</translation>
    </message>
    <message>
        <source>No appointments this week.</source>
        <translation>Inga möten denna vecka.</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week %1&lt;/b&gt;: %2 – %3</source>
        <translation>&lt;b&gt;Vecka %1&lt;/b&gt;: %2 – %3</translation>
    </message>
</context>
<context>
    <name>WorkerLeavesDialog</name>
    <message>
        <source>%1 leaves: hand over all cases</source>
        <translation>%1 slutar: lämna över alla ärenden</translation>
    </message>
    <message>
        <source>Give the cases to (fewest cases first)</source>
        <translation>Ge ärendena till (färst ärenden först)</translation>
    </message>
    <message>
        <source>Handover note (required)</source>
        <translation>Överlämningsanteckning (obligatorisk)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Skäl (obligatoriskt)</translation>
    </message>
    <message>
        <source>Hand every open case of %1 to the chosen colleagues? It cannot be taken back.</source>
        <translation>Lämna över alla öppna ärenden från %1 till de valda kollegerna? Det kan inte ångras.</translation>
    </message>
</context>
</TS>
