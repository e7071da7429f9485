// The hubdesk command line, run as a user runs it: exit codes, output, and no display needed.
#include "io/csvreader.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "storage/repository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void version_namesTheFormatQtAndSqlite();
    void help_listsEveryCommand();
    void demo_thenCheck_isSound();
    void check_exitCodes_data();
    void check_exitCodes();
    void check_writesNothing();
    void demo_refusesAnExistingFile();
    void badArguments_exitWithUsage_data();
    void badArguments_exitWithUsage();
    void report_writesPdfXlsxAndCsv();
    void report_range_matchesAPlainCount();
    void report_badArguments_data();
    void report_badArguments();
    void report_unwritableOutput_failsAndNamesIt();
    void import_csv_createsOneBatch_thenReverts();
    void import_badRows_writeNothingAndNameRowAndColumn();
    void export_thenImport_givesTheSameCount();
    void export_listAsShown_searchSortAndColumns();
    void export_badArguments_data();
    void export_badArguments();
    void import_badArguments_data();
    void import_badArguments();
    void personExport_writesPdfAndJson_andRefusesBadInput();

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    QTemporaryDir m_dir;
    QString m_demo;
};

TestCli::Result TestCli::run(const QStringList &arguments) const
{
    QProcess p;
    // No display at all: headless commands must not need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // Automatic backups (of large imports) go into the test's folder, not the user's data.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HUBDESK_BINARY), arguments);
    if (!p.waitForFinished(120000))
        qFatal("hubdesk %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.hubdesk"));
    const Result r = run({QStringLiteral("demo"), m_demo});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("organisations")));
}

void TestCli::version_namesTheFormatQtAndSqlite()
{
    const Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("hubdesk %1").arg(QStringLiteral(HUBDESK_VERSION))));
    QVERIFY(r.out.contains(QStringLiteral("database version %1").arg(Migrations::latest())));
    QVERIFY(r.out.contains(QLatin1String("SQLite 3.")));
}

void TestCli::help_listsEveryCommand()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *word : {"demo FILE", "check FILE", "report REPORT", "--version", "exit 0 sound"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
    const Result demo = run({QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(demo.code, 0);
    QVERIFY(demo.out.contains(QLatin1String("--size")));
    const Result check = run({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(check.code, 0);
    QVERIFY(check.out.contains(QLatin1String("Exit codes")));
}

void TestCli::demo_thenCheck_isSound()
{
    const Result r = run({QStringLiteral("check"), m_demo});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Schema version: %1").arg(Migrations::latest())));
    QVERIFY(r.out.contains(QLatin1String("Integrity:      ok")));
    QVERIFY(r.out.contains(QLatin1String("interactions")));
    QVERIFY(r.out.contains(QLatin1String("4000")));
    QVERIFY(r.out.contains(QLatin1String("sound")));
}

void TestCli::check_exitCodes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text file") << "text" << 2 << "text file";
    QTest::newRow("missing") << "missing" << 2 << "does not exist";
    QTest::newRow("other application") << "foreign" << 2 << "not one made by HubDesk";
    QTest::newRow("newer version") << "newer" << 2 << "newer HubDesk";
    QTest::newRow("damaged") << "damaged" << 1 << "damaged";
    QTest::newRow("truncated HubDesk file") << "truncated" << 1 << "truncated";
}

void TestCli::check_exitCodes()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString file = m_dir.filePath(kind + QStringLiteral(".hubdesk"));
    const QByteArray demo = test::readBytes(m_demo);
    if (kind == QLatin1String("text")) {
        test::writeBytes(file, "hello\n");
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
        if (kind == QLatin1String("newer"))
            test::writeBytes(file, demo);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(kind == QLatin1String("newer") ? QStringLiteral("PRAGMA user_version = 999")
                                                          : QStringLiteral("CREATE TABLE x (y)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    } else if (kind == QLatin1String("damaged")) {
        // Scribble over the last quarter of the pages, keeping the header and the size.
        QByteArray bytes = demo;
        for (qsizetype i = bytes.size() * 3 / 4; i < bytes.size(); ++i)
            bytes[i] = char(i * 131);
        test::writeBytes(file, bytes);
    } else if (kind == QLatin1String("truncated")) {
        test::writeBytes(file, demo.left(demo.size() / 2 / 4096 * 4096));
    }
    const Result r = run({QStringLiteral("check"), file});
    QCOMPARE(r.code, code);
    QVERIFY2((r.out + r.err).contains(mentions, Qt::CaseInsensitive), qPrintable(r.out + r.err));
}

void TestCli::check_writesNothing()
{
    const QByteArray before = test::readBytes(m_demo);
    const QDateTime modified = QFileInfo(m_demo).lastModified();
    QCOMPARE(run({QStringLiteral("check"), m_demo}).code, 0);
    QCOMPARE(test::readBytes(m_demo), before);
    QCOMPARE(QFileInfo(m_demo).lastModified(), modified);
}

void TestCli::demo_refusesAnExistingFile()
{
    const QString file = m_dir.filePath(QStringLiteral("mine.csv"));
    test::writeBytes(file, "precious");
    const Result r = run({QStringLiteral("demo"), file});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("already exists")));
    QCOMPARE(test::readBytes(file), QByteArray("precious"));
}

void TestCli::badArguments_exitWithUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("size not a number") << QStringList{"demo", "x.hubdesk", "--size", "lots"} << "--size";
    QTest::newRow("size zero") << QStringList{"demo", "x.hubdesk", "--size", "0"} << "--size";
    QTest::newRow("demo without file") << QStringList{"demo"} << "FILE";
    QTest::newRow("check two files") << QStringList{"check", "a", "b"} << "FILE";
    QTest::newRow("unknown option") << QStringList{"check", "--frobnicate", "a"} << "frobnicate";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown";
}

void TestCli::badArguments_exitWithUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Result r = run(arguments);
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.hubdesk")));
}

void TestCli::report_writesPdfXlsxAndCsv()
{
    const QString pdf = m_dir.filePath(QStringLiteral("periodic.pdf"));
    const QString xlsx = m_dir.filePath(QStringLiteral("periodic.xlsx"));
    const QString csv = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(csv));
    const Result r = run({QStringLiteral("report"), QStringLiteral("periodic"), QStringLiteral("--db"), m_demo,
                          QStringLiteral("--period"), QStringLiteral("P1 (2025)"), QStringLiteral("--pdf"), pdf,
                          QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("figures in")), qPrintable(r.out));
    // A PDF, with the page count in its footer.
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString pages = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(pages.contains(QLatin1String("Periodic progress report")));
    QVERIFY(pages.contains(QLatin1String("Page 1 of ")));
    // An XLSX is a zip.
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK"));
    // One CSV per table, the key figures among them.
    QFile figures(QDir(csv).filePath(QStringLiteral("key_figures.csv")));
    QVERIFY(figures.open(QIODevice::ReadOnly));
    const QByteArray bytes = figures.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the byte order mark Excel needs
    const QString content = QString::fromUtf8(bytes);
    QVERIFY(content.contains(QLatin1String("Mentoring sessions held")));
    // Reading changed nothing: the database is still sound.
    QCOMPARE(run({QStringLiteral("check"), m_demo}).code, 0);
}

void TestCli::report_range_matchesAPlainCount()
{
    // The held sessions of the first half of 2025, counted here with plain SQL.
    qint64 held = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(m_demo);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM mentoring_sessions WHERE status = 'held' AND deleted_batch IS NULL "
                                      "AND session_date BETWEEN '2025-01-01' AND '2025-06-30'")));
        QVERIFY(q.next());
        held = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    QVERIFY(held > 0);
    const QString csv = m_dir.filePath(QStringLiteral("half"));
    QVERIFY(QDir().mkpath(csv));
    const Result r = run({QStringLiteral("report"), QStringLiteral("periodic"), QStringLiteral("--db"), m_demo,
                          QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                          QStringLiteral("2025-06-30"), QStringLiteral("--csv"), csv, QStringLiteral("--no-bom"),
                          QStringLiteral("--delimiter"), QStringLiteral("semicolon")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile figures(QDir(csv).filePath(QStringLiteral("key_figures.csv")));
    QVERIFY(figures.open(QIODevice::ReadOnly));
    const QByteArray bytes = figures.readAll();
    QVERIFY(bytes.startsWith("Figure;"));
    const QString content = QString::fromUtf8(bytes);
    QVERIFY2(content.contains(QStringLiteral("Mentoring sessions held;%1;").arg(held)), qPrintable(content));
}

void TestCli::report_badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString out = QStringLiteral("--pdf=") + QDir::temp().filePath(QStringLiteral("hubdesk-never.pdf"));
    QTest::newRow("no report") << QStringList{"report"} << "periodic, fstp";
    QTest::newRow("unknown report") << QStringList{"report", "annual", "--db", "x", "--period", "P", out} << "periodic, fstp";
    QTest::newRow("no database") << QStringList{"report", "periodic", "--period", "P1 (2025)", out} << "--db";
    QTest::newRow("neither period nor range") << QStringList{"report", "periodic", "--db", "@demo", out} << "--period";
    QTest::newRow("period and range") << QStringList{"report", "periodic", "--db", "@demo", "--period", "P1 (2025)",
                                                     "--from", "2025-01-01", "--to", "2025-02-01", out}
                                      << "either";
    QTest::newRow("from without to") << QStringList{"report", "periodic", "--db", "@demo", "--from", "2025-01-01", out}
                                     << "go together";
    QTest::newRow("not ISO") << QStringList{"report", "periodic", "--db", "@demo", "--from", "01.01.2025", "--to",
                                            "2025-02-01", out}
                             << "01.01.2025";
    QTest::newRow("no such day") << QStringList{"report", "periodic", "--db", "@demo", "--from", "2025-02-30", "--to",
                                                "2025-03-01", out}
                                 << "2025-02-30";
    QTest::newRow("to before from") << QStringList{"report", "periodic", "--db", "@demo", "--from", "2025-03-01", "--to",
                                                   "2025-02-01", out}
                                    << "before";
    QTest::newRow("unknown period") << QStringList{"report", "fstp", "--db", "@demo", "--period", "P9", out} << "P9";
    QTest::newRow("startup on periodic") << QStringList{"report", "periodic", "--db", "@demo", "--period", "P1 (2025)",
                                                        "--startup", "1", out}
                                         << "profile";
    QTest::newRow("startup not a number") << QStringList{"report", "profile", "--db", "@demo", "--period", "P1 (2025)",
                                                         "--startup", "x", out}
                                          << "--startup";
    QTest::newRow("no such startup") << QStringList{"report", "profile", "--db", "@demo", "--period", "P1 (2025)",
                                                    "--startup", "999999", out}
                                     << "999999";
    QTest::newRow("nothing to write") << QStringList{"report", "periodic", "--db", "@demo", "--period", "P1 (2025)"}
                                      << "--pdf";
    QTest::newRow("csv not a folder") << QStringList{"report", "periodic", "--db", "@demo", "--period", "P1 (2025)",
                                                     "--csv", "@demo"}
                                      << "folder";
    QTest::newRow("bad delimiter") << QStringList{"report", "periodic", "--db", "@demo", "--period", "P1 (2025)", out,
                                                  "--delimiter", "pipe"}
                                   << "pipe";
}

void TestCli::report_badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    arguments.replaceInStrings(QStringLiteral("@demo"), m_demo);
    const Result r = run(arguments);
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("hubdesk-never.pdf"))));
}

void TestCli::report_unwritableOutput_failsAndNamesIt()
{
    // A database that is not there, and a PDF into a folder that is not there: exit 1.
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.hubdesk"));
    Result r = run({QStringLiteral("report"), QStringLiteral("periodic"), QStringLiteral("--db"), missing,
                    QStringLiteral("--period"), QStringLiteral("P1 (2025)"), QStringLiteral("--pdf"),
                    m_dir.filePath(QStringLiteral("a.pdf"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("nowhere.hubdesk")), qPrintable(r.err));
    QVERIFY(!QFile::exists(missing));
    const QString pdf = m_dir.filePath(QStringLiteral("no folder/a.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("timesheet"), QStringLiteral("--db"), m_demo,
             QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-12-31"),
             QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("no folder")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

namespace {

qint64 organisations(const QString &path)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("orgs"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM organisations")) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("orgs"));
    return n;
}

} // namespace

void TestCli::import_csv_createsOneBatch_thenReverts()
{
    const QString db = m_dir.filePath(QStringLiteral("import.hubdesk"));
    QVERIFY(Database::create(db, nullptr));
    const QString csv = m_dir.filePath(QStringLiteral("partners.csv"));
    // A partner's spreadsheet: BOM, semicolons, CRLF, a quoted name with a line break.
    test::writeBytes(csv, "\xEF\xBB\xBFName;Kind;Country;E-mail\r\n"
                          "\xE2\x80\x9D\xD0\x94\xD0\xB8\xD1\x81\xD0\xB8\xD0\xB1\xE2\x80\x9D \xD0\x9E\xD0\x9E\xD0\x94;Start-up / scale-up;Bulgaria;office@disib.bg\r\n"
                          "\"Nordic\nMedia AS\";media;NO;\r\n");
    Result r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), db, csv,
                    QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("2 rows read")), qPrintable(r.out));
    QCOMPARE(organisations(db), 0);
    r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), db, csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(organisations(db), 2);
    const QString batch = r.out.section(QStringLiteral("as import "), 1).section(QLatin1Char(';'), 0, 0).trimmed();
    QCOMPARE(batch.size(), 36);
    r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--list")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(batch) && r.out.contains(QStringLiteral("partners.csv: 2 created")), qPrintable(r.out));
    r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--revert"), batch});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(organisations(db), 0);
    r = run({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--revert"), batch});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("taken back already")), qPrintable(r.err));
}

void TestCli::import_badRows_writeNothingAndNameRowAndColumn()
{
    const QString db = m_dir.filePath(QStringLiteral("bad.hubdesk"));
    QVERIFY(Database::create(db, nullptr));
    const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
    test::writeBytes(csv, "Name,Kind,Country\nGood Ltd,corporation,BG\nBad Ltd,bakery,BG\n,media,Atlantis\n");
    Result r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), db, csv});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Row 3, column 2 “Kind”: “bakery” is not one of")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Row 4, column 3 “Country”")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--rejects")), qPrintable(r.err));
    QCOMPARE(organisations(db), 0);
    const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
    r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), db, csv,
             QStringLiteral("--rejects"), rejects});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(organisations(db), 1);
    const QString rejected = QString::fromUtf8(test::readBytes(rejects));
    QVERIFY2(rejected.contains(QStringLiteral("Bad Ltd")) && rejected.contains(QStringLiteral("Atlantis")), qPrintable(rejected));
    QVERIFY(!rejected.contains(QStringLiteral("Good Ltd")));
    // Again: the good row is a duplicate now, the bad ones are rejected again. With
    // --rejects that is no failure, and the message does not ask for --rejects.
    QVERIFY(QFile::remove(rejects));
    r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), db, csv,
             QStringLiteral("--rejects"), rejects});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("give --rejects")) && r.out.contains(QStringLiteral("no valid row is new")),
             qPrintable(r.out + r.err));
    QVERIFY(QFile::exists(rejects));
    QCOMPARE(organisations(db), 1);
}

void TestCli::export_thenImport_givesTheSameCount()
{
    const QString csv = m_dir.filePath(QStringLiteral("demo-orgs.csv"));
    Result r = run({QStringLiteral("export"), QStringLiteral("organisations"), QStringLiteral("--db"), m_demo,
                    QStringLiteral("--csv"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const qint64 before = organisations(m_demo);
    QVERIFY2(r.out.contains(QStringLiteral("Wrote %1 stakeholders").arg(before)), qPrintable(r.out));
    const QString copy = m_dir.filePath(QStringLiteral("copy.hubdesk"));
    QVERIFY(Database::create(copy, nullptr));
    // The sample data has near-twins on purpose (same website or e-mail): all are wanted here.
    r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), copy, csv,
             QStringLiteral("--duplicates"), QStringLiteral("create")});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(organisations(copy) == before, qPrintable(r.out));
    // XLSX too, and it reads back.
    const QString xlsx = m_dir.filePath(QStringLiteral("demo-orgs.xlsx"));
    r = run({QStringLiteral("export"), QStringLiteral("organisations"), QStringLiteral("--db"), m_demo,
             QStringLiteral("--xlsx"), xlsx});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), copy, xlsx,
             QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("%1 duplicates skipped").arg(before)), qPrintable(r.out));
}

void TestCli::export_listAsShown_searchSortAndColumns()
{
    const QString csv = m_dir.filePath(QStringLiteral("sofia-desc.csv"));
    const Result r = run({QStringLiteral("export"), QStringLiteral("organisations"), QStringLiteral("--db"), m_demo,
                          QStringLiteral("--csv"), csv, QStringLiteral("--search"), QStringLiteral("sofia"),
                          QStringLiteral("--sort"), QStringLiteral("name:desc"), QStringLiteral("--columns"),
                          QStringLiteral("city,name,kind")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The rows a page lists for the same search and order, read through the repository.
    QStringList expected;
    {
        Database::Options options;
        options.readOnly = true;
        auto db = Database::open(m_demo, options, nullptr);
        QVERIFY(db);
        ListQuery q;
        q.search = QStringLiteral("sofia");
        q.sortKey = QStringLiteral("name");
        q.descending = true;
        q.limit = 100000;
        Error e;
        const RowSet rows = Repositories::create(*db, EntityType::Organisation)->list(q, &e);
        QVERIFY2(!e, qPrintable(e.message));
        for (int i = 0; i < rows.rows.size(); ++i)
            expected.append(rows.value(i, QStringLiteral("name")).toString());
    }
    QVERIFY(expected.size() > 1);
    QVERIFY2(r.out.contains(QStringLiteral("Wrote %1 stakeholders").arg(expected.size())), qPrintable(r.out));
    CsvReader reader(csv);
    SourceRow row;
    QVERIFY(reader.next(&row));
    QCOMPARE(row.cells, (QStringList{QStringLiteral("City"), QStringLiteral("Name"), QStringLiteral("Kind")}));
    QStringList names;
    while (reader.next(&row))
        names.append(row.cells.value(1));
    QCOMPARE(names, expected);
}

void TestCli::export_badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nothing to export") << QStringList{"export", "--db", "@demo", "--csv", "x.csv"} << 64 << "organisations, people";
    QTest::newRow("unknown kind") << QStringList{"export", "robots", "--db", "@demo", "--csv", "x.csv"} << 64 << "organisations, people";
    QTest::newRow("no database") << QStringList{"export", "people", "--csv", "x.csv"} << 64 << "--db";
    QTest::newRow("both formats") << QStringList{"export", "people", "--db", "@demo", "--csv", "x.csv", "--xlsx", "x.xlsx"} << 64 << "either";
    QTest::newRow("neither format") << QStringList{"export", "people", "--db", "@demo"} << 64 << "either";
    QTest::newRow("missing folder") << QStringList{"export", "people", "--db", "@demo", "--csv", "@dir/none/x.csv"} << 1 << "none";
    QTest::newRow("missing database") << QStringList{"export", "people", "--db", "@dir/none.hubdesk", "--csv", "@dir/x.csv"} << 1 << "none.hubdesk";
    QTest::newRow("unknown column") << QStringList{"export", "people", "--db", "@demo", "--csv", "@dir/x.csv", "--columns", "label,shoe_size"} << 64 << "shoe_size";
    QTest::newRow("no columns") << QStringList{"export", "people", "--db", "@demo", "--csv", "@dir/x.csv", "--columns", " , "} << 64 << "--columns";
    QTest::newRow("unknown sort field") << QStringList{"export", "people", "--db", "@demo", "--csv", "@dir/x.csv", "--sort", "shoe_size"} << 64 << "shoe_size";
    QTest::newRow("sort by a tag field") << QStringList{"export", "organisations", "--db", "@demo", "--csv", "@dir/x.csv", "--sort", "tags:desc"} << 64 << "“tags”";
    QTest::newRow("unknown sort direction") << QStringList{"export", "people", "--db", "@demo", "--csv", "@dir/x.csv", "--sort", "email:sideways"} << 64 << "sideways";
}

void TestCli::export_badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    arguments.replaceInStrings(QStringLiteral("@demo"), m_demo);
    arguments.replaceInStrings(QStringLiteral("@dir"), m_dir.path());
    const Result r = run(arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.csv")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
}

void TestCli::import_badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no database") << QStringList{"import", "organisations", "x.csv"} << 64 << "--db";
    QTest::newRow("unknown target") << QStringList{"import", "spaceships", "--db", "@db", "@csv"} << 64 << "organisations, people";
    QTest::newRow("no input") << QStringList{"import", "people", "--db", "@db"} << 64 << "INPUT";
    QTest::newRow("input missing") << QStringList{"import", "people", "--db", "@db", "nowhere.csv"} << 64 << "nowhere.csv";
    QTest::newRow("bad encoding") << QStringList{"import", "people", "--db", "@db", "@csv", "--encoding", "ebcdic"} << 64 << "ebcdic";
    QTest::newRow("columns lack a required field") << QStringList{"import", "people", "--db", "@db", "@csv"} << 2 << "first name or a last name";
    QTest::newRow("old Excel file") << QStringList{"import", "organisations", "--db", "@db", "@xls"} << 1 << ".xlsx";
    QTest::newRow("unknown batch") << QStringList{"import", "--db", "@db", "--revert", "nope"} << 64 << "nope";
}

void TestCli::import_badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QString db = m_dir.filePath(QStringLiteral("args.hubdesk"));
    if (!QFile::exists(db))
        QVERIFY(Database::create(db, nullptr));
    const QString csv = m_dir.filePath(QStringLiteral("args.csv"));
    test::writeBytes(csv, "Job title,Phone\nCEO,123\n");
    const QString xls = m_dir.filePath(QStringLiteral("old.xls"));
    test::writeBytes(xls, QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(504, '\0'));
    arguments.replaceInStrings(QStringLiteral("@db"), db);
    arguments.replaceInStrings(QStringLiteral("@csv"), csv);
    arguments.replaceInStrings(QStringLiteral("@xls"), xls);
    const Result r = run(arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(organisations(db), 0);
}

void TestCli::personExport_writesPdfAndJson_andRefusesBadInput()
{
    const QString pdf = m_dir.filePath(QStringLiteral("person1.pdf"));
    Result r = run({QStringLiteral("person-export"), QStringLiteral("1"), QStringLiteral("--db"), m_demo, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString json = m_dir.filePath(QStringLiteral("person1.json"));
    r = run({QStringLiteral("person-export"), QStringLiteral("1"), QStringLiteral("--db"), m_demo, QStringLiteral("--json"), json,
             QStringLiteral("--with-files")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"hubdesk-person-data\""));
    // Nobody by that id; a folder that does not exist; wrong usage.
    r = run({QStringLiteral("person-export"), QStringLiteral("999999"), QStringLiteral("--db"), m_demo, QStringLiteral("--pdf"), pdf});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("999999")), qPrintable(r.err));
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/p.pdf"));
    r = run({QStringLiteral("person-export"), QStringLiteral("1"), QStringLiteral("--db"), m_demo, QStringLiteral("--pdf"), nowhere});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(nowhere)), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("person-export"), QStringLiteral("x"), QStringLiteral("--db"), m_demo, QStringLiteral("--pdf"), pdf}).code, 64);
    QCOMPARE(run({QStringLiteral("person-export"), QStringLiteral("1"), QStringLiteral("--db"), m_demo}).code, 64);
    QCOMPARE(run({QStringLiteral("person-export"), QStringLiteral("1"), QStringLiteral("--db"), m_demo, QStringLiteral("--pdf"), pdf,
                  QStringLiteral("--with-files")}).code,
             64);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
