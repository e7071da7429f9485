#include "duplicatefinder.h"

#include "../storage/database.h"
#include "../storage/rowinserter.h"
#include "../storage/sql.h"
#include "matchkeys.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace hubdesk {

bool DuplicateFinder::supports(EntityType type)
{
    return type == EntityType::Organisation || type == EntityType::Person;
}

DuplicateFinder::DuplicateFinder(Database &db, EntityType type)
    : m_db(db)
    , m_type(type)
{
}

DuplicateFinder::Keys DuplicateFinder::keysOf(const Record &r) const
{
    Keys k;
    k.email = MatchKeys::email(r.text(QStringLiteral("email")));
    if (m_type == EntityType::Organisation) {
        k.companyId = MatchKeys::companyId(r.text(QStringLiteral("company_id")), r.text(QStringLiteral("country")));
        if (!k.companyId.isEmpty()) // ids of different countries may share digits
            k.companyId.prepend(r.text(QStringLiteral("country")).trimmed().toUpper() + QLatin1Char(':'));
        k.domain = MatchKeys::websiteDomain(r.text(QStringLiteral("website")));
        // Pages on a shared host say nothing about who owns them.
        static const QStringList shared = {
            QStringLiteral("facebook.com"), QStringLiteral("linkedin.com"),  QStringLiteral("instagram.com"),
            QStringLiteral("twitter.com"),  QStringLiteral("x.com"),         QStringLiteral("youtube.com"),
            QStringLiteral("google.com"),   QStringLiteral("sites.google.com"), QStringLiteral("github.com"),
            QStringLiteral("wordpress.com"), QStringLiteral("blogspot.com"), QStringLiteral("wixsite.com"),
            QStringLiteral("medium.com"),   QStringLiteral("cordis.europa.eu"), QStringLiteral("europa.eu"),
        };
        if (shared.contains(k.domain) || k.domain.endsWith(QLatin1String(".wordpress.com"))
            || k.domain.endsWith(QLatin1String(".blogspot.com")) || k.domain.endsWith(QLatin1String(".wixsite.com")))
            k.domain.clear();
        k.name = MatchKeys::normalisedName(r.text(QStringLiteral("name")));
    } else {
        k.name = MatchKeys::personName(r.text(QStringLiteral("first_name")), r.text(QStringLiteral("last_name")));
        // A person's name alone is too weak a key (two Ivan Petrovs); with the organisation it is not.
        if (!k.name.isEmpty())
            k.name += QLatin1Char('@') + r.text(QStringLiteral("organisation_id"));
    }
    return k;
}

void DuplicateFinder::index(const Keys &k, qint64 id)
{
    // The first record of a key keeps it: the oldest is the one to merge into.
    if (!k.companyId.isEmpty())
        m_byCompanyId.insert(k.companyId, m_byCompanyId.value(k.companyId, id));
    if (!k.email.isEmpty())
        m_byEmail.insert(k.email, m_byEmail.value(k.email, id));
    if (!k.domain.isEmpty())
        m_byDomain.insert(k.domain, m_byDomain.value(k.domain, id));
    if (!k.name.isEmpty())
        m_byName.insert(k.name, m_byName.value(k.name, id));
    const QString &identity = m_type == EntityType::Organisation ? k.companyId : k.email;
    if (!identity.isEmpty())
        m_identityOf.insert(id, identity);
}

namespace {

// The key fields of the live records of \a type that \a condition (SQL over the table,
// with \a binds) picks, in id order, at most \a limit (0: all), one Record at a time,
// until \a visit returns false.
Error forEachKeyRecord(const Database &db, EntityType type, const QString &condition, const QVariantList &binds, int limit,
                       const std::function<bool(const Record &)> &visit)
{
    const bool orgs = type == EntityType::Organisation;
    const QStringList fields = orgs ? QStringList{QStringLiteral("name"), QStringLiteral("company_id"), QStringLiteral("country"),
                                                  QStringLiteral("email"), QStringLiteral("website")}
                                    : QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                                  QStringLiteral("organisation_id"), QStringLiteral("email")};
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    Error e = Sql::prepare(q, QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted_at IS NULL%3 ORDER BY id%4")
                                  .arg(fields.join(QStringLiteral(", ")), Entities::info(type).table,
                                       condition.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(condition),
                                       limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!e)
        e = Sql::exec(q);
    while (!e && q.next()) {
        Record r(type);
        r.id = q.value(0).toLongLong();
        for (int i = 0; i < fields.size(); ++i)
            r.setValue(fields.at(i), q.value(i + 1));
        if (!visit(r))
            break;
    }
    return e;
}

} // namespace

Error DuplicateFinder::forEachLive(const std::function<bool(const Record &)> &visit) const
{
    return forEachKeyRecord(m_db, m_type, QString(), {}, 0, visit);
}

Error DuplicateFinder::load()
{
    return forEachLive([this](const Record &r) {
        index(keysOf(r), r.id);
        return true;
    });
}

qint64 DuplicateFinder::likely(Database &db, const Record &record, QString *why, Error *error)
{
    const EntityType type = record.entity();
    if (!supports(type))
        return 0;
    DuplicateFinder finder(db, type);
    const Keys k = finder.keysOf(record);
    // Candidates through the indexes: the same e-mail or company id, a website holding
    // the domain, a sort name with the same beginning; then the keys decide.
    const QString folded = RowInserter::sortNameOf(record);
    QString prefix = folded.left(3);
    prefix.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const bool orgs = type == EntityType::Organisation;
    const QString condition = orgs
        ? QStringLiteral("id <> ? AND ((? <> '' AND company_id = ?) OR (? <> '' AND email = ? COLLATE NOCASE) "
                         "OR (? <> '' AND website LIKE ?) OR (? <> '' AND sort_name LIKE ? ESCAPE '\\'))")
        : QStringLiteral("id <> ? AND ((? <> '' AND email = ? COLLATE NOCASE) OR (? <> '' AND sort_name LIKE ? ESCAPE '\\'))");
    QVariantList binds{record.id};
    if (orgs)
        binds << record.text(QStringLiteral("company_id")) << record.text(QStringLiteral("company_id"))
              << record.text(QStringLiteral("email")) << record.text(QStringLiteral("email")) << k.domain
              << QStringLiteral("%") + k.domain + QStringLiteral("%") << prefix << prefix + QStringLiteral("%");
    else
        binds << record.text(QStringLiteral("email")) << record.text(QStringLiteral("email")) << prefix
              << prefix + QStringLiteral("%");
    const Error e = forEachKeyRecord(db, type, condition, binds, 500, [&](const Record &r) {
        finder.index(finder.keysOf(r), r.id);
        return true;
    });
    if (error)
        *error = e;
    return e ? 0 : finder.find(record, why);
}

QList<DuplicatePair> DuplicateFinder::pairs(Database &db, EntityType type, int limit, Error *error,
                                            const Progress &progress)
{
    DuplicateFinder finder(db, type);
    QList<DuplicatePair> found;
    QSet<QPair<qint64, qint64>> seen;
    // Near names are compared within groups of names sharing their first three letters;
    // a group larger than this is left (it is a common word, not a name).
    constexpr int largestGroup = 300;
    QHash<QString, QList<QPair<qint64, QString>>> groups;
    // How far: the records by id (ids grow, so the last id is a cheap stand-in for the
    // count) for the first part, the groups of near names for the rest. Asked every few
    // thousand records or groups, so that a stop is felt at once and costs nothing.
    constexpr int readShare = 850;
    constexpr qint64 askEvery = 2048;
    const qint64 lastId = progress ? Sql::scalar(db.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM %1")
                                                                      .arg(Entities::info(type).table))
                                         .toLongLong()
                                   : 0;
    bool stopped = false;
    qint64 visited = 0;
    // The names the list shows, kept while reading (a few MB for 100,000 records) rather
    // than read again record by record for the pairs found, which took longer than the search.
    QHash<qint64, QString> labels;
    const Error e = finder.forEachLive([&](const Record &r) {
        if (progress && ++visited % askEvery == 0
            && !progress(lastId > 0 ? int(std::min<qint64>(r.id * readShare / lastId, readShare)) : 0)) {
            stopped = true;
            return false;
        }
        QString why;
        const qint64 earlier = finder.find(r, &why);
        if (earlier && !seen.contains({earlier, r.id})) {
            seen.insert({earlier, r.id});
            found.append({earlier, r.id, why, 1, {}, {}}); // labelled at the end
        }
        const Keys k = finder.keysOf(r);
        finder.index(k, r.id);
        labels.insert(r.id, type == EntityType::Person ? (r.text(QStringLiteral("first_name")) + QLatin1Char(' ')
                                                          + r.text(QStringLiteral("last_name"))).trimmed()
                                                       : r.text(QStringLiteral("name")));
        const QString name = type == EntityType::Organisation ? k.name : k.name.section(QLatin1Char('@'), 0, 0);
        if (name.size() >= 3)
            groups[name.left(3)].append({r.id, name});
        return true;
    });
    if (error)
        *error = e;
    if (e || stopped)
        return {};
    QList<DuplicatePair> near;
    qint64 groupsDone = 0;
    qint64 comparedSinceAsked = 0; // a group of 300 names is 45,000 comparisons: counted, not the groups
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto &g = it.value();
        ++groupsDone;
        if (g.size() < 2 || g.size() > largestGroup)
            continue;
        comparedSinceAsked += g.size() * (g.size() - 1) / 2;
        if (progress && comparedSinceAsked >= askEvery * 32) {
            comparedSinceAsked = 0;
            if (!progress(readShare + int(groupsDone * (1000 - readShare) / groups.size())))
                return {};
        }
        for (int i = 0; i < g.size(); ++i) {
            for (int j = i + 1; j < g.size(); ++j) {
                if (g.at(i).second == g.at(j).second || seen.contains({g.at(i).first, g.at(j).first}))
                    continue;
                const double score = MatchKeys::similarity(g.at(i).second, g.at(j).second);
                if (score >= MatchKeys::likelyDuplicateThreshold) {
                    seen.insert({g.at(i).first, g.at(j).first});
                    near.append({g.at(i).first, g.at(j).first,
                                 tr("similar names (%1 % alike)").arg(qRound(score * 100)), score, {}, {}});
                }
            }
        }
    }
    std::sort(near.begin(), near.end(), [](const DuplicatePair &a, const DuplicatePair &b) { return a.score > b.score; });
    found.append(near);
    if (found.size() > limit)
        found.resize(limit);
    for (DuplicatePair &p : found) {
        p.firstLabel = labels.value(p.first);
        p.secondLabel = labels.value(p.second);
    }
    return found;
}

qint64 DuplicateFinder::find(const Record &record, QString *why) const
{
    return find(keysOf(record), why);
}

qint64 DuplicateFinder::find(const Keys &k, QString *why) const
{
    // A weaker key is not enough against a stronger one that differs: two companies
    // with different company IDs are two companies whatever their names (a register
    // has ”Екоенергия” ООД under two IDs), and two people with different e-mails
    // sharing a name are left for the user to compare (Find duplicates) rather than
    // one of them dropped.
    const QString &identity = m_type == EntityType::Organisation ? k.companyId : k.email;
    const auto differs = [&](qint64 id) {
        if (identity.isEmpty())
            return false;
        const QString other = m_identityOf.value(id);
        return !other.isEmpty() && other != identity;
    };
    if (!k.companyId.isEmpty() && m_byCompanyId.contains(k.companyId)) {
        *why = tr("the same company ID (%1)").arg(k.companyId.section(QLatin1Char(':'), 1));
        return m_byCompanyId.value(k.companyId);
    }
    if (!k.email.isEmpty() && m_byEmail.contains(k.email) && !differs(m_byEmail.value(k.email))) {
        *why = tr("the same e-mail (%1)").arg(k.email);
        return m_byEmail.value(k.email);
    }
    if (!k.domain.isEmpty() && m_byDomain.contains(k.domain) && !differs(m_byDomain.value(k.domain))) {
        *why = tr("the same website (%1)").arg(k.domain);
        return m_byDomain.value(k.domain);
    }
    if (!k.name.isEmpty() && m_byName.contains(k.name) && !differs(m_byName.value(k.name))) {
        *why = tr("the same name once quotes, legal form, case, accents and script are set aside");
        return m_byName.value(k.name);
    }
    return 0;
}

void DuplicateFinder::add(const Record &record)
{
    index(keysOf(record), record.id);
}

} // namespace hubdesk
