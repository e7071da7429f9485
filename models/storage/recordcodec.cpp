#include "recordcodec.h"

#include <QJsonArray>

#include "../domain/companyid.h"

namespace hubdesk {

QList<Field> RecordCodec::rowFields(const EntityInfo &info)
{
    QList<Field> result;
    for (const Field &f : info.fields) {
        if (f.isStoredInRow())
            result.append(f);
    }
    return result;
}

QStringList RecordCodec::rowColumns(const EntityInfo &info)
{
    QStringList result;
    for (const Field &f : info.fields) {
        if (f.isStoredInRow())
            result.append(f.key);
    }
    return result;
}

void RecordCodec::normalise(Record &record)
{
    for (const Field &f : record.info().fields) {
        const QVariant v = record.value(f.key);
        if (isBlank(v)) {
            record.clear(f.key);
            continue;
        }
        switch (f.type) {
        case FieldType::Text:
        case FieldType::Email:
        case FieldType::Url:
        case FieldType::Phone:
            record.setValue(f.key, v.toString().trimmed());
            break;
        case FieldType::Country:
            record.setValue(f.key, v.toString().trimmed().toUpper());
            break;
        case FieldType::CompanyId:
            record.setValue(f.key, CompanyId::normalise(v.toString()));
            break;
        case FieldType::Enum:
            record.setValue(f.key, v.toString().trimmed());
            break;
        case FieldType::EnumSet:
        case FieldType::TagList: {
            QStringList items;
            for (const QString &item : v.toStringList()) {
                const QString t = item.trimmed();
                if (!t.isEmpty() && !items.contains(t))
                    items.append(t);
            }
            items.sort();
            record.setValue(f.key, items);
            break;
        }
        case FieldType::Date:
            if (v.typeId() != QMetaType::QDate)
                record.setValue(f.key, QDate::fromString(v.toString().trimmed(), Qt::ISODate));
            break;
        default:
            break;
        }
    }
}

QVariant RecordCodec::toSql(const Field &field, const QVariant &value)
{
    if (isBlank(value)) {
        if (field.type == FieldType::Bool)
            return 0;
        return QVariant();
    }
    switch (field.type) {
    case FieldType::Date: {
        const QDate d = value.typeId() == QMetaType::QDate ? value.toDate()
                                                           : QDate::fromString(value.toString(), Qt::ISODate);
        return d.toString(Qt::ISODate);
    }
    case FieldType::Bool:
        return value.toBool() ? 1 : 0;
    case FieldType::Money:
    case FieldType::Integer:
    case FieldType::Minutes:
    case FieldType::Reference:
        return value.toLongLong();
    case FieldType::EnumSet:
    case FieldType::TagList:
        return value.toStringList();
    default:
        return value.toString();
    }
}

QVariant RecordCodec::fromSql(const Field &field, const QVariant &value)
{
    if (value.isNull())
        return field.type == FieldType::Bool ? QVariant(false) : QVariant();
    switch (field.type) {
    case FieldType::Date:
        return QDate::fromString(value.toString(), Qt::ISODate);
    case FieldType::Bool:
        return value.toLongLong() != 0;
    case FieldType::Money:
    case FieldType::Integer:
    case FieldType::Minutes:
    case FieldType::Reference:
        return value.toLongLong();
    default:
        return value.toString();
    }
}

QVariant RecordCodec::toAudit(const Field &field, const QVariant &value)
{
    if (field.isSet())
        return value.toStringList(); // an empty set is [], not null
    if (isBlank(value))
        return field.type == FieldType::Bool ? QVariant(false) : QVariant();
    switch (field.type) {
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Date:
        return toSql(field, value);
    default:
        return toSql(field, value);
    }
}

bool RecordCodec::same(const Field &field, const QVariant &a, const QVariant &b)
{
    return toSql(field, a) == toSql(field, b);
}

QJsonObject RecordCodec::toJson(const Record &record)
{
    QJsonObject o;
    for (const Field &f : record.info().fields)
        o.insert(f.key, QJsonValue::fromVariant(toAudit(f, record.value(f.key))));
    return o;
}

void RecordCodec::fromJson(const QJsonObject &json, Record *record)
{
    for (const Field &f : record->info().fields) {
        if (f.managed || !json.contains(f.key))
            continue;
        const QJsonValue v = json.value(f.key);
        if (f.isSet()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items.append(item.toString());
            record->setValue(f.key, items);
        } else {
            record->setValue(f.key, fromSql(f, v.toVariant()));
        }
    }
}

} // namespace hubdesk
