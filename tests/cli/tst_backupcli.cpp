// hubdesk backup and hubdesk restore, run as a user runs them: exit codes, what they
// print, and what they leave on the disk.
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

class TestBackupCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void help_listsBackupAndRestore();
    void backup_toAFile_thenCheckIsSound();
    void backup_toAFolder_namesTheCopy();
    void backup_refusesAnExistingDest_unlessOverwrite();
    void backup_badInput_data();
    void backup_badInput();
    void restore_backsUpTheFileFirst_andSaysWhere();
    void restore_intoAMissingFile_makesIt();
    void restore_badBackup_leavesTheFileUntouched_data();
    void restore_badBackup_leavesTheFileUntouched();
    void import_large_isBackedUpBeforeAndAfter();

private:
    struct Result
    {
        int code;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;
    qint64 organisations(const QString &file) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dataHome() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    QString m_demo;
};

TestBackupCli::Result TestBackupCli::run(const QStringList &arguments) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // The automatic backups go into the test's folder, not the user's data.
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HUBDESK_BINARY), arguments);
    if (!p.waitForFinished(120000))
        qFatal("hubdesk %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint64 TestBackupCli::organisations(const QString &file) const
{
    Database::Options options;
    options.readOnly = true;
    OpenError error;
    const auto db = Database::open(file, options, &error);
    return db ? Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toLongLong() : -1;
}

void TestBackupCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.hubdesk"));
    const Result r = run({QStringLiteral("demo"), m_demo, QStringLiteral("--size"), QStringLiteral("500")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestBackupCli::help_listsBackupAndRestore()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("backup FILE DEST")));
    QVERIFY(r.out.contains(QStringLiteral("restore BACKUP FILE")));
    const Result b = run({QStringLiteral("backup"), QStringLiteral("--help")});
    QCOMPARE(b.code, 0);
    QVERIFY(b.out.contains(QStringLiteral("Exit codes")));
}

void TestBackupCli::backup_toAFile_thenCheckIsSound()
{
    const QString copy = path(QStringLiteral("copy.hubdesk"));
    const Result r = run({QStringLiteral("backup"), m_demo, copy});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QDir::toNativeSeparators(copy)));
    const Result check = run({QStringLiteral("check"), copy});
    QVERIFY2(check.code == 0, qPrintable(check.err + check.out));
    QCOMPARE(organisations(copy), organisations(m_demo));
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(copy).permissions() & 0x0077, QFileDevice::Permissions()); // nothing for group or others
#endif
}

void TestBackupCli::backup_toAFolder_namesTheCopy()
{
    const QString folder = path(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    const Result r = run({QStringLiteral("backup"), m_demo, folder});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.size(), 1);
    QVERIFY2(files.constFirst().startsWith(QStringLiteral("demo_")), qPrintable(files.constFirst()));
    QVERIFY(files.constFirst().endsWith(QStringLiteral("_manual.hubdesk")));
}

void TestBackupCli::backup_refusesAnExistingDest_unlessOverwrite()
{
    const QString dest = path(QStringLiteral("taken.hubdesk"));
    test::writeBytes(dest, "mine");
    Result r = run({QStringLiteral("backup"), m_demo, dest});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")) && r.err.contains(QStringLiteral("--overwrite")), qPrintable(r.err));
    QCOMPARE(test::readBytes(dest), QByteArray("mine"));
    r = run({QStringLiteral("backup"), m_demo, dest, QStringLiteral("--overwrite")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(organisations(dest), organisations(m_demo));
}

void TestBackupCli::backup_badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString text = m_dir.filePath(QStringLiteral("notes.hubdesk"));
    test::writeBytes(text, "just some notes\n");
    QTest::newRow("no arguments") << QStringList{QStringLiteral("backup")} << 64 << QStringLiteral("give the FILE");
    QTest::newRow("no dest") << QStringList{QStringLiteral("backup"), m_demo} << 64 << QStringLiteral("give the FILE");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("backup"), m_demo, QStringLiteral("x.hubdesk"), QStringLiteral("--force")}
                                    << 64 << QStringLiteral("force");
    QTest::newRow("missing file") << QStringList{QStringLiteral("backup"), m_dir.filePath(QStringLiteral("none.hubdesk")), QStringLiteral("x.hubdesk")}
                                  << 64 << QStringLiteral("does not exist");
    QTest::newRow("not a database") << QStringList{QStringLiteral("backup"), text, m_dir.filePath(QStringLiteral("x.hubdesk"))}
                                    << 2 << QStringLiteral("text file");
    QTest::newRow("dest folder missing")
        << QStringList{QStringLiteral("backup"), m_demo, m_dir.filePath(QStringLiteral("no/such/folder/x.hubdesk"))} << 1
        << QStringLiteral("does not exist");
}

void TestBackupCli::backup_badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.hubdesk"))));
}

void TestBackupCli::restore_backsUpTheFileFirst_andSaysWhere()
{
    const QString target = path(QStringLiteral("target.hubdesk"));
    const QString backup = path(QStringLiteral("target-backup.hubdesk"));
    QVERIFY(run({QStringLiteral("demo"), target, QStringLiteral("--size"), QStringLiteral("300")}).code == 0);
    QVERIFY(run({QStringLiteral("backup"), target, backup}).code == 0);
    const qint64 before = organisations(target);
    {
        OpenError error;
        auto db = Database::open(target, &error);
        QVERIFY(db);
        QVERIFY(!Sql::run(db->connection(), QStringLiteral("UPDATE organisations SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id <= 10")));
    }
    const Result r = run({QStringLiteral("restore"), backup, target});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("before the restore is backed up in")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Restored")));
    const QString saved = r.out.section(QStringLiteral("backed up in "), 1).section(QStringLiteral(".hubdesk"), 0, 0) + QStringLiteral(".hubdesk");
    QVERIFY2(QFileInfo::exists(saved), qPrintable(saved));
    QVERIFY(saved.startsWith(dataHome()));
    QVERIFY(saved.endsWith(QStringLiteral("_before-restore.hubdesk")));
    QCOMPARE(organisations(target), before);
    QCOMPARE(run({QStringLiteral("check"), target}).code, 0);
}

void TestBackupCli::restore_intoAMissingFile_makesIt()
{
    const QString backup = path(QStringLiteral("for-new.hubdesk"));
    QVERIFY(run({QStringLiteral("backup"), m_demo, backup}).code == 0);
    const QString made = path(QStringLiteral("made.hubdesk"));
    const Result r = run({QStringLiteral("restore"), backup, made});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Made")));
    QCOMPARE(organisations(made), organisations(m_demo));
}

void TestBackupCli::restore_badBackup_leavesTheFileUntouched_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << QStringLiteral("text") << 2 << QStringLiteral("text file");
    QTest::newRow("empty") << QStringLiteral("empty") << 2 << QStringLiteral("empty");
    QTest::newRow("truncated") << QStringLiteral("truncated") << 2 << QStringLiteral("truncated");
    QTest::newRow("missing") << QStringLiteral("missing") << 64 << QStringLiteral("does not exist");
    QTest::newRow("usage") << QStringLiteral("usage") << 64 << QStringLiteral("give the BACKUP");
}

void TestBackupCli::restore_badBackup_leavesTheFileUntouched()
{
    QFETCH(QString, content);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString bad = path(QStringLiteral("bad-%1.hubdesk").arg(content));
    if (content == QLatin1String("text"))
        test::writeBytes(bad, "name;city\n");
    else if (content == QLatin1String("empty"))
        test::writeBytes(bad, QByteArray());
    else if (content == QLatin1String("truncated"))
        test::writeBytes(bad, test::readBytes(m_demo).left(40000));
    const QByteArray before = test::readBytes(m_demo);
    const Result r = content == QLatin1String("usage") ? run({QStringLiteral("restore"), bad})
                                                       : run({QStringLiteral("restore"), bad, m_demo});
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(test::readBytes(m_demo), before);
    QVERIFY(!r.out.contains(QStringLiteral("backed up in")));
}

void TestBackupCli::import_large_isBackedUpBeforeAndAfter()
{
    const QString target = path(QStringLiteral("importing.hubdesk"));
    QVERIFY(run({QStringLiteral("demo"), target, QStringLiteral("--size"), QStringLiteral("100")}).code == 0);
    const QString csv = path(QStringLiteral("many.csv"));
    QByteArray rows("Name,Kind,City\n");
    for (int i = 0; i < 1000; ++i)
        rows += QStringLiteral("Imported Firm %1 Ltd,corporation,Town %2\n").arg(i).arg(i % 30).toUtf8();
    test::writeBytes(csv, rows);
    const QString small = path(QStringLiteral("few.csv"));
    test::writeBytes(small, "Name,Kind,City\nOne Small Firm Ltd,corporation,Sofia\n");

    Result r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), target, small});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("Backed up")));

    r = run({QStringLiteral("import"), QStringLiteral("organisations"), QStringLiteral("--db"), target, csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QStringLiteral("Backed up to")), 2);
    QStringList reasons;
    const QString folder = QDir(dataHome()).filePath(QStringLiteral("HubDesk/HubDesk/backups"));
    for (const QFileInfo &f : QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!f.fileName().startsWith(QStringLiteral("importing-")))
            continue;
        for (const QString &name : QDir(f.filePath()).entryList(QDir::Files)) {
            QString reason;
            QVERIFY(BackupStore::parseName(name, nullptr, nullptr, &reason));
            reasons.append(reason);
            const qint64 n = organisations(QDir(f.filePath()).filePath(name));
            QVERIFY(reason == BackupStore::BeforeImport ? n == organisations(target) - 1000 : n == organisations(target));
        }
    }
    reasons.sort();
    QCOMPARE(reasons, (QStringList{BackupStore::AfterImport, BackupStore::BeforeImport}));
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
