#pragma once

#include <QtGlobal>

namespace hubdesk {

// How long the process has been running, for `hubdesk --startup-time`: from the
// kernel's record of its start where the platform has one (Linux), else from main().
class ProcessClock
{
public:
    static void markMain();           // call first thing in main()
    static qint64 msSinceMain();
    static qint64 msSinceStart();     // -1 when the platform does not tell
};

} // namespace hubdesk
