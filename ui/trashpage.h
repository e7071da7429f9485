#pragma once

#include <QWidget>

class QTableWidget;

namespace hubdesk {

class Database;

// The records the user deleted, newest first, each with what went with it.
class TrashPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrashPage(Database &db, QWidget *parent = nullptr);
    void reload();
    int itemCount() const;

private:
    Database &m_db;
    QTableWidget *m_table = nullptr;
};

} // namespace hubdesk
