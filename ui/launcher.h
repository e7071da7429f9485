#pragma once

#include <QObject>
#include <QPointer>
#include <QPromise>

#include <functional>

namespace hubdesk {

class MainWindow;

// Decides which database the window shows and opens it: the file given on the
// command line, else the last one used, else the per-user default; on a first start
// it offers sample data or an empty database. Every failure to open is shown with
// its reason, and the user can choose another file instead.
class Launcher : public QObject
{
    Q_OBJECT
public:
    explicit Launcher(QObject *parent = nullptr);

    // True when a window is showing afterwards.
    bool start(const QString &fileArgument);
    bool openPath(const QString &path);
    bool createPath(const QString &path, bool withSampleData);
    MainWindow *window() const;

    static QString defaultPath();

private:
    bool welcome(const QString &path);
    void chooseAndOpen();
    void chooseAndCreate();
    bool offerAlternatives(const QString &message);
    void checkInBackground(const QString &path);
    // Runs \a work on a worker thread behind a modal progress dialog (a bar when
    // \a counted, else busy) and returns its result.
    static QString runAside(const QString &label, bool counted, const std::function<void(QPromise<QString> &)> &work);

    QPointer<MainWindow> m_window;
};

} // namespace hubdesk
