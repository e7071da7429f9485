#include "chartpainter.h"

#include "reportformat.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace hubdesk {

namespace {

// Sizes in logical pixels. A chart is placed about 600 px (16 cm) wide on A4, where
// 11 px text prints at about 8 pt, the size of the tables' text.
constexpr qreal fontPixels = 11;
constexpr qreal padding = 8;
constexpr qreal barRow = 20;
constexpr qreal barThickness = 13;
constexpr qreal legendRow = 18;
constexpr qreal minPieHeight = 200;

QFont chartFont(bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(fontPixels));
    font.setBold(bold);
    return font;
}

QString noData()
{
    return QCoreApplication::translate("Reports", "No data");
}

int count(const ReportChart &chart)
{
    return int(std::min(chart.labels.size(), chart.values.size()));
}

// The slices of a pie: positive values only, the largest first; past maxSlices the
// smallest become one "Other" slice, because thin slices cannot be told apart on paper.
QList<QPair<QString, double>> slices(const ReportChart &chart)
{
    QList<QPair<QString, double>> result;
    for (int i = 0; i < count(chart); ++i) {
        if (chart.values.at(i) > 0)
            result.append({chart.labels.at(i), chart.values.at(i)});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (result.size() > ChartPainter::maxSlices) {
        double rest = 0;
        for (qsizetype i = ChartPainter::maxSlices - 1; i < result.size(); ++i)
            rest += result.at(i).second;
        result.resize(ChartPainter::maxSlices - 1);
        result.append({QCoreApplication::translate("Reports", "Other"), rest});
    }
    return result;
}

} // namespace

ChartPainter::ChartPainter(const QLocale &locale)
    : m_locale(locale)
{
}

QColor ChartPainter::colour(int index)
{
    // Grey levels (luma) alternate: 0.12, 0.72, 0.35, 0.86, 0.20, 0.60, 0.45, 0.80.
    static const QRgb palette[] = {
        qRgb(0x1f, 0x3d, 0x6b), // dark blue
        qRgb(0xf2, 0xa6, 0x5a), // light orange
        qRgb(0x3a, 0x7d, 0x44), // green
        qRgb(0xc6, 0xdb, 0xef), // pale blue
        qRgb(0x7a, 0x1f, 0x3d), // wine
        qRgb(0xa8, 0xb8, 0x6c), // olive
        qRgb(0x8c, 0x6d, 0x31), // brown
        qRgb(0xe6, 0xc3, 0xd8), // pale pink
    };
    constexpr int n = int(sizeof(palette) / sizeof(palette[0]));
    return QColor(palette[((index % n) + n) % n]);
}

QSizeF ChartPainter::size(const ReportChart &chart, qreal width) const
{
    const int n = count(chart);
    if (n == 0)
        return {width, 3 * barRow};
    if (chart.kind == ReportChart::Kind::Bars)
        return {width, 2 * padding + n * barRow};
    const qsizetype legend = slices(chart).size();
    return {width, std::max(minPieHeight, 2 * padding + legend * legendRow)};
}

QImage ChartPainter::image(const ReportChart &chart, qreal width, qreal pixelRatio) const
{
    const QSizeF logical = size(chart, width);
    QImage image((logical * pixelRatio).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, chart, QRectF(QPointF(0, 0), logical));
    return image;
}

void ChartPainter::paint(QPainter *painter, const ReportChart &chart, const QRectF &rect) const
{
    painter->save();
    if (count(chart) == 0 || (chart.kind == ReportChart::Kind::Pie && slices(chart).isEmpty()))
        paintEmpty(painter, rect);
    else if (chart.kind == ReportChart::Kind::Bars)
        paintBars(painter, chart, rect);
    else
        paintPie(painter, chart, rect);
    painter->restore();
}

void ChartPainter::paintEmpty(QPainter *painter, const QRectF &rect) const
{
    painter->setFont(chartFont());
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(rect, Qt::AlignCenter, noData());
}

void ChartPainter::paintBars(QPainter *painter, const ReportChart &chart, const QRectF &rect) const
{
    const ReportFormat format(QString(), m_locale);
    const int n = count(chart);
    const QFont font = chartFont();
    const QFontMetricsF metrics(font, painter->device());
    painter->setFont(font);

    QStringList values;
    qreal labelWidth = 0;
    qreal valueWidth = 0;
    double low = 0;
    double high = 0;
    for (int i = 0; i < n; ++i) {
        values.append(format.chartValue(chart.values.at(i), chart.unit));
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(chart.labels.at(i)));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(values.last()));
        low = std::min(low, chart.values.at(i));
        high = std::max(high, chart.values.at(i));
    }
    // Labels get what they need up to 40 % of the width, then they are elided.
    labelWidth = std::min(labelWidth, rect.width() * 0.4);
    const qreal gap = 6;
    const qreal left = rect.left() + padding + labelWidth + gap;
    const qreal right = rect.right() - padding - valueWidth - gap;
    const double span = high - low > 0 ? high - low : 1.0;
    const qreal scale = std::max<qreal>(right - left, 1) / span;
    const qreal zero = left + qreal(-low) * scale;

    const QColor bar = colour(0);
    const QColor text(0x22, 0x22, 0x22);
    for (int i = 0; i < n; ++i) {
        const qreal top = rect.top() + padding + i * barRow;
        const QRectF labelRect(rect.left() + padding, top, labelWidth, barRow);
        painter->setPen(text);
        painter->drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(chart.labels.at(i), Qt::ElideRight, labelWidth));

        const double v = chart.values.at(i);
        const qreal length = qreal(std::abs(v)) * scale;
        const qreal x = v < 0 ? zero - length : zero;
        const QRectF barRect(x, top + (barRow - barThickness) / 2, length, barThickness);
        painter->fillRect(barRect, bar);

        // The value sits after the bar's end (before it for a negative value).
        const qreal valueX = v < 0 ? barRect.left() - gap - valueWidth : barRect.right() + gap;
        painter->setPen(text);
        painter->drawText(QRectF(valueX, top, valueWidth, barRow),
                          (v < 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, values.at(i));
    }
    // The zero line, so that short bars still have a visible origin.
    painter->setPen(QPen(QColor(0x44, 0x44, 0x44), 1));
    painter->drawLine(QPointF(zero, rect.top() + padding - 2), QPointF(zero, rect.top() + padding + n * barRow + 2));
}

void ChartPainter::paintPie(QPainter *painter, const ReportChart &chart, const QRectF &rect) const
{
    const ReportFormat format(QString(), m_locale);
    const QList<QPair<QString, double>> parts = slices(chart);
    double total = 0;
    for (const auto &p : parts)
        total += p.second;

    const qreal diameter = std::min(rect.height() - 2 * padding, rect.width() * 0.42);
    const QRectF pie(rect.left() + padding, rect.top() + (rect.height() - diameter) / 2, diameter, diameter);

    // Slices clockwise from twelve o'clock, white seams between them.
    painter->setPen(QPen(Qt::white, 1.5));
    qreal start = 90 * 16;
    for (int i = 0; i < parts.size(); ++i) {
        const qreal sweep = -qreal(parts.at(i).second / total) * 360 * 16;
        painter->setBrush(colour(i));
        if (parts.size() == 1)
            painter->drawEllipse(pie);
        else
            painter->drawPie(pie, int(std::lround(start)), int(std::lround(sweep)));
        start += sweep;
    }

    // The legend: swatch, label, value and share, so the figures can be read without colour.
    const QFont font = chartFont();
    const QFontMetricsF metrics(font, painter->device());
    painter->setFont(font);
    const qreal legendLeft = pie.right() + 3 * padding;
    const qreal legendTop = rect.top() + (rect.height() - parts.size() * legendRow) / 2;
    QStringList numbers;
    qreal numberWidth = 0;
    for (const auto &p : parts) {
        numbers.append(format.chartValue(p.second, chart.unit) + QStringLiteral("  (")
                       + format.percent(p.second / total) + QLatin1Char(')'));
        numberWidth = std::max(numberWidth, metrics.horizontalAdvance(numbers.last()));
    }
    const qreal swatch = 10;
    const qreal labelLeft = legendLeft + swatch + 6;
    const qreal labelWidth = std::max<qreal>(rect.right() - padding - numberWidth - 8 - labelLeft, 20);
    for (int i = 0; i < parts.size(); ++i) {
        const qreal top = legendTop + i * legendRow;
        painter->setPen(QPen(QColor(0x44, 0x44, 0x44), 0.5));
        painter->setBrush(colour(i));
        painter->drawRect(QRectF(legendLeft, top + (legendRow - swatch) / 2, swatch, swatch));
        painter->setPen(QColor(0x22, 0x22, 0x22));
        painter->drawText(QRectF(labelLeft, top, labelWidth, legendRow), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(parts.at(i).first, Qt::ElideRight, labelWidth));
        painter->drawText(QRectF(rect.right() - padding - numberWidth, top, numberWidth, legendRow),
                          Qt::AlignRight | Qt::AlignVCenter, numbers.at(i));
    }
}

} // namespace hubdesk
