// Translations: every source string has a finished Bulgarian translation (lupdate is run
// on the sources, so a string added without updating translations/ fails here), the
// translations keep their placeholders and plural forms, the language setting chooses
// the texts and the locale, and the program itself speaks the chosen language.
#include "domain/enums.h"
#include "domain/money.h"
#include "domain/numbertext.h"
#include "domain/uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace hubdesk;

namespace {

struct Message
{
    QString context, source, comment;
    bool numerus = false;
    bool finished = false;
    QStringList forms; // the translation, or its plural forms
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

QList<Message> readTs(const QByteArray &xml, QString *error)
{
    QList<Message> messages;
    QXmlStreamReader r(xml);
    QString context;
    Message m;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("name"))
                context = r.readElementText();
            else if (r.name() == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus = r.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (r.name() == QLatin1String("source"))
                m.source = r.readElementText();
            else if (r.name() == QLatin1String("comment"))
                m.comment = r.readElementText();
            else if (r.name() == QLatin1String("translation")) {
                const QString type = r.attributes().value(QLatin1String("type")).toString();
                m.finished = type.isEmpty();
                if (!m.numerus)
                    m.forms.append(r.readElementText());
            } else if (r.name() == QLatin1String("numerusform"))
                m.forms.append(r.readElementText());
        } else if (r.isEndElement() && r.name() == QLatin1String("message")) {
            messages.append(m);
        }
    }
    if (r.hasError() && error)
        *error = QStringLiteral("line %1: %2").arg(r.lineNumber()).arg(r.errorString());
    return messages;
}

QStringList placeholdersOf(const QString &text, bool numerus)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%L?n|<[^>]+>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (numerus && p.endsWith(QLatin1Char('n')))
            continue; // a plural form may spell "one" out instead of %n
        found.append(p);
    }
    found.sort();
    return found;
}

// What is wrong with the messages of one language, one line per problem.
QStringList problemsOf(const QList<Message> &messages, int pluralForms, bool allMustBeFinished)
{
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("[%1] “%2”").arg(m.context, m.source.left(70));
        if (!m.finished) {
            if (allMustBeFinished || m.numerus)
                problems.append(where + QStringLiteral(": not translated"));
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms) {
            problems.append(where + QStringLiteral(": %1 plural forms, %2 expected").arg(m.forms.size()).arg(pluralForms));
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems.append(where + QStringLiteral(": empty translation"));
            else if (placeholdersOf(form, m.numerus) != placeholdersOf(m.source, m.numerus))
                problems.append(where + QStringLiteral(": placeholders differ in “%1”").arg(form.left(70)));
        }
    }
    return problems;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString tsPath(const QString &code)
{
    return QStringLiteral(HUBDESK_TS_DIR "/hubdesk_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void checker_findsEachKindOfProblem();
    void tsFiles_matchTheSources_data();
    void tsFiles_matchTheSources();
    void bulgarian_everyStringTranslated();
    void english_everyPluralHasBothForms();

    void available_listsTheCompiledLanguages();
    void localeFor_keepsTheSystemCountryWhenItCan();
    void numbers_groupedByThreesInEveryLocale_data();
    void numbers_groupedByThreesInEveryLocale();
    void install_bulgarian_translatesLabelsAndFormatsTheBulgarianWay();
    void install_overrideWinsOverTheSystem();
    void install_unknownChoice_fallsBackToTheSystem();

    void program_speaksTheChosenLanguage();

private:
    QList<Message> freshMessages(const QString &code);
    QTemporaryDir m_dir;
    QList<QTranslator *> m_installed;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("HubDesk-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    // Settings go into the test's own folder, never the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestTranslations::cleanup()
{
    UiLanguage::choose(QString());
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

// lupdate run on a copy of the committed file: what the sources ask for today.
QList<Message> TestTranslations::freshMessages(const QString &code)
{
    const QString copy = m_dir.filePath(QStringLiteral("fresh_%1.ts").arg(code));
    QFile::remove(copy);
    if (!QFile::copy(tsPath(code), copy))
        qFatal("cannot copy %s", qPrintable(tsPath(code)));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(HUBDESK_LUPDATE),
                  {QStringLiteral("-project"), QStringLiteral(HUBDESK_LUPDATE_PROJECT), QStringLiteral("-ts"), copy,
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-silent")});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        qFatal("lupdate failed: %s", lupdate.readAll().constData());
    QString error;
    const QList<Message> messages = readTs(readFile(copy), &error);
    if (!error.isEmpty())
        qFatal("%s: %s", qPrintable(copy), qPrintable(error));
    return messages;
}

void TestTranslations::checker_findsEachKindOfProblem()
{
    const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="bg_BG"><context><name>X</name>
<message><source>Fine %1</source><translation>Добре %1</translation></message>
<message><source>Untranslated</source><translation type="unfinished"></translation></message>
<message><source>Lost %1 and %2</source><translation>Изгубено %1</translation></message>
<message><source>Empty</source><translation></translation></message>
<message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n файл</numerusform></translation></message>
<message numerus="yes"><source>%n row(s) in %1</source><translation><numerusform>един ред в %1</numerusform><numerusform>%n реда в %1</numerusform></translation></message>
</context></TS>)";
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 6);
    const QStringList problems = problemsOf(messages, 2, true);
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).contains(QLatin1String("Untranslated")) && problems.at(0).endsWith(QLatin1String("not translated")));
    QVERIFY(problems.at(1).contains(QLatin1String("placeholders differ")));
    QVERIFY(problems.at(2).contains(QLatin1String("empty translation")));
    QVERIFY(problems.at(3).contains(QLatin1String("1 plural forms, 2 expected")));
    // English needs only its plural forms; other untranslated strings show the source.
    QCOMPARE(problemsOf(messages, 2, false).size(), 3);
    // A broken file is reported, not read as empty.
    readTs("<TS><context><name>X</name><message>", &error);
    QVERIFY(!error.isEmpty());
}

void TestTranslations::tsFiles_matchTheSources_data()
{
    QTest::addColumn<QString>("code");
    const QStringList files = QDir(QStringLiteral(HUBDESK_TS_DIR)).entryList({QStringLiteral("hubdesk_*.ts")});
    QVERIFY(files.size() >= 2);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f.mid(8, f.size() - 8 - 3);
}

// The committed file holds exactly the strings of the sources: none missing (a string
// added without running update_translations) and none left over.
void TestTranslations::tsFiles_matchTheSources()
{
    QFETCH(QString, code);
    QString error;
    const QList<Message> committed = readTs(readFile(tsPath(code)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> have;
    for (const Message &m : committed)
        have.insert(m.key());
    QSet<QString> want;
    QStringList missing;
    for (const Message &m : freshMessages(code)) {
        want.insert(m.key());
        if (!have.contains(m.key()))
            missing.append(QStringLiteral("[%1] “%2”").arg(m.context, m.source.left(70)));
    }
    QStringList extra;
    for (const Message &m : committed)
        if (!want.contains(m.key()))
            extra.append(QStringLiteral("[%1] “%2”").arg(m.context, m.source.left(70)));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 source strings are not in %2 (run: cmake --build build "
                                                          "--target update_translations, then translate them):\n%3")
                                                   .arg(missing.size())
                                                   .arg(tsPath(code), missing.mid(0, 30).join(QLatin1Char('\n')))));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("%1 strings of %2 are no longer in the sources:\n%3")
                                             .arg(extra.size())
                                             .arg(tsPath(code), extra.mid(0, 30).join(QLatin1Char('\n')))));
}

void TestTranslations::bulgarian_everyStringTranslated()
{
    const QList<Message> messages = freshMessages(QStringLiteral("bg"));
    QVERIFY(messages.size() > 1000);
    const QStringList problems = problemsOf(messages, 2, true);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems in the Bulgarian translation:\n%2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 40).join(QLatin1Char('\n')))));
}

void TestTranslations::english_everyPluralHasBothForms()
{
    const QList<Message> messages = freshMessages(QStringLiteral("en"));
    int plurals = 0;
    for (const Message &m : messages)
        plurals += m.numerus ? 1 : 0;
    QVERIFY(plurals > 10);
    const QStringList problems = problemsOf(messages, 2, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::available_listsTheCompiledLanguages()
{
    QCOMPARE(UiLanguage::available(QStringLiteral(HUBDESK_QM_DIR)), (QStringList{QStringLiteral("bg"), QStringLiteral("en")}));
    QVERIFY(UiLanguage::available(m_dir.filePath(QStringLiteral("nothing-here"))).isEmpty());
    // Adding a language takes only its file.
    QDir(m_dir.path()).mkpath(QStringLiteral("qm"));
    for (const QString &name : {QStringLiteral("hubdesk_el.qm"), QStringLiteral("hubdesk_nb.qm"), QStringLiteral("other_fr.qm")}) {
        QFile f(m_dir.filePath(QStringLiteral("qm/") + name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(UiLanguage::available(m_dir.filePath(QStringLiteral("qm"))), (QStringList{QStringLiteral("el"), QStringLiteral("nb")}));
    QCOMPARE(UiLanguage::nativeName(QStringLiteral("bg")), QStringLiteral("Български"));
    QCOMPARE(UiLanguage::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(UiLanguage::nativeName(QStringLiteral("el")), QStringLiteral("Ελληνικά"));
}

void TestTranslations::localeFor_keepsTheSystemCountryWhenItCan()
{
    const QLocale bgBG(QLocale::Bulgarian, QLocale::Bulgaria);
    const QLocale enGB(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(UiLanguage::localeFor(QString(), bgBG), bgBG);
    QCOMPARE(UiLanguage::localeFor(QStringLiteral("bg"), bgBG), bgBG);
    QCOMPARE(UiLanguage::localeFor(QStringLiteral("en"), enGB), enGB);
    QCOMPARE(UiLanguage::localeFor(QStringLiteral("bg"), enGB).language(), QLocale::Bulgarian);
    // English chosen on a Bulgarian system: English texts and an English locale.
    QCOMPARE(UiLanguage::localeFor(QStringLiteral("en"), bgBG).language(), QLocale::English);
    QCOMPARE(UiLanguage::localeFor(QStringLiteral("nl"), QLocale(QLocale::French, QLocale::Belgium)),
             QLocale(QLocale::Dutch, QLocale::Belgium));
    // Nonsense falls back to the system.
    QCOMPARE(UiLanguage::localeFor(QStringLiteral("zz-not-a-language"), enGB), enGB);
}

void TestTranslations::numbers_groupedByThreesInEveryLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected"); // '_' stands for the locale's group separator
    const QLocale bg(QLocale::Bulgarian, QLocale::Bulgaria);
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QLocale in(QLocale::English, QLocale::India);
    QTest::newRow("bg 4 digits stay whole") << bg << qint64(9660) << QStringLiteral("9660");
    QTest::newRow("bg 5 digits") << bg << qint64(12345) << QStringLiteral("12_345");
    QTest::newRow("bg 7 digits (Qt 6.4 wrote 9660 000)") << bg << qint64(9660000) << QStringLiteral("9_660_000");
    QTest::newRow("bg 10 digits") << bg << qint64(1234567890) << QStringLiteral("1_234_567_890");
    QTest::newRow("bg negative 7 digits") << bg << qint64(-1234567) << QStringLiteral("-1_234_567");
    QTest::newRow("en-GB 7 digits") << gb << qint64(9660000) << QStringLiteral("9_660_000");
    QTest::newRow("en-GB 4 digits") << gb << qint64(9660) << QStringLiteral("9_660");
    QTest::newRow("en-IN keeps lakhs") << in << qint64(1234567) << QStringLiteral("12_34_567");
}

void TestTranslations::numbers_groupedByThreesInEveryLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    expected.replace(QLatin1Char('_'), locale.groupSeparator());
    expected.replace(QLatin1Char('-'), locale.negativeSign());
    QCOMPARE(NumberText::integer(value, locale), expected);
    // Amounts keep their decimals after the mended integral part.
    QCOMPARE(Money::format(value * 100 + (value < 0 ? -5 : 5), QString(), locale), expected + locale.decimalPoint() + QStringLiteral("05"));
}

void TestTranslations::install_bulgarian_translatesLabelsAndFormatsTheBulgarianWay()
{
    UiLanguage::choose(QStringLiteral("bg"));
    const QLocale locale = UiLanguage::install(*QCoreApplication::instance(), QStringLiteral(HUBDESK_QM_DIR));
    QCOMPARE(locale.language(), QLocale::Bulgarian);
    QCOMPARE(QLocale().language(), QLocale::Bulgarian);
    // Enumeration labels (also used as export values) are translated; the stored keys are not.
    const QString held = Enums::label(EnumType::SessionStatus, QStringLiteral("held"));
    QVERIFY2(held != QLatin1String("Held") && held.contains(QRegularExpression(QStringLiteral("\\p{Cyrillic}"))),
             qPrintable(held));
    QCOMPARE(Enums::englishLabel(EnumType::SessionStatus, QStringLiteral("held")), QStringLiteral("Held"));
    // Money and dates in the Bulgarian way: decimal comma, day before month.
    const QString amount = Money::format(123456, QStringLiteral("EUR"));
    QVERIFY2(amount.contains(QLatin1String("234,56")), qPrintable(amount));
    const QString date = QLocale().toString(QDate(2026, 3, 9), QLocale::ShortFormat);
    QVERIFY2(date.indexOf(QLatin1String("9")) < date.indexOf(QLatin1String("3")), qPrintable(date));
    // Plural forms: one and many.
    const QString one = QCoreApplication::translate("hubdesk::RelatedList", "%n record(s)", nullptr, 1);
    const QString many = QCoreApplication::translate("hubdesk::RelatedList", "%n record(s)", nullptr, 5);
    QVERIFY2(one != many && one.contains(QLatin1Char('1')) && many.contains(QLatin1Char('5')), qPrintable(one + QStringLiteral(" / ") + many));
}

void TestTranslations::install_overrideWinsOverTheSystem()
{
    // The system here is C (ctest sets LC_ALL=C.UTF-8); English chosen explicitly.
    UiLanguage::choose(QStringLiteral("en"));
    QCOMPARE(UiLanguage::chosen(), QStringLiteral("en"));
    const QLocale locale = UiLanguage::install(*QCoreApplication::instance(), QStringLiteral(HUBDESK_QM_DIR));
    QCOMPARE(locale.language(), QLocale::English);
    QCOMPARE(Enums::label(EnumType::SessionStatus, QStringLiteral("held")), QStringLiteral("Held"));
    QCOMPARE(QCoreApplication::translate("hubdesk::RelatedList", "%n record(s)", nullptr, 1), QStringLiteral("1 record"));
    QCOMPARE(QCoreApplication::translate("hubdesk::RelatedList", "%n record(s)", nullptr, 2), QStringLiteral("2 records"));
    // Back to the system: the setting is removed, not stored empty.
    UiLanguage::choose(QString());
    QVERIFY(!QSettings().contains(UiLanguage::SettingKey));
}

void TestTranslations::install_unknownChoice_fallsBackToTheSystem()
{
    UiLanguage::choose(QStringLiteral("el")); // no Greek translation in this build
    const QLocale locale = UiLanguage::install(*QCoreApplication::instance(), QStringLiteral(HUBDESK_QM_DIR));
    QCOMPARE(locale, QLocale::system());
    QCOMPARE(Enums::label(EnumType::SessionStatus, QStringLiteral("held")), QStringLiteral("Held"));
}

void TestTranslations::program_speaksTheChosenLanguage()
{
    auto run = [this](const QString &lang, const QString &choice) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.remove(QStringLiteral("LANGUAGE"));
        const QString config = m_dir.filePath(QStringLiteral("config-") + (choice.isEmpty() ? QStringLiteral("system") : choice));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        if (!choice.isEmpty()) {
            QSettings settings(config + QStringLiteral("/HubDesk/HubDesk.conf"), QSettings::IniFormat);
            settings.setValue(UiLanguage::SettingKey, choice);
        }
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HUBDESK_BINARY), {QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.hubdesk"))});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    };
    const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    const QString bulgarian = run(QStringLiteral("bg_BG.UTF-8"), QString());
    QVERIFY2(bulgarian.contains(cyrillic), qPrintable(bulgarian));
    const QString english = run(QStringLiteral("en_GB.UTF-8"), QString());
    QVERIFY2(!english.isEmpty() && !english.contains(cyrillic), qPrintable(english));
    // The override in the settings wins over the system language, both ways.
    const QString chosenEnglish = run(QStringLiteral("bg_BG.UTF-8"), QStringLiteral("en"));
    QVERIFY2(!chosenEnglish.contains(cyrillic), qPrintable(chosenEnglish));
    const QString chosenBulgarian = run(QStringLiteral("en_GB.UTF-8"), QStringLiteral("bg"));
    QVERIFY2(chosenBulgarian.contains(cyrillic), qPrintable(chosenBulgarian));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
