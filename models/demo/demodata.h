#pragma once

#include "../storage/error.h"

#include <QMap>
#include <QString>

#include <functional>

namespace hubdesk {

class Database;

// Realistic sample data: stakeholders of every kind from Bulgaria (names in Cyrillic
// and Latin script), Greece, Belgium and Norway; experts; three cohorts of startups
// at varied stages with their progress; mentoring sessions; outcomes; events with
// participants; travel vouchers in every status; consents; interactions; two
// reporting periods (last calendar year and this one). Every record passes the
// domain rules. The same seed and year give the same data.
class DemoData
{
public:
    struct Options
    {
        // About how many interactions to make; organisations scale with it (one per
        // ten interactions, at least 300). 0: the default size.
        qint64 interactions = 0;
        quint32 seed = 2026;
    };
    static constexpr qint64 DefaultInteractions = 4000;

    // Fills an empty database in one transaction. \a progress gets 0…100.
    static Error generate(Database &db, const Options &options, QMap<QString, qint64> *counts = nullptr,
                          const std::function<void(int)> &progress = {});
};

} // namespace hubdesk
