#include "screenshots.h"

#include "dashboardpage.h"
#include "entitypage.h"
#include "mainwindow.h"
#include "reportspage.h"
#include "../models/tablemodels/entitytablemodel.h"

#include <QTableView>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QThread>

namespace hubdesk {

int Screenshots::save(MainWindow &window, const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QApplication::translate("Screenshots", "Cannot make the folder %1.").arg(directory);
        return -1;
    }
    window.resize(1280, 800);
    int written = 0;
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        // A page shows its first record, so that the picture has a filled form.
        if (EntityPage *page = window.currentEntityPage()) {
            page->model()->waitForIdle(60000); // the rows, not "Loading…"
            page->view()->selectRow(0);
            page->view()->setFocus();
        }
        QApplication::processEvents();
        // The dashboard with its charts, and the Reports page with a report made.
        const auto waitWhile = [](const auto &busy) {
            QElapsedTimer timer;
            timer.start();
            while (busy() && timer.elapsed() < 60000) {
                QApplication::processEvents(QEventLoop::AllEvents, 50);
                QThread::msleep(10);
            }
        };
        if (window.currentPage() == window.pageIndexOf(window.dashboard()))
            waitWhile([&] { return window.dashboard()->isLoading(); });
        if (window.currentPage() == window.pageIndexOf(window.reports())) {
            window.reports()->generate();
            waitWhile([&] { return window.reports()->isBusy(); });
        }
        QApplication::processEvents();
        if (EntityPage *page = window.currentEntityPage())
            page->model()->waitForIdle(60000); // the page the selection asked for
        QString name = window.pageTitle(i).toLower();
        name.replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (!window.grab().save(file)) {
            *error = QApplication::translate("Screenshots", "Cannot write %1.").arg(file);
            return -1;
        }
        ++written;
    }
    return written;
}

} // namespace hubdesk
