#include "field.h"

#include <QCoreApplication>

namespace hubdesk {

QString Field::translatedLabel() const
{
    return QCoreApplication::translate("Fields", label);
}

Field Field::ofType(FieldType type, const char *key, const char *label)
{
    Field f;
    f.key = QString::fromLatin1(key);
    f.type = type;
    f.label = label;
    return f;
}

Field Field::text(const char *key, const char *label)
{
    return ofType(FieldType::Text, key, label);
}

Field Field::longText(const char *key, const char *label)
{
    return ofType(FieldType::LongText, key, label);
}

Field Field::enumeration(const char *key, EnumType type, const char *label)
{
    Field f = ofType(FieldType::Enum, key, label);
    f.enumType = type;
    return f;
}

Field Field::enumSet(const char *key, EnumType type, const char *label, const char *table,
                     const char *ownerColumn, const char *valueColumn)
{
    Field f = tagList(key, label, table, ownerColumn, valueColumn);
    f.type = FieldType::EnumSet;
    f.enumType = type;
    return f;
}

Field Field::tagList(const char *key, const char *label, const char *table, const char *ownerColumn,
                     const char *valueColumn)
{
    Field f = ofType(FieldType::TagList, key, label);
    f.joinTable = QString::fromLatin1(table);
    f.ownerColumn = QString::fromLatin1(ownerColumn);
    f.valueColumn = QString::fromLatin1(valueColumn);
    return f;
}

Field Field::integer(const char *key, const char *label, qint64 minimum, qint64 maximum)
{
    Field f = ofType(FieldType::Integer, key, label);
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

Field Field::ref(const char *key, EntityType target, OnDelete onDelete, const char *label)
{
    Field f = ofType(FieldType::Reference, key, label);
    f.reference = target;
    f.onDelete = onDelete;
    return f;
}

} // namespace hubdesk
