#include "tableexporter.h"

#include "../domain/countries.h"
#include "../domain/entityinfo.h"
#include "../domain/money.h"
#include "../reports/reportdocument.h"
#include "../storage/database.h"
#include "../storage/recordcursor.h"
#include "../storage/settingsrepository.h"
#include "csvfield.h"
#include "importmapping.h"
#include "xlsxtablewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace hubdesk {

namespace {

constexpr qint64 progressEvery = 5000;

ReportColumn::Type columnType(const Field &f)
{
    switch (f.type) {
    case FieldType::Date:
        return ReportColumn::Type::Date;
    case FieldType::Money:
        return ReportColumn::Type::Money;
    case FieldType::Integer:
    case FieldType::Minutes:
        return ReportColumn::Type::Integer;
    default:
        return ReportColumn::Type::Text;
    }
}

} // namespace

QString TableExporter::text(EntityType type, const QString &key, const QVariant &value)
{
    const Field *f = Entities::info(type).field(key);
    if (!f || value.isNull() || !value.isValid())
        return {};
    switch (f->type) {
    case FieldType::Enum:
        return Enums::label(f->enumType, value.toString());
    case FieldType::EnumSet: {
        QStringList labels;
        for (const QString &k : value.toStringList())
            labels.append(Enums::label(f->enumType, k));
        return labels.join(QStringLiteral("; "));
    }
    case FieldType::TagList:
        return value.toStringList().join(QStringLiteral("; "));
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::Money:
        return Money::plain(value.toLongLong());
    case FieldType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    default:
        return value.toString();
    }
}

Error TableExporter::fieldsOf(EntityType type, const QStringList &columns, QStringList *fields)
{
    const EntityInfo &info = Entities::info(type);
    QStringList keys;
    const auto add = [&keys](const QString &key) {
        if (!keys.contains(key))
            keys.append(key);
    };
    for (const QString &column : columns) {
        if (column == QLatin1String("label")) {
            for (const QString &key : info.labelFields)
                add(key);
        } else if (info.field(column)) {
            add(column);
        } else {
            return Error::make(Error::Code::Validation,
                               tr("A %1 has no field “%2”.").arg(info.singularLabel().toLower(), column));
        }
    }
    *fields = keys;
    return {};
}

Error TableExporter::write(Database &db, EntityType type, const QString &path, const Options &options, qint64 *written,
                           const std::function<bool(qint64, qint64)> &progress)
{
    const EntityInfo &info = Entities::info(type);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const auto failed = [&](const QString &why) {
        return Error::make(Error::Code::Io, tr("The export cannot be written to “%1”: %2.").arg(shown, why));
    };
    const Error cancelled = Error::make(Error::Code::Refused, tr("The export was cancelled; nothing was written."));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return failed(tr("the folder does not exist"));
    QStringList keys = ImportMapping::importableFields(type);
    if (!options.fields.isEmpty()) {
        if (Error e = fieldsOf(type, options.fields, &keys))
            return e;
    }
    QList<const Field *> fields;
    for (const QString &k : std::as_const(keys))
        fields.append(info.field(k));

    const auto cursor = options.query ? std::make_unique<RecordCursor>(db, type, *options.query)
                                      : std::make_unique<RecordCursor>(db, type);
    if (Error e = cursor->start())
        return e;
    const qint64 total = cursor->count();
    // Known before anything is written: a sheet cannot hold more.
    if (options.format == Format::Xlsx && total > XlsxTableWriter::maxRows)
        return failed(tr("%L1 rows are more than a sheet holds (%L2); export fewer rows, or as CSV")
                          .arg(total)
                          .arg(XlsxTableWriter::maxRows));
    if (progress && !progress(0, total))
        return cancelled;
    Record record;
    QHash<QString, QString> labels;
    qint64 n = 0;
    const auto valueOf = [&](const Field *f) -> QString {
        if (f->type == FieldType::Reference)
            return labels.value(f->key);
        return text(type, f->key, record.value(f->key));
    };
    const auto stopped = [&]() { return progress && n % progressEvery == 0 && !progress(n, total); };
    const auto finishing = [&]() { return progress && !progress(n, total); };

    if (options.format == Format::Xlsx) {
        // Typed cells (numbers, dates, money) where the field has a type a sheet knows;
        // everything else as the text an import reads.
        QList<ReportColumn> columns;
        for (const Field *f : std::as_const(fields))
            columns.append({f->translatedLabel(), columnType(*f)});
        XlsxTableWriter sheet;
        if (Error e = sheet.open(path, info.key, columns, SettingsRepository(db).currency()))
            return e;
        QVariantList row;
        while (cursor->next(&record, &labels)) {
            row.clear();
            for (const Field *f : std::as_const(fields))
                row.append(columnType(*f) == ReportColumn::Type::Text ? QVariant(valueOf(f)) : record.value(f->key));
            if (Error e = sheet.addRow(row))
                return e;
            ++n;
            if (stopped())
                return cancelled;
        }
        if (cursor->error())
            return cursor->error();
        if (finishing())
            return cancelled;
        if (Error e = sheet.commit())
            return e;
        if (written)
            *written = n;
        return {};
    }

    // QSaveFile writes beside the target and renames on commit; dropped uncommitted (cancel,
    // failure) it removes what it wrote.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    const auto line = [&](const QStringList &cells, const QList<bool> &neutralise) {
        QString s;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                s += options.delimiter;
            s += CsvField::encode(cells.at(i), options.delimiter, neutralise.value(i, true));
        }
        s += QLatin1String("\r\n");
        return file.write(s.toUtf8()) >= 0;
    };
    bool ok = !options.bom || file.write("\xEF\xBB\xBF") == 3;
    QStringList header;
    QList<bool> neutralise;
    for (const Field *f : std::as_const(fields)) {
        header.append(f->translatedLabel());
        const bool number = f->type == FieldType::Date || f->type == FieldType::Money || f->type == FieldType::Integer
            || f->type == FieldType::Minutes;
        neutralise.append(!number);
    }
    ok = ok && line(header, {});
    QStringList cells;
    while (ok && cursor->next(&record, &labels)) {
        cells.clear();
        for (const Field *f : std::as_const(fields))
            cells.append(valueOf(f));
        ok = line(cells, neutralise);
        ++n;
        if (stopped())
            return cancelled;
    }
    if (cursor->error())
        return cursor->error();
    if (!ok)
        return failed(file.errorString());
    if (finishing())
        return cancelled;
    if (!file.commit())
        return failed(file.errorString());
    if (written)
        *written = n;
    return {};
}

} // namespace hubdesk
