#pragma once

#include "../models/domain/field.h"

#include <QString>
#include <QVariant>

namespace hubdesk {

class Database;

// A field's value as the user reads it (translated keys, local dates, money with its
// currency, the name of a linked record), for dialogs that compare or confirm values.
class RecordText
{
public:
    static QString display(Database &db, const Field &field, const QVariant &value);
};

} // namespace hubdesk
