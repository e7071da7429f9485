#pragma once

#include "../models/domain/entitytype.h"

#include <QStyledItemDelegate>

namespace hubdesk {

// Edits a cell of a list in place with the editor its field needs: a translated list
// for an enumeration (a status, a stage), a date with a calendar, an amount, a
// number of minutes. Which cells can be edited is the model's decision (flags()).
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FieldDelegate(EntityType type, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    EntityType m_type;
};

} // namespace hubdesk
