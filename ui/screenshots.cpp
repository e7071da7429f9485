#include "screenshots.h"

#include "dashboardpage.h"
#include "entitypage.h"
#include "importmappingpage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "reportspage.h"
#include "../models/tablemodels/entitytablemodel.h"

#include <QTableView>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QSaveFile>
#include <QTemporaryDir>
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

    // The import wizard at its mapping step, on a small list of partners written for it.
    QTemporaryDir temp;
    const QString csv = temp.filePath(QStringLiteral("partners.csv"));
    QSaveFile file(csv);
    if (!temp.isValid() || !file.open(QIODevice::WriteOnly)) {
        *error = QApplication::translate("Screenshots", "Cannot write %1.").arg(csv);
        return -1;
    }
    file.write("Name,Kind,City,Website,Contact person,Notes\r\n"
               "Sofia Tech Park,Public organisation,Sofia,https://sofiatech.bg,Maria Ivanova,Lab access\r\n"
               "Plovdiv Media Lab,Media company,Plovdiv,https://pml.example,Georgi Petrov,\r\n");
    file.commit();
    window.showPage(window.pageIndex(EntityType::Organisation));
    ImportWizard *wizard = window.openImportWizard();
    wizard->setFilePath(csv);
    wizard->next();
    wizard->next();
    wizard->mappingPage()->addFixed(QStringLiteral("country"), QStringLiteral("Bulgaria"));
    QApplication::processEvents();
    const QString picture = QDir(directory).filePath(QStringLiteral("%1-import-mapping.png").arg(window.pageCount() + 1, 2, 10, QLatin1Char('0')));
    const bool saved = wizard->grab().save(picture);
    wizard->close();
    if (!saved) {
        *error = QApplication::translate("Screenshots", "Cannot write %1.").arg(picture);
        return -1;
    }
    return written + 1;
}

} // namespace hubdesk
