#include "databasecheck.h"

#include "database.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace hubdesk {

namespace {

} // namespace

DatabaseCheck DatabaseCheck::run(const QString &path)
{
    DatabaseCheck result;
    Database::Options options;
    options.readOnly = true;
    options.allowOlder = true;
    options.check = Database::Check::None; // the full integrity_check below is stronger
    OpenError error;
    auto db = Database::open(path, options, &error);
    if (!db) {
        result.message = error.message;
        const bool damaged = error.kind == OpenError::Kind::Damaged;
        result.verdict = damaged ? Verdict::Damaged : Verdict::NotHubDesk;
        // A truncated file that still says it is HubDesk's is a damaged HubDesk file.
        if (error.kind == OpenError::Kind::Truncated
            && FileHeader::read(path).applicationId == Database::ApplicationId)
            result.verdict = Verdict::Damaged;
        return result;
    }
    result.schemaVersion = db->schemaVersion();
    result.integrityProblems = db->integrityProblems(true);

    QSqlQuery fk(db->connection());
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next() && result.referenceProblems.size() < 20)
            result.referenceProblems.append(QCoreApplication::translate("Check", "%1 row %2 refers to a missing row of %3")
                                                .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString()));
    } else {
        result.referenceProblems.append(QCoreApplication::translate("Check", "the reference check could not run"));
    }
    fk.finish();

    QSqlQuery tables(db->connection());
    QStringList names;
    if (tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "AND name NOT LIKE 'enum_%' AND name NOT LIKE '%\\_fts%' ESCAPE '\\' ORDER BY name"))) {
        while (tables.next())
            names.append(tables.value(0).toString());
    }
    tables.finish();
    for (const QString &name : names) {
        QSqlQuery columns(db->connection());
        bool hasTrash = false;
        if (columns.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = 'deleted_batch'").arg(name)))
            hasTrash = columns.next();
        columns.finish();
        QSqlQuery q(db->connection());
        const QString sql = hasTrash
            ? QStringLiteral("SELECT count(*) - count(deleted_at), count(deleted_at) FROM \"%1\"").arg(name)
            : QStringLiteral("SELECT count(*), -1 FROM \"%1\"").arg(name);
        if (q.exec(sql) && q.next())
            result.tables.append({name, {q.value(0).toLongLong(), q.value(1).toLongLong()}});
        else
            result.integrityProblems.append(QCoreApplication::translate("Check", "table %1 cannot be read").arg(name));
    }

    if (!result.integrityProblems.isEmpty() || !result.referenceProblems.isEmpty()) {
        result.verdict = Verdict::Damaged;
        result.message = QCoreApplication::translate("Check", "The database is damaged: %1")
                             .arg((result.integrityProblems + result.referenceProblems).mid(0, 3).join(QLatin1String("; ")));
    } else {
        result.verdict = Verdict::Sound;
    }
    return result;
}

QString DatabaseCheck::toText(const QString &path) const
{
    QStringList lines;
    lines.append(QCoreApplication::translate("Check", "File:           %1").arg(QDir::toNativeSeparators(path)));
    if (verdict == Verdict::NotHubDesk) {
        lines.append(QCoreApplication::translate("Check", "Result:         not a HubDesk database HubDesk can open (exit code 2)"));
        lines.append(message);
        return lines.join(QLatin1Char('\n'));
    }
    if (schemaVersion > 0 || !tables.isEmpty()) {
        QString version = QCoreApplication::translate("Check", "%1 (this HubDesk writes version %2)").arg(schemaVersion).arg(Migrations::latest());
        if (schemaVersion < Migrations::latest())
            version += QCoreApplication::translate("Check", "; it will be upgraded when opened for writing");
        lines.append(QCoreApplication::translate("Check", "Schema version: %1").arg(version));
        lines.append(QCoreApplication::translate("Check", "Integrity:      %1").arg(integrityProblems.isEmpty() ? QCoreApplication::translate("Check", "ok") : integrityProblems.join(QLatin1String("; "))));
        lines.append(QCoreApplication::translate("Check", "References:     %1").arg(referenceProblems.isEmpty() ? QCoreApplication::translate("Check", "ok") : referenceProblems.join(QLatin1String("; "))));
        lines.append(QCoreApplication::translate("Check", "Rows (live, in the trash):"));
        for (const auto &t : tables) {
            QString line = QStringLiteral("  %1 %2").arg(t.first, -28).arg(t.second.first, 10);
            if (t.second.second >= 0)
                line += QStringLiteral(" %1").arg(t.second.second, 8);
            lines.append(line);
        }
    }
    lines.append(verdict == Verdict::Sound ? QCoreApplication::translate("Check", "Result:         sound (exit code 0)")
                                           : QCoreApplication::translate("Check", "Result:         damaged (exit code 1): %1").arg(message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace hubdesk
