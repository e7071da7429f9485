#pragma once

#include <QString>

#include <memory>

namespace hubdesk {

class Database;

// Tells whether a database file was changed since the watch began, by any connection
// of this program or another one (SQLite's data_version, read on a connection of the
// watch's own that never writes), so that closing can back up only a changed file.
class ChangeWatch
{
public:
    explicit ChangeWatch(const QString &path);
    ~ChangeWatch();
    ChangeWatch(const ChangeWatch &) = delete;
    ChangeWatch &operator=(const ChangeWatch &) = delete;

    bool isChanged() const;
    // A change the watch cannot see counts as one (none is known so far).
    void markChanged() { m_marked = true; }

private:
    qint64 version() const;

    std::unique_ptr<Database> m_reader;
    qint64 m_start = 0;
    bool m_marked = false;
};

} // namespace hubdesk
