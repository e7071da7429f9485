// Help → User manual: the viewer finds the manual where an install or a build puts it,
// shows its title, follows links (pages and anchors here, web sites in the browser), finds
// text, and says where it looked when there is no manual. And the manual itself: every
// picture docs/manual.md shows exists, and the HTML build has them and every anchor the
// manual's links point to.

#include "../../ui/manualviewer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QScrollBar>
#include <QTextBrowser>

using namespace hubdesk;

// Catches what would go to the web browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestManualViewer : public QObject
{
    Q_OBJECT
private slots:
    void locatesInstalledThenBuildTree();
    void reportsWhereItLookedWhenMissing();
    void showsTitleAndFollowsLinks();
    void findsTextInThePage();
    void everyPictureOfTheManualExists();
    void htmlBuildHasPicturesAndAnchors();

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
};

void TestManualViewer::locatesInstalledThenBuildTree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    // A build tree: the program in build/app, the manual in build/docs/manual.
    write(dir.filePath(QStringLiteral("docs/manual/index.html")), "<html></html>");
    QCOMPARE(ManualViewer::locate(bin), QDir::cleanPath(dir.filePath(QStringLiteral("docs/manual/index.html"))));
    // Installed (bin/../share/hubdesk/manual) wins over the build tree.
    write(dir.filePath(QStringLiteral("share/hubdesk/manual/index.html")), "<html></html>");
    QCOMPARE(ManualViewer::locate(bin),
             QDir::cleanPath(dir.filePath(QStringLiteral("share/hubdesk/manual/index.html"))));
}

void TestManualViewer::reportsWhereItLookedWhenMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    // A folder named index.html is not a manual.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("share/hubdesk/manual/index.html"))));
    QStringList searched;
    QVERIFY(ManualViewer::locate(bin, &searched).isEmpty());
    QCOMPARE(searched.size(), 2);
    QCOMPARE(searched.at(0), QDir::cleanPath(dir.filePath(QStringLiteral("share/hubdesk/manual/index.html"))));
    QCOMPARE(searched.at(1), QDir::cleanPath(dir.filePath(QStringLiteral("docs/manual/index.html"))));
}

void TestManualViewer::showsTitleAndFollowsLinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray filler;
    for (int i = 0; i < 200; ++i)
        filler += "<p>Line " + QByteArray::number(i) + "</p>";
    write(dir.filePath(QStringLiteral("index.html")),
          "<html><head><title>HubDesk user manual</title></head><body><h1>HubDesk user manual</h1>"
          "<p><a href=\"#vouchers\">Vouchers</a> <a href=\"keyboard.html\">Keys</a> "
          "<a href=\"https://example.invalid/grant\">Grant</a></p>"
              + filler + "<h2><a name=\"vouchers\"></a>Travel vouchers</h2></body></html>");
    write(dir.filePath(QStringLiteral("keyboard.html")),
          "<html><head><title>Keyboard</title></head><body><p>Ctrl+N</p></body></html>");
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");

    ManualViewer viewer(dir.filePath(QStringLiteral("index.html")));
    viewer.show();
    QCOMPARE(viewer.documentTitle(), QStringLiteral("HubDesk user manual"));
    QVERIFY(viewer.windowTitle().contains(QStringLiteral("HubDesk user manual")));
    const QUrl home = viewer.browser()->source();
    QCOMPARE(home, QUrl::fromLocalFile(dir.filePath(QStringLiteral("index.html"))));

    // An anchor of this page scrolls there and is a step back can undo.
    QCOMPARE(viewer.browser()->verticalScrollBar()->value(), 0);
    viewer.openLink(QUrl(QStringLiteral("#vouchers")));
    QCOMPARE(viewer.browser()->source().fragment(), QStringLiteral("vouchers"));
    QTRY_VERIFY(viewer.browser()->verticalScrollBar()->value() > 0);

    // Another page of the manual opens here, with its own title; Back returns.
    viewer.openLink(QUrl(QStringLiteral("keyboard.html")));
    QCOMPARE(viewer.browser()->source(), QUrl::fromLocalFile(dir.filePath(QStringLiteral("keyboard.html"))));
    QCOMPARE(viewer.documentTitle(), QStringLiteral("Keyboard"));
    QVERIFY(viewer.windowTitle().startsWith(QStringLiteral("Keyboard")));
    QVERIFY(viewer.browser()->isBackwardAvailable());
    viewer.browser()->backward();
    QCOMPARE(viewer.documentTitle(), QStringLiteral("HubDesk user manual"));

    // A web site goes to the browser; the manual stays where it was.
    const QUrl before = viewer.browser()->source();
    QSignalSpy external(&viewer, &ManualViewer::externalLinkRequested);
    viewer.openLink(QUrl(QStringLiteral("https://example.invalid/grant")));
    QCOMPARE(external.size(), 1);
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QStringLiteral("https://example.invalid/grant"))});
    QCOMPARE(viewer.browser()->source(), before);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

    QVERIFY(ManualViewer::isExternal(QUrl(QStringLiteral("mailto:hub@example.invalid"))));
    QVERIFY(!ManualViewer::isExternal(QUrl(QStringLiteral("screenshots/01-dashboard.png"))));
    QVERIFY(!ManualViewer::isExternal(QUrl::fromLocalFile(dir.filePath(QStringLiteral("index.html")))));
}

void TestManualViewer::findsTextInThePage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write(dir.filePath(QStringLiteral("index.html")),
          "<html><body><p>Approve a voucher.</p><p>Pay the voucher.</p></body></html>");
    ManualViewer viewer(dir.filePath(QStringLiteral("index.html")));
    QVERIFY(viewer.findText(QStringLiteral("voucher")));
    const int first = viewer.browser()->textCursor().position();
    QVERIFY(viewer.findText(QStringLiteral("voucher")));
    QVERIFY(viewer.browser()->textCursor().position() > first);
    // At the end it starts from the top again.
    QVERIFY(viewer.findText(QStringLiteral("voucher")));
    QCOMPARE(viewer.browser()->textCursor().position(), first);
    QVERIFY(!viewer.findText(QStringLiteral("fundraising")));
    QVERIFY(!viewer.findText(QString()));
}

void TestManualViewer::everyPictureOfTheManualExists()
{
    const QDir docs(QStringLiteral(HUBDESK_SOURCE_DIR "/docs"));
    QFile file(docs.filePath(QStringLiteral("manual.md")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression picture(QStringLiteral("!\\[[^\\]]*\\]\\(([^)\\s]+)\\)"));
    int count = 0;
    for (auto it = picture.globalMatch(text); it.hasNext();) {
        const QString path = it.next().captured(1);
        QVERIFY2(!path.contains(QLatin1Char(':')) && !QDir::isAbsolutePath(path), qPrintable(path));
        QVERIFY2(QFileInfo(docs.filePath(path)).isFile(), qPrintable(QStringLiteral("docs/%1 is missing").arg(path)));
        ++count;
    }
    QVERIFY2(count >= 10, qPrintable(QStringLiteral("only %1 pictures").arg(count)));
}

void TestManualViewer::htmlBuildHasPicturesAndAnchors()
{
    const QDir built(QStringLiteral(HUBDESK_MANUAL_DIR));
    QFile index(built.filePath(QStringLiteral("index.html")));
    QVERIFY2(index.open(QIODevice::ReadOnly), qPrintable(index.fileName()));
    const QString html = QString::fromUtf8(index.readAll());
    QVERIFY(html.contains(QStringLiteral("<title>HubDesk user manual</title>")));
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    int images = 0;
    for (auto it = image.globalMatch(html); it.hasNext(); ++images) {
        const QString path = it.next().captured(1);
        QVERIFY2(QFileInfo(built.filePath(path)).isFile(), qPrintable(path));
    }
    QVERIFY(images >= 10);
    // Every link to a part of the manual has its anchor.
    static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
    int links = 0;
    for (auto it = link.globalMatch(html); it.hasNext(); ++links) {
        const QString anchor = it.next().captured(1);
        QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(anchor)), qPrintable(anchor));
    }
    QVERIFY(links >= 10);
}

QTEST_MAIN(TestManualViewer)
#include "tst_manualviewer.moc"
