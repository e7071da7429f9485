#pragma once

#include "repository.h"

#include <QDate>
#include <QStringList>

namespace hubdesk {

// Where a person's consents stand today, for the person's page.
struct ConsentStatus
{
    QStringList given;     // purposes consented to and not withdrawn
    QStringList withdrawn; // purposes whose consent was withdrawn (and not given again)
    QDate lastChange;      // the latest date a consent was given or withdrawn
};

// Consent records of people: given when, how and for what; withdrawn when.
class ConsentRepository : public Repository
{
public:
    explicit ConsentRepository(Database &db);

    // Records that the consent \a id (read at \a version) was withdrawn on \a on: a
    // versioned update with its audit line. Refused when it was withdrawn already or
    // \a on is before the day it was given.
    Error withdraw(qint64 id, int version, const QDate &on, Record *updated = nullptr);
    // The live consents of \a personId, by purpose (the latest record of each purpose counts).
    ConsentStatus statusOf(qint64 personId, Error *error = nullptr) const;
};

} // namespace hubdesk
