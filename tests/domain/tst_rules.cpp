// The domain rules: each one with good and bad values side by side.
#include "domain/companyid.h"
#include "domain/countries.h"
#include "domain/entityinfo.h"
#include "domain/rules.h"
#include "domain/voucherworkflow.h"
#include "testsupport.h"

#include <QTest>

using namespace hubdesk;

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void email_data();
    void email();
    void url_data();
    void url();
    void phone_data();
    void phone();
    void country_data();
    void country();
    void eik_data();
    void eik();
    void eikCheckDigits_matchTheRegister();
    void companyIdOutsideBulgaria_isNotCheckedAsEik();
    void requiredFields_areNamedWithTheirEntity();
    void enumeration_refusesUnknownKeys();
    void dates_inOrderAndInRange_data();
    void dates_inOrderAndInRange();
    void money_mustNotBeNegative();
    void integerBounds_data();
    void integerBounds();
    void person_needsAName();
    void participation_needsOrganisationOrPerson();
    void session_heldInTheFuture_isRefused();
    void voucherStates_data();
    void voucherStates();
    void workflow_data();
    void workflow();
    void committedMoney_followsTheStatus();
    void problem_saysWhatAndWhere();
};

void TestRules::email_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "maria.petrova@example.bg" << true;
    QTest::newRow("plus and subdomain") << "office+hubdesk@mail.media.gr" << true;
    QTest::newRow("cyrillic domain") << "info@пример.бг" << true;
    QTest::newRow("no at") << "maria.example.bg" << false;
    QTest::newRow("two ats") << "a@b@example.bg" << false;
    QTest::newRow("no domain dot") << "maria@localhost" << false;
    QTest::newRow("space") << "maria petrova@example.bg" << false;
    QTest::newRow("trailing dot local") << "maria.@example.bg" << false;
    QTest::newRow("double dot") << "ma..ria@example.bg" << false;
    QTest::newRow("one-letter tld") << "maria@example.b" << false;
    QTest::newRow("empty local") << "@example.bg" << false;
    QTest::newRow("hyphen label") << "x@-example.bg" << false;
}

void TestRules::email()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString message = Rules::checkEmail(value);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(value), qPrintable(message));
}

void TestRules::url_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << "https://www.example.bg/about" << true;
    QTest::newRow("bare domain") << "example.no" << true;
    QTest::newRow("http with port") << "http://media.example.be:8080/x?y=1" << true;
    QTest::newRow("ftp scheme") << "ftp://example.bg" << false;
    QTest::newRow("no dot") << "https://intranet" << false;
    QTest::newRow("space inside") << "https://exa mple.bg" << false;
    QTest::newRow("just words") << "our website" << false;
}

void TestRules::url()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Rules::checkUrl(value).isEmpty(), valid);
}

void TestRules::phone_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("bg mobile") << "+359 88 123 4567" << true;
    QTest::newRow("bg landline with trunk") << "+359 (0)2 987 6543" << true;
    QTest::newRow("national") << "02/987 65 43" << true;
    QTest::newRow("extension") << "+32 2 123 45 67 ext. 12" << true;
    QTest::newRow("letters") << "call me" << false;
    QTest::newRow("too short") << "123" << false;
    QTest::newRow("too long") << "+359 88 123 4567 8901 234" << false;
    QTest::newRow("plus inside") << "359+88123456" << false;
}

void TestRules::phone()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Rules::checkPhone(value).isEmpty(), valid);
}

void TestRules::country_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    for (const char *c : {"BG", "GR", "BE", "NO", "DE", "XK"})
        QTest::newRow(c) << QString::fromLatin1(c) << true;
    QTest::newRow("lower case") << "bg" << false;
    QTest::newRow("three letters") << "BGR" << false;
    QTest::newRow("unassigned") << "ZZ" << false;
    QTest::newRow("UK is not ISO") << "UK" << false;
}

void TestRules::country()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Rules::checkCountry(value).isEmpty(), valid);
    QCOMPARE(Countries::isValid(value), valid);
}

void TestRules::eik_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // a word the message must contain; empty when valid
    // Valid ids worked out by hand: weights 1..8 for the 9th digit (3..10 when that gives 10);
    // weights 2,7,3,5 on digits 9..12 for the 13th (4,9,5,7 when that gives 10).
    QTest::newRow("9 digits") << "121000008" << "";         // 1+4+3 = 8
    QTest::newRow("9 digits, remainder 0") << "000000160" << ""; // 7+48 = 55 = 5*11
    QTest::newRow("13 digits") << "1210000081230" << "";    // 16+7+6+15 = 44 = 4*11
    QTest::newRow("with BG prefix and spaces") << "BG 121 000 008" << "";
    QTest::newRow("wrong check digit") << "121000001" << "9th digit should be 8";
    QTest::newRow("lost leading zero") << "21000002" << "leading zero";
    QTest::newRow("10 digits") << "1234567890" << "9 or 13 digits";
    QTest::newRow("letters") << "12A000008" << "digits only";
    QTest::newRow("13 with wrong last") << "1210000081239" << "13th digit should be 0";
    QTest::newRow("13 with a wrong base") << "1210000011230" << "9th digit";
}

void TestRules::eik()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const QString message = Rules::checkCompanyId(value, QStringLiteral("BG"));
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestRules::eikCheckDigits_matchTheRegister()
{
    // 1*1+7*2+5*3+2*4+3*5+4*6+5*7+6*8 = 160; 160 mod 11 = 6
    QCOMPARE(CompanyId::checkDigit9(QStringLiteral("17523456")), 6);
    // 1 + 9*8 = 73; 73 mod 11 = 7
    QCOMPARE(CompanyId::checkDigit9(QStringLiteral("10000009")), 7);
    // 3 + 8 = 11; remainder 0
    QCOMPARE(CompanyId::checkDigit9(QStringLiteral("00100001")), 0);
    // 4*7+6*8 = 76, remainder 10, so the second weights: 4*9+6*10 = 96; 96 mod 11 = 8
    QCOMPARE(CompanyId::checkDigit9(QStringLiteral("00000046")), 8);
    // digits 9..12 = 8,1,2,3: 16+7+6+15 = 44; remainder 0
    QCOMPARE(CompanyId::checkDigit13(QStringLiteral("121000008123")), 0);
    // 8,5,0,0: 16+35 = 51; 51 mod 11 = 7
    QCOMPARE(CompanyId::checkDigit13(QStringLiteral("121000008500")), 7);
    // 5,0,0,0: 10, so the second weights: 5*4 = 20; 20 mod 11 = 9
    QCOMPARE(CompanyId::checkDigit13(QStringLiteral("121000005000")), 9);
    QCOMPARE(CompanyId::checkDigit9(QStringLiteral("1234567")), -1);
    QCOMPARE(CompanyId::checkDigit9(QStringLiteral("1234567a")), -1);
    QVERIFY(Rules::checkCompanyId(QStringLiteral("1210000085007"), QStringLiteral("BG")).isEmpty());
}

void TestRules::companyIdOutsideBulgaria_isNotCheckedAsEik()
{
    QVERIFY(Rules::checkCompanyId(QStringLiteral("0456.789.123"), QStringLiteral("BE")).isEmpty());
    QVERIFY(Rules::checkCompanyId(QStringLiteral("NO 912 345 678"), QStringLiteral("NO")).isEmpty());
    QVERIFY(!Rules::checkCompanyId(QStringLiteral("12#45"), QStringLiteral("GR")).isEmpty());
    // The same 9 digits that are fine in Norway fail as a Bulgarian EIK.
    QVERIFY(!Rules::checkCompanyId(QStringLiteral("912345678"), QStringLiteral("BG")).isEmpty());

    Record org = test::organisation(QStringLiteral("Acme"));
    org.setValue(QStringLiteral("company_id"), QStringLiteral("121000001")); // check digit should be 8
    Problems problems = Rules::validate(org);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("company_id"));
    org.setValue(QStringLiteral("country"), QStringLiteral("NO"));
    QVERIFY(Rules::validate(org).isEmpty());
}

void TestRules::requiredFields_areNamedWithTheirEntity()
{
    Record org(EntityType::Organisation);
    const Problems problems = Rules::validate(org);
    QStringList fields;
    for (const Problem &p : problems)
        fields.append(p.field);
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("engagement"), QStringLiteral("kind"), QStringLiteral("name")}));
    for (const Problem &p : problems) {
        QCOMPARE(p.entity, EntityType::Organisation);
        QCOMPARE(p.message, QStringLiteral("is required"));
    }
    Record blank = test::organisation(QStringLiteral("   "));
    QCOMPARE(Rules::validate(blank).size(), 1);
    QVERIFY(Rules::validate(test::organisation(QStringLiteral("Acme"))).isEmpty());
}

void TestRules::enumeration_refusesUnknownKeys()
{
    Record org = test::organisation(QStringLiteral("Acme"), QStringLiteral("spaceship"));
    const Problems problems = Rules::validate(org);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("kind"));
    QVERIFY(problems.first().message.contains(QStringLiteral("spaceship")));
    QVERIFY(problems.first().message.contains(QStringLiteral("corporation")));
    org.setValue(QStringLiteral("kind"), QStringLiteral("media"));
    org.setValue(QStringLiteral("roles"), QStringList{QStringLiteral("financing"), QStringLiteral("banking")});
    QCOMPARE(Rules::validate(org).size(), 1);
    QCOMPARE(Rules::validate(org).first().field, QStringLiteral("roles"));
}

void TestRules::dates_inOrderAndInRange_data()
{
    QTest::addColumn<QDate>("starts");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<QString>("field"); // the field with the problem, empty when fine
    QTest::newRow("same day") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << "";
    QTest::newRow("in order") << QDate(2026, 3, 1) << QDate(2026, 3, 3) << "";
    QTest::newRow("no end") << QDate(2026, 3, 1) << QDate() << "";
    QTest::newRow("ends before it starts") << QDate(2026, 3, 2) << QDate(2026, 3, 1) << "ends_on";
    QTest::newRow("typo year") << QDate(202, 3, 2) << QDate() << "starts_on";
    QTest::newRow("far future") << QDate(2300, 1, 1) << QDate() << "starts_on";
}

void TestRules::dates_inOrderAndInRange()
{
    QFETCH(QDate, starts);
    QFETCH(QDate, ends);
    QFETCH(QString, field);
    Record event(EntityType::Event);
    event.setValue(QStringLiteral("name"), QStringLiteral("Deeptech on stage"));
    event.setValue(QStringLiteral("type"), QStringLiteral("deeptech_on_stage"));
    event.setValue(QStringLiteral("starts_on"), starts);
    if (ends.isValid())
        event.setValue(QStringLiteral("ends_on"), ends);
    const Problems problems = Rules::validate(event);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
    }
}

void TestRules::money_mustNotBeNegative()
{
    const qint64 startupId = 7;
    Record v = test::voucher(startupId, -100);
    v.setValue(QStringLiteral("number"), QStringLiteral("TV-2025-0001"));
    v.setValue(QStringLiteral("status"), QStringLiteral("requested"));
    Problems problems = Rules::validate(v);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("requested_cents"));
    QCOMPARE(problems.first().message, QStringLiteral("cannot be negative"));
    v.setValue(QStringLiteral("requested_cents"), 0);
    QVERIFY(Rules::validate(v).isEmpty());
    v.setValue(QStringLiteral("requested_cents"), Rules::maximumMoney() + 1);
    QCOMPARE(Rules::validate(v).size(), 1);
}

void TestRules::integerBounds_data()
{
    QTest::addColumn<int>("trl");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << 1 << true;
    QTest::newRow("9") << 9 << true;
    QTest::newRow("0") << 0 << false;
    QTest::newRow("10") << 10 << false;
    QTest::newRow("-3") << -3 << false;
}

void TestRules::integerBounds()
{
    QFETCH(int, trl);
    QFETCH(bool, valid);
    Record s = test::startup(1);
    s.setValue(QStringLiteral("trl"), trl);
    const Problems problems = Rules::validate(s);
    QCOMPARE(problems.isEmpty(), valid);
    if (!valid)
        QVERIFY(problems.first().message.contains(QStringLiteral("between 1 and 9")));
}

void TestRules::person_needsAName()
{
    Record p(EntityType::Person);
    QCOMPARE(Rules::validate(p).size(), 1);
    QCOMPARE(Rules::validate(p).first().field, QStringLiteral("last_name"));
    p.setValue(QStringLiteral("first_name"), QStringLiteral("Мария"));
    QVERIFY(Rules::validate(p).isEmpty());
    p.setValue(QStringLiteral("email"), QStringLiteral("maria at example"));
    QCOMPARE(Rules::validate(p).first().field, QStringLiteral("email"));
}

void TestRules::participation_needsOrganisationOrPerson()
{
    Record p(EntityType::Participation);
    p.setValue(QStringLiteral("event_id"), 1);
    p.setValue(QStringLiteral("role"), QStringLiteral("attendee"));
    QCOMPARE(Rules::validate(p).size(), 1);
    p.setValue(QStringLiteral("person_id"), 3);
    QVERIFY(Rules::validate(p).isEmpty());
}

void TestRules::session_heldInTheFuture_isRefused()
{
    Record s = test::session(1, 2, QDate::currentDate().addDays(3));
    QCOMPARE(Rules::validate(s).size(), 1);
    QCOMPARE(Rules::validate(s).first().field, QStringLiteral("status"));
    s.setValue(QStringLiteral("status"), QStringLiteral("planned"));
    QVERIFY(Rules::validate(s).isEmpty());
    s.setValue(QStringLiteral("duration_minutes"), 0);
    QCOMPARE(Rules::validate(s).first().field, QStringLiteral("duration_minutes"));
}

void TestRules::voucherStates_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QVariantHash>("values");
    QTest::addColumn<QString>("field"); // field of the (first) problem; empty when fine

    const QDate d(2025, 6, 1);
    QTest::newRow("requested") << "requested" << QVariantHash{} << "";
    QTest::newRow("requested with an approval") << "requested" << QVariantHash{{"approved_cents", 100}} << "approved_cents";
    QTest::newRow("approved") << "approved" << QVariantHash{{"approved_cents", 40000}, {"approved_on", d}} << "";
    QTest::newRow("approved without amount") << "approved" << QVariantHash{{"approved_on", d}} << "approved_cents";
    QTest::newRow("approved above request") << "approved" << QVariantHash{{"approved_cents", 60000}, {"approved_on", d}}
                                            << "approved_cents";
    const QVariantHash claimed = {{"approved_cents", 40000}, {"approved_on", d}, {"claimed_cents", 39000},
                                  {"claimed_on", d.addDays(20)}, {"receipts_received", true}};
    QTest::newRow("claimed") << "claimed" << claimed << "";
    QVariantHash noReceipts = claimed;
    noReceipts.insert(QStringLiteral("receipts_received"), false);
    QTest::newRow("claimed without receipts") << "claimed" << noReceipts << "receipts_received";
    QVariantHash overridden = noReceipts;
    overridden.insert(QStringLiteral("receipts_override"), QStringLiteral("Lost luggage; airline letter attached"));
    QTest::newRow("claimed with override") << "claimed" << overridden << "";
    QVariantHash paid = claimed;
    paid.insert(QStringLiteral("paid_cents"), 39000);
    paid.insert(QStringLiteral("paid_on"), d.addDays(30));
    QTest::newRow("paid") << "paid" << paid << "";
    QVariantHash overpaid = paid;
    overpaid.insert(QStringLiteral("paid_cents"), 40001);
    QTest::newRow("paid more than approved") << "paid" << overpaid << "paid_cents";
    QVariantHash paidEarly = paid;
    paidEarly.insert(QStringLiteral("paid_on"), d.addDays(-1));
    QTest::newRow("paid before approval") << "paid" << paidEarly << "paid_on";
    QTest::newRow("paid amount while requested") << "requested" << QVariantHash{{"paid_cents", 100}} << "paid_cents";
    QTest::newRow("rejected without reason") << "rejected" << QVariantHash{} << "decision_reason";
    QTest::newRow("rejected") << "rejected" << QVariantHash{{"decision_reason", "Not eligible"}} << "";
}

void TestRules::voucherStates()
{
    QFETCH(QString, status);
    QFETCH(QVariantHash, values);
    QFETCH(QString, field);
    Record v = test::voucher(1, 50000);
    v.setValue(QStringLiteral("number"), QStringLiteral("TV-2025-0001"));
    v.setValue(QStringLiteral("status"), status);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        v.setValue(it.key(), it.value());
    const Problems problems = Rules::validate(v);
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    } else {
        QVERIFY2(!problems.isEmpty(), "expected a problem");
        QCOMPARE(problems.first().field, field);
    }
}

void TestRules::workflow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("approve") << "requested" << "approved" << true;
    QTest::newRow("claim") << "approved" << "claimed" << true;
    QTest::newRow("pay") << "claimed" << "paid" << true;
    QTest::newRow("reject request") << "requested" << "rejected" << true;
    QTest::newRow("reject claim") << "claimed" << "rejected" << true;
    QTest::newRow("cancel approved") << "approved" << "cancelled" << true;
    QTest::newRow("pay without claim") << "approved" << "paid" << false;
    QTest::newRow("pay a request") << "requested" << "paid" << false;
    QTest::newRow("claim a request") << "requested" << "claimed" << false;
    QTest::newRow("cancel paid") << "paid" << "cancelled" << false;
    QTest::newRow("reopen rejected") << "rejected" << "requested" << false;
    QTest::newRow("approve cancelled") << "cancelled" << "approved" << false;
    QTest::newRow("back to approved") << "claimed" << "approved" << false;
}

void TestRules::workflow()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(VoucherWorkflow::isAllowed(from, to), allowed);
    const QString refusal = VoucherWorkflow::refusal(from, to);
    QCOMPARE(refusal.isEmpty(), allowed);
    if (!allowed)
        QVERIFY2(refusal.contains(from) || refusal.contains(QStringLiteral("final")), qPrintable(refusal));
}

void TestRules::committedMoney_followsTheStatus()
{
    QCOMPARE(VoucherWorkflow::committedCents(QStringLiteral("requested"), 0, 0), 0);
    QCOMPARE(VoucherWorkflow::committedCents(QStringLiteral("approved"), 500, 0), 500);
    QCOMPARE(VoucherWorkflow::committedCents(QStringLiteral("claimed"), 500, 0), 500);
    QCOMPARE(VoucherWorkflow::committedCents(QStringLiteral("paid"), 500, 420), 420);
    QCOMPARE(VoucherWorkflow::committedCents(QStringLiteral("cancelled"), 500, 0), 0);
    QCOMPARE(VoucherWorkflow::committedCents(QStringLiteral("rejected"), 500, 0), 0);
}

void TestRules::problem_saysWhatAndWhere()
{
    Record org = test::organisation(QStringLiteral("Acme"));
    org.setValue(QStringLiteral("email"), QStringLiteral("nope"));
    const Problems problems = Rules::validate(org);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().toString(),
             QStringLiteral("Stakeholder › E-mail: “nope” is not an e-mail address (expected name@domain.tld)"));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
