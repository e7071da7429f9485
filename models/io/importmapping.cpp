#include "importmapping.h"

#include "../domain/entityinfo.h"
#include "../domain/textfold.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTranslator>

namespace hubdesk {

namespace {

// Header text folded for comparing: case, accents, punctuation and spacing do not count.
QString headerKey(const QString &text)
{
    static const QRegularExpression noise(QStringLiteral("[\\s_\\-.:/()*]+"));
    return TextFold::fold(text).remove(noise);
}

struct Layout
{
    const char *name;
    const char *signature; // a header only this layout has
    QList<QPair<const char *, const char *>> columns; // header → person field
};

// The contact exports people bring: the header names each program writes.
const QList<Layout> &layouts()
{
    static const QList<Layout> list = {
        {"Google Contacts", "Given Name",
         {{"Given Name", "first_name"}, {"Family Name", "last_name"}, {"E-mail 1 - Value", "email"},
          {"Phone 1 - Value", "phone"}, {"Phone 2 - Value", "mobile"}, {"Organization 1 - Title", "job_title"},
          {"Notes", "notes"}, {"Website 1 - Value", "linkedin"}}},
        {"Outlook", "E-mail Address",
         {{"First Name", "first_name"}, {"Last Name", "last_name"}, {"E-mail Address", "email"},
          {"Business Phone", "phone"}, {"Mobile Phone", "mobile"}, {"Job Title", "job_title"},
          {"Business City", "city"}, {"Business Country/Region", "country"}, {"Notes", "notes"}}},
        {"Thunderbird", "Primary Email",
         {{"First Name", "first_name"}, {"Last Name", "last_name"}, {"Primary Email", "email"},
          {"Work Phone", "phone"}, {"Mobile Number", "mobile"}, {"Job Title", "job_title"}, {"Work City", "city"},
          {"Work Country", "country"}, {"Notes", "notes"}}},
    };
    return list;
}

} // namespace

QString ImportMapping::contactLayout(const QStringList &header)
{
    for (const Layout &l : layouts()) {
        for (const QString &h : header) {
            if (headerKey(h) == headerKey(QString::fromLatin1(l.signature)))
                return QString::fromLatin1(l.name);
        }
    }
    return {};
}

QStringList ImportMapping::importableFields(EntityType target)
{
    QStringList keys;
    for (const Field &f : Entities::info(target).fields) {
        if (!f.managed)
            keys.append(f.key);
    }
    return keys;
}

ImportMapping ImportMapping::automatic(EntityType target, const QStringList &header,
                                       const QList<const QTranslator *> &extraLanguages)
{
    QHash<QString, QString> names; // folded header text → field key
    const EntityInfo &info = Entities::info(target);
    for (const QString &key : importableFields(target)) {
        const Field *f = info.field(key);
        names.insert(headerKey(key), key);
        names.insert(headerKey(QString::fromUtf8(f->label)), key);
        names.insert(headerKey(f->translatedLabel()), key);
        for (const QTranslator *t : extraLanguages) {
            const QString translated = t->translate("Fields", f->label);
            if (!translated.isEmpty())
                names.insert(headerKey(translated), key);
        }
    }
    // A contact export of a known program maps by that program's header names first.
    if (target == EntityType::Person) {
        const QString layout = contactLayout(header);
        for (const Layout &l : layouts()) {
            if (layout == QString::fromLatin1(l.name)) {
                for (const auto &c : l.columns)
                    names.insert(headerKey(QString::fromLatin1(c.first)), QString::fromLatin1(c.second));
            }
        }
    }
    ImportMapping mapping;
    mapping.target = target;
    QStringList taken;
    for (int c = 0; c < header.size(); ++c) {
        const QString key = names.value(headerKey(header.at(c)));
        // The first column of a name wins; a second "E-mail" column stays unmapped.
        if (!key.isEmpty() && !taken.contains(key)) {
            mapping.columns.insert(c, key);
            taken.append(key);
        }
    }
    return mapping;
}

QStringList ImportMapping::problems(int columnCount) const
{
    QStringList list;
    const EntityInfo &info = Entities::info(target);
    const QStringList allowed = importableFields(target);
    QHash<QString, int> used;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!allowed.contains(it.value()))
            list.append(tr("Column %1 is mapped to “%2”, which a %3 does not have.")
                            .arg(it.key() + 1)
                            .arg(it.value(), info.singularLabel().toLower()));
        if (it.key() < 0 || it.key() >= columnCount)
            list.append(tr("Column %1 is mapped, but the file has %2 columns.").arg(it.key() + 1).arg(columnCount));
        if (used.contains(it.value()))
            list.append(tr("Columns %1 and %2 are both mapped to “%3”.")
                            .arg(std::min(used.value(it.value()), it.key()) + 1)
                            .arg(std::max(used.value(it.value()), it.key()) + 1)
                            .arg(info.field(it.value()) ? info.field(it.value())->translatedLabel() : it.value()));
        used.insert(it.value(), it.key());
    }
    for (auto it = fixed.cbegin(); it != fixed.cend(); ++it) {
        if (!allowed.contains(it.key()))
            list.append(tr("A fixed value is given for “%1”, which a %2 does not have.")
                            .arg(it.key(), info.singularLabel().toLower()));
    }
    for (const Field &f : info.fields) {
        if (f.required && !used.contains(f.key) && fixed.value(f.key).trimmed().isEmpty()
            && !Entities::defaults(target).contains(f.key))
            list.append(tr("“%1” is required: map a column to it or give it a value for every row.")
                            .arg(f.translatedLabel()));
    }
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(QString::number(it.key() + 1), it.value());
    QJsonObject values;
    for (auto it = fixed.cbegin(); it != fixed.cend(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("hubdesk-import-mapping"));
    json.insert(QStringLiteral("version"), 1);
    json.insert(QStringLiteral("target"), Entities::info(target).key);
    json.insert(QStringLiteral("header"), hasHeader);
    json.insert(QStringLiteral("columns"), cols);
    json.insert(QStringLiteral("fixed"), values);
    return json;
}

Error ImportMapping::fromJson(const QJsonObject &json, ImportMapping *mapping)
{
    const auto bad = [](const QString &why) {
        return Error::make(Error::Code::Validation, tr("The mapping cannot be used: %1.").arg(why));
    };
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("hubdesk-import-mapping"))
        return bad(tr("it is not a HubDesk import mapping"));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return bad(tr("it was written by a newer HubDesk"));
    bool ok = false;
    ImportMapping m;
    m.target = Entities::fromKey(json.value(QStringLiteral("target")).toString(), &ok);
    if (!ok)
        return bad(tr("“%1” is not something HubDesk imports").arg(json.value(QStringLiteral("target")).toString()));
    m.hasHeader = json.value(QStringLiteral("header")).toBool(true);
    const QJsonObject cols = json.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.constBegin(); it != cols.constEnd(); ++it) {
        const int column = it.key().toInt(&ok);
        if (!ok || column < 1 || column > 16384)
            return bad(tr("“%1” is not a column number (1, 2, 3 …)").arg(it.key()));
        m.columns.insert(column - 1, it.value().toString());
    }
    const QJsonObject values = json.value(QStringLiteral("fixed")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        m.fixed.insert(it.key(), it.value().toString());
    *mapping = m;
    return {};
}

Error ImportMapping::load(const QString &path, ImportMapping *mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("The mapping “%1” cannot be read: %2.").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        return Error::make(Error::Code::Validation, tr("The mapping “%1” is too large to be a mapping.").arg(path));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Code::Validation,
                           tr("The mapping “%1” is not valid JSON (at character %2: %3).")
                               .arg(path)
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    return fromJson(doc.object(), mapping);
}

Error ImportMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("The mapping cannot be saved to “%1”: %2.").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(Error::Code::Io, tr("The mapping cannot be saved to “%1”: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace hubdesk
