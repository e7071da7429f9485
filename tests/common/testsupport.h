#pragma once

#include "domain/record.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace hubdesk::test {

// A fresh in-memory database with the whole schema (fails the test when it cannot be made).
std::unique_ptr<Database> memoryDatabase();
// A fresh database file in \a dir with the whole schema.
std::unique_ptr<Database> fileDatabase(const QString &path);

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

// Records that pass every rule, to change one field at a time in tests.
Record organisation(const QString &name, const QString &kind = QStringLiteral("corporation"));
Record person(const QString &first, const QString &last, bool expert = false);
Record startup(qint64 organisationId);
Record session(qint64 startupId, qint64 expertId, const QDate &date);
Record voucher(qint64 startupId, qint64 requestedCents);

// Stores a start-up organisation and its programme record; returns the startup id.
qint64 addStartup(Database &db, const QString &name);
// Stores an expert; returns the person id.
qint64 addExpert(Database &db, const QString &first, const QString &last);
// Sets the voucher cap per startup and the programme budget (in cents).
void setVoucherLimits(Database &db, qint64 capCents, qint64 budgetCents);

} // namespace hubdesk::test
