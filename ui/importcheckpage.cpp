#include "importcheckpage.h"

#include "duplicatechoicedelegate.h"
#include "importwizard.h"

#include "../models/domain/plaintext.h"

#include <QAction>
#include <QBoxLayout>
#include <QButtonGroup>
#include <QComboBox>
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
#include <QTemporaryFile>

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
    // What a merge would fill before why the row was found: that text is long, and the
    // last column stretches.
    m_duplicates = makeTable({tr("Row"), tr("Choice"), tr("In the file"), tr("Record already there"),
                              tr("Merge would fill"), tr("Found by")},
                             tr("Rows that duplicate a record"), this);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    // The choice cell opens its combo box at the first click; the other cells are read only.
    m_duplicates->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::SelectedClicked
                                  | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_duplicates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_duplicates->setItemDelegateForColumn(ChoiceColumn, new DuplicateChoiceDelegate(m_duplicates));
    m_duplicates->verticalHeader()->setDefaultSectionSize(
        std::max(m_duplicates->verticalHeader()->defaultSectionSize(), QComboBox().sizeHint().height() + 2));
    connect(m_duplicates, &QTableWidget::itemChanged, this, &ImportCheckPage::rowChoiceEdited);
    // Several rows at once: select them, then the context menu.
    m_duplicates->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const auto &[choice, text] : {std::pair{DuplicateChoice::Create, tr("&Create the selected rows as new records")},
                                       std::pair{DuplicateChoice::Merge, tr("&Merge the selected rows into the records already there")},
                                       std::pair{DuplicateChoice::Skip, tr("&Skip the selected rows")}}) {
        auto *action = new QAction(text, m_duplicates);
        connect(action, &QAction::triggered, this, [this, choice = choice] { setSelectedRows(choice); });
        m_duplicates->addAction(action);
    }

    auto *setAllLabel = new QLabel(tr("Set all to:"), this);
    auto *setAllRow = new QHBoxLayout;
    setAllRow->addWidget(setAllLabel);
    for (DuplicateChoice c : {DuplicateChoice::Create, DuplicateChoice::Merge, DuplicateChoice::Skip}) {
        auto *button = new QPushButton(DuplicateChoiceDelegate::label(c), this);
        button->setAutoDefault(false);
        button->setAccessibleName(tr("Set every duplicate to “%1”").arg(DuplicateChoiceDelegate::label(c)));
        connect(button, &QPushButton::clicked, this, [this, c] { setAll(c); });
        setAllRow->addWidget(button);
        m_setAll.at(std::size_t(c)) = button;
    }
    m_setAll.at(std::size_t(DuplicateChoice::Merge))->setToolTip(
        tr("A row that repeats an earlier row of this file has no record to merge into: it is skipped"));
    m_duplicateCounts = new QLabel(this);
    m_duplicateCounts->setObjectName(QStringLiteral("duplicateCounts"));
    m_duplicateCounts->setTextFormat(Qt::PlainText);
    setAllRow->addSpacing(12);
    setAllRow->addWidget(m_duplicateCounts, 1);
    auto *duplicatesTab = new QWidget(this);
    auto *duplicatesTabLayout = new QVBoxLayout(duplicatesTab);
    duplicatesTabLayout->setContentsMargins(0, 4, 0, 0);
    duplicatesTabLayout->addLayout(setAllRow);
    duplicatesTabLayout->addWidget(m_duplicates, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(duplicatesTab, tr("Duplicates"));

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

    auto *duplicatesGroup = new QGroupBox(tr("Duplicates, unless their row says otherwise"), this);
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
    connect(m_create, &QRadioButton::toggled, this, &ImportCheckPage::updateChoices);
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

QString ImportCheckPage::duplicateCountsText() const
{
    return m_duplicateCounts->text();
}

DuplicateChoice ImportCheckPage::globalChoice() const
{
    return m_create->isChecked() ? DuplicateChoice::Create : m_merge->isChecked() ? DuplicateChoice::Merge : DuplicateChoice::Skip;
}

DuplicateChoice ImportCheckPage::choiceOfRow(int row) const
{
    const QTableWidgetItem *number = m_duplicates->item(row, RowColumn);
    const QTableWidgetItem *choiceItem = m_duplicates->item(row, ChoiceColumn);
    if (!number || !choiceItem)
        return globalChoice();
    const DuplicateChoice choice = m_rowChoices.value(number->data(Qt::DisplayRole).toLongLong(), globalChoice());
    // The importer skips such a row too; shown as it will happen.
    if (choice == DuplicateChoice::Merge && !choiceItem->data(DuplicateChoiceDelegate::MergeableRole).toBool())
        return DuplicateChoice::Skip;
    return choice;
}

ImportCheckPage::ChoiceCounts ImportCheckPage::choiceCounts() const
{
    ChoiceCounts counts;
    const auto add = [&counts](DuplicateChoice c, qint64 n) {
        (c == DuplicateChoice::Create ? counts.create : c == DuplicateChoice::Merge ? counts.merge : counts.skip) += n;
    };
    for (int row = 0; row < m_duplicates->rowCount(); ++row)
        add(choiceOfRow(row), 1);
    const ImportResult &r = m_wizard->plan().check;
    add(globalChoice(), std::max<qint64>(0, r.duplicates - m_duplicates->rowCount()));
    return counts;
}

void ImportCheckPage::setAll(DuplicateChoice choice)
{
    m_rowChoices.clear();
    QRadioButton *button = choice == DuplicateChoice::Create ? m_create : choice == DuplicateChoice::Merge ? m_merge : m_skip;
    if (button->isChecked())
        updateChoices();
    else
        button->setChecked(true); // updates through toggled
}

void ImportCheckPage::setSelectedRows(DuplicateChoice choice)
{
    const QList<QTableWidgetSelectionRange> ranges = m_duplicates->selectedRanges();
    for (const QTableWidgetSelectionRange &range : ranges) {
        for (int row = range.topRow(); row <= range.bottomRow(); ++row) {
            if (const QTableWidgetItem *number = m_duplicates->item(row, RowColumn))
                m_rowChoices.insert(number->data(Qt::DisplayRole).toLongLong(), choice);
        }
    }
    updateChoices();
}

void ImportCheckPage::rowChoiceEdited(QTableWidgetItem *item)
{
    if (!item || item->column() != ChoiceColumn)
        return;
    if (const QTableWidgetItem *number = m_duplicates->item(item->row(), RowColumn)) {
        m_rowChoices.insert(number->data(Qt::DisplayRole).toLongLong(),
                            DuplicateChoice(item->data(DuplicateChoiceDelegate::ChoiceRole).toInt()));
        updateChoices();
    }
}

QString ImportCheckPage::defaultRejectsPath(const QString &sourcePath)
{
    const QFileInfo input(sourcePath);
    const QString name = input.completeBaseName() + QStringLiteral("-rejected.csv");
    // Next to the file, so that it is found where the file is fixed; in Documents when
    // that folder cannot be written (a shared drive, a read-only export folder). Tried
    // with a file rather than asked of QFileInfo::isWritable(), which reads permission
    // bits only: it says yes for a share whose ACL says no (Windows), and as root.
    const QString folder = input.absolutePath();
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".hubdesk-XXXXXX")));
    if (probe.open())
        return QDir(folder).filePath(name);
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    QDir().mkpath(documents); // the import writes there; a new account may not have it yet
    return QDir(documents).filePath(name);
}

void ImportCheckPage::initializePage()
{
    m_rejectsPath->setText(QDir::toNativeSeparators(defaultRejectsPath(m_wizard->plan().path)));
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
    const ChoiceCounts counts = choiceCounts();
    return r.validRows > 0 || counts.create + counts.merge > 0;
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
    m_duplicateCounts->clear();
    m_hint->clear();
    emit completeChanged(); // Back stays: it stops the check (cleanupPage)

    ImportOptions options;
    options.dryRun = true;
    options.sourceName = QFileInfo(m_wizard->plan().path).fileName();
    options.problemLimit = shownRows;
    options.duplicates = DuplicateChoice::Skip; // so that each is listed, with what a merge would fill
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
        QString counts = tr("%Ln row(s) read: %1 valid and new, %2 duplicate a record, %3 with problems.", nullptr,
                            int(r.rowsRead))
                             .arg(locale.toString(r.validRows), locale.toString(r.duplicates), locale.toString(r.rejected));
        if (r.blankRows > 0)
            counts += QLatin1Char(' ') + tr("%Ln blank row(s) are skipped.", nullptr, int(r.blankRows));
        m_counts->setText(counts);
    }

    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const ImportProblem &p = r.problems.at(i);
        m_problems->setItem(i, 0, numberItem(p.row));
        // Tooltips with the whole text: the columns are kept narrow enough to cut long texts.
        auto *column = new QTableWidgetItem(p.column.isEmpty() ? tr("(the whole row)") : p.column);
        column->setToolTip(PlainText::toolTip(column->text()));
        m_problems->setItem(i, 1, column);
        auto *message = new QTableWidgetItem(p.message);
        message->setToolTip(PlainText::toolTip(p.message));
        m_problems->setItem(i, 2, message);
    }
    {
        // Filled here, not chosen by the user: no itemChanged.
        const QSignalBlocker block(m_duplicates);
        QHash<qint64, DuplicateChoice> stillThere;
        m_duplicates->setRowCount(int(r.duplicateRows.size()));
        for (int i = 0; i < r.duplicateRows.size(); ++i) {
            const ImportDuplicate &d = r.duplicateRows.at(i);
            if (const auto chosen = m_rowChoices.constFind(d.row); chosen != m_rowChoices.cend())
                stillThere.insert(d.row, *chosen);
            auto *number = numberItem(d.row);
            number->setFlags(number->flags() & ~Qt::ItemIsEditable);
            m_duplicates->setItem(i, RowColumn, number);
            auto *choice = new QTableWidgetItem;
            choice->setData(DuplicateChoiceDelegate::MergeableRole, !d.earlierRow);
            choice->setToolTip(d.earlierRow ? tr("This row repeats an earlier row of the file: it can be created or skipped")
                                            : tr("Create a new record, fill the empty fields of the record already there, or skip the row"));
            m_duplicates->setItem(i, ChoiceColumn, choice);
            const auto readOnly = [](const QString &text, const QString &tip = {}) {
                auto *item = new QTableWidgetItem(text);
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                item->setToolTip(PlainText::toolTip(tip.isEmpty() ? text : tip));
                return item;
            };
            m_duplicates->setItem(i, IncomingColumn, readOnly(d.incomingLabel));
            m_duplicates->setItem(i, ExistingColumn,
                                  readOnly(d.earlierRow ? tr("%1 (row %2 of this file)").arg(d.existingLabel, QString::number(d.earlierRowNumber))
                                                        : tr("%1 (record %2)").arg(d.existingLabel, QString::number(d.existing))));
            m_duplicates->setItem(i, WhyColumn, readOnly(d.why));
            const QString fills = d.earlierRow     ? tr("—")
                                  : d.filled.isEmpty() ? tr("nothing new (its fields are filled already)")
                                                       : d.filled.join(QStringLiteral(", "));
            m_duplicates->setItem(i, FillsColumn,
                                  readOnly(fills, d.filled.isEmpty() ? fills
                                                                     : tr("Merging fills the empty fields of %1 with the row's "
                                                                          "values and adds the row's tags and roles to its own: %2")
                                                                           .arg(d.existingLabel, fills)));
        }
        m_rowChoices = stillThere;
    }
    m_problems->resizeColumnsToContents();
    m_problems->setColumnWidth(1, std::min(m_problems->columnWidth(1), 320));
    m_duplicates->resizeColumnsToContents();
    for (int c : {IncomingColumn, ExistingColumn, FillsColumn})
        m_duplicates->setColumnWidth(c, std::min(m_duplicates->columnWidth(c), 200));
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
    o.duplicates = globalChoice();
    o.duplicateChoices = m_rowChoices;
    o.sourceName = QFileInfo(m_wizard->plan().path).fileName();
    {
        // Each row shows what will happen to it: its own choice, else the one for all.
        const QSignalBlocker block(m_duplicates);
        for (int row = 0; row < m_duplicates->rowCount(); ++row) {
            QTableWidgetItem *item = m_duplicates->item(row, ChoiceColumn);
            const DuplicateChoice choice = choiceOfRow(row);
            if (item && item->data(DuplicateChoiceDelegate::ChoiceRole) != QVariant(int(choice))) {
                item->setData(DuplicateChoiceDelegate::ChoiceRole, int(choice));
                item->setText(DuplicateChoiceDelegate::label(choice)); // for screen readers and copying
            }
        }
    }
    const ChoiceCounts counts = choiceCounts();
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
        else if (r.validRows == 0 && counts.create + counts.merge == 0)
            hint = tr("No row is new: there is nothing to import.");
        else if (r.duplicates > 0)
            hint = (r.validRows > 0 ? tr("Next imports the %Ln valid row(s).", nullptr, int(r.validRows))
                                    : tr("No row is new."))
                + QLatin1Char(' ')
                + tr("Duplicates: %1 to create as new records, %2 to merge into the record already there, %3 to skip.")
                      .arg(QLocale().toString(counts.create), QLocale().toString(counts.merge), QLocale().toString(counts.skip));
        else
            hint = tr("Next imports %Ln row(s).", nullptr, int(r.validRows));
    }
    m_hint->setText(hint);
    m_duplicateCounts->setText(m_done && r.duplicates > 0 ? tr("%1 to create, %2 to merge, %3 to skip")
                                                                .arg(QLocale().toString(counts.create), QLocale().toString(counts.merge),
                                                                     QLocale().toString(counts.skip))
                                                          : QString());
    for (QPushButton *b : m_setAll)
        b->setEnabled(m_done && r.duplicates > 0);
    emit completeChanged();
}

} // namespace hubdesk
