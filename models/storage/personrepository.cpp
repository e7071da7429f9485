#include "personrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>

namespace hubdesk {

PersonRepository::PersonRepository(Database &db)
    : Repository(db, EntityType::Person)
{
}

Problems PersonRepository::contextProblems(const Record &record) const
{
    Problems problems = Repository::contextProblems(record);
    if (record.id > 0 && !record.flag(QStringLiteral("is_expert"))) {
        const qint64 sessions = Sql::scalar(m_db.connection(),
                                            QStringLiteral("SELECT count(*) FROM mentoring_sessions WHERE expert_id = ? "
                                                           "AND deleted_at IS NULL"),
                                            {record.id})
                                    .toLongLong();
        if (sessions > 0)
            problems.append({EntityType::Person, QStringLiteral("is_expert"),
                             QCoreApplication::translate("People", "this person delivered %n mentoring session(s) "
                                                                   "and must stay marked as an expert",
                                                         nullptr, int(sessions))});
    }
    return problems;
}

Error PersonRepository::checkUpdate(const Record &before, const Record &after) const
{
    if (Error e = Repository::checkUpdate(before, after))
        return e;
    const QVariant erased = Sql::scalar(m_db.connection(), QStringLiteral("SELECT erased_at FROM people WHERE id = ?"), {before.id});
    if (!erased.isNull())
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("People", "“%1” was erased: the record is kept only so that the reports "
                                                                 "stay the same, and cannot be changed.")
                               .arg(before.text(QStringLiteral("last_name"))));
    return {};
}

} // namespace hubdesk
