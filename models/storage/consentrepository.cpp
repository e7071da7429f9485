#include "consentrepository.h"

#include "database.h"
#include "sql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace hubdesk {

ConsentRepository::ConsentRepository(Database &db)
    : Repository(db, EntityType::Consent)
{
}

Error ConsentRepository::withdraw(qint64 id, int version, const QDate &on, Record *updated)
{
    Record consent;
    if (Error e = get(id, &consent))
        return e;
    if (consent.version != version)
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate("Consents", "The consent “%1” was changed by someone else (version %2 is "
                                                                   "stored, you saw version %3). Nothing was changed.")
                               .arg(consent.text(QStringLiteral("purpose")))
                               .arg(consent.version)
                               .arg(version));
    if (consent.date(QStringLiteral("withdrawn_on")).isValid())
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Consents", "The consent “%1” was withdrawn already, on %2.")
                               .arg(consent.text(QStringLiteral("purpose")),
                                    QLocale().toString(consent.date(QStringLiteral("withdrawn_on")), QLocale::ShortFormat)));
    if (!on.isValid() || on < consent.date(QStringLiteral("given_on")))
        return Error::make(Error::Code::Validation,
                           QCoreApplication::translate("Consents", "A consent cannot be withdrawn before the day it was given (%1).")
                               .arg(QLocale().toString(consent.date(QStringLiteral("given_on")), QLocale::ShortFormat)));
    consent.setValue(QStringLiteral("withdrawn_on"), on);
    if (Error e = update(consent))
        return e;
    if (updated)
        *updated = consent;
    return {};
}

ConsentStatus ConsentRepository::statusOf(qint64 personId, Error *error) const
{
    ConsentStatus status;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Oldest first, so that a later record of the same purpose decides.
    Error e = Sql::prepare(q, QStringLiteral("SELECT purpose, given_on, withdrawn_on FROM consents WHERE person_id = ? "
                                             "AND deleted_at IS NULL ORDER BY given_on, id"));
    if (!e) {
        q.addBindValue(personId);
        e = Sql::exec(q);
    }
    while (!e && q.next()) {
        const QString purpose = q.value(0).toString();
        const QDate given = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate withdrawn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        status.given.removeAll(purpose);
        status.withdrawn.removeAll(purpose);
        (withdrawn.isValid() ? status.withdrawn : status.given).append(purpose);
        for (const QDate &d : {given, withdrawn}) {
            if (d.isValid() && (!status.lastChange.isValid() || d > status.lastChange))
                status.lastChange = d;
        }
    }
    if (error)
        *error = e;
    return status;
}

} // namespace hubdesk
