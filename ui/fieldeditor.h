#pragma once

#include "../models/domain/field.h"

#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace hubdesk {

class Database;
class DateField;
class LookupField;

// The editor of one field, chosen by its type: a line, a text box, a translated
// list of an enumeration, checkable keys of a set, a date, an amount with its
// currency, a number, a yes/no box, or a look-up of another record. Values are
// given and taken in the Record representation (see models/domain/record.h).
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(Database &db, const Field &field, const QString &currency, QWidget *parent = nullptr);

    const Field &field() const { return m_field; }
    QVariant value() const;
    void setValue(const QVariant &value);
    // What cannot even be read as a value of the field ("12,3,4" as an amount), or empty.
    QString inputProblem() const;
    void setReadOnly(bool readOnly);
    LookupField *lookup() const { return m_lookup; }
    // Values offered as the user types in a one-line text field (what was typed before).
    void setSuggestions(const QStringList &values);

signals:
    void edited();
    void submitted(); // Enter in a one-line editor
    void openRequested(EntityType type, qint64 id);

private:
    Field m_field;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QListWidget *m_set = nullptr;
    QSpinBox *m_spin = nullptr;
    QCheckBox *m_check = nullptr;
    DateField *m_date = nullptr;
    LookupField *m_lookup = nullptr;
};

} // namespace hubdesk
