// The anchor of the start-up figure: a bare Qt Widgets window of about HubDesk's shape
// (menu, toolbar, splitter, a list of pages and a table of 50 × 6 cells), no database.
// It prints the time from the process start to its first paint in the same words as
// `hubdesk --startup-time FILE`, then quits, so bench/run.py reads both alike.
#include "../app/processclock.h"

#include <QApplication>
#include <QEvent>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>

namespace {

class PaintWatch : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                QTextStream(stdout) << QStringLiteral("first painted page: %1 ms after the process started, %2 ms after main()\n")
                                           .arg(hubdesk::ProcessClock::msSinceStart())
                                           .arg(hubdesk::ProcessClock::msSinceMain());
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    hubdesk::ProcessClock::markMain();
    QApplication app(argc, argv);
    QMainWindow window;
    for (const char *menu : {"&File", "&Edit", "&View", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Item"));
    QToolBar *toolbar = window.addToolBar(QStringLiteral("Main"));
    for (int i = 0; i < 6; ++i)
        toolbar->addAction(QStringLiteral("Action %1").arg(i));
    auto *splitter = new QSplitter(&window);
    auto *pages = new QListWidget(splitter);
    for (int i = 0; i < 12; ++i)
        pages->addItem(QStringLiteral("Page %1").arg(i));
    auto *table = new QTableWidget(50, 6, splitter);
    for (int r = 0; r < 50; ++r) {
        for (int c = 0; c < 6; ++c)
            table->setItem(r, c, new QTableWidgetItem(QStringLiteral("Cell %1.%2").arg(r).arg(c)));
    }
    window.setCentralWidget(splitter);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 800);
    table->viewport()->installEventFilter(new PaintWatch(&app));
    window.show();
    return app.exec();
}
