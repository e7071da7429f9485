#include "workerpool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace hubdesk {

QThreadPool *WorkerPool::instance()
{
    // A child of the application, so that its destructor waits for the work still
    // running before the rest of the program goes away (as it does for the global pool).
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        // The check, the dashboard's figures and an automatic backup may all start at
        // once when a file opens; on two cores they would otherwise wait for each other.
        pool->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        pool->setObjectName(QStringLiteral("HubDesk workers"));
    }
    return pool;
}

} // namespace hubdesk
