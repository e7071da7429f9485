#pragma once

#include "../models/domain/entitytype.h"
#include "../models/io/tableexporter.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
template <typename T>
class QFutureWatcher;

namespace hubdesk {

class Database;

// Writes a table export beside the window. The exporter runs in a worker thread on a
// connection of its own (a connection belongs to the thread that opened it, and the window
// must not wait on SQLite); a progress dialog counts the rows and can cancel. A cancelled
// or failed export leaves no file (the writers put it in place only when it is whole).
class TableExportJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        qint64 written = 0;
        Error error;
        bool cancelled = false;
    };

    TableExportJob(Database &db, QWidget *window);
    // An export still running is cancelled, and waited for.
    ~TableExportJob() override;

    void start(EntityType type, const QString &path, const TableExporter::Options &options);
    bool isRunning() const { return m_running; }
    void cancel();
    // Shown while the export runs (null otherwise).
    QProgressDialog *progressDialog() const;

signals:
    void finished(const QString &path, const hubdesk::TableExportJob::Outcome &outcome);

private:
    void done(const QString &path, Outcome outcome);

    Database &m_db;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_running = false;
};

} // namespace hubdesk
