#pragma once

#include <QJsonObject>

#include "../domain/record.h"

#include <QStringList>
#include <QVariant>

namespace hubdesk {

// Conversion between a Record's values and what is stored in SQLite, in one place:
// dates as ISO text, booleans as 0/1, money and references as integers, sets in join tables.
class RecordCodec
{
public:
    // The row-stored fields (no sets) in declaration order.
    static QList<Field> rowFields(const EntityInfo &info);
    static QStringList rowColumns(const EntityInfo &info);
    // Tidies values the way they are stored (trimmed text, upper-case country codes,
    // normalised company ids, sorted unique sets), so what is checked is what is saved.
    static void normalise(Record &record);
    static QVariant toSql(const Field &field, const QVariant &value);
    static QVariant fromSql(const Field &field, const QVariant &value);
    // A JSON-friendly form of a value for the audit log.
    static QVariant toAudit(const Field &field, const QVariant &value);
    // Whether two values of a field are the same once stored.
    static bool same(const Field &field, const QVariant &a, const QVariant &b);
    // Every field's value as JSON (the audit log's form), and back into a record:
    // what a merge or an import remembers so that it can put a record back.
    static QJsonObject toJson(const Record &record);
    static void fromJson(const QJsonObject &json, Record *record);
};

} // namespace hubdesk
