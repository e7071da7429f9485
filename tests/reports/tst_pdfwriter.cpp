// The PDF writer: a report read back from the PDF with poppler's pdftotext has its
// title block, a header row and "Page X of Y" on every page, formatted figures,
// Cyrillic and Greek as letters, and user text printed literally, never as HTML.
#include "reports/chartpainter.h"
#include "reports/pdfreportwriter.h"
#include "reports/reportformat.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

Q_DECLARE_METATYPE(ReportColumn::Type)

namespace {

const QLocale british(QLocale::English, QLocale::UnitedKingdom);
constexpr int longTableRows = 160;

// Runs a poppler tool; a missing tool is a failure (the suite cannot check the PDF
// without it), with the package to install.
bool runTool(const QString &program, const QStringList &arguments, QString *output, QString *error)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        *error = QStringLiteral("%1 is not installed: install Debian's poppler-utils "
                                "(scripts/setup-debian.sh does) to check the PDFs")
                     .arg(program);
        return false;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(QLatin1Char(' ')),
                                                         QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

// pdftotext -layout; non-breaking and thin spaces (grouping in some locales) as spaces.
bool pdfText(const QString &path, QString *text, QString *error)
{
    if (!runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")},
                 text, error))
        return false;
    text->replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return true;
}

bool pdfPages(const QString &path, int *pages, QString *error)
{
    QString info;
    if (!runTool(QStringLiteral("pdfinfo"), {path}, &info, error))
        return false;
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                         QRegularExpression::MultilineOption)
                                          .match(info);
    if (!m.hasMatch()) {
        *error = QStringLiteral("pdfinfo gave no page count:\n") + info;
        return false;
    }
    *pages = m.captured(1).toInt();
    return true;
}

ReportDocument sampleReport()
{
    ReportDocument doc;
    doc.key = QStringLiteral("periodic");
    doc.title = QStringLiteral("Periodic progress report");
    doc.subtitle = QStringLiteral("P1 (2025): 1 Jan 2025 – 31 Dec 2025");
    doc.header = {
        {QStringLiteral("Programme"), QStringLiteral("Медийни иновации")},
        {QStringLiteral("Grant agreement"), QStringLiteral("101070123")},
        {QStringLiteral("Hub"), QStringLiteral("Hub <b>x</b> София")},
        {QStringLiteral("Period"), QStringLiteral("P1 (2025)")},
    };
    doc.currency = QStringLiteral("EUR");
    doc.generatedAt = QDateTime(QDate(2025, 3, 5), QTime(12, 0), Qt::UTC);

    doc.blocks.append(ReportBlock::heading(QStringLiteral("Обобщение на периода")));
    doc.blocks.append(ReportBlock::paragraph(QStringLiteral("Καινοτομία στα μέσα ενημέρωσης. A stakeholder named <b>x</b> "
                                                            "and <img src=\"x\"> print as typed.")));
    doc.blocks.append(ReportBlock::pairs({{QStringLiteral("Startups active"), QStringLiteral("42")},
                                          {QStringLiteral("<img src=\"x\">"), QStringLiteral("<a href=\"http://x\">link</a>")}}));

    ReportChart bars;
    bars.key = QStringLiteral("hours_by_service");
    bars.title = QStringLiteral("Hours by service");
    bars.labels = {QStringLiteral("Pitching"), QStringLiteral("Юридически консултации"), QStringLiteral("<b>x</b>")};
    bars.values = {12.5, 30, 4};
    bars.unit = QStringLiteral("h");
    doc.blocks.append(ReportBlock::of(bars));

    ReportChart pie;
    pie.key = QStringLiteral("kinds");
    pie.title = QStringLiteral("Stakeholders by kind");
    pie.kind = ReportChart::Kind::Pie;
    pie.labels = {QStringLiteral("Corporations"), QStringLiteral("Университети"), QStringLiteral("Investors")};
    pie.values = {10, 5, 3};
    doc.blocks.append(ReportBlock::of(pie));

    doc.blocks.append(ReportBlock::pageBreak());
    doc.blocks.append(ReportBlock::heading(QStringLiteral("Vouchers"), 2));

    ReportTable table;
    table.key = QStringLiteral("vouchers");
    table.title = QStringLiteral("Travel vouchers");
    table.columns = {{QStringLiteral("Получател"), ReportColumn::Type::Text},
                     {QStringLiteral("Approved"), ReportColumn::Type::Date},
                     {QStringLiteral("Sessions"), ReportColumn::Type::Integer},
                     {QStringLiteral("Hours"), ReportColumn::Type::Hours},
                     {QStringLiteral("Share"), ReportColumn::Type::Percent},
                     {QStringLiteral("Amount"), ReportColumn::Type::Money}};
    for (int i = 0; i < longTableRows; ++i) {
        table.rows.append({QStringLiteral("Стартъп %1").arg(i, 3, 10, QLatin1Char('0')), QDate(2025, 3, 5).addDays(i),
                           qint64(i), 1.5 * i, i / 200.0, qint64(123450 + i * 100)});
    }
    table.rows[7][0] = QStringLiteral("<img src=\"/etc/passwd\">");
    table.totals = {QStringLiteral("Total"), QVariant(), qint64(12720), 19080.0, QVariant(), qint64(21024000)};
    table.note = QStringLiteral("Amounts approved in the period.");
    doc.blocks.append(ReportBlock::of(table));

    // Fourteen columns of amounts: too wide for A4 at the usual size.
    ReportTable wide;
    wide.key = QStringLiteral("wide");
    wide.title = QStringLiteral("Wide table");
    for (int c = 1; c <= 14; ++c)
        wide.columns.append({QStringLiteral("Col%1").arg(c), ReportColumn::Type::Money});
    QVariantList row;
    for (int c = 1; c <= 14; ++c)
        row.append(qint64(9876543) + c);
    wide.rows.append(row);
    doc.blocks.append(ReportBlock::of(wide));
    return doc;
}

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void format_cells_data();
    void format_cells();
    void format_shortDate_hasFourDigitYears_data();
    void format_shortDate_hasFourDigitYears();

    void chart_barsAndPie_drawSomething();

    void pdf_hasTitleBlockAndHeaderValues();
    void pdf_numbersEveryPageOfAll();
    void pdf_printsUserTextLiterally();
    void pdf_keepsCyrillicAndGreekLetters();
    void pdf_repeatsTheTableHeaderOnEveryPage();
    void pdf_formatsMoneyDatesAndTotals();
    void pdf_splitsAWideTableIntoParts();
    void pdf_embedsTheCharts();
    void paint_onAPdfWriter_givesTheSamePages();
    void write_toAMissingFolder_failsAndLeavesNoFile();
    void write_ontoAFolder_failsAndLeavesNoFile();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_text;
    QStringList m_pages;
    int m_pageCount = 0;
};

void TestPdfWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("report.pdf"));
    const Error e = PdfReportWriter::write(sampleReport(), m_path, british);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(QFile::exists(m_path));
    // HUBDESK_TEST_OUTPUT keeps the PDF for a look at the pages.
    const QString keep = qEnvironmentVariable("HUBDESK_TEST_OUTPUT");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(QStringLiteral("tst_pdfwriter.pdf")));
        QFile::copy(m_path, QDir(keep).filePath(QStringLiteral("tst_pdfwriter.pdf")));
    }

    QString error;
    QVERIFY2(pdfText(m_path, &m_text, &error), qPrintable(error));
    QVERIFY2(pdfPages(m_path, &m_pageCount, &error), qPrintable(error));
    m_pages = m_text.split(QLatin1Char('\f'));
    if (!m_pages.isEmpty() && m_pages.last().trimmed().isEmpty())
        m_pages.removeLast();
}

void TestPdfWriter::format_cells_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<ReportColumn::Type>("type");
    QTest::addColumn<QString>("expected");

    using T = ReportColumn::Type;
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("money") << british << QVariant(qint64(123456)) << T::Money << "1,234.56 EUR";
    QTest::newRow("money, German") << german << QVariant(qint64(123456)) << T::Money << "1.234,56 EUR";
    QTest::newRow("money, negative") << british << QVariant(qint64(-5)) << T::Money << "-0.05 EUR";
    QTest::newRow("integer") << british << QVariant(qint64(1234567)) << T::Integer << "1,234,567";
    QTest::newRow("decimal") << british << QVariant(2.5) << T::Decimal << "2.50";
    QTest::newRow("percent") << british << QVariant(0.25) << T::Percent << "25.0%";
    QTest::newRow("hours") << british << QVariant(12.5) << T::Hours << "12.5 h";
    QTest::newRow("date") << british << QVariant(QDate(2025, 3, 5)) << T::Date << "05/03/2025";
    QTest::newRow("date, ISO text") << british << QVariant(QStringLiteral("2025-03-05")) << T::Date << "05/03/2025";
    QTest::newRow("text as is") << british << QVariant(QStringLiteral("<b>x</b>")) << T::Text << "<b>x</b>";
    QTest::newRow("null") << british << QVariant() << T::Money << "";
    QTest::newRow("a dash in a number column") << british << QVariant(QStringLiteral("—")) << T::Integer << "—";
}

void TestPdfWriter::format_cells()
{
    QFETCH(QLocale, locale);
    QFETCH(QVariant, value);
    QFETCH(ReportColumn::Type, type);
    QFETCH(QString, expected);
    QCOMPARE(ReportFormat(QStringLiteral("EUR"), locale).cell(value, type), expected);
}

void TestPdfWriter::format_shortDate_hasFourDigitYears_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "3/5/2025";
    QTest::newRow("en_GB") << british << "05/03/2025";
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << "05.03.2025";
    QTest::newRow("bg_BG (quoted text kept)") << QLocale(QLocale::Bulgarian, QLocale::Bulgaria) << "5.03.2025 г.";
    QTest::newRow("el_GR") << QLocale(QLocale::Greek, QLocale::Greece) << "5/3/2025";
    QTest::newRow("ko_KR") << QLocale(QLocale::Korean, QLocale::SouthKorea) << "2025. 3. 5.";
}

void TestPdfWriter::format_shortDate_hasFourDigitYears()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(ReportFormat(QString(), locale).date(QDate(2025, 3, 5)), expected);
}

void TestPdfWriter::chart_barsAndPie_drawSomething()
{
    ReportChart chart;
    chart.labels = {QStringLiteral("a"), QStringLiteral("b")};
    chart.values = {3, 1};
    const ChartPainter painter(british);
    for (ReportChart::Kind kind : {ReportChart::Kind::Bars, ReportChart::Kind::Pie}) {
        chart.kind = kind;
        const QImage image = painter.image(chart, 600, 2);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (painter.size(chart, 600) * 2).toSize());
        // The first palette colour (bars, the largest slice) is painted somewhere.
        int first = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                first += image.pixelColor(x, y) == ChartPainter::colour(0);
        }
        QVERIFY2(first > 100, qPrintable(QStringLiteral("kind %1: %2 pixels").arg(int(kind)).arg(first)));
    }
    // Neighbouring colours differ in grey, so slices stay apart in a grey print.
    for (int i = 0; i + 1 < ChartPainter::maxSlices; ++i)
        QVERIFY(qAbs(qGray(ChartPainter::colour(i).rgb()) - qGray(ChartPainter::colour(i + 1).rgb())) > 40);
}

void TestPdfWriter::pdf_hasTitleBlockAndHeaderValues()
{
    const QString first = m_pages.value(0);
    QVERIFY(first.contains(QStringLiteral("Periodic progress report")));
    QVERIFY(first.contains(QStringLiteral("P1 (2025): 1 Jan 2025 – 31 Dec 2025")));
    QVERIFY(first.contains(QStringLiteral("Медийни иновации")));
    QVERIFY(first.contains(QStringLiteral("101070123")));
    QVERIFY(first.contains(QStringLiteral("Hub <b>x</b> София")));
    QVERIFY(first.contains(QStringLiteral("Grant agreement")));
    // The generation time in the locale's format, and the date again in every footer.
    QVERIFY2(first.contains(QStringLiteral("05/03/2025")), qPrintable(first));
    for (int i = 0; i < m_pages.size(); ++i) {
        QVERIFY2(m_pages.at(i).contains(QStringLiteral("Generated 05/03/2025")), qPrintable(QString::number(i + 1)));
        // The running header: programme and report.
        QVERIFY(m_pages.at(i).contains(QStringLiteral("Медийни иновации")));
        QVERIFY(m_pages.at(i).contains(QStringLiteral("Periodic progress report")));
    }
}

void TestPdfWriter::pdf_numbersEveryPageOfAll()
{
    QVERIFY2(m_pageCount >= 3, qPrintable(QString::number(m_pageCount)));
    QCOMPARE(m_pages.size(), m_pageCount);
    for (int i = 0; i < m_pageCount; ++i) {
        const QString expected = QStringLiteral("Page %1 of %2").arg(i + 1).arg(m_pageCount);
        QVERIFY2(m_pages.at(i).contains(expected), qPrintable(expected));
    }
}

void TestPdfWriter::pdf_printsUserTextLiterally()
{
    QVERIFY(m_text.contains(QStringLiteral("named <b>x</b> and <img src=\"x\"> print as")));
    QVERIFY(m_text.contains(QStringLiteral("<img src=\"/etc/passwd\">")));
    QVERIFY(m_text.contains(QStringLiteral("<a href=\"http://x\">link</a>")));
}

void TestPdfWriter::pdf_keepsCyrillicAndGreekLetters()
{
    QVERIFY(m_text.contains(QStringLiteral("Обобщение на периода")));
    QVERIFY(m_text.contains(QStringLiteral("Καινοτομία στα μέσα ενημέρωσης")));
    QVERIFY(m_text.contains(QStringLiteral("Стартъп 042")));
}

void TestPdfWriter::pdf_repeatsTheTableHeaderOnEveryPage()
{
    const QRegularExpression row(QStringLiteral("Стартъп \\d{3}"));
    QList<int> spanned;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).contains(row))
            spanned.append(i + 1);
    }
    QVERIFY2(spanned.size() >= 2, qPrintable(QString::number(spanned.size())));
    for (int page : spanned) {
        const QString text = m_pages.at(page - 1);
        for (const char *title : {"Получател", "Approved", "Sessions", "Amount"})
            QVERIFY2(text.contains(QString::fromUtf8(title)),
                     qPrintable(QStringLiteral("page %1 lacks %2").arg(page).arg(QString::fromUtf8(title))));
    }
    // Every row is there once: none lost between pages.
    for (int i = 0; i < longTableRows; ++i) {
        if (i == 7)
            continue;
        QCOMPARE(m_text.count(QStringLiteral("Стартъп %1").arg(i, 3, 10, QLatin1Char('0'))), 1);
    }
}

void TestPdfWriter::pdf_formatsMoneyDatesAndTotals()
{
    QVERIFY(m_text.contains(QStringLiteral("1,234.50 EUR")));
    QVERIFY(m_text.contains(QStringLiteral("1,393.50 EUR"))); // the last row
    QVERIFY(m_text.contains(QStringLiteral("210,240.00 EUR"))); // the total
    QVERIFY(m_text.contains(QStringLiteral("12,720")));
    QVERIFY(m_text.contains(QStringLiteral("06/03/2025")));
    QVERIFY(m_text.contains(QStringLiteral("11/08/2025"))); // 5 March + 159 days
    QVERIFY(m_text.contains(QStringLiteral("238.5 h")));
    QVERIFY(m_text.contains(QStringLiteral("79.5%")));
    QVERIFY(m_text.contains(QStringLiteral("Amounts approved in the period.")));
    // The totals row is the last row of the table, after the last startup.
    const QRegularExpression totals(QStringLiteral("Стартъп 159[^\\n]*\\n(\\s*\\n)*\\s*Total\\s+12,720"));
    QVERIFY2(m_text.contains(totals), qPrintable(m_text.right(3000)));
}

void TestPdfWriter::pdf_splitsAWideTableIntoParts()
{
    // Fourteen amounts do not fit A4 even in small print: the table is printed in
    // parts, each repeating the first column, and every column with its value is there.
    for (int c = 1; c <= 14; ++c) {
        QVERIFY2(m_text.contains(QStringLiteral("Col%1 ").arg(c)) || m_text.contains(QStringLiteral("Col%1\n").arg(c)),
                 qPrintable(QString::number(c)));
        QVERIFY2(m_text.contains(QStringLiteral("98,765.%1 EUR").arg(43 + c, 2, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(c)));
    }
    QVERIFY(m_text.contains(QStringLiteral("Wide table (continued, part 2 of ")));
    // The first column heads every part; the others are printed once each.
    const int parts = m_text.count(QRegularExpression(QStringLiteral("\\bCol1\\b")));
    QVERIFY2(parts >= 2, qPrintable(QString::number(parts)));
    QCOMPARE(m_text.count(QStringLiteral("98,765.44 EUR")), parts);
    for (int c = 2; c <= 14; ++c)
        QCOMPARE(m_text.count(QStringLiteral("98,765.%1 EUR").arg(43 + c, 2, 10, QLatin1Char('0'))), 1);
}

void TestPdfWriter::pdf_embedsTheCharts()
{
    QString list;
    QString error;
    QVERIFY2(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_path}, &list, &error), qPrintable(error));
    // Two header lines, then one line per image.
    const QStringList lines = list.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size() - 2, 2);
    QVERIFY(m_text.contains(QStringLiteral("Hours by service")));
    QVERIFY(m_text.contains(QStringLiteral("Stakeholders by kind")));
}

void TestPdfWriter::paint_onAPdfWriter_givesTheSamePages()
{
    const QString path = m_dir.filePath(QStringLiteral("painted.pdf"));
    {
        QPdfWriter writer(path); // the writer's own defaults: A4, 1200 dpi, its own margins
        PdfReportWriter::paint(sampleReport(), &writer, british);
    }
    int pages = 0;
    QString error;
    QVERIFY2(pdfPages(path, &pages, &error), qPrintable(error));
    QCOMPARE(pages, m_pageCount);
    QString text;
    QVERIFY2(pdfText(path, &text, &error), qPrintable(error));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("<img src=\"/etc/passwd\">")));
}

void TestPdfWriter::write_toAMissingFolder_failsAndLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no such folder/report.pdf"));
    const Error e = PdfReportWriter::write(sampleReport(), path, british);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QStringLiteral("no such folder")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("report.pdf")), qPrintable(e.message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no such folder"))));
}

void TestPdfWriter::write_ontoAFolder_failsAndLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("taken.pdf"));
    QVERIFY(QDir().mkdir(path));
    const Error e = PdfReportWriter::write(sampleReport(), path, british);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QStringLiteral("taken.pdf")), qPrintable(e.message));
    QVERIFY(QFileInfo(path).isDir());
    // No temporary file is left beside it either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("taken.pdf")});
}

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
