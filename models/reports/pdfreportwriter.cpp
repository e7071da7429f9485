#include "pdfreportwriter.h"

#include "chartpainter.h"
#include "reportformat.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <numeric>
#include <cmath>

namespace hubdesk {

namespace {

// The report's margins from the paper's edge, in millimetres; the running header and
// footer sit inside them, above and below the body.
constexpr qreal marginLeftMm = 20;
constexpr qreal marginRightMm = 18;
constexpr qreal marginTopMm = 12;
constexpr qreal marginBottomMm = 12;
constexpr qreal headerBandMm = 11; // header line, rule and the gap to the body
constexpr qreal footerBandMm = 10;

constexpr qreal bodyPt = 9.5;
constexpr qreal tablePt = 8.5;
constexpr qreal minTablePt = 6.0;  // smaller than this is hard to read on paper; wider tables are split
constexpr qreal cellPaddingPx = 3; // HTML pixels (1/96 inch), scaled to the device by the layout
constexpr qreal chartPixelRatio = 300.0 / 96.0;
constexpr qreal maxChartWidthMm = 160;
constexpr int measuredRows = 2000; // enough rows to see how wide a column gets

QString fontFamily()
{
    // DejaVu Sans has Latin, Cyrillic and Greek, so Bulgarian and Greek names print as
    // letters rather than boxes; fontconfig substitutes a near font where it is missing.
    return QStringLiteral("DejaVu Sans");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString escLines(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString number(qreal value)
{
    return QString::number(value, 'f', 2);
}

QString pageText(int page, int pages)
{
    return QCoreApplication::translate("Reports", "Page %1 of %2").arg(page).arg(pages);
}

// The body of every page and the band of the header and footer, in the painter's
// coordinates on the device (which start inside the device's own margins, if any).
QRectF contentRect(QPagedPaintDevice *device)
{
    const qreal dpmmX = device->logicalDpiX() / 25.4;
    const qreal dpmmY = device->logicalDpiY() / 25.4;
    const QPageLayout layout = device->pageLayout();
    QMarginsF have(0, 0, 0, 0);
    // A printer that is not in full-page mode (and QPdfWriter) paints inside its margins:
    // the report's margins are counted from the paper's edge, so only the rest is added.
    if (device->width() < layout.fullRect(QPageLayout::Millimeter).width() * dpmmX - 1)
        have = layout.margins(QPageLayout::Millimeter);
    const qreal left = std::max<qreal>(0, marginLeftMm - have.left()) * dpmmX;
    const qreal right = std::max<qreal>(0, marginRightMm - have.right()) * dpmmX;
    const qreal top = std::max<qreal>(0, marginTopMm - have.top()) * dpmmY;
    const qreal bottom = std::max<qreal>(0, marginBottomMm - have.bottom()) * dpmmY;
    return QRectF(left, top, device->width() - left - right, device->height() - top - bottom);
}

QRectF bodyRect(QPagedPaintDevice *device)
{
    const qreal dpmmY = device->logicalDpiY() / 25.4;
    return contentRect(device).adjusted(0, headerBandMm * dpmmY, 0, -footerBandMm * dpmmY);
}

// The widest a word of \a text gets: text cells may wrap between words, never inside one.
qreal longestWord(const QFontMetricsF &metrics, const QString &text)
{
    qreal widest = 0;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        widest = std::max(widest, metrics.horizontalAdvance(w));
    return widest;
}

// How wide each column of \a table is at \a points (device units): \a least is its widest
// number or date (never wrapped) or its longest word (text wraps between words only);
// \a natural the width of its longest text on one line.
struct ColumnWidths
{
    QList<qreal> least;
    QList<qreal> natural;
};

ColumnWidths columnWidths(const ReportTable &table, const ReportFormat &format, QPaintDevice *device, qreal points)
{
    QFont font(fontFamily());
    font.setPointSizeF(points);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font, device);
    const QFontMetricsF boldMetrics(bold, device);
    const qreal padding = 2 * cellPaddingPx * device->logicalDpiX() / 96.0 + 2;

    ColumnWidths widths;
    for (int c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &column = table.columns.at(c);
        const bool numeric = ReportFormat::isNumeric(column.type) || column.type == ReportColumn::Type::Date;
        qreal least = longestWord(boldMetrics, column.title);
        qreal natural = boldMetrics.horizontalAdvance(column.title);
        auto measure = [&](const QVariantList &row, const QFontMetricsF &m) {
            if (c >= row.size())
                return;
            const QString text = format.cell(row.at(c), column.type);
            const qreal whole = m.horizontalAdvance(text);
            least = std::max(least, numeric ? whole : longestWord(m, text));
            natural = std::max(natural, whole);
        };
        const qsizetype rows = std::min<qsizetype>(table.rows.size(), measuredRows);
        for (qsizetype r = 0; r < rows; ++r)
            measure(table.rows.at(r), metrics);
        measure(table.totals, boldMetrics);
        widths.least.append(least + padding);
        widths.natural.append(std::max(least, natural) + padding);
    }
    return widths;
}

qreal sum(const QList<qreal> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), qreal(0));
}

// The font size of a table: its usual size, or smaller when its columns need more than
// the page's width, down to the smallest size that is still readable on paper.
qreal tableFontPoints(const ReportTable &table, const ReportFormat &format, QPaintDevice *device,
                      qreal bodyWidth)
{
    // Padding does not shrink with the text, so each size is measured, a quarter point apart.
    qreal points = tablePt;
    while (points > minTablePt && sum(columnWidths(table, format, device, points).least) > bodyWidth)
        points -= 0.25;
    return std::max(points, minTablePt);
}

// The share of the page's width (percent) each column gets: every column at least its
// least width; the room left goes to the columns whose text would otherwise wrap, in
// proportion to what they lack, and what is still left to all columns alike. Given to
// the layout as fixed widths, so that it never breaks a word or a number.
QList<qreal> columnPercents(const ColumnWidths &widths, qreal bodyWidth)
{
    QList<qreal> result = widths.least;
    qreal room = bodyWidth - sum(result);
    qreal lacking = 0;
    for (int c = 0; c < result.size(); ++c)
        lacking += widths.natural.at(c) - widths.least.at(c);
    if (room > 0 && lacking > 0) {
        const qreal share = std::min<qreal>(1, room / lacking);
        for (int c = 0; c < result.size(); ++c)
            result[c] += (widths.natural.at(c) - widths.least.at(c)) * share;
    }
    const qreal total = sum(result);
    for (qreal &w : result)
        w = 100.0 * w / std::max(total, bodyWidth * 0.999);
    // What is left (a narrow table) goes to every column alike, so the table spans the page.
    const qreal left = 100.0 - sum(result);
    for (qreal &w : result)
        w += left / result.size();
    return result;
}

// A table too wide for the page even at the smallest size is printed as several tables
// one after the other, each with as many columns as fit: the first column (the name of
// the row) is repeated in every part, so every figure can still be read against its row.
QList<ReportTable> splitByColumns(const ReportTable &table, const ReportFormat &format, QPaintDevice *device,
                                  qreal points, qreal bodyWidth)
{
    const QList<qreal> widths = columnWidths(table, format, device, points).least;
    if (table.columns.size() < 3 || sum(widths) <= bodyWidth)
        return {table};

    QList<QList<int>> groups;
    QList<int> current{0};
    qreal used = widths.at(0);
    for (int c = 1; c < table.columns.size(); ++c) {
        if (current.size() > 1 && used + widths.at(c) > bodyWidth) {
            groups.append(current);
            current = {0};
            used = widths.at(0);
        }
        current.append(c);
        used += widths.at(c);
    }
    groups.append(current);

    auto pick = [](const QVariantList &values, const QList<int> &columns) {
        QVariantList picked;
        if (values.isEmpty())
            return picked;
        for (int c : columns)
            picked.append(c < values.size() ? values.at(c) : QVariant());
        return picked;
    };
    QList<ReportTable> parts;
    for (int g = 0; g < groups.size(); ++g) {
        const QList<int> &columns = groups.at(g);
        ReportTable part;
        part.key = table.key;
        if (g == 0)
            part.title = table.title;
        else if (table.title.isEmpty())
            part.title = QCoreApplication::translate("Reports", "Continued, part %1 of %2").arg(g + 1).arg(groups.size());
        else
            part.title = QCoreApplication::translate("Reports", "%1 (continued, part %2 of %3)")
                             .arg(table.title)
                             .arg(g + 1)
                             .arg(groups.size());
        for (int c : columns)
            part.columns.append(table.columns.at(c));
        for (const QVariantList &row : table.rows)
            part.rows.append(pick(row, columns));
        part.totals = pick(table.totals, columns);
        if (g + 1 == groups.size())
            part.note = table.note;
        parts.append(part);
    }
    return parts;
}

QString paragraphStyle(const QString &extra, const QString &pageBreak)
{
    return QStringLiteral(" style=\"%1%2\"").arg(extra, pageBreak);
}

QString titleBlock(const ReportDocument &report, const ReportFormat &format)
{
    QString html;
    html += QStringLiteral("<p style=\"font-size:18pt; font-weight:bold; margin-top:0; margin-bottom:4px\">%1</p>")
                .arg(esc(report.title));
    if (!report.subtitle.isEmpty())
        html += QStringLiteral("<p style=\"font-size:12pt; color:#333333; margin-top:0; margin-bottom:11px\">%1</p>")
                    .arg(esc(report.subtitle));

    QList<QPair<QString, QString>> pairs = report.header;
    // The generation time, in the reader's locale, unless the builder listed it already.
    const QString generated = format.dateTime(report.generatedAt);
    const QString generatedDay = format.date(report.generatedAt.toLocalTime().date());
    const bool listed = std::any_of(pairs.cbegin(), pairs.cend(), [&](const auto &p) {
        return !generatedDay.isEmpty() && p.second.contains(generatedDay);
    });
    if (!generated.isEmpty() && !listed)
        pairs.append({QCoreApplication::translate("Reports", "Generated"), generated});

    if (!pairs.isEmpty()) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" style=\"margin-bottom:8px\">");
        for (const auto &p : pairs)
            html += QStringLiteral("<tr><td width=\"30%\" style=\"color:#444444\">%1</td><td>%2</td></tr>")
                        .arg(escLines(p.first), escLines(p.second));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<hr/>");
    return html;
}

QString keyValuesHtml(const QList<QPair<QString, QString>> &pairs, const QString &pageBreak)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\""
                                  " style=\"margin-top:3px; margin-bottom:11px;%1\">")
                       .arg(pageBreak);
    for (const auto &p : pairs)
        html += QStringLiteral("<tr><td width=\"40%\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(escLines(p.first), escLines(p.second));
    html += QStringLiteral("</table>");
    return html;
}

QString cellHtml(const QString &text, bool numeric, bool bold, const QString &background)
{
    QString html = QStringLiteral("<td");
    if (!background.isEmpty())
        html += QStringLiteral(" bgcolor=\"%1\"").arg(background);
    if (numeric)
        html += QStringLiteral(" align=\"right\" style=\"white-space:nowrap\"");
    html += QLatin1Char('>');
    const QString content = escLines(text);
    html += bold ? QStringLiteral("<b>%1</b>").arg(content) : content;
    html += QStringLiteral("</td>");
    return html;
}

QString tableHtml(const ReportTable &table, const ReportFormat &format, qreal fontPoints,
                  const QList<qreal> &percents, const QString &pageBreak)
{
    QString html;
    QString tableBreak = pageBreak;
    if (!table.title.isEmpty()) {
        html += QStringLiteral("<p%1><b>%2</b></p>")
                    .arg(paragraphStyle(QStringLiteral("font-size:10pt; margin-top:11px; margin-bottom:5px;"),
                                        pageBreak),
                         esc(table.title));
        tableBreak.clear();
    }
    html += QStringLiteral("<table width=\"100%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"%1\""
                           " style=\"border-collapse:collapse; border-color:#8c8c8c; border-style:solid;"
                           " font-size:%2pt;%3\">")
                .arg(number(cellPaddingPx), number(fontPoints), tableBreak);

    // <thead> becomes the table's header row count: the layout repeats it on every page.
    html += QStringLiteral("<thead><tr>");
    for (int i = 0; i < table.columns.size(); ++i) {
        const ReportColumn &c = table.columns.at(i);
        const bool numeric = ReportFormat::isNumeric(c.type);
        html += QStringLiteral("<th bgcolor=\"#dedede\" align=\"%1\" width=\"%2%\">%3</th>")
                    .arg(numeric ? QStringLiteral("right") : QStringLiteral("left"), number(percents.value(i)),
                         escLines(c.title));
    }
    html += QStringLiteral("</tr></thead>");

    auto row = [&](const QVariantList &values, bool bold, const QString &background) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < table.columns.size(); ++c) {
            const ReportColumn &column = table.columns.at(c);
            const QString text = c < values.size() ? format.cell(values.at(c), column.type) : QString();
            html += cellHtml(text, ReportFormat::isNumeric(column.type), bold, background);
        }
        html += QStringLiteral("</tr>");
    };
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        row(table.rows.at(r), false, r % 2 ? QStringLiteral("#f3f3f3") : QString());
    if (!table.totals.isEmpty())
        row(table.totals, true, QStringLiteral("#dedede"));
    html += QStringLiteral("</table>");

    if (!table.note.isEmpty())
        html += QStringLiteral("<p style=\"font-size:7.5pt; color:#444444; margin-top:4px; margin-bottom:11px\">%1</p>")
                    .arg(escLines(table.note));
    else
        html += QStringLiteral("<p style=\"font-size:4pt; margin:0\"></p>");
    return html;
}

QString chartHtml(QTextDocument *doc, int index, const ReportChart &chart, const ReportFormat &format,
                  qreal widthPx, const QString &pageBreak)
{
    QString html;
    QString imageBreak = pageBreak;
    if (!chart.title.isEmpty()) {
        html += QStringLiteral("<p%1><b>%2</b></p>")
                    .arg(paragraphStyle(QStringLiteral("font-size:10pt; margin-top:11px; margin-bottom:5px;"),
                                        pageBreak),
                         esc(chart.title));
        imageBreak.clear();
    }
    const ChartPainter painter(format.locale());
    const QImage image = painter.image(chart, widthPx, chartPixelRatio);
    const QSizeF size = painter.size(chart, widthPx);
    // The name of the resource is ours, never the chart's key: nothing from the report
    // becomes a URL the document could try to load.
    const QUrl url(QStringLiteral("hubdesk-chart:%1").arg(index));
    doc->addResource(QTextDocument::ImageResource, url, QVariant(image));
    html += QStringLiteral("<p align=\"center\"%1><img src=\"%2\" width=\"%3\" height=\"%4\"/></p>")
                .arg(paragraphStyle(QStringLiteral("margin-bottom:11px;"), imageBreak), url.toString())
                .arg(qRound(size.width()))
                .arg(qRound(size.height()));
    return html;
}

// Builds the report's body for pages of \a body (device units) on \a device; returns
// the HTML it was built from.
QString buildDocument(QTextDocument *doc, const ReportDocument &report, const ReportFormat &format,
                   QPagedPaintDevice *device, const QRectF &body)
{
    // Laying out for the device gives points and HTML pixels their size on paper
    // (the layout would otherwise assume the screen's 96 dpi, and a 300 dpi page would
    // get text a third of its size).
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(body.size());
    doc->setDocumentMargin(0);
    QFont font(fontFamily());
    font.setPointSizeF(bodyPt);
    doc->setDefaultFont(font);

    const qreal pxPerMm = 96.0 / 25.4;
    const qreal chartWidthPx = std::min(body.width() / device->logicalDpiX() * 96.0, maxChartWidthMm * pxPerMm);

    QString html = QStringLiteral("<html><body style=\"font-family:'%1'; font-size:%2pt\">")
                       .arg(fontFamily(), number(bodyPt));
    html += titleBlock(report, format);

    QString pageBreak;
    QString heading; // the heading just written: a table of the same title does not repeat it
    int charts = 0;
    for (const ReportBlock &block : report.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::PageBreak:
            pageBreak = QStringLiteral(" page-break-before:always;");
            continue;
        case ReportBlock::Kind::Heading: {
            const bool top = block.level <= 1;
            html += QStringLiteral("<p%1><b>%2</b></p>")
                        .arg(paragraphStyle(top ? QStringLiteral("font-size:14pt; margin-top:22px; margin-bottom:6px;")
                                                : QStringLiteral("font-size:11.5pt; margin-top:14px; margin-bottom:4px;"),
                                            pageBreak),
                             escLines(block.text));
            pageBreak.clear();
            heading = block.text;
            continue;
        }
        case ReportBlock::Kind::Paragraph:
            html += QStringLiteral("<p%1>%2</p>")
                        .arg(paragraphStyle(QStringLiteral("margin-top:0; margin-bottom:8px;"), pageBreak),
                             escLines(block.text));
            break;
        case ReportBlock::Kind::KeyValues:
            html += keyValuesHtml(block.keyValues, pageBreak);
            break;
        case ReportBlock::Kind::Table: {
            const qreal points = tableFontPoints(block.table, format, device, body.width());
            ReportTable table = block.table;
            if (table.title == heading)
                table.title.clear();
            const QList<ReportTable> parts = splitByColumns(table, format, device, points, body.width());
            for (const ReportTable &part : parts) {
                const QList<qreal> percents = columnPercents(columnWidths(part, format, device, points), body.width());
                html += tableHtml(part, format, points, percents, pageBreak);
                pageBreak.clear();
            }
            break;
        }
        case ReportBlock::Kind::Chart: {
            ReportChart chart = block.chart;
            if (chart.title == heading)
                chart.title.clear();
            html += chartHtml(doc, charts++, chart, format, chartWidthPx, pageBreak);
            break;
        }
        }
        pageBreak.clear();
        heading.clear();
    }
    html += QStringLiteral("</body></html>");
    doc->setHtml(html);
    return html;
}

void drawHeader(QPainter *painter, const QRectF &content, qreal dpmm, const QString &left, const QString &right)
{
    QFont font(fontFamily());
    font.setPointSizeF(7.5);
    painter->setFont(font);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    const QFontMetricsF metrics(font, painter->device());
    const qreal half = content.width() / 2 - 3 * dpmm;
    const QRectF line(content.left(), content.top(), content.width(), metrics.height());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(left, Qt::ElideRight, half));
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(right, Qt::ElideRight, half));
    const qreal y = line.bottom() + 1.5 * dpmm;
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.25 * dpmm));
    painter->drawLine(QPointF(content.left(), y), QPointF(content.right(), y));
}

void drawFooter(QPainter *painter, const QRectF &content, qreal dpmm, const QString &left, const QString &right)
{
    QFont font(fontFamily());
    font.setPointSizeF(7.5);
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const QRectF line(content.left(), content.bottom() - metrics.height(), content.width(), metrics.height());
    const qreal y = line.top() - 1.5 * dpmm;
    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.25 * dpmm));
    painter->drawLine(QPointF(content.left(), y), QPointF(content.right(), y));
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
}

} // namespace

bool PdfReportWriter::paintPages(const ReportDocument &report, QPagedPaintDevice *device, const QLocale &locale)
{
    if (!device)
        return false;
    const ReportFormat format(report.currency, locale);
    const QRectF content = contentRect(device);
    const QRectF body = bodyRect(device);
    if (body.width() <= 0 || body.height() <= 0)
        return false;

    QTextDocument doc;
    buildDocument(&doc, report, format, device, body);
    const int pages = std::max(1, doc.pageCount());

    // The running header names the programme (the first header pair, by the document's
    // convention) and the report; the footer the day it was made and the page.
    const QString programme = report.header.isEmpty() ? QString() : report.header.first().second;
    const QString generated = report.generatedAt.isValid()
        ? QCoreApplication::translate("Reports", "Generated %1")
              .arg(format.date(report.generatedAt.toLocalTime().date()))
        : QString();
    const qreal dpmm = device->logicalDpiY() / 25.4;

    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    // The palette is fixed: the application's (a dark desktop theme) must not decide the
    // colour of text on paper.
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::WindowText, Qt::black);
    context.palette.setColor(QPalette::Base, Qt::white);
    context.palette.setColor(QPalette::Link, Qt::black);

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        drawHeader(&painter, content, dpmm, programme, report.title);

        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        context.clip = clip;
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        drawFooter(&painter, content, dpmm, generated, pageText(page + 1, pages));
    }
    return painter.end();
}

QString PdfReportWriter::bodyHtml(const ReportDocument &report, const QLocale &locale, QString *plainText)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&pdf);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QTextDocument doc;
    const QString html = buildDocument(&doc, report, ReportFormat(report.currency, locale), &writer, bodyRect(&writer));
    if (plainText)
        *plainText = doc.toPlainText();
    return html;
}

void PdfReportWriter::paint(const ReportDocument &doc, QPagedPaintDevice *device, const QLocale &locale)
{
    paintPages(doc, device, locale);
}

Error PdfReportWriter::write(const ReportDocument &doc, const QString &path, const QLocale &locale)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Reports", "The report cannot be written to “%1”: "
                                                                  "the folder “%2” does not exist.")
                               .arg(shown, QDir::toNativeSeparators(folder)));
    if (info.isDir())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Reports", "The report cannot be written to “%1”: "
                                                                  "it is a folder.")
                               .arg(shown));

    // QSaveFile writes a temporary file beside the target and renames it on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Reports", "The report cannot be written to “%1”: %2.")
                               .arg(shown, file.errorString()));
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        // No margins of the device: paint() puts the report's own margins on the page.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("HubDesk"));
        painted = paintPages(doc, &writer, locale);
    }
    if (!painted) {
        file.cancelWriting();
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Reports", "The report cannot be written to “%1”: "
                                                                  "the PDF could not be made.")
                               .arg(shown));
    }
    if (!file.commit())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Reports", "The report cannot be written to “%1”: %2.")
                               .arg(shown, file.errorString()));
    return Error::none();
}

} // namespace hubdesk
