<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name></name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <source>No consent on record</source>
        <translation>Intet samtykke registreret</translation>
    </message>
    <message>
        <source>There is no consent on record to share the case %1 with: %2.
Give the reason for printing it anyway (it is written to the audit log).</source>
        <translation>Der er ikke registreret samtykke til at dele sagen %1 med: %2.
Angiv begrundelsen for alligevel at udskrive den (den skrives i revisionsloggen).</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Not printed: there is no consent on record for this recipient.</source>
        <translation>Ikke udskrevet: der er ikke registreret samtykke for denne modtager.</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Overdragelsesrapport</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
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
        <translation>Sagsstyring for socialrådgivere, der følger unge flygtninge gennem overgange i deres boligsituation.</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>ikke oprettet endnu</translation>
    </message>
    <message>
        <source>%1 (up to date)</source>
        <translation>%1 (opdateret)</translation>
    </message>
    <message>
        <source>%1 (newest is %2)</source>
        <translation>%1 (nyeste er %2)</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (krypteret)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Schema revision:</source>
        <translation>Skemaversion:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sikkerhedskopier:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Logfiler:</translation>
    </message>
    <message>
        <source>installed application</source>
        <translation>installeret program</translation>
    </message>
    <message>
        <source>Python environment</source>
        <translation>Python-miljø</translation>
    </message>
    <message>
        <source>Running from:</source>
        <translation>Kører fra:</translation>
    </message>
    <message>
        <source>%1 · Python %2 · Qt %3</source>
        <translation>%1 · Python %2 · Qt %3</translation>
    </message>
    <message>
        <source>Uninstalling Homeward never deletes the data folder. An administrator backs it up under Administration → Backups or with the command homeward backup.</source>
        <translation>Når Homeward afinstalleres, slettes datamappen aldrig. En administrator sikkerhedskopierer den under Administration → Sikkerhedskopier eller med kommandoen homeward backup.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiér oplysninger</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Show %1 in the file manager</source>
        <translation>Vis %1 i filhåndteringen</translation>
    </message>
</context>
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Add a document</source>
        <translation>Tilføj et dokument</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dateret</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Dokumentets dato</translation>
    </message>
    <message>
        <source>Confidential (only those who may read confidential notes)</source>
        <translation>Fortroligt (kun for dem, der må læse fortrolige notater)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Slags:</translation>
    </message>
    <message>
        <source>Date of the document:</source>
        <translation>Dokumentets dato:</translation>
    </message>
</context>
<context>
    <name>AdministrationScreen</name>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
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
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Låst</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Skal skifte adgangskode</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Ny bruger…</translation>
    </message>
    <message>
        <source>Change name, role or team…</source>
        <translation>Ret navn, rolle eller team…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Deaktivér / aktivér</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Nulstil adgangskode…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Vælg først en bruger på listen.</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 er ændret.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Nulstil adgangskode</translation>
    </message>
    <message>
        <source>Give %1 a new initial password? The old one stops working.</source>
        <translation>Skal %1 have en ny startadgangskode? Den gamle holder op med at virke.</translation>
    </message>
    <message>
        <source>The new initial password for %1 is: %2</source>
        <translation>Den nye startadgangskode for %1 er: %2</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Nyt team…</translation>
    </message>
    <message>
        <source>Name and municipality…</source>
        <translation>Navn og kommune…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>Deaktivér / aktivér</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nyt team</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamnavn</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Omdøb team</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nyt navn</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens navn</translation>
    </message>
    <message>
        <source>Failed logins before lockout</source>
        <translation>Mislykkede logins før spærring</translation>
    </message>
    <message>
        <source>Lockout (minutes)</source>
        <translation>Spærring (minutter)</translation>
    </message>
    <message>
        <source>Lock the window after idle (minutes)</source>
        <translation>Lås vinduet efter inaktivitet (minutter)</translation>
    </message>
    <message>
        <source>Daily backup folder (empty: the data folder)</source>
        <translation>Mappe til daglig sikkerhedskopi (tom: datamappen)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Antal daglige sikkerhedskopier, der gemmes</translation>
    </message>
    <message>
        <source>Keep closed cases for (months)</source>
        <translation>Gem lukkede sager i (måneder)</translation>
    </message>
    <message>
        <source>Calendar reminder before a transition (days)</source>
        <translation>Kalenderpåmindelse før en overgang (dage)</translation>
    </message>
    <message>
        <source>Days to move out after a status grant</source>
        <translation>Dage til udflytning efter opholdstilladelse</translation>
    </message>
    <message>
        <source>Age at which after-care ends</source>
        <translation>Alder, hvor efterværnet ophører</translation>
    </message>
    <message>
        <source>List a permit expiry from (days before)</source>
        <translation>Vis udløb af opholdstilladelse fra (dage før)</translation>
    </message>
    <message>
        <source>Keep overdue transitions listed for (days)</source>
        <translation>Vis overskredne overgange i (dage)</translation>
    </message>
    <message>
        <source>Red when due within (days) without housing</source>
        <translation>Rød, når fristen er inden for (dage) uden bolig</translation>
    </message>
    <message>
        <source>Amber when due within (days)</source>
        <translation>Gul, når fristen er inden for (dage)</translation>
    </message>
    <message>
        <source>… and readiness below (%)</source>
        <translation>… og parathed under (%)</translation>
    </message>
    <message>
        <source>Checklist for</source>
        <translation>Tjekliste for</translation>
    </message>
    <message>
        <source>adults</source>
        <translation>voksne</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>under 18</translation>
    </message>
    <message>
        <source>Readiness checklist for</source>
        <translation>Tjekliste for parathed for</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Tjekliste for parathed</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Gem indstillinger</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sikkerhedskopiér nu…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Gendan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Kontrollér databasen</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatiske sikkerhedskopier</translation>
    </message>
    <message>
        <source>Automatic daily backups</source>
        <translation>Automatiske daglige sikkerhedskopier</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; the details are in the log file.</source>
        <translation>Noget uventet gik galt; detaljerne står i logfilen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulleret; intet blev ændret.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sikkerhedskopiér databasen</translation>
    </message>
    <message>
        <source>Homeward databases (*.db)</source>
        <translation>Homeward-databaser (*.db)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sikkerhedskopieret til %1.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sikkerhedskopierer</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup %1? The backup is checked first, and the current database is kept as a copy.</source>
        <translation>Erstat alt i databasen med sikkerhedskopien %1? Sikkerhedskopien kontrolleres først, og den nuværende database gemmes som en kopi.</translation>
    </message>
    <message>
        <source>The backup %1 comes from another database, not from this one.</source>
        <translation>Sikkerhedskopien %1 stammer fra en anden database, ikke fra denne.</translation>
    </message>
    <message>
        <source>Restored. The replaced database was kept as %1.</source>
        <translation>Gendannet. Den erstattede database blev gemt som %1.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gendanner</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Kontrollerer databasen</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance in %1</source>
        <translation>Fremmøde på %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Intet fremmøde registreret endnu.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Pr.</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>fremmøde</translation>
    </message>
    <message>
        <source>hours so far</source>
        <translation>timer indtil nu</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>user</source>
        <translation>bruger</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>rådgiver</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>for</source>
        <translation>til</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>udfald</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>sager</translation>
    </message>
    <message>
        <source>number</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>begrundelse</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>message</source>
        <translation>besked</translation>
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
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>The audit log is for team leads, coordinators and administrators.</source>
        <translation>Revisionsloggen er for teamledere, koordinatorer og administratorer.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Indtil</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
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
        <translation>Eksportér revisionsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries.</source>
        <translation>
            <numerusform>%n post eksporteret.</numerusform>
            <numerusform>%n poster eksporteret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>&amp;Week view…</source>
        <translation>&amp;Ugeoversigt…</translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation>&amp;Eksportér til kalender…</translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file up to date…</source>
        <translation>&amp;Hold en kalenderfil opdateret…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Eksportér til kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n begivenhed skrevet til %1.</numerusform>
            <numerusform>%n begivenheder skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar file to subscribe to</source>
        <translation>Kalenderfil at abonnere på</translation>
    </message>
</context>
<context>
    <name>CaseAppointments</name>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøg</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Høring</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Fremvisning</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Rådgiver</translation>
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
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Ingen aftaler endnu.</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planlæg…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Missed…</source>
        <translation>Udeblevet…</translation>
    </message>
    <message>
        <source>Missed appointment</source>
        <translation>Udeblevet aftale</translation>
    </message>
    <message>
        <source>Follow-up task (leave empty for none):</source>
        <translation>Opfølgningsopgave (tom for ingen):</translation>
    </message>
    <message>
        <source>Follow up the missed %1</source>
        <translation>Følg op på det udeblevne: %1</translation>
    </message>
</context>
<context>
    <name>CaseBelongingTab</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation>Føler sig tryg</translation>
    </message>
    <message>
        <source>Part of the neighbourhood</source>
        <translation>Del af nabolaget</translation>
    </message>
    <message>
        <source>Has people to turn to</source>
        <translation>Har nogen at gå til</translation>
    </message>
    <message>
        <source>Takes part in activities</source>
        <translation>Deltager i aktiviteter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Endnu ingen opfølgning.</translation>
    </message>
    <message>
        <source>No community activity recorded.</source>
        <translation>Ingen fællesskabsaktivitet registreret.</translation>
    </message>
    <message>
        <source>Belonging check-ins (1 = not at all … 5 = very much)</source>
        <translation>Tilhørsforhold (1 = slet ikke … 5 = i høj grad)</translation>
    </message>
    <message>
        <source>Record a check-in</source>
        <translation>Registrér en opfølgning</translation>
    </message>
    <message>
        <source>People to turn to</source>
        <translation>Nogen at gå til</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Fællesskabsaktiviteter</translation>
    </message>
    <message>
        <source>Add activity…</source>
        <translation>Tilføj aktivitet…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Afslut…</translation>
    </message>
    <message>
        <source>club, association or project</source>
        <translation>klub, forening eller projekt</translation>
    </message>
    <message>
        <source>known</source>
        <translation>kendt</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Indtil</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Tilføj en aktivitet</translation>
    </message>
    <message>
        <source>Change an activity</source>
        <translation>Ret en aktivitet</translation>
    </message>
    <message>
        <source>End an activity</source>
        <translation>Afslut en aktivitet</translation>
    </message>
    <message>
        <source>Took part until</source>
        <translation>Deltog indtil</translation>
    </message>
</context>
<context>
    <name>CaseContactsTab</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Indtil</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Deles med</translation>
    </message>
    <message>
        <source>For (scope)</source>
        <translation>Til (omfang)</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>No contact recorded.</source>
        <translation>Ingen kontakt registreret.</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Intet samtykke registreret.</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Tilføj kontakt…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Afslut…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrér samtykke…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Withdrawn…</source>
        <translation>Tilbagekaldt…</translation>
    </message>
    <message>
        <source>People around the young person</source>
        <translation>Personer omkring den unge</translation>
    </message>
    <message>
        <source>Consent to share information</source>
        <translation>Samtykke til videregivelse af oplysninger</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>tilbagekaldt %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>udløbet</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Adult connections now: %1.</source>
        <translation>Voksne relationer nu: %1.</translation>
    </message>
    <message>
        <source>No mentor, family member, teacher or other adult connection is recorded yet.</source>
        <translation>Der er endnu ikke registreret en mentor, et familiemedlem, en lærer eller en anden voksen relation.</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Med ord</translation>
    </message>
    <message>
        <source>for example: aunt, football coach</source>
        <translation>for eksempel: moster, fodboldtræner</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Tilføj en kontakt</translation>
    </message>
    <message>
        <source>Edit a contact</source>
        <translation>Redigér en kontakt</translation>
    </message>
    <message>
        <source>End a contact</source>
        <translation>Afslut en kontakt</translation>
    </message>
    <message>
        <source>No longer around from</source>
        <translation>Ikke længere omkring den unge fra</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Hvorfor (valgfrit)</translation>
    </message>
    <message>
        <source>%1 stays on the record, as someone who was around until then.</source>
        <translation>%1 forbliver i sagen som en, der var omkring den unge indtil da.</translation>
    </message>
    <message>
        <source>for example: the handover to the after-care service</source>
        <translation>for eksempel: overdragelsen til efterværnet</translation>
    </message>
    <message>
        <source>on a date</source>
        <translation>på en dato</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Registrér et samtykke</translation>
    </message>
    <message>
        <source>A handover printed for someone outside the organisation needs a consent in force for that recipient.</source>
        <translation>En overdragelse, der udskrives til nogen uden for organisationen, kræver et gældende samtykke til den modtager.</translation>
    </message>
    <message>
        <source>Correct a consent</source>
        <translation>Ret et samtykke</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Hvorfor rettes det?</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke tilbagekaldt</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Tilbagekaldt den</translation>
    </message>
    <message>
        <source>From this day the consent covers no sharing; it stays on the record.</source>
        <translation>Fra denne dag dækker samtykket ingen videregivelse; det forbliver i sagen.</translation>
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
        <translation>Medtag fortrolige notater</translation>
    </message>
    <message>
        <source>Receiving worker or service</source>
        <translation>Modtagende rådgiver eller tilbud</translation>
    </message>
    <message>
        <source>Why the case is handed over</source>
        <translation>Hvorfor sagen overdrages</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Opdatér eksempel</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Afsnit:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Modtages af:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papir:</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internt team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Efterværnstilbud</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Kommunens boliganvisning</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Udlejer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Opholdsgrundlag</translation>
    </message>
    <message>
        <source>Upcoming transitions</source>
        <translation>Kommende overgange</translation>
    </message>
    <message>
        <source>Placement and housing</source>
        <translation>Anbringelse og bolig</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbejde og uddannelse</translation>
    </message>
    <message>
        <source>Workers and continuity</source>
        <translation>Rådgivere og kontinuitet</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Livsplan</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Åbne opgaver</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Consents on record</source>
        <translation>Registrerede samtykker</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Seneste notater</translation>
    </message>
    <message>
        <source>Documents on the case</source>
        <translation>Dokumenter på sagen</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Kommende aftaler</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Decision letter</source>
        <translation>Afgørelsesbrev</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Opholdstilladelse</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Lejekontrakt</translation>
    </message>
    <message>
        <source>Signed consent</source>
        <translation>Underskrevet samtykke</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identitetsdokument</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokumenter (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Tilføjet af</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential document(s) not shown.</source>
        <translation>
            <numerusform>%n fortroligt dokument vises ikke.</numerusform>
            <numerusform>%n fortrolige dokumenter vises ikke.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Ingen dokumenter endnu.</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG up to 25 MB. Drop files here or choose them with Add….</source>
        <translation>PDF, JPEG eller PNG op til 25 MB. Slip filer her, eller vælg dem med Tilføj….</translation>
    </message>
    <message>
        <source>You may read these documents but not add any.</source>
        <translation>Du må læse disse dokumenter, men ikke tilføje nogen.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Gem en kopi…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Gem en kopi af dokumentet</translation>
    </message>
    <message>
        <source>Add documents to the case</source>
        <translation>Tilføj dokumenter til sagen</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Fjern dokumentet</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the case? It cannot be brought back.</source>
        <translation>Fjern &apos;%1&apos; fra sagen? Det kan ikke hentes tilbage.</translation>
    </message>
</context>
<context>
    <name>CaseHousingTab</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Add support…</source>
        <translation>Tilføj støtte…</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Propose this unit</source>
        <translation>Foreslå denne bolig</translation>
    </message>
    <message>
        <source>Only units that fit</source>
        <translation>Kun boliger, der passer</translation>
    </message>
    <message>
        <source>Matching units, best first</source>
        <translation>Passende boliger, bedste først</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>Husstand på %1</translation>
    </message>
    <message>
        <source> (%1 expected by family reunification)</source>
        <translation> (%1 forventes via familiesammenføring)</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>no budget recorded</source>
        <translation>intet budget registreret</translation>
    </message>
    <message>
        <source>no preferred municipality</source>
        <translation>ingen foretrukken kommune</translation>
    </message>
    <message>
        <source>needed by %1</source>
        <translation>skal bruges senest %1</translation>
    </message>
    <message>
        <source>step-free access needed</source>
        <translation>kræver niveaufri adgang</translation>
    </message>
    <message>
        <source>Finding the units that match…</source>
        <translation>Finder de boliger, der passer…</translation>
    </message>
    <message>
        <source>No unit with a free place matches.</source>
        <translation>Ingen bolig med en ledig plads passer.</translation>
    </message>
    <message>
        <source>No housing offer yet: propose a unit below.</source>
        <translation>Intet boligtilbud endnu: foreslå en bolig nedenfor.</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Støtte:</translation>
    </message>
    <message>
        <source>No support recorded on this offer.</source>
        <translation>Ingen støtte registreret på dette tilbud.</translation>
    </message>
    <message>
        <source>%1 scores %2 of 100:</source>
        <translation>%1 får %2 ud af 100:</translation>
    </message>
    <message>
        <source>%1 proposed.</source>
        <translation>%1 foreslået.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The move-in on %1 is after the transition on %2, so housing is not yet secured for it.</source>
        <translation>Indflytningen den %1 ligger efter overgangen den %2, så boligen er endnu ikke sikret til den.</translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation>%1 registreret.</translation>
    </message>
</context>
<context>
    <name>CaseLanguageTab</name>
    <message>
        <source>No language course recorded.</source>
        <translation>Intet sprogkursus registreret.</translation>
    </message>
    <message>
        <source>Status and dates…</source>
        <translation>Status og datoer…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Fremmøde…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Bevis…</translation>
    </message>
    <message>
        <source>Enrol in a language course</source>
        <translation>Tilmeld til et sprogkursus</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Sprogkursus</translation>
    </message>
    <message>
        <source>Courses that are full are listed but cannot be chosen.</source>
        <translation>Fuldt booked kurser vises, men kan ikke vælges.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> fra %1</translation>
    </message>
    <message>
        <source>the course is retired</source>
        <translation>kurset er udfaset</translation>
    </message>
    <message>
        <source>the course ended on %1: record how it went (Status and dates…)</source>
        <translation>kurset sluttede %1: registrér, hvordan det gik (Status og datoer…)</translation>
    </message>
    <message>
        <source>attendance: %1</source>
        <translation>fremmøde: %1</translation>
    </message>
    <message>
        <source>level reached: %1</source>
        <translation>opnået niveau: %1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Tilmeld</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprogkurser</translation>
    </message>
    <message>
        <source>The registry has no course running or to come: team leads and coordinators add them under Partners&apos; offers.</source>
        <translation>Registret har intet kursus, der kører eller kommer: teamledere og koordinatorer opretter dem under Partnertilbud.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>fuldt booket</translation>
    </message>
    <message>
        <source>Choose a language course.</source>
        <translation>Vælg et sprogkursus.</translation>
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
        <translation>Måldato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <source>No life-plan goal yet.</source>
        <translation>Endnu intet mål i livsplanen.</translation>
    </message>
    <message>
        <source>Double-click a goal to change it.</source>
        <translation>Dobbeltklik på et mål for at ændre det.</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Tilføj mål…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Afslut…</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Livsplan</translation>
    </message>
    <message>
        <source>a target date</source>
        <translation>en måldato</translation>
    </message>
    <message>
        <source>Change a goal</source>
        <translation>Ret et mål</translation>
    </message>
    <message>
        <source>A goal achieved or dropped ends today.</source>
        <translation>Et mål, der er opnået eller opgivet, afsluttes i dag.</translation>
    </message>
    <message>
        <source>End a goal</source>
        <translation>Afslut et mål</translation>
    </message>
    <message>
        <source>The goal was</source>
        <translation>Målet blev</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Tilføj et mål</translation>
    </message>
</context>
<context>
    <name>CaseNotesTab</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Confidential: only the assigned workers and the team lead see it.</source>
        <translation>Fortroligt: kun de tildelte rådgivere og teamlederen kan se det.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Endnu ingen notater.</translation>
    </message>
    <message>
        <source>Confidential (only the assigned workers and the team lead)</source>
        <translation>Fortroligt (kun de tildelte rådgivere og teamlederen)</translation>
    </message>
    <message>
        <source>Choose a note to read it whole.</source>
        <translation>Vælg et notat for at læse det hele.</translation>
    </message>
    <message>
        <source>The chosen note</source>
        <translation>Det valgte notat</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nyt notat…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>Double-click a task to mark it done or open again.</source>
        <translation>Dobbeltklik på en opgave for at markere den som udført eller åbne den igen.</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Ny opgave…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Dato for kontakten</translation>
    </message>
    <message>
        <source>The day of the meeting, call or visit, not the day it is typed.</source>
        <translation>Dagen for mødet, samtalen eller besøget, ikke den dag det skrives.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nyt notat</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Ret et notat</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Hvorfor rettes det?</translation>
    </message>
    <message>
        <source>What the note said before stays in the audit log, with the reason.</source>
        <translation>Det, notatet sagde før, bliver i revisionsloggen sammen med begrundelsen.</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>a due date</source>
        <translation>en frist</translation>
    </message>
    <message>
        <source>A colleague who may see the case.</source>
        <translation>En kollega, der må se sagen.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Ny opgave</translation>
    </message>
    <message>
        <source>Change a task</source>
        <translation>Ret en opgave</translation>
    </message>
    <message>
        <source>%1 — CONFIDENTIAL</source>
        <translation>%1 — FORTROLIGT</translation>
    </message>
    <message numerus="yes">
        <source>%n confidential note(s) not shown to you.</source>
        <translation>
            <numerusform>%n fortroligt notat vises ikke for dig.</numerusform>
            <numerusform>%n fortrolige notater vises ikke for dig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePersonTab</name>
    <message>
        <source>Assessed on</source>
        <translation>Vurderet den</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Date of birth before</source>
        <translation>Fødselsdato før</translation>
    </message>
    <message>
        <source>Date of birth after</source>
        <translation>Fødselsdato efter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source> (withdrawn: recorded in error)</source>
        <translation> (trukket tilbage: fejlregistreret)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Ansøgt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Afgjort</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>Opholdstilladelse udløber</translation>
    </message>
    <message>
        <source>Move-out deadline</source>
        <translation>Frist for udflytning</translation>
    </message>
    <message>
        <source>Renewal applied</source>
        <translation>Forlængelse søgt</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Anbringelse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt ophør</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuel</translation>
    </message>
    <message>
        <source>No age assessment.</source>
        <translation>Ingen aldersvurdering.</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Ingen afgørelse registreret.</translation>
    </message>
    <message>
        <source>No placement recorded.</source>
        <translation>Ingen anbringelse registreret.</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>Registrér vurdering…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Registrér afgørelse…</translation>
    </message>
    <message>
        <source>Record new placement…</source>
        <translation>Registrér ny anbringelse…</translation>
    </message>
    <message>
        <source>Change planned end…</source>
        <translation>Ændr planlagt ophør…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Afslut…</translation>
    </message>
    <message>
        <source>Age assessments</source>
        <translation>Aldersvurderinger</translation>
    </message>
    <message>
        <source>Legal status decisions</source>
        <translation>Afgørelser om opholdsgrundlag</translation>
    </message>
    <message>
        <source>Placements and residence</source>
        <translation>Anbringelser og ophold</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Hvorfor rettes det?</translation>
    </message>
    <message>
        <source>For example: the date was typed wrongly</source>
        <translation>For eksempel: datoen blev skrevet forkert</translation>
    </message>
    <message>
        <source>Assessed date of birth</source>
        <translation>Vurderet fødselsdato</translation>
    </message>
    <message>
        <source>Move-out deadline…</source>
        <translation>Frist for udflytning…</translation>
    </message>
    <message>
        <source>Renewal applied for…</source>
        <translation>Forlængelse søgt…</translation>
    </message>
    <message>
        <source>Withdraw as recorded in error…</source>
        <translation>Træk tilbage som fejlregistreret…</translation>
    </message>
    <message>
        <source>Why does this deadline apply?</source>
        <translation>Hvorfor gælder denne frist?</translation>
    </message>
    <message>
        <source>Permit renewal</source>
        <translation>Forlængelse af opholdstilladelse</translation>
    </message>
    <message>
        <source>Withdraw decision</source>
        <translation>Træk afgørelse tilbage</translation>
    </message>
    <message>
        <source>Save or undo the person changes first.</source>
        <translation>Gem eller fortryd ændringerne af personoplysningerne først.</translation>
    </message>
    <message>
        <source>Record an age assessment</source>
        <translation>Registrér en aldersvurdering</translation>
    </message>
    <message>
        <source>By (authority)</source>
        <translation>Af (myndighed)</translation>
    </message>
    <message>
        <source>The assessed date becomes the date of birth (marked as set by age assessment); the 18th birthday moves with it.</source>
        <translation>Den vurderede dato bliver fødselsdatoen (markeret som fastsat ved aldersvurdering); 18-års-dagen flytter med.</translation>
    </message>
    <message>
        <source>Correct an age assessment</source>
        <translation>Ret en aldersvurdering</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Afgjort den</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>afgjort</translation>
    </message>
    <message>
        <source>Leave it out for an application still pending.</source>
        <translation>Udelad den for en ansøgning, der stadig behandles.</translation>
    </message>
    <message>
        <source>Permit valid until</source>
        <translation>Opholdstilladelse gyldig til</translation>
    </message>
    <message>
        <source>a permit</source>
        <translation>en tilladelse</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Ansøgt den</translation>
    </message>
    <message>
        <source>known</source>
        <translation>kendt</translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation>Myndighedens sagsnummer</translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation>Registrér en afgørelse</translation>
    </message>
    <message>
        <source>A decision granting protection while the young person lives in a reception placement starts the move-out deadline.</source>
        <translation>En afgørelse, der giver beskyttelse, mens den unge bor på et asylcenter, starter fristen for udflytning.</translation>
    </message>
    <message>
        <source>Correct a decision</source>
        <translation>Ret en afgørelse</translation>
    </message>
    <message>
        <source>A correction keeps the entry, with what it said before and why it changed, in the audit log. The transitions it implies move with it.</source>
        <translation>En rettelse gemmer posten med det, den sagde før, og hvorfor den blev ændret, i revisionsloggen. De overgange, den medfører, flytter med.</translation>
    </message>
    <message>
        <source>Move out by</source>
        <translation>Flyt senest</translation>
    </message>
    <message>
        <source>a deadline of its own</source>
        <translation>en særlig frist</translation>
    </message>
    <message>
        <source>Untick it to go back to the rule&apos;s deadline.</source>
        <translation>Fjern fluebenet for at gå tilbage til reglens frist.</translation>
    </message>
    <message>
        <source>The move-out deadline for this decision (it overrides the rule).</source>
        <translation>Fristen for udflytning for denne afgørelse (den går forud for reglen).</translation>
    </message>
    <message>
        <source>Renewal applied for on</source>
        <translation>Forlængelse søgt den</translation>
    </message>
    <message>
        <source>The permit&apos;s renewal is applied for: its expiry no longer needs a renewal. When the new permit comes, record it as a new decision with its expiry.</source>
        <translation>Der er søgt om forlængelse af opholdstilladelsen: dens udløb kræver ikke længere en forlængelse. Når den nye tilladelse kommer, registreres den som en ny afgørelse med sit udløb.</translation>
    </message>
    <message>
        <source>Why is it withdrawn?</source>
        <translation>Hvorfor trækkes den tilbage?</translation>
    </message>
    <message>
        <source>This entry stays on the record, marked as recorded in error, and no longer counts.</source>
        <translation>Posten bliver i sagen, markeret som fejlregistreret, og tæller ikke længere med.</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Stedets navn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>an end is planned</source>
        <translation>et ophør er planlagt</translation>
    </message>
    <message>
        <source>Record a new placement</source>
        <translation>Registrér en ny anbringelse</translation>
    </message>
    <message>
        <source>The current placement ends the day the new one starts.</source>
        <translation>Den nuværende anbringelse ophører den dag, den nye begynder.</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ophørte den</translation>
    </message>
    <message>
        <source>Correct a placement</source>
        <translation>Ret en anbringelse</translation>
    </message>
    <message>
        <source>Planned end of the placement</source>
        <translation>Planlagt ophør af anbringelsen</translation>
    </message>
    <message>
        <source>Why did the plan change?</source>
        <translation>Hvorfor blev planen ændret?</translation>
    </message>
    <message>
        <source>The placement-end transition moves with the planned end.</source>
        <translation>Overgangen ved anbringelsens ophør flytter med det planlagte ophør.</translation>
    </message>
    <message>
        <source>End the placement</source>
        <translation>Afslut anbringelsen</translation>
    </message>
    <message>
        <source>Left the placement on</source>
        <translation>Forlod anbringelsen den</translation>
    </message>
    <message>
        <source>For a young person who left without a new placement yet; a new placement ends the current one by itself.</source>
        <translation>Til en ung, der er flyttet uden endnu at have en ny anbringelse; en ny anbringelse afslutter selv den nuværende.</translation>
    </message>
    <message>
        <source>Residence permit valid until %1.</source>
        <translation>Opholdstilladelse gyldig til %1.</translation>
    </message>
    <message>
        <source>Renewal applied for on %1.</source>
        <translation>Forlængelse søgt den %1.</translation>
    </message>
    <message>
        <source>No residence permit recorded.</source>
        <translation>Ingen opholdstilladelse registreret.</translation>
    </message>
</context>
<context>
    <name>CaseRecordPage</name>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the person record (Ctrl+S)</source>
        <translation>Gem personoplysningerne (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Luk fanen</translation>
    </message>
    <message>
        <source>Close this record&apos;s tab (Ctrl+W); the case stays open</source>
        <translation>Luk sagens fane (Ctrl+W); sagen forbliver åben</translation>
    </message>
    <message>
        <source>Person and legal status</source>
        <translation>Person og opholdsgrundlag</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Overgange</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbejde og uddannelse</translation>
    </message>
    <message>
        <source>Workers and continuity</source>
        <translation>Rådgivere og kontinuitet</translation>
    </message>
    <message>
        <source>Contacts and consents</source>
        <translation>Kontakter og samtykker</translation>
    </message>
    <message>
        <source>Life plan</source>
        <translation>Livsplan</translation>
    </message>
    <message>
        <source>Notes and tasks</source>
        <translation>Notater og opgaver</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Tilhørsforhold</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>age ≈%1 (date of birth %2)</source>
        <translation>alder ≈%1 (fødselsdato %2)</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>alder %1</translation>
    </message>
    <message>
        <source>no primary worker</source>
        <translation>ingen primær rådgiver</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>intet team</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>LUKKET</translation>
    </message>
    <message>
        <source>also %1 (merged)</source>
        <translation>også %1 (sammenlagt)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>You may read this case but not change it.</source>
        <translation>Du må læse denne sag, men ikke ændre den.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Ikke gemt: ret venligst de markerede felter.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case. Review and save again.</source>
        <translation>Ikke gemt: en anden har ændret sagen. Gennemgå og gem igen.</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 har ikke-gemte ændringer. Vil du gemme dem, før du lukker?</translation>
    </message>
</context>
<context>
    <name>CaseTransitionsTab</name>
    <message>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>Why is the outcome &apos;%1&apos; taken back?</source>
        <translation>Hvorfor trækkes udfaldet &apos;%1&apos; tilbage?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n on record</source>
        <translation>
            <numerusform>%1 — %n registreret</numerusform>
            <numerusform>%1 — %n registreret</numerusform>
        </translation>
    </message>
    <message>
        <source>On record: %1.</source>
        <translation>Registreret: %1.</translation>
    </message>
    <message>
        <source>No mentor, family member, teacher or other adult connection is recorded yet (Contacts and consents).</source>
        <translation>Der er endnu ikke registreret en mentor, et familiemedlem, en lærer eller en anden voksen relation (Kontakter og samtykker).</translation>
    </message>
    <message>
        <source>Transitions follow from the date of birth, the decisions and the placements, and stay here until their outcome is known. Tick what is ready; each tick is saved at once. Right-click an item to mark it not applicable.</source>
        <translation>Overgange følger af fødselsdatoen, afgørelserne og anbringelserne og bliver her, til deres udfald kendes. Markér det, der er på plads; hvert flueben gemmes med det samme. Højreklik på et punkt for at markere det som ikke relevant.</translation>
    </message>
    <message>
        <source>No transition for this case.</source>
        <translation>Ingen overgang for denne sag.</translation>
    </message>
</context>
<context>
    <name>CaseWorkTab</name>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>No work or education support recorded.</source>
        <translation>Ingen støtte til arbejde eller uddannelse registreret.</translation>
    </message>
    <message>
        <source>Work and education support</source>
        <translation>Støtte til arbejde og uddannelse</translation>
    </message>
    <message>
        <source>Status and dates…</source>
        <translation>Status og datoer…</translation>
    </message>
    <message>
        <source>End with its outcome…</source>
        <translation>Afslut med udfald…</translation>
    </message>
    <message>
        <source>Add work or education support</source>
        <translation>Tilføj støtte til arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>school, employer or programme</source>
        <translation>skole, arbejdsgiver eller forløb</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>From the partners&apos; programmes</source>
        <translation>Fra partnernes forløb</translation>
    </message>
    <message>
        <source>Or typed in</source>
        <translation>Eller skrevet ind</translation>
    </message>
    <message>
        <source>None: a school or employer typed in below</source>
        <translation>Intet: en skole eller arbejdsgiver skrevet ind nedenfor</translation>
    </message>
    <message>
        <source>full</source>
        <translation>fuldt booket</translation>
    </message>
    <message>
        <source>it ended on %1: record what came of it (End with its outcome…)</source>
        <translation>det sluttede %1: registrér, hvad det førte til (Afslut med udfald…)</translation>
    </message>
</context>
<context>
    <name>CaseWorkersTab</name>
    <message>
        <source>Worker</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primær</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundær</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Overdragelsesnotat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Den</translation>
    </message>
    <message>
        <source>Same worker continued</source>
        <translation>Samme rådgiver fortsatte</translation>
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
        <translation>Notat</translation>
    </message>
    <message>
        <source>No worker assigned.</source>
        <translation>Ingen rådgiver tildelt.</translation>
    </message>
    <message>
        <source>No school change or transfer.</source>
        <translation>Intet skoleskift eller overflytning.</translation>
    </message>
    <message>
        <source>Record a change…</source>
        <translation>Registrér en ændring…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Tildelingshistorik</translation>
    </message>
    <message>
        <source>School changes, moves and hand-overs</source>
        <translation>Skoleskift, flytninger og overdragelser</translation>
    </message>
    <message>
        <source>school, municipality or service</source>
        <translation>skole, kommune eller tilbud</translation>
    </message>
    <message>
        <source>The same worker continued with the young person</source>
        <translation>Den samme rådgiver fortsatte med den unge</translation>
    </message>
    <message>
        <source>Record a school change, move or hand-over</source>
        <translation>Registrér et skoleskift, en flytning eller en overdragelse</translation>
    </message>
    <message>
        <source>Continuity counts each of them, and whether the same worker stayed with the young person through it.</source>
        <translation>Kontinuiteten tæller hver af dem, og om den samme rådgiver blev hos den unge igennem det.</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Hvorfor rettes det?</translation>
    </message>
    <message>
        <source>Correct a change</source>
        <translation>Ret en ændring</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of primary worker in the last 12 months.</source>
        <translation>
            <numerusform>%n skift af primær rådgiver de seneste 12 måneder.</numerusform>
            <numerusform>%n skift af primær rådgiver de seneste 12 måneder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same primary worker 30 days before and after a transition: %1 of %2.</source>
        <translation>Samme primære rådgiver 30 dage før og efter en overgang: %1 af %2.</translation>
    </message>
    <message>
        <source>No past transition to judge continuity on yet.</source>
        <translation>Endnu ingen tidligere overgang at bedømme kontinuiteten ud fra.</translation>
    </message>
    <message>
        <source>School changes and transfers: %1, the worker continued in %2.</source>
        <translation>Skoleskift og overflytninger: %1, rådgiveren fortsatte i %2.</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Næste overgang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>≈ marks an uncertain date of birth (month or year only, or assessed)</source>
        <translation>≈ markerer en usikker fødselsdato (kun måned eller år, eller vurderet)</translation>
    </message>
    <message>
        <source>Share of the readiness checklist that is done</source>
        <translation>Andel af tjeklisten for parathed, der er klaret</translation>
    </message>
    <message>
        <source>Red: due within 30 days or overdue without housing secured. Amber: due within 90 days and less than 70% ready. Otherwise green.</source>
        <translation>Rød: frist inden for 30 dage eller overskredet uden sikret bolig. Gul: frist inden for 90 dage og under 70 % klar. Ellers grøn.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No transition</source>
        <translation>Ingen overgang</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Date of birth uncertain: %1</source>
        <translation>Usikker fødselsdato: %1</translation>
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
        <translation>Hvis sager</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mine sager</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mit team</translation>
    </message>
    <message>
        <source>All I may see</source>
        <translation>Alle, jeg må se</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alle risici</translation>
    </message>
    <message>
        <source>Red only</source>
        <translation>Kun røde</translation>
    </message>
    <message>
        <source>Red and amber</source>
        <translation>Røde og gule</translation>
    </message>
    <message>
        <source>Amber only</source>
        <translation>Kun gule</translation>
    </message>
    <message>
        <source>Green only</source>
        <translation>Kun grønne</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Frist inden for</translation>
    </message>
    <message>
        <source>Days until due</source>
        <translation>Dage til fristen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation>Søg efter navn eller sagsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Søg i sager</translation>
    </message>
    <message>
        <source>Type a name or a reference; Down moves into the list, Enter opens a case.</source>
        <translation>Skriv et navn eller et sagsnummer; Pil ned går ned i listen, Enter åbner en sag.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My caseload&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Min sagsstamme&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Showing the best %1 of %2 — type more to narrow</source>
        <translation>Viser de bedste %1 af %2 — skriv mere for at indsnævre</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n sag</numerusform>
            <numerusform>%n sager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate for %1</source>
        <translation>Bevis for %1</translation>
    </message>
    <message>
        <source>e.g. Prøve i Dansk 2</source>
        <translation>fx Prøve i Dansk 2</translation>
    </message>
    <message>
        <source>A file is kept already; choosing another keeps that one too.</source>
        <translation>Der er allerede gemt en fil; vælger du en anden, gemmes den også.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil valgt.</translation>
    </message>
    <message>
        <source>Choose the file (PDF, JPEG, PNG)…</source>
        <translation>Vælg filen (PDF, JPEG, PNG)…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dateret</translation>
    </message>
    <message>
        <source>Level it shows</source>
        <translation>Niveau på beviset</translation>
    </message>
    <message>
        <source>The certificate&apos;s file</source>
        <translation>Bevisets fil</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Dokumenter (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Skift din adgangskode</translation>
    </message>
    <message>
        <source>You logged in with an initial password. Choose your own password to go on.</source>
        <translation>Du er logget ind med en startadgangskode. Vælg din egen adgangskode for at fortsætte.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Vælg en ny adgangskode.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuværende adgangskode</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Ny adgangskode</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ny adgangskode igen</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>De to nye adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Den nye adgangskode skal være forskellig fra den nuværende.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Intet at vise endnu.</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Eksportér PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Gem dette diagram som et billede</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <source>Save the numbers behind this chart for a spreadsheet</source>
        <translation>Gem tallene bag dette diagram til et regneark</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport mislykkedes</translation>
    </message>
    <message>
        <source>The picture could not be saved.</source>
        <translation>Billedet kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Export chart as a picture</source>
        <translation>Eksportér diagrammet som billede</translation>
    </message>
    <message>
        <source>PNG image, print resolution (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-billede i trykkvalitet (*.png);;SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Diagrammet er gemt som %1.</translation>
    </message>
    <message>
        <source>Export numbers as CSV</source>
        <translation>Eksportér tal som CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Filen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>The numbers were saved as %1.</source>
        <translation>Tallene er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Approve closing…</source>
        <translation>Godkend lukning…</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Send tilbage med en kommentar…</translation>
    </message>
    <message>
        <source>Ask to close…</source>
        <translation>Bed om lukning…</translation>
    </message>
    <message>
        <source>Ask the team lead to close this case</source>
        <translation>Bed teamlederen om at lukke denne sag</translation>
    </message>
    <message>
        <source>Merge a duplicate…</source>
        <translation>Sammenlæg en dublet…</translation>
    </message>
    <message>
        <source>Another case of the same young person: merge it into this one</source>
        <translation>En anden sag om den samme unge: læg den sammen med denne</translation>
    </message>
    <message>
        <source>%1 returned the request to close: “%2”</source>
        <translation>%1 sendte anmodningen om lukning tilbage: “%2”</translation>
    </message>
    <message>
        <source>%1 asked on %2 to close this case: “%3”. Waiting for the team lead.</source>
        <translation>%1 bad den %2 om at lukke denne sag: “%3”. Venter på teamlederen.</translation>
    </message>
    <message>
        <source>Ask to close this case</source>
        <translation>Bed om lukning af denne sag</translation>
    </message>
    <message>
        <source>Why should the case be closed?</source>
        <translation>Hvorfor skal sagen lukkes?</translation>
    </message>
    <message>
        <source>For example: moved to another municipality</source>
        <translation>For eksempel: flyttet til en anden kommune</translation>
    </message>
    <message>
        <source>The team lead approves the closure or returns it with a comment; until then the case stays open.</source>
        <translation>Teamlederen godkender lukningen eller sender den tilbage med en kommentar; indtil da forbliver sagen åben.</translation>
    </message>
    <message>
        <source>Ask to close</source>
        <translation>Bed om lukning</translation>
    </message>
    <message>
        <source>Asked to close the case; it waits for the team lead.</source>
        <translation>Der er bedt om lukning af sagen; den venter på teamlederen.</translation>
    </message>
    <message>
        <source>Close %1 (%2)? Its open transitions are resolved as closed with it; they stay on the record and in the figures.</source>
        <translation>Luk %1 (%2)? Sagens åbne overgange afsluttes som lukket sammen med den; de bliver i sagen og i tallene.</translation>
    </message>
    <message>
        <source>Approve closing</source>
        <translation>Godkend lukning</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Sagen er lukket.</translation>
    </message>
    <message>
        <source>Return the request to close</source>
        <translation>Send anmodningen om lukning tilbage</translation>
    </message>
    <message>
        <source>What is needed before it can be closed?</source>
        <translation>Hvad mangler, før den kan lukkes?</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Send tilbage</translation>
    </message>
    <message>
        <source>Returned to %1 with your comment; the case stays open.</source>
        <translation>Sendt tilbage til %1 med din kommentar; sagen forbliver åben.</translation>
    </message>
    <message>
        <source>Merged into this case.</source>
        <translation>Lagt sammen med denne sag.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this case</source>
        <translation>En anden har ændret denne sag</translation>
    </message>
    <message>
        <source>Compare the changes below. Nothing has been saved yet and nothing is overwritten unless you choose to.</source>
        <translation>Sammenlign ændringerne nedenfor. Intet er gemt endnu, og intet overskrives, medmindre du vælger det.</translation>
    </message>
    <message>
        <source>Fields saved by both</source>
        <translation>Felter gemt af begge</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Da du åbnede den</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Din ændring</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Gemt af en anden</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(uændret)</translation>
    </message>
    <message>
        <source>Discard mine, show theirs</source>
        <translation>Kassér mine, vis deres</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Gem mine oven i deres</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsæt redigeringen</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>The connection to the database server is lost. Homeward keeps trying; what you have typed stays here, and you can save it once the server answers again.</source>
        <translation>Forbindelsen til databaseserveren er afbrudt. Homeward bliver ved med at prøve; det, du har skrevet, bliver stående her, og du kan gemme det, når serveren svarer igen.</translation>
    </message>
    <message>
        <source>Connected to the database server again.</source>
        <translation>Forbundet til databaseserveren igen.</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course %1</source>
        <translation>Redigér kursus %1</translation>
    </message>
    <message>
        <source>New language course</source>
        <translation>Nyt sprogkursus</translation>
    </message>
    <message>
        <source>made when empty</source>
        <translation>dannes, hvis tom</translation>
    </message>
    <message>
        <source>e.g. Danish 2, module 3</source>
        <translation>fx Dansk 2, modul 3</translation>
    </message>
    <message>
        <source>the language school</source>
        <translation>sprogskolen</translation>
    </message>
    <message>
        <source>e.g. da</source>
        <translation>fx da</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Place (municipality)</source>
        <translation>Sted (kommune)</translation>
    </message>
    <message>
        <source>CEFR level</source>
        <translation>CEFR-niveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timer om ugen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <source>Folder for the data export</source>
        <translation>Mappe til dataudtrækket</translation>
    </message>
    <message>
        <source>Exporting the data of %1</source>
        <translation>Eksporterer oplysningerne om %1</translation>
    </message>
</context>
<context>
    <name>DataProtectionScreen</name>
    <message>
        <source>Data-protection duties are handled by team leads and coordinators.</source>
        <translation>Databeskyttelsesopgaver varetages af teamledere og koordinatorer.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Eksportér alt, der opbevares…</translation>
    </message>
    <message>
        <source>Access request: everything held about one person</source>
        <translation>Indsigtsanmodning: alt, der opbevares om én person</translation>
    </message>
    <message>
        <source>Anonymise selected…</source>
        <translation>Anonymisér valgte…</translation>
    </message>
    <message>
        <source>Retention review: closed cases past the retention period</source>
        <translation>Gennemgang af opbevaring: lukkede sager ud over opbevaringsperioden</translation>
    </message>
    <message>
        <source>Anonymise on request…</source>
        <translation>Anonymisér efter anmodning…</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Anmodning om sletning</translation>
    </message>
    <message>
        <source>Type the case reference first.</source>
        <translation>Skriv først sagsnummeret.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Skrev %1 og %2.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisér</translation>
    </message>
    <message>
        <source>Anonymise %1? Names, contacts and free text are removed for good; the figures used in statistics are kept. This cannot be undone.</source>
        <translation>Anonymisér %1? Navne, kontakter og fritekst fjernes for altid; tallene, der bruges i statistikken, bevares. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Anonymised: %1.</source>
        <translation>Anonymiseret: %1.</translation>
    </message>
    <message>
        <source>Select the cases to anonymise first.</source>
        <translation>Vælg først de sager, der skal anonymiseres.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Sandsynlige dubletter</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>No likely duplicates in your team.</source>
        <translation>Ingen sandsynlige dubletter i dit team.</translation>
    </message>
    <message>
        <source>Cases of your team with similar names, the same birth year and no different nationality. Choose a pair to compare and merge it.</source>
        <translation>Sager i dit team med lignende navne, samme fødselsår og ikke forskelligt statsborgerskab. Vælg et par for at sammenligne og sammenlægge det.</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Sammenlign og sammenlæg…</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Enrolment in %1</source>
        <translation>Tilmelding til %1</translation>
    </message>
    <message>
        <source>When it ends, it ends today unless you give the day.</source>
        <translation>Afsluttes den, slutter den i dag, medmindre du angiver dagen.</translation>
    </message>
    <message>
        <source>e.g. moved to another municipality</source>
        <translation>fx flyttet til en anden kommune</translation>
    </message>
    <message>
        <source>needed when going back, e.g. completed by mistake</source>
        <translation>skal udfyldes ved tilbageføring, fx gennemført ved en fejl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Opnået niveau</translation>
    </message>
    <message>
        <source>Why it was dropped</source>
        <translation>Hvorfor det blev opgivet</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>Begrundelse for en rettelse</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Excel workbook, imports back into Homeward (*.xlsx);;CSV for your spreadsheet (*.csv)</source>
        <translation>Excel-projektmappe, kan importeres i Homeward igen (*.xlsx);;CSV til dit regneark (*.csv)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksporterer</translation>
    </message>
    <message>
        <source>Export the caseload</source>
        <translation>Eksportér sagsstammen</translation>
    </message>
    <message>
        <source>Export anonymised statistics</source>
        <translation>Eksportér anonymiseret statistik</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>%1 cases were exported to %2.</source>
        <translation>%1 sager blev eksporteret til %2.</translation>
    </message>
    <message>
        <source>The statistics (%1 rows: municipality and age band, no names) were exported to %2.</source>
        <translation>Statistikken (%1 rækker: kommune og aldersgruppe, ingen navne) blev eksporteret til %2.</translation>
    </message>
</context>
<context>
    <name>ExportCalendarDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Eksportér til kalender</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Name the young people (not only the case reference)</source>
        <translation>Navngiv de unge (ikke kun sagsnummeret)</translation>
    </message>
    <message>
        <source>Calendars are often synchronised to cloud services: without names, events show the case reference only.</source>
        <translation>Kalendere synkroniseres ofte med skytjenester: uden navne viser begivenhederne kun sagsnummeret.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Næste:</translation>
    </message>
</context>
<context>
    <name>ExportHeadings</name>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Date of birth known to</source>
        <translation>Fødselsdato kendt til</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Statsborgerskab</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkesprog</translation>
    </message>
    <message>
        <source>Unaccompanied</source>
        <translation>Uledsaget</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ankomstdato</translation>
    </message>
    <message>
        <source>Status decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Afgørelsesdato</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Tilladelse udløber</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Anbringelse</translation>
    </message>
    <message>
        <source>Placement municipality</source>
        <translation>Anbringelseskommune</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>Anbringelse slutter</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>I efterværn</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Primær rådgiver</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Expected family reunification</source>
        <translation>Forventet familiesammenføring</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Næste overgang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Readiness %</source>
        <translation>Parathed %</translation>
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
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinder</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mænd</translation>
    </message>
    <message>
        <source>Other or unknown sex</source>
        <translation>Andet eller ukendt køn</translation>
    </message>
    <message>
        <source>Status granted</source>
        <translation>Opholdstilladelse givet</translation>
    </message>
    <message>
        <source>Pending or appealed</source>
        <translation>Verserende eller påklaget</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afslag</translation>
    </message>
    <message>
        <source>No decision recorded</source>
        <translation>Ingen afgørelse registreret</translation>
    </message>
    <message>
        <source>In reception</source>
        <translation>I asylcenter</translation>
    </message>
    <message>
        <source>In care</source>
        <translation>Anbragt</translation>
    </message>
    <message>
        <source>Own tenancy</source>
        <translation>Egen bolig</translation>
    </message>
    <message>
        <source>Other or no placement</source>
        <translation>Anden eller ingen anbringelse</translation>
    </message>
    <message>
        <source>Transition within 90 days</source>
        <translation>Overgang inden for 90 dage</translation>
    </message>
    <message>
        <source>Housing secured for the next transition</source>
        <translation>Bolig sikret til næste overgang</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Vælg regnearket</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a header row. Rows are numbered as in the spreadsheet: the header is row 1, the first case is row 2. A workbook&apos;s sheets of language courses, enrolments, contacts and consents come along.</source>
        <translation>En CSV- eller XLSX-fil med en overskriftsrække. Rækkerne nummereres som i regnearket: overskriften er række 1, den første sag er række 2. En projektmappes ark med sprogkurser, tilmeldinger, kontakter og samtykker kommer med.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fil, der skal importeres</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Sti til en .csv- eller .xlsx-fil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Team for rows without one:</source>
        <translation>Team til rækker uden et:</translation>
    </message>
    <message>
        <source>No team (coordinators only)</source>
        <translation>Intet team (kun koordinatorer)</translation>
    </message>
    <message>
        <source>Import a caseload</source>
        <translation>Importér en sagsstamme</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Regneark (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Første administrator</translation>
    </message>
    <message>
        <source>This new database has no users yet. Create the administrator account; the administrator then adds the social workers and teams.</source>
        <translation>Denne nye database har endnu ingen brugere. Opret administratorkontoen; administratoren tilføjer derefter socialrådgiverne og teamene.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Adgangskode igen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <source>Type a user name.</source>
        <translation>Skriv et brugernavn.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Homeward</source>
        <translation>Velkommen til Homeward</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Homeward&lt;/h2&gt;&lt;p&gt;Homeward keeps its records in a database file on this computer. Choose how to start.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Velkommen til Homeward&lt;/h2&gt;&lt;p&gt;Homeward gemmer sine oplysninger i en databasefil på denne computer. Vælg, hvordan du vil begynde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Opret en ny database</translation>
    </message>
    <message>
        <source>An empty database for your service; you choose the first administrator.</source>
        <translation>En tom database til jeres tilbud; du vælger den første administrator.</translation>
    </message>
    <message>
        <source>Open an existing database file</source>
        <translation>Åbn en eksisterende databasefil</translation>
    </message>
    <message>
        <source>A Homeward database that you or a colleague already use.</source>
        <translation>En Homeward-database, som du eller en kollega allerede bruger.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Åbn demodatabasen</translation>
    </message>
    <message>
        <source>Made-up young people and demo accounts (password &apos;demo&apos;) to try Homeward.</source>
        <translation>Opdigtede unge og demokonti (adgangskode &apos;demo&apos;) til at prøve Homeward.</translation>
    </message>
    <message>
        <source>Connect to your team&apos;s database server</source>
        <translation>Forbind til jeres teams databaseserver</translation>
    </message>
    <message>
        <source>A PostgreSQL database your team shares; IT gives you its details.</source>
        <translation>En PostgreSQL-database, som jeres team deler; it-afdelingen giver dig oplysningerne.</translation>
    </message>
    <message>
        <source>Homeward database (*.db)</source>
        <translation>Homeward-database (*.db)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Åbn en database</translation>
    </message>
    <message>
        <source>Homeward database (*.db);;All files (*)</source>
        <translation>Homeward-database (*.db);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>%1 is known</source>
        <translation>%1 er kendt</translation>
    </message>
</context>
<context>
    <name>Housing</name>
    <message>
        <source>Social housing</source>
        <translation>Almen bolig</translation>
    </message>
    <message>
        <source>Co-housing / shared</source>
        <translation>Bofællesskab / delt</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Botilbud med støtte</translation>
    </message>
    <message>
        <source>Private rental</source>
        <translation>Privat udlejning</translation>
    </message>
    <message>
        <source>Student housing</source>
        <translation>Ungdomsbolig</translation>
    </message>
    <message>
        <source>Host family</source>
        <translation>Værtsfamilie</translation>
    </message>
    <message>
        <source>Social-housing provider</source>
        <translation>Almen boligorganisation</translation>
    </message>
    <message>
        <source>Private landlord</source>
        <translation>Privat udlejer</translation>
    </message>
    <message>
        <source>Rental agency</source>
        <translation>Boligformidling</translation>
    </message>
    <message>
        <source>Co-housing project</source>
        <translation>Bofællesskabsprojekt</translation>
    </message>
    <message>
        <source>Supported-housing service</source>
        <translation>Botilbud med støtte</translation>
    </message>
    <message>
        <source>Rent subsidy</source>
        <translation>Boligstøtte</translation>
    </message>
    <message>
        <source>Deposit guarantee</source>
        <translation>Depositumsgaranti</translation>
    </message>
    <message>
        <source>Rent guarantee</source>
        <translation>Huslejegaranti</translation>
    </message>
    <message>
        <source>Intermediation by a rental agency</source>
        <translation>Formidling via boligformidling</translation>
    </message>
    <message>
        <source>Too far from school, work or network</source>
        <translation>For langt fra skole, arbejde eller netværk</translation>
    </message>
    <message>
        <source>Too expensive</source>
        <translation>For dyr</translation>
    </message>
    <message>
        <source>Too small for the household</source>
        <translation>For lille til husstanden</translation>
    </message>
    <message>
        <source>Not suitable (condition, accessibility, shared)</source>
        <translation>Ikke egnet (stand, tilgængelighed, delt)</translation>
    </message>
    <message>
        <source>The young person declined</source>
        <translation>Den unge takkede nej</translation>
    </message>
    <message>
        <source>The landlord chose someone else</source>
        <translation>Udlejeren valgte en anden</translation>
    </message>
    <message>
        <source>Other housing found</source>
        <translation>Anden bolig fundet</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>Tilbud trukket tilbage</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anden årsag</translation>
    </message>
    <message>
        <source>Viewing arranged</source>
        <translation>Fremvisning aftalt</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Acceptér…</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Kontrakt underskrevet</translation>
    </message>
    <message>
        <source>Moved in…</source>
        <translation>Flyttet ind…</translation>
    </message>
    <message>
        <source>End tenancy…</source>
        <translation>Afslut lejemål…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Afvis…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bolig</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Ledige pladser</translation>
    </message>
    <message>
        <source>Area m²</source>
        <translation>Areal m²</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Husleje</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig fra</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Indtil</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Niveaufri</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Boliger</translation>
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
        <translation>Sag</translation>
    </message>
    <message>
        <source>(a case you may not open)</source>
        <translation>(en sag, du ikke må åbne)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Indflytning</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <source>Declined because</source>
        <translation>Afvist, fordi</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Støtte</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Point</translation>
    </message>
</context>
<context>
    <name>HousingScreen</name>
    <message>
        <source>Units</source>
        <translation>Boliger</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Udbydere</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Søg i boliger</translation>
    </message>
    <message>
        <source>Code, address or provider</source>
        <translation>Kode, adresse eller udbyder</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>At least this many rooms</source>
        <translation>Mindst så mange værelser</translation>
    </message>
    <message>
        <source>any rooms</source>
        <translation>Værelser: alle</translation>
    </message>
    <message>
        <source>Rent at most</source>
        <translation>Husleje højst</translation>
    </message>
    <message>
        <source>any rent</source>
        <translation>Husleje: alle</translation>
    </message>
    <message>
        <source>Free by</source>
        <translation>Ledig senest</translation>
    </message>
    <message>
        <source>Retired too</source>
        <translation>Også udfasede</translation>
    </message>
    <message>
        <source>Housing units</source>
        <translation>Boliger</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>Ny bolig…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Udfas</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>This unit fits none of the cases you may see.</source>
        <translation>Denne bolig passer til ingen af de sager, du må se.</translation>
    </message>
    <message>
        <source>Offer history</source>
        <translation>Tilbudshistorik</translation>
    </message>
    <message>
        <source>Cases this unit fits, most urgent first</source>
        <translation>Sager, denne bolig passer til, mest presserende først</translation>
    </message>
    <message>
        <source>Retired providers too</source>
        <translation>Også udfasede udbydere</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>Ny udbyder…</translation>
    </message>
    <message>
        <source>Retire / reinstate</source>
        <translation>Udfas / genindsæt</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>The first %1 units: narrow the filters to see the others.</source>
        <translation>De første %1 boliger: indsnævr filtrene for at se de andre.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 boliger</translation>
    </message>
    <message>
        <source>No unit selected.</source>
        <translation>Ingen bolig valgt.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Genindsæt</translation>
    </message>
    <message>
        <source>%1 of %2 places free</source>
        <translation>%1 af %2 pladser ledige</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>udfaset</translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation>Bolig %1 gemt.</translation>
    </message>
    <message>
        <source>Unit %1 reinstated.</source>
        <translation>Bolig %1 genindsat.</translation>
    </message>
    <message>
        <source>Unit %1 retired.</source>
        <translation>Bolig %1 udfaset.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Date of birth precision</source>
        <translation>Fødselsdatoens præcision</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Statsborgerskab</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkesprog</translation>
    </message>
    <message>
        <source>Unaccompanied</source>
        <translation>Uledsaget</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Indrejsedato</translation>
    </message>
    <message>
        <source>Status decision</source>
        <translation>Afgørelse om ophold</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Afgørelsesdato</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>Opholdstilladelsen udløber</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Anbringelsestype</translation>
    </message>
    <message>
        <source>Placement municipality</source>
        <translation>Anbringelseskommune</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>Anbringelsen ophører</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>I efterværn</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Primær rådgiver</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Family reunification members</source>
        <translation>Personer til familiesammenføring</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprogkurser</translation>
    </message>
    <message>
        <source>Enrolments in language courses</source>
        <translation>Tilmeldinger til sprogkurser</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Import a caseload</source>
        <translation>Importér en sagsstamme</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>%1: %2 nye, %3 opdateret, %4 uændret, %5 afvist.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
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
        <translation>Udflytning efter asyl</translation>
    </message>
    <message>
        <source>Turns 18</source>
        <translation>Fylder 18</translation>
    </message>
    <message>
        <source>After-care ends</source>
        <translation>Efterværn ophører</translation>
    </message>
    <message>
        <source>Permit expires</source>
        <translation>Opholdstilladelse udløber</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>Anbringelse ophører</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Housing secured</source>
        <translation>Bolig sikret</translation>
    </message>
    <message>
        <source>Income or benefits arranged</source>
        <translation>Indtægt eller ydelser på plads</translation>
    </message>
    <message>
        <source>Budget plan</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Identitetspapirer</translation>
    </message>
    <message>
        <source>Health registration and insurance</source>
        <translation>Sundhedskort og forsikring</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Sprogkursus</translation>
    </message>
    <message>
        <source>Education or employment plan</source>
        <translation>Uddannelses- eller beskæftigelsesplan</translation>
    </message>
    <message>
        <source>Adult connections (mentor, network)</source>
        <translation>Voksne relationer (mentor, netværk)</translation>
    </message>
    <message>
        <source>Guardian / after-care arranged</source>
        <translation>Værge / efterværn på plads</translation>
    </message>
    <message>
        <source>Worker continuity confirmed</source>
        <translation>Kontinuitet i rådgiver bekræftet</translation>
    </message>
    <message>
        <source>Life plan reviewed</source>
        <translation>Livsplan gennemgået</translation>
    </message>
    <message>
        <source>exact date</source>
        <translation>nøjagtig dato</translation>
    </message>
    <message>
        <source>month and year known</source>
        <translation>måned og år kendt</translation>
    </message>
    <message>
        <source>only the year known</source>
        <translation>kun året kendt</translation>
    </message>
    <message>
        <source>set by age assessment</source>
        <translation>fastsat ved aldersvurdering</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <translation>Flygtningestatus</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Beskyttelsesstatus</translation>
    </message>
    <message>
        <source>Humanitarian status</source>
        <translation>Humanitær opholdstilladelse</translation>
    </message>
    <message>
        <source>Temporary protection</source>
        <translation>Midlertidig beskyttelse</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Application pending</source>
        <translation>Ansøgning under behandling</translation>
    </message>
    <message>
        <source>Reception centre</source>
        <translation>Asylcenter</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>Plejefamilie</translation>
    </message>
    <message>
        <source>Residential care</source>
        <translation>Døgninstitution</translation>
    </message>
    <message>
        <source>Supported housing</source>
        <translation>Botilbud med støtte</translation>
    </message>
    <message>
        <source>Own tenancy</source>
        <translation>Egen lejebolig</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Værge</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Udlejer</translation>
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
        <translation>Andet</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internt team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Efterværnstilbud</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Kommunens boliganvisning</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Fremvisning</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Kontrakt underskrevet</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Flyttet ind</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sundhed</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Socialt netværk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Red — urgent</source>
        <translation>Rød — haster</translation>
    </message>
    <message>
        <source>Amber — watch</source>
        <translation>Gul — hold øje</translation>
    </message>
    <message>
        <source>Green — on track</source>
        <translation>Grøn — på rette spor</translation>
    </message>
    <message>
        <source>Care placement secured (foster, residential or supported)</source>
        <translation>Anbringelse sikret (plejefamilie, døgninstitution eller støttet bolig)</translation>
    </message>
    <message>
        <source>Permit renewal applied for or new permit</source>
        <translation>Forlængelse søgt eller ny opholdstilladelse</translation>
    </message>
    <message>
        <source>Guardian appointed</source>
        <translation>Værge beskikket</translation>
    </message>
    <message>
        <source>School place</source>
        <translation>Skoleplads</translation>
    </message>
    <message>
        <source>Housed on time</source>
        <translation>Bolig i tide</translation>
    </message>
    <message>
        <source>Housed late</source>
        <translation>Bolig for sent</translation>
    </message>
    <message>
        <source>Stayed in care</source>
        <translation>Blev i anbringelse</translation>
    </message>
    <message>
        <source>Moved elsewhere</source>
        <translation>Flyttet andetsteds</translation>
    </message>
    <message>
        <source>Left without housing</source>
        <translation>Fraflyttet uden bolig</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Mistet kontakten</translation>
    </message>
    <message>
        <source>No longer applies</source>
        <translation>Gælder ikke længere</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Sag lukket</translation>
    </message>
    <message>
        <source>Status withdrawn</source>
        <translation>Status inddraget</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtale</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøg</translation>
    </message>
    <message>
        <source>School change</source>
        <translation>Skoleskift</translation>
    </message>
    <message>
        <source>Transfer to another municipality</source>
        <translation>Flytning til en anden kommune</translation>
    </message>
    <message>
        <source>Transfer to another team</source>
        <translation>Overflytning til et andet team</translation>
    </message>
    <message>
        <source>Transfer to after-care</source>
        <translation>Overgang til efterværn</translation>
    </message>
    <message>
        <source>Job coaching</source>
        <translation>Jobcoaching</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Lærlingeuddannelse</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Erhvervsuddannelse</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Sport club</source>
        <translation>Sportsklub</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Frivilligt arbejde</translation>
    </message>
    <message>
        <source>Tenant association</source>
        <translation>Beboerforening</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinde</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mand</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialrådgiver</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleder</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Activity added</source>
        <translation>Aktivitet tilføjet</translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation>Aktivitet ændret</translation>
    </message>
    <message>
        <source>Age assessment corrected</source>
        <translation>Aldersvurdering rettet</translation>
    </message>
    <message>
        <source>Duplicate cases merged</source>
        <translation>Dubletsager sammenlagt</translation>
    </message>
    <message>
        <source>Consent corrected</source>
        <translation>Samtykke rettet</translation>
    </message>
    <message>
        <source>Contact ended</source>
        <translation>Kontakt afsluttet</translation>
    </message>
    <message>
        <source>Move corrected</source>
        <translation>Flytning rettet</translation>
    </message>
    <message>
        <source>Move recorded</source>
        <translation>Flytning registreret</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Notat rettet</translation>
    </message>
    <message>
        <source>Task changed</source>
        <translation>Opgave ændret</translation>
    </message>
    <message>
        <source>Appointment planned</source>
        <translation>Aftale planlagt</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Aftale ændret</translation>
    </message>
    <message>
        <source>Appointment kept, cancelled or missed</source>
        <translation>Aftale holdt, aflyst eller udeblevet</translation>
    </message>
    <message>
        <source>Course attendance recorded</source>
        <translation>Fremmøde på kursus registreret</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Kalender eksporteret</translation>
    </message>
    <message>
        <source>Document added</source>
        <translation>Dokument tilføjet</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Dokument udskrevet</translation>
    </message>
    <message>
        <source>Document removed</source>
        <translation>Dokument fjernet</translation>
    </message>
    <message>
        <source>Document saved as a copy</source>
        <translation>Dokument gemt som kopi</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Dokument vist</translation>
    </message>
    <message>
        <source>Documents listed</source>
        <translation>Dokumenter listet</translation>
    </message>
    <message>
        <source>Age assessed</source>
        <translation>Alder vurderet</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Revisionslog eksporteret</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sikkerhedskopi oprettet</translation>
    </message>
    <message>
        <source>Cases handed over</source>
        <translation>Sager overdraget</translation>
    </message>
    <message>
        <source>Case anonymised</source>
        <translation>Sag anonymiseret</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Sag ændret</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Sag oprettet</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Sag åbnet</translation>
    </message>
    <message>
        <source>Case reassigned</source>
        <translation>Sag omfordelt</translation>
    </message>
    <message>
        <source>Caseload exported</source>
        <translation>Sagsstamme eksporteret</translation>
    </message>
    <message>
        <source>Cases imported</source>
        <translation>Sager importeret</translation>
    </message>
    <message>
        <source>Certificate&apos;s document kept</source>
        <translation>Bevisets dokument gemt</translation>
    </message>
    <message>
        <source>Certificate recorded</source>
        <translation>Bevis registreret</translation>
    </message>
    <message>
        <source>Check-in added</source>
        <translation>Opfølgning tilføjet</translation>
    </message>
    <message>
        <source>Checklist changed</source>
        <translation>Tjekliste ændret</translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation>Lukning godkendt</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Anmodet om lukning</translation>
    </message>
    <message>
        <source>Closure returned</source>
        <translation>Lukning sendt tilbage</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Samtykke registreret</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Samtykke tilbagekaldt</translation>
    </message>
    <message>
        <source>Consents imported</source>
        <translation>Samtykker importeret</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Kontakt tilføjet</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Kontakt ændret</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Kontakter importeret</translation>
    </message>
    <message>
        <source>Language course changed</source>
        <translation>Sprogkursus ændret</translation>
    </message>
    <message>
        <source>Language course created</source>
        <translation>Sprogkursus oprettet</translation>
    </message>
    <message>
        <source>Language course reinstated</source>
        <translation>Sprogkursus genindsat</translation>
    </message>
    <message>
        <source>Language course retired</source>
        <translation>Sprogkursus udfaset</translation>
    </message>
    <message>
        <source>Language courses imported</source>
        <translation>Sprogkurser importeret</translation>
    </message>
    <message>
        <source>Database moved</source>
        <translation>Database flyttet</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Database gendannet</translation>
    </message>
    <message>
        <source>Decision added</source>
        <translation>Afgørelse tilføjet</translation>
    </message>
    <message>
        <source>Decision changed</source>
        <translation>Afgørelse ændret</translation>
    </message>
    <message>
        <source>Decision corrected</source>
        <translation>Afgørelse rettet</translation>
    </message>
    <message>
        <source>Decision withdrawn (recorded in error)</source>
        <translation>Afgørelse trukket tilbage (fejlregistreret)</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Demodata oprettet</translation>
    </message>
    <message>
        <source>Work or education support added</source>
        <translation>Støtte til arbejde eller uddannelse tilføjet</translation>
    </message>
    <message>
        <source>Work or education support changed</source>
        <translation>Beskæftigelses- eller uddannelsesstøtte ændret</translation>
    </message>
    <message>
        <source>Language course enrolment added</source>
        <translation>Tilmelding til sprogkursus tilføjet</translation>
    </message>
    <message>
        <source>Language course enrolment changed</source>
        <translation>Tilmelding til sprogkursus ændret</translation>
    </message>
    <message>
        <source>Enrolments imported</source>
        <translation>Tilmeldinger importeret</translation>
    </message>
    <message>
        <source>Goal added</source>
        <translation>Mål tilføjet</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Mål ændret</translation>
    </message>
    <message>
        <source>Housing matched</source>
        <translation>Boliger matchet</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Login mislykkedes</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notat tilføjet</translation>
    </message>
    <message>
        <source>Housing offer moved on</source>
        <translation>Status på boligtilbud ændret</translation>
    </message>
    <message>
        <source>Housing offer proposed</source>
        <translation>Boligtilbud foreslået</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Adgangskode skiftet</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Adgangskode nulstillet</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Adgang nægtet</translation>
    </message>
    <message>
        <source>Permit renewal applied for</source>
        <translation>Forlængelse af opholdstilladelse søgt</translation>
    </message>
    <message>
        <source>Placement added</source>
        <translation>Anbringelse tilføjet</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Anbringelse ændret</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Programme changed</source>
        <translation>Forløb ændret</translation>
    </message>
    <message>
        <source>Programme created</source>
        <translation>Forløb oprettet</translation>
    </message>
    <message>
        <source>Programme reinstated</source>
        <translation>Forløb genindsat</translation>
    </message>
    <message>
        <source>Programme retired</source>
        <translation>Forløb udfaset</translation>
    </message>
    <message>
        <source>Housing provider changed</source>
        <translation>Boligudbyder ændret</translation>
    </message>
    <message>
        <source>Housing provider created</source>
        <translation>Boligudbyder oprettet</translation>
    </message>
    <message>
        <source>Housing provider reactivated</source>
        <translation>Boligudbyder genindsat</translation>
    </message>
    <message>
        <source>Housing provider retired</source>
        <translation>Boligudbyder udfaset</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Indstillinger ændret</translation>
    </message>
    <message>
        <source>Statistics exported</source>
        <translation>Statistik eksporteret</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Personoplysninger eksporteret</translation>
    </message>
    <message>
        <source>Support added</source>
        <translation>Støtte tilføjet</translation>
    </message>
    <message>
        <source>Support removed</source>
        <translation>Støtte fjernet</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>Opgave tilføjet</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Opgave udført</translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation>Opgave genåbnet</translation>
    </message>
    <message>
        <source>Team changed</source>
        <translation>Team ændret</translation>
    </message>
    <message>
        <source>Team created</source>
        <translation>Team oprettet</translation>
    </message>
    <message>
        <source>Transfer accepted</source>
        <translation>Overflytning accepteret</translation>
    </message>
    <message>
        <source>Transfer rejected</source>
        <translation>Overflytning afvist</translation>
    </message>
    <message>
        <source>Transfer requested</source>
        <translation>Anmodet om overflytning</translation>
    </message>
    <message>
        <source>Transition moved</source>
        <translation>Overgang flyttet</translation>
    </message>
    <message>
        <source>Transition reopened</source>
        <translation>Overgang genåbnet</translation>
    </message>
    <message>
        <source>Transition outcome recorded</source>
        <translation>Udfald af overgang registreret</translation>
    </message>
    <message>
        <source>Housing unit changed</source>
        <translation>Bolig ændret</translation>
    </message>
    <message>
        <source>Housing unit created</source>
        <translation>Bolig oprettet</translation>
    </message>
    <message>
        <source>Housing unit reinstated</source>
        <translation>Bolig genindsat</translation>
    </message>
    <message>
        <source>Housing unit retired</source>
        <translation>Bolig udfaset</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Bruger ændret</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Bruger oprettet</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Bruger deaktiveret</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Bruger aktiveret</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Bruger låst op</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>Vindue låst</translation>
    </message>
    <message>
        <source>Worker assigned</source>
        <translation>Rådgiver tildelt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag over fristen</numerusform>
            <numerusform>%n dage over fristen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The new language is used the next time Homeward starts. Dates and numbers follow the same language.</source>
        <translation>Det nye sprog bruges, næste gang Homeward starter. Datoer og tal følger samme sprog.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Homeward – log in</source>
        <translation>Homeward – log ind</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Homeward&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Homeward&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>This is a demo database with made-up people. Log in as &lt;b&gt;worker&lt;/b&gt;, &lt;b&gt;lead&lt;/b&gt;, &lt;b&gt;coordinator&lt;/b&gt; or &lt;b&gt;admin&lt;/b&gt;; the password is &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>Dette er en demodatabase med opdigtede personer. Log ind som &lt;b&gt;worker&lt;/b&gt;, &lt;b&gt;lead&lt;/b&gt;, &lt;b&gt;coordinator&lt;/b&gt; eller &lt;b&gt;admin&lt;/b&gt;; adgangskoden er &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Skriv dit brugernavn.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Å&amp;bn database…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Forbind til en &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Import caseload…</source>
        <translation>&amp;Importér sagsstamme…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>&amp;Caseload as a spreadsheet…</source>
        <translation>&amp;Sagsstammen som regneark…</translation>
    </message>
    <message>
        <source>Anonymised &amp;statistics…</source>
        <translation>Anonymiseret &amp;statistik…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Tag sikkerhedskopi af databasen…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log ud</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Find en sag</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sag…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Udskriv resumé…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Luk fanen</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab of the case</source>
        <translation>&amp;Næste fane i sagen</translation>
    </message>
    <message>
        <source>P&amp;revious tab of the case</source>
        <translation>&amp;Forrige fane i sagen</translation>
    </message>
    <message>
        <source>Tab %1 of the case</source>
        <translation>Fane %1 i sagen</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sag</translation>
    </message>
    <message>
        <source>&amp;Go to tab</source>
        <translation>&amp;Gå til fane</translation>
    </message>
    <message>
        <source>Only social workers and team leads open new cases.</source>
        <translation>Kun rådgivere og teamledere opretter nye sager.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Brugere…</translation>
    </message>
    <message>
        <source>&amp;Teams…</source>
        <translation>&amp;Teams…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhedskopier…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Revisionslog…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Sprog…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About Homeward</source>
        <translation>&amp;Om Homeward</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>The import is finished.</source>
        <translation>Importen er færdig.</translation>
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
        <translation>Åbne sager</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Min sagsstamme</translation>
    </message>
    <message>
        <source>Pages and open cases</source>
        <translation>Sider og åbne sager</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Sagsstamme</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Overgange</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
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
        <translation>Databeskyttelse</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>Nothing to save: %1 has no unsaved changes.</source>
        <translation>Intet at gemme: %1 har ingen ikke-gemte ændringer.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Homeward databases (*.db)</source>
        <translation>Homeward-databaser (*.db)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Åbn en database</translation>
    </message>
    <message>
        <source>Homeward databases (*.db);;All files (*)</source>
        <translation>Homeward-databaser (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Partners&apos; offers</source>
        <translation>Partnertilbud</translation>
    </message>
    <message>
        <source>Homeward</source>
        <translation>Homeward</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gemt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the list</source>
        <translation>
            <numerusform>%n sag på listen</numerusform>
            <numerusform>%n sager på listen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Tilknyt kolonnerne</translation>
    </message>
    <message>
        <source>Each column of the file and the Homeward field it fills. Columns are matched by name; your choices are remembered for the next import.</source>
        <translation>Hver kolonne i filen og det Homeward-felt, den udfylder. Kolonner tilknyttes efter navn; dine valg huskes til næste import.</translation>
    </message>
    <message>
        <source>The workbook&apos;s other sheets, imported after the cases</source>
        <translation>Projektmappens øvrige ark, importeret efter sagerne</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n row(s)</source>
        <translation>
            <numerusform>%1: %2, %n række</numerusform>
            <numerusform>%1: %2, %n rækker</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(kolonne %1)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Decisions</source>
        <translation>Afgørelser</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Anbringelser</translation>
    </message>
    <message>
        <source>Age assessments</source>
        <translation>Aldersvurderinger</translation>
    </message>
    <message>
        <source>Housing offers</source>
        <translation>Boligtilbud</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprogkurser</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Arbejde og uddannelse</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tildelinger</translation>
    </message>
    <message>
        <source>School changes and transfers</source>
        <translation>Skoleskift og overflytninger</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Overgange</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Merge two cases of one person</source>
        <translation>Sammenlæg to sager om samme person</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Byt om</translation>
    </message>
    <message>
        <source>Keep the other case instead</source>
        <translation>Behold den anden sag i stedet</translation>
    </message>
    <message>
        <source>Keep the case</source>
        <translation>Behold sagen</translation>
    </message>
    <message>
        <source>Merge into it the case</source>
        <translation>Læg denne sag sammen med den</translation>
    </message>
    <message>
        <source>The two cases side by side</source>
        <translation>De to sager side om side</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beholdes</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Lægges sammen med den</translation>
    </message>
    <message>
        <source>Reason for the merge</source>
        <translation>Begrundelse for sammenlægningen</translation>
    </message>
    <message>
        <source>Why are they one person? For example: the same passport number</source>
        <translation>Hvorfor er de samme person? For eksempel: samme pasnummer</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Sammenlæg…</translation>
    </message>
    <message>
        <source>Everything the second case holds moves onto the case kept, and what was recorded on both is kept once. The second reference stays a name of the case kept: search, opening and import still find it.</source>
        <translation>Alt, hvad den anden sag indeholder, flyttes over i den sag, der beholdes, og det, der er registreret i begge, beholdes én gang. Det andet sagsnummer forbliver et navn på den sag, der beholdes: søgning, åbning og import finder den stadig.</translation>
    </message>
    <message>
        <source>Why are they one person?</source>
        <translation>Hvorfor er de samme person?</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Statsborgerskab</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Filled in from the second case: %1.</source>
        <translation>Udfyldt fra den anden sag: %1.</translation>
    </message>
    <message>
        <source>Recorded differently, the case kept&apos;s stays: %1.</source>
        <translation>Registreret forskelligt, den beholdte sags værdi bevares: %1.</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into %3 (%4)? This cannot be undone: %1 then names %3.</source>
        <translation>Læg %1 (%2) sammen med %3 (%4)? Det kan ikke fortrydes: %1 henviser derefter til %3.</translation>
    </message>
    <message>
        <source>Merge two cases</source>
        <translation>Sammenlæg to sager</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Primær rådgiver</translation>
    </message>
    <message>
        <source>Show only the transitions whose date has passed and whose outcome is not yet recorded</source>
        <translation>Vis kun overgange, hvis dato er passeret, og hvis udfald endnu ikke er registreret</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrér udfald…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My day&lt;/h2&gt;&lt;p&gt;Loading…&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Min dag&lt;/h2&gt;&lt;p&gt;Indlæser…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My day&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Min dag&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>My transitions in the next 30 days that need attention (%n)</source>
        <translation>
            <numerusform>Mine overgange de næste 30 dage, der kræver opmærksomhed (%n)</numerusform>
            <numerusform>Mine overgange de næste 30 dage, der kræver opmærksomhed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transitions in the next 30 days that need attention (%n)</source>
        <translation>
            <numerusform>Overgange de næste 30 dage, der kræver opmærksomhed (%n)</numerusform>
            <numerusform>Overgange de næste 30 dage, der kræver opmærksomhed (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source> — the first %1 shown</source>
        <translation> — de første %1 vises</translation>
    </message>
    <message numerus="yes">
        <source>Needs an outcome (%n)</source>
        <translation>
            <numerusform>Mangler udfald (%n)</numerusform>
            <numerusform>Mangler udfald (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message numerus="yes">
        <source>Tasks due today or overdue (%n)</source>
        <translation>
            <numerusform>Opgaver med frist i dag eller overskredet (%n)</numerusform>
            <numerusform>Opgaver med frist i dag eller overskredet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>Newly assigned to me since I last looked (%n)</source>
        <translation>
            <numerusform>Nyligt tildelt mig, siden jeg sidst kiggede (%n)</numerusform>
            <numerusform>Nyligt tildelt mig, siden jeg sidst kiggede (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primær</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundær</translation>
    </message>
    <message>
        <source>Nothing red or amber in the next 30 days.</source>
        <translation>Intet rødt eller gult de næste 30 dage.</translation>
    </message>
    <message>
        <source>No tasks due.</source>
        <translation>Ingen opgaver med frist.</translation>
    </message>
    <message>
        <source>No new cases.</source>
        <translation>Ingen nye sager.</translation>
    </message>
    <message>
        <source>No appointments today or tomorrow.</source>
        <translation>Ingen aftaler i dag eller i morgen.</translation>
    </message>
    <message numerus="yes">
        <source>My appointments today and tomorrow (%n)</source>
        <translation>
            <numerusform>Mine aftaler i dag og i morgen (%n)</numerusform>
            <numerusform>Mine aftaler i dag og i morgen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgen</translation>
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
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY</source>
        <translation>ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Type only the month or the year when the exact date is not known.</source>
        <translation>Skriv kun måneden eller året, når den nøjagtige dato ikke kendes.</translation>
    </message>
    <message>
        <source>Country name or ISO code</source>
        <translation>Landenavn eller ISO-kode</translation>
    </message>
    <message>
        <source>Names or ISO codes, separated by ;</source>
        <translation>Navne eller ISO-koder adskilt af ;</translation>
    </message>
    <message>
        <source>(no primary worker yet)</source>
        <translation>(endnu ingen primær rådgiver)</translation>
    </message>
    <message>
        <source>Given name(s)</source>
        <translation>Fornavn(e)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Statsborgerskab</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Primær rådgiver</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Opret sag</translation>
    </message>
    <message>
        <source>• %1: a similar case in %2 (ask that team)</source>
        <translation>• %1: en lignende sag i %2 (spørg det team)</translation>
    </message>
    <message>
        <source>another team</source>
        <translation>et andet team</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mulig dublet</translation>
    </message>
    <message>
        <source>Homeward already holds a young person with a similar name, the same birth year and nationality. Please check this is not the same person:</source>
        <translation>Homeward har allerede en ung med et lignende navn, samme fødselsår og statsborgerskab. Kontrollér venligst, at det ikke er den samme person:</translation>
    </message>
    <message>
        <source>Create a new case anyway</source>
        <translation>Opret alligevel en ny sag</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbage</translation>
    </message>
    <message>
        <source>Merge two of them…</source>
        <translation>Sammenlæg to af dem…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Ny bruger</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ret %1</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(intet team)</translation>
    </message>
    <message>
        <source>The user must change this initial password at the first login.</source>
        <translation>Brugeren skal skifte denne startadgangskode ved første login.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Fulde navn</translation>
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
        <translation>&amp;Startadgangskode</translation>
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
        <translation>Tilføj støtte sammen med accepten</translation>
    </message>
    <message>
        <source>Planned move-in</source>
        <translation>Planlagt indflytning</translation>
    </message>
    <message>
        <source>Moved in on</source>
        <translation>Flyttet ind den</translation>
    </message>
    <message>
        <source>Tenancy ended on</source>
        <translation>Lejemål ophørt den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
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
        <translation>Noget uventet gik galt. Intet blev ændret. Detaljerne står i logfilen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record outcome</source>
        <translation>Registrér udfald</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, forfalder %3</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Udfald:</translation>
    </message>
    <message>
        <source>Housing began on</source>
        <translation>Bolig fra</translation>
    </message>
    <message>
        <source>Housing &amp;began on:</source>
        <translation>&amp;Bolig fra:</translation>
    </message>
    <message>
        <source>e.g. Aarhus Kommune, after-care service</source>
        <translation>fx Aarhus Kommune, efterværn</translation>
    </message>
    <message>
        <source>Receiving service or municipality</source>
        <translation>Modtagende tilbud eller kommune</translation>
    </message>
    <message>
        <source>&amp;Receiving service or municipality:</source>
        <translation>&amp;Modtagende tilbud eller kommune:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Be&amp;grundelse:</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>In work</source>
        <translation>I arbejde</translation>
    </message>
    <message>
        <source>In education</source>
        <translation>I uddannelse</translation>
    </message>
    <message>
        <source>Neither work nor education</source>
        <translation>Hverken arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>ubegrænset</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>udfaset</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>full</source>
        <translation>fuldt booket</translation>
    </message>
    <message>
        <source>document kept</source>
        <translation>dokument gemt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timer om ugen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Opnået niveau</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 af %2 ledige</translation>
    </message>
    <message>
        <source>No language courses yet. Your team lead or coordinator adds the courses of the language schools here.</source>
        <translation>Ingen sprogkurser endnu. Din teamleder eller koordinator opretter sprogskolernes kurser her.</translation>
    </message>
    <message>
        <source>No programmes yet. Your team lead or coordinator adds the partners&apos; employment and education programmes here.</source>
        <translation>Ingen forløb endnu. Din teamleder eller koordinator opretter partnernes beskæftigelses- og uddannelsesforløb her.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Free places only</source>
        <translation>Kun ledige pladser</translation>
    </message>
    <message>
        <source>Ended and retired too</source>
        <translation>Også afsluttede og udfasede</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Udfas</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Alle steder</translation>
    </message>
    <message>
        <source>Code, course or provider</source>
        <translation>Kode, kursus eller udbyder</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Nyt kursus…</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle niveauer</translation>
    </message>
    <message>
        <source>No language courses yet. Add the courses of the language schools with New course…: provider, place, CEFR level, dates, hours a week and places.</source>
        <translation>Ingen sprogkurser endnu. Opret sprogskolernes kurser med Nyt kursus…: udbyder, sted, CEFR-niveau, datoer, timer om ugen og pladser.</translation>
    </message>
    <message>
        <source>%1 retired: no longer offered; its enrolments stay as they are.</source>
        <translation>%1 udfaset: udbydes ikke længere; tilmeldingerne består uændret.</translation>
    </message>
    <message>
        <source>%1 reinstated: offered again.</source>
        <translation>%1 genindsat: udbydes igen.</translation>
    </message>
    <message>
        <source>Code, programme or organisation</source>
        <translation>Kode, forløb eller organisation</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>Nyt forløb…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>No programmes yet. Add the job coaching, internships, apprenticeships, vocational training and school places of your partners with New programme…</source>
        <translation>Ingen forløb endnu. Opret partnernes jobcoaching, praktikpladser, lærlingeforløb, erhvervsuddannelser og skolepladser med Nyt forløb…</translation>
    </message>
    <message>
        <source>%1 retired: no longer offered; the support in it stays as it is.</source>
        <translation>%1 udfaset: udbydes ikke længere; støtten i det består uændret.</translation>
    </message>
    <message>
        <source>Language courses</source>
        <translation>Sprogkurser</translation>
    </message>
    <message>
        <source>Employment and education programmes</source>
        <translation>Beskæftigelses- og uddannelsesforløb</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Intet passer til filtrene.</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Genindsæt</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 vist</translation>
    </message>
    <message>
        <source>places: %1</source>
        <translation>pladser: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gemt.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypt the new database</source>
        <translation>Kryptér den nye database</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Krypteret database</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt %1. Without it nobody, you included, can read the file or its backups: keep it somewhere safe.</source>
        <translation>Vælg en adgangssætning til at kryptere %1. Uden den kan ingen, heller ikke du, læse filen eller dens sikkerhedskopier: opbevar den et sikkert sted.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its passphrase.</source>
        <translation>%1 er krypteret. Indtast dens adgangssætning.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Adgangssætning igen</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Adgangssætningen skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangssætninger er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Given name(s)</source>
        <translation>Fornavn(e)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Foretrukket navn</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Date of birth is</source>
        <translation>Fødselsdatoen er</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Køn</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Statsborgerskab</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Oprindelsesland</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Har brug for tolk</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Tolkesprog</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Indrejsedato</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Uledsaget mindreårig</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Værge</translation>
    </message>
    <message>
        <source>External reference numbers</source>
        <translation>Eksterne referencenumre</translation>
    </message>
    <message>
        <source>In after-care</source>
        <translation>I efterværn</translation>
    </message>
    <message>
        <source>Family members expected (reunification)</source>
        <translation>Forventede familiemedlemmer (familiesammenføring)</translation>
    </message>
    <message>
        <source>Monthly housing budget</source>
        <translation>Månedligt boligbudget</translation>
    </message>
    <message>
        <source>Preferred municipalities</source>
        <translation>Foretrukne kommuner</translation>
    </message>
    <message>
        <source>Needs accessible housing</source>
        <translation>Har brug for tilgængelig bolig</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Country name or ISO code</source>
        <translation>Landenavn eller ISO-kode</translation>
    </message>
    <message>
        <source>Names or ISO codes, separated by ;</source>
        <translation>Navne eller ISO-koder adskilt af ;</translation>
    </message>
</context>
<context>
    <name>PlanAppointmentDialog</name>
    <message>
        <source>Plan an appointment</source>
        <translation>Planlæg en aftale</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The young person attends</source>
        <translation>Den unge deltager</translation>
    </message>
    <message>
        <source>Others attending</source>
        <translation>Andre deltagere</translation>
    </message>
    <message>
        <source>Others attending, separated by commas</source>
        <translation>Andre deltagere, adskilt af kommaer</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Tolk nødvendig</translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation>Tolkens sprog</translation>
    </message>
    <message>
        <source>Language (code or English name)</source>
        <translation>Sprog (kode eller engelsk navn)</translation>
    </message>
    <message>
        <source>(no housing offer)</source>
        <translation>(intet boligtilbud)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Slags:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Dato og klokkeslæt:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Varighed:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Who attends:</source>
        <translation>Hvem deltager:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Tolk:</translation>
    </message>
    <message>
        <source>Viewing of:</source>
        <translation>Fremvisning af:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notat:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Kontrollér før import</translation>
    </message>
    <message>
        <source>Rejected rows are not imported; the cells at fault are coloured and say why when you point at them.</source>
        <translation>Afviste rækker importeres ikke; de fejlbehæftede celler er farvet og fortæller hvorfor, når du peger på dem.</translation>
    </message>
    <message>
        <source>Sheet shown</source>
        <translation>Viste ark</translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected</source>
        <translation>Importér intet, hvis en række afvises</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrollerer hver række…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 rejected. Nothing has been written yet.</source>
        <translation>%1 nye, %2 til opdatering, %3 uændrede, %4 afviste. Intet er skrevet endnu.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Kolonner, der ikke importeres: %1.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Kontrollen mislykkedes.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>No consent on record</source>
        <translation>Intet samtykke registreret</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <source>Handover report</source>
        <translation>Overdragelsesrapport</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Sagsresumé</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internt team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Efterværnstilbud</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Kommunens boliganvisning</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Udlejer</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>There is no consent on record to share the case %1 with: %2.
Give the reason for printing it anyway (it is written to the audit log).</source>
        <translation>Der er ikke registreret samtykke til at dele sagen %1 med: %2.
Angiv begrundelsen for alligevel at udskrive den (den skrives i revisionsloggen).</translation>
    </message>
    <message>
        <source>Not printed: there is no consent on record for this recipient.</source>
        <translation>Ikke udskrevet: der er ikke registreret samtykke for denne modtager.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Vis udskrift</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit programme %1</source>
        <translation>Redigér forløb %1</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <source>made when empty</source>
        <translation>dannes, hvis tom</translation>
    </message>
    <message>
        <source>e.g. Job coaching for young adults</source>
        <translation>fx Jobcoaching for unge voksne</translation>
    </message>
    <message>
        <source>school, employer or job centre</source>
        <translation>skole, arbejdsgiver eller jobcenter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place (municipality)</source>
        <translation>Sted (kommune)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Pladser</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit provider %1</source>
        <translation>Redigér udbyder %1</translation>
    </message>
    <message>
        <source>New housing provider</source>
        <translation>Ny boligudbyder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign %1</source>
        <translation>Omfordel %1</translation>
    </message>
    <message>
        <source>What the new worker must know: agreements, contacts, next steps…</source>
        <translation>Hvad den nye rådgiver skal vide: aftaler, kontakter, næste skridt…</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Begrundelse for ændringen</translation>
    </message>
    <message>
        <source>Keep the current worker as secondary for</source>
        <translation>Behold den nuværende rådgiver som sekundær i</translation>
    </message>
    <message>
        <source>Days as secondary worker</source>
        <translation>Dage som sekundær medarbejder</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>%1 is overdue by %2 days.</source>
        <translation>%1 er %2 dage over fristen.</translation>
    </message>
    <message>
        <source>%1 is due %2.</source>
        <translation>%1 har frist %2.</translation>
    </message>
    <message>
        <source>Changing the worker this close to a transition breaks continuity: say why.</source>
        <translation>Et rådgiverskifte så tæt på en overgang bryder kontinuiteten: begrund det.</translation>
    </message>
    <message>
        <source>Reason for the change (required)</source>
        <translation>Begrundelse for ændringen (påkrævet)</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung</translation>
    </message>
    <message>
        <source>Current worker</source>
        <translation>Nuværende rådgiver</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>New primary worker</source>
        <translation>Ny primær rådgiver</translation>
    </message>
    <message>
        <source>Handover note (required)</source>
        <translation>Overdragelsesnotat (påkrævet)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Omfordel</translation>
    </message>
    <message>
        <source>Choose the new primary worker.</source>
        <translation>Vælg den nye primære rådgiver.</translation>
    </message>
    <message>
        <source>Make %1 the primary worker of %2? It goes into the assignment history and cannot be taken back (only another reassignment changes it).</source>
        <translation>Gør %1 til primær rådgiver for %2? Det skrives i historikken over tildelinger og kan ikke gøres om (kun en ny omfordeling ændrer det).</translation>
    </message>
    <message>
        <source>%1 now works with %2.</source>
        <translation>%1 arbejder nu med %2.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>known</source>
        <translation>kendt</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Case reference, e.g. HW-2026-00042</source>
        <translation>Sagsnummer, f.eks. HW-2026-00042</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Sagsresumé…</translation>
    </message>
    <message>
        <source>Handover report…</source>
        <translation>Overdragelsesrapport…</translation>
    </message>
    <message>
        <source>One case</source>
        <translation>Én sag</translation>
    </message>
    <message>
        <source>All teams I may see</source>
        <translation>Alle teams, jeg må se</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
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
        <translation>Overgangsrapport…</translation>
    </message>
    <message>
        <source>Caseload report…</source>
        <translation>Sagsstammerapport…</translation>
    </message>
    <message>
        <source>Planning report…</source>
        <translation>Planlægningsrapport…</translation>
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
        <translation>Papir:</translation>
    </message>
    <message>
        <source>Transitions due within:</source>
        <translation>Overgange med frist inden for:</translation>
    </message>
    <message>
        <source>Planning for:</source>
        <translation>Planlægning for:</translation>
    </message>
    <message>
        <source>Caseload per worker:</source>
        <translation>Sagsstamme pr. rådgiver:</translation>
    </message>
    <message>
        <source>One PDF per case (into a folder)</source>
        <translation>Én PDF pr. sag (i en mappe)</translation>
    </message>
    <message>
        <source>One combined PDF file</source>
        <translation>Én samlet PDF-fil</translation>
    </message>
    <message>
        <source>Print handover reports…</source>
        <translation>Udskriv overdragelsesrapporter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Handover reports for every transition coming up</source>
        <translation>Overdragelsesrapporter for alle kommende overgange</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapporter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Type a case reference first.</source>
        <translation>Skriv først et sagsnummer.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Forbereder dokumentet…</translation>
    </message>
    <message>
        <source>Transitions report</source>
        <translation>Overgangsrapport</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Sagsstammerapport</translation>
    </message>
    <message>
        <source>Planning report</source>
        <translation>Planlægningsrapport</translation>
    </message>
    <message>
        <source>Save the handover reports as</source>
        <translation>Gem overdragelsesrapporterne som</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the handover reports</source>
        <translation>Mappe til overdragelsesrapporterne</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Udskriver…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message numerus="yes">
        <source>%n handover report(s) printed.</source>
        <translation>
            <numerusform>%n overdragelsesrapport udskrevet.</numerusform>
            <numerusform>%n overdragelsesrapporter udskrevet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) skipped:</source>
        <translation>
            <numerusform>%n sag sprunget over:</numerusform>
            <numerusform>%n sager sprunget over:</numerusform>
        </translation>
    </message>
    <message>
        <source>No transitions in this period: nothing to print.</source>
        <translation>Ingen overgange i denne periode: intet at udskrive.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was written. Details are in the log.</source>
        <translation>Noget uventet gik galt; intet blev skrevet. Detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulleret: ingen fil blev skrevet.</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internt team</translation>
    </message>
    <message>
        <source>After-care service</source>
        <translation>Efterværnstilbud</translation>
    </message>
    <message>
        <source>Municipality housing office</source>
        <translation>Kommunens boliganvisning</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Udlejer</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annullér import</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Gem rapport…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows were rejected.</source>
        <translation>Intet blev importeret: nogle rækker blev afvist.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 nye, %2 opdaterede, %3 uændrede, %4 afviste.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was imported. The details are in the log.</source>
        <translation>Noget uventet gik galt. Intet blev importeret. Detaljerne står i loggen.</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported.</source>
        <translation>Importen mislykkedes; intet blev importeret.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen blev annulleret; intet blev importeret.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Gem importrapporten</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Lukket den</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
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
        <translation>Forbind til jeres teams databaseserver</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database on a server. Your IT department gives you these details; your own Homeward user name and password come after.</source>
        <translation>Et team deler én PostgreSQL-database på en server. Jeres it-afdeling giver dig disse oplysninger; dit eget Homeward-brugernavn og din adgangskode kommer bagefter.</translation>
    </message>
    <message>
        <source>e.g. homeward.municipality.local</source>
        <translation>f.eks. homeward.kommune.local</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Fra (kun på et betroet netværk)</translation>
    </message>
    <message>
        <source>If the server wants it</source>
        <translation>Hvis serveren kræver det</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Når serveren tilbyder det</translation>
    </message>
    <message>
        <source>Always (encrypted)</source>
        <translation>Altid (krypteret)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Altid, og kontrollér serverens certifikat</translation>
    </message>
    <message>
        <source>Always, and check the certificate and the server name</source>
        <translation>Altid, og kontrollér certifikatet og servernavnet</translation>
    </message>
    <message>
        <source>Remember the password in this computer&apos;s keyring</source>
        <translation>Husk adgangskoden i computerens nøglering</translation>
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
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>Database &amp;user</source>
        <translation>Database&amp;bruger</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS)</source>
        <translation>&amp;Kryptering (TLS)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the server password in; Homeward will ask for it at the next start.</source>
        <translation>Denne computer har ingen nøglering til serverens adgangskode; Homeward spørger efter den ved næste start.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Move from the search box into the list</source>
        <translation>Gå fra søgefeltet ned i listen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pil ned</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Åbn den valgte sag</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Press the button that has the focus</source>
        <translation>Tryk på knappen, der har fokus</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation>Enter eller mellemrum</translation>
    </message>
    <message>
        <source>Read a cut-off cell in full</source>
        <translation>Læs en afkortet celle i sin helhed</translation>
    </message>
    <message>
        <source>F2, or hover over it</source>
        <translation>F2, eller hold musen over den</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Creating the demo database</source>
        <translation>Opretter demodatabasen</translation>
    </message>
    <message>
        <source>Creating %1 made-up young people to try Homeward with…</source>
        <translation>Opretter %1 opdigtede unge at prøve Homeward med…</translation>
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
        <translation>Støtte til tilbuddet til %1</translation>
    </message>
    <message>
        <source>End the support at %1</source>
        <translation>Afslut støtten hos %1</translation>
    </message>
    <message>
        <source>Support at %1</source>
        <translation>Støtte hos %1</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ophørte den</translation>
    </message>
    <message>
        <source>— choose when it ends —</source>
        <translation>— vælges, når den afsluttes —</translation>
    </message>
    <message>
        <source>e.g. hired as kitchen assistant, 30 hours a week</source>
        <translation>fx ansat som køkkenmedhjælper, 30 timer om ugen</translation>
    </message>
    <message>
        <source>needed when going back, e.g. ended by mistake</source>
        <translation>skal udfyldes ved tilbageføring, fx afsluttet ved en fejl</translation>
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
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>About the outcome</source>
        <translation>Om udfaldet</translation>
    </message>
    <message>
        <source>Reason for a correction</source>
        <translation>Begrundelse for en rettelse</translation>
    </message>
</context>
<context>
    <name>SupportFields</name>
    <message>
        <source>Ends on</source>
        <translation>Ophører den</translation>
    </message>
    <message>
        <source>e.g. the municipality&apos;s housing office</source>
        <translation>f.eks. kommunens boliganvisning</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Støtte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Ydet af</translation>
    </message>
</context>
<context>
    <name>TeamBalanceTab</name>
    <message>
        <source>Worker</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Primary cases</source>
        <translation>Primære sager</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Sekundære</translation>
    </message>
    <message>
        <source>Transitions ≤ 30 days</source>
        <translation>Overgange ≤ 30 dage</translation>
    </message>
    <message>
        <source>Transitions ≤ 90 days</source>
        <translation>Overgange ≤ 90 dage</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rød</translation>
    </message>
    <message>
        <source>Caseloads by worker</source>
        <translation>Sagsstammer pr. medarbejder</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung</translation>
    </message>
    <message>
        <source>Next transition</source>
        <translation>Næste overgang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>The worker&apos;s cases</source>
        <translation>Medarbejderens sager</translation>
    </message>
    <message>
        <source>Choose a worker above to see their cases.</source>
        <translation>Vælg en rådgiver ovenfor for at se vedkommendes sager.</translation>
    </message>
    <message>
        <source>Reassign selected case…</source>
        <translation>Omfordel valgte sag…</translation>
    </message>
    <message>
        <source>Move to another team…</source>
        <translation>Flyt til et andet team…</translation>
    </message>
    <message>
        <source>Ask for the selected case to move; the receiving team lead decides.</source>
        <translation>Anmod om at flytte den valgte sag; den modtagende teamleder beslutter.</translation>
    </message>
    <message>
        <source>Worker leaves: hand over all cases…</source>
        <translation>Rådgiver stopper: overdrag alle sager…</translation>
    </message>
    <message>
        <source>Caseload per worker</source>
        <translation>Sagsstamme pr. rådgiver</translation>
    </message>
    <message>
        <source>Open cases of %1 (double-click to open):</source>
        <translation>Åbne sager for %1 (dobbeltklik for at åbne):</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Omfordel</translation>
    </message>
    <message>
        <source>Choose a worker, then one of their cases.</source>
        <translation>Vælg en rådgiver og derefter en af vedkommendes sager.</translation>
    </message>
    <message>
        <source>Move to another team</source>
        <translation>Flyt til et andet team</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flyt %1</translation>
    </message>
    <message>
        <source>To which team?</source>
        <translation>Til hvilket team?</translation>
    </message>
    <message>
        <source>Why should the case move (for the receiving team lead)?</source>
        <translation>Hvorfor skal sagen flyttes (til den modtagende teamleder)?</translation>
    </message>
    <message>
        <source>The move of %1 to %2 waits for that team&apos;s lead.</source>
        <translation>Flytningen af %1 til %2 venter på det teams teamleder.</translation>
    </message>
    <message>
        <source>Worker leaves</source>
        <translation>Rådgiver stopper</translation>
    </message>
    <message>
        <source>Choose the leaving worker in the list.</source>
        <translation>Vælg den rådgiver, der stopper, på listen.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were handed over to colleagues.</source>
        <translation>
            <numerusform>%n sag er overdraget til kolleger.</numerusform>
            <numerusform>%n sager er overdraget til kolleger.</numerusform>
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
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Primær rådgiver</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Hvorfor markeret</translation>
    </message>
    <message>
        <source>Same worker around transitions, per team (%)</source>
        <translation>Samme rådgiver omkring overgange, pr. team (%)</translation>
    </message>
    <message>
        <source>Transition within 30 days and the primary worker about to change</source>
        <translation>Overgang inden for 30 dage, og den primære rådgiver skal skiftes</translation>
    </message>
    <message>
        <source>Continuity by team</source>
        <translation>Kontinuitet pr. team</translation>
    </message>
    <message>
        <source>Continuity by worker</source>
        <translation>Kontinuitet pr. medarbejder</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Åbne sager</translation>
    </message>
    <message>
        <source>Worker changes (12 months)</source>
        <translation>Rådgiverskift (12 måneder)</translation>
    </message>
    <message>
        <source>Changes per case and year</source>
        <translation>Skift pr. sag og år</translation>
    </message>
    <message>
        <source>Same worker 30 days before and after</source>
        <translation>Samme rådgiver 30 dage før og efter</translation>
    </message>
    <message>
        <source>Moves with the same worker</source>
        <translation>Flytninger med samme rådgiver</translation>
    </message>
    <message>
        <source>Same worker (%)</source>
        <translation>Samme rådgiver (%)</translation>
    </message>
</context>
<context>
    <name>TeamOutcomesTab</name>
    <message>
        <source>cases</source>
        <translation>sager</translation>
    </message>
    <message>
        <source>transitions</source>
        <translation>overgange</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Number behind it</source>
        <translation>Antal bag tallet</translation>
    </message>
    <message>
        <source>What became of the transitions</source>
        <translation>Hvad der skete med overgangene</translation>
    </message>
    <message>
        <source>All due in the quarter (n)</source>
        <translation>Alle, der forfaldt i kvartalet (n)</translation>
    </message>
    <message>
        <source>Outcomes per quarter (%)</source>
        <translation>Resultater pr. kvartal (%)</translation>
    </message>
    <message>
        <source>Every figure shows how many young people it rests on: a share of a handful of cases can swing widely from one quarter to the next.</source>
        <translation>Hvert tal viser, hvor mange unge det bygger på: en andel af en håndfuld sager kan svinge meget fra ét kvartal til det næste.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Every transition due in the quarter is counted, resolved or not, so a successful move stays in the figures.</source>
        <translation>Hver overgang, der forfaldt i kvartalet, tælles med, afsluttet eller ej, så en vellykket flytning bliver i tallene.</translation>
    </message>
    <message>
        <source>Outcomes of transitions</source>
        <translation>Resultater af overgange</translation>
    </message>
    <message>
        <source>Housing secured before the deadline</source>
        <translation>Bolig sikret inden fristen</translation>
    </message>
    <message>
        <source>In language training</source>
        <translation>I sprogundervisning</translation>
    </message>
    <message>
        <source>In work or education</source>
        <translation>I arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>Moved into own tenancy</source>
        <translation>Flyttet i egen lejebolig</translation>
    </message>
    <message>
        <source>Belonging check-in average (1–5)</source>
        <translation>Gennemsnit for tilhørsforhold (1–5)</translation>
    </message>
    <message>
        <source>Takes part in community activities</source>
        <translation>Deltager i fællesskabsaktiviteter</translation>
    </message>
</context>
<context>
    <name>TeamPlanningTab</name>
    <message>
        <source>Transitions in the next 12 months</source>
        <translation>Overgange de næste 12 måneder</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Apartment</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Husstande</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Awaiting family reunification</source>
        <translation>Venter på familiesammenføring</translation>
    </message>
    <message>
        <source>Apartments needed per quarter</source>
        <translation>Boliger, der skal bruges pr. kvartal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Places needed</source>
        <translation>Pladser, der er brug for</translation>
    </message>
    <message>
        <source>In a course now</source>
        <translation>På kursus nu</translation>
    </message>
    <message>
        <source>Places offered</source>
        <translation>Udbudte pladser</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Primær rådgiver</translation>
    </message>
    <message>
        <source>Apartments by size, counting expected family members</source>
        <translation>Boliger efter størrelse, medregnet forventede familiemedlemmer</translation>
    </message>
    <message>
        <source>Housing needed</source>
        <translation>Behov for bolig</translation>
    </message>
    <message>
        <source>Language-course places by level</source>
        <translation>Pladser på sprogkurser efter niveau</translation>
    </message>
    <message>
        <source>Language course places needed</source>
        <translation>Behov for pladser på sprogkurser</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message>
        <source>Of %1 open cases:</source>
        <translation>Af %1 åbne sager:</translation>
    </message>
    <message>
        <source>Transitions per month, %1 to %2</source>
        <translation>Overgange pr. måned, %1 til %2</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Overgange</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec.</translation>
    </message>
    <message>
        <source>1 room</source>
        <translation>1 værelse</translation>
    </message>
    <message>
        <source>2 rooms</source>
        <translation>2 værelser</translation>
    </message>
    <message>
        <source>3 rooms</source>
        <translation>3 værelser</translation>
    </message>
    <message>
        <source>4 or more rooms</source>
        <translation>4 eller flere værelser</translation>
    </message>
    <message>
        <source>Date of birth known only by year or from an age assessment</source>
        <translation>Fødselsdato kun kendt som år eller fra en aldersvurdering</translation>
    </message>
    <message>
        <source>A status decision without its date</source>
        <translation>En afgørelse om ophold uden dato</translation>
    </message>
    <message>
        <source>No primary worker</source>
        <translation>Ingen primær rådgiver</translation>
    </message>
    <message>
        <source>No note in the last 90 days</source>
        <translation>Intet notat de seneste 90 dage</translation>
    </message>
</context>
<context>
    <name>TeamRequestsTab</name>
    <message>
        <source>Incoming</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Udgående</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung</translation>
    </message>
    <message>
        <source>From team</source>
        <translation>Fra team</translation>
    </message>
    <message>
        <source>To team</source>
        <translation>Til team</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Anmodet af</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Anmodet den</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Acceptér…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Afvis…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Approve closing</source>
        <translation>Godkend lukning</translation>
    </message>
    <message>
        <source>Return with a comment…</source>
        <translation>Send tilbage med en kommentar…</translation>
    </message>
    <message>
        <source>Transfers between teams waiting for the receiving team lead</source>
        <translation>Overflytninger mellem teams, der venter på den modtagende teamleder</translation>
    </message>
    <message>
        <source>Cases waiting for approval to close</source>
        <translation>Sager, der venter på godkendelse af lukning</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (valgfri)</translation>
    </message>
    <message>
        <source>Why is it rejected?</source>
        <translation>Hvorfor afvises den?</translation>
    </message>
    <message>
        <source>Transfer of %1</source>
        <translation>Overflytning af %1</translation>
    </message>
    <message>
        <source>Take %1 into your team? The decision cannot be taken back.</source>
        <translation>Tage %1 ind i dit team? Beslutningen kan ikke gøres om.</translation>
    </message>
    <message>
        <source>Reject the transfer of %1? The decision cannot be taken back.</source>
        <translation>Afvise overflytningen af %1? Beslutningen kan ikke gøres om.</translation>
    </message>
    <message>
        <source>The transfer of %1 is accepted.</source>
        <translation>Overflytningen af %1 er godkendt.</translation>
    </message>
    <message>
        <source>The transfer of %1 is rejected.</source>
        <translation>Overflytningen af %1 er afvist.</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Send %1 tilbage</translation>
    </message>
    <message>
        <source>What is needed before the case can be closed?</source>
        <translation>Hvad mangler, før sagen kan lukkes?</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Luk %1</translation>
    </message>
    <message>
        <source>Close the case %1? Its open transitions are resolved as closed and it leaves every list; only reopening the case brings it back.</source>
        <translation>Lukke sagen %1? Dens åbne overgange afsluttes som lukket, og den forsvinder fra alle lister; kun en genåbning af sagen bringer den tilbage.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 er lukket.</translation>
    </message>
    <message>
        <source>%1 was returned to its worker.</source>
        <translation>%1 er sendt tilbage til sin rådgiver.</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Likely duplicates…</source>
        <translation>Sandsynlige dubletter…</translation>
    </message>
    <message>
        <source>Caseload balance</source>
        <translation>Fordeling af sagsstamme</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anmodninger</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Kontinuitet</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlægning</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>The whole organisation</source>
        <translation>Hele organisationen</translation>
    </message>
    <message>
        <source>your team</source>
        <translation>dit team</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 open cases, %3 waiting transfers, %4 closures to approve</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 åbne sager, %3 ventende overflytninger, %4 lukninger til godkendelse</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Not done</source>
        <translation>Ikke udført</translation>
    </message>
</context>
<context>
    <name>TransitionCard</name>
    <message>
        <source> (uncertain date)</source>
        <translation> (usikker dato)</translation>
    </message>
    <message>
        <source> — under 18 on this date</source>
        <translation> — under 18 på denne dato</translation>
    </message>
    <message>
        <source>%1% ready</source>
        <translation>%1 % klar</translation>
    </message>
    <message>
        <source>The date has passed: record what became of it (housed late, stayed in care, moved elsewhere…). It stays on the lists until then.</source>
        <translation>Datoen er passeret: registrér, hvad der skete (bolig for sent, blev i anbringelse, flyttet andetsteds …). Den bliver på listerne indtil da.</translation>
    </message>
    <message>
        <source>%1 (not applicable)</source>
        <translation>%1 (ikke relevant)</translation>
    </message>
    <message>
        <source>Not applicable to this young person</source>
        <translation>Ikke relevant for denne unge</translation>
    </message>
    <message>
        <source>Not applicable…</source>
        <translation>Ikke relevant…</translation>
    </message>
    <message>
        <source>Mark a checklist item as not applicable to this young person</source>
        <translation>Markér et punkt på tjeklisten som ikke relevant for denne unge</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrér udfald…</translation>
    </message>
    <message>
        <source>Ticked by itself when a foster, residential or supported placement starts on or before this date.</source>
        <translation>Markeres af sig selv, når en anbringelse i plejefamilie, på døgninstitution eller i støttet bolig begynder senest på denne dato.</translation>
    </message>
    <message>
        <source>Ticked by itself when the permit&apos;s renewal is applied for, or a new permit recorded, on or before this date.</source>
        <translation>Markeres af sig selv, når forlængelse af opholdstilladelsen er søgt, eller en ny tilladelse er registreret, senest på denne dato.</translation>
    </message>
    <message>
        <source>Ticked by itself when an offer is accepted, the contract signed or the young person moved in, with a move-in date on or before this date.</source>
        <translation>Markeres automatisk, når et tilbud accepteres, kontrakten underskrives eller den unge flytter ind, med en indflytningsdato på eller før denne dato.</translation>
    </message>
    <message>
        <source>Applicable again</source>
        <translation>Relevant igen</translation>
    </message>
    <message>
        <source> (not applicable)</source>
        <translation> (ikke relevant)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Which item does not apply to this young person?</source>
        <translation>Hvilket punkt er ikke relevant for denne unge?</translation>
    </message>
    <message>
        <source>Why does &apos;%1&apos; not apply to this young person?</source>
        <translation>Hvorfor er &apos;%1&apos; ikke relevant for denne unge?</translation>
    </message>
</context>
<context>
    <name>TransitionHistory</name>
    <message>
        <source>History: transitions with an outcome</source>
        <translation>Historik: overgange med udfald</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Genåbn…</translation>
    </message>
    <message>
        <source>Take back an outcome recorded in error</source>
        <translation>Træk et fejlregistreret udfald tilbage</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Genåbn %1</translation>
    </message>
    <message>
        <source>%1 — due %2: %3</source>
        <translation>%1 — forfaldt %2: %3</translation>
    </message>
    <message>
        <source>housing from %1</source>
        <translation>bolig fra %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>registreret %1</translation>
    </message>
</context>
<context>
    <name>TransitionsBoard</name>
    <message>
        <source>Next %1 days</source>
        <translation>Næste %1 dage</translation>
    </message>
    <message>
        <source>Needs an outcome (overdue)</source>
        <translation>Mangler udfald (overskredet)</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pr. uge</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>All transitions</source>
        <translation>Alle overgange</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Alle risici</translation>
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
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppér</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>R&amp;ådgiver</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Åbn sag</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrér udfald…</translation>
    </message>
    <message>
        <source>Record what became of the chosen transition (housed late, stayed in care…)</source>
        <translation>Registrér, hvad der skete med den valgte overgang (bolig for sent, blev i anbringelse …)</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to open the case.</source>
        <translation>Dobbeltklik på en række (eller tryk Enter) for at åbne sagen.</translation>
    </message>
    <message>
        <source>Transitions month by month</source>
        <translation>Overgange måned for måned</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alle rådgivere</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <source>&lt;i&gt;The soonest are listed first; the others load as you scroll down.&lt;/i&gt;</source>
        <translation>&lt;i&gt;De nærmeste vises først; resten hentes, når du ruller ned.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Overgange</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n transition(s)&lt;/b&gt; passed without an outcome: record what became of each (housed late, stayed in care, moved elsewhere…). They stay on every list until then.</source>
        <translation>
            <numerusform>&lt;b&gt;%n overgang&lt;/b&gt; er passeret uden udfald: registrér, hvad der skete (bolig for sent, blev i anbringelse, flyttet andetsteds …). Den bliver på alle lister indtil da.</numerusform>
            <numerusform>&lt;b&gt;%n overgange&lt;/b&gt; er passeret uden udfald: registrér, hvad der skete med hver (bolig for sent, blev i anbringelse, flyttet andetsteds …). De bliver på alle lister indtil da.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the next %2 days (overdue included): &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%3 red&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#b87900&apos;&gt;%4 amber&lt;/span&gt;, &lt;span style=&apos;color:#2e7d32&apos;&gt;%5 green&lt;/span&gt;. %6 overdue; %7 without secured housing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de næste %2 dage (overskredne medregnet): &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%3 røde&lt;/b&gt;&lt;/span&gt;, &lt;span style=&apos;color:#b87900&apos;&gt;%4 gule&lt;/span&gt;, &lt;span style=&apos;color:#2e7d32&apos;&gt;%5 grønne&lt;/span&gt;. %6 overskredne; %7 uden sikret bolig.</translation>
    </message>
    <message>
        <source>On track; housing still to be secured</source>
        <translation>På rette spor; boligen skal stadig sikres</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no housing secured</source>
        <translation>
            <numerusform>Frist om %n dag, ingen bolig sikret</numerusform>
            <numerusform>Frist om %n dage, ingen bolig sikret</numerusform>
        </translation>
    </message>
    <message>
        <source>Housing secured</source>
        <translation>Bolig sikret</translation>
    </message>
    <message>
        <source>On track; a care placement still to be secured</source>
        <translation>På rette spor; en anbringelse skal stadig sikres</translation>
    </message>
    <message>
        <source>On track; the permit&apos;s renewal still to be applied for</source>
        <translation>På rette spor; forlængelse af opholdstilladelsen skal stadig søges</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no housing secured</source>
        <translation>
            <numerusform>%n dag over fristen, ingen bolig sikret</numerusform>
            <numerusform>%n dage over fristen, ingen bolig sikret</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, no housing secured</source>
        <translation>Frist i dag, ingen bolig sikret</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no care placement secured</source>
        <translation>
            <numerusform>Forfalder om %n dag, ingen anbringelse sikret</numerusform>
            <numerusform>Forfalder om %n dage, ingen anbringelse sikret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), no permit renewal recorded</source>
        <translation>
            <numerusform>Forfalder om %n dag, ingen forlængelse registreret</numerusform>
            <numerusform>Forfalder om %n dage, ingen forlængelse registreret</numerusform>
        </translation>
    </message>
    <message>
        <source>Care placement secured</source>
        <translation>Anbringelse sikret</translation>
    </message>
    <message>
        <source>Permit renewal recorded</source>
        <translation>Forlængelse registreret</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Ung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Parathed</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Primary worker</source>
        <translation>Primær rådgiver</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no care placement secured</source>
        <translation>
            <numerusform>Overskredet med %n dag, ingen anbringelse sikret</numerusform>
            <numerusform>Overskredet med %n dage, ingen anbringelse sikret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s), no permit renewal recorded</source>
        <translation>
            <numerusform>Overskredet med %n dag, ingen forlængelse registreret</numerusform>
            <numerusform>Overskredet med %n dage, ingen forlængelse registreret</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today, no care placement secured</source>
        <translation>Forfalder i dag, ingen anbringelse sikret</translation>
    </message>
    <message>
        <source>Due today, no permit renewal recorded</source>
        <translation>Forfalder i dag, ingen forlængelse registreret</translation>
    </message>
    <message numerus="yes">
        <source>%n transition(s)</source>
        <translation>
            <numerusform>%n overgang</numerusform>
            <numerusform>%n overgange</numerusform>
        </translation>
    </message>
    <message>
        <source>The date of birth is uncertain, so this date may move.</source>
        <translation>Fødselsdatoen er usikker, så denne dato kan flytte sig.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Only %1% ready with %2 days left</source>
        <translation>Kun %1 % klar med %2 dage tilbage</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Uge fra %1</translation>
    </message>
    <message numerus="yes">
        <source>%n red</source>
        <translation>
            <numerusform>%n rød</numerusform>
            <numerusform>%n røde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit %1</source>
        <translation>Redigér bolig %1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Ny bolig</translation>
    </message>
    <message>
        <source>generated when empty</source>
        <translation>dannes, når feltet er tomt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Ledig indtil</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Niveaufri adgang</translation>
    </message>
    <message>
        <source>Shared (places for several households)</source>
        <translation>Delt (pladser til flere husstande)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>Households it takes</source>
        <translation>Husstande, den kan rumme</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>Boligareal (m²)</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Månedlig husleje</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig fra</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Homeward is locked</source>
        <translation>Homeward er låst</translation>
    </message>
    <message>
        <source>Homeward was locked after a time without use. Enter the password of %1 to go on.</source>
        <translation>Homeward blev låst efter et stykke tid uden brug. Indtast adgangskoden for %1 for at fortsætte.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week view</source>
        <translation>Ugeoversigt</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Forrige uge</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Næste uge ▶</translation>
    </message>
    <message>
        <source>Appointments this week</source>
        <translation>Aftaler i denne uge</translation>
    </message>
    <message>
        <source>No appointments this week.</source>
        <translation>Ingen aftaler denne uge.</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>Medarbejder:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week %1&lt;/b&gt;: %2 – %3</source>
        <translation>&lt;b&gt;Uge %1&lt;/b&gt;: %2 – %3</translation>
    </message>
</context>
<context>
    <name>WorkerLeavesDialog</name>
    <message>
        <source>%1 leaves: hand over all cases</source>
        <translation>%1 stopper: overdrag alle sager</translation>
    </message>
    <message>
        <source>Give the cases to (fewest cases first)</source>
        <translation>Giv sagerne til (færrest sager først)</translation>
    </message>
    <message>
        <source>Handover note (required)</source>
        <translation>Overdragelsesnotat (påkrævet)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Begrundelse (påkrævet)</translation>
    </message>
    <message>
        <source>Hand every open case of %1 to the chosen colleagues? It cannot be taken back.</source>
        <translation>Overdrage alle åbne sager fra %1 til de valgte kolleger? Det kan ikke gøres om.</translation>
    </message>
</context>
</TS>
