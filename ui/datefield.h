#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace hubdesk {

// A date that may also be empty: a date editor with a calendar, shown blank while
// there is no date, and a button that clears it. Years always have four digits.
class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const; // invalid when empty
    void setDate(const QDate &date);
    void clear();
    void setReadOnly(bool readOnly);
    QDateEdit *editor() const { return m_edit; }

signals:
    void edited();

private:
    QDateEdit *m_edit = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace hubdesk
