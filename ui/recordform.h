#pragma once

#include "../models/domain/problem.h"
#include "../models/domain/record.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace hubdesk {

class Database;
class FieldEditor;

// The form of one record, built from its entity's field descriptions: the right
// editor for each field, and under it the message of the rule the value breaks,
// updated as the user types. It only edits a Record; saving is the caller's.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(Database &db, EntityType type, QWidget *parent = nullptr);

    EntityType entity() const { return m_type; }
    void setRecord(const Record &record);
    // The loaded record with the values the form holds now.
    Record record() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void setReadOnly(bool readOnly);

    // Problems of what is typed now: unreadable input and the domain rules.
    Problems currentProblems() const;
    // Shows these problems next to their fields (all of them, touched or not).
    void showProblems(const Problems &problems);
    FieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    QString messageOf(const QString &key) const;
    void focusFirstField();

signals:
    void modifiedChanged(bool modified);
    void submitted();
    void openRequested(EntityType type, qint64 id);

private:
    void onEdited(const QString &key);
    void refreshMessages(bool all);

    Database &m_db;
    EntityType m_type;
    Record m_record;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_messages;
    QStringList m_order;
    QSet<QString> m_touched;
    bool m_modified = false;
    bool m_showAll = false;
};

} // namespace hubdesk
