#pragma once

#include "../domain/entitytype.h"
#include "../storage/error.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace hubdesk {

class Database;

// Writes every live record of one kind to a CSV or XLSX file in the form an import
// reads back without loss: a header of field names, enumerations as their labels,
// dates as YYYY-MM-DD, amounts as 1234.50, yes/no, several values joined by "; ",
// links as the linked record's name. The file is replaced whole or not at all.
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
        QStringList fields; // field keys in order; empty: every field an import can fill
    };

    // \a progress gets (written, total) now and then; false cancels (nothing is written).
    static Error write(Database &db, EntityType type, const QString &path, const Options &options,
                       qint64 *written = nullptr, const std::function<bool(qint64, qint64)> &progress = {});

    // The text of a value of \a field as the export writes it.
    static QString text(EntityType type, const QString &field, const QVariant &value);
};

} // namespace hubdesk
