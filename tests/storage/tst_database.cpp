// Opening files: HubDesk's pragmas on every connection, and every refusal leaves the file's bytes as they were.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/preparedstatement.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

Q_DECLARE_METATYPE(OpenError::Kind)

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void newFile_hasHubDeskPragmas();
    void newFile_isReadableByItsOwnerOnly();
    void everyConnection_enforcesForeignKeys();
    void refusal_leavesTheFileUntouched_data();
    void refusal_leavesTheFileUntouched();
    void readOnlyFile_opensReadOnlyAndSaysSo();
    void create_refusesAnExistingFile();
    void missingFileAndFolder_areNamed();
    void secondConnection_seesTheSameData();
    void preparedStatement_storesEveryKindOfValue_data();
    void preparedStatement_storesEveryKindOfValue();
    void preparedStatement_namesARefusalAndRunsAgain();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString makeHubDeskFile(const QString &name, int organisations = 3);
    void rawSql(const QString &file, const QStringList &statements);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDatabase::makeHubDeskFile(const QString &name, int organisations)
{
    const QString file = path(name);
    auto db = test::fileDatabase(file);
    auto repo = Repositories::create(*db, EntityType::Organisation);
    for (int i = 0; i < organisations; ++i) {
        Record org = test::organisation(QStringLiteral("Organisation %1").arg(i));
        if (Error e = repo->create(org))
            qFatal("%s", qPrintable(e.message));
    }
    return file; // closing checkpoints the WAL into the file and removes it
}

// Changes a file with a plain connection, as another program would.
void TestDatabase::rawSql(const QString &file, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const QString &s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestDatabase::newFile_hasHubDeskPragmas()
{
    auto db = test::fileDatabase(path(QStringLiteral("new.hubdesk")));
    const QSqlDatabase c = db->connection();
    QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(qint32(Database::ApplicationId)));
    QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latest());
    QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::DefaultBusyTimeoutMs);
    QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QVERIFY(!db->isReadOnly());
    // The header on disk already carries HubDesk's mark (no WAL needed to recognise it).
    const FileHeader header = FileHeader::read(db->path());
    QVERIFY(header.sqlite);
    QCOMPARE(header.applicationId, Database::ApplicationId);
    QCOMPARE(header.userVersion, Migrations::latest());
}

void TestDatabase::newFile_isReadableByItsOwnerOnly()
{
    const QString file = path(QStringLiteral("private.hubdesk"));
    auto db = test::fileDatabase(file);
    const QFileDevice::Permissions p = QFile::permissions(file);
    QVERIFY(p & QFileDevice::ReadOwner);
    QVERIFY(p & QFileDevice::WriteOwner);
    QVERIFY(!(p & QFileDevice::ReadGroup));
    QVERIFY(!(p & QFileDevice::ReadOther));
    QVERIFY(!(QFile::permissions(file + QStringLiteral("-wal")) & QFileDevice::ReadOther));
}

void TestDatabase::everyConnection_enforcesForeignKeys()
{
    const QString file = makeHubDeskFile(QStringLiteral("fk.hubdesk"));
    OpenError error;
    auto db = Database::open(file, &error);
    QVERIFY2(db, qPrintable(error.message));
    auto second = db->openAnotherConnection(&error);
    QVERIFY(second);
    for (Database *d : {db.get(), second.get()}) {
        const Error e = Sql::run(d->connection(),
                                 QStringLiteral("INSERT INTO people (uuid, created_at, updated_at, first_name, "
                                                "organisation_id) VALUES ('00000000-0000-7000-8000-000000000001', "
                                                "'x', 'x', 'Ivan', 4242)"));
        QCOMPARE(e.code, Error::Code::Constraint);
    }
}

void TestDatabase::refusal_leavesTheFileUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<OpenError::Kind>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("text") << "text" << OpenError::Kind::NotSqlite << "text file";
    QTest::newRow("zero bytes") << "empty" << OpenError::Kind::Empty << "0 bytes";
    QTest::newRow("png") << "png" << OpenError::Kind::NotSqlite << "PNG";
    QTest::newRow("xlsx") << "zip" << OpenError::Kind::NotSqlite << "ZIP";
    QTest::newRow("damaged header") << "badheader" << OpenError::Kind::NotSqlite << "damaged header";
    QTest::newRow("truncated to half") << "half" << OpenError::Kind::Truncated << "truncated";
    QTest::newRow("truncated mid-page") << "midpage" << OpenError::Kind::Truncated << "truncated";
    QTest::newRow("other application") << "foreign" << OpenError::Kind::Foreign << "not one made by HubDesk";
    QTest::newRow("other application id") << "otherid" << OpenError::Kind::Foreign << "another application";
    QTest::newRow("newer version") << "newer" << OpenError::Kind::Newer << "newer HubDesk";
    QTest::newRow("fails quick_check") << "corrupt" << OpenError::Kind::Damaged << "damaged";
}

void TestDatabase::refusal_leavesTheFileUntouched()
{
    QFETCH(QString, kind);
    QFETCH(OpenError::Kind, expected);
    QFETCH(QString, mentions);
    const QString file = path(kind + QStringLiteral(".hubdesk"));
    if (kind == QLatin1String("text")) {
        test::writeBytes(file, "name;email\r\n\"Acme\";info@acme.bg\r\n");
    } else if (kind == QLatin1String("empty")) {
        test::writeBytes(file, QByteArray());
    } else if (kind == QLatin1String("png")) {
        test::writeBytes(file, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x'));
    } else if (kind == QLatin1String("zip")) {
        test::writeBytes(file, QByteArray("PK\x03\x04", 4) + QByteArray(300, '\0'));
    } else if (kind == QLatin1String("badheader")) {
        QByteArray bytes = test::readBytes(makeHubDeskFile(QStringLiteral("source.hubdesk")));
        bytes[16] = 0x03; // page size 0x0310: not a power of two
        bytes[17] = 0x10;
        test::writeBytes(file, bytes);
    } else if (kind == QLatin1String("half") || kind == QLatin1String("midpage")) {
        const QByteArray bytes = test::readBytes(makeHubDeskFile(QStringLiteral("source.hubdesk"), 200));
        QVERIFY(bytes.size() > 8 * 4096);
        test::writeBytes(file, kind == QLatin1String("half") ? bytes.left(bytes.size() / 2 / 4096 * 4096)
                                                             : bytes.left(5000));
    } else if (kind == QLatin1String("foreign")) {
        rawSql(file, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                      QStringLiteral("INSERT INTO contacts VALUES ('Acme')")});
    } else if (kind == QLatin1String("otherid")) {
        rawSql(file, {QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("CREATE TABLE t (x)")});
    } else if (kind == QLatin1String("newer")) {
        const QString source = makeHubDeskFile(QStringLiteral("newer.hubdesk"));
        QCOMPARE(source, file);
        rawSql(file, {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latest() + 1)});
    } else if (kind == QLatin1String("corrupt")) {
        const QString source = makeHubDeskFile(QStringLiteral("source.hubdesk"), 300);
        int root = 0;
        {
            auto db = Database::open(source, nullptr);
            QVERIFY(db);
            root = Sql::scalar(db->connection(),
                               QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'organisations_live_name'"))
                       .toInt();
        }
        QVERIFY(root > 1);
        QByteArray bytes = test::readBytes(source);
        for (int i = 0; i < 4096; ++i) // scribble over an index page, keeping the file's size
            bytes[(root - 1) * 4096 + i] = char((i * 37) & 0xff);
        test::writeBytes(file, bytes);
    }
    const QByteArray before = test::readBytes(file);
    OpenError error;
    auto db = Database::open(file, &error);
    QVERIFY(!db);
    QCOMPARE(error.kind, expected);
    QVERIFY2(error.message.contains(mentions, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY2(error.message.contains(file), "the message names the file");
    QCOMPARE(test::readBytes(file), before);
    // Asking again gives the same answer (nothing was "repaired" in between).
    QVERIFY(!Database::open(file, &error));
    QCOMPARE(error.kind, expected);
    QCOMPARE(test::readBytes(file), before);
}

void TestDatabase::readOnlyFile_opensReadOnlyAndSaysSo()
{
    const QString file = makeHubDeskFile(QStringLiteral("readonly.hubdesk"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = test::readBytes(file);
    {
        OpenError error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->isReadOnly());
        QVERIFY(db->readOnlyReason().contains(QLatin1String("read-only")));
        auto repo = Repositories::create(*db, EntityType::Organisation);
        QCOMPARE(repo->count({}), 3);
        Record org = test::organisation(QStringLiteral("New"));
        const Error e = repo->create(org);
        QCOMPARE(e.code, Error::Code::ReadOnly);
        QCOMPARE(repo->count({}), 3);
    }
    QCOMPARE(test::readBytes(file), before);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Database::Options asked;
    asked.readOnly = true;
    auto db = Database::open(file, asked, nullptr);
    QVERIFY(db && db->isReadOnly());
    QVERIFY(db->readOnlyReason().contains(QLatin1String("as asked")));
}

void TestDatabase::create_refusesAnExistingFile()
{
    const QString file = path(QStringLiteral("exists.csv"));
    test::writeBytes(file, "keep me");
    OpenError error;
    QVERIFY(!Database::create(file, &error));
    QCOMPARE(error.kind, OpenError::Kind::CannotCreate);
    QVERIFY(error.message.contains(QLatin1String("already exists")));
    QCOMPARE(test::readBytes(file), QByteArray("keep me"));
}

void TestDatabase::missingFileAndFolder_areNamed()
{
    OpenError error;
    QVERIFY(!Database::open(path(QStringLiteral("nope.hubdesk")), &error));
    QCOMPARE(error.kind, OpenError::Kind::NotFound);
    QVERIFY(error.message.contains(QLatin1String("nope.hubdesk")));
    QVERIFY(!QFile::exists(path(QStringLiteral("nope.hubdesk"))));
    QVERIFY(!Database::open(m_dir->path(), &error));
    QCOMPARE(error.kind, OpenError::Kind::NotAFile);
}

void TestDatabase::secondConnection_seesTheSameData()
{
    auto db = test::fileDatabase(path(QStringLiteral("shared.hubdesk")));
    auto other = db->openAnotherConnection(nullptr);
    QVERIFY(other);
    QVERIFY(other->connectionName() != db->connectionName());
    auto repo = Repositories::create(*db, EntityType::Organisation);
    Record org = test::organisation(QStringLiteral("Shared"));
    QVERIFY(!repo->create(org));
    auto otherRepo = Repositories::create(*other, EntityType::Organisation);
    Record read;
    QVERIFY(!otherRepo->get(org.id, &read));
    QCOMPARE(read.text(QStringLiteral("name")), QStringLiteral("Shared"));
}

QTEST_GUILESS_MAIN(TestDatabase)
void TestDatabase::preparedStatement_storesEveryKindOfValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("type");  // typeof() of what was stored
    QTest::addColumn<QString>("quoted"); // quote() of it
    QTest::newRow("invalid") << QVariant() << "null" << "NULL";
    QTest::newRow("null string") << QVariant(QString()) << "null" << "NULL";
    QTest::newRow("empty string") << QVariant(QStringLiteral("")) << "text" << "''";
    QTest::newRow("integer") << QVariant(42) << "integer" << "42";
    QTest::newRow("64-bit integer") << QVariant(Q_INT64_C(9007199254740993)) << "integer" << "9007199254740993";
    QTest::newRow("boolean") << QVariant(true) << "integer" << "1";
    QTest::newRow("real") << QVariant(2.5) << "real" << "2.5";
    QTest::newRow("blob with a NUL") << QVariant(QByteArray("a\0b", 3)) << "blob" << "X'610062'";
    QTest::newRow("null blob") << QVariant(QByteArray()) << "null" << "NULL";
    QTest::newRow("quotes and SQL") << QVariant(QStringLiteral("O'Brien'); DROP TABLE t; --")) << "text"
                                    << "'O''Brien''); DROP TABLE t; --'";
    QTest::newRow("Cyrillic and emoji") << QVariant(QStringLiteral("„Дисиб“ ООД 🚀")) << "text"
                                        << QStringLiteral("'„Дисиб“ ООД 🚀'");
}

void TestDatabase::preparedStatement_storesEveryKindOfValue()
{
    QFETCH(QVariant, value);
    QFETCH(QString, type);
    QFETCH(QString, quoted);
    auto db = Database::createInMemory();
    QVERIFY(db);
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v)")));
    {
        PreparedStatement insert;
        QVERIFY(!insert.prepare(db->handle(), QStringLiteral("INSERT INTO t (v) VALUES (?)")));
        insert.bind(1, value);
        QVERIFY(!insert.run());
        QCOMPARE(insert.lastInsertId(), 1);
        // The values do not stay bound: the next row gets NULL unless given one.
        QVERIFY(!insert.run());
    }
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT typeof(v) FROM t WHERE id = 1")).toString(), type);
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT quote(v) FROM t WHERE id = 1")).toString(), quoted);
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT typeof(v) FROM t WHERE id = 2")).toString(), QStringLiteral("null"));
}

void TestDatabase::preparedStatement_namesARefusalAndRunsAgain()
{
    auto db = Database::createInMemory();
    QVERIFY(db);
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE CHECK (length(v) < 5))")));
    PreparedStatement bad;
    const Error syntax = bad.prepare(db->handle(), QStringLiteral("INSERT INTO nowhere VALUES (?)"));
    QVERIFY(syntax);
    QVERIFY2(syntax.message.contains(QStringLiteral("nowhere")), qPrintable(syntax.message));
    QVERIFY(!bad.isPrepared());
    QVERIFY(bad.prepare(nullptr, QStringLiteral("SELECT 1")));

    PreparedStatement insert;
    QVERIFY(!insert.prepare(db->handle(), QStringLiteral("INSERT INTO t (v) VALUES (?)")));
    insert.bind(1, QStringLiteral("abc"));
    QVERIFY(!insert.run());
    insert.bind(1, QStringLiteral("abc"));
    const Error twice = insert.run();
    QCOMPARE(twice.code, Error::Code::Constraint);
    QVERIFY2(twice.message.contains(QStringLiteral("already exists")) && twice.message.contains(QStringLiteral("t.v")),
             qPrintable(twice.message));
    insert.bind(1, QStringLiteral("too long"));
    const Error check = insert.run();
    QCOMPARE(check.code, Error::Code::Constraint);
    QVERIFY2(check.message.contains(QStringLiteral("CHECK")), qPrintable(check.message));
    // After refusals the statement still works, and nothing half-written stayed.
    insert.bind(1, QStringLiteral("xyz"));
    QVERIFY(!insert.run());
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT group_concat(v, ',') FROM t")).toString(), QStringLiteral("abc,xyz"));
}

#include "tst_database.moc"
