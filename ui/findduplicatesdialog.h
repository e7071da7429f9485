#pragma once

#include "../models/domain/record.h"
#include "../models/io/duplicatefinder.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QUndoStack;
template <typename T>
class QFutureWatcher;

namespace hubdesk {

class Database;

// "Find duplicates": the pairs of stakeholders or people that look like one, and for
// the chosen pair the two records side by side, field by field, with the value to keep
// chosen per field; Merge keeps one record with those values and points everything at
// it (RecordMerger). Each merge goes on the window's undo stack. The search reads the
// whole table, seconds on a large one, so it runs beside the window on a read-only
// connection of its own, with a progress bar and Stop.
class FindDuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    FindDuplicatesDialog(Database &db, EntityType type, QUndoStack *undo, QWidget *parent = nullptr);
    // Stops a search still running and waits for it (a moment: it looks for the stop
    // every few thousand records), so that it never outlives the dialog.
    ~FindDuplicatesDialog() override;

    // Looks for pairs again (also done when the dialog opens): beside the window on a
    // file, here and now on an in-memory database. searchFinished() says when the list
    // shows its result. While one runs, another stops it and starts when it has.
    void search();
    // Stops the search that runs; the list stays empty until the next one.
    void stopSearch();
    bool isSearching() const;
    int pairCount() const;
    void selectPair(int row);
    // Keeps the value of \a side (0 the first record, 1 the second) for \a field.
    void choose(const QString &field, int side);
    // Merges the selected pair into the first record (\a intoSecond: into the second).
    bool mergeSelected(bool intoSecond, QString *error);
    QString statusText() const;

    void done(int result) override;

    // What a search found: the pairs, or why nothing.
    struct Found
    {
        QList<DuplicatePair> pairs;
        Error error;
        bool stopped = false;
        qint64 ms = 0;
    };

signals:
    // Just before a merge is written (the window backs the file up before the first).
    void aboutToMerge();
    void merged();
    void searchFinished();

private:
    void showFound(const Found &found);
    void fillList();
    void setSearching(bool searching);
    void showPair();

    Database &m_db;
    EntityType m_type;
    QUndoStack *m_undo;
    QList<DuplicatePair> m_pairs;
    Record m_a;
    Record m_b;
    QTableWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_intoA = nullptr;
    QPushButton *m_intoB = nullptr;
    QHash<QString, QComboBox *> m_choices;
    QFutureWatcher<Found> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_stopFlag;
    bool m_searchAgain = false;
};

} // namespace hubdesk
