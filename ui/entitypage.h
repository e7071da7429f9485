#pragma once

#include "../models/domain/entitytype.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QLabel;
class QSplitter;
class QUndoStack;

namespace hubdesk {

class Database;
class DetailPane;
class EntityTableModel;
class FilterBar;

// One page of the main window: the records of one entity (search as you type,
// filters, sort by any column — all in SQL) and the selected record beside them.
class EntityPage : public QWidget
{
    Q_OBJECT
public:
    EntityPage(Database &db, EntityType type, QUndoStack *undo, QWidget *parent = nullptr);

    EntityType entity() const { return m_type; }
    QString title() const;
    EntityTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DetailPane *detail() const { return m_detail; }
    FilterBar *filterBar() const { return m_filters; }
    QLineEdit *searchField() const { return m_search; }
    // The columns the list shows, as field keys (or "label"), in the order they are shown:
    // hidden ones left out, moved ones where they were moved to.
    QStringList visibleColumns() const;

    void focusSearch();
    // Lists the records again (keeping the selection where it can).
    void reload();
    // Shows the record with this id: clears search and filters if they hide it.
    void showRecord(qint64 id);
    void newRecord();
    bool save();
    // Moves the selected record to the trash; returns the batch, empty when nothing moved.
    void deleteSelected();

    void saveLayout() const;
    void restoreLayout();

signals:
    void countsChanged(qint64 shown, qint64 total);
    void openRequested(EntityType type, qint64 id);
    void statusMessage(const QString &message);
    void dataChanged();

protected:
    // The list is read when the page is first shown.
    void showEvent(QShowEvent *event) override;

private:
    void onCurrentChanged();
    void selectId(qint64 id);
    void scrollToPending();
    QString settingsKey(const QString &what) const;

    Database &m_db;
    EntityType m_type;
    QUndoStack *m_undo;
    EntityTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    FilterBar *m_filters = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_heading = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailPane *m_detail = nullptr;
    qint64 m_pendingSelection = 0;
    qint64 m_pendingRow = -1;
    bool m_reverting = false;
};

} // namespace hubdesk
