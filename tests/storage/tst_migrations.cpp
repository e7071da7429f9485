// The schema: migrations on a new file and from every earlier version, and the
// database's tables agreeing with the entity descriptions the code works from.
#include "domain/entityinfo.h"
#include "domain/voucherworkflow.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void newFile_getsEveryMigration();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void failedMigration_rollsBackAndKeepsTheVersion();
    void brokenReference_refusesTheUpgrade_data();
    void brokenReference_refusesTheUpgrade();
    void tables_matchTheEntityDescriptions();
    void enumerationTables_matchTheCode();
    void voucherTransitions_matchTheCode();
    void foreignKeys_haveTheDescribedOnDelete();
    void foreignKeys_areIndexed();
    void tables_areStrict();
    void version8_keepsDataAndTheAuditLogAppendOnly();

private:
    static QStringList columns(const QSqlDatabase &db, const QString &table);
};

QStringList TestMigrations::columns(const QSqlDatabase &db, const QString &table)
{
    QStringList result;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM pragma_table_xinfo('%1')").arg(table));
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

void TestMigrations::newFile_getsEveryMigration()
{
    QVERIFY(!Migrations::all().isEmpty());
    int expected = 1;
    for (const Migrations::Migration &m : Migrations::all()) {
        QCOMPARE(m.version, expected++); // numbered 1, 2, 3 … without gaps
        QVERIFY2(!Migrations::script(m).isEmpty(), qPrintable(m.resource));
    }
    auto db = test::memoryDatabase();
    QCOMPARE(db->schemaVersion(), Migrations::latest());
}

void TestMigrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 0; v < Migrations::latest(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("from %1").arg(v))) << v;
}

void TestMigrations::fromEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.hubdesk"));
    {
        OpenError error;
        auto old = Database::createAtVersion(file, version, &error);
        QVERIFY2(old, qPrintable(error.message));
        QCOMPARE(old->schemaVersion(), version);
    }
    OpenError error;
    auto db = Database::open(file, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), Migrations::latest());
    QVERIFY(db->integrityProblems(true).isEmpty());
    QSqlQuery fk(db->connection());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!fk.next());
    // The upgraded file has what a new one has.
    auto fresh = test::memoryDatabase();
    const QString schemaSql = QStringLiteral("SELECT type, name FROM sqlite_schema ORDER BY type, name");
    QSqlQuery a(db->connection());
    QSqlQuery b(fresh->connection());
    QVERIFY(a.exec(schemaSql) && b.exec(schemaSql));
    while (b.next()) {
        QVERIFY(a.next());
        QCOMPARE(a.value(1).toString(), b.value(1).toString());
    }
    QVERIFY(!a.next());
}

void TestMigrations::failedMigration_rollsBackAndKeepsTheVersion()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.hubdesk"));
    {
        auto db = Database::createAtVersion(file, 0, nullptr);
        QVERIFY(db);
        // A table in the way makes migration 1 fail halfway through.
        QVERIFY(!Sql::run(db->connection(), QStringLiteral("CREATE TABLE mentoring_sessions (x)")));
        const Error e = Migrations::apply(db->connection(), 0);
        QVERIFY(e);
        QVERIFY2(e.message.contains(QLatin1String("Migration 1")), qPrintable(e.message));
        QCOMPARE(db->schemaVersion(), 0);
        // Tables made before the failing statement were rolled back with it.
        QVERIFY(Sql::scalar(db->connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'organisations'"))
                    .toInt()
                == 0);
        QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }
    OpenError error;
    QVERIFY(!Database::open(file, &error));
    QCOMPARE(error.kind, OpenError::Kind::UpgradeFailed);
    QVERIFY(error.message.contains(QLatin1String("could not be upgraded")));
}

void TestMigrations::brokenReference_refusesTheUpgrade_data()
{
    // Version 1 makes a parent and a child referring to it; version 2 is the migration
    // under test. Only the tables it writes (and those referring to tables whose rows it
    // changes or removes) are checked, so each way of breaking a reference is tried.
    QTest::addColumn<QString>("migration");
    QTest::addColumn<QString>("brokenIn"); // empty: the upgrade passes
    QTest::newRow("a new table") << "CREATE TABLE other (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));"
                                 << "";
    QTest::newRow("a new table with a dangling row")
        << "CREATE TABLE other (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));\n"
           "INSERT INTO other (parent_id) VALUES (99);"
        << "other";
    QTest::newRow("a parent row deleted") << "DELETE FROM parent WHERE id = 1;" << "child";
    QTest::newRow("a parent key changed") << "UPDATE parent SET id = 7 WHERE id = 1;" << "child";
    QTest::newRow("a parent replaced") << "INSERT OR REPLACE INTO parent (id, name) VALUES (1, 'x');\nDELETE FROM parent;"
                                       << "child";
    QTest::newRow("a parent dropped") << "DROP TABLE parent;" << "child";
    QTest::newRow("a child pointed nowhere") << "UPDATE child SET parent_id = 42;" << "child";
    QTest::newRow("a lower-case, quoted child insert") << "insert into \"child\" (parent_id) values (5);" << "child";
    QTest::newRow("a parent row added") << "INSERT INTO parent (id, name) VALUES (2, 'b');" << "";
}

void TestMigrations::brokenReference_refusesTheUpgrade()
{
    QFETCH(QString, migration);
    QFETCH(QString, brokenIn);
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    };
    write(QStringLiteral("1.sql"), QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);\n"
                                                  "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));\n"
                                                  "INSERT INTO parent (id, name) VALUES (1, 'a');\n"
                                                  "INSERT INTO child (parent_id) VALUES (1);\n"));
    write(QStringLiteral("2.sql"), migration);
    const QList<Migrations::Migration> list = {
        {1, QStringLiteral("start"), dir.filePath(QStringLiteral("1.sql")), {}},
        {2, QStringLiteral("under test"), dir.filePath(QStringLiteral("2.sql")), {}},
    };
    auto db = Database::createAtVersion(dir.filePath(QStringLiteral("m.hubdesk")), 0, nullptr);
    QVERIFY(db);
    QCOMPARE(Migrations::apply(db->connection(), list, 0, 1).code, Error::Code::None);
    const Error e = Migrations::apply(db->connection(), list, 1, 2);
    if (brokenIn.isEmpty()) {
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(db->schemaVersion(), 2);
        return;
    }
    QCOMPARE(e.code, Error::Code::Constraint);
    QVERIFY2(e.message.contains(QStringLiteral("version 2")) && e.message.contains(brokenIn), qPrintable(e.message));
    QCOMPARE(db->schemaVersion(), 1);
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM parent")).toInt(), 1);
}

void TestMigrations::tables_matchTheEntityDescriptions()
{
    auto db = test::memoryDatabase();
    const QStringList common = {QStringLiteral("id"),         QStringLiteral("uuid"),    QStringLiteral("created_at"),
                                QStringLiteral("updated_at"), QStringLiteral("version"), QStringLiteral("deleted_at"),
                                QStringLiteral("deleted_batch")};
    for (EntityType type : Entities::all()) {
        const EntityInfo &info = Entities::info(type);
        const QStringList table = columns(db->connection(), info.table);
        const QStringList view = columns(db->connection(), info.listView);
        QVERIFY2(!table.isEmpty(), qPrintable(info.table));
        QVERIFY2(view.contains(QStringLiteral("label")), qPrintable(info.listView));
        for (const QString &c : common)
            QVERIFY2(table.contains(c), qPrintable(info.table + QLatin1Char('.') + c));
        for (const Field &f : info.fields) {
            if (f.isSet()) {
                const QStringList join = columns(db->connection(), f.joinTable);
                QVERIFY2(join.contains(f.ownerColumn) && join.contains(f.valueColumn), qPrintable(f.joinTable));
                continue;
            }
            QVERIFY2(table.contains(f.key), qPrintable(info.table + QLatin1Char('.') + f.key));
            QVERIFY2(view.contains(f.key), qPrintable(info.listView + QLatin1Char('.') + f.key));
            if (f.type == FieldType::Reference)
                QVERIFY2(view.contains(f.key + QStringLiteral("_label")), qPrintable(info.listView + QLatin1Char('.') + f.key));
        }
    }
}

void TestMigrations::enumerationTables_matchTheCode()
{
    auto db = test::memoryDatabase();
    for (EnumType type : Enums::all()) {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT key FROM %1 ORDER BY position").arg(Enums::lookupTable(type))));
        QStringList keys;
        while (q.next())
            keys.append(q.value(0).toString());
        QCOMPARE(keys, Enums::keys(type));
    }
    // An unknown key is refused by the database itself.
    const Error e = Sql::run(db->connection(),
                             QStringLiteral("INSERT INTO organisations (uuid, created_at, updated_at, name, kind) "
                                            "VALUES ('00000000-0000-7000-8000-000000000001', 'x', 'x', 'A', 'spaceship')"));
    QCOMPARE(e.code, Error::Code::Constraint);
}

void TestMigrations::voucherTransitions_matchTheCode()
{
    auto db = test::memoryDatabase();
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT from_status, to_status FROM voucher_transitions")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QVERIFY(VoucherWorkflow::isAllowed(q.value(0).toString(), q.value(1).toString()));
    }
    QCOMPARE(rows, VoucherWorkflow::transitions().size());
}

void TestMigrations::foreignKeys_haveTheDescribedOnDelete()
{
    auto db = test::memoryDatabase();
    for (EntityType type : Entities::all()) {
        const EntityInfo &info = Entities::info(type);
        for (const Field &f : info.fields) {
            if (f.type != FieldType::Reference)
                continue;
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT \"table\", on_delete FROM pragma_foreign_key_list('%1') WHERE \"from\" = '%2'")
                               .arg(info.table, f.key)));
            QVERIFY2(q.next(), qPrintable(info.table + QLatin1Char('.') + f.key));
            QCOMPARE(q.value(0).toString(), Entities::info(f.reference).table);
            const QString expected = f.onDelete == OnDelete::Cascade ? QStringLiteral("CASCADE")
                                   : f.onDelete == OnDelete::SetNull ? QStringLiteral("SET NULL")
                                                                     : QStringLiteral("RESTRICT");
            QCOMPARE(q.value(1).toString(), expected);
        }
    }
}

void TestMigrations::foreignKeys_areIndexed()
{
    // Every reference between records can be followed both ways without a table scan
    // (and purging a parent does not scan its children). Enumeration look-ups are exempt.
    auto db = test::memoryDatabase();
    QSqlQuery tables(db->connection());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery fk(db->connection());
        QVERIFY(fk.exec(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('%1')").arg(table)));
        while (fk.next()) {
            if (fk.value(1).toString().startsWith(QLatin1String("enum_")))
                continue;
            const QString column = fk.value(0).toString();
            QSqlQuery idx(db->connection());
            QVERIFY(idx.exec(QStringLiteral("SELECT 1 FROM pragma_index_list('%1') l, pragma_index_info(l.name) i "
                                            "WHERE i.seqno = 0 AND i.name = '%2'")
                                 .arg(table, column)));
            QVERIFY2(idx.next(), qPrintable(QStringLiteral("no index starts with %1.%2").arg(table, column)));
        }
    }
}

void TestMigrations::tables_areStrict()
{
    auto db = test::memoryDatabase();
    const Error e = Sql::run(db->connection(),
                             QStringLiteral("INSERT INTO reporting_periods (uuid, created_at, updated_at, name, starts_on, "
                                            "ends_on, version) VALUES ('00000000-0000-7000-8000-000000000001', 'x', 'x', "
                                            "'P1', '2025-01-01', '2025-12-31', 'one')"));
    QCOMPARE(e.code, Error::Code::Constraint);
    const Error badDate = Sql::run(db->connection(),
                                   QStringLiteral("INSERT INTO reporting_periods (uuid, created_at, updated_at, name, "
                                                  "starts_on, ends_on) VALUES ('00000000-0000-7000-8000-000000000002', "
                                                  "'x', 'x', 'P2', '1/1/2025', '2025-12-31')"));
    QCOMPARE(badDate.code, Error::Code::Constraint);
}

void TestMigrations::version8_keepsDataAndTheAuditLogAppendOnly()
{
    // A file of version 7 with a person and their audit line, upgraded to 8: the data is
    // there, the retention setting is added, and the audit log still refuses changes.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("seven.hubdesk"));
    {
        OpenError error;
        auto old = Database::createAtVersion(file, 7, &error);
        QVERIFY2(old, qPrintable(error.message));
        QVERIFY(!Sql::run(old->connection(), QStringLiteral("INSERT INTO people (uuid, created_at, updated_at, first_name, last_name, email) "
                                                            "VALUES ('00000000-0000-7000-8000-000000000001', 'x', 'x', 'Ana', 'Petrova', "
                                                            "'ana@example.org')")));
        QVERIFY(!Sql::run(old->connection(), QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, record_id, changes) "
                                                            "VALUES ('x', 'tester', 'insert', 'person', 1, '{\"last_name\":[null,\"Petrova\"]}')")));
    }
    OpenError error;
    auto db = Database::open(file, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), Migrations::latest());
    const QSqlDatabase c = db->connection();
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT email FROM people WHERE id = 1")).toString(), QStringLiteral("ana@example.org"));
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT erased_at IS NULL FROM people WHERE id = 1")).toInt(), 1);
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT value FROM settings WHERE key = 'retention_years'")).toString(), QStringLiteral("3"));
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM enum_audit_action WHERE key = 'erase'")).toInt(), 1);
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE audit_log SET changes = NULL")).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("DELETE FROM audit_log")).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE people SET erased_at = 'x' WHERE id = 1")).code, Error::Code::Refused);
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%Petrova%'")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
