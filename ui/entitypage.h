#pragma once

#include "../models/domain/entitytype.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QLabel;

namespace hubdesk {

class Database;
class EntityTableModel;

// One page of the main window: the rows of one entity with search-as-you-type.
class EntityPage : public QWidget
{
    Q_OBJECT
public:
    EntityPage(Database &db, EntityType type, QWidget *parent = nullptr);

    EntityType entity() const { return m_type; }
    QString title() const;
    EntityTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void focusSearch();
    void reload();

signals:
    void countsChanged(qint64 shown, qint64 total);

private:
    EntityType m_type;
    EntityTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_heading = nullptr;
};

} // namespace hubdesk
