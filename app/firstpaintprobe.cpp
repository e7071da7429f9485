#include "firstpaintprobe.h"

#include "../models/tablemodels/entitytablemodel.h"
#include "../ui/entitypage.h"
#include "../ui/mainwindow.h"
#include "processclock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace hubdesk {

FirstPaintProbe::FirstPaintProbe(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
}

void FirstPaintProbe::watch(MainWindow &window)
{
    auto *probe = new FirstPaintProbe(window);
    // The measure is the Stakeholders page, whatever page the window remembered.
    window.showPage(window.pageIndex(EntityType::Organisation));
    if (EntityPage *page = window.currentEntityPage())
        page->view()->viewport()->installEventFilter(probe);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_done)
        return QObject::eventFilter(watched, event);
    EntityPage *page = m_window.currentEntityPage();
    // The first paint that shows rows, not "Loading…".
    if (!page || page->model()->rowCount() == 0 || page->model()->idAt(0) <= 0)
        return QObject::eventFilter(watched, event);
    m_done = true;
    // Measured after this paint has been handled.
    QTimer::singleShot(0, this, [page] {
        QTextStream(stdout) << QStringLiteral("first painted page: %1 ms after the process started, %2 ms after main(); "
                                              "%3 rows (%4)\n")
                                   .arg(ProcessClock::msSinceStart())
                                   .arg(ProcessClock::msSinceMain())
                                   .arg(page->model()->rowCount())
                                   .arg(page->title());
        QCoreApplication::exit(0);
    });
    return QObject::eventFilter(watched, event);
}

} // namespace hubdesk
