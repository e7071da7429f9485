#include "trashpage.h"

#include "../models/domain/entityinfo.h"
#include "../models/storage/trash.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hubdesk {

TrashPage::TrashPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *heading = new QLabel(tr("Trash"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Deleted"), tr("Kind"), tr("Record"), tr("Records in all"), tr("By")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Records in the trash"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    reload();
}

void TrashPage::reload()
{
    const QList<TrashItem> items = Trash::items(m_db);
    m_table->setRowCount(int(items.size()));
    const QLocale locale;
    for (int r = 0; r < items.size(); ++r) {
        const TrashItem &item = items.at(r);
        auto cell = [this, r](int c, const QString &text) {
            auto *it = new QTableWidgetItem(text);
            m_table->setItem(r, c, it);
        };
        cell(0, locale.toString(item.deletedAt.toLocalTime(), QLocale::ShortFormat));
        cell(1, Entities::info(item.entity).singularLabel());
        cell(2, item.label);
        cell(3, locale.toString(item.itemCount));
        cell(4, item.deletedBy);
    }
    m_table->resizeColumnsToContents();
}

int TrashPage::itemCount() const
{
    return m_table->rowCount();
}

} // namespace hubdesk
