#pragma once

#include <QStringList>

namespace hubdesk {

// The headless commands of `hubdesk` (no display needed): --version, --help,
// demo, check and report. Later commands (import, export, backup) join them here.
class CommandLine
{
public:
    // Whether argv asks for a headless command rather than the window.
    static bool isHeadless(const QStringList &arguments);
    // Runs it; the return value is the process exit code.
    static int run(const QStringList &arguments);
    // The help text of the whole program.
    static QString usage();

private:
    static int dispatch(const QStringList &arguments);
};

} // namespace hubdesk
