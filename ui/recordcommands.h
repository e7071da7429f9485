#pragma once

#include "../models/domain/record.h"

#include <QString>
#include <QUndoCommand>

namespace hubdesk {

class Database;

// Undoable changes to records. Each command is pushed after its change succeeded
// (so the first redo() does nothing) and undoes through the repositories: an undone
// create goes to the trash, an undone delete is restored, an undone edit writes the
// old values back — refused, like any save, if someone changed the record since.
// A failed undo or redo leaves its message in error() and makes the command obsolete.
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(Database &db, EntityType type, qint64 id, const QString &text);
    QString error() const { return m_error; }
    EntityType entity() const { return m_type; }
    qint64 recordId() const { return m_id; }

protected:
    bool firstRedo();
    void fail(const QString &message);

    Database &m_db;
    EntityType m_type;
    qint64 m_id;
    QString m_error;

private:
    bool m_done = true;
};

// A record was created.
class CreateRecordCommand : public RecordCommand
{
public:
    CreateRecordCommand(Database &db, const Record &created, const QString &label);
    void undo() override;
    void redo() override;

private:
    QString m_batch;
};

// A record was edited from \a before to \a after.
class UpdateRecordCommand : public RecordCommand
{
public:
    UpdateRecordCommand(Database &db, const Record &before, const Record &after, const QString &label);
    void undo() override;
    void redo() override;

private:
    bool apply(const Record &values, int expectedVersion, int *newVersion);
    Record m_before;
    Record m_after;
    int m_version; // the version the record has after this command's change
};

// A record (and what went with it) was moved to the trash as \a batch.
class TrashRecordCommand : public RecordCommand
{
public:
    TrashRecordCommand(Database &db, EntityType type, qint64 id, const QString &batch, const QString &label);
    void undo() override;
    void redo() override;

private:
    QString m_batch;
};

} // namespace hubdesk
