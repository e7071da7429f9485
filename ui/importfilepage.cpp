#include "importfilepage.h"

#include "importwizard.h"

#include "../models/io/xlsxreader.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

namespace hubdesk {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV or tab-separated text file, an Excel workbook (.xlsx), or contacts as vCards (.vcf). "
                   "Nothing is written before the last step, and an import can be taken back whole."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("The file to import"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAutoDefault(false);
    browse->setAccessibleName(tr("Choose the file to import"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);

    auto *group = new QGroupBox(tr("What the file holds"), this);
    auto *groupLayout = new QVBoxLayout(group);
    m_targets = new QButtonGroup(this);
    for (EntityType t : ImportWizard::targets()) {
        auto *button = new QRadioButton(ImportWizard::targetLabel(t), group);
        button->setAccessibleName(tr("Import into %1").arg(ImportWizard::targetLabel(t)));
        m_targets->addButton(button, int(t));
        groupLayout->addWidget(button);
    }
    setTarget(m_wizard->plan().target);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(12);
    layout->addWidget(group);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void ImportFilePage::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::setTarget(EntityType target)
{
    if (QAbstractButton *b = m_targets->button(int(target)))
        b->setChecked(true);
}

EntityType ImportFilePage::target() const
{
    return EntityType(m_targets->checkedId());
}

QString ImportFilePage::errorText() const
{
    return m_error->text();
}

void ImportFilePage::initializePage()
{
    if (m_path->text().isEmpty())
        m_path->setFocus();
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty() && m_targets->checkedId() >= 0;
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString start = m_path->text().isEmpty()
        ? settings.value(QStringLiteral("import/folder"), QDir::homePath()).toString()
        : QFileInfo(QDir::fromNativeSeparators(m_path->text())).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a file"), start,
        tr("Tables and contacts (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV and text files (*.csv *.tsv *.txt);;"
           "Excel workbooks (*.xlsx);;vCard contacts (*.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    setFilePath(path);
}

bool ImportFilePage::validatePage()
{
    ImportPlan &plan = m_wizard->plan();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_error->setText(info.exists() ? tr("“%1” is a folder, not a file.").arg(QDir::toNativeSeparators(path))
                                       : tr("There is no file “%1”.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const QString suffix = info.suffix().toLower();
    const bool xlsx = suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xls");
    const bool vcard = suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
    const bool changed = path != plan.path || xlsx != plan.xlsx || vcard != plan.vcard;
    if (vcard) {
        // Cards hold people; anything else would reject every card.
        if (target() != EntityType::Person) {
            m_error->setText(tr("A vCard file holds people: choose “%1”.").arg(ImportWizard::targetLabel(EntityType::Person)));
            return false;
        }
        plan.sheets.clear();
        plan.sheet.clear();
    } else if (xlsx) {
        // An old .xls (or a broken workbook) is refused here with the reader's message.
        Error error;
        const QStringList sheets = XlsxReader::sheetNames(path, &error);
        if (error || sheets.isEmpty()) {
            m_error->setText(error ? error.message : tr("“%1” has no sheets.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        plan.sheets = sheets;
        if (changed || !sheets.contains(plan.sheet))
            plan.sheet = sheets.constFirst();
    } else {
        // The encoding and delimiter are found again for a new file; kept when coming back.
        const CsvReadOptions options = changed ? CsvReadOptions() : plan.csv;
        const CsvReader::Detected detected = CsvReader::detect(path, options);
        if (detected.error) {
            m_error->setText(detected.error.message);
            return false;
        }
        if (changed) {
            plan.detected = detected;
            plan.csv.encoding = detected.encoding;
            plan.csv.delimiter = detected.delimiter;
        }
        plan.sheets.clear();
        plan.sheet.clear();
    }
    plan.path = path;
    plan.xlsx = xlsx;
    plan.vcard = vcard;
    plan.target = target();
    m_error->clear();
    return true;
}

} // namespace hubdesk
