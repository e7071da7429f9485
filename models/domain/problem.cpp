#include "problem.h"

#include "entityinfo.h"

#include <QCoreApplication>

namespace hubdesk {

QString Problem::toString() const
{
    const EntityInfo &info = Entities::info(entity);
    if (field.isEmpty())
        return QCoreApplication::translate("Problem", "%1: %2").arg(info.singularLabel(), message);
    const Field *f = info.field(field);
    const QString where = f ? f->translatedLabel() : field;
    return QCoreApplication::translate("Problem", "%1 › %2: %3").arg(info.singularLabel(), where, message);
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace hubdesk
