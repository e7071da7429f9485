#include "fielddelegate.h"

#include "../models/domain/entityinfo.h"
#include "../models/domain/money.h"
#include "../models/domain/rules.h"
#include "../models/tablemodels/entitytablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

namespace hubdesk {

namespace {

const Field *fieldOf(EntityType type, const QModelIndex &index)
{
    return Entities::info(type).field(index.data(EntityTableModel::KeyRole).toString());
}

} // namespace

FieldDelegate::FieldDelegate(EntityType type, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_type(type)
{
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Field *f = fieldOf(m_type, index);
    if (!f)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (f->type) {
    case FieldType::Enum: {
        auto *combo = new QComboBox(parent);
        if (!f->required)
            combo->addItem(QStringLiteral("—"), QVariant());
        for (const QString &key : Enums::keys(f->enumType))
            combo->addItem(Enums::label(f->enumType, key), key);
        combo->setAccessibleName(f->translatedLabel());
        return combo;
    }
    case FieldType::Date: {
        auto *date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        date->setDisplayFormat(format);
        date->setDateRange(Rules::earliestDate(), Rules::latestDate());
        date->setAccessibleName(f->translatedLabel());
        return date;
    }
    case FieldType::Minutes:
    case FieldType::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(f->minimum), f->maximum > 0 ? int(f->maximum) : 1000000000);
        if (f->type == FieldType::Minutes)
            spin->setSuffix(tr(" min"));
        spin->setAccessibleName(f->translatedLabel());
        return spin;
    }
    default: {
        auto *line = new QLineEdit(parent);
        line->setAccessibleName(f->translatedLabel());
        if (f->type == FieldType::Money)
            line->setAlignment(Qt::AlignRight);
        return line;
    }
    }
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const Field *f = fieldOf(m_type, index);
    const QVariant stored = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, stored.isNull() ? combo->findData(QVariant()) : combo->findData(stored.toString())));
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(stored.toString(), Qt::ISODate);
        date->setDate(d.isValid() ? d : QDate::currentDate());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(int(stored.toLongLong()));
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(f && f->type == FieldType::Money && !stored.isNull() ? Money::format(stored.toLongLong(), QString())
                                                                           : stored.toString());
    }
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const Field *f = fieldOf(m_type, index);
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        value = combo->currentData();
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        value = date->date();
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        value = qint64(spin->value());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (f && f->type == FieldType::Money) {
            qint64 cents = 0;
            if (line->text().trimmed().isEmpty())
                value = QVariant();
            else if (Money::parse(line->text(), &cents))
                value = cents;
            else
                value = line->text(); // not an amount: the model's check refuses it with the rule's message
        } else {
            value = line->text();
        }
    }
    model->setData(index, value, Qt::EditRole);
}

} // namespace hubdesk
