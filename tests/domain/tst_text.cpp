// Text helpers: money, transliteration, folding, identities, enumerations, SQL scripts.
#include "domain/enums.h"
#include "domain/money.h"
#include "domain/textfold.h"
#include "domain/transliteration.h"
#include "domain/uuid.h"
#include "storage/sqlscript.h"

#include <QSet>
#include <QTest>

using namespace hubdesk;

class TestText : public QObject
{
    Q_OBJECT
private slots:
    void moneyParse_data();
    void moneyParse();
    void moneyFormat_usesTheLocale();
    void transliteration_data();
    void transliteration();
    void fold_ignoresCaseAccentsAndSpaces();
    void uuid_isVersion7AndUnique();
    void uuid_validation_data();
    void uuid_validation();
    void enums_labelsAndKeys();
    void sqlScript_keepsTriggersWhole();
};

void TestText::moneyParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("integer") << "1234" << "en_GB" << true << qint64(123400);
    QTest::newRow("one decimal") << "12.5" << "en_GB" << true << qint64(1250);
    QTest::newRow("grouped en") << "1,234.56" << "en_GB" << true << qint64(123456);
    QTest::newRow("grouped bg") << "1 234,56" << "bg_BG" << true << qint64(123456);
    QTest::newRow("dots as groups") << "1.234.567,89" << "de_DE" << true << qint64(123456789);
    QTest::newRow("comma groups in en") << "1,234" << "en_GB" << true << qint64(123400);
    QTest::newRow("comma decimal in bg") << "12,3" << "bg_BG" << true << qint64(1230);
    QTest::newRow("currency code") << "EUR 1 500" << "en_GB" << true << qint64(150000);
    QTest::newRow("euro sign") << "€12.00" << "en_GB" << true << qint64(1200);
    QTest::newRow("negative") << "-5" << "en_GB" << true << qint64(-500);
    QTest::newRow("three decimals") << "1.2345" << "en_GB" << false << qint64(0);
    QTest::newRow("bad grouping") << "1,23,456.00" << "en_GB" << false << qint64(0);
    QTest::newRow("words") << "twelve" << "en_GB" << false << qint64(0);
    QTest::newRow("empty") << "" << "en_GB" << false << qint64(0);
    QTest::newRow("minus inside") << "12-5" << "en_GB" << false << qint64(0);
    QTest::newRow("huge") << "12345678901234567" << "en_GB" << false << qint64(0);
}

void TestText::moneyParse()
{
    QFETCH(QString, text);
    QFETCH(QString, locale);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    qint64 value = -1;
    QCOMPARE(Money::parse(text, &value, QLocale(locale)), ok);
    if (ok)
        QCOMPARE(value, cents);
}

void TestText::moneyFormat_usesTheLocale()
{
    QCOMPARE(Money::format(123456, QStringLiteral("EUR"), QLocale(QStringLiteral("en_GB"))), QStringLiteral("1,234.56 EUR"));
    // Bulgarian groups with a no-break space, and only from five digits on.
    QCOMPARE(Money::format(1234567, QStringLiteral("EUR"), QLocale(QStringLiteral("bg_BG"))),
             QStringLiteral("12\u00a0345,67 EUR"));
    QCOMPARE(Money::format(123456, QStringLiteral("EUR"), QLocale(QStringLiteral("bg_BG"))), QStringLiteral("1234,56 EUR"));
    QCOMPARE(Money::plain(-5), QStringLiteral("-0.05"));
    QCOMPARE(Money::plain(100000), QStringLiteral("1000.00"));
}

void TestText::transliteration_data()
{
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("latin");
    // Examples of the Bulgarian Transliteration Act (2009).
    QTest::newRow("София") << "София" << "Sofia";
    QTest::newRow("България (the Act's exception)") << "Република България" << "Republika Bulgaria";
    QTest::newRow("-ия otherwise") << "Благоевградия" << "Blagoevgradia";
    QTest::newRow("ия inside a word") << "Ияска" << "Iyaska";
    QTest::newRow("щ ъ") << "Щъркелово" << "Shtarkelovo";
    QTest::newRow("ж ц ч ш ю я") << "Жеравна Цветан Чавдар Шумен Юлия Янко"
                                << "Zheravna Tsvetan Chavdar Shumen Yulia Yanko";
    QTest::newRow("й ь") << "Йордан Дьо" << "Yordan Dyo";
    QTest::newRow("company") << "”Дигитални Медии” ЕООД" << "”Digitalni Medii” EOOD";
    QTest::newRow("upper-case word") << "ЩИТ" << "SHTIT";
    QTest::newRow("latin stays") << "Acme Ltd" << "Acme Ltd";
    QTest::newRow("greek") << "Αθήνα Θεσσαλονίκη" << "Athina Thessaloniki";
}

void TestText::transliteration()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    QCOMPARE(Transliteration::toLatin(cyrillic), latin);
}

void TestText::fold_ignoresCaseAccentsAndSpaces()
{
    QCOMPARE(TextFold::fold(QStringLiteral("  Ångström   Café ")), QStringLiteral("angstrom cafe"));
    QCOMPARE(TextFold::fold(QStringLiteral("СОФИЯ")), TextFold::fold(QStringLiteral("София")));
    QCOMPARE(TextFold::fold(QStringLiteral("Straße")), QStringLiteral("strasse"));
    QVERIFY(TextFold::fold(QStringLiteral("b")) > TextFold::fold(QStringLiteral("A")));
}

void TestText::uuid_isVersion7AndUnique()
{
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 20000; ++i) {
        const QString u = Uuid::create();
        QVERIFY(Uuid::isValid(u));
        QCOMPARE(u.at(14), QLatin1Char('7'));
        QVERIFY(QStringLiteral("89ab").contains(u.at(19)));
        QVERIFY2(u > previous, "ids of one process increase");
        previous = u;
        seen.insert(u);
    }
    QCOMPARE(seen.size(), 20000);
}

void TestText::uuid_validation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("good") << "0190f1c2-7a3b-7c4d-8e5f-0123456789ab" << true;
    QTest::newRow("upper case") << "0190F1C2-7A3B-7C4D-8E5F-0123456789AB" << false;
    QTest::newRow("braces") << "{0190f1c2-7a3b-7c4d-8e5f-0123456789ab}" << false;
    QTest::newRow("short") << "0190f1c2-7a3b-7c4d-8e5f-0123456789a" << false;
    QTest::newRow("bad dash") << "0190f1c2x7a3b-7c4d-8e5f-0123456789ab" << false;
    QTest::newRow("sql") << "'; DROP TABLE organisations; --    " << false;
}

void TestText::uuid_validation()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Uuid::isValid(text), valid);
}

void TestText::enums_labelsAndKeys()
{
    QCOMPARE(Enums::keys(EnumType::VoucherStatus),
             (QStringList{QStringLiteral("requested"), QStringLiteral("approved"), QStringLiteral("claimed"),
                          QStringLiteral("paid"), QStringLiteral("rejected"), QStringLiteral("cancelled")}));
    QCOMPARE(Enums::label(EnumType::OrganisationKind, QStringLiteral("public_body")), QStringLiteral("Public organisation"));
    QCOMPARE(Enums::label(EnumType::OrganisationKind, QStringLiteral("nonsense")), QStringLiteral("nonsense"));
    QVERIFY(Enums::contains(EnumType::SessionService, QStringLiteral("investor_meeting")));
    QVERIFY(!Enums::contains(EnumType::SessionService, QStringLiteral("Investor meeting")));
    for (EnumType t : Enums::all()) {
        QVERIFY(Enums::lookupTable(t).startsWith(QLatin1String("enum_")));
        QVERIFY(!Enums::keys(t).isEmpty());
    }
}

void TestText::sqlScript_keepsTriggersWhole()
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT ';');\n"
        "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
        "-- only a comment\n"
        "INSERT INTO a VALUES ('it''s; fine');\n");
    const QStringList statements = SqlScript::statements(script);
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements.at(0).contains(QLatin1String("CREATE TABLE a")));
    QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
    QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
    QVERIFY(statements.at(2).startsWith(QLatin1String("INSERT"))); // its comment line is left out
    QCOMPARE(SqlScript::statements(QStringLiteral("-- nothing\n\n")).size(), 0);
    QCOMPARE(SqlScript::statements(QStringLiteral("SELECT 1")).size(), 1); // incomplete: SQLite reports it
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
