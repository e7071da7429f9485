#pragma once

#include <QVariant>

#include "entitytype.h"
#include "field.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hubdesk {

// Two date fields of one record that must be in order (earlier <= later).
struct DateOrder
{
    QString earlier;
    QString later;
};

// The description of one entity: its table, its list view and its fields.
// Every table also has the common columns id, uuid, created_at, updated_at,
// version, deleted_at and deleted_batch, which are not listed as fields.
struct EntityInfo
{
    EntityType type = EntityType::Organisation;
    QString key;      // stable key ("organisation"), used in the audit log and exports
    QString table;    // "organisations"
    QString listView; // a view with the table's columns plus "label" and "<reference>_label" columns
    const char *singular = nullptr;
    const char *plural = nullptr;
    QList<Field> fields;
    QList<DateOrder> dateOrder;
    QString defaultSort; // field key (or list-view column) lists are sorted by
    // The fields the list view's one-line "label" is made of. An export writes these for a
    // "label" column: the label itself is made by the view and could not be imported back.
    QStringList labelFields;
    bool trashable = true;

    const Field *field(const QString &key) const;
    QString singularLabel() const;
    QString pluralLabel() const;
};

// The registry of all entity descriptions.
class Entities
{
public:
    static const QList<EntityType> &all();
    static const EntityInfo &info(EntityType type);
    // The entity whose key is \a key; false in \a ok when there is none.
    static EntityType fromKey(const QString &key, bool *ok);
    // Reference fields of other entities that point at \a type (who depends on it).
    static QList<QPair<EntityType, Field>> referencesTo(EntityType type);
    // The values a new record starts with when nobody says otherwise (the engagement
    // of a stakeholder, the status and stage of a startup …): the form of a new record
    // shows them and an import fills them where the file has no column for them.
    static QVariantHash defaults(EntityType type);
};

} // namespace hubdesk
