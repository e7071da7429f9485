#pragma once

#include <QStringList>

namespace hubdesk {

// `hubdesk person-export ID --db FILE (--pdf FILE | --json FILE) [--with-files]`:
// everything the database holds about one person (PersonData), as a readable PDF or as
// JSON. The database is only read. Exit codes: 0 written, 1 the database, the person or
// the file failed, 64 usage.
namespace PersonExportCommand {

int run(const QStringList &arguments);

} // namespace PersonExportCommand

} // namespace hubdesk
