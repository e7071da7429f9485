#pragma once

#include "../models/domain/record.h"
#include "../models/io/duplicatefinder.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace hubdesk {

class Database;

// "Find duplicates": the pairs of stakeholders or people that look like one, and for
// the chosen pair the two records side by side, field by field, with the value to keep
// chosen per field; Merge keeps one record with those values and points everything at
// it (RecordMerger). Each merge goes on the window's undo stack.
class FindDuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    FindDuplicatesDialog(Database &db, EntityType type, QUndoStack *undo, QWidget *parent = nullptr);

    // Looks for pairs again (also done when the dialog opens).
    void search();
    int pairCount() const;
    void selectPair(int row);
    // Keeps the value of \a side (0 the first record, 1 the second) for \a field.
    void choose(const QString &field, int side);
    // Merges the selected pair into the first record (\a intoSecond: into the second).
    bool mergeSelected(bool intoSecond, QString *error);

signals:
    void merged();

private:
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
    QPushButton *m_intoA = nullptr;
    QPushButton *m_intoB = nullptr;
    QHash<QString, QComboBox *> m_choices;
};

} // namespace hubdesk
