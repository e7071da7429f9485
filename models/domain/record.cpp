#include "record.h"

namespace hubdesk {

Record::Record(EntityType type)
    : m_entity(type)
{
}

const EntityInfo &Record::info() const
{
    return Entities::info(m_entity);
}

bool Record::has(const QString &key) const
{
    return !isBlank(m_values.value(key));
}

QVariant Record::value(const QString &key) const
{
    return m_values.value(key);
}

void Record::setValue(const QString &key, const QVariant &value)
{
    m_values.insert(key, value);
}

void Record::clear(const QString &key)
{
    m_values.remove(key);
}

QString Record::text(const QString &key) const
{
    return m_values.value(key).toString();
}

QDate Record::date(const QString &key) const
{
    const QVariant v = m_values.value(key);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}

qint64 Record::integer(const QString &key) const
{
    return m_values.value(key).toLongLong();
}

bool Record::flag(const QString &key) const
{
    return m_values.value(key).toBool();
}

QStringList Record::list(const QString &key) const
{
    return m_values.value(key).toStringList();
}

bool isBlank(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().trimmed().isEmpty();
    case QMetaType::QStringList:
        return v.toStringList().isEmpty();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    default:
        return false;
    }
}

} // namespace hubdesk
