#include "recordcommands.h"

#include "../models/domain/plaintext.h"
#include "../models/storage/repositories.h"
#include "../models/storage/trash.h"

#include <QCoreApplication>

namespace hubdesk {

RecordCommand::RecordCommand(Database &db, EntityType type, qint64 id, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_type(type)
    , m_id(id)
{
}

bool RecordCommand::firstRedo()
{
    if (!m_done)
        return false;
    m_done = false; // the change itself was made before the command was pushed
    return true;
}

void RecordCommand::fail(const QString &message)
{
    m_error = message;
    setObsolete(true);
}

CreateRecordCommand::CreateRecordCommand(Database &db, const Record &created, const QString &label)
    : RecordCommand(db, created.entity(), created.id,
                    QCoreApplication::translate("Undo", "Create “%1”").arg(PlainText::isolated(label)))
{
}

void CreateRecordCommand::undo()
{
    m_error.clear();
    if (Error e = Trash::moveToTrash(m_db, m_type, m_id, &m_batch))
        fail(e.message);
}

void CreateRecordCommand::redo()
{
    if (firstRedo())
        return;
    m_error.clear();
    if (Error e = Trash::restore(m_db, m_batch))
        fail(e.message);
}

UpdateRecordCommand::UpdateRecordCommand(Database &db, const Record &before, const Record &after, const QString &label)
    : RecordCommand(db, after.entity(), after.id, QCoreApplication::translate("Undo", "Edit “%1”").arg(PlainText::isolated(label)))
    , m_before(before)
    , m_after(after)
    , m_version(after.version)
{
}

bool UpdateRecordCommand::apply(const Record &values, int expectedVersion, int *newVersion)
{
    auto repo = Repositories::create(m_db, m_type);
    Record current;
    if (Error e = repo->get(m_id, &current)) {
        fail(e.message);
        return false;
    }
    if (current.version != expectedVersion) {
        fail(QCoreApplication::translate("Undo", "This %1 was changed again after this edit (by you or by someone "
                                                 "else), so the edit can no longer be undone.")
                 .arg(Entities::info(m_type).singularLabel().toLower()));
        return false;
    }
    Record next = values;
    next.id = m_id;
    next.version = current.version;
    next.uuid = current.uuid;
    if (Error e = repo->update(next)) {
        fail(e.message);
        return false;
    }
    *newVersion = next.version;
    return true;
}

void UpdateRecordCommand::undo()
{
    m_error.clear();
    apply(m_before, m_version, &m_version);
}

void UpdateRecordCommand::redo()
{
    if (firstRedo())
        return;
    m_error.clear();
    apply(m_after, m_version, &m_version);
}

TrashRecordCommand::TrashRecordCommand(Database &db, EntityType type, qint64 id, const QString &batch,
                                       const QString &label)
    : RecordCommand(db, type, id, QCoreApplication::translate("Undo", "Delete “%1”").arg(PlainText::isolated(label)))
    , m_batch(batch)
{
}

void TrashRecordCommand::undo()
{
    m_error.clear();
    if (Error e = Trash::restore(m_db, m_batch))
        fail(e.message);
}

void TrashRecordCommand::redo()
{
    if (firstRedo())
        return;
    m_error.clear();
    if (Error e = Trash::moveToTrash(m_db, m_type, m_id, &m_batch))
        fail(e.message);
}

} // namespace hubdesk
