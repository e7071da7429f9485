#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;
class QSpinBox;

namespace hubdesk {

class Database;

// Settings: the staff name the audit log records, the language of the window and how
// many automatic backups to keep (this computer's user settings; the backups' folder is shown),
// and the programme's settings kept in the database (hub, programme, grant
// agreement number, currency, voucher cap per startup, programme voucher budget).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Database &db, QWidget *parent = nullptr);
    void accept() override;

    static QString staffName();

private:
    Database &m_db;
    QLineEdit *m_staff = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QSpinBox *m_keepBackups = nullptr;
    QList<QPair<QString, QLineEdit *>> m_fields;
    QLabel *m_problem = nullptr;
};

} // namespace hubdesk
