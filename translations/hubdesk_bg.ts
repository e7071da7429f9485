<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>Attachments</name>
    <message>
        <location filename="../models/storage/attachmentrepository.cpp" line="+22"/>
        <source>“%1” is %2 MB; attachments can be at most %3 MB.</source>
        <translation>„%1“ е с размер %2 MB; прикачените файлове могат да бъдат най-много %3 MB.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../models/storage/databasecheck.cpp" line="+41"/>
        <source>%1 row %2 refers to a missing row of %3</source>
        <translation>%1, ред %2, сочи към липсващ ред в %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reference check could not run</source>
        <translation>проверката на препратките не можа да се изпълни</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>table %1 cannot be read</source>
        <translation>таблицата %1 не може да бъде прочетена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is damaged: %1</source>
        <translation>Базата данни е повредена: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File:           %1</source>
        <translation>Файл:               %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result:         not a HubDesk database HubDesk can open (exit code 2)</source>
        <translation>Резултат:           не е база данни, която HubDesk може да отвори (изходен код 2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (this HubDesk writes version %2)</source>
        <translation>%1 (тази версия на HubDesk записва версия %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; it will be upgraded when opened for writing</source>
        <translation>; ще бъде обновена при отваряне за запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Версия на схемата:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity:      %1</source>
        <translation>Цялост:             %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>ok</source>
        <translation>наред</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>References:     %1</source>
        <translation>Препратки:          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows (live, in the trash):</source>
        <translation>Редове (активни, в кошчето):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Result:         sound (exit code 0)</source>
        <translation>Резултат:           изправна (изходен код 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:         damaged (exit code 1): %1</source>
        <translation>Резултат:           повредена (изходен код 1): %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="+125"/>
        <source>hubdesk: unknown option “%1”</source>
        <translation>hubdesk: непозната опция „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hubdesk: give at most one FILE to open</source>
        <translation>hubdesk: посочете най-много един FILE за отваряне</translation>
    </message>
    <message>
        <location filename="../app/commandsupport.cpp" line="+24"/>
        <source>Run “hubdesk %1 --help” for how to use it.</source>
        <translation>Изпълнете „hubdesk %1 --help“, за да видите как се използва.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+50"/>
        <source>Writes a new HubDesk database with realistic sample data: stakeholders of every kind from Bulgaria (in Cyrillic and Latin script), Greece, Belgium and Norway, experts, three cohorts of startups, sessions, outcomes, events, travel vouchers in every status, interactions and two reporting periods.</source>
        <translation>Записва нова база данни на HubDesk с реалистични примерни данни: заинтересовани страни от всички видове от България (на кирилица и на латиница), Гърция, Белгия и Норвегия, експерти, три випуска стартъпи, сесии, резултати, събития, ваучери за пътуване във всички статуси, взаимодействия и два отчетни периода.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <location line="+45"/>
        <location filename="../app/importcommand.cpp" line="+88"/>
        <location filename="../app/backupcommand.cpp" line="+57"/>
        <location line="+60"/>
        <location filename="../app/exportcommand.cpp" line="+58"/>
        <location filename="../app/personexportcommand.cpp" line="+27"/>
        <source>The command.</source>
        <translation>Командата.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The database file to create; it must not exist.</source>
        <translation>Файлът на базата данни, който да бъде създаден; не трябва да съществува.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About N interactions (default %1); stakeholders scale with it (N/10, at least 300). 1000000 gives about 100,000 stakeholders.</source>
        <translation>Около N взаимодействия (по подразбиране %1); броят на заинтересованите страни се променя пропорционално (N/10, най-малко 300). 1000000 дава около 100 000 заинтересовани страни.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the random choices (default 2026).</source>
        <translation>Начална стойност (seed) на случайния избор (по подразбиране 2026).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give exactly one FILE to create</source>
        <translation>посочете точно един FILE за създаване</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--size must be a whole number from 1 to 20000000, not “%1”</source>
        <translation>--size трябва да е цяло число от 1 до 20000000, а не „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed must be a whole number, not “%1”</source>
        <translation>--seed трябва да е цяло число, а не „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote %1 in %2 s:</source>
        <translation>Записан е %1 за %2 s:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks a HubDesk database without writing to it: prints its schema version, the rows of each table and the result of SQLite&apos;s integrity and reference checks.

Exit codes: 0 sound, 1 damaged, 2 not a HubDesk database (or one of a newer version), 64 wrong usage.</source>
        <translation>Проверява база данни на HubDesk, без да записва в нея: извежда версията на схемата, броя на редовете във всяка таблица и резултата от проверките на SQLite за цялост и за препратки.

Изходни кодове: 0 – изправна, 1 – повредена, 2 – не е база данни на HubDesk (или е от по-нова версия), 64 – неправилна употреба.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file to check.</source>
        <translation>Файлът на базата данни, който да се провери.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one FILE to check</source>
        <translation>посочете точно един FILE за проверка</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computes a report for a reporting period or a range of dates and writes it as a PDF, an XLSX annex and/or CSV files (one per table). The database is only read.

Reports: periodic (periodic progress report), fstp (financial support to third parties: the vouchers), profile (one page per startup), timesheet (expert hours per month and startup).

Exit codes: 0 written, 1 the database could not be read or a file not written, 64 wrong usage.</source>
        <translation>Изчислява отчет за отчетен период или за интервал от дати и го записва като PDF, като приложение в XLSX и/или като CSV файлове (по един за таблица). Базата данни само се чете.

Отчети: periodic (периодичен отчет за напредъка), fstp (финансова подкрепа за трети страни: ваучерите), profile (по една страница за всеки стартъп), timesheet (часове на експертите по месеци и стартъпи).

Изходни кодове: 0 – записан, 1 – базата данни не може да бъде прочетена или файл не е записан, 64 – неправилна употреба.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>periodic, fstp, profile or timesheet.</source>
        <translation>periodic, fstp, profile или timesheet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/personexportcommand.cpp" line="+3"/>
        <source>The HubDesk database to read.</source>
        <translation>Базата данни на HubDesk, която да се прочете.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reporting period, by its name.</source>
        <translation>Отчетният период, по наименованието му.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day of the range (with --to).</source>
        <translation>Първият ден от интервала (заедно с --to).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last day of the range, included.</source>
        <translation>Последният ден от интервала, включително.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>profile: only this startup (its id); otherwise every startup active in the range.</source>
        <translation>profile: само този стартъп (по идентификатор); иначе всеки стартъп, активен в интервала.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timesheet: only this expert (the person&apos;s id).</source>
        <translation>timesheet: само този експерт (идентификатор на лицето).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the report as an A4 PDF.</source>
        <translation>Записва отчета като PDF с формат A4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write its tables as an XLSX workbook.</source>
        <translation>Записва таблиците на отчета като работна книга XLSX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one CSV file per table into this existing folder.</source>
        <translation>Записва по един CSV файл за всяка таблица в тази съществуваща папка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/exportcommand.cpp" line="+10"/>
        <source>CSV: comma (default), semicolon or tab.</source>
        <translation>CSV: comma (запетая, по подразбиране), semicolon (точка и запетая) или tab (табулация).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV: no UTF-8 byte order mark (Excel needs it to read UTF-8).</source>
        <translation>CSV: без маркер за реда на байтовете (BOM) на UTF-8 (Excel се нуждае от него, за да чете UTF-8).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name one report: periodic, fstp, profile or timesheet</source>
        <translation>посочете един отчет: periodic, fstp, profile или timesheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/importcommand.cpp" line="+38"/>
        <location filename="../app/exportcommand.cpp" line="+38"/>
        <location filename="../app/personexportcommand.cpp" line="+19"/>
        <source>--db FILE is required</source>
        <translation>опцията --db FILE е задължителна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --period NAME or --from and --to</source>
        <translation>посочете или --period NAME, или --from и --to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from and --to go together</source>
        <translation>--from и --to се използват заедно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from must be a date as YYYY-MM-DD, not “%1”</source>
        <translation>--from трябва да е дата във формат YYYY-MM-DD, а не „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to must be a date as YYYY-MM-DD, not “%1”</source>
        <translation>--to трябва да е дата във формат YYYY-MM-DD, а не „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) е преди --from (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 belongs to the %2 report only</source>
        <translation>--%1 се отнася само за отчета %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 must be a record id (a whole number from 1), not “%2”</source>
        <translation>--%1 трябва да е идентификатор на запис (цяло число от 1 нагоре), а не „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say what to write: --pdf FILE, --xlsx FILE and/or --csv DIR</source>
        <translation>посочете какво да се запише: --pdf FILE, --xlsx FILE и/или --csv DIR</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/importcommand.cpp" line="+35"/>
        <location filename="../app/exportcommand.cpp" line="+7"/>
        <source>--delimiter must be comma, semicolon or tab, not “%1”</source>
        <translation>--delimiter трябва да е comma, semicolon или tab, а не „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--csv needs an existing folder; “%1” is not one</source>
        <translation>--csv изисква съществуваща папка; „%1“ не е такава</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no startup with id %1</source>
        <translation>няма стартъп с идентификатор %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no person with id %1</source>
        <translation>няма лице с идентификатор %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2: figures in %3 s</source>
        <translation>%1, %2: данните са изчислени за %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  wrote %1 in %2 s</source>
        <translation>  записано: %1 за %2 s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 CSV files into %2</source>
        <translation>%1 CSV файла в %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Usage: hubdesk [FILE]
       hubdesk COMMAND [options]

HubDesk is a desktop CRM for innovation clusters that run startup-support hubs.

Without a command it opens the window on FILE: a HubDesk database (*.hubdesk).
Without FILE it opens the database used last, else the one in your user data folder
(%1), offering to create it with sample data or empty.

Commands (they need no display; &quot;hubdesk COMMAND --help&quot; tells more):
  demo FILE [--size N]   write a new database with realistic sample data
  check FILE             check a database without changing it (exit 0 sound,
                         1 damaged, 2 not a HubDesk database or a newer one)
  report REPORT --db FILE (--period NAME | --from DATE --to DATE)
         [--startup ID] [--expert ID] [--pdf FILE] [--xlsx FILE] [--csv DIR]
                         write the periodic, fstp, profile or timesheet report
  import organisations|people|startups|sessions|participants --db FILE INPUT
         [--mapping FILE] [--dry-run] [--rejects FILE]
                         import a CSV or XLSX file as one batch (--list, --revert)
  export WHAT --db FILE (--csv FILE | --xlsx FILE)
         [--search TEXT] [--sort FIELD[:desc]] [--columns a,b,c] [--trash]
                         write a table, or a list as a page shows it, in the
                         form import reads back
  person-export ID --db FILE (--pdf FILE | --json FILE) [--with-files]
                         everything held about one person (GDPR)
  backup FILE DEST [--overwrite]
                         write a checked copy of FILE (also while it is open)
                         to the file or folder DEST
  restore BACKUP FILE    replace FILE&apos;s content with BACKUP&apos;s, after checking it
                         and backing FILE up first

Options:
  -h, --help             show this help
  -v, --version          show the version of HubDesk, its database format, Qt and SQLite
  --screenshots DIR FILE save a picture of every page of the window on FILE into DIR
                         (for the documentation; works with QT_QPA_PLATFORM=offscreen)
</source>
        <translation>Употреба: hubdesk [FILE]
          hubdesk COMMAND [опции]

HubDesk е настолна CRM система за иновационни клъстери, които поддържат хъбове
за подкрепа на стартъпи.

Без команда програмата отваря прозореца с FILE: база данни на HubDesk (*.hubdesk).
Без FILE отваря последно използваната база данни, а ако няма такава – тази
в папката с потребителските ви данни (%1), като предлага да я създаде
с примерни данни или празна.

Команди (не изискват дисплей; „hubdesk COMMAND --help“ дава повече информация):
  demo FILE [--size N]   записва нова база данни с реалистични примерни данни
  check FILE             проверява база данни, без да я променя (изходен код
                         0 – изправна, 1 – повредена, 2 – не е база данни
                         на HubDesk или е от по-нова версия)
  report REPORT --db FILE (--period NAME | --from DATE --to DATE)
         [--startup ID] [--expert ID] [--pdf FILE] [--xlsx FILE] [--csv DIR]
                         записва отчета periodic, fstp, profile или timesheet
  import organisations|people|startups|sessions|participants --db FILE INPUT
         [--mapping FILE] [--dry-run] [--rejects FILE]
                         импортира CSV или XLSX файл като един пакет
                         (--list, --revert)
  export WHAT --db FILE (--csv FILE | --xlsx FILE)
         [--search TEXT] [--sort FIELD[:desc]] [--columns a,b,c] [--trash]
                         записва таблица или списък, както го показва
                         страница, във формата, който import прочита обратно
  person-export ID --db FILE (--pdf FILE | --json FILE) [--with-files]
                         всичко, което се съхранява за едно лице (GDPR)
  backup FILE DEST [--overwrite]
                         записва проверено копие на FILE (и докато е отворен)
                         във файла или папката DEST
  restore BACKUP FILE    заменя съдържанието на FILE с това на BACKUP, след
                         като провери BACKUP и първо създаде резервно копие
                         на FILE

Опции:
  -h, --help             показва тази помощ
  -v, --version          показва версията на HubDesk, на формата на базата
                         данни, на Qt и на SQLite
  --screenshots DIR FILE записва изображение на всяка страница от прозореца
                         с FILE в DIR (за документацията; работи с
                         QT_QPA_PLATFORM=offscreen)
</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>hubdesk: unknown command “%1”</source>
        <translation>hubdesk: непозната команда „%1“</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="-101"/>
        <source>No imports yet.</source>
        <translation>Все още няма импортирания.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (taken back)</source>
        <translation> (отменено)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imports a CSV or XLSX file into HubDesk as one batch, which can be taken back whole.

Columns are matched to fields by their header (the field&apos;s name in English or in the window&apos;s language, or its key), or by a mapping saved as JSON. Every row is checked before anything is written: with rows that have problems, nothing is written and the first problems are printed with their row and column, unless --rejects names a file for the rejected rows (then the valid rows are imported).

Exit codes: 0 imported (or a dry run without problems), 1 the file or the database failed, 2 rows with problems and nothing written, 64 wrong usage.</source>
        <translation>Импортира CSV или XLSX файл в HubDesk като един пакет, който може да бъде отменен изцяло.

Колоните се съпоставят с полетата по заглавието им (името на полето на английски или на езика на прозореца, или неговият ключ) или чрез съпоставяне, записано като JSON. Всеки ред се проверява, преди да се запише каквото и да е: ако има редове с проблеми, нищо не се записва и първите проблеми се извеждат с реда и колоната им, освен ако --rejects не посочва файл за отхвърлените редове (тогава валидните редове се импортират).

Изходни кодове: 0 – импортирано (или пробно изпълнение без проблеми), 1 – грешка във файла или в базата данни, 2 – има редове с проблеми и нищо не е записано, 64 – неправилна употреба.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>organisations, people, startups, sessions or participants.</source>
        <translation>organisations, people, startups, sessions или participants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CSV, XLSX or (for people) vCard file.</source>
        <translation>Файлът CSV, XLSX или (за хора) vCard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HubDesk database to import into.</source>
        <translation>Базата данни на HubDesk, в която да се импортира.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved mapping of columns to fields (JSON).</source>
        <translation>Записано съпоставяне на колони с полета (JSON).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check every row and write nothing.</source>
        <translation>Проверява всеки ред, без да записва нищо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the valid rows and write the others, with why, to this CSV file.</source>
        <translation>Импортира валидните редове, а останалите записва заедно с причината в този CSV файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: листът, който да се прочете (по подразбиране: първият).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV: utf-8, utf-16le, utf-16be, windows-1251 or windows-1252 (default: detected).</source>
        <translation>CSV: utf-8, utf-16le, utf-16be, windows-1251 или windows-1252 (по подразбиране: разпознава се автоматично).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV: comma, semicolon or tab (default: detected).</source>
        <translation>CSV: comma, semicolon или tab (по подразбиране: разпознава се автоматично).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skip (default): rows that duplicate a stakeholder or person already there, or an earlier row, by company ID, e-mail, website or name, are left out and listed; merge: the record already there gets the row&apos;s values for its empty fields; create: imported anyway.</source>
        <translation>skip (по подразбиране): редовете, които дублират вече съществуваща заинтересована страна или лице или по-ранен ред по фирмен идентификатор, имейл, уебсайт или име, се пропускат и се извеждат в списък; merge: съществуващият запис получава стойностите от реда за празните си полета; create: редовете се импортират въпреки това.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the imports made into the database.</source>
        <translation>Извежда списък на импортиранията в базата данни.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take back the import BATCH (as --list shows it).</source>
        <translation>Отменя импортирането BATCH (както го показва --list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --revert: also when records of the import were changed since.</source>
        <translation>С --revert: дори ако записи от импортирането са променени след това.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give what to import (organisations, people, startups, sessions or participants) and one INPUT file</source>
        <translation>посочете какво да се импортира (organisations, people, startups, sessions или participants) и един файл INPUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a file</source>
        <translation>„%1“ не е файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--list and --revert take no other arguments</source>
        <translation>--list и --revert не приемат други аргументи</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--encoding must be utf-8, utf-16le, utf-16be, windows-1251 or windows-1252, not “%1”</source>
        <translation>--encoding трябва да е utf-8, utf-16le, utf-16be, windows-1251 или windows-1252, а не „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import %1 taken back.</source>
        <translation>Импортирането %1 е отменено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vCard file holds people: import it with “hubdesk import people”</source>
        <translation>файлът vCard съдържа хора: импортирайте го с „hubdesk import people“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the mapping is for %1, not for %2</source>
        <translation>съпоставянето е за %1, а не за %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” holds no rows.</source>
        <translation>„%1“ не съдържа редове.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>hubdesk import: the columns of “%1” do not fill the fields:</source>
        <translation>hubdesk import: колоните на „%1“ не покриват полетата:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns found: %1</source>
        <translation>Открити колони: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--duplicates must be skip, merge or create, not “%1”</source>
        <translation>--duplicates трябва да е skip, merge или create, а не „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up to %1.</source>
        <translation>Създадено е резервно копие в %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the automatic backup failed: %1</source>
        <translation>автоматичното резервно копие не беше създадено: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 rows read (%3 blank skipped), %4 valid, %5 duplicates skipped, %6 merged, %7 with problems, in %8 s.</source>
        <translation>%1: прочетени редове: %2 (пропуснати празни: %3), валидни: %4, пропуснати дубликати: %5, обединени: %6, с проблеми: %7, за %8 s.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… and %1 more duplicates.</source>
        <translation>… и още дубликати: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and %1 more problems.</source>
        <translation>… и още проблеми: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: nothing was written.</source>
        <translation>Пробно изпълнение: нищо не е записано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: no valid row is new. The %1 rejected rows, with why, are in %2.</source>
        <translation>Нищо не е импортирано: няма нови валидни редове. Отхвърлените редове (%1) заедно с причините са в %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported: fix the rows above, or give --rejects FILE to import the valid rows.</source>
        <translation>Нищо не е импортирано: поправете редовете по-горе или посочете --rejects FILE, за да импортирате валидните редове.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: no row is new.</source>
        <translation>Нищо не е импортирано: няма нови редове.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 records created and %2 merged as import %3; take it back with: hubdesk import --db FILE --revert %3</source>
        <translation>Създадени записи: %1, обединени: %2, като импортиране %3; отменете го с: hubdesk import --db FILE --revert %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 rejected rows, with why, are in %2.</source>
        <translation>Отхвърлените редове (%1) заедно с причините са в %2.</translation>
    </message>
    <message>
        <location filename="../app/exportcommand.cpp" line="-64"/>
        <source>Writes every live record of one kind to a CSV or XLSX file that `hubdesk import` reads back without loss: a header of field names, enumerations as their names, dates as YYYY-MM-DD, amounts as 1234.50, several values joined by &quot;; &quot;, links by the linked record&apos;s name. Text that a spreadsheet would run as a formula gets a leading apostrophe. --search, --sort, --trash and --columns write a list as a page of the window shows it; &quot;label&quot; stands for the fields a record&apos;s name is made of. The database is only read.

Exit codes: 0 written, 1 the database or the file failed, 64 wrong usage.</source>
        <translation>Записва всички активни записи от един вид в CSV или XLSX файл, който `hubdesk import` прочита обратно без загуби: заглавен ред с имената на полетата, изброимите стойности като имена, датите като YYYY-MM-DD, сумите като 1234.50, няколко стойности, съединени с &quot;; &quot;, връзките чрез името на свързания запис. Текст, който електронна таблица би изпълнила като формула, получава апостроф в началото. --search, --sort, --trash и --columns записват списък така, както го показва страница от прозореца; „label“ означава полетата, от които се образува името на записа. Базата данни само се чете.

Изходни кодове: 0 – записан, 1 – грешка в базата данни или във файла, 64 – неправилна употреба.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The HubDesk database.</source>
        <translation>Базата данни на HubDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a CSV file.</source>
        <translation>Записва CSV файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an XLSX file.</source>
        <translation>Записва XLSX файл.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV: no UTF-8 byte order mark.</source>
        <translation>CSV: без маркер за реда на байтовете (BOM) на UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the records with every word of TEXT, as a page&apos;s search finds them.</source>
        <translation>Само записите, които съдържат всички думи от TEXT, както ги намира търсенето в страница.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the order of FIELD (a field name, or label); :desc for the reverse.</source>
        <translation>Подредени по FIELD (име на поле или label); :desc за обратен ред.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these fields, in this order (field names, or label).</source>
        <translation>Само тези полета, в този ред (имена на полета или label).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The records in the trash instead of the live ones.</source>
        <translation>Записите в кошчето вместо активните.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name what to export: %1</source>
        <translation>посочете какво да се експортира: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --csv FILE or --xlsx FILE</source>
        <translation>посочете или --csv FILE, или --xlsx FILE</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--columns needs field names, such as %1</source>
        <translation>--columns изисква имена на полета, например %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--columns: %1 Fields: label, %2</source>
        <translation>--columns: %1 Полета: label, %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--sort: “%1” is neither asc nor desc</source>
        <translation>--sort: „%1“ не е нито asc, нито desc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sort: a %1 has no field “%2” to sort by. Fields: label, %3</source>
        <translation>--sort: записите от вида „%1“ нямат поле „%2“, по което да се сортира. Полета: label, %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote %1 %2 to %3 in %4 s.</source>
        <translation>Записани са %1 %2 в %3 за %4 s.</translation>
    </message>
    <message>
        <location filename="../app/backupcommand.cpp" line="-68"/>
        <source>Writes a consistent copy of a HubDesk database with SQLite&apos;s backup API, also while HubDesk has it open. The copy is written to a temporary file, checked (integrity, application id), synced and only then given its name, readable by its owner only.

DEST is a file, or a folder: then the copy is named after FILE and the time (UTC).

Exit codes: 0 written, 1 not written (the disk, the folder, DEST exists), 2 FILE is not a HubDesk database (or a newer or damaged one), 64 wrong usage.</source>
        <translation>Записва цялостно копие на база данни на HubDesk чрез функциите на SQLite за резервно копиране, включително докато базата данни е отворена в HubDesk. Копието се записва във временен файл, проверява се (цялост, идентификатор на приложението), синхронизира се с диска и едва тогава получава името си; то е достъпно за четене само от собственика си.

DEST е файл или папка: в последния случай копието се наименува по FILE и часа (UTC).

Изходни кодове: 0 – записано, 1 – не е записано (дискът, папката, DEST вече съществува), 2 – FILE не е база данни на HubDesk (или е от по-нова версия, или е повредена), 64 – неправилна употреба.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database to back up.</source>
        <translation>Базата данни, от която да се създаде резервно копие.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup file to write, or a folder for it.</source>
        <translation>Файлът за резервното копие или папка за него.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace DEST when it is an existing file.</source>
        <translation>Заменя DEST, ако това е съществуващ файл.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the FILE to back up and the DEST to write</source>
        <translation>посочете FILE, от който да се създаде резервно копие, и DEST, където да се запише</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>“%1” does not exist</source>
        <translation>„%1“ не съществува</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Give --overwrite to replace it.</source>
        <translation>Посочете --overwrite, за да го замените.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up %1 to %2 (%3 bytes) in %4 s.</source>
        <translation>Създадено е резервно копие на %1 в %2 (%3 байта) за %4 s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replaces the content of a HubDesk database with a backup&apos;s. The backup is checked first (integrity, application id, not of a newer HubDesk); when FILE exists, its content is backed up first into its automatic backups (the command says where), then replaced in one transaction: on any failure FILE stays as it was. When FILE does not exist, it is made from the backup.

Exit codes: 0 restored, 1 failed (FILE unchanged), 2 BACKUP is not a whole HubDesk database, 64 wrong usage.</source>
        <translation>Заменя съдържанието на база данни на HubDesk със съдържанието на резервно копие. Първо резервното копие се проверява (цялост, идентификатор на приложението, да не е от по-нова версия на HubDesk); ако FILE съществува, първо се създава резервно копие на съдържанието му сред автоматичните му резервни копия (командата съобщава къде), след което то се заменя в една транзакция: при каквато и да е грешка FILE остава непроменен. Ако FILE не съществува, той се създава от резервното копие.

Изходни кодове: 0 – възстановено, 1 – неуспешно (FILE е непроменен), 2 – BACKUP не е цялостна база данни на HubDesk, 64 – неправилна употреба.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup to restore.</source>
        <translation>Резервното копие, от което да се възстанови.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database to restore into.</source>
        <translation>Базата данни, в която да се възстанови.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the BACKUP to restore and the FILE to restore into</source>
        <translation>посочете BACKUP, от което да се възстанови, и FILE, в който да се възстанови</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is a folder; give the database file</source>
        <translation>„%1“ е папка; посочете файла с базата данни</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The content of %1 before the restore is backed up in %2.</source>
        <translation>Резервно копие на съдържанието на %1 отпреди възстановяването е записано в %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored %1 from %2 in %3 s: %4.</source>
        <translation>%1 е възстановен от %2 за %3 s: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made %1 from %2 in %3 s: %4.</source>
        <translation>%1 е създаден от %2 за %3 s: %4.</translation>
    </message>
    <message>
        <location filename="../app/personexportcommand.cpp" line="-28"/>
        <source>Writes everything the database holds about one person (the record, consents, sessions, events, interactions, vouchers, attachments, trash, merge and import bookkeeping, and the audit log) as an A4 PDF to read or as JSON to hand over. The database is only read.

Exit codes: 0 written, 1 the database, the person or the file failed, 64 wrong usage.</source>
        <translation>Записва всичко, което базата данни съдържа за едно лице (записа, съгласията, сесиите, събитията, взаимодействията, ваучерите, прикачените файлове, кошчето, данните за обединяване и импортиране и одитния журнал), като PDF с формат A4 за четене или като JSON за предоставяне. Базата данни само се чете.

Изходни кодове: 0 – записано, 1 – грешка в базата данни, в лицето или във файла, 64 – неправилна употреба.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person&apos;s record id.</source>
        <translation>Идентификаторът на записа на лицето.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an A4 PDF.</source>
        <translation>Записва PDF с формат A4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write JSON.</source>
        <translation>Записва JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON: put the attached files in too (Base64).</source>
        <translation>JSON: включва и прикачените файлове (Base64).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>name one person by their record id (a whole number from 1)</source>
        <translation>посочете едно лице чрез идентификатора на записа му (цяло число от 1 нагоре)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --pdf FILE or --json FILE</source>
        <translation>посочете или --pdf FILE, или --json FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--with-files belongs to --json</source>
        <translation>--with-files се използва само с --json</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--json needs a file name ending in .json</source>
        <translation>--json изисква име на файл, завършващо на .json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--pdf needs a file name that does not end in .json</source>
        <translation>--pdf изисква име на файл, което не завършва на .json</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../models/storage/consentrepository.cpp" line="+24"/>
        <source>The consent “%1” was changed by someone else (version %2 is stored, you saw version %3). Nothing was changed.</source>
        <translation>Съгласието „%1“ е променено от друг потребител (съхранена е версия %2, а вие видяхте версия %3). Нищо не е променено.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The consent “%1” was withdrawn already, on %2.</source>
        <translation>Съгласието „%1“ вече е оттеглено на %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A consent cannot be withdrawn before the day it was given (%1).</source>
        <translation>Съгласие не може да бъде оттеглено преди деня, в който е дадено (%1).</translation>
    </message>
    <message>
        <location filename="../ui/recordform.cpp" line="+28"/>
        <source>Newsletter and event invitations</source>
        <translation>Бюлетин и покани за събития</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing in the expert database and sharing the profile with startups</source>
        <translation>Включване в базата данни с експерти и споделяне на профила със стартъпи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and video at events</source>
        <translation>Снимки и видео на събития</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing contact details with programme partners</source>
        <translation>Споделяне на данните за контакт с партньорите по програмата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Уеб формуляр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed paper form</source>
        <translation>Подписан хартиен формуляр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to an e-mail</source>
        <translation>Отговор на имейл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business card at an event</source>
        <translation>Визитка, оставена на събитие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told staff, noted by them</source>
        <translation>Устно пред служител, който го е отбелязал</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+48"/>
        <source>a ZIP archive (for example an .xlsx or .docx file)</source>
        <translation>ZIP архив (например файл .xlsx или .docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PNG image</source>
        <translation>PNG изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JPEG image</source>
        <translation>JPEG изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an old Microsoft Office file (.xls or .doc)</source>
        <translation>файл от стара версия на Microsoft Office (.xls или .doc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite file with a damaged header</source>
        <translation>SQLite файл с повредена заглавна част</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a text file</source>
        <translation>текстов файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a file of unknown kind</source>
        <translation>файл от неизвестен вид</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Qt&apos;s SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).</source>
        <translation>Драйверът за SQLite на Qt не е инсталиран (в Debian: пакетът libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ не можа да се отвори: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Qt&apos;s SQLite driver uses another SQLite (%1) than HubDesk (%2): this installation is broken. Reinstall HubDesk.</source>
        <translation>Драйверът на Qt за SQLite използва друга версия на SQLite (%1), различна от тази на HubDesk (%2): инсталацията е повредена. Инсталирайте HubDesk отново.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ не съществува.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a folder, not a database file.</source>
        <translation>„%1“ е папка, а не файл с база данни.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be read (no permission, or a disk error).</source>
        <translation>„%1“ не може да се прочете (няма права за достъп или има грешка на диска).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is empty (0 bytes), so it is not a HubDesk database. It was left untouched.</source>
        <translation>„%1“ е празен (0 байта), затова не е база данни на HubDesk. Файлът не е променян.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a HubDesk database: it looks like %2. It was left untouched.</source>
        <translation>„%1“ не е база данни на HubDesk: прилича на %2. Файлът не е променян.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is truncated: it has %2 bytes but its header says %3. It was left untouched; restore it from a backup.</source>
        <translation>„%1“ е непълен: има %2 байта, а според заглавната му част трябва да са %3. Файлът не е променян; възстановете го от резервно копие.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is truncated: its %2 bytes are not a whole number of %3-byte pages. It was left untouched; restore it from a backup.</source>
        <translation>„%1“ е непълен: неговите %2 байта не са цял брой страници по %3 байта. Файлът не е променян; възстановете го от резервно копие.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is an SQLite database of another application (application id 0x%2), not a HubDesk database. It was left untouched.</source>
        <translation>„%1“ е SQLite база данни на друго приложение (идентификатор на приложението 0x%2), а не база данни на HubDesk. Файлът не е променян.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” cannot be opened: it was not closed properly, and its last changes (in “%2”) can only be read where HubDesk may create files, but its folder is read-only. Copy the file together with “%2” to a writable folder and open the copy.</source>
        <translation>„%1“ не може да се отвори: не е бил затворен правилно, а последните му промени (в „%2“) могат да бъдат прочетени само там, където HubDesk може да създава файлове, но папката му е само за четене. Копирайте файла заедно с „%2“ в папка с права за запис и отворете копието.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is locked by another program. Try again when it is done.</source>
        <translation>„%1“ е заключен от друга програма. Опитайте отново, когато тя приключи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is damaged (%2). It was left untouched; restore it from a backup.</source>
        <translation>„%1“ е повреден (%2). Файлът не е променян; възстановете го от резервно копие.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a HubDesk database (%2). It was left untouched.</source>
        <translation>„%1“ не е база данни на HubDesk (%2). Файлът не е променян.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is an SQLite database, but not one made by HubDesk. It was left untouched.</source>
        <translation>„%1“ е SQLite база данни, но не е създадена от HubDesk. Файлът не е променян.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” was saved by a newer HubDesk (database version %2; this HubDesk knows up to %3). Update HubDesk to open it. The file was left untouched.</source>
        <translation>„%1“ е записан от по-нова версия на HubDesk (версия на базата данни %2; тази версия на HubDesk поддържа до %3). Обновете HubDesk, за да го отворите. Файлът не е променян.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is damaged: the integrity check found %2. It was left untouched; restore it from a backup.</source>
        <translation>„%1“ е повреден: проверката за цялост откри: %2. Файлът не е променян; възстановете го от резервно копие.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opened read-only, as asked</source>
        <translation>при отварянето е избран режим само за четене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is read-only</source>
        <translation>файлът е само за четене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder is read-only</source>
        <translation>папката на файла е само за четене</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was made by an older HubDesk and must be upgraded to version %2, but %3. Copy it to a writable place and open the copy.</source>
        <translation>„%1“ е създаден от по-стара версия на HubDesk и трябва да бъде обновен до версия %2, но %3. Копирайте го на място с права за запис и отворете копието.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” could not be upgraded to the current version: %2 The file stays as it was before the failed step.</source>
        <translation>„%1“ не можа да бъде обновен до текущата версия: %2 Файлът остава такъв, какъвто беше преди неуспешната стъпка.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” already exists; HubDesk will not overwrite it.</source>
        <translation>„%1“ вече съществува; HubDesk няма да го презапише.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>“%1” could not be created: %2</source>
        <translation>„%1“ не можа да се създаде: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>memory</source>
        <translation>база данни в паметта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file name was given.</source>
        <translation>Не е зададено име на файл.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An in-memory database has no second connection.</source>
        <translation>База данни в паметта не може да има втора връзка.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” was deleted, moved or replaced while HubDesk had it open. HubDesk no longer saves changes to it, because they would be lost when it closes; nothing was changed. Save a copy of the open database to keep everything in it, and open that copy.</source>
        <translation>„%1“ е изтрит, преместен или заменен, докато е бил отворен в HubDesk. HubDesk вече не записва промени в него, защото те биха се загубили при затварянето му; нищо не е променено. Запазете копие на отворената база данни, за да съхраните всичко в нея, и отворете това копие.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is open read-only (%1): nothing can be changed.</source>
        <translation>Базата данни е отворена само за четене (%1): нищо не може да бъде променено.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../models/demo/demodata.cpp" line="+1199"/>
        <source>Demo data goes into a new, empty database only; this one already has %1 stakeholders.</source>
        <translation>Демонстрационните данни могат да се запишат само в нова, празна база данни; тази вече съдържа %1 заинтересовани страни.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <location filename="../models/domain/entityinfo.cpp" line="+21"/>
        <source>Stakeholder</source>
        <translation>Заинтересована страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholders</source>
        <translation>Заинтересовани страни</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and experts</source>
        <translation>Хора и експерти</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Startup</source>
        <translation>Стартъп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startups</source>
        <translation>Стартъпи</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Progress entry</source>
        <translation>Запис за напредък</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress history</source>
        <translation>История на напредъка</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mentoring session</source>
        <translation>Менторска сесия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring sessions</source>
        <translation>Менторски сесии</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participations</source>
        <translation>Участия</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Travel voucher</source>
        <translation>Ваучер за пътуване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel vouchers</source>
        <translation>Ваучери за пътуване</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Voucher status change</source>
        <translation>Промяна на статуса на ваучер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher status history</source>
        <translation>История на статусите на ваучерите</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Attachment</source>
        <translation>Прикачен файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reporting period</source>
        <translation>Отчетен период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting periods</source>
        <translation>Отчетни периоди</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Consent</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../models/domain/enums.cpp" line="+38"/>
        <source>organisation kind</source>
        <translation>вид организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corporation</source>
        <translation>Корпорация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public organisation</source>
        <translation>Публична организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investor / funding institution</source>
        <translation>Инвеститор / финансираща институция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator / incubator</source>
        <translation>Акселератор / инкубатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start-up / scale-up</source>
        <translation>Стартъп / скейлъп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University / R&amp;D organisation</source>
        <translation>Университет / научноизследователска организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media company</source>
        <translation>Медийна компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press agency</source>
        <translation>Информационна агенция</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>engagement level</source>
        <translation>степен на ангажираност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped</source>
        <translation>Картографирана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>Осъществен контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged</source>
        <translation>Ангажирана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Партньор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ecosystem role</source>
        <translation>роля в екосистемата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education &amp; research synergy</source>
        <translation>Синергия между образование и научни изследвания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public support</source>
        <translation>Публична подкрепа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing</source>
        <translation>Финансиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multinational presence</source>
        <translation>Мултинационално присъствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobility of people</source>
        <translation>Мобилност на хора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global reach</source>
        <translation>Глобален обхват</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert role</source>
        <translation>роля на експерт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Ментор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultant</source>
        <translation>Консултант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>Обучител</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach</source>
        <translation>Коуч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>startup status</source>
        <translation>статус на стартъп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <translation>Избран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alumni</source>
        <translation>Завършил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Оттеглил се</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>startup stage</source>
        <translation>етап на стартъп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prototype</source>
        <translation>Прототип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MVP</source>
        <translation>MVP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First clients</source>
        <translation>Първи клиенти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracts signed</source>
        <translation>Подписани договори</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Investment raised</source>
        <translation>Привлечена инвестиция</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Scaling</source>
        <translation>Мащабиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media challenge</source>
        <translation>медийно предизвикателство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misinformation and fake news</source>
        <translation>Дезинформация и фалшиви новини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility and inclusion</source>
        <translation>Достъпност и приобщаване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human-machine interaction</source>
        <translation>Взаимодействие човек – машина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection of personal data</source>
        <translation>Защита на личните данни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-driven media 4.0</source>
        <translation>Медии 4.0, базирани на данни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome type</source>
        <translation>вид резултат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client contract signed</source>
        <translation>Подписан договор с клиент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilot</source>
        <translation>Пилотен проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public procurement won</source>
        <translation>Спечелена обществена поръчка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New market entered</source>
        <translation>Навлизане на нов пазар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching for upscaling</source>
        <translation>Коучинг за разрастване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft-landing to new markets</source>
        <translation>Меко навлизане на нови пазари</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product-market fit</source>
        <translation>Съответствие между продукт и пазар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Правни въпроси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitching readiness</source>
        <translation>Готовност за представяне пред инвеститори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fundraising</source>
        <translation>Набиране на финансиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product development</source>
        <translation>Разработване на продукт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic management</source>
        <translation>Стратегическо управление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internationalisation</source>
        <translation>Интернационализация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UX and design</source>
        <translation>UX и дизайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matchmaking with media and creative corporations</source>
        <translation>Свързване с медийни и творчески корпорации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public-procurement support</source>
        <translation>Подкрепа за обществени поръчки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Investor meeting</source>
        <translation>Среща с инвеститори</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>session format</source>
        <translation>формат на сесия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation>На място</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session status</source>
        <translation>статус на сесия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Планирана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Проведена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event type</source>
        <translation>вид събитие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deeptech on stage</source>
        <translation>Deeptech на сцената</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matchmaking meeting</source>
        <translation>Среща за свързване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International conference</source>
        <translation>Международна конференция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking</source>
        <translation>Нетуъркинг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participation role</source>
        <translation>роля на участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitching startup</source>
        <translation>Представящ се стартъп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investor</source>
        <translation>Инвеститор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jury</source>
        <translation>Жури</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Лектор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendee</source>
        <translation>Посетител</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket winner</source>
        <translation>Спечелил билет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voucher status</source>
        <translation>статус на ваучер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Заявен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Предявен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Изплатен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отхвърлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>voucher status</comment>
        <translation>Анулиран</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interaction type</source>
        <translation>вид взаимодействие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../models/domain/entityinfo.cpp" line="-328"/>
        <location line="+167"/>
        <location line="+148"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Legal name</source>
        <translation>Юридическо наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Ангажираност</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ecosystem roles</source>
        <translation>Роли в екосистемата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectors and tags</source>
        <translation>Сектори и етикети</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <location line="+132"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+29"/>
        <location line="+132"/>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Company ID</source>
        <translation>Фирмен идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Номер по ДДС</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <location line="+125"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+34"/>
        <location line="+32"/>
        <location line="+43"/>
        <location line="+51"/>
        <location line="+20"/>
        <location line="+38"/>
        <location line="+46"/>
        <location line="+36"/>
        <location line="+20"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>First name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <location line="+128"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Мобилен телефон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert or mentor</source>
        <translation>Експерт или ментор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert roles</source>
        <translation>Експертни роли</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expertise areas</source>
        <translation>Области на експертиза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day rate</source>
        <translation>Дневна ставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour rate</source>
        <translation>Часова ставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Разполагаемост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biography</source>
        <translation>Биография</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Call / cohort</source>
        <translation>Покана / випуск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Хъб</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+81"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+31"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>TRL</source>
        <translation>TRL</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Media challenge</source>
        <translation>Медийно предизвикателство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technologies</source>
        <translation>Технологии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team size</source>
        <translation>Размер на екипа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female founders</source>
        <translation>Основатели – жени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male founders</source>
        <translation>Основатели – мъже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other founders</source>
        <translation>Други основатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied on</source>
        <translation>Дата на кандидатстване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>Дата на присъединяване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Дата на напускане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitch</source>
        <translation>Кратко представяне</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <location line="+23"/>
        <location line="+72"/>
        <source>Startup</source>
        <translation>Стартъп</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+19"/>
        <location line="+24"/>
        <location line="+115"/>
        <location line="+21"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+49"/>
        <location line="+111"/>
        <location line="+20"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart organisation</source>
        <translation>Организация контрагент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market country</source>
        <translation>Държава на пазара</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Expert</source>
        <translation>Експерт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration</source>
        <translation>Продължителност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed actions</source>
        <translation>Договорени действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date</source>
        <translation>Дата за последващи действия</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+147"/>
        <source>Starts on</source>
        <translation>Начална дата</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+147"/>
        <source>Ends on</source>
        <translation>Крайна дата</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Venue</source>
        <translation>Място на провеждане</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+83"/>
        <location line="+54"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traveller</source>
        <translation>Пътуващ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Purpose</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Destination city</source>
        <translation>Целеви град</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination country</source>
        <translation>Целева държава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel from</source>
        <translation>Пътуване от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel to</source>
        <translation>Пътуване до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested on</source>
        <translation>Дата на заявяване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount requested</source>
        <translation>Заявена сума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount approved</source>
        <translation>Одобрена сума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved on</source>
        <translation>Дата на одобрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount claimed</source>
        <translation>Предявена сума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed on</source>
        <translation>Дата на предявяване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Изплатена сума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Дата на плащане</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipts received</source>
        <translation>Получени разходни документи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason to claim without receipts</source>
        <translation>Причина за предявяване без разходни документи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for rejection or cancellation</source>
        <translation>Причина за отхвърляне или анулиране</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From status</source>
        <translation>От статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To status</source>
        <translation>Към статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Променено от</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stakeholder</source>
        <translation>Заинтересована страна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff member</source>
        <translation>Служител</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attached to (kind)</source>
        <translation>Прикачен към (вид)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to (record)</source>
        <translation>Прикачен към (запис)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Име на файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Given on</source>
        <translation>Дата на даване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was given</source>
        <translation>Начин на даване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>Дата на оттегляне</translation>
    </message>
</context>
<context>
    <name>FindDuplicatesDialog</name>
    <message>
        <location filename="../ui/findduplicatesdialog.cpp" line="+61"/>
        <source>Undo merge</source>
        <translation>Отмяна на обединяването</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redo merge</source>
        <translation>Повторно обединяване</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../models/io/csvreader.cpp" line="+240"/>
        <location filename="../models/io/xlsxpackage.cpp" line="+165"/>
        <location line="+26"/>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ не може да се отвори: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The file is not open for reading.</source>
        <translation>Файлът не е отворен за четене.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>a quoted field opened here is never closed</source>
        <translation>поле в кавички, започващо тук, не е затворено</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the row is longer than %1 characters; the file may not be a CSV file</source>
        <translation>редът е по-дълъг от %1 знака; файлът може би не е CSV файл</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a field starting here is longer than %1 characters; perhaps a quote is not closed</source>
        <translation>поле, започващо тук, е по-дълго от %1 знака; вероятно има незатворени кавички</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>line %1: %2</source>
        <translation>ред %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2: %3</source>
        <translation>%1, ред %2: %3</translation>
    </message>
    <message>
        <location filename="../models/io/importer.cpp" line="+57"/>
        <source>Row %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1, %2: %3</source>
        <translation>Ред %1, %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (row %2 of this file)</source>
        <translation>%1 (ред %2 от този файл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (record %2)</source>
        <translation>%1 (запис %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: created although it looks like %2, by %3</source>
        <translation>Ред %1: създаден, въпреки че прилича на %2 (съвпадение по %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: skipped: it is %2, by %3</source>
        <translation>Ред %1: пропуснат – това е %2 (съвпадение по %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row %1: nothing new for %2, found by %3</source>
        <translation>Ред %1: няма нищо ново за %2 (съвпадение по %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1: merged into %2, found by %3: %4</source>
        <translation>Ред %1: обединен с %2 (съвпадение по %3): %4</translation>
    </message>
    <message>
        <location filename="../models/io/textdecoder.cpp" line="+123"/>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <location filename="../models/io/xlsxpackage.cpp" line="-166"/>
        <location filename="../models/io/xlsxpart.cpp" line="+111"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../models/io/xlsxpart.cpp" line="-87"/>
        <source>the workbook is protected with a password; open it in Excel, remove the password, save and import again</source>
        <translation>работната книга е защитена с парола; отворете я в Excel, премахнете паролата, запазете я и я импортирайте отново</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is an old Excel .xls; save it as .xlsx or .csv and import that</source>
        <translation>файлът е в стария формат .xls на Excel; запазете го като .xlsx или .csv и импортирайте новия файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is a web page (HTML) named .xlsx, as some web sites export tables; open it in a spreadsheet, save it as .xlsx or .csv and import that</source>
        <translation>файлът е уеб страница (HTML) с разширение .xlsx – така някои уебсайтове експортират таблици; отворете го в програма за електронни таблици, запазете го като .xlsx или .csv и импортирайте новия файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is an Excel 2003 XML spreadsheet; save it as .xlsx or .csv and import that</source>
        <translation>файлът е XML електронна таблица на Excel 2003; запазете го като .xlsx или .csv и импортирайте новия файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is a CSV text file named .xlsx; import it as CSV</source>
        <translation>файлът е текстов CSV файл с разширение .xlsx; импортирайте го като CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is not an Excel workbook (.xlsx files are zip archives, this one is not)</source>
        <translation>файлът не е работна книга на Excel (файловете .xlsx са ZIP архиви, а този не е)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is a Word document, not an Excel workbook</source>
        <translation>файлът е документ на Word, а не работна книга на Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is a PowerPoint presentation, not an Excel workbook</source>
        <translation>файлът е презентация на PowerPoint, а не работна книга на Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is an OpenDocument file (.ods); save it as .xlsx or .csv and import that</source>
        <translation>файлът е във формат OpenDocument (.ods); запазете го като .xlsx или .csv и импортирайте новия файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is a zip archive but not an Excel workbook (it has no workbook part)</source>
        <translation>файлът е ZIP архив, но не е работна книга на Excel (няма част „workbook“)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the file is empty</source>
        <translation>файлът е празен</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is damaged or incomplete: it starts as an .xlsx (zip) file but its end is missing or broken</source>
        <translation>файлът е повреден или непълен: започва като файл .xlsx (ZIP), но краят му липсва или е повреден</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the workbook has no worksheets</source>
        <translation>работната книга няма работни листове</translation>
    </message>
    <message>
        <location filename="../models/io/xlsxpart.cpp" line="-8"/>
        <source>the workbook has no part %1</source>
        <translation>работната книга няма част %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the part %1 cannot be read: %2</source>
        <translation>частта %1 не може да се прочете: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the part %1 cannot be read (the file is damaged): %2</source>
        <translation>частта %1 не може да се прочете (файлът е повреден): %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the part %1 is empty</source>
        <translation>частта %1 е празна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the part %1 is damaged: %2 at line %3</source>
        <translation>частта %1 е повредена: %2 на ред %3</translation>
    </message>
    <message>
        <location filename="../models/io/xlsxreader.cpp" line="+160"/>
        <source>%1: the workbook has no sheet “%2”; its sheets are: %3</source>
        <translation>%1: работната книга няма лист „%2“; листовете ѝ са: %3</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>%1: a row has a wrong number “%2” (rows go from 1 to %3)</source>
        <translation>%1: ред с грешен номер „%2“ (редовете са номерирани от 1 до %3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: row %2 has a cell with a wrong reference “%3”</source>
        <translation>%1: ред %2 съдържа клетка с грешна препратка „%3“</translation>
    </message>
    <message>
        <location filename="../models/io/vcardreader.cpp" line="+408"/>
        <source>The vCard file is not open for reading.</source>
        <translation>Файлът vCard не е отворен за четене.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the vCard file “%1”: %2</source>
        <translation>Файлът vCard „%1“ не може да се отвори: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The vCard file could not be read after line %1: %2</source>
        <translation>Файлът vCard не можа да бъде прочетен след ред %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vCard file is in UTF-16. Save it as UTF-8 (or export it again) and import that file.</source>
        <translation>Файлът vCard е в кодировка UTF-16. Запазете го в UTF-8 (или го експортирайте отново) и импортирайте новия файл.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This card has no END:VCARD before the next card begins on line %1; it was skipped.</source>
        <translation>Тази визитка няма END:VCARD преди началото на следващата визитка на ред %1; тя е пропусната.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>END:VCARD without a BEGIN:VCARD before it; the line was ignored.</source>
        <translation>END:VCARD без предхождащ BEGIN:VCARD; редът е пренебрегнат.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Text outside any card (BEGIN:VCARD … END:VCARD) was ignored.</source>
        <translation>Текстът извън визитките (BEGIN:VCARD … END:VCARD) е пренебрегнат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A line longer than %1 MB; the card on line %2 was skipped.</source>
        <translation>Ред, по-дълъг от %1 MB; визитката на ред %2 е пропусната.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a property (name:value); the card on line %2 was skipped.</source>
        <translation>„%1“ не е свойство (име:стойност); визитката на ред %2 е пропусната.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown character set “%1”; text in it was read as UTF-8 (here and in any later card).</source>
        <translation>Неизвестна кодировка „%1“; текстът в нея е прочетен като UTF-8 (тук и във всички следващи визитки).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This card has no END:VCARD (the file ends first); it was skipped.</source>
        <translation>Тази визитка няма END:VCARD (файлът свършва преди това); тя е пропусната.</translation>
    </message>
</context>
<context>
    <name>Participations</name>
    <message>
        <location filename="../models/storage/participationrepository.cpp" line="+31"/>
        <source>already registered for this event in this role</source>
        <translation>вече има регистрация за това събитие в тази роля</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message numerus="yes">
        <location filename="../models/storage/personrepository.cpp" line="+26"/>
        <source>this person delivered %n mentoring session(s) and must stay marked as an expert</source>
        <translation>
            <numerusform>това лице е провело %n менторска сесия и трябва да остане отбелязано като експерт</numerusform>
            <numerusform>това лице е провело %n менторски сесии и трябва да остане отбелязано като експерт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was erased: the record is kept only so that the reports stay the same, and cannot be changed.</source>
        <translation>Лицето „%1“ е заличено: записът се пази само за да останат отчетите непроменени, и не може да бъде променян.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../models/storage/reportingperiodrepository.cpp" line="+28"/>
        <source>a reporting period named “%1” already exists</source>
        <translation>вече съществува отчетен период с наименование „%1“</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../models/domain/problem.cpp" line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2: %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/launcher.cpp" line="+33"/>
        <source>HubDesk databases (*.hubdesk);;All files (*)</source>
        <translation>Бази данни на HubDesk (*.hubdesk);;Всички файлове (*)</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <location filename="../ui/recordtext.cpp" line="+16"/>
        <location line="+23"/>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <location filename="../ui/relations.cpp" line="+17"/>
        <location line="+13"/>
        <source>People</source>
        <translation>Хора</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+7"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions as expert</source>
        <translation>Сесии като експерт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Travel vouchers</source>
        <translation>Ваучери за пътуване</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Sessions</source>
        <translation>Сесии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers</source>
        <translation>Ваучери</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status history</source>
        <translation>История на статуса</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="+24"/>
        <source>There is no reporting period named “%1”.</source>
        <translation>Няма отчетен период с име „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A report needs a start and an end date.</source>
        <translation>За отчета са нужни начална и крайна дата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>Крайната дата (%1) е преди началната (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dates must be between %1 and %2.</source>
        <translation>Датите трябва да са между %1 и %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant agreement</source>
        <translation>Грантово споразумение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub</source>
        <translation>Хъб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/reports/pdfreportwriter.cpp" line="+273"/>
        <source>Generated</source>
        <translation>Изготвен на</translation>
    </message>
    <message>
        <location filename="../models/reports/csvreportwriter.cpp" line="+170"/>
        <location filename="../models/reports/xlsxreportwriter.cpp" line="+49"/>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ не можа да се запише: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” cannot separate CSV fields: use a comma, a semicolon or a tab.</source>
        <translation>„%1“ не може да разделя полета в CSV: използвайте запетая, точка и запетая или табулация.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write the table “%1”: %2</source>
        <translation>Таблицата „%1“ не можа да се запише: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not write the CSV files: the folder “%1” does not exist.</source>
        <translation>CSV файловете не можаха да се запишат: папката „%1“ не съществува.</translation>
    </message>
    <message>
        <location filename="../models/reports/xlsxreportwriter.cpp" line="+380"/>
        <source>… [cut: the text is longer than a cell holds]</source>
        <translation>… [съкратено: текстът е по-дълъг, отколкото побира една клетка]</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Sheets</source>
        <translation>Листове</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the table “%1”: %2</source>
        <translation>таблицата „%1“: %2</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>About</source>
        <translation>Относно</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table %1</source>
        <translation>Таблица %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the folder “%1” does not exist.</source>
        <translation>папката „%1“ не съществува.</translation>
    </message>
    <message>
        <location filename="../models/reports/chartpainter.cpp" line="+37"/>
        <source>No data</source>
        <translation>Няма данни</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other</source>
        <translation>Други</translation>
    </message>
    <message>
        <location filename="../models/reports/pdfreportwriter.cpp" line="-204"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 от %2</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Continued, part %1 of %2</source>
        <translation>Продължение, част %1 от %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (continued, part %2 of %3)</source>
        <translation>%1 (продължение, част %2 от %3)</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Generated %1</source>
        <translation>Изготвен на %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The report cannot be written to “%1”: the folder “%2” does not exist.</source>
        <translation>Отчетът не може да се запише в „%1“: папката „%2“ не съществува.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report cannot be written to “%1”: it is a folder.</source>
        <translation>Отчетът не може да се запише в „%1“: това е папка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>The report cannot be written to “%1”: %2.</source>
        <translation>Отчетът не може да се запише в „%1“: %2.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The report cannot be written to “%1”: the PDF could not be made.</source>
        <translation>Отчетът не може да се запише в „%1“: PDF файлът не можа да бъде създаден.</translation>
    </message>
    <message>
        <location filename="../models/reports/reportformat.cpp" line="+88"/>
        <source>%1 h</source>
        <translation>%1 ч.</translation>
    </message>
    <message>
        <location filename="../models/reports/reportrequest.cpp" line="+40"/>
        <source>Periodic progress report</source>
        <translation>Периодичен отчет за напредъка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial support to third parties (travel vouchers)</source>
        <translation>Финансова подкрепа за трети страни (ваучери за пътуване)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Startup profile</source>
        <translation>Профил на стартъп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert timesheet</source>
        <translation>График на часовете на експерт</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../models/storage/rowinserter.cpp" line="+86"/>
        <source>“%1” is not a valid record identity (UUID).</source>
        <translation>„%1“ не е валиден идентификатор на запис (UUID).</translation>
    </message>
    <message>
        <location filename="../models/storage/repository.cpp" line="+87"/>
        <source>the %1 #%2 does not exist</source>
        <translation>не съществува %1 №%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is in the trash; restore it first</source>
        <translation>„%1“ е в кошчето; първо възстановете записа</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This %1 has not been saved yet.</source>
        <translation>Този запис (%1) още не е запазен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This %1 was moved to the trash; restore it before changing it.</source>
        <translation>Този запис (%1) е преместен в кошчето; възстановете го, преди да го променяте.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This %1 was changed by someone else (version %2 is stored, you edited version %3). Nothing was overwritten.</source>
        <translation>Този запис (%1) е променен от друг потребител (съхранена е версия %2, а вие редактирахте версия %3). Нищо не е презаписано.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This %1 was changed by someone else while saving. Nothing was overwritten.</source>
        <translation>Този запис (%1) е променен от друг потребител по време на запазването. Нищо не е презаписано.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The %1 %2 does not exist (it may have been deleted).</source>
        <translation>Не съществува %1 %2 (възможно е записът да е изтрит).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown column “%1” for %2.</source>
        <translation>Неизвестна колона „%1“ за %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a list field.</source>
        <translation>„%1“ не е поле от тип списък.</translation>
    </message>
    <message>
        <location filename="../models/storage/valuelists.cpp" line="+20"/>
        <source>“%1” has no list of values.</source>
        <translation>„%1“ няма списък със стойности.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../models/domain/companyid.cpp" line="+77"/>
        <source>a Bulgarian UIC/EIK has digits only, not “%1”</source>
        <translation>българският ЕИК съдържа само цифри, а „%1“ съдържа и други знаци</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Bulgarian UIC/EIK has 9 or 13 digits; “%1” has %2</source>
        <translation>българският ЕИК има 9 или 13 цифри, а „%1“ има %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (a leading zero may have been lost)</source>
        <translation> (може би е изгубена водеща нула)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” fails the UIC/EIK check: its 9th digit should be %2</source>
        <translation>„%1“ не преминава проверката на ЕИК: деветата цифра трябва да е %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” fails the UIC/EIK check: its 13th digit should be %2</source>
        <translation>„%1“ не преминава проверката на ЕИК: тринадесетата цифра трябва да е %2</translation>
    </message>
    <message>
        <location filename="../models/domain/voucherworkflow.cpp" line="+66"/>
        <source>the voucher is already %1</source>
        <translation>ваучерът вече е %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1 voucher is final and cannot become %2</source>
        <translation>%1 ваучер е в окончателно състояние и не може да стане %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a %1 voucher cannot become %2 directly (it can become: %3)</source>
        <translation>%1 ваучер не може да стане направо %2 (може да стане: %3)</translation>
    </message>
    <message>
        <location filename="../models/domain/rules.cpp" line="+61"/>
        <source>an approved voucher needs the amount approved</source>
        <translation>одобреният ваучер трябва да има одобрена сума</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an approved voucher needs the date of approval</source>
        <translation>одобреният ваучер трябва да има дата на одобрение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a voucher that is only requested cannot have an amount approved yet</source>
        <translation>ваучер, който е само заявен, още не може да има одобрена сума</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a claimed voucher needs the amount claimed</source>
        <translation>предявеният ваучер трябва да има предявена сума</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a claimed voucher needs the date of the claim</source>
        <translation>предявеният ваучер трябва да има дата на предявяване</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a claim needs the receipts, or a reason to accept it without them</source>
        <translation>предявяването изисква разходни документи или причина да бъде прието без тях</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a paid voucher needs the amount paid</source>
        <translation>изплатеният ваучер трябва да има изплатена сума</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a paid voucher needs the date of payment</source>
        <translation>изплатеният ваучер трябва да има дата на плащане</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing can be paid before the voucher is marked paid</source>
        <translation>нищо не може да бъде изплатено, преди ваучерът да е отбелязан като изплатен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rejected or cancelled voucher needs the reason</source>
        <translation>отхвърленият или анулираният ваучер трябва да има посочена причина</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing can be paid without an approved amount</source>
        <translation>нищо не може да бъде изплатено без одобрена сума</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount paid (%1) is more than the amount approved (%2)</source>
        <translation>изплатената сума (%1) е по-голяма от одобрената (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the amount approved (%1) is more than the amount requested (%2)</source>
        <translation>одобрената сума (%1) е по-голяма от заявената (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is not an e-mail address (expected name@domain.tld)</source>
        <translation>„%1“ не е имейл адрес (очаква се name@domain.tld)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a web address (expected example.com or https://example.com/…)</source>
        <translation>„%1“ не е уеб адрес (очаква се example.com или https://example.com/…)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” is not a phone number (expected digits, spaces and an optional leading +)</source>
        <translation>„%1“ не е телефонен номер (очакват се цифри, интервали и незадължителен знак + в началото)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an ISO 3166 country code (expected two capital letters such as BG)</source>
        <translation>„%1“ не е код на държава по ISO 3166 (очакват се две главни латински букви, например BG)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a company ID</source>
        <translation>„%1“ не е идентификационен номер на фирма</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a company ID has letters and digits only, not “%1”</source>
        <translation>идентификационният номер на фирма съдържа само букви и цифри, а „%1“ съдържа и други знаци</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a valid date</source>
        <translation>не е валидна дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside the years %2–%3</source>
        <translation>%1 е извън годините %2–%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required</source>
        <translation>задължително поле</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1 characters long; a one-line field holds at most %2 (long text belongs in the notes)</source>
        <translation>дължина: %1 знака; едноредовото поле побира най-много %2 (дълъг текст се въвежда в бележките)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a known %2 (expected one of: %3)</source>
        <translation>„%1“ не е позната стойност за „%2“ (очаква се една от: %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a known %2 (expected some of: %3)</source>
        <translation>„%1“ не е позната стойност за „%2“ (очакват се някои от: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>has an empty entry</source>
        <translation>съдържа празен елемент</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not an amount</source>
        <translation>„%1“ не е парична сума</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be negative</source>
        <translation>стойността не може да е отрицателна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is larger than any amount HubDesk accepts</source>
        <translation>сумата е по-голяма от максимално допустимата в HubDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ не е цяло число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not name a record</source>
        <translation>не сочи към запис</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between %1 and %2, not %3</source>
        <translation>трябва да е между %1 и %2, а не %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least %1, not %2</source>
        <translation>трябва да е поне %1, а не %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is before %2 (%3)</source>
        <translation>%1 е преди датата в поле „%2“ (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a person needs a first name or a last name</source>
        <translation>лицето трябва да има собствено или фамилно име</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a session in the future cannot have been held yet</source>
        <translation>сесия с бъдеща дата не може вече да е проведена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a participation needs an organisation, a person or both</source>
        <translation>участието изисква организация, лице или и двете</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a kind of record</source>
        <translation>„%1“ не е вид запис</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../ui/screenshots.cpp" line="+67"/>
        <source>Cannot make the folder %1.</source>
        <translation>Папката %1 не може да бъде създадена.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <location line="+24"/>
        <source>Cannot write %1.</source>
        <translation>Файлът %1 не може да бъде записан.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../models/storage/sessionrepository.cpp" line="+42"/>
        <source>“%1” is not marked as an expert or mentor</source>
        <translation>лицето „%1“ не е отбелязано като експерт или ментор</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../models/storage/settingsrepository.cpp" line="+43"/>
        <source>Hub</source>
        <translation>Хъб</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme name</source>
        <translation>Наименование на програмата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant agreement number</source>
        <translation>Номер на споразумението за безвъзмездна помощ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher cap per startup</source>
        <translation>Таван за ваучери на стартъп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme voucher budget</source>
        <translation>Бюджет на програмата за ваучери</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review people inactive for (years)</source>
        <translation>Преглед на лица без активност от (години)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a setting of HubDesk.</source>
        <translation>„%1“ не е настройка на HubDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: “%2” is not an ISO 4217 currency code (such as EUR or BGN).</source>
        <translation>%1: „%2“ не е код на валута по ISO 4217 (например EUR или BGN).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not a number of years from 1 to 100.</source>
        <translation>%1: „%2“ не е брой години от 1 до 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” is not an amount in cents of zero or more.</source>
        <translation>%1: „%2“ не е сума в центове (стотинки), равна на нула или повече.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be %2: vouchers already commit %3.</source>
        <translation>%1 не може да бъде %2: ваучерите вече ангажират %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be %2: the vouchers of “%3” already commit %4.</source>
        <translation>%1 не може да бъде %2: ваучерите на „%3“ вече ангажират %4.</translation>
    </message>
</context>
<context>
    <name>Startups</name>
    <message>
        <location filename="../models/storage/startuprepository.cpp" line="+39"/>
        <source>“%1” is a stakeholder of kind “%2”; only a start-up / scale-up can join the programme (change its kind first)</source>
        <translation>„%1“ е заинтересована страна от вид „%2“; само стартъп / скейлъп може да се присъедини към програмата (първо променете вида ѝ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this organisation is already in the programme (startup #%1)</source>
        <translation>тази организация вече участва в програмата (стартъп #%1)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../models/storage/migrations.cpp" line="+126"/>
        <source>Migration %1 (%2) is missing from the program.</source>
        <translation>Миграция %1 (%2) липсва в програмата.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Миграция %1 (%2) е неуспешна: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The upgrade to version %1 would leave a broken reference in %2.</source>
        <translation>Обновяването до версия %1 би оставило невалидна препратка в %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="+32"/>
        <source>The vouchers of this startup would exceed the voucher cap per startup.</source>
        <translation>Ваучерите на този стартъп биха надхвърлили тавана за ваучери на стартъп.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vouchers would exceed the programme&apos;s voucher budget.</source>
        <translation>Ваучерите биха надхвърлили бюджета за ваучери на програмата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change of voucher status is not allowed by the voucher workflow.</source>
        <translation>Тази промяна на статуса на ваучера не е разрешена от работния процес за ваучерите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record this attachment belongs to does not exist.</source>
        <translation>Записът, към който принадлежи този прикачен файл, не съществува.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This person was erased: their personal data cannot be entered again.</source>
        <translation>Това лице е заличено: личните му данни не могат да бъдат въведени отново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record of an erasure cannot be changed or deleted.</source>
        <translation>Записът за заличаване не може да бъде променян или изтриван.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log cannot be changed or deleted.</source>
        <translation>Журналът за одит не може да бъде променян или изтриван.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database file</source>
        <translation>Файлът с базата данни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+18"/>
        <location line="+98"/>
        <source>the disk is full</source>
        <translation>дискът е пълен</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+19"/>
        <source>the disk quota is used up</source>
        <translation>дисковата квота е изчерпана</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+20"/>
        <source>the file size limit was reached (the system lets no file grow larger)</source>
        <translation>е достигнат максималният размер на файл (системата не позволява файлът да стане по-голям)</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>the disk has become read-only</source>
        <translation>дискът е станал достъпен само за четене</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>the disk reported an input/output error</source>
        <translation>дискът съобщи за грешка при вход/изход</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>another program (or another HubDesk window)</source>
        <translation>друга програма (или друг прозорец на HubDesk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is busy: %2 has kept it locked for longer than HubDesk waits, so this step was not done and nothing was changed. Try again when the other program is done.</source>
        <translation>%1 е зает: %2 го държи заключен по-дълго, отколкото HubDesk изчаква, затова тази стъпка не е изпълнена и нищо не е променено. Опитайте отново, когато другата програма приключи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be written (it or its folder is read-only): nothing was saved. (%2)</source>
        <translation>%1 не може да бъде записан (той или папката му е само за четене): нищо не е запазено. (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>%1 could not be written because %2. Nothing was saved by this step and the file is as it was before. Make room and try again.</source>
        <translation>%1 не можа да бъде записан, защото %2. При тази стъпка нищо не е запазено и файлът е такъв, какъвто беше преди. Освободете място и опитайте отново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be written or read: %2. Nothing was saved by this step; what was saved before is kept. (%3)</source>
        <translation>%1 не можа да бъде записан или прочетен: %2. При тази стъпка нищо не е запазено; запазеното преди това е съхранено. (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a disk error</source>
        <translation>грешка на диска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 or a file SQLite keeps beside it (-wal, -shm) could not be opened (it was moved or deleted, or its folder cannot be written): nothing was saved by this step. (%2)</source>
        <translation>%1 или файл, който SQLite поддържа до него (-wal, -shm), не можа да бъде отворен (преместен е или изтрит, или в папката му не може да се записва): при тази стъпка нищо не е запазено. (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is damaged. (%1)</source>
        <translation>Файлът с базата данни е повреден. (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A linked record does not exist, or other records still depend on this one. (%1)</source>
        <translation>Свързан запис не съществува или други записи все още зависят от този. (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A record with this value already exists. (%1)</source>
        <translation>Вече има запис с тази стойност. (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused the value. (%1)</source>
        <translation>Базата данни отхвърли стойността. (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database statement failed: %1</source>
        <translation>Неуспешна заявка към базата данни: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/searchindex.cpp" line="+132"/>
        <source>The search index can only be paused inside a transaction.</source>
        <translation>Индексът за търсене може да бъде спрян временно само в рамките на транзакция.</translation>
    </message>
    <message>
        <location filename="../models/storage/secondaryindexes.cpp" line="+23"/>
        <source>Indexes can be paused only inside a write transaction.</source>
        <translation>Индексите могат да бъдат спрени временно само в рамките на транзакция за запис.</translation>
    </message>
    <message>
        <location filename="../models/storage/lockholder.cpp" line="+70"/>
        <source>another program</source>
        <translation>друга програма</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (process %2)</source>
        <translation>%1 (процес %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2, user %3)</source>
        <translation>%1 (процес %2, потребител %3)</translation>
    </message>
</context>
<context>
    <name>ThirdPartyLibraries</name>
    <message>
        <location filename="../models/domain/thirdpartylibraries.cpp" line="+16"/>
        <source>the window, printing, the database connection and the translations</source>
        <translation>прозореца, печата, връзката с базата данни и преводите</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the charts on the dashboard and in reports</source>
        <translation>диаграмите в таблото и в отчетите</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file</source>
        <translation>файла с базата данни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>writing Excel workbooks</source>
        <translation>записване на работни книги на Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading Excel workbooks</source>
        <translation>четене на работни книги на Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compression inside workbooks, used by the two above</source>
        <translation>компресиране в работните книги, използвано от горните две библиотеки</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <location filename="../models/storage/trash.cpp" line="+82"/>
        <source>A %1 cannot be deleted on its own.</source>
        <translation>Запис от вида „%1“ не може да бъде изтрит самостоятелно.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The %1 #%2 does not exist.</source>
        <translation>Не съществува %1 №%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is already in the trash.</source>
        <translation>„%1“ вече е в кошчето.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Voucher “%1” is %2: it must stay in the records for the grant report. Cancel or reject it instead of deleting it.</source>
        <translation>Ваучер „%1“ е %2: той трябва да остане в записите за отчета по проекта. Анулирайте го или го отхвърлете, вместо да го изтривате.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 %2 (for example “%3”)</source>
        <translation>%1 %2 (например „%3“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be deleted: %2 still refer to it and must stay for the reports.</source>
        <translation>„%1“ не може да се изтрие: към този запис все още сочат %2, а те трябва да останат за отчетите.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+67"/>
        <source>This item is no longer in the trash.</source>
        <translation>Този елемент вече не е в кошчето.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>“%1” cannot be restored before “%2”, which it belongs to: restore that first.</source>
        <translation>„%1“ не може да се възстанови преди записа, към който принадлежи („%2“): първо възстановете този запис.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The trash names an unknown kind of record.</source>
        <translation>Кошчето съдържа неизвестен вид запис.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” cannot be removed for good: other records (some perhaps in the trash) still refer to it.</source>
        <translation>„%1“ не може да се премахне окончателно: други записи (някои може би в кошчето) все още сочат към този запис.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../ui/recordcommands.cpp" line="+35"/>
        <source>Create “%1”</source>
        <translation>Създаване на „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit “%1”</source>
        <translation>Редактиране на „%1“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This %1 was changed again after this edit (by you or by someone else), so the edit can no longer be undone.</source>
        <translation>Този запис (%1) е променен отново след тази редакция (от вас или от някой друг), затова редакцията вече не може да бъде отменена.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete “%1”</source>
        <translation>Изтриване на „%1“</translation>
    </message>
</context>
<context>
    <name>Vouchers</name>
    <message>
        <location filename="../models/storage/voucherrepository.cpp" line="+93"/>
        <source>No voucher cap per startup is set, so no voucher can be approved. Set it in Settings → Programme first.</source>
        <translation>Не е зададен таван за ваучери на стартъп, затова не може да бъде одобрен нито един ваучер. Първо го задайте в Настройки → Програма.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No programme voucher budget is set, so no voucher can be approved. Set it in Settings → Programme first.</source>
        <translation>Не е зададен бюджет за ваучери на програмата, затова не може да бъде одобрен нито един ваучер. Първо го задайте в Настройки → Програма.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 for “%2” would exceed the voucher cap per startup: it already has %3 of %4, so %5 remain.</source>
        <translation>Сумата %1 за „%2“ би надхвърлила тавана за ваучери на стартъп: стартъпът вече има %3 от %4, така че остават %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 would exceed the programme voucher budget: vouchers already commit %2 of %3, so %4 remain.</source>
        <translation>Сумата %1 би надхвърлила бюджета за ваучери на програмата: ваучерите вече ангажират %2 от %3, така че остават %4.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of a voucher changes only through its workflow (Approve, Mark claimed, Mark paid, Reject, Cancel), not by editing.</source>
        <translation>Полето „%1“ на ваучер се променя само чрез работния процес (Одобри, Отбележи като предявен, Отбележи като изплатен, Отхвърли, Анулирай), а не чрез редактиране.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An approved voucher cannot move to another startup; cancel it and make a new one.</source>
        <translation>Одобрен ваучер не може да бъде прехвърлен към друг стартъп; анулирайте го и създайте нов.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Voucher “%1” was changed by someone else (now %2); reload it and try again.</source>
        <translation>Ваучер „%1“ е променен от друг потребител (сега е %2); заредете го отново и опитайте пак.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voucher “%1”: %2.</source>
        <translation>Ваучер „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>hubdesk::AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="+27"/>
        <source>About HubDesk</source>
        <translation>За HubDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HubDesk logo</source>
        <translation>Лого на HubDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubDesk %1</source>
        <translation>HubDesk %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A desktop CRM for innovation clusters that run startup-support hubs.
Database version %1.

HubDesk is free software: you can redistribute it and change it under the terms of the GNU General Public License, version 3 or (at your choice) any later version (%2). It comes with no warranty.</source>
        <translation>Настолна CRM система за иновационни клъстери, които поддържат хъбове за подкрепа на стартъпи.
Версия на базата данни: %1.

HubDesk е свободен софтуер: можете да го разпространявате и променяте при условията на GNU General Public License, версия 3 или (по ваш избор) всяка по-нова версия (%2). Предоставя се без никаква гаранция.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built on these libraries:</source>
        <translation>Изграден с тези библиотеки:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Libraries HubDesk is built on</source>
        <translation>Библиотеки, с които е изграден HubDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Лиценз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used for</source>
        <translation>Използва се за</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Licence text…</source>
        <translation>&amp;Текст на лиценза…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Licence text</source>
        <translation>Текст на лиценза</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The licence text is not in this build (%1). It is the GNU General Public License, version 3: https://www.gnu.org/licenses/gpl-3.0.html</source>
        <translation>Текстът на лиценза не е включен в тази компилация (%1). Лицензът е GNU General Public License, версия 3: https://www.gnu.org/licenses/gpl-3.0.html</translation>
    </message>
</context>
<context>
    <name>hubdesk::AddParticipantsDialog</name>
    <message>
        <location filename="../ui/addparticipantsdialog.cpp" line="+28"/>
        <source>Add participants to “%1”</source>
        <translation>Добавяне на участници в „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search stakeholders and people…</source>
        <translation>Търсене на заинтересовани страни и хора…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search stakeholders and people</source>
        <translation>Търсене на заинтересовани страни и хора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholders and people to add</source>
        <translation>Заинтересовани страни и хора за добавяне</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роля:</translation>
    </message>
</context>
<context>
    <name>hubdesk::BackupActions</name>
    <message>
        <location filename="../ui/backupactions.cpp" line="+54"/>
        <source>&amp;Back up now…</source>
        <translation>Създай &amp;резервно копие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a checked copy of this database to a file of your choice</source>
        <translation>Записва проверено копие на тази база данни във файл по ваш избор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Възстанови от резервно &amp;копие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the content of this database with a backup&apos;s, after a preview</source>
        <translation>Заменя съдържанието на тази база данни със съдържанието на резервно копие след предварителен преглед</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+57"/>
        <source>Backing up %1 (%2)…</source>
        <translation>Създаване на резервно копие на %1 (%2)…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Backing up %1 (%2): %3%</source>
        <translation>Създаване на резервно копие на %1 (%2): %3%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up %1 (%2): checking the copy…</source>
        <translation>Създаване на резервно копие на %1 (%2): проверка на копието…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>Backed up (%1) to %2.</source>
        <translation>Създадено е резервно копие (%1) в %2.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+48"/>
        <location line="+129"/>
        <source>Automatic backup failed</source>
        <translation>Неуспешно автоматично резервно копиране</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+48"/>
        <source>The automatic backup (%1) failed. %2</source>
        <translation>Автоматичното резервно копие (%1) не беше създадено. %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Checking the copy…</source>
        <translation>Проверка на копието…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Back up %1</source>
        <translation>Резервно копие на %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubDesk databases (*.hubdesk)</source>
        <translation>Бази данни на HubDesk (*.hubdesk)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up to %1…</source>
        <translation>Създаване на резервно копие в %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backup failed</source>
        <translation>Неуспешно резервно копиране</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1.</source>
        <translation>Създадено е резервно копие в %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restoring %1 from %2…
(The current content is backed up first.)</source>
        <translation>Възстановяване на %1 от %2…
(Първо се създава резервно копие на текущото съдържание.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore failed</source>
        <translation>Неуспешно възстановяване</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored from %1. The content before is kept in %2.</source>
        <translation>Възстановено от %1. Предишното съдържание е запазено в %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The automatic backup around the import failed. %1</source>
        <translation>Автоматичното резервно копиране преди и след импортирането беше неуспешно. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up before and after the import to %1.</source>
        <translation>Създадени са резервни копия преди и след импортирането в %1.</translation>
    </message>
</context>
<context>
    <name>hubdesk::BackupRestore</name>
    <message>
        <location filename="../models/storage/backuprestore.cpp" line="+66"/>
        <source>A file cannot be restored from itself (“%1”).</source>
        <translation>Файл не може да бъде възстановен от самия себе си („%1“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be restored: %2</source>
        <translation>„%1“ не може да се използва за възстановяване: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” cannot be restored into: %2 Move it aside and restore into its name: the backup then makes a new file.</source>
        <translation>Не може да се възстанови в „%1“: %2 Преместете файла на друго място и възстановете под неговото име: тогава от резервното копие ще бъде създаден нов файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be restored into: %2.</source>
        <translation>Не може да се възстанови в „%1“: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restore did not start, because the current content of “%1” could not be backed up first. %2 If the file is damaged, move it aside and restore into its name: the backup then makes a new file.</source>
        <translation>Възстановяването не започна, защото първо не можа да се създаде резервно копие на текущото съдържание на „%1“. %2 Ако файлът е повреден, преместете го на друго място и възстановете под неговото име: тогава от резервното копие ще бъде създаден нов файл.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” could not be brought to this version of HubDesk: %2</source>
        <translation>„%1“ не можа да бъде обновен до тази версия на HubDesk: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The restore of “%1” failed: %2. The file was left as it was.</source>
        <translation>Възстановяването на „%1“ е неуспешно: %2. Файлът е оставен непроменен.</translation>
    </message>
</context>
<context>
    <name>hubdesk::BackupStore</name>
    <message>
        <location filename="../models/storage/backupstore.cpp" line="+107"/>
        <source>The backup folder “%1” could not be made.</source>
        <translation>Папката за резервни копия „%1“ не можа да бъде създадена.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>on opening</source>
        <translation>при отваряне</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on closing</source>
        <translation>при затваряне</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an import</source>
        <translation>преди импортиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after an import</source>
        <translation>след импортиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before merging</source>
        <translation>преди обединяване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after merging</source>
        <translation>след обединяване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>преди възстановяване</translation>
    </message>
</context>
<context>
    <name>hubdesk::BackupWriter</name>
    <message>
        <location filename="../models/storage/backupwriter.cpp" line="+137"/>
        <source>the disk is full</source>
        <translation>дискът е пълен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported an error (%1)</source>
        <translation>дискът съобщи за грешка (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it cannot be written (%1)</source>
        <translation>файлът не може да бъде записан (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be opened (%1)</source>
        <translation>файлът не може да бъде отворен (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is locked by another program</source>
        <translation>файлът е заключен от друга програма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is not enough memory</source>
        <translation>няма достатъчно памет</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The backup to “%1” failed: %2. Nothing was written there.</source>
        <translation>Създаването на резервно копие в „%1“ е неуспешно: %2. Там не е записано нищо.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database to back up is not open.</source>
        <translation>Базата данни, от която да се създаде резервно копие, не е отворена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file name was given for the backup.</source>
        <translation>Не е зададено име на файл за резервното копие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder; give the backup a file name.</source>
        <translation>„%1“ е папка; задайте име на файл за резервното копие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” already exists; HubDesk does not overwrite it.</source>
        <translation>„%1“ вече съществува; HubDesk не го презаписва.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup cannot replace the database it is made of (“%1”).</source>
        <translation>Резервното копие не може да замени базата данни, от която е създадено („%1“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder “%1” does not exist</source>
        <translation>папката „%1“ не съществува</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the folder “%1” cannot be written (%2)</source>
        <translation>в папката „%1“ не може да се записва (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no temporary file could be made in “%1”</source>
        <translation>в „%1“ не можа да бъде създаден временен файл</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” could not be read for the backup: %2.</source>
        <translation>„%1“ не можа да бъде прочетен за резервното копие: %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The backup to “%1” was cancelled; nothing was written there.</source>
        <translation>Създаването на резервно копие в „%1“ е отменено; там не е записано нищо.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the copy did not pass its check: %1</source>
        <translation>копието не премина проверката: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it could not be saved to the disk</source>
        <translation>копието не можа да бъде записано на диска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it could not be given its name (%1)</source>
        <translation>копието не можа да получи името си (%1)</translation>
    </message>
</context>
<context>
    <name>hubdesk::BulkImportSession</name>
    <message>
        <location filename="../models/storage/bulkimportsession.cpp" line="+54"/>
        <source>The new records did not get consecutive numbers; nothing was imported.</source>
        <translation>Новите записи не получиха последователни номера; нищо не е импортирано.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+25"/>
        <source>Changed by someone else</source>
        <translation>Променено от друг потребител</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While you were editing this %1, it was saved by someone else (it is now at version %2). For each field that differs, choose the value to keep. Each choice starts on the side that changed the field; where you both changed it, on yours.</source>
        <translation>Докато редактирахте този запис (%1), друг потребител го запази (сега той е във версия %2). За всяко поле, което се различава, изберете стойността, която да се запази. Първоначално е избрана стойността на страната, която е променила полето; ако и двамата сте го променили – вашата.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Променено от</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your value</source>
        <translation>Вашата стойност</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored value</source>
        <translation>Съхранена стойност</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields that differ</source>
        <translation>Полета, които се различават</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep your value of %1</source>
        <translation>Запази вашата стойност за %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the stored value of %1</source>
        <translation>Запази съхранената стойност за %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both</source>
        <translation>и двамата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you</source>
        <translation>вас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone else</source>
        <translation>друг потребител</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save my choices</source>
        <translation>Запази избора ми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep everything stored</source>
        <translation>Остави съхранената версия</translation>
    </message>
</context>
<context>
    <name>hubdesk::ConsentDialog</name>
    <message>
        <location filename="../ui/consentdialog.cpp" line="+19"/>
        <source>Add a consent</source>
        <translation>Добавяне на съгласие</translation>
    </message>
</context>
<context>
    <name>hubdesk::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+59"/>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reporting period of the dashboard</source>
        <translation>Отчетен период на таблото</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Figures and charts</source>
        <translation>Показатели и диаграми</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This year (%1)</source>
        <translation>Тази година (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the figures…</source>
        <translation>Зареждане на показателите…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startups active</source>
        <translation>Активни стартъпи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 new, %2 supported</source>
        <translation>нови: %1, подкрепени: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring sessions held</source>
        <translation>Проведени менторски сесии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours, %2 experts</source>
        <translation>часове: %1, експерти: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 participations</source>
        <translation>участия: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholders engaged</source>
        <translation>Ангажирани заинтересовани страни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>interactions or events in the period</source>
        <translation>взаимодействия или събития през периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client contracts signed</source>
        <translation>Сключени договори с клиенти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment raised</source>
        <translation>Привлечени инвестиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel vouchers granted</source>
        <translation>Отпуснати ваучери за пътуване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 paid</source>
        <translation>%1; изплатени: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female founders</source>
        <translation>Жени основатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1 founders of active startups</source>
        <translation>от общо %1 основатели на активни стартъпи</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hours</source>
        <translation>Часове</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours of mentoring held, by service</source>
        <translation>Проведени часове менторство по услуги</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Startups</source>
        <translation>Стартъпи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active startups by stage at the end of the period</source>
        <translation>Активни стартъпи по етап към края на периода</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Held by vouchers: %1</source>
        <translation>Ангажирано с ваучери: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining: %1</source>
        <translation>Остатък: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voucher budget of %1</source>
        <translation>Бюджет за ваучери: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No voucher budget is set (Settings)</source>
        <translation>Не е зададен бюджет за ваучери (Настройки)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contracts</source>
        <translation>Договори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investments</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other outcomes</source>
        <translation>Други резултати</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcomes by month</source>
        <translation>Резултати по месеци</translation>
    </message>
</context>
<context>
    <name>hubdesk::DatabaseCopy</name>
    <message>
        <location filename="../models/storage/databasecopy.cpp" line="+13"/>
        <source>“%1” is a folder; choose a file name for the copy.</source>
        <translation>„%1“ е папка; изберете име на файл за копието.</translation>
    </message>
</context>
<context>
    <name>hubdesk::DateField</name>
    <message>
        <location filename="../ui/datefield.cpp" line="+38"/>
        <source>Remove the date</source>
        <translation>Премахване на датата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the date</source>
        <translation>Изчистване на датата</translation>
    </message>
</context>
<context>
    <name>hubdesk::DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="+70"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Запази</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Запазване на промените (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Върни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes not saved yet</source>
        <translation>Отхвърляне на все още незапазените промени</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal data</source>
        <translation>Лични данни</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export everything about this person…</source>
        <translation>&amp;Експортирай всички данни за това лице…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;rase this person…</source>
        <translation>&amp;Заличи това лице…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Withdraw consent today</source>
        <translation>&amp;Оттегли съгласието днес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the person withdrew this consent today (sets “Withdrawn on”)</source>
        <translation>Отбелязване, че лицето е оттеглило това съгласие днес (попълва „Дата на оттегляне“)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voucher %1 is now %2.</source>
        <translation>Ваучер %1 вече е %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step was not taken</source>
        <translation>Стъпката не е изпълнена</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Erased on %1: the personal data is gone; the record stays so that the reports stay the same.</source>
        <translation>Заличено на %1: личните данни са премахнати; записът остава, за да не се променят отчетите.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent: none recorded.</source>
        <translation>Съгласие: няма записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent given for: %1.</source>
        <translation>Дадено съгласие за: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent withdrawn for: %1 (no consent standing).</source>
        <translation>Оттеглено съгласие за: %1 (няма действащо съгласие).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent given for: %1 · withdrawn for: %2.</source>
        <translation>Дадено съгласие за: %1 · оттеглено за: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote everything about “%1” to %2.</source>
        <translation>Всички данни за „%1“ са записани в %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save or revert the changes first.</source>
        <translation>Първо запазете или върнете промените.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Consent “%1” recorded.</source>
        <translation>Съгласието „%1“ е записано.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+19"/>
        <source>Consent “%1” withdrawn today.</source>
        <translation>Съгласието „%1“ е оттеглено днес.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New %1</source>
        <translation>Нов запис: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved yet</source>
        <translation>Все още не е запазен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · version %2 · last changed %3</source>
        <translation>%1 · версия %2 · последна промяна %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · changed, not saved</source>
        <translation> · променен, незапазен</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Незапазени промени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ има незапазени промени.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The file is busy</source>
        <translation>Файлът е зает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

What you entered is still in the form: Retry saves it.</source>
        <translation>%1

Въведеното от вас все още е във формуляра: при повторен опит то ще бъде запазено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>Not saved: %1</source>
        <translation>Не е запазено: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not saved</source>
        <translation>Не е запазено</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved “%1”. It looks like “%2”, which is already there (%3): Edit → Find duplicates merges them.</source>
        <translation>Запазено: „%1“. Прилича на вече съществуващия запис „%2“ (%3): Редактиране → Търси дубликати ги обединява.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Saved “%1”.</source>
        <translation>Запазено: „%1“.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not saved: the record was changed by someone else.</source>
        <translation>Не е запазено: записът е променен от някой друг.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Added %n participant(s)</source>
        <translation>
            <numerusform>Добавен е %n участник</numerusform>
            <numerusform>Добавени са %n участници</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n already registered in that role</source>
        <translation>
            <numerusform>; %n вече е регистриран в тази роля</numerusform>
            <numerusform>; %n вече са регистрирани в тази роля</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdesk::DuplicateChoiceDelegate</name>
    <message>
        <location filename="../ui/duplicatechoicedelegate.cpp" line="+39"/>
        <source>Create new</source>
        <translation>Създай нов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge into existing</source>
        <translation>Обедини със съществуващия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>Пропусни</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>What to do with row %1</source>
        <translation>Какво да се направи с ред %1</translation>
    </message>
</context>
<context>
    <name>hubdesk::DuplicateFinder</name>
    <message>
        <location filename="../models/io/duplicatefinder.cpp" line="+227"/>
        <source>similar names (%1 % alike)</source>
        <translation>сходни имена (сходство %1 %)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the same company ID (%1)</source>
        <translation>еднакъв идентификационен номер на фирма (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same e-mail (%1)</source>
        <translation>еднакъв имейл (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same website (%1)</source>
        <translation>еднакъв уебсайт (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same name once quotes, legal form, case, accents and script are set aside</source>
        <translation>еднакво име, ако не се отчитат кавички, правна форма, главни и малки букви, диакритични знаци и писменост</translation>
    </message>
</context>
<context>
    <name>hubdesk::EntityPage</name>
    <message>
        <location filename="../ui/entitypage.cpp" line="+48"/>
        <source>Search %1 (names, e-mails, cities, notes; Latin or Cyrillic)…</source>
        <translation>Търсене в %1 (имена, имейли, градове, бележки; на латиница или кирилица)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search %1</source>
        <translation>Търсене в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the records whose names, e-mails, cities or notes contain what is typed (Ctrl+F comes here)</source>
        <translation>Показва записите, чиито имена, имейли, градове или бележки съдържат въведеното (Ctrl+F премества курсора тук)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter edits the current record in the form beside the list, F2 the current cell, Delete moves the record to the trash</source>
        <translation>Enter редактира текущия запис във формуляра до списъка, F2 – текущата клетка, Delete премества записа в кошчето</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved</source>
        <translation>Не е запазено</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Not deleted</source>
        <translation>Не е изтрито</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” moved to the trash. Undo with Ctrl+Z, or restore it from the Trash.</source>
        <translation>Записът „%1“ е преместен в кошчето. Отменете с Ctrl+Z или го възстановете от страницата „Кошче“.</translation>
    </message>
</context>
<context>
    <name>hubdesk::EntityTableModel</name>
    <message>
        <location filename="../models/tablemodels/entitytablemodel.cpp" line="+592"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Startup</source>
        <translation>Стартъп</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This record was changed by someone else since the list was read; it is shown again now. Nothing was overwritten.</source>
        <translation>Този запис е бил променен от някой друг, след като списъкът е прочетен; сега е показан отново. Нищо не е презаписано.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ErasePersonDialog</name>
    <message>
        <location filename="../ui/erasepersondialog.cpp" line="+32"/>
        <source>Erase this person</source>
        <translation>Заличаване на това лице</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Erase %n people</source>
        <translation>
            <numerusform>Заличаване на %n лице</numerusform>
            <numerusform>Заличаване на %n лица</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>erase %1</source>
        <translation>заличи %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> and %n more</source>
        <translation>
            <numerusform> и още %n</numerusform>
            <numerusform> и още %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erased:</source>
        <translation>Ще бъдат заличени:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name, replaced by a pseudonym such as “Erased person 1a2b3c4d”; e-mail, phones, city, country, organisation, job title, LinkedIn, availability, biography, notes, expertise areas, languages</source>
        <translation>името, заменено с псевдоним от вида „Заличено лице 1a2b3c4d“; имейл, телефони, град, държава, организация, длъжност, LinkedIn, разполагаемост, биография, бележки, области на експертиза, езици</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attached file(s) of the person, with their contents; the notes of the consents</source>
        <translation>
            <numerusform>%n прикачен файл на лицето заедно със съдържанието му; бележките към съгласията</numerusform>
            <numerusform>%n прикачени файла на лицето заедно със съдържанието им; бележките към съгласията</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name, e-mail and phones wherever they were written: sessions, events, interactions, vouchers, other records&apos; notes, the trash, merges and imports</source>
        <translation>името, имейлът и телефоните навсякъде, където са записани: сесии, събития, взаимодействия, ваучери, бележки в други записи, кошчето, обединявания и импортирания</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the same values in %n line(s) of the audit log, and in the search index</source>
        <translation>
            <numerusform>същите стойности в %n ред от одитния журнал и в индекса за търсене</numerusform>
            <numerusform>същите стойности в %n реда от одитния журнал и в индекса за търсене</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept, so that every report stays the same:</source>
        <translation>Ще бъдат запазени, за да не се промени нито един отчет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mentoring session(s), %2 event participation(s), %3 interaction(s), %4 travel voucher(s), %5 consent record(s): dates, hours, amounts and statuses, linked to the pseudonym; the expert roles and rates</source>
        <translation>менторски сесии: %1, участия в събития: %2, взаимодействия: %3, ваучери за пътуване: %4, записи за съгласие: %5 — датите, часовете, сумите и статусите, свързани с псевдонима; експертните роли и ставки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This cannot be undone. Nothing goes to the trash: the data is gone from this file. Copies made before (backups, exports) still hold it.</source>
        <translation>Това действие не може да бъде отменено. Нищо не отива в кошчето: данните изчезват от този файл. Направените преди това копия (резервни копия, експортирани файлове) все още ги съдържат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To confirm, type the person&apos;s name: %1</source>
        <translation>За потвърждение въведете името на лицето: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm, type: %1</source>
        <translation>За потвърждение въведете: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation</source>
        <translation>Потвърждение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase for good</source>
        <translation>Заличи окончателно</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Erase %n people for good</source>
        <translation>
            <numerusform>Заличи окончателно %n лице</numerusform>
            <numerusform>Заличи окончателно %n лица</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>Заличено е %n лице.</numerusform>
            <numerusform>Заличени са %n лица.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> %n could not be erased: %1</source>
        <translation>
            <numerusform> %n лице не можа да бъде заличено: %1</numerusform>
            <numerusform> %n лица не можаха да бъдат заличени: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdesk::ExpertTimesheetReport</name>
    <message>
        <location filename="../models/reports/experttimesheetreport.cpp" line="+21"/>
        <source>Hours per expert, month and startup</source>
        <translation>Часове по експерт, месец и стартъп</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Expert</source>
        <translation>Експерт</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Month</source>
        <translation>Месец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Startup</source>
        <translation>Стартъп</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Sessions</source>
        <translation>Сесии</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Hours</source>
        <translation>Часове</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Totals per expert</source>
        <translation>Общо по експерт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour rate</source>
        <translation>Часова ставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours × rate</source>
        <translation>Часове × ставка</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+1"/>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held sessions only; planned and cancelled sessions are not paid. Rate: the hour rate recorded for the expert today.</source>
        <translation>Включени са само проведените сесии; планираните и отменените сесии не се заплащат. Ставка: часовата ставка, въведена за експерта към днешна дата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions were held in this period.</source>
        <translation>През този период не са проведени сесии.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ExportViewDialog</name>
    <message>
        <location filename="../ui/exportviewdialog.cpp" line="+33"/>
        <source>Export %1</source>
        <translation>Експортиране: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, %3 as shown (search, filters, sort order and visible columns).</source>
        <translation>%1: %2, %3 както са показани (търсене, филтри, подредба и видими колони).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ред</numerusform>
            <numerusform>%Ln реда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n колона</numerusform>
            <numerusform>%n колони</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Header: %1</source>
        <translation>Заглавен ред: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name column is written as the fields it is made of, so that the file imports back.</source>
        <translation>Колоната с името се записва като полетата, от които е съставена, за да може файлът да се импортира обратно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;CSV (UTF-8 text)</source>
        <translation>&amp;CSV (текст в UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcel workbook (XLSX)</source>
        <translation>Работна книга на &amp;Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comma ( , )</source>
        <translation>Запетая ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Точка и запетая ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Табулация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Разделител</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byte order mark (Excel then reads the file as UTF-8)</source>
        <translation>Маркер за реда на байтовете (BOM; тогава Excel чете файла като UTF-8)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделител:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export…</source>
        <translation>Експортирай…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A sheet holds at most %L1 rows: filter the list, or export it as CSV.</source>
        <translation>Един лист побира най-много %L1 реда: филтрирайте списъка или го експортирайте като CSV.</translation>
    </message>
</context>
<context>
    <name>hubdesk::FieldDelegate</name>
    <message>
        <location filename="../ui/fielddelegate.cpp" line="+62"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
</context>
<context>
    <name>hubdesk::FieldEditor</name>
    <message>
        <location filename="../ui/fieldeditor.cpp" line="+96"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>separated by commas</source>
        <translation>разделени със запетаи</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>“%1” is not an amount (for example 1250.50)</source>
        <translation>„%1“ не е сума (например 1250,50)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose one of the suggestions for “%1”</source>
        <translation>изберете едно от предложенията за „%1“</translation>
    </message>
</context>
<context>
    <name>hubdesk::FilterBar</name>
    <message>
        <location filename="../ui/filterbar.cpp" line="+77"/>
        <location line="+16"/>
        <source>Filter by %1</source>
        <translation>Филтър по %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: all</source>
        <translation>%1: всички</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: yes</source>
        <translation>%1: да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no</source>
        <translation>%1: не</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From date</source>
        <translation>Начална дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Крайна дата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Изчисти филтрите</translation>
    </message>
</context>
<context>
    <name>hubdesk::FindDuplicatesDialog</name>
    <message>
        <location filename="../ui/findduplicatesdialog.cpp" line="+52"/>
        <source>Find duplicate %1</source>
        <translation>Търсене на дубликати: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Looks like</source>
        <translation>Прилича на</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairs that look like one record</source>
        <translation>Двойки, които изглеждат като един и същ запис</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First record</source>
        <translation>Първи запис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second record</source>
        <translation>Втори запис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Запази</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two records, field by field</source>
        <translation>Двата записа, поле по поле</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of the search</source>
        <translation>Ход на търсенето</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>Сп&amp;ри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the search</source>
        <translation>Спиране на търсенето</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;again</source>
        <translation>Търси &amp;отново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for pairs again, after records were changed or merged</source>
        <translation>Повторно търсене на двойки след промяна или обединяване на записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge into the &amp;first</source>
        <translation>Обедини в &amp;първия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into the &amp;second</source>
        <translation>Обедини във &amp;втория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the first record with the values chosen; everything that refers to the second moves to it and the second goes to the trash. Edit → Undo takes it back.</source>
        <translation>Запазва първия запис с избраните стойности; всичко, което сочи към втория, се прехвърля към първия, а вторият отива в кошчето. Може да се отмени с Редактиране → Отмени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the second record instead.</source>
        <translation>Запазва вместо това втория запис.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Looking for duplicates among the %1…</source>
        <translation>Търсене на дубликати сред %1…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The search was stopped. Search again to see the pairs.</source>
        <translation>Търсенето беше спряно. Потърсете отново, за да видите двойките.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No duplicates found.</source>
        <translation>Не са открити дубликати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One pair looks like one record.</source>
        <translation>Една двойка изглежда като един и същ запис.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pairs look like one record. Choose one to compare.</source>
        <translation>%1 двойки изглеждат като един и същ запис. Изберете двойка, за да я сравните.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>One of the two records is no longer there: search again.</source>
        <translation>Единият от двата записа вече не съществува: потърсете отново.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>same</source>
        <translation>еднакви</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value to keep for %1</source>
        <translation>Стойност за запазване за %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first</source>
        <translation>първия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>втория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both</source>
        <translation>и двата</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Обединяване на „%1“ в „%2“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: done. Edit → Undo takes it back. Search again to see pairs the merged record makes now.</source>
        <translation>%1: готово. Може да се отмени с Редактиране → Отмени. Потърсете отново, за да видите двойките, които обединеният запис образува сега.</translation>
    </message>
</context>
<context>
    <name>hubdesk::FstpReport</name>
    <message>
        <location filename="../models/reports/fstpreport.cpp" line="+28"/>
        <source>Travel vouchers granted or paid in the period</source>
        <translation>Ваучери за пътуване, отпуснати или изплатени през периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Recipient</source>
        <translation>Получател</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Company ID</source>
        <translation>Фирмен идентификатор</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Purpose</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Дестинация</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Approved on</source>
        <translation>Дата на одобрение</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Paid</source>
        <translation>Изплатено</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Paid on</source>
        <translation>Дата на плащане</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status at the end</source>
        <translation>Статус към края</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totals per recipient against the cap per startup</source>
        <translation>Общо по получател спрямо тавана за стартъп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vouchers</source>
        <translation>Ваучери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held at the end</source>
        <translation>Ангажирано към края</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cap</source>
        <translation>Таван</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left under the cap</source>
        <translation>Остатък до тавана</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Approved and paid: the amounts of the approval and payment steps taken by the end of the period (a voucher approved before the period and paid in it is listed with both).</source>
        <translation>„Одобрено“ и „Изплатено“: сумите от стъпките по одобрение и плащане, извършени до края на периода (ваучер, одобрен преди периода и изплатен през него, е посочен и с двете суми).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vouchers granted in the period</source>
        <translation>Ваучери, отпуснати през периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Vouchers paid in the period</source>
        <translation>Ваучери, изплатени през периода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme voucher budget</source>
        <translation>Бюджет на програмата за ваучери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by all vouchers at the end of the period</source>
        <translation>Ангажирано от всички ваучери към края на периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining budget</source>
        <translation>Оставащ бюджет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap per startup</source>
        <translation>Таван за стартъп</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportBatches</name>
    <message>
        <location filename="../models/storage/importbatches.cpp" line="+31"/>
        <source>(no file name)</source>
        <translation>(без име на файл)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no import “%1”.</source>
        <translation>Няма импортиране „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import “%1” names an unknown kind of record.</source>
        <translation>Импортирането „%1“ съдържа неизвестен вид запис.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import of “%1” was taken back already.</source>
        <translation>Импортирането на „%1“ вече е отменено.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of the records this import added values to were changed since. Taking the import back would undo those changes too; confirm to take it back anyway.</source>
        <translation>%1 от записите, към които това импортиране е добавило стойности, са променени оттогава. Отмяната на импортирането ще отмени и тези промени; потвърдете, ако все пак искате да го отмените.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of the records this import made were changed since. Taking the import back would delete those changes too; confirm to take it back anyway.</source>
        <translation>%1 от записите, създадени при това импортиране, са променени оттогава. Отмяната на импортирането ще изтрие и тези промени; потвърдете, ако все пак искате да го отмените.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2 made or changed since refer to records of this import (%3). Link them elsewhere or move them to the trash first.</source>
        <translation>%1 %2, създадени или променени след това, сочат към записи от това импортиране (%3). Първо ги свържете с други записи или ги преместете в кошчето.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportCheckPage</name>
    <message>
        <location filename="../ui/importcheckpage.cpp" line="+62"/>
        <source>Check every row</source>
        <translation>Проверка на всички редове</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is read and checked as the import will; nothing is written yet.</source>
        <translation>Всеки ред се прочита и проверява така, както при импортирането; все още нищо не се записва.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress of the check</source>
        <translation>Ход на проверката</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>Сп&amp;ри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the check</source>
        <translation>Спиране на проверката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>Провери &amp;отново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file again</source>
        <translation>Повторна проверка на файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the file again, after it was changed in another program</source>
        <translation>Повторно прочитане на файла, след като е бил променен в друга програма</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping…</source>
        <translation>Спиране…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows with problems</source>
        <translation>Редове с проблеми</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Create the selected rows as new records</source>
        <translation>&amp;Създай избраните редове като нови записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge the selected rows into the records already there</source>
        <translation>&amp;Обедини избраните редове със съществуващите записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip the selected rows</source>
        <translation>&amp;Пропусни избраните редове</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Duplicates</source>
        <translation>Дубликати</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Found by</source>
        <translation>Открит по</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choice</source>
        <translation>Избор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>Във файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record already there</source>
        <translation>Съществуващ запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge would fill</source>
        <translation>Обединяването ще попълни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that duplicate a record</source>
        <translation>Редове, които дублират запис</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set all to:</source>
        <translation>Задай за всички:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set every duplicate to “%1”</source>
        <translation>Задай „%1“ за всеки дубликат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A row that repeats an earlier row of this file has no record to merge into: it is skipped</source>
        <translation>Ред, който повтаря по-ранен ред от този файл, няма запис, с който да бъде обединен: той се пропуска</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems</source>
        <translation>Проблеми</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only if every row is valid (all or nothing)</source>
        <translation>Само &amp;ако всеки ред е валиден (всичко или нищо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the &amp;valid rows and save the rejected rows to:</source>
        <translation>Импортирай &amp;валидните редове и запази отхвърлените в:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File for the rejected rows</source>
        <translation>Файл за отхвърлените редове</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Преглед…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file for the rejected rows</source>
        <translation>Изберете файл за отхвърлените редове</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicates, unless their row says otherwise</source>
        <translation>Дубликати, освен ако за реда не е избрано друго</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip rows that duplicate a record (recommended)</source>
        <translation>Пропу&amp;сни редовете, които дублират запис (препоръчително)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill the empty fields of the record already there</source>
        <translation>Попълни пра&amp;зните полета на съществуващия запис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row&apos;s values go into the fields that record has empty, and its tags and roles are added; taking the import back restores the record.</source>
        <translation>Стойностите от реда се записват в празните полета на записа, а етикетите и ролите от реда се добавят; при отмяна на импортирането записът се възстановява.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import them as &amp;new records</source>
        <translation>&amp;Импортирай ги като нови записи</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save the rejected rows to</source>
        <translation>Запазване на отхвърлените редове в</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлове (*.csv)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Checking the rows of “%1”…</source>
        <translation>Проверка на редовете на „%1“…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The check failed: %1</source>
        <translation>Проверката не бе успешна: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped. Check again to see every row.</source>
        <translation>Проверката беше спряна. Проверете отново, за да видите всички редове.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was checked; nothing was written.</source>
        <translation>„%1“ е проверен; нищо не е записано.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) read: %1 valid and new, %2 duplicate a record, %3 with problems.</source>
        <translation>
            <numerusform>Прочетен е %Ln ред: валидни и нови – %1, дублиращи запис – %2, с проблеми – %3.</numerusform>
            <numerusform>Прочетени са %Ln реда: валидни и нови – %1, дублиращи запис – %2, с проблеми – %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln blank row(s) are skipped.</source>
        <translation>
            <numerusform>%Ln празен ред се пропуска.</numerusform>
            <numerusform>%Ln празни реда се пропускат.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (row %2 of this file)</source>
        <translation>%1 (ред %2 от този файл)</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Next imports the %Ln valid row(s).</source>
        <translation>
            <numerusform>С „Напред“ ще бъде импортиран %Ln валиден ред.</numerusform>
            <numerusform>С „Напред“ ще бъдат импортирани %Ln валидни реда.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row is new.</source>
        <translation>Няма нов ред.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates: %1 to create as new records, %2 to merge into the record already there, %3 to skip.</source>
        <translation>Дубликати: за създаване като нови записи – %1, за обединяване със съществуващия запис – %2, за пропускане – %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Next imports %Ln row(s).</source>
        <translation>
            <numerusform>С „Напред“ ще бъде импортиран %Ln ред.</numerusform>
            <numerusform>С „Напред“ ще бъдат импортирани %Ln реда.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to create, %2 to merge, %3 to skip</source>
        <translation>За създаване: %1, за обединяване: %2, за пропускане: %3</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>(the whole row)</source>
        <translation>(целият ред)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This row repeats an earlier row of the file: it can be created or skipped</source>
        <translation>Този ред повтаря по-ранен ред от файла: може да бъде създаден или пропуснат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record, fill the empty fields of the record already there, or skip the row</source>
        <translation>Създайте нов запис, попълнете празните полета на съществуващия запис или пропуснете реда</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (record %2)</source>
        <translation>%1 (запис %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing new (its fields are filled already)</source>
        <translation>нищо ново (полетата му вече са попълнени)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging fills the empty fields of %1 with the row&apos;s values and adds the row&apos;s tags and roles to its own: %2</source>
        <translation>Обединяването попълва празните полета на %1 със стойностите от реда и добавя етикетите и ролите от реда към неговите: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems (%1)</source>
        <translation>Проблеми (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates (%1)</source>
        <translation>Дубликати (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n row(s) have problems: fix them in the file and check again, or import the valid rows and save the rejected ones to a file.</source>
        <translation>
            <numerusform>%n ред има проблеми: поправете го във файла и проверете отново или импортирайте валидните редове и запазете отхвърлените във файл.</numerusform>
            <numerusform>%n реда имат проблеми: поправете ги във файла и проверете отново или импортирайте валидните редове и запазете отхвърлените във файл.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file for the rejected rows.</source>
        <translation>Изберете файл за отхвърлените редове.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row is new: there is nothing to import.</source>
        <translation>Няма нов ред: няма какво да се импортира.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportFilePage</name>
    <message>
        <location filename="../ui/importfilepage.cpp" line="+26"/>
        <source>Choose the file</source>
        <translation>Избор на файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV or tab-separated text file, an Excel workbook (.xlsx), or contacts as vCards (.vcf). Nothing is written before the last step, and an import can be taken back whole.</source>
        <translation>Текстов файл CSV или с табулации като разделител, работна книга на Excel (.xlsx) или контакти във формат vCard (.vcf). Нищо не се записва преди последната стъпка, а импортирането може да се отмени изцяло.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to import</source>
        <translation>Файл за импортиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to import</source>
        <translation>Файлът за импортиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Преглед…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file to import</source>
        <translation>Изберете файла за импортиране</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the file holds</source>
        <translation>Какво съдържа файлът</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import into %1</source>
        <translation>Импортиране в %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Import a file</source>
        <translation>Импортиране на файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables and contacts (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV and text files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;vCard contacts (*.vcf *.vcard);;All files (*)</source>
        <translation>Таблици и контакти (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV и текстови файлове (*.csv *.tsv *.txt);;Работни книги на Excel (*.xlsx);;Контакти vCard (*.vcf *.vcard);;Всички файлове (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ е папка, а не файл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file “%1”.</source>
        <translation>Няма файл „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A vCard file holds people: choose “%1”.</source>
        <translation>Файлът vCard съдържа хора: изберете „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” has no sheets.</source>
        <translation>„%1“ няма листове.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/importhistorydialog.cpp" line="+38"/>
        <source>Imports</source>
        <translation>Импортирания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The imports into this file, newest first. An import can be taken back whole: the records it created are deleted and those it merged rows into get their values back.</source>
        <translation>Импортиранията в този файл, като най-новите са първи. Импортирането може да се отмени изцяло: създадените от него записи се изтриват, а записите, с които са обединени редове, получават обратно предишните си стойности.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Past imports</source>
        <translation>Минали импортирания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of record</source>
        <translation>Вид запис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows read</source>
        <translation>Прочетени редове</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Създадени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отхвърлени</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Потребител</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken back</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Take back…</source>
        <translation>&amp;Отмени…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete exactly the records the selected import created, and restore those it filled in</source>
        <translation>Изтрива точно записите, създадени от избраното импортиране, и възстановява попълнените от него</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>taken back on %1</source>
        <translation>отменено на %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The imports cannot be listed: %1</source>
        <translation>Импортиранията не могат да бъдат показани: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported into this file yet.</source>
        <translation>В този файл все още нищо не е импортирано.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Take the import back</source>
        <translation>Отмяна на импортирането</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of “%1” (%2) was not taken back: %3</source>
        <translation>Импортирането на „%1“ (%2) не беше отменено: %3</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportMapping</name>
    <message>
        <location filename="../models/io/importmapping.cpp" line="+121"/>
        <source>Column %1 is mapped to “%2”, which a %3 does not have.</source>
        <translation>Колона %1 е съпоставена с „%2“, но запис от вида „%3“ няма такова поле.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1 is mapped, but the file has %2 columns.</source>
        <translation>Колона %1 е съпоставена, но броят на колоните във файла е %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns %1 and %2 are both mapped to “%3”.</source>
        <translation>И двете колони %1 и %2 са съпоставени с „%3“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A fixed value is given for “%1”, which a %2 does not have.</source>
        <translation>Зададена е фиксирана стойност за „%1“, но запис от вида „%2“ няма такова поле.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is required: map a column to it or give it a value for every row.</source>
        <translation>Полето „%1“ е задължително: съпоставете с него колона или задайте стойност за всички редове.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The mapping cannot be used: %1.</source>
        <translation>Съпоставянето не може да се използва: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a HubDesk import mapping</source>
        <translation>това не е съпоставяне за импортиране на HubDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by a newer HubDesk</source>
        <translation>то е създадено от по-нова версия на HubDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not something HubDesk imports</source>
        <translation>HubDesk не импортира „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a column number (1, 2, 3 …)</source>
        <translation>„%1“ не е номер на колона (1, 2, 3 …)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The mapping “%1” cannot be read: %2.</source>
        <translation>Съпоставянето „%1“ не може да се прочете: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping “%1” is too large to be a mapping.</source>
        <translation>Файлът „%1“ е твърде голям, за да е съпоставяне.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mapping “%1” is not valid JSON (at character %2: %3).</source>
        <translation>Съпоставянето „%1“ не е валиден JSON (при знак %2: %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>The mapping cannot be saved to “%1”: %2.</source>
        <translation>Съпоставянето не може да се запише в „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportMappingPage</name>
    <message>
        <location filename="../ui/importmappingpage.cpp" line="+40"/>
        <source>Which column fills which field</source>
        <translation>Коя колона кое поле попълва</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Values for every row</source>
        <translation>Стойности за всеки ред</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field given a value for every row</source>
        <translation>Поле, което получава стойност за всеки ред</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value for every row</source>
        <translation>Стойността за всеки ред</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value, as the file would write it</source>
        <translation>Стойността, както би била записана във файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Добави</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the value for every row</source>
        <translation>Добавяне на стойността за всеки ред</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values given to every row</source>
        <translation>Стойности, зададени на всеки ред</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>Пре&amp;махни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected value for every row</source>
        <translation>Премахване на избраната стойност за всеки ред</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;is</source>
        <translation>&amp;е</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Field</source>
        <translation>&amp;Поле</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Запази съпоставянето…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this mapping to a file</source>
        <translation>Запазване на това съпоставяне във файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load mapping…</source>
        <translation>За&amp;реди съпоставяне…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a mapping saved before</source>
        <translation>Зареждане на съпоставяне, запазено по-рано</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the mapping</source>
        <translation>Запазване на съпоставянето</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import mappings (*.json)</source>
        <translation>Съпоставяния за импортиране (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load a mapping</source>
        <translation>Зареждане на съпоставяне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import mappings (*.json);;All files (*)</source>
        <translation>Съпоставяния за импортиране (*.json);;Всички файлове (*)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The file has no header row: choose the field each column fills.</source>
        <translation>Файлът няма заглавен ред: изберете полето, което попълва всяка колона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 layout recognised: its columns are matched to people&apos;s fields (%2 of %3 columns).</source>
        <translation>Разпознато е оформлението на %1: колоните са съпоставени с полетата на лицата (%2 от %3 колони).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 columns were matched to fields by their header. Check them, and choose a field for the others or leave them out.</source>
        <translation>%1 от %2 колони са съпоставени с полета по заглавията си. Проверете ги и изберете поле за останалите или ги изключете.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Into %1. Columns left “not imported” are left out; a field without a column can get one value for every row.</source>
        <translation>Импортиране в %1. Колоните, оставени като „не се импортира“, се пропускат; поле без колона може да получи една стойност за всеки ред.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Column of the file</source>
        <translation>Колона от файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First value</source>
        <translation>Първа стойност</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the first row</source>
        <translation>Стойност в първия ред</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported into</source>
        <translation>Импортира се в</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1</source>
        <translation>Колона %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (column %2)</source>
        <translation>%1 (колона %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Field for %1</source>
        <translation>Поле за %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not imported —</source>
        <translation>— не се импортира —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (required)</source>
        <translation>%1 (задължително)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the value “%1” should have in every row.</source>
        <translation>Въведете стойността, която „%1“ да има във всеки ред.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot save the mapping</source>
        <translation>Съпоставянето не може да бъде запазено</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Cannot load the mapping “%1”</source>
        <translation>Съпоставянето „%1“ не може да бъде заредено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping “%1” is for %2, and this file is imported into %3.</source>
        <translation>Съпоставянето „%1“ е за %2, а този файл се импортира в %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The mapping “%1” was loaded.</source>
        <translation>Съпоставянето „%1“ е заредено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping “%1” was loaded. It maps columns %2, which this file does not have (or to fields that are not imported): they are left out.</source>
        <translation>Съпоставянето „%1“ е заредено. В него има колони %2, които този файл няма (или които са съпоставени с полета, които не се импортират): те се пропускат.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportOptionsPage</name>
    <message>
        <location filename="../ui/importoptionspage.cpp" line="+30"/>
        <source>How to read the file</source>
        <translation>Как да се прочете файлът</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoding</source>
        <translation>Кодиране</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delimiter</source>
        <translation>Разделител</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ( , )</source>
        <translation>Запетая ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Точка и запетая ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Табулация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first row is a &amp;header (the columns&apos; names)</source>
        <translation>Първият ред е &amp;заглавен (имената на колоните)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодиране:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделител:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first rows of the file</source>
        <translation>Първите редове на файла</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;The first rows, read this way:</source>
        <translation>&amp;Първите редове, прочетени по този начин:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” holds contacts as vCards: one row per card, with the fields people have. Photos are left out.</source>
        <translation>„%1“ съдържа контакти във формат vCard: по един ред за всяка карта, с полетата на лицата. Снимките се пропускат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard 2.1, 3.0 and 4.0 are read; quoted-printable and other character sets are decoded.</source>
        <translation>Четат се vCard 2.1, 3.0 и 4.0; quoted-printable и другите набори от знаци се декодират.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a workbook: choose the sheet to import.</source>
        <translation>„%1“ е работна книга: изберете листа за импортиране.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet(s) in the workbook.</source>
        <translation>
            <numerusform>%n лист в работната книга.</numerusform>
            <numerusform>%n листа в работната книга.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encoding and delimiter of “%1” were detected; change them if the rows below look wrong.</source>
        <translation>Кодирането и разделителят на „%1“ са разпознати автоматично; променете ги, ако редовете по-долу изглеждат грешно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>табулация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>точка и запетая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>запетая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected: %1 (the file says so), %2 between the columns.</source>
        <translation>Разпознато: %1 (посочено във файла), %2 между колоните.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected: %1, %2 between the columns.</source>
        <translation>Разпознато: %1, %2 между колоните.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Column %1</source>
        <translation>Колона %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” holds no rows.</source>
        <translation>„%1“ не съдържа редове.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportRunPage</name>
    <message>
        <location filename="../ui/importrunpage.cpp" line="+19"/>
        <source>Importing</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rows are written in one go: if the import is stopped or fails, nothing is written.</source>
        <translation>Редовете се записват наведнъж: ако импортирането бъде спряно или не успее, нищо не се записва.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of the import</source>
        <translation>Ход на импортирането</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>Сп&amp;ри</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the import</source>
        <translation>Спиране на импортирането</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping: nothing will be written…</source>
        <translation>Спиране: нищо няма да бъде записано…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Importing “%1” into %2…</source>
        <translation>Импортиране на „%1“ в %2…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The import failed and nothing was written: %1</source>
        <translation>Импортирането не бе успешно и нищо не е записано: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was stopped: nothing was written.</source>
        <translation>Импортирането беше спряно: нищо не е записано.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportSummaryPage</name>
    <message>
        <location filename="../ui/importsummarypage.cpp" line="+31"/>
        <source>&amp;Open its folder</source>
        <translation>&amp;Отвори папката</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder of the rejected rows</source>
        <translation>Отваряне на папката с отхвърлените редове</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Take this import back…</source>
        <translation>О&amp;тмени това импортиране…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take this import back</source>
        <translation>Отмяна на това импортиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete exactly the records this import created, and restore those it filled in</source>
        <translation>Изтрива точно записите, създадени от това импортиране, и възстановява попълнените от него</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Imported</source>
        <translation>Импортирано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing imported</source>
        <translation>Нищо не е импортирано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was imported into %2.</source>
        <translation>„%1“ е импортиран в %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row of “%1” was new or valid: no record was created or changed.</source>
        <translation>Нито един ред от „%1“ не е нов или валиден: не е създаден или променен нито един запис.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) read in %1 s.</source>
        <translation>
            <numerusform>Прочетен е %Ln ред за %1 с.</numerusform>
            <numerusform>Прочетени са %Ln реда за %1 с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln record(s) created, %1 of them from rows that duplicate a record.</source>
        <translation>
            <numerusform>Създаден е %Ln запис (от редове, които дублират запис: %1).</numerusform>
            <numerusform>Създадени са %Ln записа (от тях от редове, които дублират запис: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s) created.</source>
        <translation>
            <numerusform>Създаден е %Ln запис.</numerusform>
            <numerusform>Създадени са %Ln записа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) already there got values from duplicate rows (merged).</source>
        <translation>
            <numerusform>%Ln съществуващ запис получи стойности от дублиращи редове (обединяване).</numerusform>
            <numerusform>%Ln съществуващи записа получиха стойности от дублиращи редове (обединяване).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) skipped because they duplicate a record (or bring nothing new to it).</source>
        <translation>
            <numerusform>Пропуснат е %Ln ред, защото дублира запис (или не добавя нищо ново към него).</numerusform>
            <numerusform>Пропуснати са %Ln реда, защото дублират запис (или не добавят нищо ново към него).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) rejected because of problems.</source>
        <translation>
            <numerusform>Отхвърлен е %Ln ред поради проблеми.</numerusform>
            <numerusform>Отхвърлени са %Ln реда поради проблеми.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln blank row(s) skipped.</source>
        <translation>
            <numerusform>Пропуснат е %Ln празен ред.</numerusform>
            <numerusform>Пропуснати са %Ln празни реда.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rejected rows, each with its problem, are in “%1”: fix them there and import that file.</source>
        <translation>Отхвърлените редове, всеки със своя проблем, са в „%1“: поправете ги там и импортирайте този файл.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Until its records are changed, the import can be taken back whole: later, too, with File → Imports… or the command line (hubdesk import --list).</source>
        <translation>Докато записите му не бъдат променени, импортирането може да бъде отменено изцяло — и по-късно, чрез Файл → Импортирания… или от командния ред (hubdesk import --list).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Taking the import back…</source>
        <translation>Отменяне на импортирането…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Taken back</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of “%1” was taken back.</source>
        <translation>Импортирането на „%1“ беше отменено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import was not taken back: %1</source>
        <translation>Импортирането не беше отменено: %1</translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportTakeBack</name>
    <message>
        <location filename="../ui/importtakeback.cpp" line="+13"/>
        <source>Take back the import of “%1”: delete the records it created (%2), and give the records it merged rows into (%3) their values from before?</source>
        <translation>Да се отмени ли импортирането на „%1“? Създадените от него записи (%2) ще бъдат изтрити, а записите, с които са обединени редове от него (%3), ще получат отново предишните си стойности.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Take back the import of “%1”: delete the %Ln record(s) it created?</source>
        <translation>
            <numerusform>Да се отмени ли импортирането на „%1“ и да се изтрие създаденият от него %Ln запис?</numerusform>
            <numerusform>Да се отмени ли импортирането на „%1“ и да се изтрият създадените от него %Ln записа?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the import back</source>
        <translation>Отмяна на импортирането</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take the import back anyway?</source>
        <translation>Да се отмени ли импортирането въпреки това?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import of “%1” was not taken back: %2</source>
        <translation>Импортирането на „%1“ не беше отменено: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking it back anyway deletes those records with the changes made to them since. This cannot be undone.</source>
        <translation>Ако го отмените въпреки това, тези записи ще бъдат изтрити заедно с промените, направени в тях оттогава. Това действие е необратимо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete them anyway</source>
        <translation>Изтрий ги въпреки това</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import was taken back: the records it created (%1) are deleted, and the records it merged rows into (%2) have their values from before.</source>
        <translation>Импортирането е отменено: създадените от него записи (%1) са изтрити, а записите, с които са обединени редове от него (%2), имат отново предишните си стойности.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The import was taken back: the %Ln record(s) it created are deleted.</source>
        <translation>
            <numerusform>Импортирането е отменено: създаденият от него %Ln запис е изтрит.</numerusform>
            <numerusform>Импортирането е отменено: създадените от него %Ln записа са изтрити.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdesk::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="+29"/>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Event participants</source>
        <translation>Участници в събития</translation>
    </message>
</context>
<context>
    <name>hubdesk::Importer</name>
    <message>
        <location filename="../models/io/importer.cpp" line="+14"/>
        <location line="+371"/>
        <source>column %1</source>
        <translation>колона %1</translation>
    </message>
    <message>
        <location line="-371"/>
        <source>column %1 “%2”</source>
        <translation>колона %1 „%2“</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>there is no %1 named “%2”</source>
        <translation>няма %1 с име „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than one %1 is named “%2”: make the names differ first</source>
        <translation>има повече от един запис от вида „%1“ с име „%2“: първо направете имената различни</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the value given for every row</source>
        <translation>стойността, зададена за всички редове</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Importing only the valid rows needs a file for the rejected rows.</source>
        <translation>За да се импортират само валидните редове, е нужен файл за отхвърлените редове.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+36"/>
        <source>Row %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>row</source>
        <translation>ред</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>проблем</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The rejected rows cannot be written to “%1”: %2.</source>
        <translation>Отхвърлените редове не могат да се запишат в „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>hubdesk::Launcher</name>
    <message>
        <location filename="../ui/launcher.cpp" line="+44"/>
        <source>Welcome to HubDesk</source>
        <translation>Добре дошли в HubDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at %1 yet.</source>
        <translation>Все още няма база данни в %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create it with sample data to look around, or empty to start with your own data.</source>
        <translation>Създайте я с примерни данни, за да разгледате програмата, или празна, за да започнете със свои данни.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create with &amp;sample data</source>
        <translation>Създай с &amp;примерни данни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;empty</source>
        <translation>Създай пра&amp;зна</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+173"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Отвори друг файл…</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Writing sample data…</source>
        <translation>Записване на примерни данни…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating the database…</source>
        <translation>Създаване на базата данни…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Upgrading %1
to this version of HubDesk (database version %2 to %3).

A large database takes a minute or two; if anything fails, the file stays as it was.</source>
        <translation>Обновяване на %1
до тази версия на HubDesk (версия на базата данни: от %2 до %3).

При голяма база данни това отнема минута-две; ако нещо се обърка, файлът остава непроменен.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>HubDesk is still checking this file (a few seconds for a large database); nothing can be saved until it has finished. Try again in a moment.</source>
        <translation>HubDesk все още проверява този файл (няколко секунди при голяма база данни); нищо не може да бъде запазено, докато проверката не приключи. Опитайте отново след малко.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read-only</source>
        <translation>Само за четене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open read-only (%2). You can look at everything, but nothing can be changed.</source>
        <translation>%1 е отворен само за четене (%2). Можете да разглеждате всичко, но не можете да променяте нищо.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is damaged</source>
        <translation>Файлът е повреден</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another database, or restore this one from a backup.</source>
        <translation>Изберете друга база данни или възстановете тази от резервно копие.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HubDesk</source>
        <translation>HubDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база данни…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a HubDesk database</source>
        <translation>Отваряне на база данни на HubDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New HubDesk database</source>
        <translation>Нова база данни на HubDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>New database</source>
        <translation>Нова база данни</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 already exists. HubDesk does not overwrite files; choose another name.</source>
        <translation>%1 вече съществува. HubDesk не презаписва файлове; изберете друго име.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill the new database with sample data?</source>
        <translation>Да се попълни ли новата база данни с примерни данни?</translation>
    </message>
</context>
<context>
    <name>hubdesk::LookupField</name>
    <message>
        <location filename="../ui/lookupfield.cpp" line="+27"/>
        <source>Type to find a %1…</source>
        <translation>Търсене на %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open this %1</source>
        <translation>Отвори този запис (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the linked %1</source>
        <translation>Отвори свързания запис (%1)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 (in the trash)</source>
        <translation>%1 (в кошчето)</translation>
    </message>
</context>
<context>
    <name>hubdesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+61"/>
        <source>%1 — HubDesk</source>
        <translation>%1 — HubDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Trash</source>
        <translation>Кошче</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>&amp;New database…</source>
        <translation>&amp;Нова база данни…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Последно отваряни</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;Quit</source>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>&amp;Find</source>
        <translation>&amp;Търси</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обнови</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Ctrl+1 to Ctrl+0 show the first ten pages; F6 moves to the page shown</source>
        <translation>Ctrl+1 до Ctrl+0 показват първите десет страници; F6 премества курсора в показаната страница</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Експортирането е отменено; нищо не е записано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Експортирането е неуспешно</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Експортиран е %Ln ред в %1.</numerusform>
            <numerusform>Експортирани са %Ln реда в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+137"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Отвори база данни…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импортирай…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import stakeholders, people, startups, sessions or participants from a CSV or Excel file</source>
        <translation>Импортиране на заинтересовани страни, хора, стартъпи, сесии или участници от файл CSV или Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Im&amp;ports…</source>
        <translation>Импор&amp;тирания…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The imports into this file, to take one back</source>
        <translation>Импортиранията в този файл, за отмяна на някое от тях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export view…</source>
        <translation>&amp;Експортирай изгледа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list on this page as shown — search, filters, sort order and visible columns — to a CSV or Excel file</source>
        <translation>Записване на списъка от тази страница така, както е показан — търсене, филтри, подредба и видими колони — във файл CSV или Excel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New record</source>
        <translation>&amp;Нов запис</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new record on this page (Ctrl+N)</source>
        <translation>Нов запис на тази страница (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Запази</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to &amp;trash</source>
        <translation>Премести в ко&amp;шчето</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the selected record to the trash (Delete in the list, Ctrl+Delete anywhere)</source>
        <translation>Преместване на избрания запис в кошчето (Delete в списъка, Ctrl+Delete навсякъде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отмени</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отмени: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Отмени</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo %1</source>
        <translation>Отмени: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повтори: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повтори</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo %1</source>
        <translation>Повтори: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Se&amp;ttings…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;duplicates…</source>
        <translation>Търси &amp;дубликати…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Retention re&amp;view…</source>
        <translation>Пре&amp;глед на срока за съхранение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with no activity for years: keep, export or erase them</source>
        <translation>Хора без активност от години: запазване, експортиране или заличаване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quick entry: Enter saves and starts the next record</source>
        <translation>&amp;Бързо въвеждане: Enter запазва и започва следващ запис</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Re&amp;ports</source>
        <translation>Отче&amp;ти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash</source>
        <translation>&amp;Кошче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ne&amp;xt pane</source>
        <translation>&amp;Следващ панел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious pane</source>
        <translation>П&amp;редишен панел</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;manual</source>
        <translation>&amp;Ръководство за потребителя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About HubDesk</source>
        <translation>&amp;За HubDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cannot undo</source>
        <translation>Отмяната не е възможна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot redo</source>
        <translation>Повторението не е възможно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — read-only: %1</source>
        <translation> — само за четене: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — deleted or moved while open: changes are not saved (File → Back up now… saves a copy)</source>
        <translation> — изтрит или преместен, докато е отворен: промените не се запазват (Файл → Създай резервно копие… запазва копие)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counting… of %1</source>
        <translation>Преброяване… от %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 shown</source>
        <translation>Показани %1 от %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) in the trash</source>
        <translation>
            <numerusform>%n елемент в кошчето</numerusform>
            <numerusform>%n елемента в кошчето</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Export %1</source>
        <translation>Експортиране: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлове (*.csv)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>User manual</source>
        <translation>Ръководство за потребителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user manual was not found. HubDesk looked for it in:
%1

Install HubDesk again, or read docs/manual.md in its sources.</source>
        <translation>Ръководството за потребителя не е намерено. HubDesk го търси в:
%1

Инсталирайте HubDesk отново или прочетете docs/manual.md в изходния код.</translation>
    </message>
</context>
<context>
    <name>hubdesk::ManualViewer</name>
    <message>
        <location filename="../ui/manualviewer.cpp" line="+50"/>
        <source>User manual</source>
        <translation>Ръководство за потребителя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>&amp;Напред</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Contents</source>
        <translation>&amp;Съдържание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in web &amp;browser</source>
        <translation>Отвори в уеб &amp;браузър</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this page in your web browser, to print it or read it there</source>
        <translation>Показва тази страница в уеб браузъра, за да я отпечатате или прочетете там</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in page (Ctrl+F, Enter for the next)</source>
        <translation>Търсене в страницата (Ctrl+F; Enter за следващото)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in page</source>
        <translation>Търсене в страницата</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not found</source>
        <translation>Не е намерено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User manual — HubDesk</source>
        <translation>Ръководство за потребителя — HubDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — HubDesk</source>
        <translation>%1 — HubDesk</translation>
    </message>
</context>
<context>
    <name>hubdesk::PeriodicReport</name>
    <message>
        <location filename="../models/reports/periodicreport.cpp" line="+50"/>
        <location line="+171"/>
        <source>Key figures</source>
        <translation>Основни показатели</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Figure</source>
        <translation>Показател</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+80"/>
        <source>Number</source>
        <translation>Брой</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+35"/>
        <source>Hours</source>
        <translation>Часове</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+79"/>
        <source>Share</source>
        <translation>Дял</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Startups active in the programme</source>
        <translation>Активни стартъпи в програмата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New startups (joined in the period)</source>
        <translation>Нови стартъпи (включени през периода)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startups supported (at least one session held)</source>
        <translation>Подкрепени стартъпи (поне една проведена сесия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring sessions held</source>
        <translation>Проведени менторски сесии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions planned, not held yet</source>
        <translation>Планирани, все още непроведени сесии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions cancelled</source>
        <translation>Отменени сесии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts engaged</source>
        <translation>Ангажирани експерти</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <location line="+59"/>
        <source>Events</source>
        <translation>Събития</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Participations in events</source>
        <translation>Участия в събития</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations taking part in events</source>
        <translation>Организации, участвали в събития</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investor meetings (events)</source>
        <translation>Срещи с инвеститори (събития)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investor meetings (sessions held)</source>
        <translation>Срещи с инвеститори (проведени сесии)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matchmaking meetings (events)</source>
        <translation>Срещи за свързване (събития)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matchmaking (sessions held)</source>
        <translation>Свързване (проведени сесии)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client contracts signed</source>
        <translation>Сключени договори с клиенти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment raised</source>
        <translation>Привлечени инвестиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilots</source>
        <translation>Пилотни проекти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public procurement won</source>
        <translation>Спечелени обществени поръчки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New markets entered</source>
        <translation>Навлизане на нови пазари</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awards</source>
        <translation>Награди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel vouchers granted</source>
        <translation>Отпуснати ваучери за пътуване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel vouchers paid</source>
        <translation>Изплатени ваучери за пътуване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel vouchers rejected</source>
        <translation>Отхвърлени ваучери за пътуване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel vouchers cancelled</source>
        <translation>Анулирани ваучери за пътуване</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Stakeholders engaged</source>
        <translation>Ангажирани заинтересовани страни</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Female founders among all founders</source>
        <translation>Жени сред всички основатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active startups with a female founder</source>
        <translation>Активни стартъпи с жена сред основателите</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of active startups</source>
        <translation>Държави на активните стартъпи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each figure counts: docs/reports.md. Records in the trash do not count.</source>
        <translation>Какво отчита всеки показател: вж. docs/reports.md. Записите в кошчето не се отчитат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mentoring sessions held, by service</source>
        <translation>Проведени менторски сесии по услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Сесии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours of mentoring held, by service</source>
        <translation>Проведени часове менторство по услуги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+33"/>
        <location line="+33"/>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+15"/>
        <source>Total</source>
        <translation>Общо</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Stakeholders engaged, by kind</source>
        <translation>Ангажирани заинтересовани страни по вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>An organisation is engaged in the period when it has an interaction or takes part in an event in it.</source>
        <translation>Една организация се счита за ангажирана през периода, ако през него с нея е имало взаимодействие или тя е участвала в събитие.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By country</source>
        <translation>По държави</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Active startups</source>
        <translation>Активни стартъпи</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>(none recorded)</source>
        <translation>(не е посочена)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By cohort</source>
        <translation>По випуски</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Cohort</source>
        <translation>Випуск</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sessions held</source>
        <translation>Проведени сесии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no cohort)</source>
        <translation>(без випуск)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Founders of the active startups, by gender</source>
        <translation>Основатели на активните стартъпи по пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founders</source>
        <translation>Основатели</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Female</source>
        <translation>Жени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Мъже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other or not said</source>
        <translation>Друг или непосочен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress of the active startups</source>
        <translation>Напредък на активните стартъпи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Startup</source>
        <translation>Стартъп</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Stage at start</source>
        <translation>Етап в началото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRL at start</source>
        <translation>TRL в началото</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage at end</source>
        <translation>Етап в края</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRL at end</source>
        <translation>TRL в края</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stage and TRL of each startup&apos;s latest progress entry on or before the first and the last day of the period; “—”: none yet.</source>
        <translation>Етапът и TRL по последния запис за напредък на всеки стартъп към първия, съответно към последния ден от периода (включително); „—“: все още няма запис.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active startups by stage at the end of the period</source>
        <translation>Активни стартъпи по етап към края на периода</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+70"/>
        <source>Outcomes</source>
        <translation>Резултати</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+13"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Participations</source>
        <translation>Участия</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Participants by role</source>
        <translation>Участници по роля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Travel vouchers by status at the end of the period</source>
        <translation>Ваучери за пътуване по статус към края на периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vouchers</source>
        <translation>Ваучери</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Заявено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Изплатено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approved and paid: the amounts of the approval and payment steps taken by the end of the period.</source>
        <translation>„Одобрено“ и „Изплатено“: сумите от стъпките по одобрение и плащане, извършени до края на периода.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme voucher budget at the end of the period</source>
        <translation>Бюджет на програмата за ваучери към края на периода</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held by vouchers</source>
        <translation>Ангажирано с ваучери</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Remaining</source>
        <translation>Остатък</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Mentoring and services</source>
        <translation>Менторство и услуги</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Startups</source>
        <translation>Стартъпи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ecosystem</source>
        <translation>Екосистема</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Travel vouchers</source>
        <translation>Ваучери за пътуване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme voucher budget</source>
        <translation>Бюджет на програмата за ваучери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by vouchers at the end of the period</source>
        <translation>Ангажирано с ваучери към края на периода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap per startup</source>
        <translation>Таван за стартъп</translation>
    </message>
</context>
<context>
    <name>hubdesk::PersonData</name>
    <message>
        <location filename="../models/storage/persondata.cpp" line="+255"/>
        <source>The person #%1 does not exist.</source>
        <translation>Лице №%1 не съществува.</translation>
    </message>
</context>
<context>
    <name>hubdesk::PersonDataExport</name>
    <message>
        <location filename="../ui/persondataexport.cpp" line="+61"/>
        <location line="+16"/>
        <location line="+7"/>
        <source>Export everything about this person</source>
        <translation>Експортиране на всички данни за това лице</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Export everything about %1</source>
        <translation>Експортиране на всички данни за %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF to read and print (*.pdf);;JSON for the person or another system (*.json)</source>
        <translation>PDF за четене и печат (*.pdf);;JSON за лицето или за друга система (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Put the contents of the %n attached file(s) into the JSON file too (Base64)?</source>
        <translation>
            <numerusform>Да се включи ли и съдържанието на %n прикачен файл в JSON файла (Base64)?</numerusform>
            <numerusform>Да се включи ли и съдържанието на %n прикачени файла в JSON файла (Base64)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdesk::PersonDataJson</name>
    <message>
        <location filename="../models/io/persondatajson.cpp" line="+78"/>
        <source>The export cannot be written to “%1”: it is a folder.</source>
        <translation>Експортираните данни не могат да се запишат в „%1“: това е папка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export cannot be written to “%1”: the folder “%2” does not exist.</source>
        <translation>Експортираните данни не могат да се запишат в „%1“: папката „%2“ не съществува.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>The export cannot be written to “%1”: %2.</source>
        <translation>Експортираните данни не могат да се запишат в „%1“: %2.</translation>
    </message>
</context>
<context>
    <name>hubdesk::PersonDataReport</name>
    <message>
        <location filename="../models/reports/persondatareport.cpp" line="+69"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+38"/>
        <location line="+69"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="-102"/>
        <source> (in the trash)</source>
        <translation> (в кошчето)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n байт)</numerusform>
            <numerusform>(%n байта)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Промени</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+78"/>
        <source>The person</source>
        <translation>Лицето</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Expert roles</source>
        <translation>Експертни роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expertise areas</source>
        <translation>Области на експертиза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Езици</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Съгласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring sessions as expert</source>
        <translation>Менторски сесии като експерт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events taken part in</source>
        <translation>Събития, в които е участвало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel vouchers as traveller</source>
        <translation>Ваучери за пътуване като пътуващ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Прикачени файлове</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash entries</source>
        <translation>Елементи в кошчето</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merges of duplicate records</source>
        <translation>Обединявания на дублирани записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports that created or changed the record</source>
        <translation>Импортирания, създали или променили записа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values kept by imports</source>
        <translation>Стойности, запазени при импортиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasures</source>
        <translation>Заличавания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Одитен журнал</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal data held about %1</source>
        <translation>Лични данни, съхранявани за %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything this HubDesk database holds about the person, in every table, the audit log included</source>
        <translation>Всичко, което тази база данни на HubDesk съдържа за лицето, във всички таблици, включително одитния журнал</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>Изготвен от</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Изготвен на</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>None.</source>
        <translation>Няма.</translation>
    </message>
</context>
<context>
    <name>hubdesk::PersonErasure</name>
    <message>
        <location filename="../models/storage/personerasure.cpp" line="+159"/>
        <source>Erased person %1</source>
        <translation>Заличено лице %1</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>The person #%1 does not exist (it may have been removed for good).</source>
        <translation>Лице №%1 не съществува (възможно е да е премахнато окончателно).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was erased already, on %2.</source>
        <translation>Лицето „%1“ вече е заличено на %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was changed by someone else (version %2 is stored, you saw version %3). Nothing was erased: look at the record again first.</source>
        <translation>Лицето „%1“ е променено от друг потребител (съхранена е версия %2, а вие видяхте версия %3). Нищо не е заличено: първо прегледайте записа отново.</translation>
    </message>
</context>
<context>
    <name>hubdesk::RecordMerger</name>
    <message>
        <location filename="../models/storage/recordmerger.cpp" line="+84"/>
        <source>A record cannot be merged with itself.</source>
        <translation>Запис не може да бъде обединен със себе си.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” was erased: it is kept only so that the reports stay the same, and cannot be merged.</source>
        <translation>„%1“ е заличен запис: пази се само за да не се променят отчетите и не може да бъде обединяван.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Both records have %1 that cannot be joined (%2): a stakeholder can be one startup only, and take part in an event in a role once. Merge or remove those first.</source>
        <translation>И двата записа имат %1, които не могат да бъдат обединени (%2): една заинтересована страна може да бъде само един стартъп и може да участва в дадено събитие в определена роля само веднъж. Първо обединете или премахнете тези записи.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>There is no merge “%1”.</source>
        <translation>Няма обединяване „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This merge was undone already.</source>
        <translation>Това обединяване вече е отменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The merge names an unknown kind of record.</source>
        <translation>Обединяването съдържа неизвестен вид запис.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was changed after the merge; undoing it would lose those changes.</source>
        <translation>След обединяването има промени в „%1“; отмяната на обединяването би ги загубила.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The merge names an unknown table “%1”.</source>
        <translation>Обединяването съдържа неизвестна таблица „%1“.</translation>
    </message>
</context>
<context>
    <name>hubdesk::RelatedList</name>
    <message>
        <location filename="../ui/relatedlist.cpp" line="+58"/>
        <source>Add participants…</source>
        <translation>Добави участници…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add consent…</source>
        <translation>Добави съгласие…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw today</source>
        <translation>Оттегли днес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the person withdrew the selected consent today</source>
        <translation>Отбелязване, че лицето е оттеглило избраното съгласие днес</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1 hours held</source>
        <translation> · проведени часове: %1</translation>
    </message>
</context>
<context>
    <name>hubdesk::ReportsPage</name>
    <message>
        <location filename="../ui/reportspage.cpp" line="+55"/>
        <source>The key figures of the programme for the dates, with breakdowns by service, stakeholder kind, country, cohort and founder gender; each startup&apos;s stage and TRL at the start and the end; outcomes, events and vouchers against the budget.</source>
        <translation>Основните показатели на програмата за избраните дати с разбивка по услуга, вид заинтересована страна, държава, випуск и пол на основателите; етапът и TRL на всеки стартъп в началото и в края; резултати, събития и ваучери спрямо бюджета.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Financial support to third parties: every travel voucher granted or paid in the dates with its recipient, amounts and dates, totals per recipient against the cap and overall against the budget.</source>
        <translation>Финансова подкрепа за трети страни: всеки ваучер за пътуване, отпуснат или изплатен през избраните дати, с получателя, сумите и датите; общи суми по получател спрямо тавана и общо спрямо бюджета.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One page per startup: its data, stage history, sessions, events, outcomes and vouchers in the dates. Choose a startup, or leave it empty for every startup active in the dates.</source>
        <translation>По една страница за всеки стартъп: данни, история на етапите, сесии, събития, резултати и ваучери през избраните дати. Изберете стартъп или оставете полето празно за всички стартъпи, активни през избраните дати.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours of mentoring held per expert, month and startup, with totals. Choose an expert, or leave it empty for all.</source>
        <translation>Проведени часове менторство по експерт, месец и стартъп, с общи суми. Изберете експерт или оставете полето празно за всички.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reporting &amp;period</source>
        <translation>Отчетен &amp;период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates</source>
        <translation>&amp;Дати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reporting period</source>
        <translation>Отчетен период</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Първи ден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day</source>
        <translation>Последен ден</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Startup</source>
        <translation>&amp;Стартъп</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every startup active in the dates</source>
        <translation>Всички стартъпи, активни през избраните дати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expert</source>
        <translation>&amp;Експерт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All experts</source>
        <translation>Всички експерти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report</source>
        <translation>&amp;Отчет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make report</source>
        <translation>&amp;Изготви отчет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>Пре&amp;глед за печат…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pri&amp;nt…</source>
        <translation>Печа&amp;т…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>Експортирай P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;XLSX…</source>
        <translation>Експортирай &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Експортирай &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report as an A4 PDF</source>
        <translation>Отчетът като PDF във формат A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s tables as a workbook, one sheet per table, for the grant&apos;s annexes</source>
        <translation>Таблиците на отчета като работна книга на Excel, по един лист за таблица, за приложенията към отчетите по проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report&apos;s tables as CSV files, one per table, into a folder</source>
        <translation>Таблиците на отчета като CSV файлове, по един за таблица, в избрана папка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report progress</source>
        <translation>Ход на изготвянето на отчета</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Preview of the report</source>
        <translation>Преглед на отчета</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reporting periods yet: add them on the Reporting periods page</source>
        <translation>Все още няма отчетни периоди: добавете ги на страницата „Отчетни периоди“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 The data has changed since: make the report again for the latest figures.</source>
        <translation>%1 Данните са променени оттогава: изгответе отчета отново, за да получите актуалните стойности.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a reporting period, or dates.</source>
        <translation>Изберете отчетен период или дати.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the first and the last day of the report.</source>
        <translation>Въведете първия и последния ден на отчета.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Последният ден (%1) е преди първия (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No startup is named “%1”: choose one from the list, or clear the field for all.</source>
        <translation>Няма стартъп с име „%1“: изберете от списъка или изчистете полето, за да включите всички.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No expert is named “%1”: choose one from the list, or clear the field for all.</source>
        <translation>Няма експерт с име „%1“: изберете от списъка или изчистете полето, за да включите всички.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose “Make report” to compute it.</source>
        <translation>Изберете „Изготви отчет“, за да бъде изчислен.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Computing the figures…</source>
        <translation>Изчисляване на показателите…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The report could not be made: %1</source>
        <translation>Отчетът не можа да бъде изготвен: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: ready.</source>
        <translation>%1, %2: готов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview: the first %1 of %2 rows. Print, Print preview and the exports hold them all.</source>
        <translation>Преглед: първите %1 от %2 реда. Печатът, прегледът за печат и експортираните файлове съдържат всички.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 table rows. The preview here shows the first %3 rows of each long table; Print, Print preview and the exports hold them all.</source>
        <translation>%1: %2 реда в таблиците. Тук прегледът показва първите %3 реда от всяка дълга таблица; печатът, прегледът за печат и експортираните файлове съдържат всички.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: 1 page.</source>
        <translation>%1: 1 страница.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 pages.</source>
        <translation>%1: %2 страници.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print preview: %1</source>
        <translation>Преглед за печат: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print %1</source>
        <translation>Печат: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the report as PDF</source>
        <translation>Експортиране на отчета като PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the report&apos;s tables as XLSX</source>
        <translation>Експортиране на таблиците на отчета като XLSX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Работни книги на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the CSV files (one per table)</source>
        <translation>Папка за CSV файловете (по един за таблица)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make the report for the choices first.</source>
        <translation>Първо изгответе отчета за направения избор.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing %1…</source>
        <translation>Записване на %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ не е папка.</translation>
    </message>
</context>
<context>
    <name>hubdesk::RestoreDialog</name>
    <message>
        <location filename="../ui/restoredialog.cpp" line="+44"/>
        <source>Restore from backup</source>
        <translation>Възстановяване от резервно копие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup of %1. Nothing changes until you press Restore.</source>
        <translation>Изберете резервно копие на %1. Нищо не се променя, докато не натиснете „Възстанови“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups</source>
        <translation>Резервни копия</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Taken</source>
        <translation>Създадено</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Друг файл…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups are kept in %1</source>
        <translation>Автоматичните резервни копия се съхраняват в %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no automatic backups of this file yet (they are kept in %1). Choose another file.</source>
        <translation>Все още няма автоматични резервни копия на този файл (те се съхраняват в %1). Изберете друг файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup beside the current file</source>
        <translation>Резервното копие редом с текущия файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Резервно копие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current file</source>
        <translation>Текущ файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database version</source>
        <translation>Версия на базата данни</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>now</source>
        <translation>сега</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Възстанови</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a backup to see what it holds.</source>
        <translation>Изберете резервно копие, за да видите какво съдържа.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore from which file?</source>
        <translation>От кой файл да се възстанови?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubDesk databases (*.hubdesk);;All files (*)</source>
        <translation>Бази данни на HubDesk (*.hubdesk);;Всички файлове (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preview of %1</source>
        <translation>Преглед на %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading and checking %1…</source>
        <translation>Четене и проверка на %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This file cannot be restored: %1</source>
        <translation>Този файл не може да бъде възстановен: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore replaces everything in %1 with this backup (differences in bold). Its current content is backed up first, so that this restore can be undone by restoring that backup.</source>
        <translation>Възстановяването заменя цялото съдържание на %1 с това резервно копие (разликите са в получер шрифт). Преди това от текущото съдържание се създава резервно копие, така че възстановяването може да бъде отменено, като се възстанови това копие.</translation>
    </message>
</context>
<context>
    <name>hubdesk::RetentionDialog</name>
    <message>
        <location filename="../ui/retentiondialog.cpp" line="+26"/>
        <source>Retention review</source>
        <translation>Преглед на срока за съхранение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People the programme has had nothing to do with for a while. Activity is the latest of: the record created or changed, a mentoring session as expert, an event taken part in, an interaction, a consent given or withdrawn, a travel voucher as traveller. Decide for each whether to keep, export or erase.</source>
        <translation>Хора, с които програмата не е имала работа от известно време. За активност се смята най-скорошното от: създаване или промяна на записа, менторска сесия като експерт, участие в събитие, взаимодействие, дадено или оттеглено съгласие, ваучер за пътуване като пътуващ. Решете за всяко лице дали да бъде запазено, експортирано или заличено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> years</source>
        <translation> г.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years without activity</source>
        <translation>Години без активност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;activity for at least:</source>
        <translation>Без &amp;активност поне:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>Последна активност</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it was</source>
        <translation>Вид активност</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consents standing</source>
        <translation>Действащи съгласия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People without activity</source>
        <translation>Хора без активност</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експортирай…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything held about each selected person, one PDF each, into a folder</source>
        <translation>Всички данни за всяко избрано лице, в отделен PDF файл за всяко, в папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Заличи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the selected people for good (asks first)</source>
        <translation>Окончателно заличаване на избраните лица (с потвърждение)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n person(s) listed</source>
        <translation>
            <numerusform>%n лице в списъка</numerusform>
            <numerusform>%n лица в списъка</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Folder for the exports</source>
        <translation>Папка за експортираните файлове</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Експортиране</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Записан е %n файл в %1.</numerusform>
            <numerusform>Записани са %n файла в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubdesk::RetentionReview</name>
    <message>
        <location filename="../models/storage/retentionreview.cpp" line="+85"/>
        <source>record created or changed</source>
        <translation>създаване или промяна на записа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mentoring session</source>
        <translation>менторска сесия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation>събитие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interaction</source>
        <translation>взаимодействие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consent given or withdrawn</source>
        <translation>дадено или оттеглено съгласие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>travel voucher</source>
        <translation>ваучер за пътуване</translation>
    </message>
</context>
<context>
    <name>hubdesk::SaveCopyPrompt</name>
    <message>
        <location filename="../ui/savecopyprompt.cpp" line="+17"/>
        <source> (copy).hubdesk</source>
        <translation> (копие).hubdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the open database</source>
        <translation>Запазване на копие на отворената база данни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubDesk databases (*.hubdesk)</source>
        <translation>Бази данни на HubDesk (*.hubdesk)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No copy saved</source>
        <translation>Не е запазено копие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy saved</source>
        <translation>Копието е запазено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in the open database was saved to “%1”. Open that file (File → Open database…) to go on working in it.</source>
        <translation>Цялото съдържание на отворената база данни е запазено в „%1“. Отворете този файл (Файл → Отвори база данни…), за да продължите работа в него.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database file is gone</source>
        <translation>Файлът на базата данни вече не съществува</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>Запази копие…</translation>
    </message>
</context>
<context>
    <name>hubdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+41"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Вие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name in the audit log</source>
        <translation>Вашето име в одитния журнал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name in the audit log:</source>
        <translation>Вашето име в одитния журнал:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <translation>Език на системата (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of HubDesk&apos;s window, reports and exports; dates, numbers and amounts follow it.</source>
        <translation>Езикът на прозореца, отчетите и експортираните файлове на HubDesk; датите, числата и сумите се изписват според него.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HubDesk speaks the new language from its next start.</source>
        <translation>HubDesk ще използва новия език след следващото си стартиране.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups (this computer)</source>
        <translation>Автоматични резервни копия (този компютър)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic backups to keep</source>
        <translation>Брой автоматични резервни копия за съхранение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HubDesk backs the file up when it is opened (once a day), around large imports and merges, and when it is closed after changes; the oldest beyond this number are removed.</source>
        <translation>HubDesk създава резервно копие на файла при отварянето му (веднъж на ден), преди и след големи импортирания и обединявания, както и при затварянето му след промени; най-старите копия над този брой се премахват.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups to keep:</source>
        <translation>Брой автоматични резервни копия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none for a database in memory)</source>
        <translation>(няма за база данни в паметта)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept in:</source>
        <translation>Съхраняват се в:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme (kept in the database)</source>
        <translation>Програма (съхранява се в базата данни)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: “%2” is not an amount.</source>
        <translation>%1: „%2“ не е сума.</translation>
    </message>
</context>
<context>
    <name>hubdesk::StartupProfileReport</name>
    <message>
        <location filename="../models/reports/startupprofilereport.cpp" line="+72"/>
        <source>Legal name</source>
        <translation>Юридическо наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country, city</source>
        <translation>Държава, град</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company ID</source>
        <translation>Фирмен идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort, hub</source>
        <translation>Випуск, хъб</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <location line="+21"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Stage, TRL</source>
        <translation>Етап, TRL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media challenge</source>
        <translation>Медийно предизвикателство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technologies</source>
        <translation>Технологии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team, founders</source>
        <translation>Екип, основатели</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people; founders: %2 female, %3 male, %4 other</source>
        <translation>членове на екипа: %1; основатели: жени – %2, мъже – %3, друг – %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joined, left</source>
        <translation>Включване, напускане</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage history</source>
        <translation>История на етапите</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TRL</source>
        <translation>TRL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mentoring sessions in the period</source>
        <translation>Менторски сесии през периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Експерт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Часове</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Held</source>
        <translation>Общо проведени</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcomes in the period</source>
        <translation>Резултати през периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterpart</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Travel vouchers (status at the end of the period)</source>
        <translation>Ваучери за пътуване (статус към края на периода)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Заявено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Изплатено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events in the period</source>
        <translation>Събития през периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Събитие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No startup was in the programme in this period.</source>
        <translation>През този период в програмата не е имало стартъпи.</translation>
    </message>
</context>
<context>
    <name>hubdesk::TableExportJob</name>
    <message>
        <location filename="../ui/tableexportjob.cpp" line="+50"/>
        <source>Writing %1…</source>
        <translation>Записване на %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Експортиране</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Writing %1: %2 of %3 rows…</source>
        <translation>Записване на %1: %2 от %3 реда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1: all %2 rows read, saving the file…</source>
        <translation>Записване на %1: всички %2 реда са прочетени, файлът се запазва…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling…</source>
        <translation>Прекратяване…</translation>
    </message>
</context>
<context>
    <name>hubdesk::TableExporter</name>
    <message>
        <location filename="../models/io/tableexporter.cpp" line="+64"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The export cannot be written to “%1”: %2.</source>
        <translation>Данните не могат да се експортират в „%1“: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder does not exist</source>
        <translation>папката не съществува</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%L1 rows are more than a sheet holds (%L2); export fewer rows, or as CSV</source>
        <translation>%L1 реда са повече, отколкото побира един лист (%L2); експортирайте по-малко редове или във формат CSV</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>A %1 has no field “%2”.</source>
        <translation>Запис от вида „%1“ няма поле „%2“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Експортирането е прекратено; нищо не е записано.</translation>
    </message>
</context>
<context>
    <name>hubdesk::TrashPage</name>
    <message>
        <location filename="../ui/trashpage.cpp" line="+27"/>
        <location line="+75"/>
        <source>Trash</source>
        <translation>Кошче</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Deleted records stay here, with what went with them, until you restore them or delete them for good. Reports leave them out.</source>
        <translation>Изтритите записи остават тук заедно с изтритото с тях, докато не ги възстановите или изтриете окончателно. Отчетите не ги включват.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted</source>
        <translation>Изтрито на</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records in all</source>
        <translation>Общо записи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Изтрито от</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records in the trash</source>
        <translation>Записи в кошчето</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Възстанови</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for &amp;good…</source>
        <translation>Изтрий о&amp;кончателно…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Restored “%1”.</source>
        <translation>Възстановено: „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete for good</source>
        <translation>Окончателно изтриване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” and what went to the trash with it for good? This cannot be undone; the audit log keeps that it happened.</source>
        <translation>Да се изтрие ли окончателно „%1“ заедно с всичко, преместено с него в кошчето? Това действие не може да бъде отменено; одитният журнал запазва информация, че е извършено.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted “%1” for good.</source>
        <translation>Окончателно изтрито: „%1“.</translation>
    </message>
</context>
<context>
    <name>hubdesk::VCardSource</name>
    <message>
        <location filename="../models/io/vcardsource.cpp" line="+69"/>
        <source>Organisation in the vCard: %1</source>
        <translation>Организация във vCard: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web: %1</source>
        <translation>Уеб: %1</translation>
    </message>
</context>
<context>
    <name>hubdesk::ValueParser</name>
    <message>
        <location filename="../models/io/valueparser.cpp" line="+192"/>
        <source>“%1” is not a country: give its two-letter code (BG, GR …) or its name</source>
        <translation>„%1“ не е държава: въведете двубуквения ѝ код (BG, GR …) или името ѝ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ не е сред допустимите стойности: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not one of the values of %2</source>
        <translation>„%1“ не е сред стойностите на „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a date: write it as 2025-03-31, 31.03.2025 or 31/03/2025</source>
        <translation>„%1“ не е дата: въведете я като 2025-03-31, 31.03.2025 или 31/03/2025</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an amount: write it as 1234.50 or 1 234,50</source>
        <translation>„%1“ не е парична сума: въведете я като 1234.50 или 1 234,50</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ не е цяло число</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a duration: write minutes (90) or hours and minutes (1:30)</source>
        <translation>„%1“ не е продължителност: въведете минути (90) или часове и минути (1:30)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not yes or no</source>
        <translation>„%1“ не е „да“ или „не“</translation>
    </message>
</context>
<context>
    <name>hubdesk::VoucherPanel</name>
    <message>
        <location filename="../ui/voucherpanel.cpp" line="+32"/>
        <source>Voucher cap and budget</source>
        <translation>Таван и бюджет за ваучери</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cap per startup %1: %2 left (%3 held by its other vouchers).</source>
        <translation>Таван за стартъп %1: остават %2 (%3 са ангажирани от другите му ваучери).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No voucher cap per startup is set (Settings).</source>
        <translation>Не е зададен таван на ваучерите за стартъп (Настройки).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme budget %1: %2 left.</source>
        <translation>Бюджет на програмата %1: остават %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No programme voucher budget is set (Settings).</source>
        <translation>Не е зададен бюджет на програмата за ваучери (Настройки).</translation>
    </message>
</context>
<context>
    <name>hubdesk::VoucherStepDialog</name>
    <message>
        <location filename="../ui/voucherstepdialog.cpp" line="+19"/>
        <source>Approve</source>
        <translation>Одобри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark claimed</source>
        <translation>Отбележи като предявен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark paid</source>
        <translation>Отбележи като изплатен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Отхвърли</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel voucher</source>
        <translation>Анулирай ваучера</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — voucher %2</source>
        <translation>%1 — ваучер %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amount in %1</source>
        <translation>Сума в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount approved (%1):</source>
        <translation>Одобрена сума (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount claimed (%1):</source>
        <translation>Предявена сума (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid (%1):</source>
        <translation>Изплатена сума (%1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipts received</source>
        <translation>Получени разходни документи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason to accept the claim without receipts</source>
        <translation>Причина за приемане на искането без разходооправдателни документи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without receipts, because:</source>
        <translation>Без документи, защото:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ не е сума.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount cannot be negative.</source>
        <translation>Сумата не може да бъде отрицателна.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the date.</source>
        <translation>Въведете датата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason; it goes into the voucher&apos;s history and the grant report.</source>
        <translation>Посочете причината; тя се записва в историята на ваучера и в отчета по проекта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without receipts, give the reason to accept the claim.</source>
        <translation>При липса на разходооправдателни документи посочете причината за приемане на искането.</translation>
    </message>
</context>
<context>
    <name>hubdesk::XlsxTableWriter</name>
    <message>
        <location filename="../models/io/xlsxtablewriter.cpp" line="+86"/>
        <source>The export cannot be written to “%1”: %2.</source>
        <translation>Данните не могат да се експортират в „%1“: %2.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the folder does not exist</source>
        <translation>папката не съществува</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>a sheet holds at most %L1 rows; export fewer rows, or as CSV</source>
        <translation>един лист побира най-много %L1 реда; експортирайте по-малко редове или във формат CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row %1, column “%2” holds %3 characters, and an Excel cell holds at most %4; export as CSV, which has no such limit</source>
        <translation>ред %1, колона „%2“ съдържа %3 знака, а клетка в Excel побира най-много %4; експортирайте като CSV, където няма такова ограничение</translation>
    </message>
</context>
</TS>
