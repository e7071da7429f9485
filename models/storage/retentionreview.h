#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace hubdesk {

class Database;

// A person listed for a retention review: nothing happened with them for the set time.
struct RetentionCandidate
{
    qint64 id = 0;
    int version = 0;
    QString name;
    QString organisation;
    QDate lastActivity; // invalid: no dated activity at all
    QString activity;   // what it was: record, session, event, interaction, consent, voucher
    QString consents;   // purposes consented to and not withdrawn, joined by ", "
};

// The people the programme has had nothing to do with for a number of years (the
// setting retention_years), so that staff can decide to erase them or keep them.
//
// A person's last activity is the latest of these dates, counting live records only:
// - their record was created or changed (its updated_at);
// - a mentoring session they deliver as an expert (its date, planned ones included);
// - an event they took part in (its end date, else its start date);
// - an interaction with them (its date);
// - a consent of theirs: given, withdrawn, or its record changed;
// - a travel voucher they travel on: requested, travel end, paid.
// People in the trash and erased people are not listed.
class RetentionReview
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::RetentionReview)

public:
    // The live people whose last activity is before \a today minus \a years, the longest
    // inactive first.
    static QList<RetentionCandidate> candidates(const Database &db, int years, const QDate &today,
                                                Error *error = nullptr);
    // One person's last activity (what and when); false when the person does not exist.
    static bool lastActivity(const Database &db, qint64 personId, QDate *on, QString *what, Error *error = nullptr);
    // The translated name of an activity key.
    static QString activityLabel(const QString &key);
};

} // namespace hubdesk
