#pragma once

#include "entityinfo.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>
#include <QVariantHash>

namespace hubdesk {

// One record of any entity: the common bookkeeping plus field values by key.
// Values are held as: text -> QString, Date -> QDate, Money/Integer/Minutes/
// Reference -> qint64, Bool -> bool, EnumSet/TagList -> QStringList, Enum -> QString key.
// A missing key or a null QVariant means "no value".
class Record
{
public:
    Record() = default;
    explicit Record(EntityType type);

    EntityType entity() const { return m_entity; }
    const EntityInfo &info() const;

    qint64 id = 0;       // local row id; 0 until stored
    QString uuid;        // global identity, stable across databases
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime deletedAt; // UTC; valid while the record is in the trash
    int version = 0;     // bumped on every stored change; 0 until stored

    bool has(const QString &key) const;
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);
    void clear(const QString &key);

    QString text(const QString &key) const;
    QDate date(const QString &key) const;
    qint64 integer(const QString &key) const; // 0 when absent
    bool flag(const QString &key) const;
    QStringList list(const QString &key) const;

    const QVariantHash &values() const { return m_values; }

private:
    EntityType m_entity = EntityType::Organisation;
    QVariantHash m_values;
};

// True when \a v counts as "no value" (null, invalid, empty text or list).
bool isBlank(const QVariant &v);

} // namespace hubdesk

Q_DECLARE_METATYPE(hubdesk::Record)
