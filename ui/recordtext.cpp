#include "recordtext.h"

#include "../models/domain/record.h"
#include "../models/storage/recordcodec.h"
#include "../models/storage/repositories.h"
#include "../models/storage/settingsrepository.h"
#include "../models/tablemodels/entitytablemodel.h"

#include <QCoreApplication>

namespace hubdesk {

QString RecordText::display(Database &db, const Field &field, const QVariant &value)
{
    if (isBlank(value))
        return field.type == FieldType::Bool ? QCoreApplication::translate("RecordText", "No") : QStringLiteral("—");
    switch (field.type) {
    case FieldType::EnumSet: {
        QStringList labels;
        for (const QString &key : value.toStringList())
            labels.append(Enums::label(field.enumType, key));
        return labels.join(QLatin1String(", "));
    }
    case FieldType::TagList:
        return value.toStringList().join(QLatin1String(", "));
    case FieldType::Reference: {
        auto repo = Repositories::create(db, field.reference);
        Record r;
        if (repo->get(value.toLongLong(), &r, true))
            return QStringLiteral("#%1").arg(value.toLongLong());
        ListQuery q;
        q.filters = {Filter::equals(QStringLiteral("id"), r.id)};
        q.inTrash = r.deletedAt.isValid();
        const RowSet rows = repo->list(q);
        return rows.rows.isEmpty() ? QStringLiteral("#%1").arg(r.id) : rows.value(0, QStringLiteral("label")).toString();
    }
    case FieldType::Bool:
        return value.toBool() ? QCoreApplication::translate("RecordText", "Yes")
                              : QCoreApplication::translate("RecordText", "No");
    case FieldType::LongText:
        return value.toString();
    default:
        return EntityTableModel::displayText(field, RecordCodec::toSql(field, value), SettingsRepository(db).currency());
    }
}

} // namespace hubdesk
