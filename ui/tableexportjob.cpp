#include "tableexportjob.h"

#include "../models/storage/database.h"
#include "plaindialogs.h"
#include "workerpool.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace hubdesk {

TableExportJob::TableExportJob(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
}

TableExportJob::~TableExportJob()
{
    if (m_watcher) {
        m_stop->store(true);
        m_watcher->waitForFinished();
    }
}

void TableExportJob::start(EntityType type, const QString &path, const TableExporter::Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_stop->store(false);
    const QString name = QFileInfo(path).fileName();
    if (m_db.isInMemory()) {
        // An in-memory database has no second connection (tests and previews): here.
        Outcome outcome;
        outcome.error = TableExporter::write(m_db, type, path, options, &outcome.written);
        done(path, outcome);
        return;
    }

    auto *progress = new QProgressDialog(tr("Writing %1…").arg(name), tr("Cancel"), 0, 0, m_window);
    m_progress = progress;
    PlainDialogs::usePlainLabel(progress); // the label names the file
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400); // a small list is written before it would show
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, this, &TableExportJob::cancel);

    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Outcome>::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcher<Outcome>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<Outcome>::progressTextChanged, progress, &QProgressDialog::setLabelText);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_watcher = nullptr;
        done(path, watcher->result());
    });
    const QString database = m_db.path();
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [database, type, path, options, stop, name](QPromise<Outcome> &promise) {
        Outcome outcome;
        OpenError openError;
        auto db = Database::openReader(database, &openError);
        if (!db) {
            outcome.error = Error::make(Error::Code::Io, openError.message);
            promise.addResult(outcome);
            return;
        }
        const QLocale locale;
        outcome.error = TableExporter::write(*db, type, path, options, &outcome.written, [&](qint64 n, qint64 total) {
            const int top = int(std::clamp<qint64>(total, 1, INT_MAX));
            if (n == 0)
                promise.setProgressRange(0, top);
            promise.setProgressValueAndText(
                int(std::clamp<qint64>(n, 0, top)),
                n < total ? tr("Writing %1: %2 of %3 rows…").arg(name, locale.toString(n), locale.toString(total))
                          : tr("Writing %1: all %2 rows read, saving the file…").arg(name, locale.toString(total)));
            return !stop->load();
        });
        promise.addResult(outcome);
    }));
}

QProgressDialog *TableExportJob::progressDialog() const
{
    return m_progress.data();
}

void TableExportJob::cancel()
{
    m_stop->store(true);
    if (m_progress && m_watcher) {
        // The writer stops at its next progress report; the dialog says so until then.
        m_watcher->disconnect(m_progress.data());
        m_progress->setLabelText(tr("Cancelling…"));
    }
}

void TableExportJob::done(const QString &path, Outcome outcome)
{
    m_running = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    // The exporter refuses to go on only when its progress report answered "stop".
    outcome.cancelled = outcome.error.code == Error::Code::Refused && m_stop->load();
    emit finished(path, outcome);
}

} // namespace hubdesk
