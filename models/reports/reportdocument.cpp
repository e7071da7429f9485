#include "reportdocument.h"

namespace hubdesk {

ReportBlock ReportBlock::heading(const QString &text, int level)
{
    ReportBlock b;
    b.kind = Kind::Heading;
    b.text = text;
    b.level = level;
    return b;
}

ReportBlock ReportBlock::paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::pairs(const QList<QPair<QString, QString>> &keyValues)
{
    ReportBlock b;
    b.kind = Kind::KeyValues;
    b.keyValues = keyValues;
    return b;
}

ReportBlock ReportBlock::of(const ReportTable &table)
{
    ReportBlock b;
    b.kind = Kind::Table;
    b.table = table;
    return b;
}

ReportBlock ReportBlock::of(const ReportChart &chart)
{
    ReportBlock b;
    b.kind = Kind::Chart;
    b.chart = chart;
    return b;
}

ReportBlock ReportBlock::pageBreak()
{
    ReportBlock b;
    b.kind = Kind::PageBreak;
    return b;
}

QList<ReportTable> ReportDocument::tables() const
{
    QList<ReportTable> result;
    for (const ReportBlock &b : blocks) {
        if (b.kind == ReportBlock::Kind::Table)
            result.append(b.table);
    }
    return result;
}

} // namespace hubdesk
