// HubDesk: the command line decides between a headless command (no display
// needed, QCoreApplication) and the window (QApplication).
#include "../models/domain/uilanguage.h"
#include "../ui/darkpalette.h"
#include "../ui/launcher.h"
#include "../ui/mainwindow.h"
#include "../ui/screenshots.h"
#include "commandline.h"
#include "firstpaintprobe.h"
#include "processclock.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>

#include <algorithm>
#include <csignal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <cstdlib>
#include <windows.h>
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HubDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("HubDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBDESK_VERSION));
}

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

#ifdef Q_OS_WIN
// hubdesk.exe is a window program, so that no console flashes up when it starts from
// the Start menu. A command typed in a console (hubdesk check FILE) writes to that
// console; output that is redirected to a file or a pipe already has its handles and is
// left alone. The window itself never attaches: closing the console would close it too.
void attachParentConsole()
{
    const auto missing = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        return h == nullptr || h == INVALID_HANDLE_VALUE;
    };
    const bool noOut = missing(STD_OUTPUT_HANDLE);
    const bool noErr = missing(STD_ERROR_HANDLE);
    if ((!noOut && !noErr) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    // HubDesk writes UTF-8 (names in Cyrillic, typographic quotes); the console's own code
    // page is restored when the command ends, so the shell is left as it was.
    static UINT consoleCodePage = GetConsoleOutputCP();
    SetConsoleOutputCP(CP_UTF8);
    std::atexit([] { SetConsoleOutputCP(consoleCodePage); });
    FILE *reopened = nullptr;
    if (noOut)
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    if (noErr)
        freopen_s(&reopened, "CONOUT$", "w", stderr);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    hubdesk::ProcessClock::markMain();
#ifdef SIGXFSZ
    // A file size limit (ulimit -f) would otherwise kill HubDesk mid-write; ignored, the
    // write fails with EFBIG, the transaction rolls back and the user is told why.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    const QStringList arguments = argumentsOf(argc, argv);
#ifdef Q_OS_WIN
    // Commands, and options that print (usage errors, --screenshots, --startup-time).
    if (hubdesk::CommandLine::isHeadless(arguments)
        || std::any_of(arguments.cbegin() + qMin<qsizetype>(1, arguments.size()), arguments.cend(),
                       [](const QString &a) { return a.startsWith(QLatin1Char('-')); }))
        attachParentConsole();
#endif
    if (hubdesk::CommandLine::isHeadless(arguments) && (arguments.value(1) == QLatin1String("report") || arguments.value(1) == QLatin1String("person-export"))) {
        // Reports lay out text and paint charts, which needs fonts and so a QGuiApplication,
        // but never a screen: the offscreen platform works without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        hubdesk::UiLanguage::install(app);
        return hubdesk::CommandLine::run(app.arguments());
    }
    if (hubdesk::CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        hubdesk::UiLanguage::install(app);
        return hubdesk::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    // HUBDESK_PALETTE=dark or =contrast: the window in a dark or high-contrast theme.
    hubdesk::DarkPalette::apply(qgetenv("HUBDESK_PALETTE"));
    describeApplication();
    hubdesk::UiLanguage::install(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hubdesk.svg")));

    QStringList rest = app.arguments().mid(1);
    // --screenshots DIR FILE: pictures of every page of FILE (for the docs), then exit.
    QString screenshotDir;
    if (rest.size() == 3 && rest.first() == QLatin1String("--screenshots")) {
        screenshotDir = rest.at(1);
        rest = rest.mid(2);
    }
    // --startup-time FILE: prints how long it took to paint the first page of FILE, then exits.
    const bool startupTime = rest.size() == 2 && rest.first() == QLatin1String("--startup-time");
    if (startupTime)
        rest = rest.mid(1);
    for (const QString &a : rest) {
        if (a.startsWith(QLatin1Char('-'))) {
            QTextStream(stderr) << QCoreApplication::translate("CommandLine", "hubdesk: unknown option “%1”").arg(a)
                                << "\n\n"
                                << hubdesk::CommandLine::usage();
            return 64;
        }
    }
    if (rest.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("CommandLine", "hubdesk: give at most one FILE to open")
                            << "\n\n"
                            << hubdesk::CommandLine::usage();
        return 64;
    }
    hubdesk::Launcher launcher;
    if (!screenshotDir.isEmpty()) {
        if (!launcher.openPath(rest.value(0)))
            return 1;
        QString error;
        const int n = hubdesk::Screenshots::save(*launcher.window(), screenshotDir, &error);
        QTextStream(n < 0 ? stderr : stdout) << (n < 0 ? error : QStringLiteral("%1 pictures in %2").arg(n).arg(screenshotDir))
                                             << '\n';
        return n < 0 ? 1 : 0;
    }
    if (startupTime) {
        if (!launcher.openPath(rest.value(0)))
            return 1;
        hubdesk::FirstPaintProbe::watch(*launcher.window());
    } else if (!launcher.start(rest.value(0))) {
        return 0;
    }
    return app.exec();
}
