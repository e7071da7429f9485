#include "trashpage.h"

#include "../models/domain/entityinfo.h"
#include "../models/domain/plaintext.h"
#include "../models/storage/database.h"
#include "../models/storage/trash.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubdesk {

namespace {
constexpr int BatchRole = Qt::UserRole + 1;
}

TrashPage::TrashPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *heading = new QLabel(tr("Trash"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    auto *hint = new QLabel(tr("Deleted records stay here, with what went with them, until you restore them or delete "
                               "them for good. Reports leave them out."),
                            this);
    hint->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Deleted"), tr("Kind"), tr("Record"), tr("Records in all"), tr("By")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Records in the trash"));
    m_restore = new QPushButton(tr("&Restore"), this);
    m_purge = new QPushButton(tr("Delete for &good…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_purge);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_restore, &QPushButton::clicked, this, &TrashPage::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, [this] { purgeSelected(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_table->selectedItems().isEmpty() && !m_db.isReadOnly();
        m_restore->setEnabled(any);
        m_purge->setEnabled(any);
    });
    reload();
}

void TrashPage::reload()
{
    const QList<TrashItem> items = Trash::items(m_db);
    m_table->setRowCount(int(items.size()));
    const QLocale locale;
    for (int r = 0; r < items.size(); ++r) {
        const TrashItem &item = items.at(r);
        const QStringList cells = {locale.toString(item.deletedAt.toLocalTime(), QLocale::ShortFormat),
                                   Entities::info(item.entity).singularLabel(), item.label,
                                   locale.toString(item.itemCount), item.deletedBy};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setData(BatchRole, item.batch);
            m_table->setItem(r, c, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_restore->setEnabled(false);
    m_purge->setEnabled(false);
}

int TrashPage::itemCount() const
{
    return m_table->rowCount();
}

QString TrashPage::selectedBatch(QString *label) const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return {};
    *label = m_table->item(row, 2)->text();
    return m_table->item(row, 0)->data(BatchRole).toString();
}

void TrashPage::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Trash"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void TrashPage::restoreSelected()
{
    QString label;
    const QString batch = selectedBatch(&label);
    if (batch.isEmpty())
        return;
    if (Error e = Trash::restore(m_db, batch)) {
        showError(e.message);
        return;
    }
    emit statusMessage(tr("Restored “%1”.").arg(PlainText::isolated(label)));
    reload();
    emit dataChanged();
}

void TrashPage::purgeSelected(bool ask)
{
    QString label;
    const QString batch = selectedBatch(&label);
    if (batch.isEmpty())
        return;
    if (ask) {
        QMessageBox box(QMessageBox::Warning, tr("Delete for good"),
                        tr("Delete “%1” and what went to the trash with it for good? This cannot be undone; the audit "
                           "log keeps that it happened.")
                            .arg(PlainText::isolated(label)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    if (Error e = Trash::purge(m_db, batch)) {
        showError(e.message);
        return;
    }
    emit statusMessage(tr("Deleted “%1” for good.").arg(PlainText::isolated(label)));
    reload();
    emit dataChanged();
}

} // namespace hubdesk
