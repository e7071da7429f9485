#include "retentiondialog.h"

#include "../models/storage/database.h"
#include "../models/storage/settingsrepository.h"
#include "erasepersondialog.h"
#include "persondataexport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubdesk {

RetentionDialog::RetentionDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Retention review"));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("People the programme has had nothing to do with for a while. Activity is the latest of: the record "
                      "created or changed, a mentoring session as expert, an event taken part in, an interaction, a consent "
                      "given or withdrawn, a travel voucher as traveller. Decide for each whether to keep, export or erase."));
    m_years = new QSpinBox(this);
    m_years->setRange(1, 100);
    m_years->setValue(SettingsRepository(db).retentionYears());
    m_years->setSuffix(tr(" years"));
    m_years->setAccessibleName(tr("Years without activity"));
    auto *yearsLabel = new QLabel(tr("No &activity for at least:"), this);
    yearsLabel->setBuddy(m_years);
    auto *top = new QHBoxLayout;
    top->addWidget(yearsLabel);
    top->addWidget(m_years);
    top->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    top->addWidget(m_summary);

    m_table = new QTableWidget(this);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Organisation"), tr("Last activity"), tr("What it was"), tr("Consents standing")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("People without activity"));

    m_open = new QPushButton(tr("&Open"), this);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setToolTip(tr("Everything held about each selected person, one PDF each, into a folder"));
    m_erase = new QPushButton(tr("E&rase…"), this);
    m_erase->setToolTip(tr("Erase the selected people for good (asks first)"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_erase);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(860, 480);

    connect(m_years, &QSpinBox::valueChanged, this, &RetentionDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RetentionDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_candidates.size())
            emit openRequested(m_candidates.at(row).id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<RetentionCandidate> chosen = selected();
        if (!chosen.isEmpty())
            emit openRequested(chosen.first().id);
    });
    connect(m_export, &QPushButton::clicked, this, &RetentionDialog::exportSelected);
    connect(m_erase, &QPushButton::clicked, this, &RetentionDialog::eraseSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void RetentionDialog::reload()
{
    Error e;
    m_candidates = RetentionReview::candidates(m_db, m_years->value(), QDate::currentDate(), &e);
    // The rows are other people now: a selection kept by row would point at someone else.
    m_table->clearSelection();
    const QLocale locale;
    m_table->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < m_candidates.size(); ++row) {
        const RetentionCandidate &c = m_candidates.at(row);
        const QStringList cells = {c.name, c.organisation,
                                   c.lastActivity.isValid() ? locale.toString(c.lastActivity, QLocale::ShortFormat) : QString(),
                                   RetentionReview::activityLabel(c.activity), c.consents};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(e ? e.message : tr("%n person(s) listed", nullptr, int(m_candidates.size())));
    updateButtons();
}

QList<RetentionCandidate> RetentionDialog::selected() const
{
    QList<RetentionCandidate> list;
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_table->selectionModel()->isRowSelected(row, QModelIndex()))
            list.append(m_candidates.at(row));
    }
    return list;
}

void RetentionDialog::updateButtons()
{
    const int n = int(selected().size());
    m_open->setEnabled(n == 1);
    m_export->setEnabled(n > 0);
    m_erase->setEnabled(n > 0 && !m_db.isReadOnly());
}

void RetentionDialog::exportSelected()
{
    const QList<RetentionCandidate> chosen = selected();
    if (chosen.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the exports"));
    if (folder.isEmpty())
        return;
    QList<qint64> ids;
    for (const RetentionCandidate &c : chosen)
        ids.append(c.id);
    QStringList written;
    const Error e = PersonDataExport::writeEach(m_db, ids, folder, &written);
    QMessageBox box(e ? QMessageBox::Warning : QMessageBox::Information, tr("Export"),
                    e ? e.message : tr("Wrote %n file(s) to %1.", nullptr, int(written.size())).arg(QDir::toNativeSeparators(folder)),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

ErasePersonDialog *RetentionDialog::eraseDialog() const
{
    return m_eraseDialog.data();
}

void RetentionDialog::eraseSelected()
{
    QList<QPair<qint64, int>> people;
    for (const RetentionCandidate &c : selected())
        people.append({c.id, c.version});
    if (people.isEmpty())
        return;
    auto *dialog = new ErasePersonDialog(m_db, people, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_eraseDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_summary->setText(dialog->outcome());
        reload();
        m_summary->setText(dialog->outcome());
        emit erased();
    });
    dialog->open();
}

} // namespace hubdesk
