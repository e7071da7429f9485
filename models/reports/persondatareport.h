#pragma once

#include "../storage/persondata.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace hubdesk {

// Everything held about a person (PersonDataSet) as a readable document for the PDF
// writer: the person's fields by their labels, then each table with a heading (or
// "none"), the linked records by their names, and the audit log with each change as
// "field: old → new". Every value is plain text, escaped by the writer.
class PersonDataReport
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::PersonDataReport)

public:
    static ReportDocument build(const PersonDataSet &data, const QString &currency);
    // The translated title of a table of the set ("Consents", "Audit log" …).
    static QString tableTitle(const QString &table);
};

} // namespace hubdesk
