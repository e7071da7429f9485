#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hubdesk {

class Database;

// Asks before erasing people for good: names them, says what will be erased and what
// stays for the reports, that it cannot be undone and is not a move to the trash, and
// wants the person's name typed (for several people, "erase N") before Erase is enabled.
class ErasePersonDialog : public QDialog
{
    Q_OBJECT
public:
    // \a people: id → the version the caller read it at.
    ErasePersonDialog(Database &db, const QList<QPair<qint64, int>> &people, QWidget *parent = nullptr);

    // What must be typed to confirm.
    QString confirmationText() const { return m_expected; }
    QLineEdit *confirmationField() const { return m_typed; }
    // Erases when confirmed; the outcome, for the caller's status line.
    void accept() override;
    int erasedCount() const { return m_erased; }
    QString outcome() const { return m_outcome; }

private:
    void updateButton();

    Database &m_db;
    QList<QPair<qint64, int>> m_people;
    QString m_expected;
    QLineEdit *m_typed = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_erased = 0;
    QString m_outcome;
};

} // namespace hubdesk
