#pragma once

#include "entitytype.h"
#include "enums.h"

#include <QString>

namespace hubdesk {

// What a field holds; decides its storage, its editor and its checks.
enum class FieldType {
    Text,      // one line of text
    LongText,  // several lines (notes, descriptions)
    Email,
    Url,
    Phone,
    Country,   // ISO 3166-1 alpha-2
    CompanyId, // national company id; checked as a Bulgarian UIC/EIK when the country is BG
    Enum,      // one key of an enumeration
    EnumSet,   // several keys of an enumeration, kept in a join table
    TagList,   // several free-text values, kept in a join table
    Date,
    Money,     // integer cents in the programme currency
    Integer,
    Minutes,   // a duration in whole minutes
    Bool,
    Reference, // the id of another record
};

// What happens to a referring record when the referred one is deleted.
enum class OnDelete { Restrict, Cascade, SetNull };

// One field of an entity: the single description that storage, forms, tables,
// validation and import mapping all read, so they cannot drift apart.
struct Field
{
    QString key; // stable key; also the column name (or the join table's value column)
    FieldType type = FieldType::Text;
    const char *label = nullptr; // English label, translated in the "Fields" context
    bool required = false;
    EnumType enumType = EnumType::OrganisationKind;
    EntityType reference = EntityType::Organisation;
    OnDelete onDelete = OnDelete::Restrict;
    qint64 minimum = 0;
    qint64 maximum = 0; // 0: no upper bound
    QString joinTable;   // for EnumSet and TagList: the join table,
    QString ownerColumn; // its column naming the owning record,
    QString valueColumn; // and its column holding one value
    bool managed = false; // changed only by a workflow, never by a plain update

    bool isSet() const { return type == FieldType::EnumSet || type == FieldType::TagList; }
    bool isStoredInRow() const { return !isSet(); }
    QString translatedLabel() const;

    // Builders, so that entity descriptions read as a table.
    static Field text(const char *key, const char *label);
    static Field longText(const char *key, const char *label);
    static Field ofType(FieldType type, const char *key, const char *label);
    static Field enumeration(const char *key, EnumType type, const char *label);
    static Field enumSet(const char *key, EnumType type, const char *label, const char *table,
                         const char *ownerColumn, const char *valueColumn);
    static Field tagList(const char *key, const char *label, const char *table, const char *ownerColumn,
                         const char *valueColumn);
    static Field integer(const char *key, const char *label, qint64 minimum, qint64 maximum);
    static Field ref(const char *key, EntityType target, OnDelete onDelete, const char *label);

    Field &mandatory()
    {
        required = true;
        return *this;
    }
    Field &workflow()
    {
        managed = true;
        return *this;
    }
};

} // namespace hubdesk
