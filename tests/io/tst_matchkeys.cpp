// Match keys for de-duplication: names in Cyrillic and Latin with legal forms, quotes and
// accents; company ids with lost zeros and check digits; e-mails, web domains, similarity
// and the splitting of one field that names two organisations. Expected values are worked
// out by hand from the Transliteration Act, the register's check-digit rule and IDNA.
#include "io/matchkeys.h"

#include <QTest>

using namespace hubdesk;

class TestMatchKeys : public QObject
{
    Q_OBJECT
private slots:
    void transliteration_data();
    void transliteration();
    void legalForms_data();
    void legalForms();
    void quotesAndPunctuation_data();
    void quotesAndPunctuation();
    void accents_foldedNotTransliterated_data();
    void accents_foldedNotTransliterated();
    void sameOrganisation_givesOneKey();
    void personName_data();
    void personName();
    void personName_givenAndFamily();
    void eik_data();
    void eik();
    void companyId_data();
    void companyId();
    void email_data();
    void email();
    void websiteDomain_data();
    void websiteDomain();
    void similarity_identicalIsOneAndEmptyIsZero();
    void similarity_isSymmetric_data();
    void similarity_isSymmetric();
    void similarity_nearNamesScoreHigher();
    void splitOrganisations_data();
    void splitOrganisations();
};

void TestMatchKeys::transliteration_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("щ") << "Щастие"
                       << "shtastie";
    QTest::newRow("ъ") << "Ъгъл"
                       << "agal";
    QTest::newRow("ю") << "Любов"
                       << "lyubov";
    QTest::newRow("я at start") << "Ямбол"
                                << "yambol";
    QTest::newRow("-ия at word end") << "София"
                                     << "sofia";
    QTest::newRow("-ия word alone") << "Ия"
                                    << "ia";
    QTest::newRow("-ия before a space") << "Мария Иванова"
                                        << "maria ivanova";
    QTest::newRow("-ия before punctuation") << "Академия, Ябълка"
                                            << "akademia yabalka";
    QTest::newRow("ия inside a word") << "Сиясет"
                                      << "siyaset";
    QTest::newRow("България") << "България"
                              << "bulgaria";
    QTest::newRow("capitals") << "СОФИЯ"
                              << "sofia";
    QTest::newRow("ж ъ") << "Жълт"
                         << "zhalt";
    QTest::newRow("ц") << "Цветелина"
                       << "tsvetelina";
    QTest::newRow("ч ш") << "Чешма Шумен"
                         << "cheshma shumen";
    QTest::newRow("х") << "Хасково"
                       << "haskovo";
    QTest::newRow("й") << "Йордан"
                       << "yordan";
    QTest::newRow("й decomposed (NFD)") << QString::fromUtf8("И\xCC\x86ордан") << "yordan";
    QTest::newRow("ь") << "Кьосе"
                       << "kyose";
    QTest::newRow("медийни иновации") << "Медийни иновации"
                                      << "mediyni inovatsii";
    QTest::newRow("з ц") << "Зорница"
                         << "zornitsa";
    QTest::newRow("г ф") << "Гергана Фабрика"
                         << "gergana fabrika";
    QTest::newRow("mixed scripts") << "Tech Парк Пловдив"
                                   << "tech park plovdiv";
    QTest::newRow("mixed in one word") << "Eко"
                                       << "eko"; // Latin E, Cyrillic ко
    QTest::newRow("digits kept") << "Клъстер 21"
                                 << "klaster 21";
    QTest::newRow("all letters") << "абвгдежзийклмнопрстуфхцчшщъьюя"
                                 << "abvgdezhziyklmnoprstufhtschshshtayyuya";
}

void TestMatchKeys::transliteration()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(MatchKeys::normalisedName(name), key);
}

void TestMatchKeys::legalForms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("hasForm");
    QTest::newRow("ООД end") << "Дисиб ООД"
                             << "disib" << true;
    QTest::newRow("ЕООД end") << "Дисиб ЕООД"
                              << "disib" << true;
    QTest::newRow("Е.О.О.Д. dotted") << "Дисиб Е.О.О.Д."
                                     << "disib" << true;
    QTest::newRow("ЕАД") << "Медийни иновации ЕАД"
                         << "mediyni inovatsii" << true;
    QTest::newRow("АД lower case") << "Алфа ад"
                                   << "alfa" << true;
    QTest::newRow("ЕТ at start") << "ЕТ Иван Петров"
                                 << "ivan petrov" << true;
    QTest::newRow("АД in the middle") << "Алфа АД Холдинг"
                                      << "alfa holding" << true;
    QTest::newRow("КД, КДА, СД") << "Бета КД; Гама КДА; Делта СД"
                                 << "beta gama delta" << true;
    QTest::newRow("ДЗЗД at start") << "ДЗЗД Консорциум Иновации"
                                   << "konsortsium inovatsii" << true;
    QTest::newRow("transliterated EOOD") << "Disib EOOD"
                                         << "disib" << true;
    QTest::newRow("Ltd") << "DISIB Ltd"
                         << "disib" << true;
    QTest::newRow("Ltd. with dot") << "Disib Ltd."
                                   << "disib" << true;
    QTest::newRow("Limited") << "Omicron Limited"
                             << "omicron" << true;
    QTest::newRow("LLC") << "Xi LLC"
                         << "xi" << true;
    QTest::newRow("Inc.") << "Iota, Inc."
                          << "iota" << true;
    QTest::newRow("plc") << "Kappa plc"
                         << "kappa" << true;
    QTest::newRow("GmbH") << "Gamma GmbH"
                          << "gamma" << true;
    QTest::newRow("G.m.b.H.") << "Delta G.m.b.H."
                              << "delta" << true;
    QTest::newRow("AG at start") << "AG Phi Werke"
                                 << "phi werke" << true;
    QTest::newRow("AS") << "Norsk AS"
                        << "norsk" << true;
    QTest::newRow("A/S") << "Zeta A/S"
                         << "zeta" << true;
    QTest::newRow("ASA") << "Sigma ASA"
                         << "sigma" << true;
    QTest::newRow("SA") << "Alpha SA"
                        << "alpha" << true;
    QTest::newRow("S.A.") << "Alpha S.A."
                          << "alpha" << true;
    QTest::newRow("BV") << "Epsilon BV"
                        << "epsilon" << true;
    QTest::newRow("B.V.") << "Epsilon B.V."
                          << "epsilon" << true;
    QTest::newRow("NV") << "Tau NV"
                        << "tau" << true;
    QTest::newRow("N.V. middle") << "Tau N.V. Holding"
                                 << "tau holding" << true;
    QTest::newRow("SRL") << "Beta SRL"
                         << "beta" << true;
    QTest::newRow("S.R.L.") << "Beta S.R.L."
                            << "beta" << true;
    QTest::newRow("SpA") << "Eta SpA"
                         << "eta" << true;
    QTest::newRow("S.p.A.") << "Eta S.p.A."
                            << "eta" << true;
    QTest::newRow("Oy") << "Lambda Oy"
                        << "lambda" << true;
    QTest::newRow("AB") << "Mu AB"
                        << "mu" << true;
    QTest::newRow("ApS") << "Nu ApS"
                         << "nu" << true;
    QTest::newRow("IKE") << "Theta IKE"
                         << "theta" << true;
    QTest::newRow("I.K.E.") << "Theta I.K.E."
                            << "theta" << true;
    QTest::newRow("OE") << "Psi OE"
                        << "psi" << true;
    QTest::newRow("AE") << "Omega AE"
                        << "omega" << true;
    QTest::newRow("EPE") << "Chi EPE"
                         << "chi" << true;
    QTest::newRow("Ε.Π.Ε. in Greek") << "Τεχνική Ε.Π.Ε."
                                     << "τεχνικη" << true;
    QTest::newRow("only a form is kept") << "АД"
                                         << "ad" << true;
    QTest::newRow("no form") << "Клъстер Мехатроника"
                             << "klaster mehatronika" << false;
    QTest::newRow("form inside a word stays") << "Надежда Адреналин"
                                              << "nadezhda adrenalin" << false;
    QTest::newRow("сдружение is not a form") << "Сдружение Клъстер"
                                             << "sdruzhenie klaster" << false;
}

void TestMatchKeys::legalForms()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QFETCH(bool, hasForm);
    QCOMPARE(MatchKeys::normalisedName(name), key);
    QCOMPARE(MatchKeys::hasLegalForm(name), hasForm);
}

void TestMatchKeys::quotesAndPunctuation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("” ” register style") << "”Дисиб” ООД"
                                        << "disib";
    QTest::newRow("„ “ Bulgarian") << "„Дисиб“ ООД"
                                   << "disib";
    QTest::newRow("quote glued to the form") << "„Дисиб“ЕООД"
                                             << "disib";
    QTest::newRow("“ ”") << "“Disib” Ltd"
                         << "disib";
    QTest::newRow("straight double") << "\"Disib\" Ltd"
                                     << "disib";
    QTest::newRow("« »") << "«Алфа» АД"
                         << "alfa";
    QTest::newRow("‚ ‘") << "‚Бета‘ ООД"
                         << "beta";
    QTest::newRow("‹ ›") << "‹Delta› GmbH"
                         << "delta";
    QTest::newRow("backticks") << "`Gamma` SA"
                               << "gamma";
    QTest::newRow("apostrophe joins") << "O’Brien's Ltd"
                                      << "obriens";
    QTest::newRow("straight apostrophe") << "O'Brien Ltd"
                                         << "obrien";
    QTest::newRow("punctuation collapses") << "  Алфа - Бета & Гама,  ООД  "
                                           << "alfa beta gama";
    QTest::newRow("slashes and brackets") << "Алфа (Бета)/Гама"
                                          << "alfa beta gama";
    QTest::newRow("tabs and newlines") << "Алфа\t\nБета"
                                       << "alfa beta";
    QTest::newRow("a form-like word inside the quotes is name") << "”Еко Ел Сд” ЕООД"
                                                                << "eko el sd";
    QTest::newRow("words before the quotes") << "ЕТ „Иван Петров - 57“"
                                             << "ivan petrov 57";
    QTest::newRow("form after the quotes, none inside") << "„Еко Ел“ ЕООД"
                                                        << "eko el";
    QTest::newRow("one quote only") << "Алфа” ООД"
                                    << "alfa";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("quotes only") << "„“"
                                 << "";
}

void TestMatchKeys::quotesAndPunctuation()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(MatchKeys::normalisedName(name), key);
}

// Greek is only folded (accents and case), not transliterated: matching a Greek name
// against its Latin spelling is left to the user, as both spellings are in use.
void TestMatchKeys::accents_foldedNotTransliterated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("French") << "Société Générale S.A."
                            << "societe generale";
    QTest::newRow("Swedish") << "Ångström AB"
                             << "angstrom";
    QTest::newRow("German ß and umlaut") << "Müller Straße GmbH"
                                         << "muller strasse";
    QTest::newRow("Czech a.s.") << "Škoda a.s."
                                << "skoda";
    QTest::newRow("Romanian") << "Știință și Tehnică SRL"
                              << "stiinta si tehnica";
    QTest::newRow("Greek accents") << "Ελληνικά Τρόφιμα ΑΕ"
                                   << "ελληνικα τροφιμα";
    QTest::newRow("Greek dotted form") << "ΕΛΛΗΝΙΚΆ Α.Ε."
                                       << "ελληνικα";
    QTest::newRow("full-width") << "ＡＢＣ Ltd"
                                << "abc";
}

void TestMatchKeys::accents_foldedNotTransliterated()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(MatchKeys::normalisedName(name), key);
}

void TestMatchKeys::sameOrganisation_givesOneKey()
{
    const QString key = MatchKeys::normalisedName(QStringLiteral("”Дисиб” ООД"));
    QCOMPARE(key, QStringLiteral("disib"));
    QCOMPARE(MatchKeys::normalisedName(QStringLiteral("DISIB Ltd")), key);
    QCOMPARE(MatchKeys::normalisedName(QStringLiteral("Дисиб ЕООД")), key);
    QCOMPARE(MatchKeys::normalisedName(QStringLiteral("DISIB EOOD")), key);
    QCOMPARE(MatchKeys::normalisedName(key), key); // a key is its own key
}

void TestMatchKeys::personName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("given family") << "Иван Петров"
                                  << "ivan petrov";
    QTest::newRow("family given") << "Петров Иван"
                                  << "ivan petrov";
    QTest::newRow("family, given") << "Петров, Иван"
                                   << "ivan petrov";
    QTest::newRow("Latin") << "Ivan PETROV"
                           << "ivan petrov";
    QTest::newRow("д-р") << "д-р Иван Петров"
                         << "ivan petrov";
    QTest::newRow("г-жа") << "г-жа Мария Иванова"
                          << "ivanova maria";
    QTest::newRow("инж.") << "инж. Иван Петров"
                          << "ivan petrov";
    QTest::newRow("Dr. Prof.") << "Prof. Dr. Maria Müller"
                               << "maria muller";
    QTest::newRow("hyphenated family") << "Мария Иванова-Петрова"
                                       << "ivanova maria petrova";
    QTest::newRow("only a title") << "Dr."
                                  << "dr";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMatchKeys::personName()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(MatchKeys::personName(name), key);
}

void TestMatchKeys::personName_givenAndFamily()
{
    QCOMPARE(MatchKeys::personName(QStringLiteral("Иван"), QStringLiteral("Петров")),
        QStringLiteral("ivan petrov"));
    QCOMPARE(MatchKeys::personName(QStringLiteral("Petrov"), QStringLiteral("Ivan")),
        QStringLiteral("ivan petrov"));
    QCOMPARE(MatchKeys::personName(QString(), QStringLiteral("Петров")), QStringLiteral("petrov"));
}

// Check digits worked by hand: weights 1..8 (then 3..10, then 0) for the 9th digit;
// 2,7,3,5 (then 4,9,5,7) on digits 9..12 for the 13th.
void TestMatchKeys::eik_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("9 digits") << "831642181" << true;
    QTest::newRow("9, leading zeros") << "000696327" << true;
    QTest::newRow("9, another") << "175074752" << true;
    QTest::newRow("9, second weights") << "100000086" << true; // 1..8 give 10, 3..10 give 6
    QTest::newRow("9, both give 10") << "100002170" << true;
    QTest::newRow("9, BG prefix and spaces") << "BG 831 642 181" << true;
    QTest::newRow("13 digits") << "8316421810124" << true;
    QTest::newRow("13, leading zeros") << "0006963270018" << true;
    QTest::newRow("9, wrong check digit") << "831642182" << false;
    QTest::newRow("9, wrong") << "123456789" << false;
    QTest::newRow("13, wrong 13th") << "8316421810125" << false;
    QTest::newRow("13, wrong 9th") << "1217483180005" << false;
    QTest::newRow("8 digits") << "12345673" << false;
    QTest::newRow("letters") << "83164218a" << false;
    QTest::newRow("empty") << "" << false;
}

void TestMatchKeys::eik()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(MatchKeys::isValidEik(id), valid);
}

void TestMatchKeys::companyId_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "831642181"
                           << "BG"
                           << "831642181";
    QTest::newRow("BG VAT prefix") << "BG831642181"
                                   << ""
                                   << "831642181";
    QTest::newRow("spaces and dots") << " BG 831.642.181 "
                                     << "BG"
                                     << "831642181";
    QTest::newRow("ЕИК label") << "ЕИК: 831642181"
                               << ""
                               << "831642181";
    QTest::newRow("8 digits, zero restored") << "12345673"
                                             << "BG"
                                             << "012345673";
    QTest::newRow("7 digits, two zeros") << "1234561"
                                         << ""
                                         << "001234561";
    QTest::newRow("6 digits, three zeros") << "123451"
                                           << "BG"
                                           << "000123451";
    QTest::newRow("8 digits, padded invalid: kept") << "12345678"
                                                    << "BG"
                                                    << "12345678";
    QTest::newRow("10 digits, 13-digit UIC restored") << "6963270018"
                                                      << "BG"
                                                      << "0006963270018";
    QTest::newRow("10 digits, a valid ЕГН kept") << "7501011232"
                                                 << "BG"
                                                 << "7501011232";
    QTest::newRow("8 digits, another country") << "12345673"
                                               << "DE"
                                               << "12345673";
    QTest::newRow("German VAT, country unknown") << "DE12345673"
                                                 << ""
                                                 << "12345673";
    QTest::newRow("German VAT, country DE") << "DE 123456789"
                                            << "de"
                                            << "123456789";
    QTest::newRow("Greek VAT EL with GR") << "EL094014201"
                                          << "GR"
                                          << "094014201";
    QTest::newRow("13 digits kept") << "8316421810124"
                                    << ""
                                    << "8316421810124";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("zero") << "0"
                          << "BG"
                          << "";
    QTest::newRow("all zeros") << "000000000"
                               << ""
                               << "";
    QTest::newRow("BG and zeros") << "BG000000000"
                                  << ""
                                  << "";
    QTest::newRow("no digits") << "n/a"
                               << ""
                               << "";
}

void TestMatchKeys::companyId()
{
    QFETCH(QString, raw);
    QFETCH(QString, country);
    QFETCH(QString, key);
    QCOMPARE(MatchKeys::companyId(raw, country), key);
}

void TestMatchKeys::email_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key");
    QTest::newRow("trim and lower") << "  John.Doe@Example.BG "
                                    << "john.doe@example.bg";
    QTest::newRow("mailto") << "mailto:info@disib.bg"
                            << "info@disib.bg";
    QTest::newRow("MAILTO with query") << "MAILTO:Info@Disib.BG?subject=Hi"
                                       << "info@disib.bg";
    QTest::newRow("name and angle brackets") << "Иван Петров <ivan@example.bg>"
                                             << "ivan@example.bg";
    QTest::newRow("plus and subdomain") << "a.b+tag@mail.uni-sofia.bg"
                                        << "a.b+tag@mail.uni-sofia.bg";
    QTest::newRow("Cyrillic domain kept") << "Ivan@Пример.бг"
                                          << "ivan@пример.бг";
    QTest::newRow("no at sign") << "ivan.example.bg"
                                << "";
    QTest::newRow("two at signs") << "ivan@@example.bg"
                                  << "";
    QTest::newRow("no dot in domain") << "ivan@localhost"
                                      << "";
    QTest::newRow("one-letter tld") << "ivan@example.b"
                                    << "";
    QTest::newRow("two addresses") << "a@b.bg; c@d.bg"
                                   << "";
    QTest::newRow("space inside") << "iv an@example.bg"
                                  << "";
    QTest::newRow("nothing before at") << "@example.bg"
                                       << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMatchKeys::email()
{
    QFETCH(QString, raw);
    QFETCH(QString, key);
    QCOMPARE(MatchKeys::email(raw), key);
}

void TestMatchKeys::websiteDomain_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("domain");
    QTest::newRow("full url") << "https://www.Example.bg/path?x"
                              << "example.bg";
    QTest::newRow("www only") << "www.example.bg"
                              << "example.bg";
    QTest::newRow("trailing slash") << "example.bg/"
                                    << "example.bg";
    QTest::newRow("credentials and port") << "http://user:pw@www.example.bg:8080/x"
                                          << "example.bg";
    QTest::newRow("upper case scheme") << "HTTP://EXAMPLE.BG"
                                       << "example.bg";
    QTest::newRow("trailing dot") << "example.bg."
                                  << "example.bg";
    QTest::newRow("query without path") << "www.example.bg?ref=1"
                                        << "example.bg";
    QTest::newRow("fragment") << "sub.example.co.uk#top"
                              << "sub.example.co.uk";
    QTest::newRow("backslash path") << "www.example.bg\\index.html"
                                    << "example.bg";
    QTest::newRow("scheme-relative") << "//www.example.bg/a"
                                     << "example.bg";
    QTest::newRow("Cyrillic domain to punycode") << "пример.бг"
                                                 << "xn--e1afmkfd.xn--90ae";
    QTest::newRow("punycode stays") << "https://XN--E1AFMKFD.xn--90ae/"
                                    << "xn--e1afmkfd.xn--90ae";
    QTest::newRow("www inside stays") << "wwwexample.bg"
                                      << "wwwexample.bg";
    QTest::newRow("no dot") << "localhost"
                            << "";
    QTest::newRow("words") << "n/a"
                           << "";
    QTest::newRow("text with spaces") << "see our site"
                                      << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMatchKeys::websiteDomain()
{
    QFETCH(QString, raw);
    QFETCH(QString, domain);
    QCOMPARE(MatchKeys::websiteDomain(raw), domain);
}

void TestMatchKeys::similarity_identicalIsOneAndEmptyIsZero()
{
    QCOMPARE(MatchKeys::similarity(QStringLiteral("disib"), QStringLiteral("disib")), 1.0);
    QCOMPARE(
        MatchKeys::similarity(QStringLiteral("mediyni inovatsii"), QStringLiteral("inovatsii mediyni")), 1.0);
    QCOMPARE(MatchKeys::similarity(QString(), QString()), 0.0);
    QCOMPARE(MatchKeys::similarity(QStringLiteral("disib"), QString()), 0.0);
    QCOMPARE(MatchKeys::similarity(QStringLiteral("abc"), QStringLiteral("xyz")), 0.0);
}

void TestMatchKeys::similarity_isSymmetric_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("typo") << "mediyni inovatsii"
                          << "mediini inovatsii";
    QTest::newRow("f/ph") << "sofarma"
                          << "sopharma";
    QTest::newRow("extra word") << "klaster mehatronika"
                                << "klaster mehatronika i avtomatizatsia";
    QTest::newRow("repeated letters") << "aaaa"
                                      << "aa";
    QTest::newRow("unrelated") << "disib"
                               << "omega holding";
}

void TestMatchKeys::similarity_isSymmetric()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const double ab = MatchKeys::similarity(a, b);
    QCOMPARE(ab, MatchKeys::similarity(b, a));
    QVERIFY(ab >= 0.0 && ab <= 1.0);
}

void TestMatchKeys::similarity_nearNamesScoreHigher()
{
    const auto key = [](const char *name) { return MatchKeys::normalisedName(QString::fromUtf8(name)); };
    const double typo = MatchKeys::similarity(key("Медийни иновации ЕАД"), key("Mediini Inovatsii Ltd"));
    const double missingWord
        = MatchKeys::similarity(key("Клъстер Мехатроника"), key("Клъстер Мехатроника и автоматизация"));
    const double variant = MatchKeys::similarity(key("Софарма АД"), key("Sopharma AD"));
    const double unrelated = MatchKeys::similarity(key("Медийни иновации ЕАД"), key("Дисиб ООД"));
    const double sharedWord
        = MatchKeys::similarity(key("Клъстер Мехатроника"), key("Клъстер Дигитални медии"));

    QVERIFY2(typo >= MatchKeys::likelyDuplicateThreshold, qPrintable(QString::number(typo)));
    QVERIFY2(variant > unrelated, qPrintable(QString::number(variant)));
    QVERIFY2(unrelated < 0.3, qPrintable(QString::number(unrelated)));
    QVERIFY2(sharedWord < MatchKeys::likelyDuplicateThreshold, qPrintable(QString::number(sharedWord)));
    QVERIFY(typo > sharedWord);
    QVERIFY(missingWord > sharedWord);
    QVERIFY(typo < 1.0);
}

void TestMatchKeys::splitOrganisations_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("register row") << "”А” ООД; ”Б” ЕООД" << QStringList {"”А” ООД", "”Б” ЕООД"};
    QTest::newRow("no space after ;") << "Алфа ООД;Бета АД" << QStringList {"Алфа ООД", "Бета АД"};
    QTest::newRow("slash, forms both sides") << "Алфа ООД / Бета ЕАД" << QStringList {"Алфа ООД", "Бета ЕАД"};
    QTest::newRow("slash, form one side")
        << "Research / Development Ltd" << QStringList {"Research / Development Ltd"};
    QTest::newRow("slash and semicolon")
        << "Alpha Ltd / Beta GmbH; Gamma S.A." << QStringList {"Alpha Ltd", "Beta GmbH", "Gamma S.A."};
    QTest::newRow("slash without spaces") << "Алфа ООД/Бета ЕАД" << QStringList {"Алфа ООД/Бета ЕАД"};
    QTest::newRow("trailing ;") << "Алфа ООД; " << QStringList {"Алфа ООД"};
    QTest::newRow("one") << "  Дисиб ООД  " << QStringList {"Дисиб ООД"};
    QTest::newRow("empty") << "" << QStringList {};
}

void TestMatchKeys::splitOrganisations()
{
    QFETCH(QString, field);
    QFETCH(QStringList, parts);
    QCOMPARE(MatchKeys::splitOrganisations(field), parts);
}

QTEST_GUILESS_MAIN(TestMatchKeys)
#include "tst_matchkeys.moc"
