// Merging duplicates: the kept record takes the chosen values, every reference moves to
// it, the other goes to the trash; undo puts everything back; conflicts are refused
// with nothing changed.
#include "domain/entityinfo.h"
#include "storage/database.h"
#include "storage/recordmerger.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "storage/trash.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace hubdesk;

class TestMerge : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void proposal_fillsEmptyFieldsAndJoinsSets();
    void merge_relinksEverythingAndTrashesTheOther();
    void undo_putsEverythingBack();
    void undo_refusedAfterTheKeptRecordChanged();
    void merge_twoStartups_isRefusedAndChangesNothing();
    void merge_withItself_isRefused();

private:
    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        return Sql::scalar(m_db->connection(), sql, binds).toLongLong();
    }
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Repository> m_orgs;
    Record m_keep;
    Record m_drop;
    Record m_person;
    Record m_interaction;
};

void TestMerge::init()
{
    m_db = test::memoryDatabase();
    m_orgs = Repositories::create(*m_db, EntityType::Organisation);
    m_keep = test::organisation(QStringLiteral("”Дисиб” ООД"));
    m_keep.setValue(QStringLiteral("company_id"), QStringLiteral("175074752"));
    m_keep.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("energy")});
    QVERIFY(!m_orgs->create(m_keep));
    m_drop = test::organisation(QStringLiteral("DISIB Ltd"));
    m_drop.setValue(QStringLiteral("website"), QStringLiteral("https://disib.bg"));
    m_drop.setValue(QStringLiteral("city"), QStringLiteral("Sofia"));
    m_drop.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("solar")});
    QVERIFY(!m_orgs->create(m_drop));
    auto people = Repositories::create(*m_db, EntityType::Person);
    m_person = test::person(QStringLiteral("Ана"), QStringLiteral("Петрова"));
    m_person.setValue(QStringLiteral("organisation_id"), m_drop.id);
    QVERIFY(!people->create(m_person));
    auto interactions = Repositories::create(*m_db, EntityType::Interaction);
    m_interaction = Record(EntityType::Interaction);
    m_interaction.setValue(QStringLiteral("organisation_id"), m_drop.id);
    m_interaction.setValue(QStringLiteral("type"), QStringLiteral("call"));
    m_interaction.setValue(QStringLiteral("occurred_on"), QDate(2025, 3, 5));
    QVERIFY(!interactions->create(m_interaction));
}

void TestMerge::proposal_fillsEmptyFieldsAndJoinsSets()
{
    const QVariantHash p = RecordMerger::proposal(m_keep, m_drop);
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("”Дисиб” ООД")); // the kept one's
    QCOMPARE(p.value(QStringLiteral("city")).toString(), QStringLiteral("София"));      // both have one: the kept one's
    QCOMPARE(p.value(QStringLiteral("website")).toString(), QStringLiteral("https://disib.bg")); // empty: filled
    QCOMPARE(p.value(QStringLiteral("company_id")).toString(), QStringLiteral("175074752"));
    QCOMPARE(p.value(QStringLiteral("tags")).toStringList(), (QStringList{QStringLiteral("energy"), QStringLiteral("solar")}));
}

void TestMerge::merge_relinksEverythingAndTrashesTheOther()
{
    QVariantHash values = RecordMerger::proposal(m_keep, m_drop);
    values.insert(QStringLiteral("city"), QStringLiteral("Sofia")); // chosen from the other one
    QString id;
    const Error e = RecordMerger::merge(*m_db, EntityType::Organisation, m_keep.id, m_drop.id, values, &id);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(!id.isEmpty());
    Record kept;
    QVERIFY(!m_orgs->get(m_keep.id, &kept));
    QCOMPARE(kept.text(QStringLiteral("city")), QStringLiteral("Sofia"));
    QCOMPARE(kept.text(QStringLiteral("website")), QStringLiteral("https://disib.bg"));
    QCOMPARE(kept.value(QStringLiteral("tags")).toStringList(), (QStringList{QStringLiteral("energy"), QStringLiteral("solar")}));
    QCOMPARE(scalar(QStringLiteral("SELECT organisation_id FROM people WHERE id = ?"), {m_person.id}), m_keep.id);
    QCOMPARE(scalar(QStringLiteral("SELECT organisation_id FROM interactions WHERE id = ?"), {m_interaction.id}), m_keep.id);
    Record gone;
    QCOMPARE(m_orgs->get(m_drop.id, &gone).code, Error::Code::NotFound);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM trash WHERE record_id = ? AND entity = 'organisation'"), {m_drop.id}), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge' AND batch = ?"), {id}), 1);
}

void TestMerge::undo_putsEverythingBack()
{
    Record keptBefore, droppedBefore;
    QVERIFY(!m_orgs->get(m_keep.id, &keptBefore));
    QVERIFY(!m_orgs->get(m_drop.id, &droppedBefore));
    QString id;
    QVERIFY(!RecordMerger::merge(*m_db, EntityType::Organisation, m_keep.id, m_drop.id,
                                 RecordMerger::proposal(m_keep, m_drop), &id));
    const Error e = RecordMerger::undo(*m_db, id);
    QVERIFY2(!e, qPrintable(e.message));
    Record kept, dropped;
    QVERIFY(!m_orgs->get(m_keep.id, &kept));
    QVERIFY(!m_orgs->get(m_drop.id, &dropped));
    for (const Field &f : Entities::info(EntityType::Organisation).fields) {
        QCOMPARE(kept.value(f.key), keptBefore.value(f.key));
        QCOMPARE(dropped.value(f.key), droppedBefore.value(f.key));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT organisation_id FROM people WHERE id = ?"), {m_person.id}), m_drop.id);
    QCOMPARE(scalar(QStringLiteral("SELECT organisation_id FROM interactions WHERE id = ?"), {m_interaction.id}), m_drop.id);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM trash")), 0);
    QCOMPARE(RecordMerger::undo(*m_db, id).code, Error::Code::Refused); // once only
}

void TestMerge::undo_refusedAfterTheKeptRecordChanged()
{
    QString id;
    QVERIFY(!RecordMerger::merge(*m_db, EntityType::Organisation, m_keep.id, m_drop.id,
                                 RecordMerger::proposal(m_keep, m_drop), &id));
    Record kept;
    QVERIFY(!m_orgs->get(m_keep.id, &kept));
    kept.setValue(QStringLiteral("notes"), QStringLiteral("called them"));
    QVERIFY(!m_orgs->update(kept));
    const Error e = RecordMerger::undo(*m_db, id);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QStringLiteral("changed after the merge")), qPrintable(e.message));
    QCOMPARE(scalar(QStringLiteral("SELECT organisation_id FROM people WHERE id = ?"), {m_person.id}), m_keep.id);
}

void TestMerge::merge_twoStartups_isRefusedAndChangesNothing()
{
    const qint64 a = test::addStartup(*m_db, QStringLiteral("Alpha"));
    const qint64 b = test::addStartup(*m_db, QStringLiteral("Alpha Ltd"));
    const qint64 orgA = scalar(QStringLiteral("SELECT organisation_id FROM startups WHERE id = ?"), {a});
    const qint64 orgB = scalar(QStringLiteral("SELECT organisation_id FROM startups WHERE id = ?"), {b});
    Record ra, rb;
    QVERIFY(!m_orgs->get(orgA, &ra));
    QVERIFY(!m_orgs->get(orgB, &rb));
    const Error e = RecordMerger::merge(*m_db, EntityType::Organisation, orgA, orgB, RecordMerger::proposal(ra, rb));
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QStringLiteral("one startup only")), qPrintable(e.message));
    QCOMPARE(scalar(QStringLiteral("SELECT organisation_id FROM startups WHERE id = ?"), {b}), orgB);
    Record still;
    QVERIFY(!m_orgs->get(orgB, &still));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM merges")), 0);
}

void TestMerge::merge_withItself_isRefused()
{
    QCOMPARE(RecordMerger::merge(*m_db, EntityType::Organisation, m_keep.id, m_keep.id, {}).code, Error::Code::Refused);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
