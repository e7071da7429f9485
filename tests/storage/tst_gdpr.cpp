// The duties that come with personal data: consent records, "export everything about
// this person" (JSON and PDF), "erase this person" (everywhere, the audit log and the
// search index included, with every report figure unchanged) and the retention review.
#include "demo/demodata.h"
#include "domain/textfold.h"
#include "io/persondatajson.h"
#include "reports/pdfreportwriter.h"
#include "reports/persondatareport.h"
#include "reports/reportbuilder.h"
#include "storage/attachmentrepository.h"
#include "storage/consentrepository.h"
#include "storage/persondata.h"
#include "storage/personerasure.h"
#include "storage/recordmerger.h"
#include "storage/repositories.h"
#include "storage/retentionreview.h"
#include "storage/settingsrepository.h"
#include "storage/sql.h"
#include "storage/trash.h"
#include "storage/voucherrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

namespace {

const QString First = QStringLiteral("Quorra");
const QString Last = QStringLiteral("Zyxqvistova");
const QString FullName = QStringLiteral("Quorra Zyxqvistova");
const QString Email = QStringLiteral("quorra.zyx@example.org");
const QString Phone = QStringLiteral("+359 88 765 4321");

// A person with something in every table that can be about a person.
struct Subject
{
    qint64 person = 0;
    qint64 startup = 0;
    qint64 organisation = 0;
    qint64 consent = 0;
    qint64 interaction = 0;
    qint64 session = 0;
    qint64 voucher = 0;
    qint64 participation = 0;
    qint64 attachment = 0;
    qint64 otherOrganisation = 0;
};

Subject makeSubject(Database &db)
{
    Subject s;
    s.startup = test::addStartup(db, QStringLiteral("Zeta Media"));
    s.organisation = Sql::scalar(db.connection(), QStringLiteral("SELECT organisation_id FROM startups WHERE id = ?"), {s.startup})
                         .toLongLong();
    auto people = Repositories::create(db, EntityType::Person);
    Record p = test::person(First, Last, true);
    p.setValue(QStringLiteral("email"), Email);
    p.setValue(QStringLiteral("phone"), Phone);
    p.setValue(QStringLiteral("bio"), QStringLiteral("Media lawyer in Sofia; ex-editor."));
    p.setValue(QStringLiteral("notes"), QStringLiteral("Prefers calls after 16:00."));
    p.setValue(QStringLiteral("organisation_id"), s.organisation);
    p.setValue(QStringLiteral("expertise"), QStringList{QStringLiteral("GDPR law")});
    p.setValue(QStringLiteral("languages"), QStringList{QStringLiteral("Bulgarian")});
    p.setValue(QStringLiteral("expert_roles"), QStringList{QStringLiteral("mentor")});
    p.setValue(QStringLiteral("hour_rate_cents"), 9000);
    if (Error e = people->create(p))
        qFatal("person: %s", qPrintable(e.message));
    s.person = p.id;
    // An edit, so that the audit log has old and new values.
    p.setValue(QStringLiteral("mobile"), QStringLiteral("+359 89 111 2222"));
    if (Error e = people->update(p))
        qFatal("person update: %s", qPrintable(e.message));

    ConsentRepository consents(db);
    Record c(EntityType::Consent);
    c.setValue(QStringLiteral("person_id"), s.person);
    c.setValue(QStringLiteral("purpose"), QStringLiteral("Newsletter"));
    c.setValue(QStringLiteral("given_on"), QDate(2025, 2, 1));
    c.setValue(QStringLiteral("method"), QStringLiteral("Web form"));
    c.setValue(QStringLiteral("notes"), QStringLiteral("Signed by Quorra Zyxqvistova at the door"));
    if (Error e = consents.create(c))
        qFatal("consent: %s", qPrintable(e.message));
    s.consent = c.id;

    Record session = test::session(s.startup, s.person, QDate(2025, 4, 10));
    session.setValue(QStringLiteral("summary"), QStringLiteral("Quorra Zyxqvistova went through the term sheet."));
    auto sessions = Repositories::create(db, EntityType::Session);
    if (Error e = sessions->create(session))
        qFatal("session: %s", qPrintable(e.message));
    s.session = session.id;

    Record i(EntityType::Interaction);
    i.setValue(QStringLiteral("organisation_id"), s.organisation);
    i.setValue(QStringLiteral("person_id"), s.person);
    i.setValue(QStringLiteral("type"), QStringLiteral("call"));
    i.setValue(QStringLiteral("occurred_on"), QDate(2025, 5, 2));
    i.setValue(QStringLiteral("subject"), QStringLiteral("Call with quorra zyxqvistova"));
    i.setValue(QStringLiteral("notes"), QStringLiteral("Write to ") + Email + QStringLiteral(" next week."));
    auto interactions = Repositories::create(db, EntityType::Interaction);
    if (Error e = interactions->create(i))
        qFatal("interaction: %s", qPrintable(e.message));
    s.interaction = i.id;

    test::setVoucherLimits(db, 500000, 5000000);
    Record v = test::voucher(s.startup, 100000);
    v.setValue(QStringLiteral("traveller_id"), s.person);
    v.setValue(QStringLiteral("number"), QStringLiteral("TV-ZYX-1"));
    v.setValue(QStringLiteral("purpose"), QStringLiteral("Quorra Zyxqvistova to a media conference"));
    VoucherRepository vouchers(db);
    if (Error e = vouchers.create(v))
        qFatal("voucher: %s", qPrintable(e.message));
    if (Error e = vouchers.approve(v, 80000, QDate(2025, 5, 10)))
        qFatal("approve: %s", qPrintable(e.message));
    s.voucher = v.id;

    Record ev(EntityType::Event);
    ev.setValue(QStringLiteral("name"), QStringLiteral("Deeptech on stage 7"));
    ev.setValue(QStringLiteral("type"), QStringLiteral("deeptech_on_stage"));
    ev.setValue(QStringLiteral("starts_on"), QDate(2025, 6, 1));
    auto events = Repositories::create(db, EntityType::Event);
    if (Error e = events->create(ev))
        qFatal("event: %s", qPrintable(e.message));
    Record pa(EntityType::Participation);
    pa.setValue(QStringLiteral("event_id"), ev.id);
    pa.setValue(QStringLiteral("person_id"), s.person);
    pa.setValue(QStringLiteral("role"), QStringLiteral("jury"));
    pa.setValue(QStringLiteral("notes"), QStringLiteral("Quorra chaired the jury"));
    auto participations = Repositories::create(db, EntityType::Participation);
    if (Error e = participations->create(pa))
        qFatal("participation: %s", qPrintable(e.message));
    s.participation = pa.id;

    AttachmentRepository attachments(db);
    Record a;
    if (Error e = attachments.add(EntityType::Person, s.person, QStringLiteral("zyxqvistova-cv.pdf"),
                                  QByteArray("%PDF-1.4 cv of Quorra Zyxqvistova"), QStringLiteral("application/pdf"),
                                  QStringLiteral("CV"), &a))
        qFatal("attachment: %s", qPrintable(e.message));
    s.attachment = a.id;

    // Another stakeholder whose notes mention the person: found through the audit log.
    auto orgs = Repositories::create(db, EntityType::Organisation);
    Record o = test::organisation(QStringLiteral("Omega Press"));
    o.setValue(QStringLiteral("notes"), QStringLiteral("Contact: ") + Email);
    if (Error e = orgs->create(o))
        qFatal("organisation: %s", qPrintable(e.message));
    s.otherOrganisation = o.id;
    return s;
}

// A report as text: everything a reader sees (the generation time aside).
QString reportText(const ReportDocument &doc)
{
    QStringList lines = {doc.title, doc.subtitle};
    for (const auto &h : doc.header) {
        if (h.first != QLatin1String("Generated"))
            lines.append(h.first + QLatin1Char('=') + h.second);
    }
    for (const ReportBlock &b : doc.blocks) {
        lines.append(b.text);
        for (const auto &p : b.keyValues)
            lines.append(p.first + QLatin1Char('=') + p.second);
        lines.append(b.table.title);
        for (const QVariantList &row : b.table.rows) {
            QStringList cells;
            for (const QVariant &v : row)
                cells.append(v.toString());
            lines.append(cells.join(QLatin1Char('|')));
        }
        QStringList totals;
        for (const QVariant &v : b.table.totals)
            totals.append(v.toString());
        lines.append(totals.join(QLatin1Char('|')));
        lines.append(b.chart.labels.join(QLatin1Char('|')));
        for (double v : b.chart.values)
            lines.append(QString::number(v));
    }
    return lines.join(QLatin1Char('\n'));
}

// The periodic and FSTP reports exactly; the timesheet and profiles as sets of lines (they
// are sorted by name, so a renamed expert moves).
QString allReports(Database &db)
{
    QStringList texts;
    QStringList sortedLines;
    for (auto kind : {ReportRequest::Kind::Periodic, ReportRequest::Kind::Fstp, ReportRequest::Kind::Timesheet,
                      ReportRequest::Kind::Profile}) {
        for (const auto &range : {QPair<QDate, QDate>(QDate(2020, 1, 1), QDate(2030, 12, 31)),
                                  QPair<QDate, QDate>(QDate(QDate::currentDate().year() - 1, 1, 1),
                                                      QDate(QDate::currentDate().year() - 1, 12, 31))}) {
            ReportRequest r;
            r.kind = kind;
            r.from = range.first;
            r.to = range.second;
            Error e;
            const ReportDocument doc = ReportBuilder::build(db, r, &e);
            if (e)
                qFatal("report: %s", qPrintable(e.message));
            if (kind == ReportRequest::Kind::Periodic || kind == ReportRequest::Kind::Fstp)
                texts.append(reportText(doc));
            else
                sortedLines += reportText(doc).split(QLatin1Char('\n'));
        }
    }
    sortedLines.sort();
    texts.append(sortedLines.join(QLatin1Char('\n')));
    return texts.join(QStringLiteral("\n=====\n"));
}

qint64 count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    Error e;
    const qint64 n = Sql::scalar(db.connection(), sql, binds, &e).toLongLong();
    if (e)
        qFatal("%s: %s", qPrintable(sql), qPrintable(e.message));
    return n;
}

int versionOf(Database &db, qint64 person)
{
    return int(count(db, QStringLiteral("SELECT version FROM people WHERE id = ?"), {person}));
}

} // namespace

class TestGdpr : public QObject
{
    Q_OBJECT
private slots:
    void references_coverEveryForeignKeyToPeople();
    void tables_areEachClassified();
    void consent_withdrawAndStatus();
    void export_holdsEveryTableAboutThePerson();
    void export_jsonAndPdfFiles();
    void export_unwritablePath_namesThePath();
    void erase_removesThePersonEverywhere();
    void erase_leavesNoTraceInTheFile();
    void erase_keepsEveryReportFigure();
    void erase_badInput();
    void erase_mergedRecordsAndBookkeeping();
    void auditLog_staysAppendOnlyOutsideAnErasure();
    void erasedPerson_cannotBeEditedAgain();
    void retention_listsPeopleWithoutActivity();
    void retention_settingIsChecked();
};

void TestGdpr::references_coverEveryForeignKeyToPeople()
{
    // A new table that refers to a person must be added to PersonData::references(), or
    // neither the export nor the erasure would know it.
    auto db = test::memoryDatabase();
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                                  "WHERE m.type = 'table' AND f.\"table\" = 'people'")));
    int found = 0;
    while (q.next()) {
        ++found;
        bool covered = false;
        for (const PersonReference &r : PersonData::references())
            covered = covered || (r.table == q.value(0).toString() && r.column == q.value(1).toString());
        QVERIFY2(covered, qPrintable(q.value(0).toString() + QLatin1Char('.') + q.value(1).toString()));
    }
    QCOMPARE(found, PersonData::references().size());
}

void TestGdpr::tables_areEachClassified()
{
    auto db = test::memoryDatabase();
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "AND name NOT LIKE 'enum_%' AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'")));
    QStringList known = PersonData::bookkeepingTables() + PersonData::tablesWithoutPersonData();
    for (const PersonReference &r : PersonData::references())
        known.append(r.table);
    while (q.next())
        QVERIFY2(known.contains(q.value(0).toString()),
                 qPrintable(QStringLiteral("table %1 is neither read for a person nor declared to hold nothing about one")
                                .arg(q.value(0).toString())));
}

void TestGdpr::consent_withdrawAndStatus()
{
    auto db = test::memoryDatabase();
    const Subject s = makeSubject(*db);
    ConsentRepository consents(*db);
    ConsentStatus status = consents.statusOf(s.person);
    QCOMPARE(status.given, QStringList{QStringLiteral("Newsletter")});
    QVERIFY(status.withdrawn.isEmpty());

    Record c;
    QVERIFY(!consents.get(s.consent, &c));
    // Before the day it was given: refused.
    QCOMPARE(consents.withdraw(s.consent, c.version, QDate(2025, 1, 1)).code, Error::Code::Validation);
    // A stale version: refused, nothing changed.
    QCOMPARE(consents.withdraw(s.consent, c.version - 1, QDate(2025, 3, 1)).code, Error::Code::Conflict);
    Record updated;
    QVERIFY(!consents.withdraw(s.consent, c.version, QDate(2025, 3, 1), &updated));
    QCOMPARE(updated.date(QStringLiteral("withdrawn_on")), QDate(2025, 3, 1));
    QCOMPARE(updated.version, c.version + 1);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'consent' AND record_id = ? AND action = 'update' "
                                       "AND changes LIKE '%withdrawn_on%'"),
                   {s.consent}),
             1);
    const Error again = consents.withdraw(s.consent, updated.version, QDate(2025, 4, 1));
    QCOMPARE(again.code, Error::Code::Refused);
    QVERIFY2(again.message.contains(QStringLiteral("Newsletter")), qPrintable(again.message));
    status = consents.statusOf(s.person);
    QVERIFY(status.given.isEmpty());
    QCOMPARE(status.withdrawn, QStringList{QStringLiteral("Newsletter")});
    QCOMPARE(status.lastChange, QDate(2025, 3, 1));
}

void TestGdpr::export_holdsEveryTableAboutThePerson()
{
    auto db = test::memoryDatabase();
    const Subject s = makeSubject(*db);
    PersonDataSet data;
    QVERIFY(!PersonData::collect(*db, s.person, false, &data));
    QCOMPARE(data.label, FullName);
    const QList<QPair<QString, int>> expected = {
        {QStringLiteral("people"), 1},         {QStringLiteral("person_expert_roles"), 1},
        {QStringLiteral("person_expertise"), 1}, {QStringLiteral("person_languages"), 1},
        {QStringLiteral("consents"), 1},       {QStringLiteral("mentoring_sessions"), 1},
        {QStringLiteral("participations"), 1}, {QStringLiteral("interactions"), 1},
        {QStringLiteral("vouchers"), 1},       {QStringLiteral("attachments"), 1},
        {QStringLiteral("trash"), 0},          {QStringLiteral("merges"), 0},
        {QStringLiteral("import_batches"), 0}, {QStringLiteral("import_updates"), 0},
        {QStringLiteral("erasures"), 0}};
    for (const auto &e : expected) {
        const PersonDataTable *t = data.table(e.first);
        QVERIFY2(t, qPrintable(e.first));
        QCOMPARE(t->rows.size(), e.second);
    }
    // The audit log: the person's lines (insert, update), the linked records' lines, and the
    // stakeholder whose notes name the person's e-mail; not the unrelated startup's.
    const PersonDataTable *audit = data.table(QStringLiteral("audit_log"));
    QVERIFY(audit);
    const int entity = int(audit->columns.indexOf(QStringLiteral("entity")));
    const int record = int(audit->columns.indexOf(QStringLiteral("record_id")));
    QSet<QString> seen;
    for (const QVariantList &row : audit->rows)
        seen.insert(row.at(entity).toString() + QLatin1Char('#') + row.at(record).toString());
    for (const QString &k : {QStringLiteral("person#%1").arg(s.person), QStringLiteral("consent#%1").arg(s.consent),
                             QStringLiteral("session#%1").arg(s.session), QStringLiteral("interaction#%1").arg(s.interaction),
                             QStringLiteral("voucher#%1").arg(s.voucher), QStringLiteral("participation#%1").arg(s.participation),
                             QStringLiteral("attachment#%1").arg(s.attachment),
                             QStringLiteral("organisation#%1").arg(s.otherOrganisation)})
        QVERIFY2(seen.contains(k), qPrintable(k));
    QVERIFY(!seen.contains(QStringLiteral("organisation#%1").arg(s.organisation)));
    // Files only when asked for.
    const PersonDataTable *files = data.table(QStringLiteral("attachments"));
    QVERIFY(!files->columns.contains(QStringLiteral("file_data")));
    QVERIFY(!PersonData::collect(*db, s.person, true, &data));
    QVERIFY(data.table(QStringLiteral("attachments"))->columns.contains(QStringLiteral("file_data")));
    // Nobody: a clear message.
    const Error none = PersonData::collect(*db, 999999, false, &data);
    QCOMPARE(none.code, Error::Code::NotFound);
    QVERIFY(none.message.contains(QStringLiteral("999999")));
}

void TestGdpr::export_jsonAndPdfFiles()
{
    QTemporaryDir dir;
    auto db = test::fileDatabase(dir.filePath(QStringLiteral("x.hubdesk")));
    const Subject s = makeSubject(*db);
    // A Cyrillic name and markup that must stay text.
    auto people = Repositories::create(*db, EntityType::Person);
    Record p;
    QVERIFY(!people->get(s.person, &p));
    p.setValue(QStringLiteral("job_title"), QStringLiteral("<b>Юрист</b> & редактор"));
    QVERIFY(!people->update(p));
    PersonDataSet data;
    QVERIFY(!PersonData::collect(*db, s.person, true, &data));

    const QString json = dir.filePath(QStringLiteral("person.json"));
    QVERIFY(!PersonDataJson::write(data, json));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(test::readBytes(json), &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
    const QJsonObject tables = doc.object().value(QStringLiteral("tables")).toObject();
    for (const PersonDataTable &t : data.tables)
        QVERIFY2(tables.contains(t.table), qPrintable(t.table));
    const QJsonObject person = tables.value(QStringLiteral("people")).toArray().at(0).toObject();
    QCOMPARE(person.value(QStringLiteral("job_title")).toString(), QStringLiteral("<b>Юрист</b> & редактор"));
    QCOMPARE(person.value(QStringLiteral("email")).toString(), Email);
    // Audit changes are objects, files Base64.
    const QJsonArray audit = tables.value(QStringLiteral("audit_log")).toArray();
    QVERIFY(!audit.isEmpty());
    QVERIFY(audit.at(0).toObject().value(QStringLiteral("changes")).isObject());
    const QJsonObject file = tables.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    QCOMPARE(QByteArray::fromBase64(file.value(QStringLiteral("file_data")).toString().toLatin1()),
             QByteArray("%PDF-1.4 cv of Quorra Zyxqvistova"));

    const ReportDocument report = PersonDataReport::build(data, QStringLiteral("EUR"));
    QVERIFY(report.title.contains(FullName));
    QString text = reportText(report);
    for (const QString &title : {QStringLiteral("Consents"), QStringLiteral("Audit log"), QStringLiteral("Attachments")})
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(text.contains(QStringLiteral("<b>Юрист</b> & редактор"))); // plain text: the writer escapes it
    const QString pdf = dir.filePath(QStringLiteral("person.pdf"));
    QVERIFY(!PdfReportWriter::write(report, pdf));
    QVERIFY(test::readBytes(pdf).startsWith("%PDF"));
}

void TestGdpr::export_unwritablePath_namesThePath()
{
    QTemporaryDir dir;
    PersonDataSet data;
    data.label = FullName;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/p.json"));
    Error e = PersonDataJson::write(data, missing);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(missing)), qPrintable(e.message));
    e = PersonDataJson::write(data, dir.path());
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QStringLiteral("folder")), qPrintable(e.message));
    // A folder that cannot be written (root ignores permissions, so only when they hold).
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QFile probe(locked + QStringLiteral("/probe"));
    if (!probe.open(QIODevice::WriteOnly)) {
        e = PersonDataJson::write(data, locked + QStringLiteral("/p.json"));
        QCOMPARE(e.code, Error::Code::Io);
        QVERIFY2(e.message.contains(QStringLiteral("p.json")), qPrintable(e.message));
    }
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestGdpr::erase_removesThePersonEverywhere()
{
    auto db = test::memoryDatabase();
    const Subject s = makeSubject(*db);
    const qint64 auditBefore = count(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
    ErasureResult result;
    QVERIFY(!PersonErasure::erase(*db, s.person, versionOf(*db, s.person), &result));
    QVERIFY(result.pseudonym.startsWith(QStringLiteral("Erased person ")));
    QCOMPARE(result.records, 1);
    QCOMPARE(result.attachmentsRemoved, 1);
    QVERIFY(result.auditLines > 0);

    // The person's record: the pseudonym, nothing personal, the expert flag, roles and rate kept.
    auto people = Repositories::create(*db, EntityType::Person);
    Record p;
    QVERIFY(!people->get(s.person, &p));
    QCOMPARE(p.text(QStringLiteral("last_name")), result.pseudonym);
    for (const char *key : {"first_name", "email", "phone", "mobile", "bio", "notes", "organisation_id"})
        QVERIFY2(!p.has(QString::fromLatin1(key)), key);
    QVERIFY(p.list(QStringLiteral("expertise")).isEmpty());
    QVERIFY(p.list(QStringLiteral("languages")).isEmpty());
    QCOMPARE(p.list(QStringLiteral("expert_roles")), QStringList{QStringLiteral("mentor")});
    QVERIFY(p.flag(QStringLiteral("is_expert")));
    QCOMPARE(p.integer(QStringLiteral("hour_rate_cents")), 9000);
    QVERIFY(PersonErasure::erasedAt(*db, s.person).isValid());

    // No table holds the name, the e-mail or the phone any more (checked as stored, in any case).
    QSqlQuery tables(db->connection());
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                       "AND name NOT LIKE '%_fts%'")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                const QString v = rows.value(i).toString();
                for (const QString &n : {QStringLiteral("zyxqvist"), QStringLiteral("quorra"), Phone})
                    QVERIFY2(!v.contains(n, Qt::CaseInsensitive),
                             qPrintable(QStringLiteral("%1 still holds “%2”: %3").arg(table, n, v.left(200))));
            }
        }
    }
    // What reports count is still there, linked to the erased record.
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM mentoring_sessions WHERE expert_id = ? AND deleted_at IS NULL"), {s.person}), 1);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM vouchers WHERE traveller_id = ? AND approved_cents = 80000"), {s.person}), 1);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM consents WHERE person_id = ? AND purpose = 'Newsletter' "
                                       "AND given_on = '2025-02-01' AND notes IS NULL"),
                   {s.person}),
             1);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM attachments WHERE owner_entity = 'person' AND owner_id = ?"), {s.person}), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM attachment_blobs")), 0);
    // The free text kept its sense, with the pseudonym for the name.
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT summary FROM mentoring_sessions WHERE id = ?"), {s.session}).toString(),
             result.pseudonym + QStringLiteral(" went through the term sheet."));

    // Search: the old name finds nobody, in the list of people or through a linked record.
    for (EntityType type : {EntityType::Person, EntityType::Interaction, EntityType::Session, EntityType::Voucher}) {
        ListQuery q;
        q.search = Last;
        QCOMPARE(Repositories::create(*db, type)->count(q), 0);
        q.search = Email;
        QCOMPARE(Repositories::create(*db, type)->count(q), 0);
    }
    ListQuery byPseudonym;
    byPseudonym.search = result.pseudonym;
    QCOMPARE(people->count(byPseudonym), 1);
    // The index itself holds no trigram of the name any more (not only hidden by a delete marker).
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("CREATE VIRTUAL TABLE temp.people_terms USING fts5vocab(main, people_fts, row)")));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM temp.people_terms WHERE term IN ('zyx', 'yxq', 'xqv', 'qvi')")), 0);

    // The audit log: as many lines as before plus the erase line, which names no one.
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
    QSqlQuery erase(db->connection());
    QVERIFY(erase.exec(QStringLiteral("SELECT actor, record_id, changes FROM audit_log WHERE action = 'erase'")));
    QVERIFY(erase.next());
    QCOMPARE(erase.value(0).toString(), QStringLiteral("tester"));
    QCOMPARE(erase.value(1).toLongLong(), s.person);
    QVERIFY(!erase.value(2).toString().contains(result.pseudonym));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM erasures WHERE record_id = ? AND finished_at IS NOT NULL AND erased_by = 'tester'"),
                   {s.person}),
             1);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'person' AND record_id = ? AND changes LIKE '%[erased]%'"),
                   {s.person}),
             2);
    // The export after the erasure shows what is left: the pseudonym and the figures.
    PersonDataSet after;
    QVERIFY(!PersonData::collect(*db, s.person, false, &after));
    QCOMPARE(after.label, result.pseudonym);
    QCOMPARE(after.table(QStringLiteral("erasures"))->rows.size(), 1);
}

void TestGdpr::erase_leavesNoTraceInTheFile()
{
    // The bytes of the file: freed pages are overwritten and the WAL is emptied, so a tool
    // reading the file finds neither the name nor the e-mail.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.hubdesk"));
    {
        auto db = test::fileDatabase(path);
        const Subject s = makeSubject(*db);
        QVERIFY(test::readBytes(path).contains(Email.toUtf8()) || test::readBytes(path + QStringLiteral("-wal")).contains(Email.toUtf8()));
        QVERIFY(!PersonErasure::erase(*db, s.person, versionOf(*db, s.person)));
    }
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        const QByteArray bytes = test::readBytes(file).toLower();
        for (const QString &needle : {Email, Last, TextFold::fold(Last)})
            QVERIFY2(!bytes.contains(needle.toLower().toUtf8()), qPrintable(file + QStringLiteral(": ") + needle));
    }
}

void TestGdpr::erase_keepsEveryReportFigure()
{
    QTemporaryDir dir;
    auto db = test::fileDatabase(dir.filePath(QStringLiteral("demo.hubdesk")));
    DemoData::Options options;
    options.interactions = 600;
    QVERIFY(!DemoData::generate(*db, options));
    // The busiest expert who also travels on a voucher, else the busiest expert.
    QSqlQuery pick(db->connection());
    QVERIFY(pick.exec(QStringLiteral("SELECT p.id, p.full_name FROM people p JOIN mentoring_sessions m ON m.expert_id = p.id "
                                     "GROUP BY p.id ORDER BY (SELECT count(*) FROM vouchers v WHERE v.traveller_id = p.id) DESC, "
                                     "count(*) DESC LIMIT 1")));
    QVERIFY(pick.next());
    const qint64 expert = pick.value(0).toLongLong();
    const QString name = pick.value(1).toString();
    pick.finish();
    QVERIFY(count(*db, QStringLiteral("SELECT count(*) FROM mentoring_sessions WHERE expert_id = ? AND status = 'held'"), {expert}) > 0);
    // A traveller of a granted voucher, so that the FSTP report lists them.
    QSqlQuery traveller(db->connection());
    QVERIFY(traveller.exec(QStringLiteral("SELECT p.id, p.full_name FROM people p JOIN vouchers v ON v.traveller_id = p.id "
                                          "WHERE v.status IN ('approved', 'claimed', 'paid') AND p.id <> %1 LIMIT 1").arg(expert)));
    const bool hasTraveller = traveller.next();
    const qint64 travellerId = hasTraveller ? traveller.value(0).toLongLong() : 0;
    const QString travellerName = hasTraveller ? traveller.value(1).toString() : QString();
    traveller.finish();

    const QString before = allReports(*db);
    QVERIFY(before.contains(name)); // the timesheet names the expert
    ErasureResult erased;
    QVERIFY(!PersonErasure::erase(*db, expert, versionOf(*db, expert), &erased));
    ErasureResult erasedTraveller;
    if (hasTraveller)
        QVERIFY(!PersonErasure::erase(*db, travellerId, versionOf(*db, travellerId), &erasedTraveller));
    const QString after = allReports(*db);
    QString expected = before;
    expected.replace(name, erased.pseudonym);
    if (hasTraveller)
        expected.replace(travellerName, erasedTraveller.pseudonym);
    // Sorted lines: sorted again once the names are replaced.
    const auto resort = [](const QString &text) {
        QStringList parts = text.split(QStringLiteral("\n=====\n"));
        QStringList last = parts.takeLast().split(QLatin1Char('\n'));
        last.sort();
        parts.append(last.join(QLatin1Char('\n')));
        return parts.join(QStringLiteral("\n=====\n"));
    };
    expected = resort(expected);
    if (expected != after) {
        const QStringList a = expected.split(QLatin1Char('\n'));
        const QStringList b = after.split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(a.size(), b.size()); ++i)
            QVERIFY2(a.at(i) == b.at(i), qPrintable(QStringLiteral("line %1:\n  before: %2\n  after:  %3").arg(i).arg(a.at(i), b.at(i))));
        QCOMPARE(a.size(), b.size());
    }
    QVERIFY(!after.contains(name));
}

void TestGdpr::erase_badInput()
{
    auto db = test::memoryDatabase();
    const Subject s = makeSubject(*db);
    // Nobody by that id.
    Error e = PersonErasure::erase(*db, 424242, 1);
    QCOMPARE(e.code, Error::Code::NotFound);
    QVERIFY2(e.message.contains(QStringLiteral("424242")), qPrintable(e.message));
    // Someone changed the person since it was read: nothing is erased.
    const int version = versionOf(*db, s.person);
    e = PersonErasure::erase(*db, s.person, version - 1);
    QCOMPARE(e.code, Error::Code::Conflict);
    QVERIFY2(e.message.contains(FullName), qPrintable(e.message));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM people WHERE email = ?"), {Email}), 1);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM erasures")), 0);
    // Writes held (the file is being checked): refused with the reason.
    db->setWriteHold(QStringLiteral("checking the file"));
    const Error held = PersonErasure::erase(*db, s.person, version);
    QCOMPARE(held.code, Error::Code::Refused);
    QCOMPARE(held.message, QStringLiteral("checking the file"));
    db->setWriteHold(QString());
    // A person in the trash can be erased, and stays in the trash.
    auto people = Repositories::create(*db, EntityType::Person);
    Record other = test::person(QStringLiteral("Trashed"), QStringLiteral("Contact"));
    QVERIFY(!people->create(other));
    QVERIFY(!people->trash(other.id));
    QVERIFY(!PersonErasure::erase(*db, other.id, versionOf(*db, other.id)));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM trash WHERE label LIKE '%Contact%'")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM people WHERE id = ? AND deleted_at IS NOT NULL AND erased_at IS NOT NULL"),
                   {other.id}),
             1);
    // An expert whose sessions reports count: erased, the sessions stay.
    QVERIFY(!PersonErasure::erase(*db, s.person, version));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM mentoring_sessions WHERE expert_id = ?"), {s.person}), 1);
    // Twice: refused, naming when.
    e = PersonErasure::erase(*db, s.person, versionOf(*db, s.person));
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QStringLiteral("erased already")), qPrintable(e.message));
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM erasures WHERE record_id = ?"), {s.person}), 1);
}

void TestGdpr::erase_mergedRecordsAndBookkeeping()
{
    auto db = test::memoryDatabase();
    auto people = Repositories::create(*db, EntityType::Person);
    Record kept = test::person(First, Last);
    kept.setValue(QStringLiteral("email"), Email);
    QVERIFY(!people->create(kept));
    Record dup = test::person(First, QStringLiteral("Zyxqvistova-Petrova"));
    dup.setValue(QStringLiteral("phone"), Phone);
    QVERIFY(!people->create(dup));
    QVERIFY(!people->get(kept.id, &kept));
    QVERIFY(!people->get(dup.id, &dup));
    QVERIFY(!RecordMerger::merge(*db, EntityType::Person, kept.id, dup.id, RecordMerger::proposal(kept, dup)));
    // An import that merged a row into the kept record remembers its values before.
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("INSERT INTO import_batches (batch, entity, source, started_at, finished_at, actor, "
                                                       "rows_read, rows_created, rows_rejected) VALUES ('b1', 'person', 'people.csv', "
                                                       "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:01.000Z', 'tester', 1, 0, 0)")));
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("INSERT INTO import_updates (batch, record_id, before, version_after) "
                                                       "VALUES ('b1', ?, ?, 2)"),
                      {kept.id, QStringLiteral("{\"first_name\":\"Quorra\",\"last_name\":\"Zyxqvistova\",\"email\":\"%1\"}").arg(Email)}));
    PersonDataSet data;
    QVERIFY(!PersonData::collect(*db, kept.id, false, &data));
    QCOMPARE(data.recordIds, (QList<qint64>{kept.id, dup.id}));
    QCOMPARE(data.table(QStringLiteral("merges"))->rows.size(), 1);
    QCOMPARE(data.table(QStringLiteral("import_updates"))->rows.size(), 1);
    QCOMPARE(data.table(QStringLiteral("trash"))->rows.size(), 1);

    ErasureResult result;
    QVERIFY(!PersonErasure::erase(*db, kept.id, versionOf(*db, kept.id), &result));
    QCOMPARE(result.records, 2); // the duplicate merged into it is the same person
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM people WHERE erased_at IS NOT NULL")), 2);
    for (const QString &sql : {QStringLiteral("SELECT count(*) FROM merges WHERE kept_before LIKE '%zyxqvist%' OR kept_before LIKE '%quorra%'"),
                               QStringLiteral("SELECT count(*) FROM import_updates WHERE before LIKE '%zyxqvist%' OR before LIKE '%quorra%'"),
                               QStringLiteral("SELECT count(*) FROM trash WHERE label LIKE '%zyxqvist%'"),
                               QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%zyxqvist%' OR changes LIKE '%quorra%'")})
        QVERIFY2(count(*db, sql) == 0, qPrintable(sql));
    // Undoing the merge now would bring back nothing personal: it is refused (the versions moved on).
    QString merge = Sql::scalar(db->connection(), QStringLiteral("SELECT merge FROM merges")).toString();
    QVERIFY(RecordMerger::undo(*db, merge));
}

void TestGdpr::auditLog_staysAppendOnlyOutsideAnErasure()
{
    auto db = test::memoryDatabase();
    const Subject s = makeSubject(*db);
    const QSqlDatabase c = db->connection();
    const qint64 line = count(*db, QStringLiteral("SELECT min(id) FROM audit_log WHERE entity = 'person' AND record_id = ?"), {s.person});
    // Without an erasure: no update, no delete.
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE audit_log SET changes = '{}' WHERE id = ?"), {line}).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {line}).code, Error::Code::Refused);
    // An open erasure allows only the lines it lists, only their changes, only with the same fields.
    QVERIFY(!Sql::run(c, QStringLiteral("BEGIN")));
    QVERIFY(!Sql::run(c, QStringLiteral("INSERT INTO erasures (erasure, entity, record_id, record_uuid, pseudonym, erased_at, erased_by) "
                                        "VALUES ('00000000-0000-7000-8000-000000000001', 'person', ?, 'u', 'P', 'x', 'tester')"),
                      {s.person}));
    const qint64 erasure = count(*db, QStringLiteral("SELECT id FROM erasures"));
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE audit_log SET changes = changes WHERE id = ?"), {line}).code, Error::Code::Refused);
    QVERIFY(!Sql::run(c, QStringLiteral("INSERT INTO erasure_audit_entries (erasure_id, audit_id) VALUES (?, ?)"), {erasure, line}));
    const QString changes = Sql::scalar(c, QStringLiteral("SELECT changes FROM audit_log WHERE id = ?"), {line}).toString();
    QJsonObject o = QJsonDocument::fromJson(changes.toUtf8()).object();
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = ?"), {line}).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE audit_log SET at = '2000-01-01' WHERE id = ?"), {line}).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE audit_log SET changes = '{}' WHERE id = ?"), {line}).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {line}).code, Error::Code::Refused);
    o.insert(QStringLiteral("first_name"), QJsonArray{QJsonValue(), QStringLiteral("[erased]")});
    QVERIFY(!Sql::run(c, QStringLiteral("UPDATE audit_log SET changes = ? WHERE id = ?"),
                      {QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), line}));
    // Another line, not listed: still refused.
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE audit_log SET changes = changes WHERE id = ?"), {line + 1}).code, Error::Code::Refused);
    // A second open erasure: refused.
    QCOMPARE(Sql::run(c, QStringLiteral("INSERT INTO erasures (erasure, entity, record_id, record_uuid, pseudonym, erased_at, erased_by) "
                                        "VALUES ('00000000-0000-7000-8000-000000000002', 'person', 1, 'u', 'P', 'x', 'tester')"))
                 .code,
             Error::Code::Constraint);
    QVERIFY(!Sql::run(c, QStringLiteral("UPDATE erasures SET finished_at = 'y' WHERE id = ?"), {erasure}));
    // Finished: the line is closed again, and the erasure cannot be reopened, changed or deleted.
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE audit_log SET changes = changes WHERE id = ?"), {line}).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE erasures SET finished_at = NULL WHERE id = ?"), {erasure}).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("UPDATE erasures SET pseudonym = 'Q' WHERE id = ?"), {erasure}).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("DELETE FROM erasures WHERE id = ?"), {erasure}).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("DELETE FROM erasure_audit_entries")).code, Error::Code::Refused);
    QCOMPARE(Sql::run(c, QStringLiteral("INSERT INTO erasure_audit_entries (erasure_id, audit_id) VALUES (?, ?)"), {erasure, line + 1}).code,
             Error::Code::Refused);
    QVERIFY(!Sql::run(c, QStringLiteral("ROLLBACK")));
    // The message a user would see.
    const Error e = Sql::run(c, QStringLiteral("DELETE FROM audit_log"));
    QVERIFY2(e.message.contains(QStringLiteral("audit log")), qPrintable(e.message));
}

void TestGdpr::erasedPerson_cannotBeEditedAgain()
{
    auto db = test::memoryDatabase();
    const Subject s = makeSubject(*db);
    // Marking someone erased without an erasure: refused by the database.
    QCOMPARE(Sql::run(db->connection(), QStringLiteral("UPDATE people SET erased_at = 'x' WHERE id = ?"), {s.person}).code,
             Error::Code::Refused);
    QVERIFY(!PersonErasure::erase(*db, s.person, versionOf(*db, s.person)));
    auto people = Repositories::create(*db, EntityType::Person);
    Record p;
    QVERIFY(!people->get(s.person, &p));
    p.setValue(QStringLiteral("first_name"), First);
    const Error e = people->update(p);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QStringLiteral("erased")), qPrintable(e.message));
    const Error raw = Sql::run(db->connection(), QStringLiteral("UPDATE people SET email = ? WHERE id = ?"), {Email, s.person});
    QCOMPARE(raw.code, Error::Code::Refused);
    QVERIFY2(raw.message.contains(QStringLiteral("erased")), qPrintable(raw.message));
    QCOMPARE(Sql::run(db->connection(), QStringLiteral("UPDATE people SET erased_at = NULL WHERE id = ?"), {s.person}).code,
             Error::Code::Refused);
    // Merging it with someone is refused either way round.
    Record other = test::person(QStringLiteral("Other"), QStringLiteral("Person"));
    QVERIFY(!people->create(other));
    for (const auto &pair : {QPair<qint64, qint64>(s.person, other.id), QPair<qint64, qint64>(other.id, s.person)}) {
        const Error merge = RecordMerger::merge(*db, EntityType::Person, pair.first, pair.second, {});
        QCOMPARE(merge.code, Error::Code::Refused);
        QVERIFY2(merge.message.contains(QStringLiteral("erased")), qPrintable(merge.message));
    }
    // The trash still works on the record (its sessions hold it, so it is refused with that reason).
    const Error trash = people->trash(s.person);
    QCOMPARE(trash.code, Error::Code::Refused);
}

void TestGdpr::retention_listsPeopleWithoutActivity()
{
    auto db = test::memoryDatabase();
    auto people = Repositories::create(*db, EntityType::Person);
    const QDate today(2026, 6, 1);
    const auto make = [&](const QString &last) {
        Record p = test::person(QStringLiteral("R"), last, true);
        if (Error e = people->create(p))
            qFatal("%s", qPrintable(e.message));
        return p.id;
    };
    const qint64 idle = make(QStringLiteral("Idle"));            // only an old record
    const qint64 mentor = make(QStringLiteral("Mentor"));        // a recent session
    const qint64 oldMentor = make(QStringLiteral("OldMentor"));  // a session 4 years ago
    const qint64 consenter = make(QStringLiteral("Consenter")); // a consent withdrawn last year
    const qint64 trashed = make(QStringLiteral("Trashed"));
    const qint64 caller = make(QStringLiteral("Caller"));        // an interaction in the window
    const qint64 startup = test::addStartup(*db, QStringLiteral("Retention Startup"));
    auto sessions = Repositories::create(*db, EntityType::Session);
    Record recent = test::session(startup, mentor, QDate(2025, 9, 1));
    QVERIFY(!sessions->create(recent));
    Record old = test::session(startup, oldMentor, QDate(2022, 3, 1));
    QVERIFY(!sessions->create(old));
    ConsentRepository consents(*db);
    Record c(EntityType::Consent);
    c.setValue(QStringLiteral("person_id"), consenter);
    c.setValue(QStringLiteral("purpose"), QStringLiteral("Newsletter"));
    c.setValue(QStringLiteral("given_on"), QDate(2019, 1, 1));
    c.setValue(QStringLiteral("method"), QStringLiteral("Web form"));
    c.setValue(QStringLiteral("withdrawn_on"), QDate(2025, 1, 1));
    QVERIFY(!consents.create(c));
    Record i(EntityType::Interaction);
    i.setValue(QStringLiteral("organisation_id"),
               Sql::scalar(db->connection(), QStringLiteral("SELECT organisation_id FROM startups WHERE id = ?"), {startup}));
    i.setValue(QStringLiteral("person_id"), caller);
    i.setValue(QStringLiteral("type"), QStringLiteral("call"));
    i.setValue(QStringLiteral("occurred_on"), QDate(2024, 2, 1));
    QVERIFY(!Repositories::create(*db, EntityType::Interaction)->create(i));
    QVERIFY(!people->trash(trashed));
    // Every record was made today: date them back, as if made in 2020.
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("UPDATE people SET updated_at = '2020-01-01T10:00:00.000Z'")));
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("UPDATE consents SET updated_at = '2020-01-01T10:00:00.000Z'")));

    const QList<RetentionCandidate> list = RetentionReview::candidates(*db, 3, today);
    QStringList names;
    for (const RetentionCandidate &r : list)
        names.append(r.name);
    QCOMPARE(names, (QStringList{QStringLiteral("R Idle"), QStringLiteral("R OldMentor")}));
    QCOMPARE(list.at(0).id, idle);
    QCOMPARE(list.at(0).lastActivity, QDate(2020, 1, 1));
    QCOMPARE(list.at(0).activity, QStringLiteral("record"));
    QCOMPARE(list.at(1).lastActivity, QDate(2022, 3, 1));
    QCOMPARE(list.at(1).activity, QStringLiteral("session"));
    QCOMPARE(list.at(1).version, versionOf(*db, oldMentor));
    // Two years: the caller (2024) and nobody else joins.
    QCOMPARE(RetentionReview::candidates(*db, 2, today).size(), 3);
    // One year: the consent withdrawn in January 2025 counts too.
    QCOMPARE(RetentionReview::candidates(*db, 1, today).size(), 4);
    QDate on;
    QString what;
    QVERIFY(RetentionReview::lastActivity(*db, consenter, &on, &what));
    QCOMPARE(on, QDate(2025, 1, 1));
    QCOMPARE(what, QStringLiteral("consent"));
    // An erased person is not listed again.
    QVERIFY(!PersonErasure::erase(*db, idle, versionOf(*db, idle)));
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("UPDATE people SET updated_at = '2020-01-01T10:00:00.000Z'")));
    QCOMPARE(RetentionReview::candidates(*db, 3, today).size(), 1);
}

void TestGdpr::retention_settingIsChecked()
{
    auto db = test::memoryDatabase();
    SettingsRepository settings(*db);
    QCOMPARE(settings.retentionYears(), 3);
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("abc"), QStringLiteral("101"), QStringLiteral("-2")}) {
        const Error e = settings.setValue(SettingsRepository::RetentionYears, bad);
        QCOMPARE(e.code, Error::Code::Validation);
        QVERIFY2(e.message.contains(bad), qPrintable(e.message));
    }
    QVERIFY(!settings.setValue(SettingsRepository::RetentionYears, QStringLiteral("5")));
    QCOMPARE(settings.retentionYears(), 5);
}

QTEST_MAIN(TestGdpr)
#include "tst_gdpr.moc"
