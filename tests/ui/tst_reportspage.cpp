// The Reports page driven as a user drives it: choose a report and its dates, make it
// (beside the window), see it in the preview, export it; wrong choices are named.
#include "../../ui/reportspage.h"
#include "demo/demodata.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

class TestReportsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongDates_areNamed();
    void unknownStartup_isNamed();
    void periodic_isMadeAndPreviewed();
    void exports_writeEveryFormat();
    void export_toAMissingFolder_failsAndSaysWhere();
    void changedChoices_refuseToExportTheOldReport();
    void profile_ofOneStartup();

private:
    bool make(); // generate() and wait for it
    bool exportAndWait(ReportsPage::Format format, const QString &path, QString *message);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ReportsPage *m_page = nullptr;
};

void TestReportsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = test::fileDatabase(m_dir.filePath(QStringLiteral("reports.hubdesk")));
    QVERIFY(!DemoData::generate(*m_db, {}, nullptr));
    m_page = new ReportsPage(*m_db);
    m_page->resize(1000, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestReportsPage::cleanupTestCase()
{
    delete m_page;
}

bool TestReportsPage::make()
{
    QSignalSpy spy(m_page, &ReportsPage::generated);
    m_page->generate();
    if (spy.isEmpty() && !spy.wait(60000))
        return false;
    return spy.constFirst().constFirst().toBool();
}

bool TestReportsPage::exportAndWait(ReportsPage::Format format, const QString &path, QString *message)
{
    QSignalSpy spy(m_page, &ReportsPage::exported);
    m_page->exportTo(format, path);
    if (spy.isEmpty() && !spy.wait(60000))
        return false;
    *message = spy.constFirst().at(1).toString();
    return spy.constFirst().constFirst().toBool();
}

void TestReportsPage::wrongDates_areNamed()
{
    m_page->setKind(ReportRequest::Kind::Periodic);
    m_page->setRange(QDate(2025, 6, 30), QDate(2025, 1, 1));
    QString problem;
    m_page->request(&problem);
    QVERIFY2(problem.contains(QLatin1String("before")), qPrintable(problem));
    QVERIFY(m_page->statusText().contains(QLatin1String("before")));
    QVERIFY(!make());
    QVERIFY(m_page->document().key.isEmpty());
}

void TestReportsPage::unknownStartup_isNamed()
{
    m_page->setKind(ReportRequest::Kind::Profile);
    m_page->setPeriod(QStringLiteral("P1 (2025)"));
    auto *editor = m_page->findChild<QLineEdit *>();
    QVERIFY(editor);
    // The startup's field is the first line editor of the page that is visible for a profile.
    const QList<QLineEdit *> editors = m_page->findChildren<QLineEdit *>();
    QLineEdit *startup = nullptr;
    for (QLineEdit *e : editors) {
        if (e->isVisible() && e->placeholderText().contains(QLatin1String("Every startup")))
            startup = e;
    }
    QVERIFY(startup);
    QTest::keyClicks(startup, QStringLiteral("No such startup zz"));
    QString problem;
    m_page->request(&problem);
    QVERIFY2(problem.contains(QLatin1String("No such startup zz")), qPrintable(problem));
    startup->clear();
    QTest::keyClick(startup, Qt::Key_Backspace);
    m_page->request(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestReportsPage::periodic_isMadeAndPreviewed()
{
    m_page->setKind(ReportRequest::Kind::Periodic);
    m_page->setPeriod(QStringLiteral("P1 (2025)"));
    QString problem;
    const ReportRequest r = m_page->request(&problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(r.rangeName, QStringLiteral("P1 (2025)"));
    QVERIFY(make());
    QCOMPARE(m_page->document().key, QStringLiteral("periodic"));
    QVERIFY(m_page->document().subtitle.startsWith(QLatin1String("P1 (2025)")));
    QVERIFY(!m_page->document().tables().isEmpty());
    QVERIFY2(m_page->previewPages() >= 3, qPrintable(QString::number(m_page->previewPages())));
    QVERIFY2(m_page->statusText().contains(QStringLiteral("%1 pages").arg(m_page->previewPages())),
             qPrintable(m_page->statusText()));
}

void TestReportsPage::exports_writeEveryFormat()
{
    m_page->setKind(ReportRequest::Kind::Fstp);
    m_page->setPeriod(QStringLiteral("P1 (2025)"));
    QVERIFY(make());
    QString message;
    const QString pdf = m_dir.filePath(QStringLiteral("fstp")); // the suffix is added
    QVERIFY2(exportAndWait(ReportsPage::Format::Pdf, pdf, &message), qPrintable(message));
    QFile file(pdf + QStringLiteral(".pdf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY(message.contains(QLatin1String("fstp.pdf")));

    const QString xlsx = m_dir.filePath(QStringLiteral("fstp.xlsx"));
    QVERIFY2(exportAndWait(ReportsPage::Format::Xlsx, xlsx, &message), qPrintable(message));
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK"));

    const QString csv = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(csv));
    QVERIFY2(exportAndWait(ReportsPage::Format::Csv, csv, &message), qPrintable(message));
    QVERIFY2(QDir(csv).entryList({QStringLiteral("*.csv")}).size() >= 2,
             qPrintable(QDir(csv).entryList().join(QLatin1Char(' '))));
}

void TestReportsPage::export_toAMissingFolder_failsAndSaysWhere()
{
    QVERIFY(make());
    QString message;
    const QString pdf = m_dir.filePath(QStringLiteral("gone/report.pdf"));
    QVERIFY(!exportAndWait(ReportsPage::Format::Pdf, pdf, &message));
    QVERIFY2(message.contains(QLatin1String("gone")), qPrintable(message));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!exportAndWait(ReportsPage::Format::Csv, m_dir.filePath(QStringLiteral("nothere")), &message));
    QVERIFY2(message.contains(QLatin1String("nothere")), qPrintable(message));
    // The page still works after the failure.
    QVERIFY(!m_page->isBusy());
    QVERIFY2(exportAndWait(ReportsPage::Format::Pdf, m_dir.filePath(QStringLiteral("again.pdf")), &message),
             qPrintable(message));
}

void TestReportsPage::changedChoices_refuseToExportTheOldReport()
{
    m_page->setKind(ReportRequest::Kind::Periodic);
    m_page->setPeriod(QStringLiteral("P1 (2025)"));
    QVERIFY(make());
    m_page->setRange(QDate(2025, 1, 1), QDate(2025, 3, 31));
    QString message;
    const QString pdf = m_dir.filePath(QStringLiteral("old.pdf"));
    QVERIFY(!exportAndWait(ReportsPage::Format::Pdf, pdf, &message));
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(make());
    QVERIFY(m_page->document().subtitle.contains(QLatin1String("2025")));
    QVERIFY(!m_page->document().subtitle.startsWith(QLatin1String("P1")));
}

void TestReportsPage::profile_ofOneStartup()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT s.id, o.name FROM startups s JOIN organisations o ON o.id = s.organisation_id "
                                  "WHERE s.deleted_batch IS NULL ORDER BY s.id LIMIT 1")));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    m_page->setKind(ReportRequest::Kind::Profile);
    m_page->setPeriod(QStringLiteral("P2 (2026)"));
    m_page->setStartup(id);
    QVERIFY(make());
    QCOMPARE(m_page->document().key, QStringLiteral("profile"));
    QCOMPARE(m_page->document().blocks.constFirst().kind, ReportBlock::Kind::Heading);
    QCOMPARE(m_page->document().blocks.constFirst().text, name);
    int headings = 0;
    for (const ReportBlock &b : m_page->document().blocks)
        headings += b.kind == ReportBlock::Kind::Heading && b.level == 1;
    QCOMPARE(headings, 1);
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
