#include "launcher.h"

#include "../models/demo/demodata.h"
#include "../models/storage/database.h"
#include "../models/storage/migrations.h"
#include "../models/tablemodels/entitytablemodel.h"
#include "backupactions.h"
#include "entitypage.h"
#include "mainwindow.h"
#include "plaindialogs.h"
#include "recentfiles.h"
#include "workerpool.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace hubdesk {

namespace {

const QString FileFilter = QObject::tr("HubDesk databases (*.hubdesk);;All files (*)");

QString staffName()
{
    const QString name = QSettings().value(QStringLiteral("user/staffName")).toString().trimmed();
    return name.isEmpty() ? Database::defaultActor() : name;
}

} // namespace

Launcher::Launcher(QObject *parent)
    : QObject(parent)
{
}

MainWindow *Launcher::window() const
{
    return m_window;
}

QString Launcher::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ecosystem.hubdesk");
}

bool Launcher::start(const QString &fileArgument)
{
    if (!fileArgument.isEmpty()) {
        if (QFileInfo::exists(fileArgument))
            return openPath(fileArgument);
        return welcome(fileArgument);
    }
    for (const QString &recent : RecentFiles::list()) {
        if (QFileInfo::exists(recent))
            return openPath(recent);
    }
    if (QFileInfo::exists(defaultPath()))
        return openPath(defaultPath());
    return welcome(defaultPath());
}

bool Launcher::welcome(const QString &path)
{
    QMessageBox box;
    box.setWindowTitle(tr("Welcome to HubDesk"));
    box.setIcon(QMessageBox::Question);
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("There is no database at %1 yet.").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(tr("Create it with sample data to look around, or empty to start with your own data."));
    QPushButton *sample = box.addButton(tr("Create with &sample data"), QMessageBox::AcceptRole);
    QPushButton *empty = box.addButton(tr("Create &empty"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("&Open another file…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(sample);
    box.exec();
    if (box.clickedButton() == sample)
        return createPath(path, true);
    if (box.clickedButton() == empty)
        return createPath(path, false);
    if (box.clickedButton() == open) {
        chooseAndOpen();
        return m_window;
    }
    return false;
}

QString Launcher::runAside(const QString &label, bool counted, const std::function<void(QPromise<QString> &)> &work)
{
    // On a worker thread with its own connection, so that the window stays responsive.
    QProgressDialog progress(label, QString(), 0, counted ? 100 : 0);
    PlainDialogs::usePlainLabel(&progress); // the label names the file
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    progress.setValue(0); // starts the clock that shows the dialog after 300 ms
    QFutureWatcher<QString> watcher;
    QObject::connect(&watcher, &QFutureWatcher<QString>::progressValueChanged, &progress, &QProgressDialog::setValue);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(WorkerPool::instance(), work));
    loop.exec();
    return watcher.result();
}

bool Launcher::createPath(const QString &path, bool withSampleData)
{
    const QString message = runAside(
        withSampleData ? tr("Writing sample data…") : tr("Creating the database…"), true,
        [path, withSampleData](QPromise<QString> &promise) {
            OpenError error;
            auto db = Database::create(path, &error);
            if (!db) {
                promise.addResult(error.message);
                return;
            }
            db->setActor(staffName());
            if (withSampleData) {
                Error e = DemoData::generate(*db, {}, nullptr, [&promise](int p) { promise.setProgressValue(p); });
                if (e) {
                    db.reset();
                    QFile::remove(path);
                    promise.addResult(e.message);
                    return;
                }
            }
            promise.addResult(QString());
        });
    if (!message.isEmpty())
        return offerAlternatives(message);
    return openPath(path);
}

bool Launcher::openPath(const QString &path)
{
    OpenError error;
    // The header, the application id and the version are checked before the window
    // opens; SQLite's quick_check reads the whole file (seconds on a large database,
    // more from a cold disk), so it runs beside the window, which writes nothing until
    // it has passed.
    Database::Options options;
    options.check = Database::Check::None;
    // A file made by an older HubDesk is upgraded first, on a worker thread with a
    // busy dialog: on a large file the upgrade's checks read all of it (12 s for 1.5 GB
    // of a million interactions, more from a cold disk). The header's version is only a
    // hint (a write-ahead log may hold a newer one); the open below decides.
    const FileHeader header = FileHeader::read(path);
    if (header.sqlite && header.applicationId == Database::ApplicationId && header.userVersion > 0
        && header.userVersion < Migrations::latest() && QFileInfo(path).isWritable()) {
        const QString message = runAside(
            tr("Upgrading %1\nto this version of HubDesk (database version %2 to %3).\n\nA large database takes a minute "
               "or two; if anything fails, the file stays as it was.")
                .arg(QDir::toNativeSeparators(path), QString::number(header.userVersion),
                     QString::number(Migrations::latest())),
            false, [path](QPromise<QString> &promise) {
                Database::Options upgrade;
                upgrade.check = Database::Check::Quick; // never upgrade a damaged file
                OpenError failure;
                const auto upgraded = Database::open(path, upgrade, &failure);
                promise.addResult(upgraded ? QString() : failure.message);
            });
        if (!message.isEmpty()) {
            RecentFiles::remove(path);
            return offerAlternatives(message);
        }
    }
    auto db = Database::open(path, options, &error);
    if (!db) {
        RecentFiles::remove(path);
        return offerAlternatives(error.message);
    }
    db->setActor(staffName());
    db->setWriteHold(tr("HubDesk is still checking this file (a few seconds for a large database); nothing can be "
                        "saved until it has finished. Try again in a moment."));
    RecentFiles::add(path);
    MainWindow *previous = m_window;
    m_window = new MainWindow(std::move(db));
    connect(m_window, &MainWindow::openRequested, this, &Launcher::chooseAndOpen);
    connect(m_window, &MainWindow::newRequested, this, &Launcher::chooseAndCreate);
    connect(m_window, &MainWindow::openFileRequested, this, &Launcher::openPath);
    m_window->show();
    if (previous)
        previous->close();
    // The check reads the whole file (2–3 s for 1.5 GB on two cores); started at once it
    // took the cores from the first page and delayed it by a second. It starts when the
    // page shown has its rows, or after 1 s at the latest; writes wait for it either way.
    auto started = std::make_shared<bool>(false);
    const auto startCheck = [this, path, started, window = QPointer<MainWindow>(m_window)] {
        if (*started || !window || window != m_window)
            return;
        *started = true;
        checkInBackground(path);
    };
    if (EntityPage *page = m_window->currentEntityPage())
        connect(page->model(), &EntityTableModel::loadingFinished, this, startCheck, Qt::SingleShotConnection);
    QTimer::singleShot(1000, this, startCheck);
    if (m_window->database().isReadOnly())
        PlainDialogs::information(m_window, tr("Read-only"),
                                  tr("%1 is open read-only (%2). You can look at everything, but nothing can be changed.")
                                      .arg(QDir::toNativeSeparators(path), m_window->database().readOnlyReason()));
    return true;
}

void Launcher::checkInBackground(const QString &path)
{
    QPointer<MainWindow> window = m_window;
    auto *watcher = new QFutureWatcher<QString>(m_window);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, window, watcher] {
        watcher->deleteLater();
        if (!window)
            return;
        const QString problem = watcher->result();
        if (problem.isEmpty()) {
            window->database().clearWriteHold();
            // Sound: now the day's backup, if one is due (a damaged file is never copied).
            window->backups()->startOpenBackup();
            return;
        }
        // Damaged: close it before anything is written, and say what to do.
        window->database().setWriteHold(problem);
        QMessageBox box(QMessageBox::Critical, tr("The file is damaged"), problem, QMessageBox::Ok, window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        if (window == m_window)
            m_window = nullptr;
        window->close();
        offerAlternatives(tr("Choose another database, or restore this one from a backup."));
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [path]() -> QString {
        Database::Options check;
        check.readOnly = true;
        check.allowOlder = true;
        check.check = Database::Check::Quick;
        OpenError error;
        const auto db = Database::open(path, check, &error);
        return db ? QString() : error.message;
    }));
}

bool Launcher::offerAlternatives(const QString &message)
{
    QMessageBox box(m_window);
    box.setWindowTitle(tr("HubDesk"));
    box.setIcon(QMessageBox::Warning);
    box.setTextFormat(Qt::PlainText);
    box.setText(message);
    QPushButton *open = box.addButton(tr("&Open another file…"), QMessageBox::ActionRole);
    QPushButton *create = box.addButton(tr("&New database…"), QMessageBox::ActionRole);
    box.addButton(m_window ? QMessageBox::Close : QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == open)
        chooseAndOpen();
    else if (box.clickedButton() == create)
        chooseAndCreate();
    return m_window;
}

void Launcher::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a HubDesk database"),
                                                      QFileInfo(defaultPath()).absolutePath(), FileFilter);
    if (!path.isEmpty())
        openPath(path);
}

void Launcher::chooseAndCreate()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New HubDesk database"),
                                                QFileInfo(defaultPath()).absolutePath() + QStringLiteral("/new.hubdesk"),
                                                FileFilter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".hubdesk");
    if (QFileInfo::exists(path)) {
        PlainDialogs::warning(m_window, tr("New database"),
                              tr("%1 already exists. HubDesk does not overwrite files; choose another name.")
                                  .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const auto answer = QMessageBox::question(m_window, tr("New database"), tr("Fill the new database with sample data?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    createPath(path, answer == QMessageBox::Yes);
}

} // namespace hubdesk
