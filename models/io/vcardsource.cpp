#include "vcardsource.h"

#include "../domain/entityinfo.h"

namespace hubdesk {

namespace {

// The first value of \a values whose types include one of \a wanted, else (when
// \a avoided is given) the first value that has none of those types; empty when none.
QString pick(const QList<VCardValue> &values, const QStringList &wanted, const QStringList &avoided = {})
{
    for (const VCardValue &v : values) {
        for (const QString &t : wanted) {
            if (v.types.contains(t))
                return v.value;
        }
    }
    if (avoided.isEmpty())
        return {};
    for (const VCardValue &v : values) {
        bool bad = false;
        for (const QString &t : avoided)
            bad = bad || v.types.contains(t);
        if (!bad)
            return v.value;
    }
    return {};
}

} // namespace

VCardSource::VCardSource(const QString &path)
    : m_reader(path)
{
}

QStringList VCardSource::header()
{
    // The people fields' own labels, so that the automatic mapping takes them as they are.
    const EntityInfo &people = Entities::info(EntityType::Person);
    QStringList h;
    for (const char *key : {"first_name", "last_name", "job_title", "email", "phone", "mobile", "city", "country", "notes"})
        h.append(people.field(QString::fromLatin1(key))->translatedLabel());
    return h;
}

bool VCardSource::next(SourceRow *row)
{
    if (!m_headerGiven) {
        m_headerGiven = true;
        row->number = 0;
        row->cells = header();
        return true;
    }
    VCardContact c;
    if (!m_reader.next(&c))
        return false;
    QString first = c.givenName;
    QString last = c.familyName;
    if (first.isEmpty() && last.isEmpty()) // a card with only FN: its last word is the family name
        last = c.formattedName;
    const VCardAddress address = c.addresses.value(0);
    // What people have no field for goes into the notes, so that nothing of the card is lost.
    QStringList notes;
    if (!c.note.isEmpty())
        notes.append(c.note);
    if (!c.organisation.isEmpty())
        notes.append(tr("Organisation in the vCard: %1")
                         .arg(c.department.isEmpty() ? c.organisation : c.organisation + QStringLiteral(", ") + c.department));
    for (const QString &url : c.urls)
        notes.append(tr("Web: %1").arg(url));
    row->number = c.line;
    row->cells = {first,
                  last,
                  c.title.isEmpty() ? c.role : c.title,
                  c.emails.isEmpty() ? QString() : c.emails.first().value,
                  pick(c.phones, {QStringLiteral("work")}, {QStringLiteral("cell"), QStringLiteral("fax"), QStringLiteral("pager")}),
                  pick(c.phones, {QStringLiteral("cell")}),
                  address.locality,
                  address.country,
                  notes.join(QLatin1Char('\n'))};
    return true;
}

} // namespace hubdesk
