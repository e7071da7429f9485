#pragma once

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QWidget;

namespace hubdesk {

class ImportWizard;

// Step 3 of the import: which column fills which field, and values given to every row
// (every row of a register of companies is a corporation). Starts from the columns'
// headers (ImportMapping::automatic), shows what the mapping lacks as it changes, and
// can save the mapping for the next file of the same kind and load it back.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    // The field box of the file's column \a column (0-based).
    QComboBox *fieldBox(int column) const { return m_fieldBoxes.value(column); }
    QComboBox *fixedFieldBox() const { return m_fixedField; }
    QComboBox *fixedValueBox() const { return m_fixedValue; }
    QPushButton *addFixedButton() const { return m_addFixed; }
    QListWidget *fixedList() const { return m_fixedList; }
    QPushButton *removeFixedButton() const { return m_removeFixed; }
    QString automaticText() const;
    QString problemsText() const;
    QString fixedErrorText() const;

    // Sets field \a key (empty: not imported) for \a column, as choosing it in its box does.
    void setField(int column, const QString &key);
    // Gives every row \a text for \a key, checked as the importer will read it; false
    // (with the reason shown) when it does not read.
    bool addFixed(const QString &key, const QString &text);
    // Save mapping… and Load mapping… without the file dialog; errors go to a message box.
    bool saveMapping(const QString &path);
    bool loadMapping(const QString &path);

    void initializePage() override;
    bool isComplete() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fillRows();
    void fillFixed();
    void updateProblems();
    void fixedFieldChanged();
    void removeFixed();
    void showError(const QString &title, const QString &text);

    ImportWizard *m_wizard;
    QString m_builtFor; // the file, target and header the rows were made for
    QLabel *m_automatic = nullptr;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QComboBox *> m_fieldBoxes;
    QComboBox *m_fixedField = nullptr;
    QComboBox *m_fixedValue = nullptr;
    QPushButton *m_addFixed = nullptr;
    QListWidget *m_fixedList = nullptr;
    QPushButton *m_removeFixed = nullptr;
    QLabel *m_fixedError = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problems = nullptr;
    bool m_filling = false;
};

} // namespace hubdesk
