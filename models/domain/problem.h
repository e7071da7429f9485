#pragma once

#include "entitytype.h"

#include <QList>
#include <QString>

namespace hubdesk {

// A rule broken by a value: what is wrong (message) and where (entity, field).
struct Problem
{
    EntityType entity = EntityType::Organisation;
    QString field; // field key; empty when the problem concerns the whole record
    QString message;

    // "Stakeholder › E-mail: ..." in the current language.
    QString toString() const;
    bool operator==(const Problem &other) const
    {
        return entity == other.entity && field == other.field && message == other.message;
    }
};

using Problems = QList<Problem>;

// All problems as lines of text.
QString describe(const Problems &problems);

} // namespace hubdesk
