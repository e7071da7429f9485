#include "importhistorydialog.h"

#include "importtakeback.h"
#include "importwizard.h"

#include "../models/domain/entityinfo.h"
#include "../models/domain/plaintext.h"
#include "../models/storage/database.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace hubdesk {

namespace {

// The file's name: the list keeps the name the import was given (a path from older files).
QString fileName(const ImportBatch &b)
{
    return QFileInfo(b.source).fileName();
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Imports"));
    setObjectName(QStringLiteral("importHistory"));
    auto *intro = new QLabel(tr("The imports into this file, newest first. An import can be taken back whole: the "
                                "records it created are deleted and those it merged rows into get their values back."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("imports"));
    m_table->setAccessibleName(tr("Past imports"));
    m_table->setHorizontalHeaderLabels({tr("Started"), tr("Kind of record"), tr("File"), tr("Rows read"), tr("Created"),
                                        tr("Rejected"), tr("By"), tr("Taken back")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButton);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importHistoryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_takeBack = buttons->addButton(tr("&Take back…"), QDialogButtonBox::ActionRole);
    m_takeBack->setObjectName(QStringLiteral("takeBack"));
    m_takeBack->setAutoDefault(false);
    m_takeBack->setToolTip(tr("Delete exactly the records the selected import created, and restore those it filled in"));
    connect(m_takeBack, &QPushButton::clicked, this, &ImportHistoryDialog::takeBackSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 420);
    reload();
}

QString ImportHistoryDialog::statusText() const
{
    return m_status->text();
}

void ImportHistoryDialog::reload()
{
    const int selected = selectedRow();
    const QString keep = selected >= 0 ? m_batches.at(selected).batch : QString();
    Error error;
    m_batches = ImportBatches::list(m_db, &error);
    const QLocale locale;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_batches.size()));
    const auto number = [&locale](qint64 n) {
        auto *item = new QTableWidgetItem(locale.toString(n));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    int keepRow = -1;
    for (int row = 0; row < m_batches.size(); ++row) {
        const ImportBatch &b = m_batches.at(row);
        bool known = false;
        const EntityType type = Entities::fromKey(b.entity, &known);
        auto *file = new QTableWidgetItem(fileName(b));
        file->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(b.source)));
        m_table->setItem(row, StartedColumn, new QTableWidgetItem(locale.toString(b.startedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, KindColumn, new QTableWidgetItem(known ? ImportWizard::targetLabel(type) : b.entity));
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(row, ReadColumn, number(b.rowsRead));
        m_table->setItem(row, CreatedColumn, number(b.created));
        m_table->setItem(row, RejectedColumn, number(b.rejected));
        m_table->setItem(row, ActorColumn, new QTableWidgetItem(b.actor));
        m_table->setItem(row, TakenBackColumn,
                         new QTableWidgetItem(b.revertedAt.isValid()
                                                  ? tr("taken back on %1").arg(locale.toString(b.revertedAt.toLocalTime(), QLocale::ShortFormat))
                                                  : QString()));
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (item->toolTip().isEmpty())
                item->setToolTip(PlainText::toolTip(item->text()));
        }
        if (b.batch == keep)
            keepRow = row;
    }
    m_table->resizeColumnsToContents();
    if (keepRow >= 0)
        m_table->selectRow(keepRow);
    else if (!m_batches.isEmpty())
        m_table->selectRow(0);
    if (error)
        m_status->setText(tr("The imports cannot be listed: %1").arg(error.message));
    else if (m_batches.isEmpty())
        m_status->setText(tr("Nothing was imported into this file yet."));
    else
        m_status->clear();
    updateButton();
}

int ImportHistoryDialog::selectedRow() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? -1 : items.constFirst()->row();
}

void ImportHistoryDialog::updateButton()
{
    const int row = selectedRow();
    m_takeBack->setEnabled(!m_db.isReadOnly() && row >= 0 && row < m_batches.size()
                           && !m_batches.at(row).revertedAt.isValid());
}

bool ImportHistoryDialog::takeBackSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_batches.size() || m_batches.at(row).revertedAt.isValid() || m_db.isReadOnly())
        return false;
    const ImportBatch b = m_batches.at(row);
    const QString file = fileName(b);
    if (!ImportTakeBack::confirm(this, file, b.created, b.merged))
        return false;
    // On the window's connection, here: a take-back is one DELETE by an id range and a
    // few restores, short next to the import it undoes.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Error error = ImportBatches::revert(m_db, b.batch, false);
    QGuiApplication::restoreOverrideCursor();
    // Records changed since: the one refusal that may be overridden, with the cost said.
    if (error.code == Error::Code::Conflict) {
        if (!ImportTakeBack::confirmAnyway(this, file, error.message))
            return false;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        error = ImportBatches::revert(m_db, b.batch, true);
        QGuiApplication::restoreOverrideCursor();
    }
    if (error) {
        QMessageBox box(QMessageBox::Warning, tr("Take the import back"),
                        tr("The import of “%1” (%2) was not taken back: %3")
                            .arg(file, QLocale().toString(b.startedAt.toLocalTime(), QLocale::ShortFormat), error.message),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("takeBackFailed"));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    reload();
    m_status->setText(ImportTakeBack::doneText(b.created, b.merged));
    emit takenBack();
    return true;
}

} // namespace hubdesk
