#pragma once

#include "../models/storage/retentionreview.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hubdesk {

class Database;
class ErasePersonDialog;

// People → Retention review: the people with no activity for the set number of years
// (RetentionReview says what counts), with their last activity and what it was, and
// their standing consents; the selected ones can be opened, exported or erased.
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RetentionDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QSpinBox *yearsField() const { return m_years; }
    const QList<RetentionCandidate> &candidates() const { return m_candidates; }
    // Reads the list again (after an erasure, or another number of years).
    void reload();
    // The selected candidates, in the order listed.
    QList<RetentionCandidate> selected() const;
    // Opens the confirmation dialog for the selected people (window-modal, so that a
    // test can answer it); they are erased when it is confirmed.
    void eraseSelected();
    ErasePersonDialog *eraseDialog() const;

signals:
    void openRequested(qint64 personId);
    void erased();

private:
    void exportSelected();
    void updateButtons();

    Database &m_db;
    QSpinBox *m_years = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_erase = nullptr;
    QList<RetentionCandidate> m_candidates;
    QPointer<ErasePersonDialog> m_eraseDialog;
};

} // namespace hubdesk
