#include "tableexporter.h"

#include "../domain/countries.h"
#include "../domain/entityinfo.h"
#include "../domain/money.h"
#include "../reports/reportdocument.h"
#include "../reports/xlsxreportwriter.h"
#include "../storage/database.h"
#include "../storage/recordcursor.h"
#include "../storage/settingsrepository.h"
#include "csvfield.h"
#include "importmapping.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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

Error TableExporter::write(Database &db, EntityType type, const QString &path, const Options &options, qint64 *written,
                           const std::function<bool(qint64, qint64)> &progress)
{
    const EntityInfo &info = Entities::info(type);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const auto failed = [&](const QString &why) {
        return Error::make(Error::Code::Io, tr("The export cannot be written to “%1”: %2.").arg(shown, why));
    };
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return failed(tr("the folder does not exist"));
    const QStringList keys = options.fields.isEmpty() ? ImportMapping::importableFields(type) : options.fields;
    QList<const Field *> fields;
    for (const QString &k : keys) {
        const Field *f = info.field(k);
        if (!f)
            return Error::make(Error::Code::Validation, tr("A %1 has no field “%2”.").arg(info.singularLabel().toLower(), k));
        fields.append(f);
    }

    RecordCursor cursor(db, type);
    if (Error e = cursor.start())
        return e;
    Record record;
    QHash<QString, QString> labels;
    qint64 n = 0;
    const auto valueOf = [&](const Field *f) -> QString {
        if (f->type == FieldType::Reference)
            return labels.value(f->key);
        return text(type, f->key, record.value(f->key));
    };
    const auto cancelled = [&]() {
        return progress && n % progressEvery == 0 && !progress(n, cursor.count());
    };

    if (options.format == Format::Xlsx) {
        // Through the annex writer: typed cells, frozen header, widths. It holds the table
        // in memory; a sheet holds at most 1,048,575 records anyway.
        ReportTable table;
        table.key = info.key; // no title: the header is row 1, as an import expects

        for (const Field *f : fields)
            table.columns.append({f->translatedLabel(), columnType(*f)});
        while (cursor.next(&record, &labels)) {
            QVariantList row;
            for (const Field *f : fields) {
                const ReportColumn::Type t = columnType(*f);
                const QVariant v = record.value(f->key);
                row.append(t == ReportColumn::Type::Text ? QVariant(valueOf(f)) : v);
            }
            table.rows.append(row);
            ++n;
            if (cancelled())
                return Error::make(Error::Code::Refused, tr("The export was cancelled; nothing was written."));
        }
        if (cursor.error())
            return cursor.error();
        ReportDocument doc;
        doc.key = info.key;
        doc.title = info.pluralLabel();
        doc.currency = SettingsRepository(db).currency();
        doc.generatedAt = QDateTime::currentDateTimeUtc();
        doc.blocks.append(ReportBlock::of(table));
        if (Error e = XlsxReportWriter::write(doc, path))
            return e;
        if (written)
            *written = n;
        return {};
    }

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
    if (options.bom)
        file.write("\xEF\xBB\xBF");
    QStringList header;
    QList<bool> neutralise;
    for (const Field *f : fields) {
        header.append(f->translatedLabel());
        const bool number = f->type == FieldType::Date || f->type == FieldType::Money || f->type == FieldType::Integer
            || f->type == FieldType::Minutes;
        neutralise.append(!number);
    }
    bool ok = line(header, {});
    while (ok && cursor.next(&record, &labels)) {
        QStringList cells;
        for (const Field *f : fields)
            cells.append(valueOf(f));
        ok = line(cells, neutralise);
        ++n;
        if (cancelled()) {
            file.cancelWriting();
            return Error::make(Error::Code::Refused, tr("The export was cancelled; nothing was written."));
        }
    }
    if (cursor.error()) {
        file.cancelWriting();
        return cursor.error();
    }
    if (!ok || !file.commit())
        return failed(file.errorString());
    if (written)
        *written = n;
    return {};
}

} // namespace hubdesk
