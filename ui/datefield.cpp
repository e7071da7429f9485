#include "datefield.h"

#include "../models/domain/rules.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace hubdesk {

namespace {

// The locale's short date format with a four-digit year (en_US would show "25").
QString fourDigitYearFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

DateField::DateField(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QDateEdit(this);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(fourDigitYearFormat());
    // One day before the earliest accepted date stands for "no date" and shows blank.
    m_edit->setMinimumDate(Rules::earliestDate().addDays(-1));
    m_edit->setMaximumDate(Rules::latestDate());
    m_edit->setSpecialValueText(QStringLiteral(" "));
    m_edit->setDate(m_edit->minimumDate());
    m_clear = new QToolButton(this);
    m_clear->setText(QStringLiteral("✕"));
    m_clear->setToolTip(tr("Remove the date"));
    m_clear->setAccessibleName(tr("Clear the date"));
    // Reached by Tab too: without it a date could not be emptied from the keyboard.
    m_clear->setFocusPolicy(Qt::TabFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] { emit edited(); });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clear();
        emit edited();
    });
}

QDate DateField::date() const
{
    const QDate d = m_edit->date();
    return d == m_edit->minimumDate() ? QDate() : d;
}

void DateField::setDate(const QDate &date)
{
    const QSignalBlocker block(m_edit);
    m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
}

void DateField::clear()
{
    setDate(QDate());
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_clear->setVisible(!readOnly);
}

} // namespace hubdesk
