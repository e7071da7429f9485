#pragma once

#include "../models/domain/entitytype.h"
#include "../models/storage/listquery.h"

#include <QWidget>

class QComboBox;

namespace hubdesk {

class Database;
class DateField;
class LookupField;

// The filters of a page (kind, country, status, stage, cohort, service, expert,
// a date range …), each turned into a Filter that the list applies in SQL.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(Database &db, EntityType type, QWidget *parent = nullptr);

    QList<Filter> filters() const;
    bool isEmpty() const { return m_combos.isEmpty() && m_lookups.isEmpty() && !m_from; }
    void clear();
    // Lists of values in use (cohorts, hubs …) are read again.
    void refreshValues();
    static QStringList keysOf(EntityType type);
    static QString dateKeyOf(EntityType type);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillValues(QComboBox *combo, const QString &key);

    Database &m_db;
    EntityType m_type;
    QList<QPair<QString, QComboBox *>> m_combos;
    QList<QPair<QString, LookupField *>> m_lookups;
    QString m_dateKey;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
};

} // namespace hubdesk
