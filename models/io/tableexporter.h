#pragma once

#include "../domain/entitytype.h"
#include "../storage/error.h"
#include "../storage/listquery.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace hubdesk {

class Database;

// Writes the records of one kind to a CSV or XLSX file in the form an import reads back
// without loss: a header of field names, enumerations as their labels, dates as
// YYYY-MM-DD, amounts as 1234.50, yes/no, several values joined by "; ", links as the
// linked record's name. Either every live record, or a list as a page shows it (its
// search, filters, trash view and order, and its columns). Rows are read and written one
// at a time, so a table of any size takes the memory of a row. The file is replaced whole
// or not at all.
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::TableExporter)

public:
    enum class Format { Csv, Xlsx };
    struct Options
    {
        Format format = Format::Csv;
        bool bom = true;
        QChar delimiter = u',';
        // The columns in order: field keys, or "label" for the fields a list's label is
        // made of (see fieldsOf()). Empty: every field an import can fill.
        QStringList fields;
        // The rows of a list as a page has them (search, filters, trash view, sort order;
        // offset and limit aside). None: every live record, in the order they were made.
        std::optional<ListQuery> query;
    };

    // \a progress gets (written, total) at the start, every few thousand rows and before the
    // file is put in place; false cancels (nothing is written, the code is Refused).
    static Error write(Database &db, EntityType type, const QString &path, const Options &options,
                       qint64 *written = nullptr, const std::function<bool(qint64, qint64)> &progress = {});

    // The field keys an export writes for the \a columns of a table as shown: each field
    // key as it is, and "label" as the fields the list's label is made of (a person's
    // first and last name, a startup's organisation …), since the label is made by the
    // list and an import could not fill anything from it. A field given twice is written
    // once, where it comes first. A column that is neither: a Validation error naming it.
    static Error fieldsOf(EntityType type, const QStringList &columns, QStringList *fields);

    // The text of a value of \a field as the export writes it.
    static QString text(EntityType type, const QString &field, const QVariant &value);
};

} // namespace hubdesk
