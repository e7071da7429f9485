#include "importcheckpage.h"

#include "importwizard.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

namespace hubdesk {

namespace {

constexpr int shownRows = 1000; // problems and duplicates listed (all are counted)

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *numberItem(qint64 number)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, number);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Check every row"));
    setSubTitle(tr("Every row is read and checked as the import will; nothing is written yet."));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the check"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopCheck"));
    m_stop->setAccessibleName(tr("Stop the check"));
    m_again = new QPushButton(tr("Check &again"), this);
    m_again->setAccessibleName(tr("Check the file again"));
    m_again->setToolTip(tr("Read the file again, after it was changed in another program"));
    for (QPushButton *b : {m_stop, m_again})
        b->setAutoDefault(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_again);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping…"));
        m_wizard->stop();
    });
    connect(m_again, &QPushButton::clicked, this, &ImportCheckPage::check);
    connect(m_wizard, &ImportWizard::progressChanged, this, [this](int permille) {
        if (m_checking && permille >= 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(permille);
        }
    });

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("checkCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::PlainText);
    m_problems = makeTable({tr("Row"), tr("Column"), tr("Problem")}, tr("Rows with problems"), this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_duplicates = makeTable({tr("Row"), tr("Duplicates"), tr("Found by")}, tr("Rows that duplicate a record"), this);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(m_duplicates, tr("Duplicates"));

    auto *rowsGroup = new QGroupBox(tr("Import"), this);
    m_allOrNothing = new QRadioButton(tr("&Only if every row is valid (all or nothing)"), rowsGroup);
    m_validRows = new QRadioButton(tr("Import the &valid rows and save the rejected rows to:"), rowsGroup);
    m_rejectsPath = new QLineEdit(rowsGroup);
    m_rejectsPath->setObjectName(QStringLiteral("rejectsPath"));
    m_rejectsPath->setAccessibleName(tr("File for the rejected rows"));
    m_browse = new QPushButton(tr("B&rowse…"), rowsGroup);
    m_browse->setAutoDefault(false);
    m_browse->setAccessibleName(tr("Choose the file for the rejected rows"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_allOrNothing);
    modes->addButton(m_validRows);
    m_allOrNothing->setChecked(true);
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addSpacing(24);
    rejectsRow->addWidget(m_rejectsPath, 1);
    rejectsRow->addWidget(m_browse);
    auto *rowsLayout = new QVBoxLayout(rowsGroup);
    rowsLayout->addWidget(m_allOrNothing);
    rowsLayout->addWidget(m_validRows);
    rowsLayout->addLayout(rejectsRow);

    auto *duplicatesGroup = new QGroupBox(tr("Duplicates"), this);
    m_skip = new QRadioButton(tr("S&kip rows that duplicate a record (recommended)"), duplicatesGroup);
    m_merge = new QRadioButton(tr("&Fill the empty fields of the record already there"), duplicatesGroup);
    m_merge->setToolTip(tr("The row's values go into the fields that record has empty, and its tags and roles are "
                           "added; taking the import back restores the record."));
    m_create = new QRadioButton(tr("Import them as &new records"), duplicatesGroup);
    auto *duplicateChoice = new QButtonGroup(this);
    duplicateChoice->addButton(m_skip);
    duplicateChoice->addButton(m_merge);
    duplicateChoice->addButton(m_create);
    m_skip->setChecked(true);
    auto *duplicatesLayout = new QVBoxLayout(duplicatesGroup);
    duplicatesLayout->addWidget(m_skip);
    duplicatesLayout->addWidget(m_merge);
    duplicatesLayout->addWidget(m_create);
    duplicatesLayout->addStretch(1);

    auto *choices = new QHBoxLayout;
    choices->addWidget(rowsGroup, 3);
    choices->addWidget(duplicatesGroup, 2);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("checkHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_counts);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(choices);
    layout->addWidget(m_hint);

    connect(m_allOrNothing, &QRadioButton::toggled, this, &ImportCheckPage::updateChoices);
    connect(m_skip, &QRadioButton::toggled, this, &ImportCheckPage::updateChoices);
    connect(m_merge, &QRadioButton::toggled, this, &ImportCheckPage::updateChoices);
    connect(m_rejectsPath, &QLineEdit::textChanged, this, &ImportCheckPage::updateChoices);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the rejected rows to"),
                                                          QDir::fromNativeSeparators(m_rejectsPath->text()),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_rejectsPath->setText(QDir::toNativeSeparators(path));
    });
}

QString ImportCheckPage::countsText() const
{
    return m_counts->text();
}

QString ImportCheckPage::hintText() const
{
    return m_hint->text();
}

void ImportCheckPage::initializePage()
{
    const QFileInfo input(m_wizard->plan().path);
    // Next to the file, so that it is found where the file is fixed; in Documents when
    // that folder cannot be written (a shared drive, a read-only export folder).
    QString folder = input.absolutePath();
    if (!QFileInfo(folder).isWritable())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_rejectsPath->setText(QDir::toNativeSeparators(QDir(folder).filePath(input.completeBaseName() + QStringLiteral("-rejected.csv"))));
    check();
}

void ImportCheckPage::cleanupPage()
{
    // Back while checking: the check stops; its result is not wanted.
    if (m_checking)
        m_wizard->stop();
}

bool ImportCheckPage::isComplete() const
{
    if (m_checking || !m_done)
        return false;
    const ImportResult &r = m_wizard->plan().check;
    if (r.error || r.cancelled)
        return false;
    if (m_allOrNothing->isChecked() && r.rejected > 0)
        return false;
    if (m_validRows->isChecked() && m_rejectsPath->text().trimmed().isEmpty())
        return false;
    return r.validRows > 0 || ((m_create->isChecked() || m_merge->isChecked()) && r.duplicates > 0);
}

void ImportCheckPage::check()
{
    if (m_wizard->isBusy()) {
        // Back and Next again while the last check is stopping: once it has, again.
        m_checkAgain = true;
        return;
    }
    m_checking = true;
    m_done = false;
    m_stop->setEnabled(true);
    m_stop->show();
    m_again->hide();
    m_progress->setRange(0, 0); // busy, until the first progress report (after 2,000 rows)
    m_progress->show();
    m_status->setText(tr("Checking the rows of “%1”…").arg(QFileInfo(m_wizard->plan().path).fileName()));
    m_counts->clear();
    m_problems->setRowCount(0);
    m_duplicates->setRowCount(0);
    m_hint->clear();
    emit completeChanged(); // Back stays: it stops the check (cleanupPage)

    ImportOptions options;
    options.dryRun = true;
    options.sourceName = QFileInfo(m_wizard->plan().path).fileName();
    options.problemLimit = shownRows;
    options.duplicates = ImportOptions::Duplicates::Skip; // so that they are listed
    m_wizard->runImport(options, [this](const ImportResult &result) {
        m_checking = false;
        if (m_checkAgain) {
            m_checkAgain = false;
            check();
            return;
        }
        m_wizard->plan().check = result;
        m_done = true;
        showResult();
        emit checked();
    });
}

void ImportCheckPage::showResult()
{
    const ImportResult &r = m_wizard->plan().check;
    const QLocale locale;
    m_stop->hide();
    m_again->show();
    m_progress->hide();
    if (r.error) {
        m_status->setText(tr("The check failed: %1").arg(r.error.message));
    } else if (r.cancelled) {
        m_status->setText(tr("The check was stopped. Check again to see every row."));
    } else {
        m_status->setText(tr("“%1” was checked; nothing was written.").arg(QFileInfo(m_wizard->plan().path).fileName()));
        QString counts = tr("%1 rows read: %2 valid and new, %3 duplicate a record, %4 with problems.")
                             .arg(locale.toString(r.rowsRead), locale.toString(r.validRows), locale.toString(r.duplicates),
                                  locale.toString(r.rejected));
        if (r.blankRows > 0)
            counts += QLatin1Char(' ') + tr("%1 blank rows are skipped.").arg(locale.toString(r.blankRows));
        m_counts->setText(counts);
    }

    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const ImportProblem &p = r.problems.at(i);
        m_problems->setItem(i, 0, numberItem(p.row));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column.isEmpty() ? tr("(the whole row)") : p.column));
        auto *message = new QTableWidgetItem(p.message);
        message->setToolTip(p.message);
        m_problems->setItem(i, 2, message);
    }
    m_duplicates->setRowCount(int(r.duplicateRows.size()));
    for (int i = 0; i < r.duplicateRows.size(); ++i) {
        const ImportDuplicate &d = r.duplicateRows.at(i);
        m_duplicates->setItem(i, 0, numberItem(d.row));
        m_duplicates->setItem(i, 1, new QTableWidgetItem(tr("%1 (record %2)").arg(d.existingLabel).arg(d.existing)));
        m_duplicates->setItem(i, 2, new QTableWidgetItem(d.why));
    }
    for (QTableWidget *t : {m_problems, m_duplicates}) {
        t->resizeColumnsToContents();
        t->setColumnWidth(1, std::min(t->columnWidth(1), 320));
    }
    const auto more = [&](qint64 all, qsizetype shown) {
        return all > shown ? tr("%1 of %2").arg(locale.toString(shown), locale.toString(all)) : locale.toString(all);
    };
    m_tabs->setTabText(0, tr("Problems (%1)").arg(more(r.problemCount, r.problems.size())));
    m_tabs->setTabText(1, tr("Duplicates (%1)").arg(more(r.duplicates, r.duplicateRows.size())));
    m_tabs->setCurrentIndex(r.problemCount == 0 && r.duplicates > 0 ? 1 : 0);
    updateChoices();
}

void ImportCheckPage::updateChoices()
{
    ImportOptions &o = m_wizard->plan().options;
    o.dryRun = false;
    o.mode = m_validRows->isChecked() ? ImportOptions::Mode::ValidRows : ImportOptions::Mode::AllOrNothing;
    o.rejectsPath = m_validRows->isChecked() ? QDir::fromNativeSeparators(m_rejectsPath->text().trimmed()) : QString();
    o.duplicates = m_create->isChecked()  ? ImportOptions::Duplicates::Create
                   : m_merge->isChecked() ? ImportOptions::Duplicates::Merge
                                          : ImportOptions::Duplicates::Skip;
    o.sourceName = QFileInfo(m_wizard->plan().path).fileName();
    m_rejectsPath->setEnabled(m_validRows->isChecked());
    m_browse->setEnabled(m_validRows->isChecked());

    // Why Next is off, when it is.
    const ImportResult &r = m_wizard->plan().check;
    QString hint;
    if (m_done && !r.error && !r.cancelled) {
        if (m_allOrNothing->isChecked() && r.rejected > 0)
            hint = tr("%n row(s) have problems: fix them in the file and check again, or import the valid rows and "
                      "save the rejected ones to a file.", nullptr, int(r.rejected));
        else if (m_validRows->isChecked() && m_rejectsPath->text().trimmed().isEmpty())
            hint = tr("Choose the file for the rejected rows.");
        else if (r.validRows == 0 && !((m_create->isChecked() || m_merge->isChecked()) && r.duplicates > 0))
            hint = tr("No row is new: there is nothing to import.");
        else if (m_merge->isChecked() && r.duplicates > 0)
            hint = tr("Next imports the %1 valid rows, and fills in the records the %2 duplicates match.")
                       .arg(QLocale().toString(r.validRows), QLocale().toString(r.duplicates));
        else if (m_create->isChecked() && r.duplicates > 0)
            hint = tr("Next imports the %1 valid rows, and the %2 duplicates as new records where they are valid.")
                       .arg(QLocale().toString(r.validRows), QLocale().toString(r.duplicates));
        else
            hint = tr("Next imports %1 rows.").arg(QLocale().toString(r.validRows));
    }
    m_hint->setText(hint);
    emit completeChanged();
}

} // namespace hubdesk
