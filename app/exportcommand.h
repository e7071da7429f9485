#pragma once

#include <QStringList>

namespace hubdesk {

// `hubdesk export ENTITY --db FILE (--csv FILE | --xlsx FILE)`: every live record of one
// kind, in the form `hubdesk import` reads back. Exit codes: 0 written, 1 the database
// or the file failed, 64 usage.
namespace ExportCommand {

int run(const QStringList &arguments);

} // namespace ExportCommand

} // namespace hubdesk
