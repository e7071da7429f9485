#include "screenshots.h"

#include "addparticipantsdialog.h"
#include "dashboardpage.h"
#include "detailpane.h"
#include "entitypage.h"
#include "fieldeditor.h"
#include "recordform.h"
#include "relatedlist.h"
#include "exportviewdialog.h"
#include "findduplicatesdialog.h"
#include "importcheckpage.h"
#include "importmappingpage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "manualviewer.h"
#include "restoredialog.h"
#include "retentiondialog.h"
#include "settingsdialog.h"
#include "trashpage.h"
#include "voucherpanel.h"
#include "reportspage.h"
#include "../models/storage/database.h"
#include "../models/tablemodels/entitytablemodel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

#include <iterator>

namespace hubdesk {

namespace {

// Waits (handling events) while \a busy says so, at most a minute.
template <typename Busy>
void waitWhile(const Busy &busy)
{
    QElapsedTimer timer;
    timer.start();
    while (busy() && timer.elapsed() < 60000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
}

} // namespace

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
        if (window.currentPage() == window.pageIndexOf(window.dashboard()))
            waitWhile([&] { return window.dashboard()->isLoading(); });
        if (window.currentPage() == window.pageIndexOf(window.reports())) {
            window.reports()->generate();
            waitWhile([&] { return window.reports()->isBusy(); });
        }
        QApplication::processEvents();
        if (EntityPage *page = window.currentEntityPage())
            page->model()->waitForIdle(60000); // the page the selection asked for
        // The same file names in every language, so the manual's links hold for each set.
        static const char *const pageNames[] = {"dashboard", "stakeholders", "people-and-experts", "startups",
                                                "mentoring-sessions", "events", "travel-vouchers", "interactions",
                                                "outcomes", "reporting-periods", "reports", "trash"};
        const QString name = i < int(std::size(pageNames)) ? QLatin1String(pageNames[i])
                                                           : QStringLiteral("page-%1").arg(i + 1);
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (!window.grab().save(file)) {
            *error = QApplication::translate("Screenshots", "Cannot write %1.").arg(file);
            return -1;
        }
        ++written;
    }

    const int fixed = saveDialogs(window, directory, error);
    return fixed < 0 ? -1 : written + fixed;
}

int Screenshots::saveDialogs(MainWindow &window, const QString &directory, QString *error)
{
    int written = 0;
    // Saves \a widget as DIR/name.png (named, not numbered: the manual links them by name).
    const auto save = [&](QWidget *widget, const char *name) {
        widget->show();
        QApplication::processEvents();
        const QString file = QDir(directory).filePath(QLatin1String(name) + QStringLiteral(".png"));
        if (!widget->grab().save(file)) {
            *error = QApplication::translate("Screenshots", "Cannot write %1.").arg(file);
            return false;
        }
        ++written;
        return true;
    };
    const auto showPage = [&](EntityType type) {
        window.showPage(window.pageIndex(type));
        EntityPage *page = window.currentEntityPage();
        page->model()->waitForIdle(60000);
        page->view()->selectRow(0);
        QApplication::processEvents();
        page->model()->waitForIdle(60000);
        return page;
    };

    // The import wizard on a small list of partners written for it: one row repeats a
    // stakeholder of the database, one has a problem, so that the check step shows both.
    EntityPage *organisations = showPage(EntityType::Organisation);
    const QString known = organisations->model()->index(0, 0).data().toString();
    QTemporaryDir temp;
    const QString csv = temp.filePath(QStringLiteral("partners.csv"));
    QSaveFile file(csv);
    if (!temp.isValid() || !file.open(QIODevice::WriteOnly)) {
        *error = QApplication::translate("Screenshots", "Cannot write %1.").arg(csv);
        return -1;
    }
    QString quotedKnown = known;
    quotedKnown.replace(QLatin1Char('"'), QLatin1String("\"\""));
    file.write("Name,Kind,City,Website,E-mail,Notes\r\n"
               "Sofia Tech Park,Public organisation,Sofia,https://sofiatech.bg,office@sofiatech.bg,Lab access\r\n"
               "Plovdiv Media Lab,Media company,Plovdiv,https://pml.example,hello@pml.example,\r\n"
               "Varna Deep Tech,Spaceship,Varna,,info@,\r\n");
    file.write(QStringLiteral("\"%1\",Other,,,,Met at the conference\r\n").arg(quotedKnown).toUtf8());
    file.commit();
    ImportWizard *wizard = window.openImportWizard();
    wizard->resize(900, 640);
    wizard->setFilePath(csv);
    wizard->next();
    wizard->next();
    wizard->mappingPage()->addFixed(QStringLiteral("country"), QStringLiteral("Bulgaria"));
    QApplication::processEvents();
    if (!save(wizard, "import-mapping"))
        return -1;
    wizard->next();
    waitWhile([&] { return wizard->checkPage()->isChecking(); });
    const bool checkSaved = save(wizard, "import-check");
    wizard->close();
    if (!checkSaved)
        return -1;

    // Searching: the stakeholders whose names, cities or notes hold "sofia".
    organisations->searchField()->setText(QStringLiteral("sofia"));
    QApplication::processEvents();
    organisations->model()->waitForIdle(60000);
    organisations->view()->selectRow(0);
    QApplication::processEvents();
    organisations->model()->waitForIdle(60000);
    if (!save(&window, "search"))
        return -1;
    organisations->searchField()->clear();
    QApplication::processEvents();
    organisations->model()->waitForIdle(60000);

    // File → Export view…: the options for the list as shown.
    {
        ExportViewDialog dialog(EntityType::Organisation, organisations->title(), organisations->model()->totalCount(),
                                organisations->visibleColumns(), &window);
        if (!save(&dialog, "export-view"))
            return -1;
    }

    // A voucher step: the first voucher that can be approved, its Approve dialog as the
    // panel opens it (modal: pictured from the event loop it runs, then cancelled).
    EntityPage *vouchers = showPage(EntityType::Voucher);
    bool stepSaved = true;
    for (int row = 0; row < qMin(200, vouchers->model()->rowCount()); ++row) {
        vouchers->view()->selectRow(row);
        QApplication::processEvents();
        QPushButton *approve = vouchers->detail()->voucherPanel()->button(QStringLiteral("approved"));
        if (!approve || !approve->isVisible() || !approve->isEnabled())
            continue;
        if (!save(&window, "voucher"))
            return -1;
        QTimer::singleShot(0, &window, [&] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                stepSaved = save(dialog, "voucher-approve");
                dialog->close();
            }
        });
        approve->click();
        break;
    }
    if (!stepSaved)
        return -1;

    // An event with its participants, and the dialog that adds several at once.
    // The first event with participants, its Participants tab shown.
    EntityPage *events = showPage(EntityType::Event);
    QTabWidget *tabs = events->detail()->findChild<QTabWidget *>();
    int eventRow = 0;
    for (int row = 0; tabs && row < qMin(100, events->model()->rowCount()); ++row) {
        events->view()->selectRow(row);
        QApplication::processEvents();
        const auto *participants = qobject_cast<RelatedList *>(tabs->widget(1));
        if (participants && participants->rowCount() > 0) {
            tabs->setCurrentIndex(1);
            eventRow = row;
            break;
        }
    }
    if (!save(&window, "event-participants"))
        return -1;
    if (tabs)
        tabs->setCurrentIndex(0);
    {
        AddParticipantsDialog dialog(window.database(), events->detail()->form()->record().text(QStringLiteral("name")), &window);
        dialog.resize(640, 480);
        dialog.searchField()->setText(QStringLiteral("sofia"));
        QElapsedTimer shown;
        shown.start();
        waitWhile([&] { return dialog.list()->count() == 0 && shown.elapsed() < 3000; });
        for (int i = 0; i < qMin(2, dialog.list()->count()); ++i)
            dialog.list()->item(i)->setCheckState(Qt::Checked);
        if (!save(&dialog, "add-participants"))
            return -1;
    }

    // The trash with something in it: the event moved there with its participants,
    // pictured, and brought back by Undo, so that the file is as it was.
    if (!window.database().isReadOnly()) {
        events->view()->selectRow(eventRow);
        QApplication::processEvents();
        events->deleteSelected();
        window.showPage(window.pageIndexOf(window.trashPage()));
        QApplication::processEvents();
        const bool trashSaved = save(&window, "trash");
        window.undo();
        QApplication::processEvents();
        if (!trashSaved)
            return -1;
    }

    // A record being edited: a change not saved yet, and the rule a value breaks.
    EntityPage *people = showPage(EntityType::Person);
    FieldEditor *email = people->detail()->form()->editor(QStringLiteral("email"));
    if (QLineEdit *field = email ? email->findChild<QLineEdit *>() : nullptr) {
        // As if typed: the form hears edits, not programmatic changes.
        field->selectAll();
        field->insert(field->text().section(QLatin1Char('@'), 0, 0) + QLatin1Char('@'));
        QApplication::processEvents();
        if (!save(&window, "editing"))
            return -1;
        people->detail()->revert();
        QApplication::processEvents();
    }

    // Edit → Find duplicates… on the stakeholders, the first pair compared.
    {
        FindDuplicatesDialog dialog(window.database(), EntityType::Organisation, nullptr, &window);
        dialog.resize(1000, 680);
        waitWhile([&] { return dialog.isSearching(); });
        if (dialog.pairCount() > 0)
            dialog.selectPair(0);
        if (!save(&dialog, "find-duplicates"))
            return -1;
    }

    // Edit → Retention review…, Settings…, File → Restore from backup….
    {
        RetentionDialog dialog(window.database(), &window);
        dialog.resize(900, 560);
        if (!save(&dialog, "retention-review"))
            return -1;
    }
    {
        SettingsDialog dialog(window.database(), &window);
        dialog.resize(560, dialog.sizeHint().height());
        if (!save(&dialog, "settings"))
            return -1;
    }
    {
        RestoreDialog dialog(window.database(), &window);
        dialog.resize(820, 600);
        if (dialog.backupList()->topLevelItemCount() > 0)
            dialog.backupList()->setCurrentItem(dialog.backupList()->topLevelItem(0));
        waitWhile([&] { return dialog.isReading(); });
        if (!save(&dialog, "restore"))
            return -1;
    }

    // Help → User manual, when it is there (a build or an install).
    const QString manual = ManualViewer::locate(QCoreApplication::applicationDirPath());
    if (!manual.isEmpty()) {
        ManualViewer viewer(manual);
        viewer.resize(900, 700);
        if (!save(&viewer, "manual"))
            return -1;
    }
    return written;
}

} // namespace hubdesk
