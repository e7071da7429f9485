#pragma once

#include <QStringList>

namespace hubdesk {

// `hubdesk import`: a CSV or XLSX file into one kind of record, as one batch; the list
// of past imports and taking one back. Exit codes: 0 imported (or a clean dry run),
// 1 the file or the database failed, 2 rows with problems (nothing written), 64 usage.
namespace ImportCommand {

int run(const QStringList &arguments);

} // namespace ImportCommand

} // namespace hubdesk
