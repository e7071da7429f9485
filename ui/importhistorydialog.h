#pragma once

#include "../models/storage/importbatches.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hubdesk {

class Database;

// File → Imports…: the imports kept in the file, newest first — what was imported into
// which kind of record, from which file, when and by whom, rows read, created and
// rejected, and when it was taken back — with "Take back…" for one not taken back yet,
// asking as the wizard's summary asks (ImportTakeBack).
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { StartedColumn, KindColumn, FileColumn, ReadColumn, CreatedColumn, RejectedColumn, ActorColumn,
                  TakenBackColumn, ColumnCount };

    explicit ImportHistoryDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *takeBackButton() const { return m_takeBack; }
    const QList<ImportBatch> &batches() const { return m_batches; }
    QString statusText() const;

    // Reads the list again, keeping the selected import selected.
    void reload();
    // Takes the selected import back, asking first (and again after a conflict); true when done.
    bool takeBackSelected();

signals:
    // Records were deleted or given their values back: the window's pages reload.
    void takenBack();

private:
    int selectedRow() const;
    void updateButton();

    Database &m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_takeBack = nullptr;
    QLabel *m_status = nullptr;
    QList<ImportBatch> m_batches;
};

} // namespace hubdesk
