#pragma once

#include "../models/domain/entitytype.h"

#include <QWidget>

class QLineEdit;
class QStandardItemModel;
class QCompleter;
class QToolButton;

namespace hubdesk {

class Database;
class Repository;

// A link to another record (a startup, an expert, an organisation, an event): type
// part of its name and pick it from the suggestions, which come from the search of
// that record's list. The "→" button opens the linked record.
class LookupField : public QWidget
{
    Q_OBJECT
public:
    LookupField(Database &db, EntityType target, QWidget *parent = nullptr);
    ~LookupField() override;

    qint64 id() const { return m_id; }
    void setId(qint64 id);
    // Text typed that does not name a record yet (a problem to report), or empty.
    QString pendingText() const;
    void setReadOnly(bool readOnly);
    void setOpenButtonVisible(bool visible);
    // Only records matching these (field, value) pairs are offered (e.g. experts only).
    void setRestriction(const QString &key, const QVariant &value);
    QLineEdit *editor() const { return m_edit; }

signals:
    void edited();
    void openRequested(EntityType type, qint64 id);

private:
    void suggest(const QString &text);
    void choose(const QModelIndex &index);

    Database &m_db;
    EntityType m_target;
    std::unique_ptr<Repository> m_repository;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_open = nullptr;
    QStandardItemModel *m_suggestions = nullptr;
    QCompleter *m_completer = nullptr;
    qint64 m_id = 0;
    QString m_label;
    QString m_restrictionKey;
    QVariant m_restrictionValue;
};

} // namespace hubdesk
