// The trash: what goes with a record, what holds it back, restore and purge.
#include "storage/attachmentrepository.h"
#include "storage/auditlog.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "storage/trash.h"
#include "storage/voucherrepository.h"
#include "testsupport.h"

#include <QTest>

using namespace hubdesk;

class TestTrash : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void trash_takesDependentRecordsAlong();
    void restore_bringsBackExactlyWhatWent();
    void trash_isRefusedWhileRecordsMustKeepPointingAtIt();
    void trash_ofACommittedVoucher_isRefused();
    void restore_beforeTheParent_isRefused();
    void purge_removesForGoodWithAttachments();
    void purge_isRefusedWhileReferenced();

private:
    qint64 count(const QString &table, bool live = true) const;
    std::unique_ptr<Database> m_db;
    qint64 m_startup = 0;
    qint64 m_org = 0;
    qint64 m_expert = 0;
};

qint64 TestTrash::count(const QString &table, bool live) const
{
    return Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM %1 %2")
                                               .arg(table, live ? QStringLiteral("WHERE deleted_at IS NULL") : QString()))
        .toLongLong();
}

void TestTrash::init()
{
    m_db = test::memoryDatabase();
    m_startup = test::addStartup(*m_db, QStringLiteral("VeriCast"));
    m_org = Sql::scalar(m_db->connection(), QStringLiteral("SELECT organisation_id FROM startups WHERE id = ?"), {m_startup})
                .toLongLong();
    m_expert = test::addExpert(*m_db, QStringLiteral("Elena"), QStringLiteral("Ivanova"));
    auto sessions = Repositories::create(*m_db, EntityType::Session);
    for (int i = 0; i < 3; ++i) {
        Record s = test::session(m_startup, m_expert, QDate(2025, 6, 1 + i));
        QVERIFY(!sessions->create(s));
    }
    auto interactions = Repositories::create(*m_db, EntityType::Interaction);
    Record call(EntityType::Interaction);
    call.setValue(QStringLiteral("organisation_id"), m_org);
    call.setValue(QStringLiteral("type"), QStringLiteral("call"));
    call.setValue(QStringLiteral("occurred_on"), QDate(2025, 7, 1));
    QVERIFY(!interactions->create(call));
    auto people = Repositories::create(*m_db, EntityType::Person);
    Record founder = test::person(QStringLiteral("Ivan"), QStringLiteral("Petrov"));
    founder.setValue(QStringLiteral("organisation_id"), m_org);
    QVERIFY(!people->create(founder));
}

void TestTrash::trash_takesDependentRecordsAlong()
{
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    QString batch;
    QVERIFY(!orgs->trash(m_org, &batch));
    QVERIFY(!batch.isEmpty());
    QCOMPARE(count(QStringLiteral("organisations")), 0);
    QCOMPARE(count(QStringLiteral("startups")), 0);
    QCOMPARE(count(QStringLiteral("startup_progress")), 0);
    QCOMPARE(count(QStringLiteral("mentoring_sessions")), 0);
    QCOMPARE(count(QStringLiteral("interactions")), 0);
    QCOMPARE(count(QStringLiteral("people")), 2); // people outlive their organisation (ON DELETE SET NULL)
    QCOMPARE(count(QStringLiteral("mentoring_sessions"), false), 3); // still in the file, in the trash
    const QList<TrashItem> items = Trash::items(*m_db);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().label, QStringLiteral("VeriCast"));
    QCOMPARE(items.first().itemCount, 1 + 1 + 1 + 3 + 1); // organisation, startup, progress, sessions, call
    QCOMPARE(items.first().deletedBy, QStringLiteral("tester"));
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'trash' AND batch = ?"),
                         {batch})
                 .toInt(),
             7);
    Record gone;
    QCOMPARE(orgs->get(m_org, &gone).code, Error::Code::NotFound);
    QVERIFY(!orgs->get(m_org, &gone, true));
    QVERIFY(gone.deletedAt.isValid());
    QCOMPARE(orgs->trash(m_org).code, Error::Code::NotFound); // already there
}

void TestTrash::restore_bringsBackExactlyWhatWent()
{
    auto sessions = Repositories::create(*m_db, EntityType::Session);
    const qint64 earlierSession = sessions->list({}).rows.first().first().toLongLong();
    QString alone;
    QVERIFY(!sessions->trash(earlierSession, &alone)); // deleted on its own, before the organisation
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    QString batch;
    QVERIFY(!orgs->trash(m_org, &batch));
    QVERIFY(!Trash::restore(*m_db, batch));
    QCOMPARE(count(QStringLiteral("organisations")), 1);
    QCOMPARE(count(QStringLiteral("startups")), 1);
    QCOMPARE(count(QStringLiteral("mentoring_sessions")), 2); // the one deleted alone stays in the trash
    QCOMPARE(count(QStringLiteral("interactions")), 1);
    QCOMPARE(Trash::items(*m_db).size(), 1);
    Record org;
    QVERIFY(!orgs->get(m_org, &org));
    QCOMPARE(org.version, 3); // created, trashed, restored
    QCOMPARE(Trash::restore(*m_db, batch).code, Error::Code::NotFound);
}

void TestTrash::trash_isRefusedWhileRecordsMustKeepPointingAtIt()
{
    auto people = Repositories::create(*m_db, EntityType::Person);
    Error e = people->trash(m_expert);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QLatin1String("3 mentoring sessions")), qPrintable(e.message));
    QCOMPARE(count(QStringLiteral("people")), 2);

    test::setVoucherLimits(*m_db, 100000, 1000000);
    VoucherRepository vouchers(*m_db);
    Record v = test::voucher(m_startup, 50000);
    QVERIFY(!vouchers.create(v));
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    e = orgs->trash(m_org);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QLatin1String("travel voucher")), qPrintable(e.message));
    QCOMPARE(count(QStringLiteral("organisations")), 1);
    QCOMPARE(count(QStringLiteral("mentoring_sessions")), 3);
    QVERIFY(Trash::items(*m_db).isEmpty());
}

void TestTrash::trash_ofACommittedVoucher_isRefused()
{
    test::setVoucherLimits(*m_db, 100000, 1000000);
    VoucherRepository vouchers(*m_db);
    Record v = test::voucher(m_startup, 50000);
    QVERIFY(!vouchers.create(v));
    QVERIFY(!vouchers.approve(v, 40000, QDate(2025, 5, 3)));
    const Error e = vouchers.trash(v.id);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY(e.message.contains(QLatin1String("Cancel or reject")));
    QVERIFY(!vouchers.cancel(v, QStringLiteral("Trip called off"), QDate(2025, 5, 4)));
    QVERIFY(!vouchers.trash(v.id));
    QCOMPARE(count(QStringLiteral("voucher_status_history")), 0); // its history went with it
}

void TestTrash::restore_beforeTheParent_isRefused()
{
    auto sessions = Repositories::create(*m_db, EntityType::Session);
    const qint64 sessionId = sessions->list({}).rows.first().first().toLongLong();
    QString sessionBatch, orgBatch;
    QVERIFY(!sessions->trash(sessionId, &sessionBatch));
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    QVERIFY(!orgs->trash(m_org, &orgBatch));
    const Error e = Trash::restore(*m_db, sessionBatch);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QLatin1String("VeriCast")), qPrintable(e.message));
    QCOMPARE(count(QStringLiteral("mentoring_sessions")), 0);
    QVERIFY(!Trash::restore(*m_db, orgBatch));
    QVERIFY(!Trash::restore(*m_db, sessionBatch));
    QCOMPARE(count(QStringLiteral("mentoring_sessions")), 3);
}

void TestTrash::purge_removesForGoodWithAttachments()
{
    AttachmentRepository attachments(*m_db);
    QVERIFY(!attachments.add(EntityType::Organisation, m_org, QStringLiteral("deck.pdf"), "%PDF deck", QString(), QString(),
                             nullptr));
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    QString batch;
    QVERIFY(!orgs->trash(m_org, &batch));
    QCOMPARE(count(QStringLiteral("attachments")), 0);
    QVERIFY(!Trash::purge(*m_db, batch));
    QCOMPARE(count(QStringLiteral("organisations"), false), 0);
    QCOMPARE(count(QStringLiteral("mentoring_sessions"), false), 0);
    QCOMPARE(count(QStringLiteral("attachments"), false), 0);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM attachment_blobs")).toInt(), 0);
    QCOMPARE(count(QStringLiteral("people")), 2);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM people WHERE organisation_id IS NOT NULL"))
                 .toInt(),
             0);
    QVERIFY(Trash::items(*m_db).isEmpty());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'purge'")).toInt(),
             8);
}

void TestTrash::purge_isRefusedWhileReferenced()
{
    // An expert whose sessions are in the trash still holds them: the purge says so.
    auto sessions = Repositories::create(*m_db, EntityType::Session);
    const RowSet rows = sessions->list({});
    for (const QVariantList &row : rows.rows)
        QVERIFY(!sessions->trash(row.first().toLongLong()));
    auto people = Repositories::create(*m_db, EntityType::Person);
    QString batch;
    QVERIFY(!people->trash(m_expert, &batch)); // no live session holds the expert any more
    const Error e = Trash::purge(*m_db, batch);
    QCOMPARE(e.code, Error::Code::Refused);
    QCOMPARE(count(QStringLiteral("people"), false), 2);
    QCOMPARE(Trash::items(*m_db).size(), 4);
}

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"
