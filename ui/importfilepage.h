#pragma once

#include "../models/domain/entitytype.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace hubdesk {

class ImportWizard;

// Step 1 of the import: the file and what it holds. Next reads the file's beginning
// (the encoding and delimiter of a CSV file, the sheets of a workbook) and refuses, with
// the reader's own words, a file it cannot read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    void setFilePath(const QString &path);
    void setTarget(EntityType target);
    EntityType target() const;
    // Why the file was refused (empty when it was not).
    QString errorText() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QButtonGroup *m_targets = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hubdesk
