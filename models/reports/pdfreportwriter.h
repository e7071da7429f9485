#pragma once

#include "reportdocument.h"
#include "storage/error.h"

#include <QLocale>
#include <QString>

class QPagedPaintDevice;

namespace hubdesk {

// Lays a report out as pages with a running header and "Page X of Y" footer, and
// writes them to an A4 PDF file or paints them on any paged device (the printer of
// a print preview). Every piece of report text is escaped: it prints as typed.
class PdfReportWriter
{
public:
    // Writes \a path atomically: a temporary file in the same folder renamed at the
    // end, so a failure never leaves half a file (nor replaces an older one).
    static Error write(const ReportDocument &doc, const QString &path, const QLocale &locale = QLocale());

    // Paints every page on \a device, in its page size and orientation; the report's own
    // margins are kept whatever margins the device already has. Does nothing when the
    // device cannot be painted on (a printer that failed to start).
    static void paint(const ReportDocument &doc, QPagedPaintDevice *device, const QLocale &locale = QLocale());

    // The HTML the body of the pages is laid out from, and in \a plainText the text that
    // layout holds: every report text is escaped in the one and reads as typed in the other.
    static QString bodyHtml(const ReportDocument &doc, const QLocale &locale = QLocale(), QString *plainText = nullptr);

private:
    static bool paintPages(const ReportDocument &doc, QPagedPaintDevice *device, const QLocale &locale);
};

} // namespace hubdesk
