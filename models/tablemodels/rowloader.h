#pragma once

#include "../domain/entitytype.h"
#include "../storage/listquery.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace hubdesk {

class Database;
class Repository;
struct Error;

// Counts and reads the rows of one list on a connection of its own, in the thread it was
// moved to, and sends the results back by (queued) signals, so that a window never waits
// on SQL. Every request names a generation; requests of older generations are skipped,
// and the statement of one that is running is interrupted (see cancelBefore()).
class RowLoader : public QObject
{
    Q_OBJECT
public:
    // \a source is only used by open(), to make this loader's own connection to the same file.
    RowLoader(const Database &source, EntityType type, QObject *parent = nullptr);
    ~RowLoader() override;

    // The slots below run in the loader's thread (invoke them queued).
    // Opens the connection; until it succeeds every request is answered with its error.
    void open();
    // Counts the rows of \a query; answers with counted().
    void count(quint64 generation, const ListQuery &query);
    // Counts all rows, in the trash or out of it as \a inTrash says (the "of M" of a
    // list); answers with totalCounted().
    void countTotal(quint64 generation, bool inTrash);
    // Reads the rows of \a query (its offset and limit make the page); answers with fetched().
    void fetch(quint64 generation, int page, const ListQuery &query);

    // Any thread: requests of generations before \a generation are no longer wanted; one
    // that is running has its statement interrupted (sqlite3_interrupt is thread-safe) and
    // sends no answer. Requests already waiting are skipped when their turn comes.
    void cancelBefore(quint64 generation);

    // Any thread, for tests: the generation whose statement runs now (0: none), and how
    // many statements cancelBefore() has interrupted.
    quint64 runningGeneration() const;
    int interruptsSent() const;

signals:
    void counted(quint64 generation, qint64 rows, const QString &error);
    void totalCounted(quint64 generation, qint64 rows, const QString &error);
    void fetched(quint64 generation, int page, const QList<QVariantList> &rows, const QString &error);

protected:
    // The statements of a request. Virtual so that a test can put in one that runs until
    // it is interrupted; product code never overrides them.
    virtual qint64 countRows(Repository &repository, const ListQuery &query, Error *error);
    virtual QList<QVariantList> readRows(Repository &repository, const ListQuery &query, Error *error);

private:
    enum class Outcome { Done, Dropped };
    template<typename Work>
    Outcome run(quint64 generation, Work work);
    Outcome countInto(quint64 generation, const ListQuery &query, qint64 *rows, QString *error);
    bool runningIsCancelled() const;
    static int onBusy(void *loader, int attempts);
    static int onProgress(void *loader);
    static constexpr int ProgressSteps = 4000; // virtual-machine steps between two onProgress()

    const Database &m_source;
    EntityType m_type;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_repository;
    QString m_openError;
    int m_busyTimeoutMs = 0;
    QElapsedTimer m_busySince;

    // Shared with the threads that cancel: the newest generation asked for, the one running,
    // how often a statement was interrupted, and the handle (null once closed).
    mutable QMutex m_mutex;
    quint64 m_latest = 0;
    quint64 m_running = 0;
    int m_interrupts = 0;
    QElapsedTimer m_interruptedAt; // for the debug log: how long an interrupt takes to stop a statement
    sqlite3 *m_handle = nullptr;
};

} // namespace hubdesk
