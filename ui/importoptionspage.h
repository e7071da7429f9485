#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace hubdesk {

class ImportWizard;

// Step 2 of the import: how to read the file — the encoding and delimiter of a CSV file
// (as detected, and changeable), the sheet of a workbook, whether the first row is a
// header — with the first rows read that way, updated as an option changes.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard *wizard);

    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *sheetBox() const { return m_sheet; }
    QCheckBox *headerBox() const { return m_header; }
    QTableWidget *preview() const { return m_preview; }

    void initializePage() override;
    bool isComplete() const override;

private:
    // Reads the first rows again with the options chosen and shows them.
    void refresh();

    ImportWizard *m_wizard;
    QLabel *m_detected = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;
    QCheckBox *m_header = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false; // the boxes are being set from the plan, not by the user
};

} // namespace hubdesk
