#pragma once

#include "error.h"

#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace hubdesk {

// One statement prepared on a connection's SQLite handle and run many times, without
// Qt's binding layer: in a bulk insert that layer (QVariant copies, the bound values'
// bookkeeping) cost as much as SQLite's own work for the row. Use it only on the thread
// that owns the connection, and keep it inside one function's scope: Qt's driver closes
// with sqlite3_close(), which fails (and leaves the file open) while a statement it does
// not know of is still prepared.
class PreparedStatement
{
public:
    PreparedStatement() = default;
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    Error prepare(sqlite3 *db, const QString &sql);
    bool isPrepared() const { return m_statement != nullptr; }
    // Binds \a value to the parameter at \a position (from 1): null, integers and
    // booleans, reals, byte arrays as blobs, anything else as text.
    void bind(int position, const QVariant &value);
    // Runs the statement once (it returns no rows) and makes it ready for the next values.
    Error run();
    qint64 lastInsertId() const;

private:
    Error failure(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace hubdesk
