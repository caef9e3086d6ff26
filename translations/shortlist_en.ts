<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Anonymizer</name>
    <message>
        <location filename="../models/reports/anonymizer.cpp" line="44"/>
        <source>[email removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/anonymizer.cpp" line="45"/>
        <source>[link removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/anonymizer.cpp" line="46"/>
        <source>[phone removed]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationExport</name>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="89"/>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="93"/>
        <source>Cannot write “%1”: %2. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="103"/>
        <location filename="../models/formats/applicationexport.cpp" line="143"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="148"/>
        <source>Could not finish writing “%1”: %2. Check that the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="163"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="163"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="163"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="163"/>
        <source>Current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="163"/>
        <source>Current company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="164"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="164"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="164"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="164"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="164"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="165"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="165"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="165"/>
        <source>Match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="165"/>
        <source>Missing must-haves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/applicationexport.cpp" line="165"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationFilter</name>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="142"/>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="144"/>
        <location filename="../models/repositories/applicationquery.cpp" line="149"/>
        <source>%1 ≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="146"/>
        <source>%1 ≤ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="154"/>
        <source>Applied %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="156"/>
        <source>Applied from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="158"/>
        <source>Applied until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="162"/>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="162"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="164"/>
        <source>NOT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="183"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="184"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="185"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="186"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="187"/>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="188"/>
        <source>Match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="189"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="190"/>
        <source>Missing a must-have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="191"/>
        <source>Interviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="192"/>
        <source>Reached stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="193"/>
        <source>Application date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="234"/>
        <source>The condition on “%1” has no values; pick at least one or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="236"/>
        <source>The condition on “%1” needs a lowest or highest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="238"/>
        <source>The application dates run from %1 back to %2; swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="243"/>
        <source>The range for “%1” runs from %2 down to %3; swap the two values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="245"/>
        <source>“%1” needs a number of days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="250"/>
        <source>“%1” refers to an unknown interviewer “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="293"/>
        <source>Unknown way to combine conditions “%1”; expected “all” or “any”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="302"/>
        <source>Unknown filter field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="336"/>
        <source> OR </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="336"/>
        <source> AND </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationquery.cpp" line="337"/>
        <source>NOT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="50"/>
        <source>That stage does not belong to the opening; choose one of the opening&apos;s stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="61"/>
        <source>This candidate has already applied to this opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="90"/>
        <source>Application %1 does not exist; it may have been deleted by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="119"/>
        <location filename="../models/repositories/applicationrepository.cpp" line="146"/>
        <source>This application was changed by someone else after you opened it, so the move was not saved. It has been reloaded: check where it stands and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="127"/>
        <location filename="../models/repositories/applicationrepository.cpp" line="226"/>
        <source>That stage does not belong to this opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="179"/>
        <source>The application was changed again after this move (perhaps by someone else), so the move cannot be undone. Reload and move it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="248"/>
        <source>Some of the selected applications belong to another opening; select within one opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="314"/>
        <source>At least one of these applications was changed again after the move (perhaps by someone else), so the move cannot be undone. Reload and move them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="358"/>
        <source>At least one of these applications was changed after the undo, so the move cannot be redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="382"/>
        <source>Some of these applications changed after the undo, so the move cannot be redone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location filename="../models/formats/auditexport.cpp" line="67"/>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/auditexport.cpp" line="83"/>
        <source>Cannot write “%1”: %2. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/auditexport.cpp" line="90"/>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/auditexport.cpp" line="114"/>
        <source>Could not finish writing “%1”: %2. Check that the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/auditexport.cpp" line="121"/>
        <location filename="../models/formats/auditexport.cpp" line="126"/>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../models/storage/backup.cpp" line="81"/>
        <source>The disk holding %1 is full, so the copy was not written. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="87"/>
        <source>The database is locked by another program, so it could not be read. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="91"/>
        <source>The database is damaged, so it cannot be copied. Restore it from an earlier backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="96"/>
        <source>Cannot write %1: permission denied. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="99"/>
        <source>Writing %1 failed. Check that the disk is available and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="167"/>
        <source>Cannot sync %1 to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="171"/>
        <source>Cannot sync %1 to disk. Check that the disk is available and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="191"/>
        <source>Cannot write in %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="253"/>
        <location filename="../models/storage/backup.cpp" line="299"/>
        <source>The backup was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="273"/>
        <source>The copy written to %1 does not read back as a Shortlist database, so it was discarded. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="304"/>
        <source>The database is damaged: its copy fails SQLite&apos;s integrity check, so no backup was written and the earlier backups were kept. Restore the database from one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="321"/>
        <source>Cannot rename the finished copy to %1. Check that the folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="332"/>
        <source>No file was named for the backup. Name a file such as hiring-backup.shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="336"/>
        <source>The backup cannot replace the database it copies (%1). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="339"/>
        <source>%1 is a folder. Name a file in it for the backup, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="343"/>
        <source>%1 is a database in use (it has a -wal file beside it), so a backup must not replace it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="347"/>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="350"/>
        <source>Cannot write %1: the folder %2 is read-only. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="354"/>
        <source>%1 exists and is read-only, so it was not replaced. Choose another name or make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="395"/>
        <source>%1 is an SQLite file but not a Shortlist database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="399"/>
        <source>%1 cannot be read as a Shortlist database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="402"/>
        <source>%1 does not say which database it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="426"/>
        <source>Cannot keep a copy of %1 as %2. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="440"/>
        <source>%1 is a PostgreSQL server database; Shortlist backs up database files only, so nothing was written. Back it up with PostgreSQL&apos;s pg_dump, for example: pg_dump --format=custom --file=shortlist.dump %1 (pg_restore restores it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="448"/>
        <source>Qt&apos;s SQLite driver does not expose its connection, so the database cannot be backed up. Use File › Save a Copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="491"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="538"/>
        <source>Keep at least one backup (asked to keep %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="543"/>
        <source>Cannot delete the old backup %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="595"/>
        <source>Cannot restore from %1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="598"/>
        <source>The backup %1 does not exist. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="600"/>
        <source>%1 is the database itself, not a backup of it. Choose a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="603"/>
        <source>the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="605"/>
        <source>%1 or its folder is read-only. Make them writable, or open the backup itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="634"/>
        <source>it is an empty SQLite database, not a Shortlist backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="637"/>
        <source>Qt&apos;s SQLite driver does not expose its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="661"/>
        <location filename="../models/storage/backup.cpp" line="681"/>
        <source>%1 is open in another program (perhaps a second Shortlist window). Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="693"/>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/backup.cpp" line="696"/>
        <source>Cannot restore from %1: %2 The current database is unchanged; a copy of it is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkLoader</name>
    <message>
        <location filename="../models/repositories/bulkloader.cpp" line="34"/>
        <source>The database is read-only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/bulkloader.cpp" line="76"/>
        <source>The bulk load was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationRepository</name>
    <message>
        <location filename="../models/repositories/calibrationrepository.cpp" line="183"/>
        <source>Whole panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateImport</name>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="150"/>
        <source>stage “%1” is not a stage of %2. Map it to one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="155"/>
        <source>%1 has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="168"/>
        <source>the date “%1” could be read day-first or month-first, and no other date in the file says which. Choose the order: the wizard&apos;s date step, or --date-order day-first|month-first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="171"/>
        <source>“%1” is not a date Shortlist can read. Use a form like 2026-03-04, 04/03/2026 or 4 Mar 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="175"/>
        <source>the applied date %1 is in the future. Check the date column and its day/month order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="184"/>
        <source>years of experience “%1” is not a number of years (0–60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="270"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="280"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="318"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="340"/>
        <source>The mapping has %1 columns but the file has %2. Map the file&apos;s columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="344"/>
        <source>No column is mapped to the name. Every candidate needs a name: map a full-name column, or first-name and last-name columns. The file&apos;s columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="404"/>
        <source>no name. Every candidate needs one: fill in the name (or first and last name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="497"/>
        <source>the date in this row could be read day-first or month-first, and the file has dates written both ways. Check the date column, then choose the order: the wizard&apos;s date step, or --date-order day-first|month-first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="500"/>
        <source>the date in this row could be read day-first or month-first, and no date in the file says which. Choose the order: the wizard&apos;s date step, or --date-order day-first|month-first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="518"/>
        <source>%1 has a header row but no candidates below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="556"/>
        <source>Imported as rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="556"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="581"/>
        <location filename="../models/import/candidateimport.cpp" line="589"/>
        <source>%1 changed while it was being imported. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="565"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="635"/>
        <source>%1: %2 created, %3 merged, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <location filename="../models/repositories/candidaterepository.cpp" line="70"/>
        <source>Candidate %1 does not exist; they may have been deleted by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/candidaterepository.cpp" line="140"/>
        <source>%1’s profile was changed by someone else after you opened it, so your edit was not saved. The profile has been reloaded: check it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/candidaterepository.cpp" line="172"/>
        <source>The candidate was changed or deleted by someone else, so they were not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSeries</name>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="18"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="19"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="20"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="21"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="22"/>
        <location filename="../models/analytics/chartseries.cpp" line="103"/>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="23"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="24"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="37"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="39"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="40"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="52"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="53"/>
        <source>%1: %2 reached; %3 of the %4 who reached the stage before (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="57"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="76"/>
        <source>n=%1 (few)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="76"/>
        <source>n=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="77"/>
        <source>%1: median %2 days; half between %3 and %4; 90% within %5 days. %6 visits, %7 still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="93"/>
        <source>Week of %1: %2 applications (%3-week average %4), %5 hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="103"/>
        <source>Offered, not hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="103"/>
        <source>Interviewed, not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="103"/>
        <source>Not interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="107"/>
        <source>Other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="118"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="125"/>
        <source>%1: %2 applications; %3 reached an interview (%4), %5 an offer, %6 hired (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="149"/>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="151"/>
        <source>Other reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="164"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="168"/>
        <source>Rejected at %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="183"/>
        <source>%1 (n=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="184"/>
        <source>%1 rates %2 levels against the rest of the panel on the same candidates, over %3 ratings; %4 scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="200"/>
        <source>From candidates in process: %1 hires expected (80%: %2 to %3). New applications still needed: %4 (80%: %5 to %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="208"/>
        <source>%1: %2 more needed (80%: %3 to %4); pass-through in the history %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/chartseries.cpp" line="214"/>
        <source>Headcount filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/chartseries.cpp" line="216"/>
        <source>%n more hire(s): the last by %1 (80%: %2 to %3)</source>
        <translation>
            <numerusform>%n more hire: the last by %1 (80%: %2 to %3)</numerusform>
            <numerusform>%n more hires: the last by %1 (80%: %2 to %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/chartseries.cpp" line="220"/>
        <source>%n more hire(s): no date can be forecast</source>
        <translation>
            <numerusform>%n more hire: no date can be forecast</numerusform>
            <numerusform>%n more hires: no date can be forecast</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="23"/>
        <source>Usage: %1 [FILE]            open the Shortlist window (FILE or the last database)
       %1 demo --output FILE [--candidates N] [--seed S] [--as-of DATE]
                                  create a realistic demo database
       %1 --scorecard FILE      fill in a scorecard file you were sent (no database needed)
       %1 metrics --database FILE [--opening NAME|ID] [--from DATE] [--to DATE] [--format json|csv]
                                  print every pipeline metric, the forecast and the calibration data
       %1 report pipeline|candidate|calibration|schedule --database FILE --output FILE.pdf [options]
                                  write a PDF report without opening a window
       %1 backup --database FILE --output FILE
                                  write a consistent backup of a database, even while it is in use
       %1 import --database FILE --opening NAME|ID [--mapping FILE] [--on-duplicate skip|merge|create] [--dry-run] CSV
                                  import candidates from a CSV file as one batch
       %1 export candidate --database FILE --candidate ID|EMAIL --output DIR
                                  write everything held about a candidate (JSON, PDF, files) into DIR
       %1 export database --database FILE --output FILE.json
                                  the whole database as JSON; %1 from-json FILE.json --output NEW makes a database of it
       %1 paths --data-dir      print where Shortlist keeps its data
       %1 --help | --version

Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 failed, 2 usage error, 3 not found, 4 unreadable or unwritable file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="50"/>
        <source>%1: %2
Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="83"/>
        <source>Creates a deterministic, realistic demo database: the Big Data Tech Lead opening and two other tech-lead openings, candidates with stage histories, interviews and scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="85"/>
        <location filename="../app/commandline.cpp" line="128"/>
        <location filename="../app/commandline.cpp" line="190"/>
        <location filename="../app/commandline.cpp" line="246"/>
        <location filename="../app/commandline.cpp" line="295"/>
        <location filename="../app/commandline.cpp" line="365"/>
        <location filename="../app/commandline.cpp" line="420"/>
        <location filename="../app/commandline.cpp" line="447"/>
        <location filename="../app/commandline.cpp" line="489"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="86"/>
        <source>The database to create (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="86"/>
        <location filename="../app/commandline.cpp" line="129"/>
        <location filename="../app/commandline.cpp" line="191"/>
        <location filename="../app/commandline.cpp" line="199"/>
        <location filename="../app/commandline.cpp" line="247"/>
        <location filename="../app/commandline.cpp" line="248"/>
        <location filename="../app/commandline.cpp" line="296"/>
        <location filename="../app/commandline.cpp" line="298"/>
        <location filename="../app/commandline.cpp" line="366"/>
        <location filename="../app/commandline.cpp" line="421"/>
        <location filename="../app/commandline.cpp" line="491"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="87"/>
        <source>Number of candidates (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="87"/>
        <location filename="../app/commandline.cpp" line="138"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="88"/>
        <source>Random seed (default 1); the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="88"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="89"/>
        <source>The demo&apos;s &apos;today&apos; (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="89"/>
        <location filename="../app/commandline.cpp" line="131"/>
        <location filename="../app/commandline.cpp" line="132"/>
        <location filename="../app/commandline.cpp" line="140"/>
        <location filename="../app/commandline.cpp" line="195"/>
        <location filename="../app/commandline.cpp" line="196"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="97"/>
        <source>Usage: %1 demo --output FILE [--candidates N] [--seed S] [--as-of DATE]

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="102"/>
        <source>demo takes no file arguments (unexpected “%1”); use --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="105"/>
        <source>demo needs --output FILE (the database to create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="109"/>
        <source>--candidates must be a whole number from 1 to 10000000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="112"/>
        <source>--seed must be a whole number from 0 to 4294967295, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="116"/>
        <location filename="../app/commandline.cpp" line="176"/>
        <source>--as-of must be a date like 2026-11-27, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="125"/>
        <source>Prints every pipeline metric of a database — funnel, time in stage, time to hire and fill, weekly counts, sources, rejections, offers, health, the hiring forecast and interviewer calibration — as JSON (docs/metrics-json.md) or as CSV, for scripts and BI tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="129"/>
        <location filename="../app/commandline.cpp" line="191"/>
        <location filename="../app/commandline.cpp" line="366"/>
        <source>The Shortlist database to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="130"/>
        <location filename="../app/commandline.cpp" line="192"/>
        <source>One opening, by title or id (default: every opening).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="130"/>
        <location filename="../app/commandline.cpp" line="192"/>
        <location filename="../app/commandline.cpp" line="297"/>
        <source>NAME|ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="131"/>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="132"/>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="133"/>
        <source>json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="133"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>How the funnel counts: cohort (default), snapshot or activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>VIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="136"/>
        <source>Only candidates from this source (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="136"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="137"/>
        <source>Months of history the forecast learns from (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="139"/>
        <source>The forecast learns from every opening&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="140"/>
        <source>Compute as at the end of this day, UTC (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="147"/>
        <source>Usage: %1 metrics --database FILE [--opening NAME|ID] [--from DATE] [--to DATE] [--format json|csv]

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="149"/>
        <source>
Exit codes: 0 ok, 2 usage error, 3 opening or database not found, 4 unreadable database.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="153"/>
        <source>metrics takes no file arguments (unexpected “%1”); use --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="157"/>
        <source>metrics needs --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="318"/>
        <source>Usage: %1 import --database FILE --opening NAME|ID [--mapping FILE] [--on-duplicate skip|merge|create] [--date-order day-first|month-first] [--encoding utf-8|utf-16le|utf-16be|windows-1252] [--dry-run] [--allow-partial] CSV

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="62"/>
        <source>--%1 must be a date like 2026-11-27, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="65"/>
        <source>--from (%1) is after --to (%2); swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="163"/>
        <source>--format must be json or csv, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="166"/>
        <source>--view must be cohort, snapshot or activity, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="171"/>
        <source>--history-months must be a whole number from 1 to 120, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="183"/>
        <source>Usage: %1 report pipeline|candidate|calibration|schedule --database FILE [--opening NAME|ID] [--candidate ID|EMAIL] [--from DATE] [--to DATE] [--anonymize] [--page-size A4|Letter] --output FILE.pdf

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="187"/>
        <source>Writes a PDF report: the pipeline of an opening or all openings, a candidate&apos;s debrief packet, interviewer calibration, or the interview schedule of a date range. Needs no display and never asks a question, so it is safe for cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="193"/>
        <source>The candidate of a packet, by id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="193"/>
        <location filename="../app/commandline.cpp" line="367"/>
        <source>ID|EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="194"/>
        <source>First day (YYYY-MM-DD): applications made from (pipeline), interviews from (schedule; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="196"/>
        <source>Last day (YYYY-MM-DD); the schedule defaults to a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="197"/>
        <source>Candidates as stable codes, without names, contact details or links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="198"/>
        <location filename="../app/commandline.cpp" line="368"/>
        <source>A4 or Letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="198"/>
        <location filename="../app/commandline.cpp" line="368"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="199"/>
        <source>The PDF to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="207"/>
        <source>
Exit codes: 0 ok, 2 usage error, 3 opening or candidate not found, 4 unreadable database or unwritable output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="213"/>
        <source>report needs the kind of report: pipeline, candidate, calibration or schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="215"/>
        <source>unknown report “%1”; choose pipeline, candidate, calibration or schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="217"/>
        <source>report takes one kind of report (unexpected “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="222"/>
        <source>report needs --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="225"/>
        <source>report needs --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="229"/>
        <source>report candidate needs --candidate ID|EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="231"/>
        <source>--candidate is for the candidate packet only (report candidate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="76"/>
        <source>--page-size must be A4 or Letter, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="243"/>
        <source>Writes a consistent backup of a Shortlist database, safe while the database is open and in use (in the window, or by another command). The backup is checked, private to you, and appears only once complete. Safe for cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="247"/>
        <source>The Shortlist database to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="248"/>
        <source>The backup to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="255"/>
        <source>Usage: %1 backup --database FILE --output FILE

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="256"/>
        <source>
Exit codes: 0 ok, 2 usage error, 3 database not found, 4 unreadable database or unwritable output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="260"/>
        <source>backup takes no file arguments (unexpected “%1”); use --database FILE --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="266"/>
        <source>backup needs --database FILE (the database to back up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="271"/>
        <source>%1 is a PostgreSQL server; shortlist backup copies Shortlist database files only, so nothing was written. Back up a PostgreSQL database with PostgreSQL&apos;s pg_dump, for example: pg_dump --format=custom --file=shortlist.dump %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="279"/>
        <source>backup needs --output FILE (the backup to write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="284"/>
        <source>--output is the database itself; name another file for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="291"/>
        <source>Imports candidates from a CSV file into an opening as one batch (File › Import History can undo it). Every row is checked first; nothing is written while any row has a problem unless --allow-partial. Columns are matched by their names unless --mapping gives a mapping saved from the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="296"/>
        <source>The Shortlist database to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="297"/>
        <source>The opening the candidates applied to, by title or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="298"/>
        <source>A column mapping saved from the import wizard (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="300"/>
        <source>Rows with the email or phone of a candidate or of an earlier row: skip (default), merge or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="301"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="303"/>
        <source>How dates like 03/04/2026 are written: day-first or month-first (asked when the file cannot tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="304"/>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="306"/>
        <source>The file&apos;s encoding when the detected one is wrong: utf-8, utf-16le, utf-16be or windows-1252 (detected from the first 64 KB otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="308"/>
        <source>ENCODING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="309"/>
        <source>Check every row and print what would happen; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="310"/>
        <source>Import the valid rows even when others have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="312"/>
        <source>The CSV file (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="323"/>
        <source>
Exit codes: 0 ok, 2 usage error, 3 database, opening or file not found, 4 unreadable or unwritable, 5 a file or rows with problems (nothing written unless --allow-partial; with it, the other rows were).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="329"/>
        <source>import needs the CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="331"/>
        <source>import reads one CSV file at a time (unexpected “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="336"/>
        <source>import needs --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="339"/>
        <source>import needs --opening NAME|ID: the opening the candidates applied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="343"/>
        <source>--on-duplicate must be skip, merge or create, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="346"/>
        <source>--date-order must be day-first or month-first, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="350"/>
        <source>--encoding must be utf-8, utf-16le, utf-16be or windows-1252, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="360"/>
        <source>export candidate writes everything a database holds about one candidate, for a subject access request (GDPR Art. 15), into a folder: candidate-ID.json (docs/subject-access-json.md), a readable candidate-ID.pdf and the candidate&apos;s attached files. export database writes the whole database as JSON (docs/database-json.md); shortlist from-json makes a new database from it. The files are readable by you only; exports are recorded in the audit log. Needs no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="367"/>
        <source>The candidate, by id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="370"/>
        <source>The folder to write into (created if missing; files of an earlier export are replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="370"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="377"/>
        <source>Usage: %1 export candidate --database FILE --candidate ID|EMAIL [--page-size A4|Letter] --output DIR
       %1 export database --database FILE --output FILE.json

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="381"/>
        <source>
Exit codes: 0 ok, 2 usage error, 3 database or candidate not found, 4 unreadable database or unwritable folder.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="386"/>
        <source>export needs what to export: candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="388"/>
        <source>unknown export “%1”; choose candidate or database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="390"/>
        <source>export takes one kind of export (unexpected “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="395"/>
        <source>export needs --database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="400"/>
        <source>--candidate is for export candidate only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="402"/>
        <source>export database needs --output FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="406"/>
        <source>export candidate needs --candidate ID|EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="408"/>
        <source>export needs --output DIR (the folder to write into).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="417"/>
        <source>Makes a new database from a whole-database JSON export (shortlist export database, docs/database-json.md): every row with its id, the search index and summaries rebuilt, checked before the file appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="421"/>
        <source>The new database (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="423"/>
        <source>The export to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="429"/>
        <source>Usage: %1 from-json EXPORT.json --output NEW.shortlist

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="430"/>
        <source>
Exit codes: 0 ok, 2 usage error, 3 export not found, 4 output exists or unwritable, 5 not a valid export.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="435"/>
        <source>from-json reads one export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="440"/>
        <source>from-json needs --output NEW.shortlist (the database to create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="448"/>
        <source>Print the folder for the demo database and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="455"/>
        <source>Usage: %1 paths --data-dir

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="459"/>
        <source>paths needs --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="490"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="491"/>
        <source>A scorecard file to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="499"/>
        <source>Shortlist %1 — a desktop hiring-pipeline manager.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="509"/>
        <source>unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="514"/>
        <source>--scorecard takes one file and no database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="45"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="46"/>
        <source>lines %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="52"/>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="53"/>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="54"/>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="55"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="191"/>
        <source>The file is empty: it has no header row and no data. Choose the CSV file that holds the candidates, or export it again from the spreadsheet or ATS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="339"/>
        <source>%1 splits on %2 into %3 fields but %4 on %5 into %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="341"/>
        <source>%1 split on %2 into %3 fields but %4 on %5 into %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="343"/>
        <source>The file mixes delimiters: %1. Save it again with one delimiter throughout (in the spreadsheet, File › Save As › CSV) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="355"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="356"/>
        <source>UTF-16 little-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="357"/>
        <source>UTF-16 big-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="358"/>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="392"/>
        <source>%1 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="395"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="396"/>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="397"/>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="398"/>
        <source>separated by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="400"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="420"/>
        <source>This is an Excel/OpenDocument spreadsheet (.xlsx/.ods), not CSV: in the spreadsheet use File › Save As › CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="423"/>
        <source>This is an old Excel spreadsheet (.xls), not CSV: in the spreadsheet use File › Save As › CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="426"/>
        <source>This is a PDF document, not CSV: export the candidates from the program that made it as CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="474"/>
        <source>This file contains NUL bytes, so it is binary data, not a CSV text file. Export the candidates from the source program as CSV (UTF-8) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="494"/>
        <source>This file is mostly binary data (control characters), not CSV text. Export the candidates from the source program as CSV (UTF-8) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="591"/>
        <source>“%1” cannot separate CSV fields; use a comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="609"/>
        <source>column %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="610"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="629"/>
        <source>The quoted field that starts on line %1, %2 runs on for more than %3: its closing quote is probably missing (unterminated quote). Add the closing quote (&quot;) or shorten the field, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="633"/>
        <source>Line %1, %2 holds a field longer than %3, the most Shortlist reads. Shorten that field (or check the file really is a list of candidates) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="647"/>
        <source>Line %1 has more than %2 columns, the most Shortlist reads. Check that the file is %3 (the delimiter may be wrong), or delete the columns you do not need and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="742"/>
        <location filename="../models/formats/csvreader.cpp" line="771"/>
        <source>Line %1 contains a NUL character, so the file is binary data, not CSV text. Export the candidates again as CSV (UTF-8) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="754"/>
        <source>The quoted field that starts on line %1, %2 is never closed (unterminated quote). Add the missing closing quote (&quot;) or remove the stray one, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="846"/>
        <source>Could not read the CSV file: %1. Check that it is still there and readable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="865"/>
        <source>Line %1 is not valid UTF-8, though the lines before it are: the file mixes encodings. Save it again as UTF-8 from the program that made it and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="923"/>
        <source>The first row (line %1) has no column names. The first row of the file must name the columns (for example Name, Email): add such a row and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="944"/>
        <source>“%1” (columns %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="946"/>
        <source>The header (line %1) repeats column names: %2. Give each column a different name in the first row and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="961"/>
        <source>Line %1 has only %2 of the header&apos;s %3 columns: a delimiter may be missing, or a value with a line break may not be quoted. Fix that line and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="966"/>
        <source>Line %1 has %2 fields but the header has one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="967"/>
        <source>Line %1 has %2 fields, more than the header&apos;s %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="969"/>
        <source>%1: a value containing the delimiter may not be quoted. Fix that line and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="1066"/>
        <source>Could not open “%1”: %2. Check the file name and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvreader.cpp" line="1078"/>
        <source>Could not read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/formats/csvwriter.cpp" line="54"/>
        <source>“%1” cannot separate CSV fields; use a comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvwriter.cpp" line="71"/>
        <source>the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/csvwriter.cpp" line="73"/>
        <source>Could not write to %1: %2. Check that the disk has free space and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="70"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="75"/>
        <source>%1 is an empty file (0 bytes), not a Shortlist database. If you meant to start a new database, use File › New and pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="81"/>
        <source>%1 is not a Shortlist database (it is not an SQLite file). Choose a .shortlist database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="85"/>
        <source>%1 is truncated: it ends inside its own header. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="93"/>
        <source>%1 is damaged: its header names an impossible page size. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="101"/>
        <source>%1 is truncated: it is %2 bytes long but should be %3. It was probably cut off while copying; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="117"/>
        <source>%1 does not exist. Check the path, or create a new database with File › New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="119"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="126"/>
        <source>Cannot create %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="132"/>
        <source>%1 is a folder, not a Shortlist database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="145"/>
        <location filename="../models/storage/database.cpp" line="231"/>
        <source>It was opened read-only on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="148"/>
        <source>The file is read-only; to edit, make it writable or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="151"/>
        <source>Its folder is read-only, so SQLite cannot keep its journal there; to edit, copy it to a writable folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="163"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed. Install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="185"/>
        <location filename="../models/storage/database.cpp" line="204"/>
        <source>%1 is damaged and cannot be read. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="62"/>
        <source>%1 is an SQLite database, but not a Shortlist one (it has no Shortlist schema). Open a .shortlist file, or create a new database with File › New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="212"/>
        <source>%1 is damaged (the integrity check found problems). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="235"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="242"/>
        <source>Cannot connect to the PostgreSQL server at %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="280"/>
        <source>%1 was written by a newer Shortlist (database version %2; this Shortlist %3 reads up to version %4). Install the newer Shortlist to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="292"/>
        <source>%1 is empty and read-only, so Shortlist cannot set it up. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="294"/>
        <source>%1 uses database version %2 and must be upgraded to version %3, but it is read-only. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="305"/>
        <source>Shortlist must back up %1 before upgrading it, and the backup failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseExport</name>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="451"/>
        <source>The export cannot be written: its file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="453"/>
        <source>Writing the export failed: %1. Check that the disk has room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="515"/>
        <location filename="../models/formats/databaseexport.cpp" line="541"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="544"/>
        <source>Reading the table “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="567"/>
        <source>Choose a file name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="569"/>
        <source>%1 is the database itself; choose another file name for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="572"/>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="581"/>
        <source>%1 cannot be written: %2. Check that the disk has room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="625"/>
        <source>%1, line %2: the table “%3” is not a Shortlist table (or not one this version of Shortlist knows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="628"/>
        <source>%1, line %2: the table “%3” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="646"/>
        <source>The table “%1” has too many columns to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="655"/>
        <source>%1, line %2: the table “%3” is not in this Shortlist&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="671"/>
        <source>%1, line %2 (table “%3”, row %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="684"/>
        <source>the table has no column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="699"/>
        <source>the column “%1” must be a whole number or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="705"/>
        <source>the column “%1” must be a number or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="710"/>
        <source>the column “%1” must be text (a JSON string) or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="718"/>
        <source>the column “%1” must be base64 text or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="727"/>
        <source>the required column “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="747"/>
        <location filename="../models/formats/databaseexport.cpp" line="765"/>
        <source>it cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="779"/>
        <source>%1 says the table “%2” has %3 rows, but it holds %4: the file is incomplete or was edited. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="791"/>
        <source>%1 is inconsistent: a row of “%2” (row id %3) refers to a row of “%4” that is not in the file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="802"/>
        <source>The table “%1” holds %2 rows after the import instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="883"/>
        <source>The new database failed its integrity check, so it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="888"/>
        <source>The search index of the new database does not match its candidates, so it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="946"/>
        <source>Choose a file name for the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="950"/>
        <source>%1 already exists. An import always creates a new database: choose another name, or move the existing file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="956"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="958"/>
        <source>Cannot create %1: the folder is read-only. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="962"/>
        <source>%1 does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="964"/>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="986"/>
        <source>The import was cancelled; no database was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="988"/>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="989"/>
        <source>%1 ends early (at line %2): it is incomplete, perhaps cut off while copying. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="995"/>
        <source>%1 is not valid JSON at line %2: %3 was expected. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="998"/>
        <source>%1 is not a Shortlist database export (a JSON file of format “%2”). Choose a file written by Shortlist&apos;s database export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1009"/>
        <location filename="../models/formats/databaseexport.cpp" line="1015"/>
        <source>a quoted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1040"/>
        <source>“,” or “}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1040"/>
        <source>“,” or “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1047"/>
        <source>%1 is empty: it is not a Shortlist database export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1065"/>
        <source>%1 holds “tables” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1072"/>
        <source>%1 has no valid format version before its tables. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1074"/>
        <source>%1 was written by a newer Shortlist (database export version %2; this Shortlist %3 reads version %4). Install the newer Shortlist to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1082"/>
        <source>%1 has no valid schema version before its tables. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1084"/>
        <source>%1 holds a database of version %2, written by a newer Shortlist (this Shortlist %3 reads up to version %4). Install the newer Shortlist to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1101"/>
        <source>an object of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1118"/>
        <source>an array of rows for the table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1129"/>
        <source>a row (an object) of the table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1132"/>
        <source>%1, line %2: a row of the table “%3” is larger than %4 MB; it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1139"/>
        <source>%1, line %2: row %3 of the table “%4” is not valid JSON (%5). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1157"/>
        <source>a smaller value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1165"/>
        <source>%1 is not valid JSON at line %2 (%3). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1179"/>
        <source>an object of row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1187"/>
        <source>%1 has more after its end (line %2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1193"/>
        <source>%1 holds no “tables”: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1206"/>
        <source>Cannot sync the new database to disk. Check that the disk is available and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1209"/>
        <source>%1 appeared while the import ran; it was left alone and nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/databaseexport.cpp" line="1212"/>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefRepository</name>
    <message>
        <location filename="../models/repositories/debriefrepository.cpp" line="89"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/debriefrepository.cpp" line="99"/>
        <source>%1 — %2 (plan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <location filename="../models/repositories/decisionrepository.cpp" line="73"/>
        <source>This decision goes against the formula&apos;s advice; write the rationale, it is logged with the override.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="191"/>
        <source>The demo word lists are missing from this build of Shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="195"/>
        <source>The demo word lists are not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="248"/>
        <source>The demo word lists name a person without a valid name and role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="259"/>
        <source>The demo word lists are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="427"/>
        <source>Strong no: well below the bar on my focus areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="428"/>
        <source>Lean no: below the bar on at least one focus area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="429"/>
        <source>Lean yes: at the bar on my focus areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="430"/>
        <source>Strong yes: well above the bar; would raise the team&apos;s level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="453"/>
        <source>The opening templates are missing from this build of Shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="456"/>
        <source>Not covered in the time available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="457"/>
        <source>%1: no concrete example; answers stayed hypothetical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="458"/>
        <source>%1: some relevant experience, but thin on specifics and trade-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="459"/>
        <source>%1: clear, specific example with sound reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="460"/>
        <source>%1: exceptional depth, several examples and trade-offs explained unprompted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="492"/>
        <source>Template “%1” has no usable stage plan for demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="515"/>
        <source>Template “%1” needs at least three competencies for demo interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="993"/>
        <source>Creating the demo database was cancelled; the partly written file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1074"/>
        <source>Choose a file name for the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1076"/>
        <source>%1 already exists. The demo database is always a new file: choose another name, or move the existing file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1079"/>
        <source>The number of demo candidates must be between 0 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../models/domain/types.cpp" line="44"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="45"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="46"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="47"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="48"/>
        <location filename="../models/domain/types.cpp" line="72"/>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="49"/>
        <location filename="../models/domain/types.cpp" line="70"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="50"/>
        <location filename="../models/domain/types.cpp" line="71"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="58"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="59"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="60"/>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="61"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="69"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="80"/>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="81"/>
        <source>Recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="82"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/types.cpp" line="83"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRepository</name>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="69"/>
        <source>Candidate %1 does not exist (they may have been deleted by another user), so nothing was merged. Reload the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="75"/>
        <source>The merge can no longer be undone because the kept candidate was edited or deleted since. Nothing was changed; edit the candidates by hand if they need separating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="82"/>
        <source>The merge can no longer be undone because candidate number %1 now belongs to another candidate. Nothing was changed; edit the candidates by hand if they need separating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="89"/>
        <source>The merge can no longer be undone because applications, notes or attachments it moved were changed or deleted since. Nothing was changed; edit the candidates by hand if they need separating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="125"/>
        <source>Same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="126"/>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="127"/>
        <source>Same name and current company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="182"/>
        <source>A candidate cannot be merged into themselves; choose two different candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/duplicaterepository.cpp" line="450"/>
        <source>Preparing the duplicate check was cancelled, so nothing was changed; it starts again the next time this database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../models/formats/filewriter.cpp" line="12"/>
        <source>%1 cannot be written: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../models/analytics/forecast.cpp" line="78"/>
        <source>%1 applications to %2 made %3 to %4 (%5 weeks), %6 of them resolved, %7 hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/forecast.cpp" line="86"/>
        <source>Thin history: %1 resolved applications and %2 hires (under %3 and %4). The range is wide; pool every opening&apos;s history or lengthen the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/forecast.cpp" line="93"/>
        <source>The headcount is filled: nothing to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/forecast.cpp" line="98"/>
        <source>No applications arrived in the window, so no date can be forecast for hires beyond the current pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/forecast.cpp" line="103"/>
        <source>Some stages have no finished visits in the window; their time counts as zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryRepository</name>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="688"/>
        <source>There is no import batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="690"/>
        <source>The import of %1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/import/candidateimport.cpp" line="728"/>
        <source>%n candidate(s) this import merged into were edited since (%1). Undoing would lose those edits, so nothing was undone; change them back by hand instead.</source>
        <translation>
            <numerusform>%n candidate this import merged into were edited since (%1). Undoing would lose those edits, so nothing was undone; change them back by hand instead.</numerusform>
            <numerusform>%n candidates this import merged into were edited since (%1). Undoing would lose those edits, so nothing was undone; change them back by hand instead.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/import/candidateimport.cpp" line="742"/>
        <source>Undoing the import was cancelled; nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSuggestions</name>
    <message>
        <location filename="../models/import/importmapping.cpp" line="21"/>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="22"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="23"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="24"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="25"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="26"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="27"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="28"/>
        <source>Current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="29"/>
        <source>Current company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="30"/>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="31"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="32"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="33"/>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="34"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="35"/>
        <source>Applied date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="36"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="37"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="38"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="181"/>
        <source>This is not a Shortlist import mapping (its &quot;format&quot; is not &quot;shortlist-import-mapping&quot;). Save the mapping from the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="184"/>
        <source>The mapping is version %1; this Shortlist reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="199"/>
        <source>The mapping maps “%1” to “%2”, which is not a field Shortlist knows. Fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importmapping.cpp" line="214"/>
        <source>The mapping&apos;s dateOrder must be day-first or month-first, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <location filename="../models/repositories/importwriter.cpp" line="84"/>
        <source>%1 has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/importwriter.cpp" line="149"/>
        <source>That stage does not belong to the opening; choose one of the opening&apos;s stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/importwriter.cpp" line="184"/>
        <source>This candidate has already applied to this opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/importwriter.cpp" line="211"/>
        <source>The note is %1 characters long; keep it under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/importwriter.cpp" line="220"/>
        <location filename="../models/repositories/importwriter.cpp" line="253"/>
        <location filename="../models/repositories/importwriter.cpp" line="293"/>
        <source>The import writer was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPlanRepository</name>
    <message>
        <location filename="../models/repositories/interviewplanrepository.cpp" line="56"/>
        <source>“%1” is not in one of the opening&apos;s interview stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewplanrepository.cpp" line="58"/>
        <source>Every planned interview needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewplanrepository.cpp" line="60"/>
        <source>“%1” needs a duration in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewplanrepository.cpp" line="64"/>
        <source>A slot in “%1” assesses a competency of another opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewplanrepository.cpp" line="68"/>
        <source>A slot in “%1” assesses a requirement of another opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewplanrepository.cpp" line="127"/>
        <source>Interviewer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewplanrepository.cpp" line="127"/>
        <source>Interviewer 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewplanrepository.cpp" line="180"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="28"/>
        <source>Give the interview a date, a start time and a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="30"/>
        <source>An interview lasts %1 to %2 minutes; %3 is outside that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="44"/>
        <source>Add at least one interviewer to the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="51"/>
        <source>That stage does not belong to the candidate&apos;s opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="55"/>
        <source>An interviewer is on the panel twice; remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="62"/>
        <source>Interviewer %1 is not in the people directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="69"/>
        <source>A focus competency is not one of this opening&apos;s competencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="105"/>
        <source>The application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="108"/>
        <source>Only an active application can be given an interview; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="185"/>
        <source>Only a scheduled interview can be moved; this one was held, cancelled or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="203"/>
        <source>Only a scheduled interview can be cancelled; this one was held, cancelled or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="297"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="301"/>
        <source>%1 interview with %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="318"/>
        <source>%1: general assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/interviewrepository.cpp" line="318"/>
        <source>%1 assesses: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>  %1% (%2 of %3 candidates)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>shortlist demo: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>Created %1: %2 candidates, %3 applications, %4 stage events, %5 interviews, %6 scorecards, %7 hires in %8 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="124"/>
        <source>shortlist metrics: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>shortlist report: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="177"/>
        <source>cannot write %1: %2. Choose a file in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="179"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="180"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="180"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main.cpp" line="223"/>
        <source>Wrote %1: %n page(s), %2 KB.
</source>
        <translation>
            <numerusform>Wrote %1: %n page, %2 KB.
</numerusform>
            <numerusform>Wrote %1: %n pages, %2 KB.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="230"/>
        <source>shortlist backup: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="247"/>
        <source>shortlist backup: warning: the backup was not recorded in the audit log: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="248"/>
        <source>Backed up %1 to %2: %3 MB in %4 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="258"/>
        <source>shortlist import: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="262"/>
        <source>there is no file %1. Give the path of the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="293"/>
        <source>cannot read the mapping %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="298"/>
        <source>the mapping %1 is not JSON (%2). Save it again from the import wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="311"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="313"/>
        <source>Columns: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="313"/>
        <source>none recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="319"/>
        <source>line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="321"/>
        <source>… and more problems; the first %1 are shown.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="322"/>
        <source>%1 rows: %2 new, %3 merged, %4 duplicates skipped, %5 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="329"/>
        <source>Imported %1 into %2 as batch %3 in %4 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="337"/>
        <source>Dry run, nothing written: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="341"/>
        <source>Nothing written: %1. Fix those rows, or import the others with --allow-partial.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="344"/>
        <source>Nothing to import: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="351"/>
        <source>shortlist export: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="356"/>
        <source>%1 is a file; --output names the folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="369"/>
        <source>shortlist export: warning: the export was not recorded in the audit log: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="370"/>
        <source>Wrote %1: %2 rows of %3 tables, %4 MB.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="381"/>
        <source>No candidate with the id or email “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="386"/>
        <source>%1 candidates have the email “%2” (ids %3); give the id with --candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="397"/>
        <source>shortlist export: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="401"/>
        <source>Wrote %1 into %2 (PDF pages: %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="411"/>
        <source>shortlist from-json: there is no file %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="415"/>
        <source>shortlist from-json: %1 already exists. The import always creates a new database: choose another name.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="421"/>
        <source>shortlist from-json: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="430"/>
        <source>Created %1 from %2: %3 rows of %4 tables.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="117"/>
        <source>no opening “%1” in %2. Give an opening&apos;s exact title or its id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2224"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchRepository</name>
    <message>
        <location filename="../models/repositories/matchrepository.cpp" line="75"/>
        <location filename="../models/repositories/matchrepository.cpp" line="114"/>
        <location filename="../models/repositories/matchrepository.cpp" line="162"/>
        <location filename="../models/repositories/matchrepository.cpp" line="172"/>
        <source>Rescoring was cancelled; no score was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/matchrepository.cpp" line="146"/>
        <source>Cannot save the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/matchrepository.cpp" line="270"/>
        <source>A synonym needs both a spelling and the skill it stands for, with at least one letter or digit each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/matchrepository.cpp" line="272"/>
        <source>“%1” and “%2” are already the same skill once case and punctuation are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/matchrepository.cpp" line="305"/>
        <source>“%1” is not one of your synonyms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/matchrepository.cpp" line="329"/>
        <source>“%1” = “%2” is not a usable synonym: both need a letter or digit, and they must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/matchrepository.cpp" line="332"/>
        <source>“%1” is listed twice; keep one meaning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsExport</name>
    <message>
        <location filename="../models/formats/metricsexport.cpp" line="313"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/metricsexport.cpp" line="408"/>
        <source>whole panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsRepository</name>
    <message>
        <location filename="../models/repositories/metricsrepository.cpp" line="172"/>
        <source>The period ends (%1) before it starts (%2); swap the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/metricsrepository.cpp" line="505"/>
        <source>Learn from 1 to 120 months of history; %1 is outside that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/metricsrepository.cpp" line="546"/>
        <source>all openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/metricsrepository.cpp" line="613"/>
        <source>The headcount is filled: nothing to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <location filename="../models/repositories/noterepository.cpp" line="19"/>
        <source>The note is empty; type something or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/noterepository.cpp" line="21"/>
        <source>The note is %1 characters long; keep it under %2 or attach a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/noterepository.cpp" line="60"/>
        <source>The note no longer exists; someone may have removed it already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningRepository</name>
    <message>
        <location filename="../models/repositories/openingrepository.cpp" line="97"/>
        <location filename="../models/repositories/openingrepository.cpp" line="172"/>
        <source>Opening %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/openingrepository.cpp" line="197"/>
        <source>“%1” was changed by someone else since you opened it; your edit was not saved. The opening has been reloaded: check it and edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/openingrepository.cpp" line="211"/>
        <source>Requirement %1 has no name; name the skill or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/openingrepository.cpp" line="213"/>
        <source>“%1” has weight %2; use a weight from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/openingrepository.cpp" line="215"/>
        <source>“%1” asks for %2 years; use 0 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/openingrepository.cpp" line="234"/>
        <source>The opening was changed by someone else since you opened it; the requirements were not saved. Reopen them and edit again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningTemplates</name>
    <message>
        <location filename="../models/templates/openingtemplates.cpp" line="16"/>
        <source>The template is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/openingtemplates.cpp" line="19"/>
        <source>The template has an unsupported format version; this Shortlist reads format 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/openingtemplates.cpp" line="33"/>
        <source>Template “%1” must name exactly four rating levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/openingtemplates.cpp" line="41"/>
        <source>Template “%1”: stage “%2” has an unknown category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/openingtemplates.cpp" line="68"/>
        <source>Template “%1”: competency “%2” must describe exactly four levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/templates/openingtemplates.cpp" line="74"/>
        <source>The template needs a key, a title and a stage plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="14"/>
        <source>Missing must-have skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="15"/>
        <source>Not enough relevant experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="16"/>
        <source>Weaker than other candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="17"/>
        <source>Did not pass the technical interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="18"/>
        <source>Leadership or communication concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="19"/>
        <source>Compensation expectations too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="20"/>
        <source>Location or right to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="21"/>
        <source>Position filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="22"/>
        <source>No response from candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="35"/>
        <source>The opening has no stages; edit its stage plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="98"/>
        <location filename="../models/pipeline/pipeline.cpp" line="169"/>
        <source>That stage does not belong to this opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="100"/>
        <source>Use Reject or Withdraw to move an application to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="102"/>
        <source>This application is closed (%1). Reopen it before moving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="104"/>
        <source>The application is already in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="89"/>
        <source>The application is in the last stage of the plan; there is no next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="117"/>
        <source>Only an active application can be rejected or withdrawn; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="121"/>
        <source>The opening&apos;s stage plan has no “%1” exit; add one to its stage plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="132"/>
        <location filename="../models/pipeline/pipeline.cpp" line="176"/>
        <source>Choose a rejection reason; it is needed for the rejection-reason report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="148"/>
        <source>Only a rejected or withdrawn application can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="158"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="311"/>
        <source>A server database is backed up on the server (pg_dump); Save a Copy works on local files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="413"/>
        <source>Another user is changing the same records; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="415"/>
        <source>The database server&apos;s disk is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="417"/>
        <source>This server connection is read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="419"/>
        <source>The change conflicts with data already stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="420"/>
        <source>A database error occurred: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyRepository</name>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="126"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="127"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="128"/>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="129"/>
        <source>Steps before a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="130"/>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="137"/>
        <source>Rejected or withdrew long ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="138"/>
        <source>No activity for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="177"/>
        <location filename="../models/repositories/privacyrepository.cpp" line="228"/>
        <location filename="../models/repositories/privacyrepository.cpp" line="511"/>
        <location filename="../models/repositories/privacyrepository.cpp" line="1008"/>
        <source>Candidate %1 does not exist; they may have been deleted by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="191"/>
        <source>The consent date %1 is in the future; enter the day the candidate gave consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="194"/>
        <source>Consent as the legal basis needs the date the candidate gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="196"/>
        <source>Choose the legal basis for holding this candidate&apos;s data (consent, legitimate interest, steps before a contract or a legal obligation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="199"/>
        <source>The retention date is before the consent date; pick a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="201"/>
        <source>Keep a candidate&apos;s data at most 10 years; pick a retention date before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="229"/>
        <source>The candidate&apos;s profile was changed by someone else after you opened it, so the consent was not saved. Reload it and enter the consent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="247"/>
        <source>Months after the last activity must be between 1 and 240 (0 turns the rule off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="250"/>
        <source>Months after a rejection or withdrawal must be between 1 and 240 (0 turns the rule off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="252"/>
        <source>Turn on at least one rule: months after the last activity, or months after a rejection or withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="519"/>
        <source>Say why these candidates are anonymised (for example “candidate request”); the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="522"/>
        <source>The reason is longer than 200 characters; name the reason, not the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="543"/>
        <source>Candidate %1 does not exist; they may have been deleted by another user. Nothing was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="547"/>
        <source>%1 still has an active application for %2; reject it or record the withdrawal first, then anonymise. Nothing was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="722"/>
        <source>Other reason (anonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="852"/>
        <source>Candidate %1 does not exist; they may have been erased already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/privacyrepository.cpp" line="1072"/>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="29"/>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="37"/>
        <source>too few ratings to judge (%1 candidates with two or more raters; %2 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="41"/>
        <source>undefined: every rating is the same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="43"/>
        <source>good agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="45"/>
        <source>tentative agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="46"/>
        <source>low agreement: calibrate the level descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="52"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="52"/>
        <location filename="../models/reports/candidatepacket.cpp" line="291"/>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="52"/>
        <location filename="../models/reports/calibrationreport.cpp" line="93"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="52"/>
        <location filename="../models/reports/candidatepacket.cpp" line="369"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="53"/>
        <source>vs. panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="53"/>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="53"/>
        <location filename="../models/reports/candidatepacket.cpp" line="33"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="53"/>
        <location filename="../models/reports/candidatepacket.cpp" line="34"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="54"/>
        <location filename="../models/reports/candidatepacket.cpp" line="35"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="54"/>
        <location filename="../models/reports/candidatepacket.cpp" line="36"/>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="54"/>
        <source>Focus not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="57"/>
        <source>No submitted scorecards for this opening yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="67"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="70"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="77"/>
        <source>No interviewer has a rating to compare with the rest of a panel yet, so there is no calibration chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="82"/>
        <source>Rating relative to the rest of the panel, same candidates and competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="83"/>
        <source>Levels above (+) or below (−) the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="92"/>
        <location filename="../models/reports/candidatepacket.cpp" line="319"/>
        <location filename="../models/reports/candidatepacket.cpp" line="361"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="92"/>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="92"/>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="93"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="93"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="96"/>
        <source>This opening has no competencies to agree on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="102"/>
        <source>Whole panel (every competency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="104"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="130"/>
        <location filename="../models/reports/schedulereport.cpp" line="62"/>
        <source>There is no opening %1. Choose one of the openings in the database by its name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="135"/>
        <location filename="../models/reports/pipelinereport.cpp" line="260"/>
        <location filename="../models/reports/schedulereport.cpp" line="65"/>
        <source>All openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="142"/>
        <source>Interviewer calibration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="144"/>
        <source>Over the latest submitted scorecards of every interview that was not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="148"/>
        <source>“vs. panel” is an interviewer&apos;s rating minus the mean of the others on the same candidate and competency: positive rates more generously. Agreement is Krippendorff&apos;s alpha (ordinal) over the latest submitted ratings: 1 means the interviewers who rated a candidate on a competency always agreed, 0 no better than chance. Below %1 candidates rated by two or more interviewers it is a diagnostic, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="158"/>
        <location filename="../models/reports/calibrationreport.cpp" line="181"/>
        <source>Making the calibration report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="170"/>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="174"/>
        <source>Agreement per competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/calibrationreport.cpp" line="179"/>
        <source>The database has no openings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="44"/>
        <source>strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="45"/>
        <location filename="../models/reports/candidatepacket.cpp" line="414"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="46"/>
        <location filename="../models/reports/candidatepacket.cpp" line="219"/>
        <location filename="../models/reports/candidatepacket.cpp" line="414"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="47"/>
        <source>strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="55"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="56"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="57"/>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="65"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="66"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="67"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="75"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="76"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="77"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="87"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="119"/>
        <location filename="../models/reports/schedulereport.cpp" line="132"/>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="126"/>
        <source>Competency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="143"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="144"/>
        <location filename="../models/reports/pipelinereport.cpp" line="77"/>
        <location filename="../models/reports/pipelinereport.cpp" line="96"/>
        <location filename="../models/reports/pipelinereport.cpp" line="175"/>
        <location filename="../models/reports/pipelinereport.cpp" line="208"/>
        <location filename="../models/reports/schedulereport.cpp" line="113"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="145"/>
        <location filename="../models/reports/candidatepacket.cpp" line="175"/>
        <location filename="../models/reports/pipelinereport.cpp" line="175"/>
        <location filename="../models/reports/pipelinereport.cpp" line="208"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="146"/>
        <location filename="../models/reports/reportbuilder.cpp" line="101"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="147"/>
        <location filename="../models/reports/candidatepacket.cpp" line="170"/>
        <location filename="../models/reports/candidatepacket.cpp" line="251"/>
        <location filename="../models/reports/pipelinereport.cpp" line="209"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="150"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="150"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="154"/>
        <source>Candidate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="154"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="156"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="157"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="159"/>
        <location filename="../models/reports/schedulereport.cpp" line="114"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="160"/>
        <source>Current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="161"/>
        <source>Current company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="162"/>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="163"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="164"/>
        <location filename="../models/reports/pipelinereport.cpp" line="120"/>
        <location filename="../models/reports/pipelinereport.cpp" line="209"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="166"/>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="167"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="168"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="171"/>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="172"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="173"/>
        <location filename="../models/reports/candidatepacket.cpp" line="250"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="178"/>
        <source>Anonymised: the candidate appears as %1; contact details, links, referrer and tags are left out, and names, email addresses, phone numbers and links in notes and evidence are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="190"/>
        <source>Requirement match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="192"/>
        <source>%1 has no requirements, so there is no match score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="200"/>
        <source>Match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="200"/>
        <source>%1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="201"/>
        <source>weighted over %1 requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="202"/>
        <source>Missing must-haves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="204"/>
        <source>No must-have requirement is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="206"/>
        <source>Missing must-haves: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="209"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="209"/>
        <location filename="../models/reports/candidatepacket.cpp" line="361"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="209"/>
        <source>Must-have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="209"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="210"/>
        <source>Candidate&apos;s skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="210"/>
        <location filename="../models/reports/candidatepacket.cpp" line="269"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="218"/>
        <source>%1 (%2+ years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="247"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="248"/>
        <source>Entered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="251"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="260"/>
        <location filename="../models/reports/schedulereport.cpp" line="136"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="262"/>
        <location filename="../models/reports/candidatepacket.cpp" line="313"/>
        <location filename="../models/reports/schedulereport.cpp" line="114"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="263"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="273"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="275"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="275"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="275"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="275"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="277"/>
        <source>Nothing has happened on this application yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="311"/>
        <location filename="../models/reports/candidatepacket.cpp" line="409"/>
        <location filename="../models/reports/candidatepacket.cpp" line="457"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="312"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="314"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="315"/>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="317"/>
        <source>Amended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="319"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="319"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="321"/>
        <source>No competency on this scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="323"/>
        <location filename="../models/reports/candidatepacket.cpp" line="375"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="328"/>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="332"/>
        <source>No scorecard has been submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="334"/>
        <source>Scorecards not submitted yet (drafts and amendments in progress) are left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="345"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="347"/>
        <source>No submitted ratings yet, so there is no debrief matrix and no formula score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="352"/>
        <location filename="../models/reports/candidatepacket.cpp" line="411"/>
        <source>Formula score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="352"/>
        <location filename="../models/reports/candidatepacket.cpp" line="411"/>
        <source>%1 of 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="353"/>
        <source>weighted mean of the competency means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="355"/>
        <location filename="../models/reports/candidatepacket.cpp" line="413"/>
        <source>Formula advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="356"/>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="356"/>
        <source>competencies two or more levels apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="357"/>
        <source>Thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="357"/>
        <source>competencies with fewer than two raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="386"/>
        <source>Each cell is the interviewer&apos;s latest submitted rating (the mean where they rated a competency in several interviews); an empty cell was not theirs to assess. Highlighted rows have interviewers two or more levels apart: discuss those first. Scale: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="391"/>
        <source>Formula score %1 of 4: the formula says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="393"/>
        <source>Nothing was rated, so there is no formula score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="403"/>
        <location filename="../models/reports/candidatepacket.cpp" line="410"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="405"/>
        <source>No decision is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="410"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="412"/>
        <source>when decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="414"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="415"/>
        <source>against the formula&apos;s advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="416"/>
        <source>No rationale given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="417"/>
        <source>Rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="427"/>
        <source>A candidate packet is about one application. Choose the candidate (and the opening, if they applied to several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="435"/>
        <source>There is no application %1, so there is no packet to make. Choose a candidate by their id or email address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="458"/>
        <source>Candidate packet for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="461"/>
        <source>Now in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="463"/>
        <source>Anonymised: the candidate appears as a code; contact details and links are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/candidatepacket.cpp" line="473"/>
        <location filename="../models/reports/candidatepacket.cpp" line="481"/>
        <source>Making the candidate packet was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="52"/>
        <source>Headline numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="54"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/reports/pipelinereport.cpp" line="54"/>
        <source>%n opening(s)</source>
        <translation>
            <numerusform>%n opening</numerusform>
            <numerusform>%n openings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="55"/>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="55"/>
        <source>%1 still to hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="56"/>
        <location filename="../models/reports/pipelinereport.cpp" line="203"/>
        <source>Active candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="56"/>
        <source>in process now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="57"/>
        <location filename="../models/reports/pipelinereport.cpp" line="116"/>
        <location filename="../models/reports/pipelinereport.cpp" line="120"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="57"/>
        <source>all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="57"/>
        <source>in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="58"/>
        <source>Time to hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="59"/>
        <source>no hires in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/reports/pipelinereport.cpp" line="60"/>
        <source>median of %n hire(s); 75th percentile %1</source>
        <translation>
            <numerusform>median of %n hire; 75th percentile %1</numerusform>
            <numerusform>median of %n hires; 75th percentile %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="61"/>
        <source>Offer acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="62"/>
        <source>no offers decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="62"/>
        <source>%1 accepted of %2 decided offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="69"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="70"/>
        <source>Reached: applications that entered the stage or a later one. Pass-through: reached this stage of those that reached the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="73"/>
        <source>Reached per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="77"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="77"/>
        <source>Pass-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="87"/>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/reports/pipelinereport.cpp" line="88"/>
        <source>Days per visit to each stage; visits still open are measured to the report date. Groups under %n are counts, not percentiles.</source>
        <translation>
            <numerusform>Days per visit to each stage; visits still open are measured to the report date. Groups under %n are counts, not percentiles.</numerusform>
            <numerusform>Days per visit to each stage; visits still open are measured to the report date. Groups under %n are counts, not percentiles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="92"/>
        <source>Days in stage: 10th, 25th, 50th, 75th and 90th percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="96"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="96"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="96"/>
        <source>25th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="97"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="97"/>
        <source>75th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="97"/>
        <source>90th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="106"/>
        <source>No stage visits in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="112"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="115"/>
        <source>How far each source&apos;s applications got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="120"/>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="120"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="121"/>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="121"/>
        <source>To interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="121"/>
        <source>To hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="125"/>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="128"/>
        <source>No applications in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="134"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="149"/>
        <source>At risk: the median date is after the target date, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="150"/>
        <source>Target date: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="157"/>
        <source>New applications needed to enter each stage (80% range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="167"/>
        <source>Stalled applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="169"/>
        <source>No active application is past its stage&apos;s stall limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/reports/pipelinereport.cpp" line="172"/>
        <source>%n active application(s) are past their stage&apos;s stall limit.</source>
        <translation>
            <numerusform>%n active application are past their stage&apos;s stall limit.</numerusform>
            <numerusform>%n active applications are past their stage&apos;s stall limit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="175"/>
        <location filename="../models/reports/pipelinereport.cpp" line="208"/>
        <location filename="../models/reports/schedulereport.cpp" line="113"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="175"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="179"/>
        <location filename="../models/reports/schedulereport.cpp" line="113"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="208"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="209"/>
        <source>Must-haves missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="212"/>
        <source>No active candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="226"/>
        <source>Rows in bold are past their stage&apos;s stall limit. Match: the requirement match score out of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="239"/>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="248"/>
        <source>There is no opening with id %1. Choose one of the database&apos;s openings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="254"/>
        <source>The database has no openings yet, so there is no pipeline to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/reports/pipelinereport.cpp" line="260"/>
        <source>%n openings</source>
        <translation>
            <numerusform>%n openings</numerusform>
            <numerusform>%n openings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="261"/>
        <source>Hiring pipeline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="264"/>
        <source>Applications made %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/pipelinereport.cpp" line="266"/>
        <source>Anonymised: candidates appear as stable codes, without names or contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="16"/>
        <source>The report ends (%1) before it starts (%2). Choose an end date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="24"/>
        <source>Unknown report kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="34"/>
        <source>No candidate “%1”. Give a candidate&apos;s id or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="36"/>
        <source>Several candidates have the email “%1”. Give the candidate&apos;s id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="48"/>
        <source>%1 has not applied to that opening. Their applications: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="49"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="51"/>
        <source>%1 has no applications, so there is no packet to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="53"/>
        <source>%1 applied to %2 openings: %3. Say which one with --opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="99"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="103"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="111"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="125"/>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="32"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="34"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="46"/>
        <source>The schedule ends (%1) before it starts (%2). Choose an end date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="66"/>
        <source>Interview schedule, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="94"/>
        <source>Interviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="96"/>
        <source>Anonymised: candidates appear as codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="98"/>
        <source>No interviews scheduled between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="100"/>
        <location filename="../models/reports/schedulereport.cpp" line="110"/>
        <location filename="../models/reports/schedulereport.cpp" line="149"/>
        <source>Making the interview schedule was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="113"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/schedulereport.cpp" line="114"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="34"/>
        <source>Pipeline report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="35"/>
        <source>Candidate packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="36"/>
        <source>Interviewer calibration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="37"/>
        <source>Interview schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="65"/>
        <source>Headline numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="66"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="67"/>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="68"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="69"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="70"/>
        <source>Stalled applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="71"/>
        <source>Active candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="73"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="74"/>
        <source>Requirement match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="75"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="76"/>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="77"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="78"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="80"/>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/reportdocument.cpp" line="81"/>
        <source>Agreement per competency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/reports/reportpdf.cpp" line="38"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportpdf.cpp" line="127"/>
        <source>The report was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportpdf.cpp" line="130"/>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="301"/>
        <source>Nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="423"/>
        <source>Generated %1 by Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="424"/>
        <source>Generated %1 by %2 with Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="426"/>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="428"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="455"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="474"/>
        <source>Prepared with Shortlist %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="479"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportrenderer.cpp" line="483"/>
        <source>Anonymised: candidate names and contact details are replaced by codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementMatcher</name>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="137"/>
        <source>no matching skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="139"/>
        <source>years not recorded; counted as half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="141"/>
        <source>%1 of %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="143"/>
        <source>%1 years (%2 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="156"/>
        <source>No requirements to match against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="158"/>
        <source>Requirement match: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="165"/>
        <source>Missing must-haves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="172"/>
        <source>%1 (weight %2, must-have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="173"/>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="176"/>
        <source>has “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="180"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="180"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="186"/>
        <source>Matched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="187"/>
        <source>Partial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/requirementmatch.cpp" line="188"/>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="47"/>
        <source>The saved view “%1” cannot be read: %2 Save the view again under the same name to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="54"/>
        <source>Type a name for the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="56"/>
        <source>View names are at most %1 characters; shorten “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="65"/>
        <source>A view named “%1” already exists; choose another name or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="70"/>
        <source>Saved view %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="121"/>
        <source>its definition is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="123"/>
        <source>its definition is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="128"/>
        <source>its definition does not say which format it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="131"/>
        <source>The saved view “%1” uses definition format %2, which this version of Shortlist cannot read; update Shortlist, or save the view again under the same name to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="139"/>
        <source>its definition has an unknown field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="146"/>
        <source>its search is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="151"/>
        <source>“includeClosed” is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="158"/>
        <source>it sorts by “%1”, which Shortlist does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="168"/>
        <source>its sort order “%1” is neither “asc” nor “desc”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="172"/>
        <source>its filter is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="180"/>
        <source>its hidden columns are not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="185"/>
        <source>its hidden columns hold something other than column numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="223"/>
        <source>Column %1 cannot be hidden: there is no such column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/savedviewrepository.cpp" line="232"/>
        <source>The opening this view is for no longer exists; save the view for every opening instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardFile</name>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="23"/>
        <source>This is not a Shortlist scorecard file (not readable JSON: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="26"/>
        <source>This is not a Shortlist scorecard file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="28"/>
        <source>The file is scorecard format version %1; this Shortlist reads version %2. Use the same Shortlist version as the file&apos;s sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="51"/>
        <source>The interview was cancelled; there is nothing to score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardImport</name>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="226"/>
        <source>The file was never saved by the interviewer (it has no signature); ask them to fill it in and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="228"/>
        <source>The file was changed after the interviewer saved it (its signature no longer matches); ask them to save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="233"/>
        <source>The file belongs to another Shortlist database; import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="238"/>
        <source>The interview in the file no longer exists in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="240"/>
        <source>The interview was cancelled; its scorecard is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="246"/>
        <source>%1 is not on this interview&apos;s panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="268"/>
        <source>This scorecard was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="269"/>
        <source>%1 already submitted a scorecard for this interview; amend it in Shortlist to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/formats/scorecardfile.cpp" line="276"/>
        <source>Imported %1&apos;s scorecard for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <location filename="../models/repositories/scorecardrepository.cpp" line="43"/>
        <source>Only an interviewer on this interview&apos;s panel can write its scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/scorecardrepository.cpp" line="135"/>
        <source>Rate every focus competency, or mark it “not assessed”, before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/scorecardrepository.cpp" line="139"/>
        <location filename="../models/repositories/scorecardrepository.cpp" line="160"/>
        <source>A competency cannot be both rated and “not assessed”; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/scorecardrepository.cpp" line="141"/>
        <location filename="../models/repositories/scorecardrepository.cpp" line="158"/>
        <source>Ratings run from 1 to 4 on the opening&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/scorecardrepository.cpp" line="144"/>
        <source>Choose an overall recommendation: strong no, no, yes or strong yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/scorecardrepository.cpp" line="175"/>
        <source>This scorecard was submitted and is locked; amend it to change it (the reason is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/scorecardrepository.cpp" line="227"/>
        <source>Say why the submitted scorecard is being amended; the reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/scorecardrepository.cpp" line="235"/>
        <source>Only a submitted scorecard is amended; this one is still a draft you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../ui/shortcuts.cpp" line="55"/>
        <source>%1 is used by both “%2” and “%3”; give one of them another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillNormalizer</name>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="111"/>
        <source>The skill synonym list is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="114"/>
        <source>The skill synonym list has an unsupported format version; this Shortlist reads format 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="117"/>
        <source>The skill synonym list needs a “synonyms” object mapping each canonical skill to its aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="125"/>
        <source>The skill synonym list has an empty canonical skill name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="128"/>
        <source>The skills “%1” and “%2” are spelled the same once normalized; list them once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="138"/>
        <source>The aliases of “%1” must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="144"/>
        <source>“%1” has an empty alias; every alias needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="146"/>
        <source>The alias “%1” of “%2” is itself a canonical skill name; an alias must not be a canonical name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analytics/skillnormalizer.cpp" line="150"/>
        <source>The alias “%1” is claimed by both “%2” and “%3”; an alias may belong to one skill only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="166"/>
        <source>%1 already exists. Choose another name or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="195"/>
        <source>The database is locked by another program (perhaps a second Shortlist) that is writing to it; Shortlist waited %1 seconds. Nothing was saved. Close the other program or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="201"/>
        <source>The disk is full (or the database reached its size limit), so the change was not saved. Free some disk space and try again; your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="206"/>
        <source>The database cannot be written: the file or its folder is read-only. Open a writable copy to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="212"/>
        <source>The database file is damaged. Restore it from a backup (Shortlist keeps one before every upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="217"/>
        <source>Shortlist could not read or write the database file. Check that the disk is available and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="221"/>
        <source>The change conflicts with data already stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="224"/>
        <source>A database error occurred: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessFiles</name>
    <message>
        <location filename="../ui/reports/subjectaccessfiles.cpp" line="49"/>
        <source>%1 is a file, not a folder. Choose a folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/subjectaccessfiles.cpp" line="65"/>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/subjectaccessfiles.cpp" line="108"/>
        <source>The database is open read-only, so the export is not in its audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessReport</name>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="65"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="67"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="69"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="71"/>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="78"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="80"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="82"/>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="89"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="91"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="93"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="108"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="133"/>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="135"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="164"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="187"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="135"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="164"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="187"/>
        <source>What we hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="139"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="140"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="141"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="142"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="143"/>
        <source>Current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="144"/>
        <source>Current company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="146"/>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="147"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="148"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="149"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="150"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="151"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="152"/>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="153"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="154"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="160"/>
        <source>Consent and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="166"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="167"/>
        <source>Consent given or basis recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="167"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="168"/>
        <source>Kept at least until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="168"/>
        <source>Not set: the retention policy applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="175"/>
        <source>Application: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="181"/>
        <source>%1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="184"/>
        <source>must-have requirements missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="189"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="190"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="191"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="212"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="191"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="192"/>
        <source>In this stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="193"/>
        <source>Requirement match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="196"/>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="198"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="212"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="266"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="290"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="327"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="198"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="198"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="198"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="266"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="290"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="198"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="206"/>
        <source>No stage changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="210"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="212"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="215"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="212"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="212"/>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="215"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="215"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="215"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="215"/>
        <source>Evidence and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="220"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="229"/>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="231"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="237"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="239"/>
        <location filename="../models/reports/subjectaccessreport.cpp" line="366"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="247"/>
        <source>Amended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="249"/>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="251"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="255"/>
        <source>No interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="258"/>
        <source>Interview scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="264"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="266"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="266"/>
        <source>Scorecard formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="266"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="274"/>
        <source>%1, advising %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="278"/>
        <source>(against the advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="288"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="290"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="297"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="303"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="305"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="305"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="305"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="305"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="305"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="316"/>
        <source>No files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="319"/>
        <source>A copy of each file comes with this document; its SHA-256 checksum above shows it is the file we hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="324"/>
        <source>Record of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="325"/>
        <source>The audit log&apos;s entries about your profile, applications, notes, interviews and scorecards: who did what, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="327"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="327"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="327"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="327"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="337"/>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="347"/>
        <source>This is not a subject access export Shortlist can read (format %1 version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="358"/>
        <source>Your personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="362"/>
        <source>Subject access export: everything held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="367"/>
        <source>Everything %1 holds about you in its recruitment records, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="368"/>
        <source>we</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="369"/>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="371"/>
        <source>This document answers a request for access to personal data (GDPR Art. 15). It lists everything our recruitment database holds about you: your profile, the legal basis for holding it and how long it is kept, each application with its stages, interviews, interviewers&apos; scorecards and decisions, notes, attached files, and the record of who changed what. The same data comes in machine-readable form (JSON) with this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="381"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/reports/subjectaccessreport.cpp" line="382"/>
        <source>No applications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <location filename="../models/repositories/tagrepository.cpp" line="24"/>
        <source>Type a tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/tagrepository.cpp" line="26"/>
        <source>Tag names are at most 60 characters; shorten “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../models/domain/validation.cpp" line="41"/>
        <source>Enter the candidate&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/validation.cpp" line="43"/>
        <source>The name is longer than 200 characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/validation.cpp" line="45"/>
        <source>“%1” is not an email address; use the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/validation.cpp" line="47"/>
        <source>“%1” is not a phone number; use 7–15 digits, optionally starting with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/validation.cpp" line="50"/>
        <source>Years of experience must be between 0 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/validation.cpp" line="58"/>
        <source>Enter a title for the opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/validation.cpp" line="60"/>
        <source>Headcount must be between 1 and 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/validation.cpp" line="62"/>
        <source>The target date is before the opening&apos;s start date; pick a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/validation.cpp" line="72"/>
        <source>The stage plan needs at least one pipeline stage and the exits Rejected and Withdrawn; choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <location filename="../models/storage/transaction.cpp" line="15"/>
        <source>This database is open read-only, so nothing can be changed. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/transaction.cpp" line="53"/>
        <source>The change was abandoned part-way and has been undone; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ApplicationTableModel</name>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="190"/>
        <source>%1 ⚑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="202"/>
        <source>%1 — %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="225"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="226"/>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="227"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="228"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="229"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="230"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="231"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/carddelegate.cpp" line="102"/>
        <source>No current title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/carddelegate.cpp" line="107"/>
        <source>%n yr</source>
        <translation>
            <numerusform>%n yr</numerusform>
            <numerusform>%n yr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/carddelegate.cpp" line="108"/>
        <source>years ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/carddelegate.cpp" line="111"/>
        <source>%n d in stage (stalled)</source>
        <translation>
            <numerusform>%n d in stage (stalled)</numerusform>
            <numerusform>%n d in stage (stalled)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/carddelegate.cpp" line="112"/>
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n d in stage</numerusform>
            <numerusform>%n d in stage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/carddelegate.cpp" line="125"/>
        <source>Scorecards: %1 yes of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::AuditLogDialog</name>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="45"/>
        <source>Stage moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="46"/>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="49"/>
        <source>Interviews and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="52"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="53"/>
        <source>Exports and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="55"/>
        <source>Anonymisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="56"/>
        <source>Erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="83"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="87"/>
        <source>Who did what and when in this database, newest first. Entries name records by number and never hold personal data: after an erasure the log shows that it happened, not what was erased. Double-click an entry to see everything that happened to its item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="101"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="102"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="103"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="104"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="105"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="106"/>
        <source>Between dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="110"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="114"/>
        <source>Last day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="115"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="121"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="128"/>
        <source>P&amp;erson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="136"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="145"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="146"/>
        <source>Only the item with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="153"/>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="160"/>
        <source>Words in the details, such as a stage number or a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="162"/>
        <source>&amp;Reset Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="167"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="207"/>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="209"/>
        <source>Writes the entries the filters select, newest first; the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="295"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="304"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="320"/>
        <source>Any item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="387"/>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="389"/>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="389"/>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="391"/>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="486"/>
        <source>audit log %1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="487"/>
        <source>Export Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="487"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="490"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="490"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="491"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="506"/>
        <source>Cannot export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="511"/>
        <source>Exported to %1 (entries: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::AuditLogModel</name>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="154"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="155"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="156"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="157"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="158"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="168"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="169"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="170"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="171"/>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="172"/>
        <source>Merged duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="173"/>
        <source>Undid merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="174"/>
        <source>Moved stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="175"/>
        <source>Undid stage move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="176"/>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="177"/>
        <source>Removed tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="178"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="179"/>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="180"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="181"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="182"/>
        <source>Saved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="183"/>
        <source>Amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="184"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="185"/>
        <source>Decided against advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="186"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="187"/>
        <source>Undid import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="188"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="189"/>
        <source>Created report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="190"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="191"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="192"/>
        <source>Recorded consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="193"/>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="194"/>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="195"/>
        <source>Applied retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="196"/>
        <source>Generated demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="205"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="206"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="207"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="208"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="209"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="210"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="211"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="212"/>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="213"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="214"/>
        <source>Interview plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="215"/>
        <source>Skill synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="216"/>
        <source>Skill synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="217"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="218"/>
        <source>Retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="219"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="220"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="221"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="233"/>
        <source>Requirements of opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="235"/>
        <source>Interview plan of opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="236"/>
        <source>%1 %2</source>
        <comment>item type and id: Candidate 12</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/auditlogmodel.cpp" line="246"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::BackupsDialog</name>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="40"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="51"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="51"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="63"/>
        <source>No backups of this database yet.
Use File › Back Up Now, or keep automatic backups on below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="72"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="74"/>
        <source>Restore from F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="76"/>
        <source>Restore from a backup anywhere, such as one written by shortlist backup or copied from another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="77"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="90"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="92"/>
        <source>Back &amp;up the open database automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="99"/>
        <source>&amp;Every (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="104"/>
        <source>The newest backups of each database are kept, whether made automatically or with Back Up Now; older ones are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="105"/>
        <source>&amp;Backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="109"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="112"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="157"/>
        <source>today, %1</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="157"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="159"/>
        <source>yesterday, %1</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="159"/>
        <source>Yesterday, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="160"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="171"/>
        <source>Backups of &lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/backupsdialog.cpp" line="194"/>
        <source>Not listed: %n backup(s) made from other databases, kept in this folder. Restore from File… can still restore such a backup.</source>
        <translation>
            <numerusform>Not listed: %n backup made from other databases, kept in this folder. Restore from File… can still restore such a backup.</numerusform>
            <numerusform>Not listed: %n backups made from other databases, kept in this folder. Restore from File… can still restore such a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not listed: %n backup(s) of other databases in this folder (Restore from File… can still restore one).</source>
        <translation>
            <numerusform>Not listed: %n backup of other databases in this folder (Restore from File… can still restore one).</numerusform>
            <numerusform>Not listed: %n backups of other databases in this folder (Restore from File… can still restore one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/backupsdialog.cpp" line="197"/>
        <source>Skipped, and never deleted: %n file(s) named like backups that cannot be read as Shortlist databases.</source>
        <translation>
            <numerusform>Skipped, and never deleted: %n file named like backups that cannot be read as Shortlist databases.</numerusform>
            <numerusform>Skipped, and never deleted: %n files named like backups that cannot be read as Shortlist databases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="238"/>
        <source>Restore from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="238"/>
        <source>Shortlist databases (*.shortlist);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="267"/>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="276"/>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupsdialog.cpp" line="280"/>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::BoardView</name>
    <message numerus="yes">
        <location filename="../ui/views/boardview.cpp" line="129"/>
        <source>&lt;b&gt;%n cards&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n cards&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n cards&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/boardview.cpp" line="288"/>
        <source>&lt;br&gt;&lt;small&gt;Drop cards here. Tick “Show hired, rejected and withdrawn” to list them.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/boardview.cpp" line="289"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&lt;span style=&apos;color:gray&apos;&gt;%L2&lt;/span&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/boardview.cpp" line="291"/>
        <source>Cards in “%1” stall after %n day(s).</source>
        <translation>
            <numerusform>Cards in “%1” stall after %n day.</numerusform>
            <numerusform>Cards in “%1” stall after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shortlist::CalibrationChart</name>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="272"/>
        <source>Interviewer calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="303"/>
        <source>Mean rating minus the rest of the panel&apos;s (levels); left: stricter, right: more generous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::CalibrationDialog</name>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="45"/>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="62"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="62"/>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="62"/>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="62"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="62"/>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="64"/>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="62"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="64"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="64"/>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="64"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="64"/>
        <source>vs. panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="64"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="64"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="65"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="65"/>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="65"/>
        <source>Focus not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="81"/>
        <source>Cannot compute the calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="84"/>
        <source>Interviewer Calibration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="85"/>
        <source>&lt;b&gt;Agreement&lt;/b&gt; is Krippendorff&apos;s alpha (ordinal) over the latest submitted ratings of %1: 1 means the interviewers who rated a candidate on a competency always agreed, 0 no better than chance. Below %2 candidates rated by two or more interviewers it is a diagnostic, not a verdict. &lt;b&gt;vs. panel&lt;/b&gt; is an interviewer&apos;s rating minus the mean of the others on the same candidate and competency: positive rates more generously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="95"/>
        <source>Whole panel (every competency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="102"/>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="103"/>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="127"/>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="128"/>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="137"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="103"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="104"/>
        <source>%Ln bootstrap resample(s) over candidates</source>
        <translation>
            <numerusform>%Ln bootstrap resample over candidates</numerusform>
            <numerusform>%Ln bootstrap resamples over candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="109"/>
        <source>too few ratings to judge (%Ln candidate(s) with two raters)</source>
        <translation>
            <numerusform>too few ratings to judge (%Ln candidate with two raters)</numerusform>
            <numerusform>too few ratings to judge (%Ln candidates with two raters)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="111"/>
        <source>undefined: every rating is the same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="113"/>
        <source>good agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="115"/>
        <source>tentative agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="117"/>
        <source>low agreement: calibrate the level descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="129"/>
        <source>%Ln rating(s) compared with the rest of the panel</source>
        <translation>
            <numerusform>%Ln rating compared with the rest of the panel</numerusform>
            <numerusform>%Ln ratings compared with the rest of the panel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="133"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/calibrationdialog.cpp" line="137"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::CandidateDialog</name>
    <message>
        <location filename="../ui/dialogs/candidatedialog.cpp" line="20"/>
        <source>Add Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/candidatedialog.cpp" line="22"/>
        <source>The candidate applies to &lt;b&gt;%1&lt;/b&gt; and starts in its first stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/candidatedialog.cpp" line="28"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::CandidateForm</name>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="30"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="31"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="32"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="33"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="34"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="35"/>
        <source>+44 20 7946 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="36"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="37"/>
        <source>Current &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="38"/>
        <source>Current &amp;company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="43"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="44"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="46"/>
        <source>E&amp;xperience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="53"/>
        <source>&amp;Skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="54"/>
        <source>Comma-separated, e.g. spark, kafka, scala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="55"/>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="56"/>
        <source>&amp;Referrer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="57"/>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="58"/>
        <source>Comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="62"/>
        <source>One link per line (profile, portfolio, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/candidateform.cpp" line="65"/>
        <source>L&amp;inks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::Commands</name>
    <message>
        <location filename="../ui/commands.cpp" line="20"/>
        <source>Cannot undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.cpp" line="31"/>
        <source>Cannot redo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.cpp" line="38"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.cpp" line="59"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::DashboardWindow</name>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="112"/>
        <source>Dashboard — Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="122"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="123"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="125"/>
        <source>&amp;Copy Charts as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="129"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="140"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="152"/>
        <source> Opening: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="155"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="155"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="155"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="155"/>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="155"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="155"/>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="156"/>
        <source> Period: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="166"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="171"/>
        <source> Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="174"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="177"/>
        <source>Limits time in stage, rejections and stalls to stages of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="178"/>
        <source> Stage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="181"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="182"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="183"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="184"/>
        <source>Applications made in the period, by how far each has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="185"/>
        <source>Where the applications stood at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="186"/>
        <source>Stage moves inside the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="187"/>
        <source> Funnel: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="192"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="193"/>
        <source>How much history the forecast learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="194"/>
        <source> Forecast from: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="196"/>
        <source>all openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="198"/>
        <source>Learn from every opening&apos;s history, not only this one&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="232"/>
        <source>Sources: how far their applications got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="232"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="234"/>
        <source>Rejections by stage and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="234"/>
        <source>Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="250"/>
        <location filename="../ui/views/dashboardwindow.cpp" line="285"/>
        <source>Open a database to see its pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="297"/>
        <source>All openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="316"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="412"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="415"/>
        <source>The period ends before it starts; swap the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="433"/>
        <location filename="../ui/views/dashboardwindow.cpp" line="470"/>
        <source>Cannot compute the metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="437"/>
        <source>Updated %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="440"/>
        <source>Computing interviewer calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="451"/>
        <source>Cannot compute the calibration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="488"/>
        <source>No applications in this period. Widen the period or choose another opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="489"/>
        <source>No applications from this source in this period. Widen the period or choose all sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="508"/>
        <source>No stage visits began in this period, so there is no time in stage to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="549"/>
        <source>No rejections in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="556"/>
        <source>Choose one opening: calibration compares interviewers on the same candidates of an opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="557"/>
        <source>Choose one opening to forecast its remaining hires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="561"/>
        <source>The headcount is filled: there is nothing to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="573"/>
        <source>&lt;b&gt;%1&lt;/b&gt; applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="577"/>
        <source>offer acceptance &lt;b&gt;%1&lt;/b&gt; (%2 of %3 decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="579"/>
        <source>time to hire: median &lt;b&gt;%1 days&lt;/b&gt; (n=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="583"/>
        <source>%1 (last hire forecast %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="585"/>
        <source>&lt;span style=&apos;color:#D55E00&apos;&gt;at risk of missing the target date: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="589"/>
        <source>Forecast history: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="604"/>
        <source>No interviewer can be compared with a panel yet: that needs submitted scorecards from two or more interviewers on the same candidate and competency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="622"/>
        <source>Copied the charts as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="631"/>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="632"/>
        <location filename="../ui/views/dashboardwindow.cpp" line="637"/>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="632"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="634"/>
        <location filename="../ui/views/dashboardwindow.cpp" line="639"/>
        <source>Cannot export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="634"/>
        <location filename="../ui/views/dashboardwindow.cpp" line="639"/>
        <source>%1 cannot be written. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="636"/>
        <source>Export as PDF (vector)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="637"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/dashboardwindow.cpp" line="641"/>
        <source>Copy Dashboard as Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::DebriefDialog</name>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="31"/>
        <source>strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="32"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="33"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="34"/>
        <source>strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="42"/>
        <source>Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="43"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="44"/>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="55"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="67"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="96"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="109"/>
        <source>Rationale: the evidence that decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="124"/>
        <source>&amp;Record Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="138"/>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="153"/>
        <source>Cannot open the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="159"/>
        <source>Debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="161"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 — now in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="167"/>
        <source>Formula score &lt;b&gt;%1&lt;/b&gt; of 4 (weighted mean of the competency means) — the formula says &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="170"/>
        <source>No submitted ratings yet, so there is no formula score. Scorecards count once they are submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/debriefdialog.cpp" line="173"/>
        <source>%Ln competenc(ies) with interviewers two or more levels apart: discuss those first.</source>
        <translation>
            <numerusform>%Ln competency with interviewers two or more levels apart: discuss those first.</numerusform>
            <numerusform>%Ln competencies with interviewers two or more levels apart: discuss those first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="176"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="177"/>
        <source>Scale: %1. Each cell is the interviewer&apos;s latest submitted rating; an empty cell was not theirs to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="184"/>
        <source>%1 — not assessed by anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="185"/>
        <source>%1 — only %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="196"/>
        <source>Must-have %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="198"/>
        <source>&lt;h4&gt;Coverage&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="200"/>
        <source>&lt;p&gt;Every competency and must-have requirement was assigned to at least two interviewers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="203"/>
        <source>&lt;h4&gt;Decisions&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="205"/>
        <source>&lt;p&gt;None recorded yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="209"/>
        <source>score %1, advice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="210"/>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="211"/>
        <source>&lt;li&gt;%1 — &lt;b&gt;%2&lt;/b&gt; by %3 (%4)%5%6&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="213"/>
        <source> — &lt;b&gt;override&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="232"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="232"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="237"/>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="241"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="249"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="257"/>
        <source>spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="259"/>
        <source>no ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="261"/>
        <source>one rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="264"/>
        <source>Interviewers rated this two or more levels apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="266"/>
        <source>Fewer than two independent interviewers rated this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="291"/>
        <source>⚠ This goes against the formula&apos;s advice (%1): the rationale is required, and the override is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/debriefdialog.cpp" line="316"/>
        <source>Choose advance, reject or hire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::FilterDialog</name>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="52"/>
        <source>NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="67"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="106"/>
        <location filename="../ui/dialogs/filterdialog.cpp" line="149"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="107"/>
        <location filename="../ui/dialogs/filterdialog.cpp" line="111"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="110"/>
        <location filename="../ui/dialogs/filterdialog.cpp" line="150"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="118"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="119"/>
        <source>(0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="125"/>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="131"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="133"/>
        <source>(the match score flags a missing must-have requirement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="265"/>
        <source>Filter Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="269"/>
        <source>Show applications that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="272"/>
        <source>all of these conditions (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="273"/>
        <source>any of these conditions (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="294"/>
        <source>Also kept from the saved view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="294"/>
        <source> OR </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="294"/>
        <source> AND </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="298"/>
        <source>&amp;Add Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/filterdialog.cpp" line="308"/>
        <source>Clear All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ForecastChart</name>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="321"/>
        <source>Forecast: when the remaining hires are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="362"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="364"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="372"/>
        <source>last hire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::FunnelChart</name>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="59"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="77"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="92"/>
        <source>Click to list these candidates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="974"/>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="977"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="977"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="977"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="977"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="977"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="977"/>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="995"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1004"/>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1027"/>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1107"/>
        <source>Undoing the import of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1143"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1158"/>
        <source>Cannot undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1179"/>
        <source>Stop undoing the import and close? Nothing is undone, and the import can be undone later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1094"/>
        <source>There is no import on that row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1028"/>
        <source>Undo the import of %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="1030"/>
        <source>It deletes the %n candidate(s) it created, with everything added to them since,</source>
        <translation>
            <numerusform>It deletes the %n candidate it created, with everything added to them since,</numerusform>
            <numerusform>It deletes the %n candidates it created, with everything added to them since,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="1033"/>
        <source>and gives the %n candidate(s) it merged into their fields back.</source>
        <translation>
            <numerusform>and gives the %n candidate it merged into their fields back.</numerusform>
            <numerusform>and gives the %n candidates it merged into their fields back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1163"/>
        <source>The import of %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1178"/>
        <source>Stop Undoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1181"/>
        <source>Stop and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1181"/>
        <source>Keep Undoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="1202"/>
        <source>%1 rows: %2 created, %3 merged, %4 skipped, %5 with problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ImportWizard</name>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="163"/>
        <location filename="../ui/dialogs/importwizard.cpp" line="221"/>
        <source>Import Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="186"/>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="191"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="202"/>
        <location filename="../ui/dialogs/importwizard.cpp" line="425"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="205"/>
        <source>Shortlist detects the encoding from the file&apos;s first 64 KB. Choose another when names look wrong (MÃ¼ller for Müller) or when the check finds text that is not valid UTF-8 further down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="213"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="214"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="215"/>
        <source>Into &amp;opening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="221"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="234"/>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="235"/>
        <source>Suggested from the column names. Every candidate needs a name: a full name, or first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="237"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="237"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="237"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="240"/>
        <source>&amp;Load Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="241"/>
        <source>&amp;Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="250"/>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="250"/>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="251"/>
        <source>import-mapping.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="255"/>
        <source>Cannot save the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="258"/>
        <source>Load Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="258"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="262"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="266"/>
        <source>Cannot load the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="280"/>
        <source>Stages and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="281"/>
        <source>Which of the opening&apos;s stages each stage in the file means, and how the file writes its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="283"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="283"/>
        <source>Stage in Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="288"/>
        <source>&amp;Day first (31/12/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="289"/>
        <source>&amp;Month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="303"/>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="304"/>
        <source>Every row is checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="306"/>
        <source>Skip them (keep the candidate as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="307"/>
        <source>Merge them (fill in what the candidate lacks, add the application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="308"/>
        <source>Create new candidates anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="310"/>
        <source>&amp;Apply to All Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="920"/>
        <source>change the decision of any row in the table (changed rows are in bold); the others follow the choice for all duplicates above. Apply to All Rows gives every row that choice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="322"/>
        <location filename="../ui/dialogs/importwizard.cpp" line="337"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="322"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="322"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="322"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="322"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="337"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="890"/>
        <source>candidate %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="891"/>
        <source>same email or phone as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="894"/>
        <source>%1, which is not imported: this row is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="904"/>
        <source>Decided for this row: the choice for all duplicates does not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="905"/>
        <source>Follows the choice for all duplicates. Click to decide this row yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="917"/>
        <source>The first %1 duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="918"/>
        <source>%n duplicate(s):</source>
        <translation>
            <numerusform>%n duplicate:</numerusform>
            <numerusform>%n duplicates:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="923"/>
        <source>Only the first %1 duplicates are listed: the rows after them follow the choice for all duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="344"/>
        <source>&amp;Duplicates (same email or phone as a candidate, or as an earlier row):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="73"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="74"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="75"/>
        <source>Create new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="187"/>
        <source>Exports from spreadsheets and other applicant tracking systems. The encoding and the separator are detected; choose the encoding yourself when letters look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="312"/>
        <source>Give every duplicate the choice for all duplicates, the rows decided one by one included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="382"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="388"/>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="426"/>
        <source>Detected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="451"/>
        <source>%1 · %2 · %n column(s); the first rows:</source>
        <translation>
            <numerusform>%1 · %2 · %n column; the first rows:</numerusform>
            <numerusform>%1 · %2 · %n columns; the first rows:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="585"/>
        <source>— not mapped: the row is refused —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="604"/>
        <source>Every date in the file could be read day-first or month-first (like 03/04/2026). Say which it is: Shortlist will not guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="607"/>
        <source>The dates are written %1, as the file&apos;s values show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="608"/>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="608"/>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="610"/>
        <source>The dates carry their own order (like 2026-03-04); the choice below matters only for others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="721"/>
        <location filename="../ui/dialogs/importwizard.cpp" line="941"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="730"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="757"/>
        <source>Importing… %1 rows, %2 rows a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="799"/>
        <source>If the file is in another encoding, go back and choose it on the first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="812"/>
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="813"/>
        <source>%1 new, %2 merged into existing candidates, %3 duplicates skipped, %4 with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="819"/>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="831"/>
        <source>Import the %1 rows without problems and leave out the %n with problems</source>
        <translation>
            <numerusform>Import the %1 rows without problems and leave out the %n with problems</numerusform>
            <numerusform>Import the %1 rows without problems and leave out the %n with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="848"/>
        <source>Imported %n new candidate(s)</source>
        <translation>
            <numerusform>Imported %n new candidate</numerusform>
            <numerusform>Imported %n new candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="850"/>
        <source>merged %n row(s) into existing candidates</source>
        <translation>
            <numerusform>merged %n row into existing candidates</numerusform>
            <numerusform>merged %n rows into existing candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="852"/>
        <source>skipped %n duplicate(s)</source>
        <translation>
            <numerusform>skipped %n duplicate</numerusform>
            <numerusform>skipped %n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/importwizard.cpp" line="854"/>
        <source>left out %n row(s) with problems</source>
        <translation>
            <numerusform>left out %n row with problems</numerusform>
            <numerusform>left out %n rows with problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/importwizard.cpp" line="856"/>
        <source>%1 rows a second. File › Import History can undo this import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::InterviewPlanDialog</name>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="72"/>
        <source>Cannot open the interview plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="77"/>
        <source>Interview Plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="81"/>
        <source>Plan the interviews of each interview stage and what each interviewer assesses. Each competency and must-have requirement should be assessed by two independent interviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="97"/>
        <source>Add Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="98"/>
        <source>Add Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="99"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="100"/>
        <source>Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="101"/>
        <source>One interview per interview stage, two interviewers each, competencies and must-haves dealt out twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="109"/>
        <source>Choose an interview or an interviewer on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="124"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="125"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="126"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="127"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="138"/>
        <source>%1 (must-have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="141"/>
        <source>The kit&apos;s questions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="142"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="143"/>
        <source>&amp;Competencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="144"/>
        <source>Re&amp;quirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="145"/>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="159"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="159"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="159"/>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="159"/>
        <source>Assessed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="201"/>
        <source>%1 — no stage, %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="203"/>
        <source>%1, %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="204"/>
        <source>%1 — %2, %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="306"/>
        <source>Must-have: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="310"/>
        <source>covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="311"/>
        <source>thin — one interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="312"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="325"/>
        <source>&lt;b&gt;Coverage:&lt;/b&gt; every competency and must-have has two or more interviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="327"/>
        <source>&lt;b&gt;Coverage:&lt;/b&gt; %1 missing, %2 thin. Assign each to two interviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="334"/>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="335"/>
        <source>Interviewer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewplandialog.cpp" line="346"/>
        <source>Interviewer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::InterviewsDialog</name>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="55"/>
        <source>Upcoming Interviews and Overdue Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="64"/>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="65"/>
        <source>&amp;Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="70"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="70"/>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="89"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="70"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="70"/>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="89"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="70"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="74"/>
        <source>&amp;Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="79"/>
        <source>Overdue when not submitted within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="83"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="86"/>
        <source>after the interview ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="89"/>
        <source>Interview ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="89"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="89"/>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="93"/>
        <source>&amp;Overdue Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="102"/>
        <source>Choose who you are first: Interviews › Current Interviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="153"/>
        <source>You have no interviews scheduled from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="153"/>
        <source>No interviews are scheduled from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="178"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="178"/>
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/interviewsdialog.cpp" line="183"/>
        <source>No scorecard is overdue: none is missing for an interview that ended more than %Ln hour(s) ago.</source>
        <translation>
            <numerusform>No scorecard is overdue: none is missing for an interview that ended more than %Ln hour ago.</numerusform>
            <numerusform>No scorecard is overdue: none is missing for an interview that ended more than %Ln hours ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shortlist::InterviewsPanel</name>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="52"/>
        <source>No interviews yet. Schedule one; the opening&apos;s interview plan fills in the panel&apos;s kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="66"/>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="66"/>
        <source>Schedule an interview for this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="67"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="67"/>
        <source>Move the chosen interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="68"/>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="68"/>
        <source>Cancel the chosen interview, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="69"/>
        <source>Invite (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="70"/>
        <source>Save a calendar invitation (or cancellation) for the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="71"/>
        <source>Scorecard File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="72"/>
        <source>Save a scorecard file for a panelist who does not have this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="73"/>
        <source>My Scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="73"/>
        <location filename="../ui/views/interviewspanel.cpp" line="206"/>
        <source>Fill in your scorecard for the chosen interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="74"/>
        <source>Debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="74"/>
        <source>The panel&apos;s ratings side by side, and the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="130"/>
        <source> ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="130"/>
        <source> (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="136"/>
        <source>%1 — cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="138"/>
        <source>%1 — rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="140"/>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="142"/>
        <source>No place given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="163"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="166"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="207"/>
        <source>Choose who you are first: Interviews › Current Interviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="242"/>
        <source>Cancel Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="242"/>
        <source>Why is “%1” cancelled? The reason goes into the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="246"/>
        <source>Cannot cancel the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="260"/>
        <location filename="../ui/views/interviewspanel.cpp" line="272"/>
        <source>Cannot export the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="265"/>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="266"/>
        <source>Save Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="266"/>
        <source>Save Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="267"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="282"/>
        <location filename="../ui/views/interviewspanel.cpp" line="306"/>
        <location filename="../ui/views/interviewspanel.cpp" line="316"/>
        <source>Cannot export the scorecard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="297"/>
        <source>Scorecard File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="297"/>
        <source>Which panelist is the file for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="310"/>
        <source>Scorecard - %1 - %2 - %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="311"/>
        <source>Save Scorecard File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="311"/>
        <source>Scorecard files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="331"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/interviewspanel.cpp" line="332"/>
        <source>You are not on this interview&apos;s panel, so there is no scorecard of yours to fill in. If you are someone else, choose Interviews › Current Interviewer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Shortlist databases (*.shortlist *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="135"/>
        <source>Cannot read applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>Restore from Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>&amp;New Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Edit Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Requirements and Synonyms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Add Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>&amp;Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>&amp;Next Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&amp;Previous Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Next Board &amp;Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>Previous Board C&amp;olumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Remove T&amp;ag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&amp;Clear Search, Filter or Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="212"/>
        <source>Audit &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <location filename="../ui/mainwindow.cpp" line="1115"/>
        <source>Move to Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Merge Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Save &amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>Delete Saved View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&amp;Import Scorecards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <location filename="../ui/mainwindow.cpp" line="2165"/>
        <source>Import Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Scorecard files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>&amp;Schedule Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;Debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>&amp;Upcoming and Overdue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Interview &amp;Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Interviewer &amp;Calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Import Candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Export Everything as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="237"/>
        <source>New Database from JSON E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Pipeline Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>&amp;Candidate Packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Interviewer &amp;Calibration Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Interview &amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Current Interviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&amp;Export View to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Export &amp;Selection to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>E&amp;xport Candidate Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Export Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>Everything held about the candidate, as JSON, a readable PDF and their files (subject access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Anon&amp;ymise Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>Remove the candidate&apos;s identity and keep the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Erase Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Delete everything held about the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Retention &amp;Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>&amp;Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>&amp;Move to Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>&amp;Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361"/>
        <source>&amp;About Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="362"/>
        <source>About Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&lt;h3&gt;Shortlist %1&lt;/h3&gt;&lt;p&gt;A desktop hiring-pipeline manager: openings, candidates, structured interviews and pipeline metrics in one local file.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>&lt;b&gt;Openings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>New Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="539"/>
        <location filename="../ui/mainwindow.cpp" line="2551"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>Saved the consent and retention of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="620"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="631"/>
        <source>%1 — Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>Upgraded the database; the previous version was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Editing is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="641"/>
        <source>Cannot prepare duplicate detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="658"/>
        <source>Cannot read openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>Scoring every application against its opening&apos;s requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="674"/>
        <source>Upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="683"/>
        <source>Cannot score the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="723"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="724"/>
        <source>hiring.shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="728"/>
        <location filename="../ui/mainwindow.cpp" line="2290"/>
        <location filename="../ui/mainwindow.cpp" line="2306"/>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="729"/>
        <source>%1 already exists. Choose a new file name; to open the existing file use File › Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="738"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="748"/>
        <source> copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="749"/>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="753"/>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <location filename="../ui/mainwindow.cpp" line="761"/>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="753"/>
        <source>Choose a different file from the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="757"/>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="764"/>
        <source>Saved a consistent copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="803"/>
        <source>Cannot create the backup folder %1. Choose another folder in File › Restore from Backup….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="832"/>
        <source>Backing up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="834"/>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="857"/>
        <location filename="../ui/mainwindow.cpp" line="858"/>
        <source>Backup cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="879"/>
        <source>Automatic backup saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="879"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="891"/>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="894"/>
        <source>Cannot back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="911"/>
        <source>The last automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="926"/>
        <location filename="../ui/mainwindow.cpp" line="987"/>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="927"/>
        <source>%1 is open read-only, so it cannot be replaced. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="945"/>
        <location filename="../ui/mainwindow.cpp" line="968"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="946"/>
        <source>Replace %1 with the backup of %2?

Changes made since then will no longer be in the database. Shortlist first keeps a copy of the current file next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="949"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="966"/>
        <source>Restoring %1 from the backup of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="997"/>
        <source>Restored the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="998"/>
        <source>Restored the backup of %1. The previous file is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1090"/>
        <source>No database open — File › Open or File › New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1097"/>
        <source>Candidates: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1097"/>
        <source>Candidates: unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1098"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1098"/>
        <source>Read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1105"/>
        <source>Listed: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1115"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1145"/>
        <source>Cannot read the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1186"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1187"/>
        <source>&lt;b&gt;Applications&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1194"/>
        <location filename="../ui/mainwindow.cpp" line="1436"/>
        <source> at </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1199"/>
        <source>&lt;i&gt;No candidate selected&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1209"/>
        <source>Match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1211"/>
        <source>&lt;i&gt;The opening has no requirements to match against. Add them under Opening › Requirements and Synonyms.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1233"/>
        <location filename="../ui/mainwindow.cpp" line="1248"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1234"/>
        <source>Save the changes to %1&apos;s consent and retention?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1249"/>
        <source>Save your changes to %1&apos;s profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1273"/>
        <source>Cannot create the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1290"/>
        <source>Cannot save the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1303"/>
        <source>Cannot read the synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1315"/>
        <source>Rescoring the applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2447"/>
        <source>Candidate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2447"/>
        <source>Retention period ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2447"/>
        <source>No longer needed for recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2462"/>
        <source>Export %1&apos;s Data to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2470"/>
        <source>Cannot export the candidate&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2473"/>
        <source>Wrote everything Shortlist holds about %1 into %2:

%3 — the data, machine-readable (JSON)
%4 — the same, readable (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2477"/>
        <source>and their attached files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2478"/>
        <source>The files are readable by you only. Send them to the candidate by a secure route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2481"/>
        <source>Exported %1&apos;s data to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2482"/>
        <source>Export Candidate Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2494"/>
        <location filename="../ui/mainwindow.cpp" line="2502"/>
        <source>Anonymise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2495"/>
        <source>%1 still has an active application for %2. Reject it or record the withdrawal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2504"/>
        <source>Anonymising removes %1&apos;s name, contact details,
links, notes, attachments and free-text evidence,
and keeps the statistics: stages, dates, ratings, source.

It cannot be undone, and backups made before now
still hold the data.

Why? The reason is kept in the audit log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2512"/>
        <source>Anonymising %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2512"/>
        <source>Anonymised %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2512"/>
        <source>Cannot anonymise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2524"/>
        <location filename="../ui/mainwindow.cpp" line="2536"/>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2525"/>
        <source>Erasing deletes everything Shortlist holds about %1: the profile, every application with its stage history, interviews, scorecards and decisions, notes and attached files. The audit log keeps only that a candidate was erased.

This cannot be undone. Backups made before now still hold %1&apos;s data until they are replaced or deleted (File › Restore from Backup… lists them). To give %1 a copy first, use Export Candidate Data.

Type %1&apos;s name or %2 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2531"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2536"/>
        <source>Nothing was erased: type %1&apos;s name or %2 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2539"/>
        <source>Erasing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2539"/>
        <source>Erased everything about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2539"/>
        <source>Cannot erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2575"/>
        <source>Another program has the database open, so old copies of the data stay in the file until it closes; Shortlist clears them then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2622"/>
        <source>Old copies of the removed personal data are cleared from the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2657"/>
        <source>The retention policy last ran %1 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2658"/>
        <source>The retention policy has never been run on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2671"/>
        <source>&lt;b&gt;A retention run is due.&lt;/b&gt; %1 It would anonymise %n candidate(s) now: review them before it runs.</source>
        <translation>
            <numerusform>&lt;b&gt;A retention run is due.&lt;/b&gt; %1 It would anonymise %n candidate now: review them before it runs.</numerusform>
            <numerusform>&lt;b&gt;A retention run is due.&lt;/b&gt; %1 It would anonymise %n candidates now: review them before it runs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2675"/>
        <source>A retention run is due: Candidate › Retention Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="832"/>
        <location filename="../ui/mainwindow.cpp" line="1315"/>
        <location filename="../ui/mainwindow.cpp" line="1935"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="928"/>
        <source>Only database files can be restored from backups. Restore a PostgreSQL database on the server, with pg_restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="939"/>
        <source>Restore Another Database&apos;s Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="940"/>
        <source>%1 is a backup of another database, not of %2.

Restoring it replaces everything in %2 with that other database as of %3. Shortlist first keeps a copy of the current file next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="944"/>
        <source>Replace with the Other Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1316"/>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1338"/>
        <location filename="../ui/mainwindow.cpp" line="1349"/>
        <source>Cannot save the requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1344"/>
        <source>Cannot save the synonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1359"/>
        <source>Saved %n requirement(s) and rescored %1.</source>
        <translation>
            <numerusform>Saved %n requirement and rescored %1.</numerusform>
            <numerusform>Saved %n requirements and rescored %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1384"/>
        <location filename="../ui/mainwindow.cpp" line="1399"/>
        <location filename="../ui/mainwindow.cpp" line="1528"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1385"/>
        <source>%1 may already be in Shortlist: %2 has the same %3.

Open shows the existing candidate. Merge adds this application and any details the existing profile lacks to it. Add Separately keeps two profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1388"/>
        <location filename="../ui/mainwindow.cpp" line="1531"/>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1388"/>
        <location filename="../ui/mainwindow.cpp" line="1531"/>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1390"/>
        <location filename="../ui/mainwindow.cpp" line="1532"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1390"/>
        <source>Add Separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1400"/>
        <source>%1 has the same name and current company as %2. Add %1 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1408"/>
        <source>Cannot add the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1418"/>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1421"/>
        <source>Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1424"/>
        <source>Added, but cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1464"/>
        <source>Cannot look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1468"/>
        <source>No duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1469"/>
        <source>No other candidate has %1&apos;s email, phone, or name and current company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1474"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1475"/>
        <source>Merge Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1476"/>
        <source>Merge which profile into %1? Every application, note and scorecard is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1487"/>
        <location filename="../ui/mainwindow.cpp" line="1537"/>
        <source>Cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1490"/>
        <location filename="../ui/mainwindow.cpp" line="1540"/>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1492"/>
        <source>Merged %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1505"/>
        <source>Cannot save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1525"/>
        <source>Note: %1 has the same name and current company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1529"/>
        <source>%1 has the same %2 as %3. Merge that profile into %3 now? Undo separates them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1532"/>
        <source>Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1554"/>
        <source>Cannot move the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1572"/>
        <source>Move %1 to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1581"/>
        <location filename="../ui/mainwindow.cpp" line="1683"/>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1595"/>
        <location filename="../ui/mainwindow.cpp" line="1599"/>
        <location filename="../ui/mainwindow.cpp" line="1639"/>
        <location filename="../ui/mainwindow.cpp" line="1681"/>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1595"/>
        <location filename="../ui/mainwindow.cpp" line="1639"/>
        <source>Reason for rejecting %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1636"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1652"/>
        <source>Move %n applications</source>
        <translation>
            <numerusform>Move %n applications</numerusform>
            <numerusform>Move %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1653"/>
        <source>Move %n applications to “%1”? This is one step you can undo.</source>
        <translation>
            <numerusform>Move %n applications to “%1”? This is one step you can undo.</numerusform>
            <numerusform>Move %n applications to “%1”? This is one step you can undo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1660"/>
        <location filename="../ui/mainwindow.cpp" line="1763"/>
        <source>Over headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1661"/>
        <location filename="../ui/mainwindow.cpp" line="1764"/>
        <source>%1 has a headcount of %2 and %3 already hired. Hiring %n more goes over the headcount. Hire anyway?</source>
        <translation>
            <numerusform>%1 has a headcount of %2 and %3 already hired. Hiring %n more goes over the headcount. Hire anyway?</numerusform>
            <numerusform>%1 has a headcount of %2 and %3 already hired. Hiring %n more goes over the headcount. Hire anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1672"/>
        <source>Cannot move the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1676"/>
        <source>Nothing moved: the selection is already in “%1” or closed (reopen closed applications first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1686"/>
        <source>%1 — %n skipped (already there or closed).</source>
        <translation>
            <numerusform>%1 — %n skipped (already there or closed).</numerusform>
            <numerusform>%1 — %n skipped (already there or closed).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1722"/>
        <source>Nothing to advance: the selection is in the last stage or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1726"/>
        <source>Advance %n applications</source>
        <translation>
            <numerusform>Advance %n applications</numerusform>
            <numerusform>Advance %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1727"/>
        <source>Advance %n applications to their next stage? This is one step you can undo.</source>
        <translation>
            <numerusform>Advance %n applications to their next stage? This is one step you can undo.</numerusform>
            <numerusform>Advance %n applications to their next stage? This is one step you can undo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1740"/>
        <location filename="../ui/mainwindow.cpp" line="1746"/>
        <source>Cannot advance the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1752"/>
        <source>Advance %n application(s)</source>
        <translation>
            <numerusform>Advance %n application</numerusform>
            <numerusform>Advance %n applications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1784"/>
        <source>Cannot tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1789"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1791"/>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1791"/>
        <source>Remove a Tag from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1792"/>
        <source>Tag to add (type a new one or pick):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1792"/>
        <source>Tag to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1796"/>
        <source>Tag %n candidates</source>
        <translation>
            <numerusform>Tag %n candidates</numerusform>
            <numerusform>Tag %n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1796"/>
        <source>Untag %n candidates</source>
        <translation>
            <numerusform>Untag %n candidates</numerusform>
            <numerusform>Untag %n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1797"/>
        <source>Add “%1” to %n candidates? This is one step you can undo.</source>
        <translation>
            <numerusform>Add “%1” to %n candidates? This is one step you can undo.</numerusform>
            <numerusform>Add “%1” to %n candidates? This is one step you can undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1798"/>
        <source>Remove “%1” from %n candidates? This is one step you can undo.</source>
        <translation>
            <numerusform>Remove “%1” from %n candidates? This is one step you can undo.</numerusform>
            <numerusform>Remove “%1” from %n candidates? This is one step you can undo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1805"/>
        <source>Cannot add the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1805"/>
        <source>Cannot remove the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1808"/>
        <source>Tag %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1808"/>
        <source>Remove “%2” from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1812"/>
        <source>Nothing changed: every selected candidate already had that tag state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1820"/>
        <location filename="../ui/mainwindow.cpp" line="1834"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1821"/>
        <source>Note (saved with your name and the time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1831"/>
        <source>Cannot save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1859"/>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1860"/>
        <source>Name for the current search, filter, sort and columns (pick one to replace it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1871"/>
        <source>Replace View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1871"/>
        <source>Replace the saved view “%1” with what is shown now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1877"/>
        <source>Cannot save the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1884"/>
        <source>Saved the view “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1895"/>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1895"/>
        <source>Delete the saved view “%1”? The applications are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1900"/>
        <source>Cannot delete the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1913"/>
        <source>View “%1”: %L2 applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1930"/>
        <source>%1 candidates.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1931"/>
        <source>Export Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1931"/>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1932"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1935"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1936"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1949"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1955"/>
        <source>Exported %Ln application(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln application to %1</numerusform>
            <numerusform>Exported %Ln applications to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1972"/>
        <source>Interviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1982"/>
        <source>Cannot read the people directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1986"/>
        <location filename="../ui/mainwindow.cpp" line="1993"/>
        <source>Current Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1986"/>
        <source>The database has no people yet; add interviewers to the directory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1991"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1994"/>
        <source>Who are you? Your scorecards and “my” interviews follow this choice on this computer. Panelists do not see others&apos; scorecards before submitting their own — a courtesy that keeps ratings independent, not access control: anyone with the file can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2140"/>
        <source>Saved the interview plan of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2154"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2160"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="2166"/>
        <source>Imported %1 of %n file(s).</source>
        <translation>
            <numerusform>Imported %1 of %n file.</numerusform>
            <numerusform>Imported %1 of %n files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2250"/>
        <source>Export Everything as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2250"/>
        <location filename="../ui/mainwindow.cpp" line="2279"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2256"/>
        <source>Exporting the database as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2269"/>
        <source>Cannot export the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2274"/>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2279"/>
        <source>New Database from JSON Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2285"/>
        <source>Save the New Database As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2291"/>
        <source>%1 exists. A JSON export always becomes a new database: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2296"/>
        <source>Creating the database from the JSON export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2310"/>
        <source>Created %1 from %2: %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2409"/>
        <source>&lt;b&gt;Requirement match: %1&lt;/b&gt; of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2411"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#b35806&apos;&gt;⚑ Missing must-have: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2417"/>
        <source>%1 (weight %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2417"/>
        <source>, must-have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2420"/>
        <source>has “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2430"/>
        <source>Matched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2431"/>
        <source>Partial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2432"/>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2438"/>
        <source>Accepted another offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2438"/>
        <source>No longer looking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2438"/>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2438"/>
        <source>Personal reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="2438"/>
        <source>Did not respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1612"/>
        <location filename="../ui/mainwindow.cpp" line="1616"/>
        <location filename="../ui/mainwindow.cpp" line="1645"/>
        <location filename="../ui/mainwindow.cpp" line="1682"/>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Advance to Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="442"/>
        <source>&lt;b&gt;Saved views&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="456"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Cannot rename the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="534"/>
        <location filename="../ui/mainwindow.cpp" line="1204"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="551"/>
        <source>Interviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1612"/>
        <location filename="../ui/mainwindow.cpp" line="1645"/>
        <source>Why did %1 withdraw?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1624"/>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::Migrations</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="78"/>
        <source>Upgrading the database to version %1 failed, so it was left at version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::OpeningDialog</name>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="22"/>
        <source>New Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="31"/>
        <source>Edit Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="47"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="52"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="54"/>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="56"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="60"/>
        <source>&amp;Headcount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="62"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="67"/>
        <source>Hiring &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="71"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="74"/>
        <source>&amp;Opened on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="78"/>
        <source>Target &amp;fill date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="81"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="84"/>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="94"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="94"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/openingdialog.cpp" line="127"/>
        <source>%1 stages (%2); %3 requirements, %4 must-have; %5 competencies with four anchored levels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::OpeningListModel</name>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="63"/>
        <source>%1 — %2
Headcount %3, hired %4, %5 applications in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="79"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="80"/>
        <source>Heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="81"/>
        <source>App.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="82"/>
        <source>Scr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="83"/>
        <source>Int.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="84"/>
        <source>Off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="85"/>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="96"/>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="91"/>
        <source>Hired / headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="92"/>
        <source>Active applications in Applied stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="93"/>
        <source>Active applications in screening stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="94"/>
        <source>Active applications in interview stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/openinglistmodel.cpp" line="95"/>
        <source>Active applications at offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::PipelineView</name>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="42"/>
        <source>Search names, emails, titles, skills, tags, notes  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="47"/>
        <location filename="../ui/views/pipelineview.cpp" line="326"/>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="52"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="57"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="69"/>
        <source>Show &amp;hired, rejected and withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="79"/>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="323"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="326"/>
        <source>&amp;Filter (on)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="336"/>
        <source>No database is open.
Use File › Open Database or File › New Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="338"/>
        <source>Select an opening on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="339"/>
        <source>No openings yet.
Create one with Opening › New Opening: templates bring the stage plan, requirements and scorecard competencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="345"/>
        <source>Nothing in %1 matches the search and filter.
Press Esc to clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="347"/>
        <source>No candidates in %1 yet.
Add one with Candidate › Add Candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/pipelineview.cpp" line="349"/>
        <source>No active candidates in %1.
Add one with Candidate › Add Candidate, or tick “Show hired, rejected and withdrawn”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::PrivacyPanel</name>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="71"/>
        <source>Why you may hold the candidate&apos;s data (GDPR Art. 6). Choose one, or type it: “consent”, “legitimate interest”, “contract”, “legal obligation”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="73"/>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="78"/>
        <source>Consent given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="79"/>
        <source>Or the day the legal basis was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="81"/>
        <source>Keep until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="82"/>
        <source>The retention policy leaves the candidate alone until this day (an ongoing dispute, a promise to keep the CV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="95"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="97"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="125"/>
        <location filename="../ui/widgets/privacypanel.cpp" line="143"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="142"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="226"/>
        <source>Stored as “%1”, which is not one of the legal bases Shortlist records: choose one and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="295"/>
        <source>“%1” is not a legal basis Shortlist records; choose consent, legitimate interest, steps before a contract or legal obligation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="364"/>
        <source>&lt;b&gt;Anonymised.&lt;/b&gt; Their name, contact details, links, notes and files were removed; the statistics (stages, dates, ratings, source) remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/privacypanel.cpp" line="367"/>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ReportDialog</name>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="47"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/reportdialog.cpp" line="57"/>
        <source>Saved %1: %n page(s), %2 KB.</source>
        <translation>
            <numerusform>Saved %1: %n page, %2 KB.</numerusform>
            <numerusform>Saved %1: %n pages, %2 KB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/reportdialog.cpp" line="66"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="98"/>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="101"/>
        <location filename="../ui/dialogs/reportdialog.cpp" line="247"/>
        <source>All openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="106"/>
        <source>&amp;Opening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="109"/>
        <source>Candidate id or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="110"/>
        <source>&amp;Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="113"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="113"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="113"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="113"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="113"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="113"/>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="114"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="124"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="126"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="128"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="132"/>
        <source>&amp;Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="134"/>
        <source>&amp;Anonymise: candidates as stable codes, without names, contact details or links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="137"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="138"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="139"/>
        <source>Pa&amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="154"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="155"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="156"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="157"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="180"/>
        <source>Save Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="180"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="247"/>
        <source>Their only application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="295"/>
        <source>The period ends before it starts. Choose a “to” date on or after the “from” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="302"/>
        <source>No section is ticked. Tick at least one section to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="305"/>
        <source>Give the candidate&apos;s id or email address, or select a candidate in the window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="337"/>
        <source>Reports read the database file in the background; this database is not a local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="344"/>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="361"/>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/reportdialog.cpp" line="376"/>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/reportdialog.cpp" line="394"/>
        <source>Preview of %n page(s).</source>
        <translation>
            <numerusform>Preview of %n page.</numerusform>
            <numerusform>Preview of %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shortlist::ReportJob</name>
    <message>
        <location filename="../ui/reports/reportjob.cpp" line="22"/>
        <location filename="../ui/reports/reportjob.cpp" line="104"/>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportjob.cpp" line="63"/>
        <location filename="../ui/reports/reportjob.cpp" line="72"/>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportjob.cpp" line="84"/>
        <source>Drawing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportjob.cpp" line="96"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportjob.cpp" line="124"/>
        <source>Printing page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportjob.cpp" line="130"/>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/reportjob.cpp" line="130"/>
        <source>The printer could not start printing. Check that it is connected and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::RequirementsDialog</name>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="29"/>
        <source>Requirements — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="32"/>
        <source>The match score weighs each requirement: a candidate skill equal to the requirement or one of its keywords (after synonyms) covers it, and minimum years scale the credit. Saving rescores every application of the opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="39"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="39"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="39"/>
        <source>Must-have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="39"/>
        <source>Min. years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="39"/>
        <source>Keywords (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="39"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="47"/>
        <source>&amp;Add Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="48"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="55"/>
        <source>New requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="64"/>
        <source>&lt;b&gt;Your skill synonyms&lt;/b&gt; (all openings; added to the built-in list — “Databricks” = “spark”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="67"/>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="67"/>
        <source>Means the skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="72"/>
        <source>Add &amp;Synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="73"/>
        <source>Remove Synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="191"/>
        <source>Each synonym needs a spelling and the skill it means; fill both or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="195"/>
        <source>“%1” already means itself; remove that synonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/requirementsdialog.cpp" line="199"/>
        <source>“%1” is listed twice; keep one meaning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::RetentionDialog</name>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="68"/>
        <source>%1 (ended %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="81"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="82"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="97"/>
        <source>Retention Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="100"/>
        <source>Anonymising removes a candidate&apos;s identity — name, contact details, links, notes, attachments, free-text evidence — and keeps the statistics: stages, dates, ratings, source. Candidates with an active application, or a Keep-until date from today on, are never affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="113"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="114"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="115"/>
        <source>240 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="120"/>
        <source>No profile edit, stage move, note, interview, scorecard or decision for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="121"/>
        <source>Anonymise after no activity for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="123"/>
        <source>Every one of their applications ended, rejected or withdrawn, this long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="124"/>
        <source>Or after being rejected or withdrawing for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="125"/>
        <source>Include hired candidates (usually their file has moved to the employee record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="169"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="171"/>
        <source>&amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="173"/>
        <source>&amp;Save Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="180"/>
        <source>Saved the retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="246"/>
        <source>The policy changed: preview again to see whom it affects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="248"/>
        <source>Preview to see whom the policy would anonymise today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="256"/>
        <source>The policy has never been run on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="258"/>
        <source>Last run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="307"/>
        <source>Looking for candidates the policy applies to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="345"/>
        <source>Nobody is due: the policy would anonymise no one today. Running it records the run, so the reminder waits another %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/retentiondialog.cpp" line="348"/>
        <source>The policy would anonymise %n candidate(s) today.</source>
        <translation>
            <numerusform>The policy would anonymise %n candidate today.</numerusform>
            <numerusform>The policy would anonymise %n candidates today.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="375"/>
        <source>Nobody is due for anonymisation under this policy. Record a run now, so the reminder waits another %1 days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/retentiondialog.cpp" line="377"/>
        <source>Anonymise %n candidate(s) now?

Their names, contact details, links, notes, attachments and free-text evidence are removed for good; the statistics stay. This cannot be undone, and backups made before now still hold their data.</source>
        <translation>
            <numerusform>Anonymise %n candidate now?

Their names, contact details, links, notes, attachments and free-text evidence are removed for good; the statistics stay. This cannot be undone, and backups made before now still hold their data.</numerusform>
            <numerusform>Anonymise %n candidates now?

Their names, contact details, links, notes, attachments and free-text evidence are removed for good; the statistics stay. This cannot be undone, and backups made before now still hold their data.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="382"/>
        <source>Run the Retention Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="383"/>
        <source>Record Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/retentiondialog.cpp" line="383"/>
        <source>Anonymise %n</source>
        <translation>
            <numerusform>Anonymise %n</numerusform>
            <numerusform>Anonymise %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="389"/>
        <source>Recording the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/retentiondialog.cpp" line="389"/>
        <source>Anonymising %n candidate(s)…</source>
        <translation>
            <numerusform>Anonymising %n candidate…</numerusform>
            <numerusform>Anonymising %n candidates…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="402"/>
        <source>Nothing was anonymised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/retentiondialog.cpp" line="408"/>
        <source>Anonymised %n candidate(s) in one audited run.</source>
        <translation>
            <numerusform>Anonymised %n candidate in one audited run.</numerusform>
            <numerusform>Anonymised %n candidates in one audited run.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="410"/>
        <source>The preview listed %1: the data changed in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/retentiondialog.cpp" line="412"/>
        <source>Another program is reading the database, so old copies of the data stay in the file until it closes; Shortlist clears them then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::SavedViewModel</name>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="128"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="129"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="130"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="131"/>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="132"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="133"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="134"/>
        <source>Match score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="135"/>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="145"/>
        <source>Search: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="147"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="148"/>
        <source>Sorted by %1, ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="148"/>
        <source>Sorted by %1, descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="149"/>
        <source>Includes hired, rejected and withdrawn applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="149"/>
        <source>Active applications only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="151"/>
        <source>%n hidden column(s)</source>
        <translation>
            <numerusform>%n hidden column</numerusform>
            <numerusform>%n hidden columns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="152"/>
        <source>For this opening only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/savedviewmodel.cpp" line="152"/>
        <source>For every opening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ScheduleDialog</name>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="67"/>
        <source>Cannot schedule the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="82"/>
        <source>Reschedule Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="82"/>
        <source>Schedule Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="92"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="95"/>
        <source>&amp;Interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="114"/>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="119"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="121"/>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="124"/>
        <source>Room, address or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="125"/>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="130"/>
        <source>&lt;b&gt;Panel&lt;/b&gt; — each panelist scores the competencies checked for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="133"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="133"/>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="142"/>
        <source>Add Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="143"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="150"/>
        <source>Focus competencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="170"/>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="170"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="237"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="239"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="325"/>
        <source>The opening has no interview stage; add one under Opening › Edit Opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="327"/>
        <source>“%1” is not a time zone. Choose one from the list, for example Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="331"/>
        <source>Add at least one panelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="334"/>
        <source>Choose the interviewer in row %1 of the panel, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scheduledialog.cpp" line="336"/>
        <source>Check at least one focus competency for the interviewer in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ScorecardDialog</name>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="27"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="28"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="29"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="30"/>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="44"/>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="71"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="73"/>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="87"/>
        <source>Editing… the draft saves itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="97"/>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="102"/>
        <source>Cannot open the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="110"/>
        <source>Scorecard: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="131"/>
        <source>The draft was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="136"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="155"/>
        <source>Submitted. The scorecard is locked; use Amend to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="162"/>
        <source>Amend Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="163"/>
        <source>Why does the submitted scorecard need correcting? Every version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="173"/>
        <source>Revision %1 is a draft: correct it and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="184"/>
        <source>Revision %1, submitted %2. Locked; use Amend to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="188"/>
        <source>Draft (revision %1). Changes save themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="190"/>
        <source>Not started. Changes save themselves as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="199"/>
        <source>%1 of %2 panelists submitted. Their scorecards stay hidden until you submit yours, so your ratings are your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="206"/>
        <source>%1 of %2 panelists submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="224"/>
        <source>&lt;h3&gt;The panel&apos;s submitted scorecards&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="229"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="230"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scorecarddialog.cpp" line="230"/>
        <source>no rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ScorecardForm</name>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="30"/>
        <source>Overall recommendation (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="33"/>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="34"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="35"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="36"/>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="44"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="63"/>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 — %3 interview, %4 (%5). Scored by %6.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Rate what you observed against each level&apos;s description; mark “Not assessed” when the interview did not cover it — that is not a low rating.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="84"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="93"/>
        <source>Not assessed in this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/scorecardform.cpp" line="101"/>
        <source>Evidence: what the candidate said or did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ScorecardWindow</name>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="21"/>
        <source>Scorecard — Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="33"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="34"/>
        <source>&amp;Save and Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="37"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="45"/>
        <location filename="../ui/scorecardwindow.cpp" line="51"/>
        <source>Cannot open the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="45"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="57"/>
        <source>Scorecard for %1 — Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="58"/>
        <source>Signed. Saving again re-signs it; send the file back to the hiring manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="59"/>
        <source>Not signed yet: fill it in and choose File › Save and Sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="68"/>
        <source>Not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="73"/>
        <location filename="../ui/scorecardwindow.cpp" line="77"/>
        <source>Cannot save the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="82"/>
        <source>Saved and signed. Send %1 back to the hiring manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="94"/>
        <source>Unsaved scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/scorecardwindow.cpp" line="94"/>
        <source>Close without saving? Your answers since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="19"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="22"/>
        <source>Click a shortcut and press the new key. Single keys work wherever you are not typing text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="27"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="27"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/shortcutsdialog.cpp" line="27"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::SqlQuery</name>
    <message>
        <location filename="../models/storage/sqlquery.cpp" line="64"/>
        <source>The record was not found; it may have been deleted by another user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::StackedBarChart</name>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="265"/>
        <source>Click to list these candidates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::TimeInStageChart</name>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="96"/>
        <source>Time in stage (days; box: middle half, whiskers: 10th to 90th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="122"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::TimelineModel</name>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="80"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="79"/>
        <source>Applied to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="49"/>
        <source>strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="51"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="53"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="55"/>
        <source>strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="62"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="64"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="65"/>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="81"/>
        <source>Note by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="85"/>
        <source>Interview: %1 (%2) with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="86"/>
        <source>Interview: %1 (%2, %3) with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="88"/>
        <source>Scorecard from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="97"/>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="81"/>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="97"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::WeeklyChart</name>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="139"/>
        <source>Applications and hires per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="152"/>
        <location filename="../ui/charts/dashboardcharts.cpp" line="173"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="158"/>
        <source>%1-week average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="162"/>
        <source>Hires (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/dashboardcharts.cpp" line="176"/>
        <source>Hires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
