#pragma once

#include "../models/io/importer.h"

#include <QHash>
#include <QWizardPage>

#include <array>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace hubdesk {

class ImportWizard;

// Step 4 of the import: a dry run of every row (beside the window, with a progress bar
// and Stop), then what it found — counts, each problem by row and column, each
// duplicate with whom it duplicates, why and what a merge would fill — and the choices
// the import is made with: all or nothing, or the valid rows with the rejected ones
// saved to a file; for duplicates one choice for all (skip, merge, create) that each
// listed row can change.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    // Where the rejected rows of \a sourcePath go unless the user says otherwise:
    // <its folder>/<name>-rejected.csv, or the same name in Documents when that folder
    // cannot be written.
    static QString defaultRejectsPath(const QString &sourcePath);

    // The columns of the duplicates table.
    enum DuplicateColumn { RowColumn, ChoiceColumn, IncomingColumn, ExistingColumn, FillsColumn, WhyColumn };

    explicit ImportCheckPage(ImportWizard *wizard);

    QString countsText() const;
    QString hintText() const;
    QTableWidget *problemsTable() const { return m_problems; }
    QTableWidget *duplicatesTable() const { return m_duplicates; }
    QRadioButton *allOrNothingButton() const { return m_allOrNothing; }
    QRadioButton *validRowsButton() const { return m_validRows; }
    QLineEdit *rejectsPathEdit() const { return m_rejectsPath; }
    QRadioButton *skipDuplicatesButton() const { return m_skip; }
    QRadioButton *createDuplicatesButton() const { return m_create; }
    QRadioButton *mergeDuplicatesButton() const { return m_merge; }
    // "Set all to …": the choice for every duplicate, listed or not; row choices are dropped.
    QPushButton *setAllButton(DuplicateChoice choice) const { return m_setAll.at(std::size_t(choice)); }
    QString duplicateCountsText() const;
    QPushButton *stopButton() const { return m_stop; }
    bool isChecking() const { return m_checking; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void checked();

private:
    void check();
    void showResult();
    void updateChoices();
    DuplicateChoice globalChoice() const;
    // What happens to the duplicate of \a row of the table: its own choice, else the one
    // for all; Merge becomes Skip where there is nothing to merge into.
    DuplicateChoice choiceOfRow(int row) const;
    struct ChoiceCounts
    {
        qint64 create = 0, merge = 0, skip = 0;
    };
    // The duplicates of the dry run by what the import will do with them (the rows not
    // listed get the choice for all).
    ChoiceCounts choiceCounts() const;
    void setAll(DuplicateChoice choice);
    void setSelectedRows(DuplicateChoice choice);
    void rowChoiceEdited(QTableWidgetItem *item);

    ImportWizard *m_wizard;
    bool m_checking = false;
    bool m_done = false;
    bool m_checkAgain = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_again = nullptr;
    QLabel *m_counts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_problems = nullptr;
    QTableWidget *m_duplicates = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QRadioButton *m_validRows = nullptr;
    QLineEdit *m_rejectsPath = nullptr;
    QPushButton *m_browse = nullptr;
    QRadioButton *m_skip = nullptr;
    QRadioButton *m_create = nullptr;
    QRadioButton *m_merge = nullptr;
    std::array<QPushButton *, 3> m_setAll{}; // by DuplicateChoice
    QLabel *m_duplicateCounts = nullptr;
    QLabel *m_hint = nullptr;
    // The choices made row by row, by the row's number in the file; kept across "Check
    // again" for the rows that are still duplicates.
    QHash<qint64, DuplicateChoice> m_rowChoices;
};

} // namespace hubdesk
