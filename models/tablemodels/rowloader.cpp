#include "rowloader.h"

#include "../storage/database.h"
#include "../storage/repositories.h"
#include "../storage/sql.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>

#include <sqlite3.h>

namespace hubdesk {

namespace {
// Off unless asked for (QT_LOGGING_RULES="hubdesk.rowloader.debug=true"): how long each
// request took, and which were skipped or interrupted.
Q_LOGGING_CATEGORY(lcLoader, "hubdesk.rowloader", QtInfoMsg)
} // namespace

RowLoader::RowLoader(const Database &source, EntityType type, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_type(type)
{
}

// Runs in the loader's thread (deleted when it finishes), where the connection was opened.
RowLoader::~RowLoader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_handle = nullptr;
    }
    m_repository.reset();
    m_db.reset();
}

void RowLoader::open()
{
    OpenError error;
    m_db = m_source.openAnotherConnection(&error);
    if (!m_db) {
        m_openError = error.message;
        qCWarning(lcLoader) << "no connection for a list:" << error.message;
        return;
    }
    // This connection only reads: a statement that would write here is refused, not run.
    Sql::run(m_db->connection(), QStringLiteral("PRAGMA query_only = ON"));
    // Our own busy handler replaces Qt's busy timeout (same limit), because a wait for
    // another program's lock is not cut short by sqlite3_interrupt(); this one gives up
    // as soon as the request it waits for is no longer wanted.
    m_busyTimeoutMs = Sql::scalar(m_db->connection(), QStringLiteral("PRAGMA busy_timeout")).toInt();
    sqlite3 *handle = m_db->handle();
    if (handle) {
        sqlite3_busy_handler(handle, &RowLoader::onBusy, this);
        // SQLite forgets an sqlite3_interrupt() that comes while no statement runs, such as
        // one made just as a request starts; this handler asks again every few thousand
        // steps, so that a request no longer wanted never runs to its end.
        sqlite3_progress_handler(handle, ProgressSteps, &RowLoader::onProgress, this);
    }
    m_repository = Repositories::create(*m_db, m_type);
    QMutexLocker lock(&m_mutex);
    m_handle = handle;
}

template<typename Work>
RowLoader::Outcome RowLoader::run(quint64 generation, Work work)
{
    for (;;) {
        int interruptsBefore = 0;
        {
            QMutexLocker lock(&m_mutex);
            if (generation < m_latest)
                return Outcome::Dropped;
            m_running = generation;
            interruptsBefore = m_interrupts;
        }
        work();
        bool interrupted = false;
        bool stale = false;
        {
            QMutexLocker lock(&m_mutex);
            m_running = 0;
            interrupted = m_interrupts != interruptsBefore;
            stale = generation < m_latest;
            if (interrupted)
                qCDebug(lcLoader) << "stopped" << m_interruptedAt.elapsed() << "ms after the interrupt";
        }
        // An interrupted request may have returned fewer rows, or an error, that are not the
        // truth: it is never answered. Interrupts only target older generations, so one that
        // is still wanted was hit by accident (which the lock in cancelBefore() should rule
        // out) and simply runs again.
        if (stale)
            return Outcome::Dropped;
        if (!interrupted)
            return Outcome::Done;
    }
}

RowLoader::Outcome RowLoader::countInto(quint64 generation, const ListQuery &query, qint64 *rows,
                                        QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const Outcome outcome = run(generation, [&] {
        *rows = 0;
        error->clear();
        if (!m_repository) {
            *error = m_openError;
            return;
        }
        Error e;
        *rows = countRows(*m_repository, query, &e);
        if (e)
            *error = e.message;
    });
    qCDebug(lcLoader) << "count of" << generation << (outcome == Outcome::Done ? "done" : "dropped")
                      << timer.elapsed() << "ms";
    return outcome;
}

void RowLoader::count(quint64 generation, const ListQuery &query)
{
    qint64 rows = 0;
    QString error;
    if (countInto(generation, query, &rows, &error) == Outcome::Done)
        emit counted(generation, rows, error);
}

void RowLoader::countTotal(quint64 generation, bool inTrash)
{
    ListQuery all;
    all.inTrash = inTrash;
    qint64 rows = 0;
    QString error;
    if (countInto(generation, all, &rows, &error) == Outcome::Done)
        emit totalCounted(generation, rows, error);
}

void RowLoader::fetch(quint64 generation, int page, const ListQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    QList<QVariantList> rows;
    QString message;
    const Outcome outcome = run(generation, [&] {
        rows.clear();
        message.clear();
        if (!m_repository) {
            message = m_openError;
            return;
        }
        Error e;
        rows = readRows(*m_repository, query, &e);
        if (e)
            message = e.message;
    });
    qCDebug(lcLoader) << "page" << page << "of" << generation
                      << (outcome == Outcome::Done ? "done" : "dropped") << timer.elapsed() << "ms";
    if (outcome == Outcome::Done)
        emit fetched(generation, page, rows, message);
}

void RowLoader::cancelBefore(quint64 generation)
{
    // Under the lock the loader cannot start or finish a request, so the interrupt reaches
    // the statement of the generation seen here, or none (SQLite forgets an interrupt made
    // while no statement runs).
    QMutexLocker lock(&m_mutex);
    m_latest = qMax(m_latest, generation);
    if (m_running != 0 && m_running < m_latest && m_handle) {
        ++m_interrupts;
        m_interruptedAt.start();
        sqlite3_interrupt(m_handle);
        qCDebug(lcLoader) << "interrupted" << m_running;
    }
}

quint64 RowLoader::runningGeneration() const
{
    QMutexLocker lock(&m_mutex);
    return m_running;
}

int RowLoader::interruptsSent() const
{
    QMutexLocker lock(&m_mutex);
    return m_interrupts;
}

qint64 RowLoader::countRows(Repository &repository, const ListQuery &query, Error *error)
{
    return repository.count(query, error);
}

QList<QVariantList> RowLoader::readRows(Repository &repository, const ListQuery &query, Error *error)
{
    return repository.list(query, error).rows;
}

bool RowLoader::runningIsCancelled() const
{
    QMutexLocker lock(&m_mutex);
    return m_running != 0 && m_running < m_latest;
}

int RowLoader::onProgress(void *loader)
{
    return static_cast<RowLoader *>(loader)->runningIsCancelled() ? 1 : 0; // 1: SQLITE_INTERRUPT
}

int RowLoader::onBusy(void *loader, int attempts)
{
    auto *self = static_cast<RowLoader *>(loader);
    if (attempts == 0)
        self->m_busySince.start();
    if (self->runningIsCancelled() || self->m_busySince.elapsed() >= self->m_busyTimeoutMs)
        return 0; // SQLITE_BUSY for this statement
    // Short steps first (most locks are brief), then ones short enough to notice a cancel.
    QThread::msleep(attempts < 10 ? 2 : 20);
    return 1;
}

} // namespace hubdesk
