#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace hubdesk {

class ImportWizard;

// Step 6 of the import: what it made — records created, duplicates skipped, rows
// rejected (and where they were saved) — and "Take this import back", which deletes
// exactly the records it created, asking first, and again, with a warning, when some of
// them were changed since.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    QString summaryText() const;
    QString takeBackText() const;
    QPushButton *takeBackButton() const { return m_takeBack; }
    QPushButton *openFolderButton() const { return m_openFolder; }

    // Takes the import back without asking (the button asks first); false when refused
    // or failed, with why on the page and in takenBack().
    void takeBack(bool force);

    void initializePage() override;

signals:
    void takenBack(bool ok, const QString &message);

private:
    void askAndTakeBack();

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QLabel *m_rejects = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_takeBack = nullptr;
    QLabel *m_takeBackStatus = nullptr;
};

} // namespace hubdesk
