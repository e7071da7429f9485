#include "persondatareport.h"

#include "../domain/entityinfo.h"
#include "../domain/money.h"
#include "reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace hubdesk {

namespace {

const EntityInfo *entityOf(const QString &table)
{
    for (EntityType type : Entities::all()) {
        if (Entities::info(type).table == table)
            return &Entities::info(type);
    }
    return nullptr;
}

QString plainValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

// An audit line's changes as "field: old → new; …".
QString describeChanges(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isArray() && v.toArray().size() == 2)
            parts.append(QStringLiteral("%1: %2 → %3").arg(it.key(), plainValue(v.toArray().at(0)), plainValue(v.toArray().at(1))));
        else
            parts.append(QStringLiteral("%1: %2").arg(it.key(), plainValue(v)));
    }
    return parts.join(QLatin1String("; "));
}

// A stored value as shown: enumerations by their labels, money in the currency, dates as dates.
QString shown(const Field *field, const QVariant &v, const QString &currency)
{
    if (v.isNull() || v.toString().isEmpty())
        return QString();
    if (!field)
        return v.toString();
    switch (field->type) {
    case FieldType::Enum:
        return Enums::label(field->enumType, v.toString());
    case FieldType::Money:
        return Money::format(v.toLongLong(), currency);
    case FieldType::Date:
        return QLocale().toString(QDate::fromString(v.toString(), Qt::ISODate), QLocale::ShortFormat);
    case FieldType::Bool:
        return v.toLongLong() ? PersonDataReport::tr("yes") : PersonDataReport::tr("no");
    default:
        return v.toString();
    }
}

ReportTable entityTable(const PersonDataTable &t, const EntityInfo &info, const QString &currency, const QString &skip)
{
    // The fields that have a value in at least one row, references by the names of what they point at.
    ReportTable table;
    table.key = t.table; // no caption: the heading above says what it is
    QList<QPair<int, const Field *>> picked;
    for (const Field &f : info.fields) {
        if (!f.isStoredInRow() || f.key == skip)
            continue;
        const QString column = f.type == FieldType::Reference ? f.key + QStringLiteral("_label") : f.key;
        const int index = int(t.columns.indexOf(column));
        if (index < 0)
            continue;
        bool any = false;
        for (const QVariantList &row : t.rows)
            any = any || !row.value(index).toString().isEmpty();
        if (!any)
            continue;
        picked.append({index, &f});
        table.columns.append({f.translatedLabel(), ReportColumn::Type::Text});
    }
    const int deleted = int(t.columns.indexOf(QStringLiteral("deleted_at")));
    table.columns.prepend({PersonDataReport::tr("Record"), ReportColumn::Type::Text});
    const int idColumn = int(t.columns.indexOf(QStringLiteral("id")));
    for (const QVariantList &row : t.rows) {
        QString id = QStringLiteral("#") + row.value(idColumn).toString();
        if (deleted >= 0 && !row.value(deleted).isNull())
            id += PersonDataReport::tr(" (in the trash)");
        QVariantList cells = {id};
        for (const auto &p : picked)
            cells.append(p.second->type == FieldType::Reference ? row.value(p.first).toString()
                                                                : shown(p.second, row.value(p.first), currency));
        table.rows.append(cells);
    }
    return table;
}

ReportTable rawTable(const PersonDataTable &t)
{
    ReportTable table;
    table.key = t.table;
    for (const QString &c : t.columns)
        table.columns.append({c, ReportColumn::Type::Text});
    for (const QVariantList &row : t.rows) {
        QVariantList cells;
        for (const QVariant &v : row)
            cells.append(v.typeId() == QMetaType::QByteArray ? PersonDataReport::tr("(%n byte(s))", nullptr, int(v.toByteArray().size()))
                                                             : QVariant(v.toString()));
        table.rows.append(cells);
    }
    return table;
}

ReportTable auditTable(const PersonDataTable &t)
{
    ReportTable table;
    table.key = t.table;
    table.columns = {{PersonDataReport::tr("When"), ReportColumn::Type::Text},
                     {PersonDataReport::tr("Who"), ReportColumn::Type::Text},
                     {PersonDataReport::tr("What"), ReportColumn::Type::Text},
                     {PersonDataReport::tr("Record"), ReportColumn::Type::Text},
                     {PersonDataReport::tr("Changes"), ReportColumn::Type::Text}};
    const auto col = [&t](const char *name) { return int(t.columns.indexOf(QString::fromLatin1(name))); };
    const ReportFormat format{QString()};
    for (const QVariantList &row : t.rows) {
        bool ok = false;
        const EntityType type = Entities::fromKey(row.value(col("entity")).toString(), &ok);
        const QString entity = ok ? Entities::info(type).singularLabel() : row.value(col("entity")).toString();
        table.rows.append({format.dateTime(QDateTime::fromString(row.value(col("at")).toString(), Qt::ISODateWithMs)),
                           row.value(col("actor")).toString(), row.value(col("action")).toString(),
                           row.value(col("record_id")).isNull() ? entity
                                                                : QStringLiteral("%1 #%2").arg(entity, row.value(col("record_id")).toString()),
                           describeChanges(row.value(col("changes")).toString())});
    }
    return table;
}

} // namespace

QString PersonDataReport::tableTitle(const QString &table)
{
    static const QList<QPair<const char *, const char *>> titles = {
        {"people", QT_TR_NOOP("The person")},
        {"person_expert_roles", QT_TR_NOOP("Expert roles")},
        {"person_expertise", QT_TR_NOOP("Expertise areas")},
        {"person_languages", QT_TR_NOOP("Languages")},
        {"consents", QT_TR_NOOP("Consents")},
        {"mentoring_sessions", QT_TR_NOOP("Mentoring sessions as expert")},
        {"participations", QT_TR_NOOP("Events taken part in")},
        {"interactions", QT_TR_NOOP("Interactions")},
        {"vouchers", QT_TR_NOOP("Travel vouchers as traveller")},
        {"attachments", QT_TR_NOOP("Attachments")},
        {"trash", QT_TR_NOOP("Trash entries")},
        {"merges", QT_TR_NOOP("Merges of duplicate records")},
        {"import_batches", QT_TR_NOOP("Imports that created or changed the record")},
        {"import_updates", QT_TR_NOOP("Values kept by imports")},
        {"erasures", QT_TR_NOOP("Erasures")},
        {"audit_log", QT_TR_NOOP("Audit log")},
    };
    for (const auto &t : titles) {
        if (table == QLatin1String(t.first))
            return tr(t.second);
    }
    return table;
}

ReportDocument PersonDataReport::build(const PersonDataSet &data, const QString &currency)
{
    ReportDocument doc;
    doc.key = QStringLiteral("person-data");
    doc.title = tr("Personal data held about %1").arg(data.label);
    doc.subtitle = tr("Everything this HubDesk database holds about the person, in every table, the audit log included");
    doc.currency = currency;
    doc.generatedAt = data.generatedAt;
    QStringList ids;
    for (qint64 id : data.recordIds)
        ids.append(QStringLiteral("#%1").arg(id));
    doc.header = {{tr("Person"), data.label},
                  {tr("Records"), ids.join(QLatin1String(", "))},
                  {tr("Identifier"), data.personUuid},
                  {tr("Made by"), data.generatedBy},
                  {tr("Generated"), ReportFormat(currency).dateTime(data.generatedAt)}};

    // The person's own fields, one per line.
    if (const PersonDataTable *people = data.table(QStringLiteral("people"))) {
        const EntityInfo &info = Entities::info(EntityType::Person);
        for (const QVariantList &row : people->rows) {
            QList<QPair<QString, QString>> pairs;
            const auto value = [&](const QString &column) { return row.value(int(people->columns.indexOf(column))); };
            pairs.append({tr("Record"), QStringLiteral("#%1 · %2").arg(value(QStringLiteral("id")).toString(),
                                                                       value(QStringLiteral("uuid")).toString())});
            for (const Field &f : info.fields) {
                if (!f.isStoredInRow())
                    continue;
                const QString text = f.type == FieldType::Reference ? value(f.key + QStringLiteral("_label")).toString()
                                                                    : shown(&f, value(f.key), currency);
                if (!text.isEmpty())
                    pairs.append({f.translatedLabel(), text});
            }
            // The person's sets (roles, expertise, languages), as the form shows them.
            const qint64 id = value(QStringLiteral("id")).toLongLong();
            for (const Field &f : info.fields) {
                const PersonDataTable *set = f.isSet() ? data.table(f.joinTable) : nullptr;
                if (!set)
                    continue;
                QStringList items;
                for (const QVariantList &item : set->rows) {
                    if (item.value(0).toLongLong() != id)
                        continue;
                    const QString v = item.value(1).toString();
                    items.append(f.type == FieldType::EnumSet ? Enums::label(f.enumType, v) : v);
                }
                if (!items.isEmpty())
                    pairs.append({f.translatedLabel(), items.join(QLatin1String(", "))});
            }
            for (const char *column : {"created_at", "updated_at", "deleted_at", "erased_at"}) {
                const QString v = value(QString::fromLatin1(column)).toString();
                if (!v.isEmpty())
                    pairs.append({QString::fromLatin1(column), v});
            }
            doc.blocks.append(ReportBlock::heading(tr("The person")));
            doc.blocks.append(ReportBlock::pairs(pairs));
        }
    }
    const QStringList shownWithThePerson = {QStringLiteral("people"), QStringLiteral("person_expert_roles"),
                                            QStringLiteral("person_expertise"), QStringLiteral("person_languages")};
    for (const PersonDataTable &t : data.tables) {
        if (shownWithThePerson.contains(t.table))
            continue;
        doc.blocks.append(ReportBlock::heading(tableTitle(t.table) + QStringLiteral(" (%1)").arg(t.rows.size()), 2));
        if (t.rows.isEmpty()) {
            doc.blocks.append(ReportBlock::paragraph(tr("None.")));
            continue;
        }
        QString skip;
        for (const PersonReference &r : PersonData::references()) {
            if (r.table == t.table)
                skip = r.column;
        }
        const EntityInfo *info = entityOf(t.table);
        if (t.table == QLatin1String("audit_log"))
            doc.blocks.append(ReportBlock::of(auditTable(t)));
        else if (info)
            doc.blocks.append(ReportBlock::of(entityTable(t, *info, currency, skip)));
        else
            doc.blocks.append(ReportBlock::of(rawTable(t)));
    }
    return doc;
}

} // namespace hubdesk
