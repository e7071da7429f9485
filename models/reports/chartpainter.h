#pragma once

#include "reportdocument.h"

#include <QColor>
#include <QImage>
#include <QLocale>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace hubdesk {

// Draws a report chart — horizontal bars with their values, or a pie with a legend —
// for the PDF and the print preview. Sizes are logical pixels (1/96 inch); the chart's
// title is not drawn: the document shows it as text above, where it can be searched.
class ChartPainter
{
public:
    explicit ChartPainter(const QLocale &locale = QLocale());

    // The size the chart needs at \a width: bars grow with their number, a pie with its legend.
    QSizeF size(const ReportChart &chart, qreal width) const;
    void paint(QPainter *painter, const ReportChart &chart, const QRectF &rect) const;
    // An opaque white image of size(chart, width) × pixelRatio device pixels, sharp at
    // print size with a ratio of about 3 (300 dpi).
    QImage image(const ReportChart &chart, qreal width, qreal pixelRatio) const;

    // Colours that stay apart when printed in grey: neighbours alternate dark and light.
    static QColor colour(int index);
    static constexpr int maxSlices = 8; // more labels than this: the smallest are one "Other" slice

private:
    void paintBars(QPainter *painter, const ReportChart &chart, const QRectF &rect) const;
    void paintPie(QPainter *painter, const ReportChart &chart, const QRectF &rect) const;
    void paintEmpty(QPainter *painter, const QRectF &rect) const;

    QLocale m_locale;
};

} // namespace hubdesk
