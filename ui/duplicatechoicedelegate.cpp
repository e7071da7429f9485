#include "duplicatechoicedelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace hubdesk {

namespace {

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The combo box as it is drawn in a cell and shown when edited.
QStyleOptionComboBox comboOption(const QStyleOptionViewItem &option, const QString &text)
{
    QStyleOptionComboBox combo;
    combo.rect = option.rect.adjusted(2, 1, -2, -1);
    combo.state = option.state & (QStyle::State_Enabled | QStyle::State_HasFocus | QStyle::State_MouseOver);
    combo.direction = option.direction;
    combo.palette = option.palette;
    combo.fontMetrics = option.fontMetrics;
    combo.currentText = text;
    combo.frame = true;
    combo.editable = false;
    return combo;
}

} // namespace

QString DuplicateChoiceDelegate::label(DuplicateChoice choice)
{
    switch (choice) {
    case DuplicateChoice::Create:
        return tr("Create new");
    case DuplicateChoice::Merge:
        return tr("Merge into existing");
    case DuplicateChoice::Skip:
        break;
    }
    return tr("Skip");
}

void DuplicateChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    QStyle *style = styleOf(option);
    // The row's selection behind, the combo box on it.
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);
    const QStyleOptionComboBox combo =
        comboOption(option, label(DuplicateChoice(index.data(ChoiceRole).toInt())));
    painter->save();
    style->drawComplexControl(QStyle::CC_ComboBox, &combo, painter, option.widget);
    style->drawControl(QStyle::CE_ComboBoxLabel, &combo, painter, option.widget);
    painter->restore();
}

QSize DuplicateChoiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Wide enough for the longest choice, whichever is shown.
    int width = 0;
    for (DuplicateChoice c : {DuplicateChoice::Create, DuplicateChoice::Merge, DuplicateChoice::Skip})
        width = std::max(width, option.fontMetrics.horizontalAdvance(label(c)));
    QStyleOptionComboBox combo = comboOption(option, label(DuplicateChoice(index.data(ChoiceRole).toInt())));
    const QSize content(width, option.fontMetrics.height());
    return styleOf(option)->sizeFromContents(QStyle::CT_ComboBox, &combo, content, option.widget) + QSize(4, 2);
}

QWidget *DuplicateChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(tr("What to do with row %1").arg(index.siblingAtColumn(0).data().toString()));
    box->addItem(label(DuplicateChoice::Create), int(DuplicateChoice::Create));
    if (index.data(MergeableRole).toBool())
        box->addItem(label(DuplicateChoice::Merge), int(DuplicateChoice::Merge));
    box->addItem(label(DuplicateChoice::Skip), int(DuplicateChoice::Skip));
    // Opened by a click on the cell: its list opens too, so that one click chooses (opened
    // from the keyboard it waits, so that moving through the table pops nothing up).
    if (QApplication::mouseButtons() != Qt::NoButton)
        QMetaObject::invokeMethod(box, &QComboBox::showPopup, Qt::QueuedConnection);
    // A choice counts at once, not when the cell is left: the counts beside the table follow it.
    connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
        auto *self = const_cast<DuplicateChoiceDelegate *>(this);
        emit self->commitData(box);
    });
    return box;
}

void DuplicateChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    // Showing the stored choice is not choosing it.
    const QSignalBlocker block(box);
    box->setCurrentIndex(std::max(0, box->findData(index.data(ChoiceRole).toInt())));
}

void DuplicateChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *box = static_cast<QComboBox *>(editor);
    const QVariant choice = box->currentData();
    if (choice.isValid() && choice != index.data(ChoiceRole))
        model->setData(index, choice, ChoiceRole);
}

void DuplicateChoiceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace hubdesk
