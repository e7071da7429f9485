#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;

namespace hubdesk {

class ImportWizard;

// Step 4 of the import: a dry run of every row (beside the window, with a progress bar
// and Stop), then what it found — counts, each problem by row and column, each
// duplicate with whom it duplicates and why — and the choices the import is made with:
// all or nothing, or the valid rows with the rejected ones saved to a file; duplicates
// skipped or created.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
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
    QLabel *m_hint = nullptr;
};

} // namespace hubdesk
