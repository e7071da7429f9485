#pragma once

#include "relations.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hubdesk {

class Database;
class EntityTableModel;

// One list of related records in a detail pane (the sessions of a startup, the
// participants of an event …). Enter or a double-click follows the link.
class RelatedList : public QWidget
{
    Q_OBJECT
public:
    RelatedList(Database &db, const Relation &relation, QWidget *parent = nullptr);

    const Relation &relation() const { return m_relation; }
    // Shows the records related to \a parent (0: none).
    void setParentValue(qint64 parentRecordId, const QVariant &value);
    int rowCount() const;
    QTableView *view() const { return m_view; }
    // Consents of a person: "Add consent…" and "Withdraw" (the selected consent).
    QPushButton *addButton() const { return m_add; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    // Reads the list again (after a change made beside it).
    void refresh();

signals:
    void openRequested(EntityType type, qint64 id);
    void addParticipantsRequested(qint64 eventId);
    void addConsentRequested(qint64 personId);
    void withdrawConsentRequested(qint64 consentId);

private:
    void follow(const QModelIndex &index);
    void updateSummary();

    Database &m_db;
    Relation m_relation;
    EntityTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_withdraw = nullptr;
    qint64 m_parentId = 0;
    QVariant m_value;
};

} // namespace hubdesk
