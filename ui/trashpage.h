#pragma once

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace hubdesk {

class Database;

// The records the user deleted, newest first, each with what went with it; Restore
// brings a delete back whole, Delete for good removes it from the file.
class TrashPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrashPage(Database &db, QWidget *parent = nullptr);
    void reload();
    int itemCount() const;
    QTableWidget *table() const { return m_table; }
    void restoreSelected();
    void purgeSelected(bool ask = true);

signals:
    void dataChanged();
    void statusMessage(const QString &message);

private:
    QString selectedBatch(QString *label) const;
    void showError(const QString &message);

    Database &m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
};

} // namespace hubdesk
