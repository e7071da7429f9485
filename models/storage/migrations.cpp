#include "migrations.h"

#include "searchindex.h"
#include "sql.h"
#include "sqlscript.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hubdesk {

const QList<Migrations::Migration> &Migrations::all()
{
    // Append only: a released migration never changes, a new one gets the next number.
    static const QList<Migration> list = {
        {1, QStringLiteral("initial schema"), QStringLiteral(":/migrations/0001_initial.sql"), {}},
        // search_text is folded and transliterated in C++ (SearchText), so the program fills it.
        {2, QStringLiteral("search index"), QStringLiteral(":/migrations/0002_search.sql"), &SearchIndex::fill, true},
        {3, QStringLiteral("indexes of live records"), QStringLiteral(":/migrations/0003_live_indexes.sql"), {}},
        {4, QStringLiteral("import batches"), QStringLiteral(":/migrations/0004_import_batches.sql"), {}},
        {5, QStringLiteral("merges"), QStringLiteral(":/migrations/0005_merges.sql"), {}},
        {6, QStringLiteral("import merges"), QStringLiteral(":/migrations/0006_import_updates.sql"), {}},
        {7, QStringLiteral("search text with й as y"), QStringLiteral(":/migrations/0007_search_text_y.sql"), &SearchIndex::refresh, true},
        {8, QStringLiteral("erasures and retention"), QStringLiteral(":/migrations/0008_erasures.sql"), {}},
        {9, QStringLiteral("interactions by subject"), QStringLiteral(":/migrations/0009_subject_index.sql"), {}},
    };
    return list;
}

int Migrations::latest()
{
    return all().constLast().version;
}

QString Migrations::script(const Migration &migration)
{
    QFile f(migration.resource);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

namespace {

// What a statement of a migration script does to which tables: \a written gets every
// table it creates, fills, changes or drops; \a shrunk those whose rows may have gone
// or changed, so that rows of other tables referring to them may now point nowhere.
void noteTables(const QString &statement, QSet<QString> *written, QSet<QString> *shrunk)
{
    static const QRegularExpression writes(
        QStringLiteral("\\b(CREATE\\s+TABLE(?:\\s+IF\\s+NOT\\s+EXISTS)?|ALTER\\s+TABLE|INSERT(?:\\s+OR\\s+(\\w+))?\\s+INTO|"
                       "REPLACE\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM|DROP\\s+TABLE(?:\\s+IF\\s+EXISTS)?)\\s+[\"'`\\[]?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = writes.globalMatch(statement);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString verb = m.captured(1).toUpper();
        const QString table = m.captured(3);
        written->insert(table);
        const bool insertOnly = verb.startsWith(QLatin1String("INSERT")) && m.captured(2).compare(QLatin1String("REPLACE"), Qt::CaseInsensitive) != 0;
        if (!verb.startsWith(QLatin1String("CREATE")) && !insertOnly)
            shrunk->insert(table);
    }
}

// The tables whose references a foreign_key_check must look at after migrations wrote
// \a written and shrank \a shrunk: those tables and every table referring to one of
// the shrunk ones. Checking only these keeps an upgrade that adds a table from
// reading every table of a large file (9 s of the 12 s an upgrade of 1.5 GB took).
QStringList tablesToCheck(const QSqlDatabase &db, const QSet<QString> &written, const QSet<QString> &shrunk)
{
    QSet<QString> check;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                          "WHERE m.type = 'table'"));
    while (q.next()) {
        if (shrunk.contains(q.value(1).toString()))
            check.insert(q.value(0).toString());
    }
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (q.next()) {
        if (written.contains(q.value(0).toString()))
            check.insert(q.value(0).toString());
    }
    QStringList list = check.values();
    list.sort();
    return list;
}

} // namespace

Error Migrations::apply(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    return apply(db, all(), fromVersion, toVersion < 0 ? latest() : toVersion);
}

Error Migrations::apply(const QSqlDatabase &db, const QList<Migration> &migrations, int fromVersion, int toVersion)
{
    // Table rebuilds in later migrations need foreign keys off; it cannot change inside
    // a transaction, so it is switched here and the keys are checked before the COMMIT.
    // All pending migrations run in one transaction and the keys are checked once at
    // the end, in the tables the migrations wrote and those referring to tables whose
    // rows they changed or removed; a migration with a program step (which may write
    // anywhere) has every table checked. A failure leaves the file as it was.
    Sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    Error result;
    WriteTransaction tx(db);
    result = tx.begin();
    int applied = 0;
    QSet<QString> written;
    QSet<QString> shrunk;
    bool checkAll = false;
    for (const Migration &m : migrations) {
        if (result)
            break;
        if (m.version <= fromVersion || m.version > toVersion)
            continue;
        const QString text = script(m);
        if (text.isEmpty()) {
            result = Error::make(Error::Code::Internal,
                                 QCoreApplication::translate("Storage", "Migration %1 (%2) is missing from the program.")
                                     .arg(m.version)
                                     .arg(m.description));
            break;
        }
        if (m.step && !m.stepKeepsReferences)
            checkAll = true;
        for (const QString &statement : SqlScript::statements(text)) {
            noteTables(statement, &written, &shrunk);
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                result = Sql::fromSqlError(q.lastError());
                result.message = QCoreApplication::translate("Storage", "Migration %1 (%2) failed: %3")
                                     .arg(m.version)
                                     .arg(m.description, result.message);
                break;
            }
        }
        if (result)
            break;
        if (m.step && (result = m.step(db))) {
            result.message = QCoreApplication::translate("Storage", "Migration %1 (%2) failed: %3")
                                 .arg(m.version)
                                 .arg(m.description, result.message);
            break;
        }
        if ((result = Sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version))))
            break;
        applied = m.version;
    }
    if (!result && applied > 0) {
        const QStringList tables = checkAll ? QStringList{QString()} : tablesToCheck(db, written, shrunk);
        for (const QString &table : tables) {
            QSqlQuery check(db);
            const QString sql = table.isEmpty() ? QStringLiteral("PRAGMA foreign_key_check")
                                                : QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table);
            if (check.exec(sql) && check.next()) {
                result = Error::make(Error::Code::Constraint,
                                     QCoreApplication::translate("Storage",
                                                                 "The upgrade to version %1 would leave a broken reference in %2.")
                                         .arg(applied)
                                         .arg(check.value(0).toString()));
                break;
            }
        }
    }
    if (!result)
        result = tx.commit();
    if (result)
        tx.rollback();
    Sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    return result;
}

} // namespace hubdesk
