#include "migrations.h"

#include "searchindex.h"
#include "sql.h"
#include "sqlscript.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace hubdesk {

const QList<Migrations::Migration> &Migrations::all()
{
    // Append only: a released migration never changes, a new one gets the next number.
    static const QList<Migration> list = {
        {1, QStringLiteral("initial schema"), QStringLiteral(":/migrations/0001_initial.sql"), {}},
        // search_text is folded and transliterated in C++ (SearchText), so the program fills it.
        {2, QStringLiteral("search index"), QStringLiteral(":/migrations/0002_search.sql"), &SearchIndex::fill},
        {3, QStringLiteral("indexes of live records"), QStringLiteral(":/migrations/0003_live_indexes.sql"), {}},
        {4, QStringLiteral("import batches"), QStringLiteral(":/migrations/0004_import_batches.sql"), {}},
        {5, QStringLiteral("merges"), QStringLiteral(":/migrations/0005_merges.sql"), {}},
        {6, QStringLiteral("import merges"), QStringLiteral(":/migrations/0006_import_updates.sql"), {}},
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

Error Migrations::apply(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    if (toVersion < 0)
        toVersion = latest();
    // Table rebuilds in later migrations need foreign keys off; it cannot change inside
    // a transaction, so it is switched here and the keys are checked before the COMMIT.
    // All pending migrations run in one transaction and the keys are checked once at
    // the end: the check reads every table (35 s for a database of a million
    // interactions), so once per migration made an upgrade minutes long. A failure
    // leaves the file as it was, at its old version.
    Sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    Error result;
    WriteTransaction tx(db);
    result = tx.begin();
    int applied = 0;
    for (const Migration &m : all()) {
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
        for (const QString &statement : SqlScript::statements(text)) {
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
        QSqlQuery check(db);
        if (check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next())
            result = Error::make(Error::Code::Constraint,
                                 QCoreApplication::translate("Storage",
                                                             "The upgrade to version %1 would leave a broken reference in %2.")
                                     .arg(applied)
                                     .arg(check.value(0).toString()));
        check.finish();
    }
    if (!result)
        result = tx.commit();
    if (result)
        tx.rollback();
    Sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    return result;
}

} // namespace hubdesk
