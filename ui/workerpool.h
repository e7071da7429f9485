#pragma once

class QThreadPool;

namespace hubdesk {

// The threads that run the window's long work: the file's check on opening, the
// dashboard's and reports' figures, imports, exports, backups, Find duplicates.
// Never Qt's global pool: Qt's raster paint engine hands parts of its drawing to the
// global pool's threads and waits for them, so one long task there held back every
// paint of the window (the first paint of a file of a million interactions came after
// 8–10 s, when its integrity check ended, instead of 0.3 s).
class WorkerPool
{
public:
    static QThreadPool *instance();
};

} // namespace hubdesk
