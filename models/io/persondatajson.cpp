#include "persondatajson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace hubdesk {

namespace {

QJsonValue cell(const QString &table, const QString &column, const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toBase64());
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QJsonValue(v.toLongLong());
    if (v.typeId() == QMetaType::Double)
        return v.toDouble();
    const QString text = v.toString();
    // The JSON kept in the bookkeeping reads as JSON, not as a string of it.
    const bool json = (table == QLatin1String("audit_log") && column == QLatin1String("changes"))
        || (table == QLatin1String("merges") && (column == QLatin1String("kept_before") || column == QLatin1String("relinked")))
        || (table == QLatin1String("import_updates") && column == QLatin1String("before"));
    if (json) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
    }
    return text;
}

} // namespace

QByteArray PersonDataJson::toJson(const PersonDataSet &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("hubdesk-person-data"));
    root.insert(QStringLiteral("format_version"), 1);
    root.insert(QStringLiteral("generated_at"), data.generatedAt.toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("generated_by"), data.generatedBy);
    QJsonObject person;
    person.insert(QStringLiteral("id"), data.personId);
    person.insert(QStringLiteral("uuid"), data.personUuid);
    person.insert(QStringLiteral("name"), data.label);
    QJsonArray records;
    for (qint64 id : data.recordIds)
        records.append(id);
    person.insert(QStringLiteral("record_ids"), records);
    root.insert(QStringLiteral("person"), person);
    root.insert(QStringLiteral("files_included"), data.includesFiles);
    QJsonObject tables;
    for (const PersonDataTable &t : data.tables) {
        QJsonArray rows;
        for (const QVariantList &row : t.rows) {
            QJsonObject o;
            for (int i = 0; i < t.columns.size() && i < row.size(); ++i)
                o.insert(t.columns.at(i), cell(t.table, t.columns.at(i), row.at(i)));
            rows.append(o);
        }
        tables.insert(t.table, rows);
    }
    root.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Error PersonDataJson::write(const PersonDataSet &data, const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Error::make(Error::Code::Io, tr("The export cannot be written to “%1”: it is a folder.").arg(shown));
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error::make(Error::Code::Io, tr("The export cannot be written to “%1”: the folder “%2” does not exist.")
                                                .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("The export cannot be written to “%1”: %2.").arg(shown, file.errorString()));
    const QByteArray bytes = toJson(data);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Code::Io, tr("The export cannot be written to “%1”: %2.").arg(shown, file.errorString()));
    return {};
}

} // namespace hubdesk
