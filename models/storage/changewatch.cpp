#include "changewatch.h"

#include "database.h"
#include "sql.h"

namespace hubdesk {

ChangeWatch::ChangeWatch(const QString &path)
{
    OpenError error;
    m_reader = Database::openReader(path, &error);
    m_start = version();
}

ChangeWatch::~ChangeWatch() = default;

qint64 ChangeWatch::version() const
{
    if (!m_reader)
        return -1;
    Error e;
    const QVariant v = Sql::scalar(m_reader->connection(), QStringLiteral("PRAGMA data_version"), {}, &e);
    return e ? -1 : v.toLongLong();
}

bool ChangeWatch::isChanged() const
{
    // Without its connection the watch cannot tell: then it says changed, as a backup
    // too many costs less than one missing.
    return m_marked || !m_reader || version() != m_start;
}

} // namespace hubdesk
