<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationRepository</name>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="47"/>
        <source>That stage does not belong to the opening; choose one of the opening&apos;s stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="58"/>
        <source>This candidate has already applied to this opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="83"/>
        <source>Application %1 does not exist; it may have been deleted by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="112"/>
        <source>This application was changed by someone else after you opened it, so the move was not saved. It has been reloaded: check where it stands and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="120"/>
        <source>That stage does not belong to this opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/applicationrepository.cpp" line="167"/>
        <source>The application was changed again after this move (perhaps by someone else), so the move cannot be undone. Reload and move it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkLoader</name>
    <message>
        <location filename="../models/repositories/bulkloader.cpp" line="50"/>
        <source>The database is read-only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/bulkloader.cpp" line="131"/>
        <source>The bulk load was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateRepository</name>
    <message>
        <location filename="../models/repositories/candidaterepository.cpp" line="64"/>
        <source>Candidate %1 does not exist; they may have been deleted by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/candidaterepository.cpp" line="107"/>
        <source>%1’s profile was changed by someone else after you opened it, so your edit was not saved. The profile has been reloaded: check it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/candidaterepository.cpp" line="133"/>
        <source>The candidate was changed or deleted by someone else, so they were not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>Usage: %1 [FILE]            open the Shortlist window (FILE or the last database)
       %1 demo --output FILE [--candidates N] [--seed S] [--as-of DATE]
                                  create a realistic demo database
       %1 paths --data-dir      print where Shortlist keeps its data
       %1 --help | --version

Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 failed, 2 usage error, 3 not found, 4 unreadable or unwritable file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>%1: %2
Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="42"/>
        <source>Creates a deterministic, realistic demo database: the Big Data Tech Lead opening and two other tech-lead openings, candidates with stage histories, interviews and scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="44"/>
        <location filename="../app/commandline.cpp" line="84"/>
        <location filename="../app/commandline.cpp" line="114"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="45"/>
        <source>The database to create (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="45"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>Number of candidates (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="47"/>
        <source>Random seed (default 1); the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="47"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="48"/>
        <source>The demo&apos;s &apos;today&apos; (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="48"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <source>Usage: %1 demo --output FILE [--candidates N] [--seed S] [--as-of DATE]

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="61"/>
        <source>demo takes no file arguments (unexpected “%1”); use --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="64"/>
        <source>demo needs --output FILE (the database to create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="68"/>
        <source>--candidates must be a whole number from 1 to 10000000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="71"/>
        <source>--seed must be a whole number from 0 to 4294967295, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="75"/>
        <source>--as-of must be a date like 2026-11-27, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="85"/>
        <source>Print the folder for the demo database and backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="92"/>
        <source>Usage: %1 paths --data-dir

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="96"/>
        <source>paths needs --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="115"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="123"/>
        <source>Shortlist %1 — a desktop hiring-pipeline manager.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="133"/>
        <source>unknown command “%1”.</source>
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
    <name>DemoGenerator</name>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="188"/>
        <source>The demo word lists are missing from this build of Shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="192"/>
        <source>The demo word lists are not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="245"/>
        <source>The demo word lists name a person without a valid name and role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="256"/>
        <source>The demo word lists are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="421"/>
        <source>Strong no: well below the bar on my focus areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="422"/>
        <source>Lean no: below the bar on at least one focus area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="423"/>
        <source>Lean yes: at the bar on my focus areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="424"/>
        <source>Strong yes: well above the bar; would raise the team&apos;s level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="447"/>
        <source>The opening templates are missing from this build of Shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="450"/>
        <source>Not covered in the time available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="451"/>
        <source>%1: no concrete example; answers stayed hypothetical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="452"/>
        <source>%1: some relevant experience, but thin on specifics and trade-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="453"/>
        <source>%1: clear, specific example with sound reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="454"/>
        <source>%1: exceptional depth, several examples and trade-offs explained unprompted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="486"/>
        <source>Template “%1” has no usable stage plan for demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="508"/>
        <source>Template “%1” needs at least three competencies for demo interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="951"/>
        <source>Creating the demo database was cancelled; the partly written file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1015"/>
        <source>Choose a file name for the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1017"/>
        <source>%1 already exists. The demo database is always a new file: choose another name, or move the existing file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/demo/demogenerator.cpp" line="1020"/>
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
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>  %1% (%2 of %3 candidates)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>shortlist demo: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>Created %1: %2 candidates, %3 applications, %4 stage events, %5 interviews, %6 scorecards, %7 hires in %8 s.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningRepository</name>
    <message>
        <location filename="../models/repositories/openingrepository.cpp" line="96"/>
        <location filename="../models/repositories/openingrepository.cpp" line="171"/>
        <source>Opening %1 does not exist; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/repositories/openingrepository.cpp" line="196"/>
        <source>“%1” was changed by someone else since you opened it; your edit was not saved. The opening has been reloaded: check it and edit again.</source>
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
        <location filename="../models/pipeline/pipeline.cpp" line="13"/>
        <source>Missing must-have skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="14"/>
        <source>Not enough relevant experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="15"/>
        <source>Weaker than other candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="16"/>
        <source>Did not pass the technical interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="17"/>
        <source>Leadership or communication concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="18"/>
        <source>Compensation expectations too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="19"/>
        <source>Location or right to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="20"/>
        <source>Position filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="21"/>
        <source>No response from candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="34"/>
        <source>The opening has no stages; edit its stage plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="97"/>
        <source>That stage does not belong to this opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="99"/>
        <source>Use Reject or Withdraw to move an application to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="101"/>
        <source>This application is closed (%1). Reopen it before moving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="103"/>
        <source>The application is already in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="88"/>
        <source>The application is in the last stage of the plan; there is no next stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="116"/>
        <source>Only an active application can be rejected or withdrawn; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="120"/>
        <source>The opening&apos;s stage plan has no “%1” exit; add one to its stage plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="131"/>
        <source>Choose a rejection reason; it is needed for the rejection-reason report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="147"/>
        <source>Only a rejected or withdrawn application can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/pipeline/pipeline.cpp" line="157"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="152"/>
        <source>A server database is backed up on the server (pg_dump); Save a Copy works on local files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="172"/>
        <source>Another user is changing the same records; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="174"/>
        <source>The database server&apos;s disk is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="176"/>
        <source>This server connection is read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="178"/>
        <source>The change conflicts with data already stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="179"/>
        <source>A database error occurred: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="57"/>
        <source>%1 already exists. Choose another name or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="86"/>
        <source>The database is locked by another program (perhaps a second Shortlist) that is writing to it; Shortlist waited %1 seconds. Nothing was saved. Close the other program or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="92"/>
        <source>The disk is full (or the database reached its size limit), so the change was not saved. Free some disk space and try again; your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="97"/>
        <source>The database cannot be written: the file or its folder is read-only. Open a writable copy to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="103"/>
        <source>The database file is damaged. Restore it from a backup (Shortlist keeps one before every upgrade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="108"/>
        <source>Shortlist could not read or write the database file. Check that the disk is available and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="112"/>
        <source>The change conflicts with data already stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqldialect.cpp" line="115"/>
        <source>A database error occurred: %1</source>
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
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="133"/>
        <source>%1 — %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="149"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="150"/>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="151"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="152"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="153"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/applicationtablemodel.cpp" line="154"/>
        <source>Applied</source>
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
        <location filename="../ui/commands.cpp" line="19"/>
        <source>Cannot undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.cpp" line="30"/>
        <source>Cannot redo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.cpp" line="37"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.cpp" line="58"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Shortlist databases (*.shortlist *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Cannot read applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>&amp;New Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>&amp;Edit Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>&amp;Add Candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>&amp;Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Move to &amp;Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>&amp;Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>&amp;Move to Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;About Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>About Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&lt;h3&gt;Shortlist %1&lt;/h3&gt;&lt;p&gt;A desktop hiring-pipeline manager: openings, candidates, structured interviews and pipeline metrics in one local file.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>&lt;b&gt;Openings&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>New Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Show &amp;hired, rejected and withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>No active candidates in %1.
Add one with Candidate › Add Candidate, or tick “Show hired, rejected and withdrawn”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="347"/>
        <source>%1 — Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Upgraded the database; the previous version was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Editing is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>Cannot read openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>hiring.shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="387"/>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>%1 already exists. Choose a new file name; to open the existing file use File › Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="397"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source> copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>Choose a different file from the open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="416"/>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>Saved a consistent copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>No database open — File › Open or File › New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>Candidates: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>Candidates: unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>Read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <source>Cannot read the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>No database is open.
Use File › Open Database or File › New Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>No openings yet.
Create one with Opening › New Opening: templates bring the stage plan, requirements and scorecard competencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="525"/>
        <source>Select an opening on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>No candidates in %1 yet.
Add one with Candidate › Add Candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="576"/>
        <source>&lt;b&gt;Applications&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="583"/>
        <source> at </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="588"/>
        <source>&lt;i&gt;No candidate selected&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="603"/>
        <source>Save your changes to %1&apos;s profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Cannot create the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="644"/>
        <source>Cannot save the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="661"/>
        <source>Cannot add the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="679"/>
        <source>Cannot save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="701"/>
        <source>Cannot move the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="715"/>
        <source>Move %1 to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="724"/>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <location filename="../ui/mainwindow.cpp" line="737"/>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="733"/>
        <source>Reason for rejecting %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>Accepted another offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>No longer looking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="745"/>
        <source>Personal reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="746"/>
        <source>Did not respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="747"/>
        <location filename="../ui/mainwindow.cpp" line="750"/>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="747"/>
        <source>Why did %1 withdraw?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="758"/>
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
    <name>shortlist::SqlQuery</name>
    <message>
        <location filename="../models/storage/sqlquery.cpp" line="64"/>
        <source>The record was not found; it may have been deleted by another user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortlist::TimelineModel</name>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="51"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="51"/>
        <source>Applied to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="57"/>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/timelinemodel.cpp" line="57"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
