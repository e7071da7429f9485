#include "settingsdialog.h"

#include "../models/domain/money.h"
#include "../models/domain/uilanguage.h"
#include "../models/storage/backupstore.h"
#include "../models/storage/database.h"
#include "../models/storage/settingsrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QDir>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hubdesk {

namespace {
const QString StaffKey = QStringLiteral("user/staffName");

bool isMoney(const QString &key)
{
    return key == SettingsRepository::VoucherCapCents || key == SettingsRepository::VoucherBudgetCents;
}
} // namespace

QString SettingsDialog::staffName()
{
    const QString name = QSettings().value(StaffKey).toString().trimmed();
    return name.isEmpty() ? Database::defaultActor() : name;
}

SettingsDialog::SettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Settings"));
    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    m_staff = new QLineEdit(QSettings().value(StaffKey).toString(), you);
    m_staff->setPlaceholderText(Database::defaultActor());
    m_staff->setAccessibleName(tr("Your name in the audit log"));
    youForm->addRow(tr("Your name in the audit log:"), m_staff);
    m_language = new QComboBox(you);
    m_language->addItem(tr("System language (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString &code : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(code), code);
    const int current = m_language->findData(UiLanguage::chosen());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of HubDesk's window, reports and exports; dates, "
                                            "numbers and amounts follow it."));
    youForm->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(you);
    m_languageNote->setTextFormat(Qt::PlainText);
    m_languageNote->setWordWrap(true);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    youForm->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, current](int index) {
        m_languageNote->setText(index == (current < 0 ? 0 : current)
                                    ? QString()
                                    : tr("HubDesk speaks the new language from its next start."));
    });

    auto *backups = new QGroupBox(tr("Automatic backups (this computer)"), this);
    auto *backupForm = new QFormLayout(backups);
    m_keepBackups = new QSpinBox(backups);
    m_keepBackups->setRange(1, BackupStore::MaximumKeep);
    m_keepBackups->setValue(BackupStore::keepSetting());
    m_keepBackups->setMaximumWidth(m_keepBackups->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 48);
    m_keepBackups->setAccessibleName(tr("Automatic backups to keep"));
    m_keepBackups->setToolTip(tr("HubDesk backs the file up when it is opened (once a day), around large imports and "
                                 "merges, and when it is closed after changes; the oldest beyond this number are removed."));
    backupForm->addRow(tr("Automatic backups to keep:"), m_keepBackups);
    auto *folder = new QLabel(db.isInMemory() ? tr("(none for a database in memory)")
                                              : QDir::toNativeSeparators(BackupStore::defaultFolder(db.path())),
                              backups);
    folder->setObjectName(QStringLiteral("backupFolder"));
    folder->setTextFormat(Qt::PlainText);
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    backupForm->addRow(tr("Kept in:"), folder);

    auto *programme = new QGroupBox(tr("Programme (kept in the database)"), this);
    auto *form = new QFormLayout(programme);
    SettingsRepository settings(db);
    const QString currency = settings.currency();
    for (const QString &key : SettingsRepository::keys()) {
        QString value = settings.value(key);
        if (isMoney(key))
            value = Money::format(value.toLongLong(), QString());
        auto *edit = new QLineEdit(value, programme);
        edit->setAccessibleName(SettingsRepository::label(key));
        edit->setReadOnly(db.isReadOnly());
        form->addRow(isMoney(key) ? tr("%1 (%2):").arg(SettingsRepository::label(key), currency)
                                  : tr("%1:").arg(SettingsRepository::label(key)),
                     edit);
        m_fields.append({key, edit});
    }
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(backups);
    layout->addWidget(programme);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QSettings().setValue(StaffKey, m_staff->text().trimmed());
    UiLanguage::choose(m_language->currentData().toString());
    BackupStore::setKeepSetting(m_keepBackups->value());
    m_db.setActor(staffName());
    if (!m_db.isReadOnly()) {
        QList<QPair<QString, QString>> values;
        for (const auto &field : std::as_const(m_fields)) {
            QString value = field.second->text().trimmed();
            if (isMoney(field.first)) {
                qint64 cents = 0;
                if (!Money::parse(value, &cents)) {
                    m_problem->setText(QStringLiteral("⚠ ") + tr("%1: “%2” is not an amount.")
                                                                 .arg(SettingsRepository::label(field.first), value));
                    field.second->setFocus();
                    return;
                }
                value = QString::number(cents);
            }
            values.append({field.first, value});
        }
        // The budget first: a cap check reads it, and all are saved together or not at all.
        std::stable_sort(values.begin(), values.end(), [](const auto &a, const auto &) {
            return a.first == SettingsRepository::VoucherBudgetCents;
        });
        if (Error e = SettingsRepository(m_db).setValues(values)) {
            m_problem->setText(QStringLiteral("⚠ ") + e.message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace hubdesk
