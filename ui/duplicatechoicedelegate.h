#pragma once

#include "../models/io/importer.h"

#include <QStyledItemDelegate>

namespace hubdesk {

// The choice for one duplicate row of an import (create, merge into the record already
// there, skip): drawn as a combo box so that it reads as something to change, edited
// with one. The item holds the choice in ChoiceRole and, in MergeableRole, whether
// Merge applies (a row repeating an earlier row of the file has no record to merge into).
class DuplicateChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { ChoiceRole = Qt::UserRole, MergeableRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    static QString label(DuplicateChoice choice);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hubdesk
