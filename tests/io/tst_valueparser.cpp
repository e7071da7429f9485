// Cell text to field values, as people write them in spreadsheets; what cannot be read
// gets a message, never a guess.
#include "domain/field.h"
#include "io/valueparser.h"

#include <QTest>

using namespace hubdesk;

Q_DECLARE_METATYPE(Field)

class TestValueParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void bad_data();
    void bad();
    void money_data();
    void money();
};

namespace {

Field field(FieldType type)
{
    Field f = Field::ofType(type, "f", "Field");
    return f;
}

Field enumeration(EnumType type)
{
    return Field::enumeration("e", type, "Kind");
}

} // namespace

void TestValueParser::parse_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("text, spaces collapsed") << field(FieldType::Text) << "  ”Дисиб”   ООД " << QVariant(QStringLiteral("”Дисиб” ООД"));
    QTest::newRow("long text keeps lines") << field(FieldType::LongText) << " a\nb " << QVariant(QStringLiteral("a\nb"));
    QTest::newRow("empty is null") << field(FieldType::Date) << "   " << QVariant();
    QTest::newRow("mailto") << field(FieldType::Email) << "mailto:Ana@Example.bg" << QVariant(QStringLiteral("Ana@Example.bg"));
    QTest::newRow("country code") << field(FieldType::Country) << "bg" << QVariant(QStringLiteral("BG"));
    QTest::newRow("country name") << field(FieldType::Country) << "Bulgaria" << QVariant(QStringLiteral("BG"));
    QTest::newRow("country native") << field(FieldType::Country) << "България" << QVariant(QStringLiteral("BG"));
    QTest::newRow("country, Greek native") << field(FieldType::Country) << "Ελλάδα" << QVariant(QStringLiteral("GR"));
    QTest::newRow("country, long form") << field(FieldType::Country) << "United States of America" << QVariant(QStringLiteral("US"));
    QTest::newRow("country UK") << field(FieldType::Country) << "UK" << QVariant(QStringLiteral("GB"));
    QTest::newRow("company id, VAT prefix") << field(FieldType::CompanyId) << "BG 175 074 752" << QVariant(QStringLiteral("175074752"));
    QTest::newRow("company id, lost leading zero") << field(FieldType::CompanyId) << "40667507" << QVariant(QStringLiteral("040667507"));
    QTest::newRow("company id, padded would not check") << field(FieldType::CompanyId) << "636927" << QVariant(QStringLiteral("636927"));
    QTest::newRow("company id 0 is none") << field(FieldType::CompanyId) << "0" << QVariant();
    QTest::newRow("enum key") << enumeration(EnumType::OrganisationKind) << "investor" << QVariant(QStringLiteral("investor"));
    QTest::newRow("enum English label, other case") << enumeration(EnumType::SessionStatus) << "HELD" << QVariant(QStringLiteral("held"));
    QTest::newRow("ISO date") << field(FieldType::Date) << "2025-03-31" << QVariant(QDate(2025, 3, 31));
    QTest::newRow("dotted date") << field(FieldType::Date) << "31.03.2025" << QVariant(QDate(2025, 3, 31));
    QTest::newRow("short dotted date, Bulgarian year") << field(FieldType::Date) << "5.3.2025 г." << QVariant(QDate(2025, 3, 5));
    QTest::newRow("slashed date") << field(FieldType::Date) << "05/03/2025" << QVariant(QDate(2025, 3, 5));
    QTest::newRow("date with time") << field(FieldType::Date) << "05.03.2025 14:30" << QVariant(QDate(2025, 3, 5));
    QTest::newRow("ISO date and time") << field(FieldType::Date) << "2025-03-05T10:00:00Z" << QVariant(QDate(2025, 3, 5));
    QTest::newRow("money, comma decimals") << field(FieldType::Money) << "1 234,50" << QVariant(qint64(123450));
    QTest::newRow("integer") << field(FieldType::Integer) << "12 000" << QVariant(qint64(12000));
    QTest::newRow("minutes") << field(FieldType::Minutes) << "90" << QVariant(qint64(90));
    QTest::newRow("hours and minutes") << field(FieldType::Minutes) << "1:30" << QVariant(qint64(90));
    QTest::newRow("yes") << field(FieldType::Bool) << "Yes" << QVariant(true);
    QTest::newRow("да") << field(FieldType::Bool) << "ДА" << QVariant(true);
    QTest::newRow("не") << field(FieldType::Bool) << "не" << QVariant(false);
    QTest::newRow("0") << field(FieldType::Bool) << "0" << QVariant(false);
}

void TestValueParser::parse()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    const ValueParser parser;
    QString problem;
    const QVariant got = parser.parse(field, text, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(got, expected);
}

void TestValueParser::bad_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no such country") << field(FieldType::Country) << "Atlantis" << "Atlantis";
    QTest::newRow("unknown kind lists the kinds") << enumeration(EnumType::OrganisationKind) << "bakery" << "Corporation";
    QTest::newRow("31 February") << field(FieldType::Date) << "31.02.2025" << "31.02.2025";
    QTest::newRow("two-digit year") << field(FieldType::Date) << "05.03.25" << "2025-03-31";
    QTest::newRow("month first is not read as a day") << field(FieldType::Date) << "2025-13-01" << "2025-13-01";
    QTest::newRow("words for money") << field(FieldType::Money) << "a lot" << "a lot";
    QTest::newRow("three decimals are not cents") << field(FieldType::Money) << "12.345.6789" << "12.345.6789";
    QTest::newRow("decimal integer") << field(FieldType::Integer) << "1.5" << "whole number";
    QTest::newRow("maybe") << field(FieldType::Bool) << "maybe" << "yes or no";
    QTest::newRow("duration in words") << field(FieldType::Minutes) << "an hour" << "1:30";
    QTest::newRow("one bad value in a set") << Field::enumSet("s", EnumType::ExpertRole, "Roles", "t", "o", "v") << "mentor; juggler" << "juggler";
}

void TestValueParser::bad()
{
    QFETCH(Field, field);
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const ValueParser parser;
    QString problem;
    const QVariant got = parser.parse(field, text, &problem);
    QVERIFY(got.isNull());
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestValueParser::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("plain") << "1234" << qint64(123400);
    QTest::newRow("dot decimals") << "1234.5" << qint64(123450);
    QTest::newRow("grouped, dot decimals") << "1,234.50" << qint64(123450);
    QTest::newRow("grouped, comma decimals") << "1.234,50" << qint64(123450);
    QTest::newRow("currency code after") << "1234.50 EUR" << qint64(123450);
    QTest::newRow("euro sign before") << "€ 12" << qint64(1200);
    QTest::newRow("leva") << "12,5 лв." << qint64(1250);
    QTest::newRow("no-break space groups") << QStringLiteral("1\u00A0234,00") << qint64(123400);
    QTest::newRow("negative") << "-5.05" << qint64(-505);
    QTest::newRow("grouping only") << "1,234,567" << qint64(123456700);
}

void TestValueParser::money()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    qint64 got = 0;
    QVERIFY(ValueParser::parseMoney(text, &got));
    QCOMPARE(got, cents);
}

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
