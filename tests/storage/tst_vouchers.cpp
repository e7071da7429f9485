// Travel vouchers: the workflow, the cap per startup and the programme budget,
// including two approvals racing from two connections.
#include "storage/auditlog.h"
#include "storage/repositories.h"
#include "storage/settingsrepository.h"
#include "storage/sql.h"
#include "storage/voucherrepository.h"
#include "storage/writetransaction.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace hubdesk;

class TestVouchers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void create_numbersAndRecordsHistory();
    void fullWorkflow_keepsHistoryAndAudit();
    void illegalSteps_areRefusedWithTheRule_data();
    void illegalSteps_areRefusedWithTheRule();
    void approval_cannotExceedTheCap();
    void approval_cannotExceedTheBudget();
    void approval_withoutLimitsSet_isRefused();
    void payment_releasesTheRestOfTheApproval();
    void claim_needsReceiptsOrAReason();
    void plainUpdate_cannotChangeStatusOrAmounts();
    void database_refusesWhatTheWorkflowRefuses();
    void loweringTheLimitsBelowCommitments_isRefused();
    void twoApprovalsFromTwoConnections_cannotExceedTheCapTogether();
    void parallelApprovals_neverExceedTheBudget();

private:
    Record requested(qint64 cents);
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoucherRepository> m_vouchers;
    qint64 m_startup = 0;
};

void TestVouchers::init()
{
    m_db = test::memoryDatabase();
    m_startup = test::addStartup(*m_db, QStringLiteral("VeriCast"));
    test::setVoucherLimits(*m_db, 150000, 1000000); // 1,500 EUR per startup, 10,000 EUR in all
    m_vouchers = std::make_unique<VoucherRepository>(*m_db);
}

Record TestVouchers::requested(qint64 cents)
{
    Record v = test::voucher(m_startup, cents);
    if (Error e = m_vouchers->create(v))
        qFatal("voucher: %s", qPrintable(e.message));
    return v;
}

void TestVouchers::create_numbersAndRecordsHistory()
{
    Record a = requested(50000);
    Record b = requested(30000);
    QCOMPARE(a.text(QStringLiteral("number")), QStringLiteral("TV-2025-0001"));
    QCOMPARE(b.text(QStringLiteral("number")), QStringLiteral("TV-2025-0002"));
    QCOMPARE(a.text(QStringLiteral("status")), QStringLiteral("requested"));
    QCOMPARE(Sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT to_status FROM voucher_status_history WHERE voucher_id = ? AND from_status IS NULL"),
                         {a.id})
                 .toString(),
             QStringLiteral("requested"));
    Record clash = test::voucher(m_startup, 100);
    clash.setValue(QStringLiteral("number"), QStringLiteral("TV-2025-0001"));
    QCOMPARE(m_vouchers->create(clash).code, Error::Code::Constraint);
}

void TestVouchers::fullWorkflow_keepsHistoryAndAudit()
{
    Record v = requested(50000);
    QVERIFY(!m_vouchers->approve(v, 45000, QDate(2025, 5, 3)));
    QCOMPARE(v.text(QStringLiteral("status")), QStringLiteral("approved"));
    QCOMPARE(v.version, 2);
    QVERIFY(!m_vouchers->markClaimed(v, 46000, QDate(2025, 6, 20), true));
    QVERIFY(!m_vouchers->markPaid(v, 44000, QDate(2025, 7, 1)));
    Record stored;
    QVERIFY(!m_vouchers->get(v.id, &stored));
    QCOMPARE(stored.text(QStringLiteral("status")), QStringLiteral("paid"));
    QCOMPARE(stored.integer(QStringLiteral("approved_cents")), 45000);
    QCOMPARE(stored.integer(QStringLiteral("claimed_cents")), 46000);
    QCOMPARE(stored.integer(QStringLiteral("paid_cents")), 44000);
    QCOMPARE(stored.date(QStringLiteral("paid_on")), QDate(2025, 7, 1));
    auto history = Repositories::create(*m_db, EntityType::VoucherStatusChange);
    ListQuery q;
    q.filters = {Filter::equals(QStringLiteral("voucher_id"), v.id)};
    q.sortKey = QStringLiteral("id");
    const RowSet rows = history->list(q);
    QStringList steps;
    for (int i = 0; i < rows.rows.size(); ++i)
        steps.append(rows.value(i, QStringLiteral("to_status")).toString());
    QCOMPARE(steps, (QStringList{QStringLiteral("requested"), QStringLiteral("approved"), QStringLiteral("claimed"),
                                 QStringLiteral("paid")}));
    QCOMPARE(rows.value(3, QStringLiteral("amount_cents")).toLongLong(), 44000);
    QCOMPARE(rows.value(3, QStringLiteral("actor")).toString(), QStringLiteral("tester"));
    const QList<AuditEntry> audit = AuditLog::forRecord(*m_db, QStringLiteral("voucher"), v.id);
    QCOMPARE(audit.size(), 4);
    QCOMPARE(audit.at(1).action, QStringLiteral("transition"));
    QVERIFY(audit.at(1).changes.contains(QStringLiteral("approved_cents")));
}

void TestVouchers::illegalSteps_areRefusedWithTheRule_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("pay a request") << "requested" << "pay" << "cannot become paid directly";
    QTest::newRow("claim a request") << "requested" << "claim" << "cannot become claimed directly";
    QTest::newRow("pay an approval") << "approved" << "pay" << "cannot become paid directly";
    QTest::newRow("approve twice") << "approved" << "approve" << "already approved";
    QTest::newRow("cancel paid") << "paid" << "cancel" << "final";
    QTest::newRow("reject paid") << "paid" << "reject" << "final";
    QTest::newRow("approve rejected") << "rejected" << "approve" << "final";
    QTest::newRow("approve cancelled") << "cancelled" << "approve" << "final";
}

void TestVouchers::illegalSteps_areRefusedWithTheRule()
{
    QFETCH(QString, state);
    QFETCH(QString, action);
    QFETCH(QString, mentions);
    Record v = requested(50000);
    const QDate d(2025, 5, 10);
    if (state == QLatin1String("approved") || state == QLatin1String("paid"))
        QVERIFY(!m_vouchers->approve(v, 50000, d));
    if (state == QLatin1String("paid")) {
        QVERIFY(!m_vouchers->markClaimed(v, 50000, d, true));
        QVERIFY(!m_vouchers->markPaid(v, 50000, d));
    }
    if (state == QLatin1String("rejected"))
        QVERIFY(!m_vouchers->reject(v, QStringLiteral("Not eligible"), d));
    if (state == QLatin1String("cancelled"))
        QVERIFY(!m_vouchers->cancel(v, QStringLiteral("Withdrawn"), d));
    const int versionBefore = v.version;
    Error e;
    if (action == QLatin1String("pay"))
        e = m_vouchers->markPaid(v, 100, d);
    else if (action == QLatin1String("claim"))
        e = m_vouchers->markClaimed(v, 100, d, true);
    else if (action == QLatin1String("approve"))
        e = m_vouchers->approve(v, 100, d);
    else if (action == QLatin1String("cancel"))
        e = m_vouchers->cancel(v, QStringLiteral("x"), d);
    else
        e = m_vouchers->reject(v, QStringLiteral("x"), d);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    QVERIFY(e.message.contains(v.text(QStringLiteral("number"))));
    Record stored;
    QVERIFY(!m_vouchers->get(v.id, &stored));
    QCOMPARE(stored.version, versionBefore);
    QCOMPARE(stored.text(QStringLiteral("status")), state);
}

void TestVouchers::approval_cannotExceedTheCap()
{
    Record a = requested(100000);
    Record b = requested(80000);
    QVERIFY(!m_vouchers->approve(a, 100000, QDate(2025, 5, 3)));
    const Error e = m_vouchers->approve(b, 80000, QDate(2025, 5, 3));
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QLatin1String("voucher cap per startup")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("VeriCast")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("500.00")), qPrintable(e.message)); // what remains
    QVERIFY(!m_vouchers->approve(b, 50000, QDate(2025, 5, 3))); // exactly up to the cap is fine
    const VoucherRepository::Funds f = m_vouchers->funds(m_startup);
    QCOMPARE(f.startupCommittedCents, 150000);
    QCOMPARE(f.capRemaining(), 0);
}

void TestVouchers::approval_cannotExceedTheBudget()
{
    test::setVoucherLimits(*m_db, 150000, 200000);
    const qint64 other = test::addStartup(*m_db, QStringLiteral("SignBridge"));
    Record a = requested(150000);
    Record b = test::voucher(other, 100000);
    QVERIFY(!m_vouchers->create(b));
    QVERIFY(!m_vouchers->approve(a, 150000, QDate(2025, 5, 3)));
    const Error e = m_vouchers->approve(b, 60000, QDate(2025, 5, 3));
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY2(e.message.contains(QLatin1String("programme voucher budget")), qPrintable(e.message));
    QVERIFY(!m_vouchers->approve(b, 50000, QDate(2025, 5, 3)));
    QCOMPARE(m_vouchers->funds(other).budgetRemaining(), 0);
}

void TestVouchers::approval_withoutLimitsSet_isRefused()
{
    auto db = test::memoryDatabase();
    const qint64 s = test::addStartup(*db, QStringLiteral("Nova"));
    VoucherRepository repo(*db);
    Record v = test::voucher(s, 1000);
    QVERIFY(!repo.create(v));
    const Error e = repo.approve(v, 1000, QDate(2025, 5, 2));
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY(e.message.contains(QLatin1String("No voucher cap per startup is set")));
}

void TestVouchers::payment_releasesTheRestOfTheApproval()
{
    Record a = requested(150000);
    QVERIFY(!m_vouchers->approve(a, 150000, QDate(2025, 5, 3)));
    QVERIFY(!m_vouchers->markClaimed(a, 90000, QDate(2025, 6, 3), true));
    QVERIFY(!m_vouchers->markPaid(a, 90000, QDate(2025, 6, 10)));
    QCOMPARE(m_vouchers->funds(m_startup).capRemaining(), 60000);
    Record b = requested(60000);
    QVERIFY(!m_vouchers->approve(b, 60000, QDate(2025, 6, 11)));
    QCOMPARE(m_vouchers->funds(m_startup).capRemaining(), 0);
    Record c = requested(100);
    QCOMPARE(m_vouchers->markPaid(c, 100, QDate(2025, 6, 11)).code, Error::Code::Refused); // nothing paid unapproved
}

void TestVouchers::claim_needsReceiptsOrAReason()
{
    Record v = requested(50000);
    QVERIFY(!m_vouchers->approve(v, 50000, QDate(2025, 5, 3)));
    Error e = m_vouchers->markClaimed(v, 50000, QDate(2025, 6, 3), false);
    QCOMPARE(e.code, Error::Code::Validation);
    QCOMPARE(e.problems.first().field, QStringLiteral("receipts_received"));
    QVERIFY(!m_vouchers->markClaimed(v, 50000, QDate(2025, 6, 3), false, QStringLiteral("Airline lost the boarding passes")));
    e = m_vouchers->markPaid(v, 50001, QDate(2025, 6, 4));
    QCOMPARE(e.code, Error::Code::Validation);
    QCOMPARE(e.problems.first().field, QStringLiteral("paid_cents"));
    e = m_vouchers->markPaid(v, 50000, QDate(2025, 5, 1)); // before the approval
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY(!m_vouchers->markPaid(v, 50000, QDate(2025, 6, 4)));
}

void TestVouchers::plainUpdate_cannotChangeStatusOrAmounts()
{
    Record v = requested(50000);
    Record edit = v;
    edit.setValue(QStringLiteral("status"), QStringLiteral("paid"));
    Error e = m_vouchers->update(edit);
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY(e.message.contains(QLatin1String("workflow")));
    edit = v;
    edit.setValue(QStringLiteral("purpose"), QStringLiteral("Travel to Web Summit"));
    QVERIFY(!m_vouchers->update(edit));
    QCOMPARE(edit.version, 2);
}

void TestVouchers::database_refusesWhatTheWorkflowRefuses()
{
    Record v = requested(50000);
    const QSqlDatabase c = m_db->connection();
    Error e = Sql::run(c, QStringLiteral("UPDATE vouchers SET status = 'paid', paid_cents = 100, paid_on = '2025-06-01', "
                                         "approved_cents = 100, approved_on = '2025-05-01', claimed_cents = 100, "
                                         "claimed_on = '2025-05-20', receipts_received = 1 WHERE id = ?"),
                       {v.id});
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY(e.message.contains(QLatin1String("not allowed by the voucher workflow")));
    e = Sql::run(c, QStringLiteral("UPDATE vouchers SET status = 'approved', approved_cents = 160000, "
                                   "requested_cents = 160000, approved_on = '2025-05-02' WHERE id = ?"),
                 {v.id});
    QCOMPARE(e.code, Error::Code::Refused);
    QVERIFY(e.message.contains(QLatin1String("cap per startup")));
    e = Sql::run(c, QStringLiteral("UPDATE vouchers SET status = 'approved' WHERE id = ?"), {v.id});
    QCOMPARE(e.code, Error::Code::Constraint); // approved needs an amount and a date
    Record stored;
    QVERIFY(!m_vouchers->get(v.id, &stored));
    QCOMPARE(stored.text(QStringLiteral("status")), QStringLiteral("requested"));
}

void TestVouchers::loweringTheLimitsBelowCommitments_isRefused()
{
    Record v = requested(100000);
    QVERIFY(!m_vouchers->approve(v, 100000, QDate(2025, 5, 3)));
    SettingsRepository settings(*m_db);
    Error e = settings.setValue(SettingsRepository::VoucherCapCents, QStringLiteral("90000"));
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY2(e.message.contains(QLatin1String("VeriCast")), qPrintable(e.message));
    e = settings.setValue(SettingsRepository::VoucherBudgetCents, QStringLiteral("99999"));
    QCOMPARE(e.code, Error::Code::Validation);
    QVERIFY(!settings.setValue(SettingsRepository::VoucherCapCents, QStringLiteral("100000")));
    QCOMPARE(settings.voucherCapCents(), 100000);
}

void TestVouchers::twoApprovalsFromTwoConnections_cannotExceedTheCapTogether()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("race.hubdesk"));
    qint64 first = 0, second = 0;
    {
        auto db = test::fileDatabase(file);
        const qint64 startup = test::addStartup(*db, QStringLiteral("VeriCast"));
        test::setVoucherLimits(*db, 100000, 1000000);
        VoucherRepository repo(*db);
        Record a = test::voucher(startup, 70000);
        Record b = test::voucher(startup, 70000);
        QVERIFY(!repo.create(a));
        QVERIFY(!repo.create(b));
        first = a.id;
        second = b.id;
    }
    // Window A approves inside its own transaction and holds it open; window B, on
    // another connection in another thread, approves the other voucher meanwhile.
    OpenError error;
    auto dbA = Database::open(file, &error);
    QVERIFY2(dbA, qPrintable(error.message));
    VoucherRepository repoA(*dbA);
    Record a;
    QVERIFY(!repoA.get(first, &a));
    WriteTransaction tx(dbA->connection());
    QVERIFY(!tx.begin());
    QVERIFY(!repoA.approve(a, 70000, QDate(2025, 5, 3)));

    QAtomicInt bStarted;
    QFuture<Error> bResult = QtConcurrent::run([&file, second, &bStarted]() {
        OpenError openError;
        auto dbB = Database::open(file, &openError);
        if (!dbB)
            return Error::make(Error::Code::Internal, openError.message);
        VoucherRepository repoB(*dbB);
        Record b;
        if (Error e = repoB.get(second, &b))
            return e;
        bStarted.storeRelease(1);
        return repoB.approve(b, 70000, QDate(2025, 5, 3));
    });
    QTRY_VERIFY(bStarted.loadAcquire() == 1);
    QThread::msleep(300); // B is now waiting for A's write lock (it cannot have committed)
    QVERIFY(!bResult.isFinished());
    QVERIFY(!tx.commit());
    const Error bError = bResult.result();
    QCOMPARE(bError.code, Error::Code::Refused);
    QVERIFY2(bError.message.contains(QLatin1String("cap per startup")), qPrintable(bError.message));
    QCOMPARE(Sql::scalar(dbA->connection(), QStringLiteral("SELECT count(*) FROM vouchers WHERE status = 'approved'")).toInt(), 1);
}

void TestVouchers::parallelApprovals_neverExceedTheBudget()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("parallel.hubdesk"));
    QList<qint64> ids;
    {
        auto db = test::fileDatabase(file);
        test::setVoucherLimits(*db, 100000, 250000); // room for five of the twelve approvals
        VoucherRepository repo(*db);
        for (int i = 0; i < 12; ++i) {
            const qint64 s = test::addStartup(*db, QStringLiteral("Startup %1").arg(i));
            Record v = test::voucher(s, 50000);
            QVERIFY(!repo.create(v));
            ids.append(v.id);
        }
    }
    QList<QFuture<Error>> results;
    for (qint64 id : ids) {
        results.append(QtConcurrent::run([&file, id]() {
            auto db = Database::open(file, nullptr);
            if (!db)
                return Error::make(Error::Code::Internal, QStringLiteral("open failed"));
            VoucherRepository repo(*db);
            Record v;
            if (Error e = repo.get(id, &v))
                return e;
            return repo.approve(v, 50000, QDate(2025, 5, 3));
        }));
    }
    int approved = 0, refused = 0;
    for (QFuture<Error> &f : results) {
        const Error e = f.result();
        if (!e)
            ++approved;
        else if (e.code == Error::Code::Refused && e.message.contains(QLatin1String("budget")))
            ++refused;
        else
            QFAIL(qPrintable(e.message));
    }
    QCOMPARE(approved, 5);
    QCOMPARE(refused, 7);
    auto db = Database::open(file, nullptr);
    QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT sum(approved_cents) FROM vouchers")).toLongLong(), 250000);
}

QTEST_GUILESS_MAIN(TestVouchers)
#include "tst_vouchers.moc"
