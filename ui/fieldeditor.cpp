#include "fieldeditor.h"

#include "../models/domain/countries.h"
#include "../models/domain/money.h"
#include "../models/domain/record.h"
#include "../models/domain/rules.h"
#include "datefield.h"
#include "lookupfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <limits>

namespace hubdesk {

void FieldEditor::setSuggestions(const QStringList &values)
{
    if (!m_line || values.isEmpty())
        return;
    auto *completer = new QCompleter(values, m_line);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_line->setCompleter(completer);
}

FieldEditor::FieldEditor(Database &db, const Field &field, const QString &currency, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget *main = nullptr;
    switch (field.type) {
    case FieldType::LongText:
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        main = m_text;
        break;
    case FieldType::Enum:
    case FieldType::Country: {
        m_combo = new QComboBox(this);
        // Long entries (country names, long labels) must not make the form wider than its pane.
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(14);
        if (!field.required)
            m_combo->addItem(QStringLiteral("—"), QVariant());
        if (field.type == FieldType::Enum) {
            for (const QString &key : Enums::keys(field.enumType))
                m_combo->addItem(Enums::label(field.enumType, key), key);
        } else {
            m_combo->setEditable(true);
            m_combo->setInsertPolicy(QComboBox::NoInsert);
            for (const QString &code : Countries::codes())
                m_combo->addItem(QStringLiteral("%1 — %2").arg(code, Countries::name(code)), code);
            m_combo->completer()->setFilterMode(Qt::MatchContains);
            m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        }
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
        if (m_combo->lineEdit()) {
            connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &FieldEditor::edited);
            connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &FieldEditor::submitted);
        }
        main = m_combo;
        break;
    }
    case FieldType::EnumSet:
        m_set = new QListWidget(this);
        for (const QString &key : Enums::keys(field.enumType)) {
            auto *item = new QListWidgetItem(Enums::label(field.enumType, key), m_set);
            item->setData(Qt::UserRole, key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_set->setFixedHeight(qMin(6, m_set->count()) * (m_set->fontMetrics().height() + 6) + 6);
        connect(m_set, &QListWidget::itemChanged, this, &FieldEditor::edited);
        main = m_set;
        break;
    case FieldType::Integer:
    case FieldType::Minutes:
        // One below the smallest value stands for "no value" and shows as "—".
        m_spin = new QSpinBox(this);
        m_spin->setRange(int(field.minimum) - 1, field.maximum > 0 ? int(field.maximum) : 1000000000);
        m_spin->setSpecialValueText(QStringLiteral("—"));
        if (field.type == FieldType::Minutes) {
            m_spin->setSuffix(tr(" min"));
            m_spin->setSingleStep(15);
        }
        m_spin->setValue(m_spin->minimum());
        connect(m_spin, &QSpinBox::valueChanged, this, &FieldEditor::edited);
        main = m_spin;
        break;
    case FieldType::Bool:
        m_check = new QCheckBox(field.translatedLabel(), this);
        connect(m_check, &QCheckBox::toggled, this, &FieldEditor::edited);
        main = m_check;
        break;
    case FieldType::Date:
        m_date = new DateField(this);
        connect(m_date, &DateField::edited, this, &FieldEditor::edited);
        main = m_date;
        break;
    case FieldType::Reference:
        m_lookup = new LookupField(db, field.reference, this);
        connect(m_lookup, &LookupField::edited, this, &FieldEditor::edited);
        connect(m_lookup, &LookupField::openRequested, this, &FieldEditor::openRequested);
        main = m_lookup;
        break;
    default: // one line: text, e-mail, web address, phone, company id, money, tags
        m_line = new QLineEdit(this);
        // A line edit cuts what it is given at its maximum length, silently: one more than a
        // one-line field may hold lets a longer stored value show as too long (the rule says
        // so) instead of being saved shorter; a tag list has no such limit.
        m_line->setMaxLength(field.type == FieldType::TagList ? std::numeric_limits<int>::max() : Rules::maximumLineLength + 1);
        if (field.type == FieldType::TagList)
            m_line->setPlaceholderText(tr("separated by commas"));
        if (field.type == FieldType::Money)
            m_line->setAlignment(Qt::AlignRight);
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::edited);
        connect(m_line, &QLineEdit::returnPressed, this, &FieldEditor::submitted);
        main = m_line;
        break;
    }
    layout->addWidget(main, 1);
    if (field.type == FieldType::Money) {
        auto *unit = new QLabel(currency, this);
        unit->setTextFormat(Qt::PlainText);
        layout->addWidget(unit);
    }
    main->setAccessibleName(field.translatedLabel());
    // A date or a link: the control inside takes the focus, and a screen reader reads its name.
    if (QWidget *inner = main->focusProxy())
        inner->setAccessibleName(field.translatedLabel());
    setFocusProxy(main);
}

QVariant FieldEditor::value() const
{
    switch (m_field.type) {
    case FieldType::LongText:
        return m_text->toPlainText();
    case FieldType::Enum:
        return m_combo->currentData();
    case FieldType::Country: {
        if (m_combo->currentIndex() >= 0 && m_combo->currentText() == m_combo->itemText(m_combo->currentIndex()))
            return m_combo->currentData();
        // Typed by hand: a code ("bg") or the start of an entry.
        const QString typed = m_combo->currentText().trimmed();
        return typed.isEmpty() || typed == QLatin1String("—") ? QVariant() : QVariant(typed.left(2).toUpper());
    }
    case FieldType::EnumSet: {
        QStringList keys;
        for (int i = 0; i < m_set->count(); ++i) {
            if (m_set->item(i)->checkState() == Qt::Checked)
                keys.append(m_set->item(i)->data(Qt::UserRole).toString());
        }
        return keys;
    }
    case FieldType::Integer:
    case FieldType::Minutes:
        return m_spin->value() == m_spin->minimum() ? QVariant() : QVariant(qint64(m_spin->value()));
    case FieldType::Bool:
        return m_check->isChecked();
    case FieldType::Date: {
        const QDate d = m_date->date();
        return d.isValid() ? QVariant(d) : QVariant();
    }
    case FieldType::Reference:
        return m_lookup->id() > 0 ? QVariant(m_lookup->id()) : QVariant();
    case FieldType::Money: {
        qint64 cents = 0;
        if (m_line->text().trimmed().isEmpty() || !Money::parse(m_line->text(), &cents))
            return QVariant();
        return cents;
    }
    case FieldType::TagList: {
        QStringList tags;
        for (const QString &t : m_line->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty())
                tags.append(t.trimmed());
        }
        return tags;
    }
    default:
        return m_line->text();
    }
}

void FieldEditor::setValue(const QVariant &value)
{
    const QSignalBlocker block(this);
    switch (m_field.type) {
    case FieldType::LongText: {
        const QSignalBlocker b(m_text);
        m_text->setPlainText(value.toString());
        break;
    }
    case FieldType::Enum:
    case FieldType::Country: {
        const QSignalBlocker b(m_combo);
        int index = isBlank(value) ? m_combo->findData(QVariant()) : m_combo->findData(value.toString());
        if (index < 0 && m_field.type == FieldType::Country && !isBlank(value)) {
            m_combo->setCurrentIndex(-1);
            m_combo->setEditText(value.toString());
            break;
        }
        m_combo->setCurrentIndex(qMax(0, index));
        break;
    }
    case FieldType::EnumSet: {
        const QSignalBlocker b(m_set);
        const QStringList keys = value.toStringList();
        for (int i = 0; i < m_set->count(); ++i)
            m_set->item(i)->setCheckState(keys.contains(m_set->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                        : Qt::Unchecked);
        break;
    }
    case FieldType::Integer:
    case FieldType::Minutes: {
        const QSignalBlocker b(m_spin);
        m_spin->setValue(isBlank(value) ? m_spin->minimum() : int(value.toLongLong()));
        break;
    }
    case FieldType::Bool: {
        const QSignalBlocker b(m_check);
        m_check->setChecked(value.toBool());
        break;
    }
    case FieldType::Date:
        m_date->setDate(value.toDate());
        break;
    case FieldType::Reference:
        m_lookup->setId(isBlank(value) ? 0 : value.toLongLong());
        break;
    case FieldType::Money:
        m_line->setText(isBlank(value) ? QString() : Money::format(value.toLongLong(), QString()));
        break;
    case FieldType::TagList:
        m_line->setText(value.toStringList().join(QLatin1String(", ")));
        break;
    default:
        m_line->setText(value.toString());
        break;
    }
}

QString FieldEditor::inputProblem() const
{
    if (m_field.type == FieldType::Money) {
        qint64 cents = 0;
        const QString text = m_line->text().trimmed();
        if (!text.isEmpty() && !Money::parse(text, &cents))
            return tr("“%1” is not an amount (for example 1250.50)").arg(text);
    }
    if (m_field.type == FieldType::Reference && !m_lookup->pendingText().isEmpty())
        return tr("choose one of the suggestions for “%1”").arg(m_lookup->pendingText());
    return {};
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_text)
        m_text->setReadOnly(readOnly);
    if (m_combo)
        m_combo->setEnabled(!readOnly);
    if (m_set)
        m_set->setEnabled(!readOnly);
    if (m_spin)
        m_spin->setReadOnly(readOnly);
    if (m_check)
        m_check->setEnabled(!readOnly);
    if (m_date)
        m_date->setReadOnly(readOnly);
    if (m_lookup)
        m_lookup->setReadOnly(readOnly);
}

} // namespace hubdesk
