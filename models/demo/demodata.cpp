#include "demodata.h"

#include "../domain/companyid.h"
#include "../domain/enums.h"
#include "../domain/textfold.h"
#include "../domain/transliteration.h"
#include "../storage/attachmentrepository.h"
#include "../storage/bulkwriter.h"
#include "../storage/database.h"
#include "../storage/searchindex.h"
#include "../storage/secondaryindexes.h"
#include "../storage/settingsrepository.h"
#include "../storage/sql.h"
#include "../storage/writetransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <array>

namespace hubdesk {

namespace {

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

// Where a stakeholder comes from, and in which script its name is written.
struct Origin
{
    QString country;
    bool nativeScript; // Cyrillic for BG, Greek for GR; false: Latin
};

struct Org
{
    qint64 id;
    QString kind;
    QString country;
    QString name;
};

struct Person
{
    qint64 id;
    qint64 organisationId;
    QString name;
};

struct Startup
{
    qint64 id;
    qint64 organisationId;
    QString name;
    QString country;
    QDate joined;
    QDate left;
    QString status;
    QList<qint64> people;
};

struct EventInfo
{
    qint64 id;
    QString type;
    QString name;
    QDate starts;
    QString city;
    QString country;
};

class Generator
{
public:
    Generator(Database &db, const DemoData::Options &options, const std::function<void(int)> &progress)
        : m_db(db)
        , m_random(options.seed)
        , m_progress(progress)
    {
        const qint64 n = options.interactions > 0 ? options.interactions : DemoData::DefaultInteractions;
        m_interactions = n;
        m_organisations = qMax<qint64>(300, n / 10);
        m_today = QDate::currentDate();
        m_p1Start = QDate(m_today.year() - 1, 1, 1);
        m_p2End = QDate(m_today.year(), 12, 31);
    }

    Error run(QMap<QString, qint64> *counts);

private:
    // --- random helpers ------------------------------------------------------
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    bool chance(double p) { return m_random.generateDouble() < p; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(int(m_random.bounded(int(list.size()))));
    }
    QDate dateBetween(const QDate &from, const QDate &to)
    {
        const qint64 days = from.daysTo(to);
        return days <= 0 ? from : from.addDays(qint64(m_random.bounded(quint64(days + 1))));
    }
    QString digits(int count)
    {
        QString s;
        for (int i = 0; i < count; ++i)
            s.append(QChar(u'0' + char16_t(m_random.bounded(10))));
        return s;
    }
    void report(int percent)
    {
        if (m_progress)
            m_progress(percent);
    }

    // --- names and contact details --------------------------------------------
    Origin origin();
    QString city(const Origin &o);
    QString companyId(const QString &country);
    QString phone(const QString &country, bool mobile);
    QString asciiWord(const QString &text);
    QString domainFor(const QString &name, const QString &country);
    QString organisationName(const QString &kind, const Origin &o, const QString &place);
    QString startupName(const Origin &o);
    QString unique(const QString &name);
    QString fresh(const std::function<QString()> &make);
    QPair<QString, QString> personName(const Origin &o, bool *female);

    // --- the steps -----------------------------------------------------------
    Error settings();
    Error organisations();
    Error people();
    Error startups();
    Error sessionsAndOutcomes();
    Error events();
    Error vouchers();
    Error interactions();
    Error periodsAndConsents();
    Error attachments();

    Error add(BulkWriter &writer, Record &record)
    {
        Error e = writer.add(record);
        if (e)
            e.message = QStringLiteral("demo %1: %2").arg(record.info().key, e.message);
        return e;
    }

    Database &m_db;
    QRandomGenerator m_random;
    std::function<void(int)> m_progress;
    qint64 m_interactions = 0;
    qint64 m_organisations = 0;
    QDate m_today, m_p1Start, m_p2End;
    QSet<QString> m_names;
    QList<Org> m_orgs;
    QHash<QString, QList<int>> m_orgsByKind; // indexes into m_orgs
    QList<Person> m_contacts;
    QHash<qint64, QList<qint64>> m_peopleByOrg;
    QList<Person> m_experts;
    QList<Startup> m_startups;
    QList<EventInfo> m_events;
    QList<qint64> m_paidVouchers;
    QMap<QString, qint64> m_counts;
    const QString m_demoNote = QStringLiteral("demo data");
};

Origin Generator::origin()
{
    const double r = m_random.generateDouble();
    if (r < 0.55)
        return {QStringLiteral("BG"), chance(0.6)};
    if (r < 0.70)
        return {QStringLiteral("GR"), chance(0.5)};
    if (r < 0.85)
        return {QStringLiteral("BE"), false};
    return {QStringLiteral("NO"), false};
}

QString Generator::city(const Origin &o)
{
    static const QStringList bgCyr = words("София|Пловдив|Варна|Бургас|Русе|Стара Загора|Габрово|Благоевград");
    static const QStringList bgLat = words("Sofia|Plovdiv|Varna|Burgas|Ruse|Stara Zagora|Gabrovo|Blagoevgrad");
    static const QStringList grGr = words("Αθήνα|Θεσσαλονίκη|Πάτρα|Ηράκλειο|Λάρισα");
    static const QStringList grLat = words("Athens|Thessaloniki|Patras|Heraklion|Larissa");
    static const QStringList be = words("Brussels|Antwerpen|Gent|Liège|Leuven|Namur|Brugge");
    static const QStringList no = words("Oslo|Bergen|Trondheim|Stavanger|Tromsø|Kristiansand");
    if (o.country == QLatin1String("BG"))
        return pick(o.nativeScript ? bgCyr : bgLat);
    if (o.country == QLatin1String("GR"))
        return pick(o.nativeScript ? grGr : grLat);
    return pick(o.country == QLatin1String("BE") ? be : no);
}

QString Generator::companyId(const QString &country)
{
    if (country == QLatin1String("BG")) {
        // A valid UIC/EIK; one in ten is a 13-digit branch id.
        const QString first8 = QString::number(between(1, 2)) + digits(7);
        QString id = first8 + QString::number(CompanyId::checkDigit9(first8));
        if (chance(0.1)) {
            const QString first12 = id + digits(3);
            id = first12 + QString::number(CompanyId::checkDigit13(first12));
        }
        return id;
    }
    if (country == QLatin1String("BE")) { // enterprise number: 0 + 7 digits + mod-97 check
        const QString base = QStringLiteral("0") + QString::number(between(2, 9)) + digits(6);
        const int check = 97 - int(base.toLongLong() % 97);
        return base + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
    }
    if (country == QLatin1String("NO"))
        return QString::number(between(8, 9)) + digits(8);
    return QString::number(between(0, 9)) + digits(8); // Greek AFM
}

QString Generator::phone(const QString &country, bool mobile)
{
    if (country == QLatin1String("BG"))
        return mobile ? QStringLiteral("+359 8%1 %2 %3").arg(between(7, 9)).arg(digits(3), digits(4))
                      : QStringLiteral("+359 2 %1 %2").arg(digits(3), digits(4));
    if (country == QLatin1String("GR"))
        return mobile ? QStringLiteral("+30 69%1 %2 %3").arg(between(0, 9)).arg(digits(3), digits(4))
                      : QStringLiteral("+30 21 %1 %2").arg(digits(4), digits(4));
    if (country == QLatin1String("BE"))
        return mobile ? QStringLiteral("+32 47%1 %2 %3").arg(between(0, 9)).arg(digits(2), digits(4))
                      : QStringLiteral("+32 2 %1 %2 %3").arg(digits(3), digits(2), digits(2));
    return mobile ? QStringLiteral("+47 9%1 %2 %3").arg(digits(2), digits(2), digits(3))
                  : QStringLiteral("+47 22 %1 %2 %3").arg(digits(2), digits(2), digits(2));
}

QString Generator::asciiWord(const QString &text)
{
    QString folded = TextFold::fold(Transliteration::toLatin(text));
    folded.replace(QChar(0x00F8), QLatin1Char('o')); // ø
    folded.replace(QChar(0x00E6), QLatin1String("ae"));
    folded.replace(QChar(0x00DF), QLatin1String("ss"));
    QString out;
    for (QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString Generator::domainFor(const QString &name, const QString &country)
{
    static const QStringList legal = words("eood|ood|ead|ad|et|ltd|jsc|a-e|e-p-e|i-k-e|sa|ike|nv|bv|srl|vzw|asbl|as|asa");
    QStringList parts = asciiWord(name).split(QLatin1Char('-'), Qt::SkipEmptyParts);
    while (!parts.isEmpty() && legal.contains(parts.last()))
        parts.removeLast();
    QString label = parts.mid(0, 3).join(QLatin1Char('-'));
    if (label.isEmpty())
        label = QStringLiteral("org") + digits(4);
    if (label.size() > 40)
        label = label.left(40);
    while (label.endsWith(QLatin1Char('-')))
        label.chop(1);
    return label + QLatin1Char('.') + (country == QLatin1String("GR") ? QStringLiteral("gr") : country.toLower());
}

QString Generator::unique(const QString &name)
{
    if (!m_names.contains(name)) {
        m_names.insert(name);
        return name;
    }
    // Only the largest datasets run out of combinations: number the name, keeping
    // the legal form last ("Balkan Data Labs 2 Ltd").
    static const QStringList forms = words("ЕООД|ООД|АД|ЕАД|ЕТ|Ltd|EOOD|OOD|AD|JSC|SA|IKE|Α.Ε.|Ε.Π.Ε.|Ι.Κ.Ε.|NV|BV|SRL|VZW|AS|ASA");
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    const bool hasForm = space > 0 && forms.contains(name.mid(space + 1));
    for (int i = 2;; ++i) {
        const QString candidate = hasForm ? QStringLiteral("%1 %2%3").arg(name.left(space)).arg(i).arg(name.mid(space))
                                          : QStringLiteral("%1 %2").arg(name).arg(i);
        if (!m_names.contains(candidate)) {
            m_names.insert(candidate);
            return candidate;
        }
    }
}

QString Generator::fresh(const std::function<QString()> &make)
{
    // A few more tries at a new combination before unique() has to number one.
    QString name;
    for (int attempt = 0; attempt < 12; ++attempt) {
        name = make();
        if (!m_names.contains(name))
            break;
    }
    return unique(name);
}

QString Generator::organisationName(const QString &kind, const Origin &o, const QString &place)
{
    const QString c = o.country;
    const bool native = o.nativeScript;
    if (kind == QLatin1String("university")) {
        static const QStringList bgCyr = words(
            "Софийски университет „Св. Климент Охридски“|Технически университет – София|Пловдивски университет "
            "„Паисий Хилендарски“|Нов български университет|Университет за национално и световно стопанство|"
            "Русенски университет „Ангел Кънчев“|Институт по информационни и комуникационни технологии – БАН|"
            "Институт по математика и информатика – БАН");
        static const QStringList bgLat = words("Sofia University St. Kliment Ohridski|Technical University of Varna|"
                                               "American University in Bulgaria|GATE Institute");
        static const QStringList grGr = words("Εθνικό Μετσόβιο Πολυτεχνείο|Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης|"
                                              "Πανεπιστήμιο Πατρών|Ερευνητικό Κέντρο «Αθηνά»");
        static const QStringList grLat = words("University of Piraeus|Athens University of Economics and Business|"
                                               "Foundation for Research and Technology – Hellas");
        static const QStringList be = words("KU Leuven|Universiteit Gent|Université libre de Bruxelles|imec|"
                                            "Université de Liège|Vrije Universiteit Brussel");
        static const QStringList no = words("Universitetet i Oslo|NTNU|Universitetet i Bergen|SINTEF|"
                                            "OsloMet – storbyuniversitetet|Simula Research Laboratory");
        const QStringList &list = c == QLatin1String("BG") ? (native ? bgCyr : bgLat)
            : c == QLatin1String("GR")                     ? (native ? grGr : grLat)
            : c == QLatin1String("BE")                     ? be
                                                           : no;
        const QString known = pick(list);
        if (!m_names.contains(known))
            return unique(known);
        // Once the known ones are taken: research institutes and university departments.
        static const QStringList fields = words("Media Studies|Computer Science|Data Science|Journalism|Robotics|"
                                                "Information Technologies|Digital Humanities|Applied Mathematics");
        static const QStringList fieldsBg = words("медийни изследвания|компютърни науки|журналистика|роботика|"
                                                  "информационни технологии|приложна математика");
        if (c == QLatin1String("BG") && native)
            return fresh([&] { return QStringLiteral("Институт по %1 – %2").arg(pick(fieldsBg), place); });
        return fresh([&] { return QStringLiteral("%1 Institute of %2").arg(place, pick(fields)); });
    }
    if (kind == QLatin1String("public_body")) {
        QStringList patterns;
        if (c == QLatin1String("BG") && native)
            patterns = words("Община %1|Областна администрация %1|Регионален иновационен център %1|"
                             "Общински фонд за иновации – %1|Регионална библиотека – %1|Бизнес инкубатор на Община %1");
        else if (c == QLatin1String("BG"))
            patterns = words("Municipality of %1|%1 Regional Development Agency|%1 Chamber of Commerce|%1 Innovation Office");
        else if (c == QLatin1String("GR") && native)
            patterns = words("Δήμος %1|Περιφερειακή Αναπτυξιακή Εταιρεία %1|Επιμελητήριο %1");
        else if (c == QLatin1String("GR"))
            patterns = words("Municipality of %1|%1 Development Agency|%1 Chamber of Commerce");
        else if (c == QLatin1String("BE"))
            patterns = words("Stad %1|Ville de %1|Agentschap Innoveren & Ondernemen – %1|Kamer van Koophandel %1|"
                             "Chambre de commerce de %1");
        else
            patterns = words("%1 kommune|Innovasjon Norge %1|%1 Næringsråd|Fylkeskommunen %1");
        return fresh([&] { return pick(patterns).arg(place); });
    }
    static const QStringList bgAdj = words("Дигитални|Интерактивни|Нови|Балкански|Умни|Креативни|Медийни|"
                                           "Интелигентни|Глобални|Отворени|Бързи|Зелени|Европейски|Български|Софийски");
    static const QStringList bgNoun = words("Медии|Технологии|Решения|Системи|Студиа|Лаборатории|Мрежи|Данни|"
                                            "Комуникации|Иновации|Продукции|Визии|Платформи|Анализи|Инвестиции");
    static const QStringList bgForm = words("ЕООД|ООД|АД|ЕАД|ЕТ");
    static const QStringList enAdj = words("Balkan|Digital|Smart|Creative|Open|Bright|Nordic|Blue|Urban|Global|"
                                           "Future|Prime|Clear|True|Next");
    static const QStringList enNoun = words("Media|Data|Labs|Ventures|Systems|Studios|Networks|Capital|Solutions|"
                                            "Broadcasting|Analytics|Partners|Works|Signal|Vision");
    static const QStringList grAdj = words("Ψηφιακά|Έξυπνες|Νέες|Ελληνικές|Δημιουργικές|Ανοιχτές|Αθηναϊκές|Βόρειες");
    static const QStringList grNoun = words("Λύσεις|Τεχνολογίες|Επικοινωνίες|Εκδόσεις|Επενδύσεις|Εφαρμογές|Δίκτυα|Μέσα");
    static const QStringList grForm = words("Α.Ε.|Ε.Π.Ε.|Ι.Κ.Ε.");
    static const QStringList beAdj = words("Vlaamse|Gentse|Brusselse|Antwerpse|Nieuwe|Open|Slimme|Wallonne|Numérique");
    static const QStringList beNoun = words("Media Groep|Data Studio|Innovatie|Omroep|Uitgeverij|Médias|Invest|Lab|Signaal");
    static const QStringList beForm = words("NV|BV|SA|SRL|VZW");
    static const QStringList noAdj = words("Nordisk|Fjord|Oslo|Bergen|Arktisk|Ny|Smart|Norsk|Vestlandsk");
    static const QStringList noNoun = words("Medieteknologi|Datalab|Innovasjon|Kapital|Nyheter|Kringkasting|Analyse|Media");
    static const QStringList noForm = words("AS|ASA");

    if (c == QLatin1String("BG") && native) {
        // Half of the names in the register style, in typographic quotes: ”Име” ЕООД
        const bool quoted = chance(0.5);
        return fresh([&] {
            QString core = pick(bgAdj) + QLatin1Char(' ') + pick(bgNoun);
            if (kind == QLatin1String("media") || kind == QLatin1String("press"))
                core = pick(words("Телевизия|Радио|Агенция|Вестник|Новини")) + QLatin1Char(' ') + pick(bgAdj);
            return quoted ? QStringLiteral("”%1” %2").arg(core, pick(bgForm)) : QStringLiteral("%1 %2").arg(core, pick(bgForm));
        });
    }
    if (c == QLatin1String("GR") && native)
        return fresh([&] { return QStringLiteral("%1 %2 %3").arg(pick(grAdj), pick(grNoun), pick(grForm)); });
    if (c == QLatin1String("BE"))
        return fresh([&] { return QStringLiteral("%1 %2 %3").arg(pick(beAdj), pick(beNoun), pick(beForm)); });
    if (c == QLatin1String("NO"))
        return fresh([&] { return QStringLiteral("%1 %2 %3").arg(pick(noAdj), pick(noNoun), pick(noForm)); });
    return fresh([&] {
        const QString form = c == QLatin1String("BG") ? pick(words("Ltd|EOOD|OOD|AD|JSC")) : pick(words("SA|IKE|Ltd"));
        QString noun = pick(enNoun);
        if (kind == QLatin1String("investor"))
            noun = pick(words("Capital|Ventures|Invest|Angels|Partners|Fund"));
        else if (kind == QLatin1String("accelerator"))
            noun = pick(words("Accelerator|Incubator|Startup Factory|Launchpad|Hub"));
        else if (kind == QLatin1String("media") || kind == QLatin1String("press"))
            noun = pick(words("Broadcasting|News|Press|Media Group|Radio|TV"));
        return QStringLiteral("%1 %2 %3").arg(pick(enAdj), noun, form);
    });
}

QString Generator::startupName(const Origin &o)
{
    static const QStringList a = words("Veri|Fact|Sign|Media|News|Deep|Audio|Vision|Data|Story|Pixel|Echo|Nova|"
                                       "Synth|Clear|Open|Lumen|Trust|Caption|Voice");
    static const QStringList b = words("fy|Lab|Stream|Cast|Bridge|Mind|Wave|Scope|Loop|Hub|ly|Sense|Check|Flow|"
                                       "Forge|Grid|Lens|Spark");
    return fresh([&] {
        QString form;
        if (o.country == QLatin1String("BG"))
            form = o.nativeScript ? pick(words("ЕООД|ООД|АД")) : pick(words("Ltd|EOOD|OOD"));
        else if (o.country == QLatin1String("GR"))
            form = o.nativeScript ? pick(words("Ι.Κ.Ε.|Α.Ε.")) : QStringLiteral("IKE");
        else if (o.country == QLatin1String("BE"))
            form = pick(words("BV|SRL"));
        else
            form = QStringLiteral("AS");
        QString core = pick(a) + pick(b);
        if (o.country == QLatin1String("BG") && o.nativeScript)
            core = chance(0.5) ? QStringLiteral("”%1”").arg(core)
                               : pick(words("Медиа|Дата|Визия|Ехо|Сигнал")) + pick(words("Лаб|Тех|Стрийм|Мост"));
        return core + QLatin1Char(' ') + form;
    });
}

QPair<QString, QString> Generator::personName(const Origin &o, bool *female)
{
    *female = chance(0.5);
    const bool f = *female;
    if (o.country == QLatin1String("BG")) {
        static const QStringList male = words("Иван|Георги|Димитър|Николай|Петър|Христо|Стефан|Александър|Васил|Калоян|Мартин|Борислав");
        static const QStringList fem = words("Мария|Елена|Десислава|Ивана|Гергана|Радостина|Милена|Теодора|Йорданка|Цветелина|Надежда|Силвия");
        static const QStringList last = words("Иванов|Петров|Георгиев|Димитров|Николов|Стоянов|Христов|Тодоров|Илиев|Ангелов|Костадинов|Маринов|Попов|Колев");
        QString first = pick(f ? fem : male);
        QString family = pick(last) + (f ? QStringLiteral("а") : QString());
        if (!o.nativeScript) {
            first = Transliteration::toLatin(first);
            family = Transliteration::toLatin(family);
        }
        return {first, family};
    }
    if (o.country == QLatin1String("GR")) {
        static const QStringList male = words("Γιώργος|Νίκος|Κώστας|Δημήτρης|Γιάννης|Αλέξανδρος");
        static const QStringList fem = words("Μαρία|Ελένη|Κατερίνα|Σοφία|Αναστασία|Δέσποινα");
        static const QStringList lastM = words("Παπαδόπουλος|Οικονόμου|Γεωργίου|Νικολάου|Παπαδάκης|Βασιλείου");
        static const QStringList lastF = words("Παπαδοπούλου|Οικονόμου|Γεωργίου|Νικολάου|Παπαδάκη|Βασιλείου");
        QString first = pick(f ? fem : male);
        QString family = pick(f ? lastF : lastM);
        if (!o.nativeScript) {
            first = Transliteration::toLatin(first);
            family = Transliteration::toLatin(family);
        }
        return {first, family};
    }
    if (o.country == QLatin1String("BE")) {
        static const QStringList male = words("Jan|Pieter|Luc|Thomas|Julien|Wouter|Maxime");
        static const QStringList fem = words("Lotte|Marie|Sofie|Emma|Camille|Elise|Charlotte");
        static const QStringList last = words("Peeters|Janssens|Maes|Jacobs|Dubois|Lambert|Dupont|Willems|Claes|Goossens|Van den Broeck");
        return {pick(f ? fem : male), pick(last)};
    }
    static const QStringList male = words("Ole|Lars|Erik|Magnus|Henrik|Sindre|Øyvind");
    static const QStringList fem = words("Ingrid|Kari|Nora|Sigrid|Ingeborg|Solveig|Åse");
    static const QStringList last = words("Hansen|Johansen|Olsen|Larsen|Andersen|Berg|Haugen|Dahl|Solberg|Bakken|Sæther");
    return {pick(f ? fem : male), pick(last)};
}

Error Generator::settings()
{
    SettingsRepository s(m_db);
    const qint64 startupsPlanned = qMax<qint64>(45, m_organisations / 33);
    const QList<QPair<QString, QString>> values = {
        {SettingsRepository::HubName, QStringLiteral("Sofia Deep-Tech & Media Hub")},
        {SettingsRepository::ProgrammeName, QStringLiteral("MediaTech Scale-up Programme (demo)")},
        {SettingsRepository::GrantAgreement, QStringLiteral("101070000")},
        {SettingsRepository::Currency, QStringLiteral("EUR")},
        {SettingsRepository::VoucherCapCents, QStringLiteral("250000")},
        // 1,500 EUR a startup on average: enough for most requests, not for all of them.
        {SettingsRepository::VoucherBudgetCents, QString::number(startupsPlanned * 150000)},
    };
    for (const auto &v : values) {
        if (Error e = s.setValue(v.first, v.second))
            return e;
    }
    return {};
}

Error Generator::organisations()
{
    struct Share
    {
        const char *kind;
        double share;
    };
    static const Share shares[] = {{"corporation", 0.23}, {"public_body", 0.08}, {"investor", 0.12},
                                   {"accelerator", 0.06}, {"university", 0.08}, {"media", 0.20},
                                   {"press", 0.06},       {"other", 0.04},       {"startup", 0.13}};
    static const QStringList sectors = words("media|broadcasting|publishing|AI|cybersecurity|fintech|edtech|"
                                             "gaming|advertising|telecom|e-government|health|mobility|creative industries");
    static const QStringList roles = {QStringLiteral("education_research"), QStringLiteral("public_support"),
                                      QStringLiteral("financing"),          QStringLiteral("multinational"),
                                      QStringLiteral("mobility"),           QStringLiteral("global_reach")};
    static const QStringList engagement = {QStringLiteral("mapped"), QStringLiteral("contacted"),
                                           QStringLiteral("engaged"), QStringLiteral("partner")};
    BulkWriter writer(m_db, EntityType::Organisation);
    for (qint64 i = 0; i < m_organisations; ++i) {
        double r = m_random.generateDouble();
        QString kind = QStringLiteral("other");
        for (const Share &s : shares) {
            if (r < s.share) {
                kind = QString::fromLatin1(s.kind);
                break;
            }
            r -= s.share;
        }
        const Origin o = origin();
        Record rec(EntityType::Organisation);
        const QString place = city(o);
        const QString name = kind == QLatin1String("startup") ? startupName(o) : organisationName(kind, o, place);
        rec.setValue(QStringLiteral("name"), name);
        rec.setValue(QStringLiteral("kind"), kind);
        rec.setValue(QStringLiteral("engagement"), pick(engagement));
        rec.setValue(QStringLiteral("country"), o.country);
        rec.setValue(QStringLiteral("city"), place);
        const QString domain = domainFor(name, o.country);
        if (kind != QLatin1String("public_body") || chance(0.5)) {
            rec.setValue(QStringLiteral("website"), QStringLiteral("https://www.") + domain);
            rec.setValue(QStringLiteral("email"), pick(words("info|office|hello|contact")) + QLatin1Char('@') + domain);
        }
        if (chance(0.8))
            rec.setValue(QStringLiteral("phone"), phone(o.country, false));
        if (kind != QLatin1String("public_body") && kind != QLatin1String("university") && chance(0.85))
            rec.setValue(QStringLiteral("company_id"), companyId(o.country));
        QStringList tags;
        for (int t = between(1, 3); t > 0; --t)
            tags.append(pick(sectors));
        rec.setValue(QStringLiteral("tags"), tags);
        QStringList ecoRoles;
        if (kind == QLatin1String("university"))
            ecoRoles.append(QStringLiteral("education_research"));
        if (kind == QLatin1String("investor"))
            ecoRoles.append(QStringLiteral("financing"));
        if (kind == QLatin1String("public_body"))
            ecoRoles.append(QStringLiteral("public_support"));
        if (chance(0.3))
            ecoRoles.append(pick(roles));
        rec.setValue(QStringLiteral("roles"), ecoRoles);
        if (chance(0.3))
            rec.setValue(QStringLiteral("notes"),
                         pick(words("Met at the hub's launch event.|Interested in piloting newsroom tools.|"
                                    "Potential jury member for Deeptech on stage.|Introduced by a partner hub.|"
                                    "Runs an open innovation programme twice a year.|Срещнахме се на конференцията в София.")));
        if (Error e = add(writer, rec))
            return e;
        const Org org{rec.id, kind, o.country, name};
        m_orgsByKind[kind].append(int(m_orgs.size()));
        m_orgs.append(org);
        if (i % 5000 == 0)
            report(5 + int(10 * i / m_organisations));
    }
    m_counts.insert(QStringLiteral("organisations"), writer.count());
    return writer.finish(m_demoNote);
}

Error Generator::people()
{
    static const QStringList titles = words("CEO|CTO|Head of Innovation|Editor-in-chief|Partner|Programme manager|"
                                            "Project officer|Investment manager|Researcher|Business developer|Founder");
    static const QStringList expertise = words("AI and machine learning|Media law|Fundraising|UX research|Go-to-market|"
                                               "Computer vision|Cybersecurity|Audio technology|Public procurement|"
                                               "Product management|Data journalism|Accessibility|Intellectual property");
    static const QStringList languages = words("bg|en|el|nl|fr|no|de");
    BulkWriter writer(m_db, EntityType::Person);
    auto makePerson = [&](const Origin &o, qint64 organisationId, const QString &organisationName, bool expert) -> Error {
        bool female = false;
        const auto name = personName(o, &female);
        Record rec(EntityType::Person);
        rec.setValue(QStringLiteral("first_name"), name.first);
        rec.setValue(QStringLiteral("last_name"), name.second);
        if (organisationId > 0)
            rec.setValue(QStringLiteral("organisation_id"), organisationId);
        rec.setValue(QStringLiteral("job_title"), pick(titles));
        const QString local = asciiWord(name.first) + QLatin1Char('.') + asciiWord(name.second);
        QString domain = QStringLiteral("example.") + (o.country == QLatin1String("GR") ? QStringLiteral("gr") : o.country.toLower());
        if (organisationId > 0)
            domain = domainFor(organisationName, o.country);
        rec.setValue(QStringLiteral("email"), local + QLatin1Char('@') + domain);
        rec.setValue(QStringLiteral("phone"), phone(o.country, true));
        rec.setValue(QStringLiteral("country"), o.country);
        rec.setValue(QStringLiteral("city"), city(o));
        if (expert) {
            rec.setValue(QStringLiteral("is_expert"), true);
            QStringList r = {pick(words("mentor|consultant|trainer|coach"))};
            if (chance(0.4))
                r.append(pick(words("mentor|consultant|trainer|coach")));
            rec.setValue(QStringLiteral("expert_roles"), r);
            rec.setValue(QStringLiteral("expertise"), QStringList{pick(expertise), pick(expertise)});
            QStringList langs = {QStringLiteral("en")};
            langs.append(o.country == QLatin1String("BG")   ? QStringLiteral("bg")
                         : o.country == QLatin1String("GR") ? QStringLiteral("el")
                         : o.country == QLatin1String("BE") ? pick(words("nl|fr"))
                                                            : QStringLiteral("no"));
            if (chance(0.2))
                langs.append(pick(languages));
            rec.setValue(QStringLiteral("languages"), langs);
            const qint64 day = qint64(between(8, 18)) * 5000; // 400–900 EUR a day
            rec.setValue(QStringLiteral("day_rate_cents"), day);
            rec.setValue(QStringLiteral("hour_rate_cents"), day / 8 / 100 * 100);
            rec.setValue(QStringLiteral("availability"),
                         pick(words("Two days a month|On request|Remote only|Fridays|Up to 10 hours a month")));
            rec.setValue(QStringLiteral("bio"), QStringLiteral("%1 with %2 years in %3.")
                                                     .arg(pick(words("Serial entrepreneur|Former newsroom director|"
                                                                     "Angel investor|Product leader|Media lawyer")))
                                                     .arg(between(6, 25))
                                                     .arg(pick(expertise).toLower()));
        }
        if (Error e = add(writer, rec))
            return e;
        const Person p{rec.id, organisationId, rec.text(QStringLiteral("first_name")) + QLatin1Char(' ') + rec.text(QStringLiteral("last_name"))};
        if (expert)
            m_experts.append(p);
        else
            m_contacts.append(p);
        if (organisationId > 0)
            m_peopleByOrg[organisationId].append(rec.id);
        return {};
    };
    const qint64 experts = 40 + m_organisations / 500;
    for (qint64 i = 0; i < experts; ++i) {
        const Origin o = origin();
        const Org *org = nullptr;
        if (chance(0.5)) {
            const QList<int> pool = m_orgsByKind.value(pick(words("corporation|university|investor|accelerator")));
            if (!pool.isEmpty())
                org = &m_orgs.at(pick(pool));
        }
        if (Error e = makePerson(o, org ? org->id : 0, org ? org->name : QString(), true))
            return e;
    }
    for (int i = 0; i < m_orgs.size(); ++i) {
        const Org &org = m_orgs.at(i);
        const int n = org.kind == QLatin1String("startup") ? between(1, 3) : (chance(0.7) ? between(1, 2) : 0);
        for (int k = 0; k < n; ++k) {
            if (Error e = makePerson({org.country, chance(0.6)}, org.id, org.name, false))
                return e;
        }
        if (i % 5000 == 0)
            report(15 + int(10 * i / m_orgs.size()));
    }
    m_counts.insert(QStringLiteral("people"), writer.count());
    return writer.finish(m_demoNote);
}

Error Generator::startups()
{
    static const QStringList stages = {QStringLiteral("idea"),          QStringLiteral("prototype"), QStringLiteral("mvp"),
                                       QStringLiteral("first_clients"), QStringLiteral("contracts"), QStringLiteral("investment"),
                                       QStringLiteral("scaling")};
    static const int trlOf[] = {2, 4, 6, 7, 7, 8, 9};
    static const QStringList technologies = words("AI|NLP|Computer vision|Blockchain|AR/VR|Speech recognition|Cloud|"
                                                  "IoT|5G|Knowledge graphs|Synthetic media detection");
    static const QStringList challenges = words("misinformation|accessibility|hmi|data_protection|media40|other");
    const int year = m_today.year();
    const QList<QPair<QString, QDate>> cohorts = {
        {QStringLiteral("Open Call 1 (%1)").arg(year - 1), QDate(year - 1, 3, 1)},
        {QStringLiteral("Open Call 2 (%1)").arg(year - 1), QDate(year - 1, 9, 1)},
        {QStringLiteral("Open Call 3 (%1)").arg(year), QDate(year, 3, 1)},
    };
    BulkWriter writer(m_db, EntityType::Startup);
    BulkWriter progress(m_db, EntityType::StartupProgress);
    const QList<int> &pool = m_orgsByKind.value(QStringLiteral("startup"));
    for (int i = 0; i < pool.size(); ++i) {
        const Org &org = m_orgs.at(pool.at(i));
        const int c = i % 4; // three cohorts and applicants who were not selected
        Record rec(EntityType::Startup);
        rec.setValue(QStringLiteral("organisation_id"), org.id);
        const QString hub = org.country == QLatin1String("BG")   ? QStringLiteral("Sofia")
                            : org.country == QLatin1String("GR") ? QStringLiteral("Athens")
                            : org.country == QLatin1String("BE") ? QStringLiteral("Brussels")
                                                                 : QStringLiteral("Oslo");
        rec.setValue(QStringLiteral("hub"), hub);
        rec.setValue(QStringLiteral("challenge"), pick(challenges));
        rec.setValue(QStringLiteral("technologies"), QStringList{pick(technologies), pick(technologies)});
        const int female = between(0, 2);
        const int male = between(female == 0 ? 1 : 0, 3);
        const int other = chance(0.05) ? 1 : 0;
        rec.setValue(QStringLiteral("founders_female"), female);
        rec.setValue(QStringLiteral("founders_male"), male);
        rec.setValue(QStringLiteral("founders_other"), other);
        rec.setValue(QStringLiteral("team_size"), female + male + other + between(0, 12));
        rec.setValue(QStringLiteral("pitch"), pick(words("Detects manipulated video in newsrooms before it airs.|"
                                                       "Live sign-language avatars for broadcasters.|"
                                                       "Voice interfaces for local news.|"
                                                       "Privacy-first audience analytics for publishers.|"
                                                       "Automatic fact-checking of political speeches.|"
                                                       "Audio description generated for any video.|"
                                                       "Personalised news feeds without tracking.")));
        int startStage = between(0, 2);
        int stage = startStage;
        Startup s{0, org.id, org.name, org.country, {}, {}, {}, m_peopleByOrg.value(org.id)};
        if (c == 3) {
            s.status = QStringLiteral("applicant");
            rec.setValue(QStringLiteral("cohort"), cohorts.at(2).first);
            rec.setValue(QStringLiteral("applied_on"), cohorts.at(2).second.addDays(-between(20, 45)));
        } else {
            const QDate joined = cohorts.at(c).second.addDays(between(0, 20));
            s.joined = joined;
            rec.setValue(QStringLiteral("cohort"), cohorts.at(c).first);
            rec.setValue(QStringLiteral("applied_on"), joined.addDays(-between(20, 45)));
            rec.setValue(QStringLiteral("joined_on"), joined);
            // Every status appears in every size: the n-th startup of a cohort takes the n-th of its pattern.
            static const QStringList patterns[3] = {words("alumni|active|alumni|withdrawn|alumni|active"),
                                                    words("active|alumni|active|withdrawn|active|active"),
                                                    words("active|selected|active|active|active")};
            s.status = patterns[c].at((i / 4) % patterns[c].size());
            if (s.status == QLatin1String("alumni") || s.status == QLatin1String("withdrawn")) {
                s.left = dateBetween(joined.addDays(120), qMin(m_today, joined.addDays(540)));
                rec.setValue(QStringLiteral("left_on"), s.left);
            }
            if (s.status != QLatin1String("selected"))
                stage = qMin(6, startStage + between(0, 3));
        }
        rec.setValue(QStringLiteral("status"), s.status);
        rec.setValue(QStringLiteral("stage"), stages.at(stage));
        rec.setValue(QStringLiteral("trl"), trlOf[stage]);
        if (Error e = add(writer, rec))
            return e;
        s.id = rec.id;
        // The stage history: where it started, then each step up, spread over its time in the programme.
        const QDate first = s.joined.isValid() ? s.joined : rec.date(QStringLiteral("applied_on"));
        const qint64 span = first.daysTo(s.left.isValid() ? s.left : m_today);
        const int steps = stage - startStage;
        for (int st = startStage; st <= stage; ++st) {
            const int k = st - startStage;
            QDate on = first;
            if (k > 0) // step k lands in the k-th slice of the span, never before the previous one
                on = first.addDays(span * k / (steps + 1) + qint64(m_random.bounded(int(qMax<qint64>(1, span / (steps + 2))))));
            Record p(EntityType::StartupProgress);
            p.setValue(QStringLiteral("startup_id"), s.id);
            p.setValue(QStringLiteral("recorded_on"), on);
            p.setValue(QStringLiteral("stage"), stages.at(st));
            p.setValue(QStringLiteral("trl"), trlOf[st]);
            if (k > 0)
                p.setValue(QStringLiteral("note"), QStringLiteral("Reached %1").arg(Enums::englishLabel(EnumType::StartupStage, stages.at(st))));
            if (Error e = add(progress, p))
                return e;
        }
        m_startups.append(s);
    }
    m_counts.insert(QStringLiteral("startups"), writer.count());
    m_counts.insert(QStringLiteral("startup_progress"), progress.count());
    if (Error e = writer.finish(m_demoNote))
        return e;
    return progress.finish(m_demoNote);
}

Error Generator::sessionsAndOutcomes()
{
    static const QStringList services = words("upscaling|soft_landing|product_market_fit|legal|pitching|fundraising|"
                                              "product_development|strategy|internationalisation|ux_design|"
                                              "matchmaking|procurement|investor_meeting");
    static const QStringList summaries = words(
        "Reviewed the pitch deck and the financial model.|Mapped the first 20 target customers.|"
        "Prepared the term sheet discussion with an angel.|Checked GDPR compliance of the data pipeline.|"
        "Worked on pricing for broadcasters.|Planned the soft-landing visit.|Usability test of the editor's dashboard.|"
        "Обсъдихме стратегията за навлизане на пазара в Гърция.|Подготовка за инвеститорска среща.");
    BulkWriter sessions(m_db, EntityType::Session);
    BulkWriter outcomes(m_db, EntityType::Outcome);
    const QList<int> &corporations = m_orgsByKind.value(QStringLiteral("corporation"));
    const QList<int> &media = m_orgsByKind.value(QStringLiteral("media"));
    const QList<int> &investors = m_orgsByKind.value(QStringLiteral("investor"));
    for (int i = 0; i < m_startups.size(); ++i) {
        const Startup &s = m_startups.at(i);
        if (!s.joined.isValid())
            continue;
        const QDate end = s.left.isValid() ? s.left : m_today.addDays(60);
        for (int k = between(6, 14); k > 0; --k) {
            Record rec(EntityType::Session);
            const QDate date = dateBetween(s.joined, end);
            rec.setValue(QStringLiteral("startup_id"), s.id);
            rec.setValue(QStringLiteral("expert_id"), pick(m_experts).id);
            rec.setValue(QStringLiteral("session_date"), date);
            rec.setValue(QStringLiteral("duration_minutes"), pick(QList<int>{45, 60, 60, 90, 120, 180}));
            rec.setValue(QStringLiteral("service"), pick(services));
            rec.setValue(QStringLiteral("format"), chance(0.6) ? QStringLiteral("online") : QStringLiteral("on_site"));
            QString status = QStringLiteral("planned");
            if (date <= m_today) {
                const double r = m_random.generateDouble();
                status = r < 0.88 ? QStringLiteral("held") : r < 0.95 ? QStringLiteral("cancelled") : QStringLiteral("planned");
            }
            rec.setValue(QStringLiteral("status"), status);
            if (status == QLatin1String("held")) {
                rec.setValue(QStringLiteral("summary"), pick(summaries));
                rec.setValue(QStringLiteral("agreed_actions"), pick(words("Send the updated deck.|Book two customer interviews.|"
                                                                          "Draft the data processing agreement.|Apply to the next investor day.")));
                if (chance(0.5))
                    rec.setValue(QStringLiteral("follow_up_on"), date.addDays(between(14, 30)));
            }
            if (Error e = add(sessions, rec))
                return e;
        }
        // Outcomes: more for startups that got further.
        const int n = s.status == QLatin1String("selected") ? 0 : between(0, 4);
        for (int k = 0; k < n; ++k) {
            Record rec(EntityType::Outcome);
            const QString type = pick(words("contract|contract|investment|pilot|procurement|market_entry|award"));
            rec.setValue(QStringLiteral("startup_id"), s.id);
            rec.setValue(QStringLiteral("type"), type);
            rec.setValue(QStringLiteral("achieved_on"), dateBetween(s.joined.addDays(30), qMin(m_today, s.left.isValid() ? s.left : m_today)));
            if (type == QLatin1String("contract") || type == QLatin1String("pilot") || type == QLatin1String("procurement")) {
                const QList<int> &pool = chance(0.5) ? corporations : media;
                const Org &client = m_orgs.at(pick(pool.isEmpty() ? corporations : pool));
                rec.setValue(QStringLiteral("counterpart_id"), client.id);
                rec.setValue(QStringLiteral("counterpart"), client.name);
                rec.setValue(QStringLiteral("title"), QStringLiteral("%1 with %2")
                                                           .arg(type == QLatin1String("pilot") ? QStringLiteral("Pilot")
                                                                : type == QLatin1String("contract") ? QStringLiteral("Licence contract")
                                                                                                    : QStringLiteral("Public tender"),
                                                                client.name));
                rec.setValue(QStringLiteral("amount_cents"), qint64(between(5, 150)) * 100000);
            } else if (type == QLatin1String("investment")) {
                const Org &investor = m_orgs.at(pick(investors));
                rec.setValue(QStringLiteral("counterpart_id"), investor.id);
                rec.setValue(QStringLiteral("counterpart"), investor.name);
                rec.setValue(QStringLiteral("title"), pick(words("Pre-seed round|Seed round|Convertible note|Angel investment")));
                rec.setValue(QStringLiteral("amount_cents"), qint64(between(5, 200)) * 1000000);
            } else if (type == QLatin1String("market_entry")) {
                const QString country = pick(words("DE|FR|NL|GR|NO|BE|RO|US|GB"));
                rec.setValue(QStringLiteral("country"), country);
                rec.setValue(QStringLiteral("title"), QStringLiteral("Soft landing in %1").arg(country));
            } else {
                rec.setValue(QStringLiteral("title"), pick(words("Best pitch, Deeptech on stage|Media innovation award|"
                                                                 "Finalist, European startup prize")));
            }
            if (Error e = add(outcomes, rec))
                return e;
        }
        if (i % 500 == 0)
            report(30 + int(10 * i / qMax<qsizetype>(1, m_startups.size())));
    }
    m_counts.insert(QStringLiteral("mentoring_sessions"), sessions.count());
    m_counts.insert(QStringLiteral("outcomes"), outcomes.count());
    if (Error e = sessions.finish(m_demoNote))
        return e;
    return outcomes.finish(m_demoNote);
}

Error Generator::events()
{
    struct Template
    {
        const char *type;
        const char *name;
        const char *city;
        const char *country;
    };
    static const Template templates[] = {
        {"deeptech_on_stage", "Deeptech on stage #%1", "Sofia", "BG"},
        {"deeptech_on_stage", "Deeptech on stage Athens #%1", "Athens", "GR"},
        {"investor_meeting", "Investor day %1", "Brussels", "BE"},
        {"investor_meeting", "Nordic investor breakfast %1", "Oslo", "NO"},
        {"matchmaking", "Media corporates matchmaking %1", "Sofia", "BG"},
        {"training", "Pitch training bootcamp %1", "Plovdiv", "BG"},
        {"training", "GDPR for media startups %1", "Online", ""},
        {"conference", "Web Summit %1", "Lisbon", "PT"},
        {"conference", "IBC %1", "Amsterdam", "NL"},
        {"conference", "MWC Barcelona %1", "Barcelona", "ES"},
        {"conference", "VivaTech %1", "Paris", "FR"},
        {"networking", "Hub community evening %1", "Sofia", "BG"},
    };
    const int count = 24 + int(m_organisations / 1000);
    BulkWriter writer(m_db, EntityType::Event);
    BulkWriter participations(m_db, EntityType::Participation);
    const QList<int> &investors = m_orgsByKind.value(QStringLiteral("investor"));
    const QList<int> &corporations = m_orgsByKind.value(QStringLiteral("corporation"));
    for (int i = 0; i < count; ++i) {
        const Template &t = templates[i % int(sizeof(templates) / sizeof(templates[0]))];
        Record rec(EntityType::Event);
        const QDate starts = dateBetween(m_p1Start.addDays(30), m_today.addDays(90));
        rec.setValue(QStringLiteral("name"), QString::fromUtf8(t.name).arg(i / 12 + 1));
        rec.setValue(QStringLiteral("type"), QString::fromLatin1(t.type));
        rec.setValue(QStringLiteral("starts_on"), starts);
        const bool multiDay = QLatin1String(t.type) == QLatin1String("conference");
        rec.setValue(QStringLiteral("ends_on"), multiDay ? starts.addDays(between(1, 3)) : starts);
        const bool online = QLatin1String(t.city) == QLatin1String("Online");
        rec.setValue(QStringLiteral("online"), online);
        if (!online) {
            rec.setValue(QStringLiteral("city"), QString::fromUtf8(t.city));
            rec.setValue(QStringLiteral("country"), QString::fromLatin1(t.country));
        }
        if (!multiDay && !corporations.isEmpty() && chance(0.3))
            rec.setValue(QStringLiteral("organiser_id"), m_orgs.at(pick(corporations)).id);
        if (Error e = add(writer, rec))
            return e;
        const EventInfo ev{rec.id, rec.text(QStringLiteral("type")), rec.text(QStringLiteral("name")), starts,
                           rec.text(QStringLiteral("city")), rec.text(QStringLiteral("country"))};
        m_events.append(ev);
        if (starts > m_today)
            continue; // registrations for future events come later
        // Participants, each (organisation, person, role) once.
        QSet<QString> seen;
        auto participate = [&](qint64 org, qint64 person, const QString &role) -> Error {
            const QString key = QStringLiteral("%1/%2/%3").arg(org).arg(person).arg(role);
            if (seen.contains(key))
                return {};
            seen.insert(key);
            Record p(EntityType::Participation);
            p.setValue(QStringLiteral("event_id"), ev.id);
            if (org > 0)
                p.setValue(QStringLiteral("organisation_id"), org);
            if (person > 0)
                p.setValue(QStringLiteral("person_id"), person);
            p.setValue(QStringLiteral("role"), role);
            if (role == QLatin1String("pitching") && chance(0.3))
                p.setValue(QStringLiteral("outcome"), pick(words("Won the audience award|Follow-up meeting with an investor|"
                                                                 "Invited to the demo day")));
            return add(participations, p);
        };
        QList<Startup> active;
        for (const Startup &s : m_startups) {
            if (s.joined.isValid() && s.joined <= starts && (!s.left.isValid() || s.left >= starts))
                active.append(s);
        }
        const QString type = ev.type;
        const int pitching = (type == QLatin1String("deeptech_on_stage") || type == QLatin1String("investor_meeting")
                              || type == QLatin1String("matchmaking"))
            ? qMin(int(active.size()), between(5, 12))
            : 0;
        for (int k = 0; k < pitching; ++k) {
            const Startup &s = pick(active);
            if (Error e = participate(s.organisationId, s.people.isEmpty() ? 0 : s.people.first(), QStringLiteral("pitching")))
                return e;
        }
        if (type == QLatin1String("conference")) {
            for (int k = qMin(int(active.size()), between(2, 5)); k > 0; --k) {
                const Startup &s = pick(active);
                if (Error e = participate(s.organisationId, s.people.isEmpty() ? 0 : s.people.first(),
                                          QStringLiteral("ticket_winner")))
                    return e;
            }
        }
        if (type != QLatin1String("training") && !investors.isEmpty()) {
            for (int k = between(2, 6); k > 0; --k) {
                const Org &inv = m_orgs.at(pick(investors));
                const QList<qint64> staff = m_peopleByOrg.value(inv.id);
                if (Error e = participate(inv.id, staff.isEmpty() ? 0 : staff.first(), QStringLiteral("investor")))
                    return e;
            }
        }
        for (int k = between(2, 4); k > 0; --k) {
            const Person &expert = pick(m_experts);
            const QString role = type == QLatin1String("deeptech_on_stage") ? QStringLiteral("jury") : QStringLiteral("speaker");
            if (Error e = participate(expert.organisationId, expert.id, role))
                return e;
        }
        for (int k = between(5, 25); k > 0 && !m_contacts.isEmpty(); --k) {
            const Person &c = pick(m_contacts);
            if (Error e = participate(c.organisationId, c.id, QStringLiteral("attendee")))
                return e;
        }
    }
    m_counts.insert(QStringLiteral("events"), writer.count());
    m_counts.insert(QStringLiteral("participations"), participations.count());
    if (Error e = writer.finish(m_demoNote))
        return e;
    return participations.finish(m_demoNote);
}

Error Generator::vouchers()
{
    SettingsRepository settings(m_db);
    const qint64 cap = settings.voucherCapCents();
    const qint64 budget = settings.voucherBudgetCents();
    qint64 committedTotal = 0;
    BulkWriter writer(m_db, EntityType::Voucher);
    BulkWriter history(m_db, EntityType::VoucherStatusChange);
    int number = 0;
    QList<EventInfo> conferences;
    for (const EventInfo &e : m_events) {
        if (e.type == QLatin1String("conference") || e.type == QLatin1String("investor_meeting"))
            conferences.append(e);
    }
    static const QStringList statuses = {QStringLiteral("paid"),      QStringLiteral("paid"),     QStringLiteral("paid"),
                                         QStringLiteral("claimed"),   QStringLiteral("approved"), QStringLiteral("requested"),
                                         QStringLiteral("rejected"),  QStringLiteral("cancelled")};
    for (const Startup &s : m_startups) {
        if (!s.joined.isValid() || s.joined > m_today.addDays(-90) || !chance(0.6))
            continue;
        qint64 committedStartup = 0;
        for (int k = between(1, 2); k > 0; --k) {
            // The first vouchers take every status in turn, so that each one is there.
            QString status = number < 6 ? QString::fromLatin1(std::array<const char *, 6>{
                                                                  "paid", "claimed", "approved", "requested", "rejected",
                                                                  "cancelled"}[size_t(number)])
                                        : pick(statuses);
            const qint64 requested = qint64(between(30, 150)) * 1000; // 300–1,500 EUR
            const qint64 approved = requested - qint64(between(0, 5)) * 1000;
            const qint64 paid = approved - qint64(between(0, 3)) * 1000;
            const qint64 commits = status == QLatin1String("paid") ? paid
                : (status == QLatin1String("approved") || status == QLatin1String("claimed")) ? approved
                                                                                                : 0;
            if (committedStartup + commits > cap || committedTotal + commits > budget)
                status = QStringLiteral("requested"); // what the workflow would have refused
            const QDate requestedOn = dateBetween(s.joined, qMin(m_today.addDays(-40), s.left.isValid() ? s.left : m_today));
            Record rec(EntityType::Voucher);
            rec.setValue(QStringLiteral("number"), QStringLiteral("TV-%1-%2").arg(requestedOn.year()).arg(++number, 4, 10, QLatin1Char('0')));
            rec.setValue(QStringLiteral("startup_id"), s.id);
            if (!s.people.isEmpty())
                rec.setValue(QStringLiteral("traveller_id"), s.people.first());
            QDate travel = requestedOn.addDays(between(10, 40));
            if (!conferences.isEmpty() && chance(0.6)) {
                const EventInfo &ev = pick(conferences);
                rec.setValue(QStringLiteral("event_id"), ev.id);
                rec.setValue(QStringLiteral("purpose"), QStringLiteral("Travel to %1").arg(ev.name));
                if (!ev.city.isEmpty())
                    rec.setValue(QStringLiteral("destination_city"), ev.city);
                if (!ev.country.isEmpty())
                    rec.setValue(QStringLiteral("destination_country"), ev.country);
            } else {
                const QString c = pick(words("Berlin|Paris|Amsterdam|Athens|Oslo|Brussels|Vienna"));
                const QString cc = pick(words("DE|FR|NL|GR|NO|BE|AT"));
                rec.setValue(QStringLiteral("purpose"), pick(words("Soft-landing visit|Investor meeting|Client pilot kick-off")));
                rec.setValue(QStringLiteral("destination_city"), c);
                rec.setValue(QStringLiteral("destination_country"), cc);
            }
            rec.setValue(QStringLiteral("travel_from"), travel);
            rec.setValue(QStringLiteral("travel_to"), travel.addDays(between(1, 4)));
            rec.setValue(QStringLiteral("requested_on"), requestedOn);
            rec.setValue(QStringLiteral("requested_cents"), requested);
            rec.setValue(QStringLiteral("status"), status);
            QList<std::tuple<QString, QString, QDate, qint64>> steps = {{QString(), QStringLiteral("requested"), requestedOn, requested}};
            const QDate approvedOn = requestedOn.addDays(between(2, 10));
            const QDate claimedOn = travel.addDays(between(5, 15));
            const QDate paidOn = claimedOn.addDays(between(3, 20));
            if (status == QLatin1String("approved") || status == QLatin1String("claimed") || status == QLatin1String("paid")) {
                rec.setValue(QStringLiteral("approved_cents"), approved);
                rec.setValue(QStringLiteral("approved_on"), approvedOn);
                steps.append({QStringLiteral("requested"), QStringLiteral("approved"), approvedOn, approved});
            }
            if (status == QLatin1String("claimed") || status == QLatin1String("paid")) {
                rec.setValue(QStringLiteral("claimed_cents"), approved + qint64(between(-2, 2)) * 1000);
                rec.setValue(QStringLiteral("claimed_on"), claimedOn);
                rec.setValue(QStringLiteral("receipts_received"), true);
                steps.append({QStringLiteral("approved"), QStringLiteral("claimed"), claimedOn, rec.integer(QStringLiteral("claimed_cents"))});
            }
            if (status == QLatin1String("paid")) {
                rec.setValue(QStringLiteral("paid_cents"), paid);
                rec.setValue(QStringLiteral("paid_on"), paidOn);
                steps.append({QStringLiteral("claimed"), QStringLiteral("paid"), paidOn, paid});
            }
            if (status == QLatin1String("rejected") || status == QLatin1String("cancelled")) {
                const QString reason = status == QLatin1String("rejected")
                    ? pick(words("The trip is not linked to the programme's goals.|Requested after the travel date."))
                    : pick(words("The conference moved online.|The startup withdrew the request."));
                rec.setValue(QStringLiteral("decision_reason"), reason);
                steps.append({QStringLiteral("requested"), status, approvedOn, 0});
            }
            // Amounts committed so far, to keep within the cap and the budget.
            const qint64 nowCommits = status == QLatin1String("paid") ? paid
                : (status == QLatin1String("approved") || status == QLatin1String("claimed")) ? approved
                                                                                                : 0;
            committedStartup += nowCommits;
            committedTotal += nowCommits;
            if (Error e = add(writer, rec))
                return e;
            if (status == QLatin1String("paid"))
                m_paidVouchers.append(rec.id);
            for (const auto &step : steps) {
                Record h(EntityType::VoucherStatusChange);
                h.setValue(QStringLiteral("voucher_id"), rec.id);
                if (!std::get<0>(step).isEmpty())
                    h.setValue(QStringLiteral("from_status"), std::get<0>(step));
                h.setValue(QStringLiteral("to_status"), std::get<1>(step));
                h.setValue(QStringLiteral("changed_on"), std::get<2>(step));
                h.setValue(QStringLiteral("amount_cents"), std::get<3>(step));
                h.setValue(QStringLiteral("actor"), pick(words("Programme office|Finance team")));
                if (std::get<1>(step) == QLatin1String("rejected") || std::get<1>(step) == QLatin1String("cancelled"))
                    h.setValue(QStringLiteral("reason"), rec.text(QStringLiteral("decision_reason")));
                if (Error e = add(history, h))
                    return e;
            }
        }
    }
    m_counts.insert(QStringLiteral("vouchers"), writer.count());
    m_counts.insert(QStringLiteral("voucher_status_history"), history.count());
    if (Error e = writer.finish(m_demoNote))
        return e;
    return history.finish(m_demoNote);
}

Error Generator::interactions()
{
    static const QStringList staff = words("Мария Петрова|Georgi Dimitrov|Elena Ivanova|Nikolay Stoyanov|Desislava Koleva");
    static const QStringList subjects = words("Introduction call|Follow-up on the open call|Invitation to Deeptech on stage|"
                                              "Partnership proposal|Jury invitation|Newsletter feedback|Pilot discussion|"
                                              "Среща за партньорство|Покана за събитие|Investor intro request");
    static const QStringList notes = words(
        "Discussed how their newsroom could pilot a startup's fact-checking tool; asked for two intro meetings.|"
        "Agreed to share the open call with their portfolio companies and to join the next jury.|"
        "Обсъдихме възможности за съвместно събитие през пролетта и участие в журито на Deeptech on stage.|"
        "Sent the programme brochure and the voucher rules; they will reply after their board meeting.|"
        "Interested in co-investing in media-tech startups from the second cohort; wants the pipeline list.|"
        "Talked about public-procurement rules for innovative solutions and a possible pre-commercial pilot.");
    static const QStringList types = words("call|email|meeting|note");
    BulkWriter writer(m_db, EntityType::Interaction);
    const QDate from = m_p1Start;
    for (qint64 i = 0; i < m_interactions; ++i) {
        const Org &org = m_orgs.at(int(m_random.bounded(int(m_orgs.size()))));
        Record rec(EntityType::Interaction);
        rec.setValue(QStringLiteral("organisation_id"), org.id);
        const auto people = m_peopleByOrg.constFind(org.id);
        if (people != m_peopleByOrg.cend() && chance(0.5))
            rec.setValue(QStringLiteral("person_id"), pick(people.value()));
        rec.setValue(QStringLiteral("type"), pick(types));
        rec.setValue(QStringLiteral("occurred_on"), dateBetween(from, m_today));
        rec.setValue(QStringLiteral("subject"), pick(subjects));
        rec.setValue(QStringLiteral("notes"), pick(notes));
        rec.setValue(QStringLiteral("staff"), pick(staff));
        if (Error e = add(writer, rec))
            return e;
        if (i % 20000 == 0)
            report(50 + int(45 * i / m_interactions));
    }
    m_counts.insert(QStringLiteral("interactions"), writer.count());
    return writer.finish(m_demoNote);
}

Error Generator::periodsAndConsents()
{
    BulkWriter periods(m_db, EntityType::ReportingPeriod);
    const int year = m_today.year();
    for (int k = 0; k < 2; ++k) {
        Record p(EntityType::ReportingPeriod);
        p.setValue(QStringLiteral("name"), QStringLiteral("P%1 (%2)").arg(k + 1).arg(year - 1 + k));
        p.setValue(QStringLiteral("starts_on"), QDate(year - 1 + k, 1, 1));
        p.setValue(QStringLiteral("ends_on"), QDate(year - 1 + k, 12, 31));
        p.setValue(QStringLiteral("notes"), QStringLiteral("Reporting period %1 of the grant agreement.").arg(k + 1));
        if (Error e = add(periods, p))
            return e;
    }
    BulkWriter consents(m_db, EntityType::Consent);
    auto consent = [&](const Person &person, const QString &purpose, const QString &method) -> Error {
        Record c(EntityType::Consent);
        c.setValue(QStringLiteral("person_id"), person.id);
        c.setValue(QStringLiteral("purpose"), purpose);
        const QDate given = dateBetween(m_p1Start, m_today.addDays(-30));
        c.setValue(QStringLiteral("given_on"), given);
        c.setValue(QStringLiteral("method"), method);
        if (chance(0.08))
            c.setValue(QStringLiteral("withdrawn_on"), dateBetween(given.addDays(1), m_today));
        return add(consents, c);
    };
    for (const Person &p : m_experts) {
        if (Error e = consent(p, QStringLiteral("Listing in the expert database and sharing the profile with startups"),
                              QStringLiteral("Signed expert agreement")))
            return e;
    }
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (!chance(0.4))
            continue;
        if (Error e = consent(m_contacts.at(i), QStringLiteral("Newsletter and event invitations"),
                              pick(words("Web form|Business card at an event|Reply to an e-mail"))))
            return e;
    }
    m_counts.insert(QStringLiteral("reporting_periods"), periods.count());
    m_counts.insert(QStringLiteral("consents"), consents.count());
    if (Error e = periods.finish(m_demoNote))
        return e;
    return consents.finish(m_demoNote);
}

Error Generator::attachments()
{
    AttachmentRepository repo(m_db);
    int n = 0;
    for (qint64 id : m_paidVouchers.mid(0, 12)) {
        const QString number = Sql::scalar(m_db.connection(), QStringLiteral("SELECT number FROM vouchers WHERE id = ?"), {id}).toString();
        const QByteArray receipt = QStringLiteral("Receipt for travel voucher %1\nBoarding passes and hotel invoice (demo).\n")
                                       .arg(number)
                                       .toUtf8();
        if (Error e = repo.add(EntityType::Voucher, id, QStringLiteral("receipts-%1.txt").arg(number), receipt,
                               QStringLiteral("text/plain"), QStringLiteral("Receipts"), nullptr))
            return e;
        ++n;
    }
    m_counts.insert(QStringLiteral("attachments"), n);
    return {};
}

Error Generator::run(QMap<QString, qint64> *counts)
{
    const QVariant existing = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM organisations"));
    if (existing.toLongLong() > 0)
        return Error::make(Error::Code::Refused,
                           QCoreApplication::translate("Demo", "Demo data goes into a new, empty database only; this one "
                                                               "already has %1 stakeholders.")
                               .arg(existing.toLongLong()));
    WriteTransaction tx(m_db.connection());
    if (Error e = tx.begin())
        return e;
    // Keeping the trigram search indexes up to date row by row costs more than the load
    // itself (--size 1000000: 260 s instead of 100 s): pause it, build each index once at
    // the end, in this transaction.
    SearchIndex searchIndex(m_db.connection());
    if (Error e = searchIndex.suspend())
        return e;
    // The same for the other indexes: built once from the loaded rows.
    SecondaryIndexes indexes(m_db.connection());
    if (Error e = indexes.suspend())
        return e;
    report(0);
    using Step = Error (Generator::*)();
    const Step steps[] = {&Generator::settings,  &Generator::organisations,       &Generator::people,
                          &Generator::startups,  &Generator::sessionsAndOutcomes, &Generator::events,
                          &Generator::vouchers,  &Generator::interactions,        &Generator::periodsAndConsents,
                          &Generator::attachments};
    for (Step step : steps) {
        if (Error e = (this->*step)())
            return e;
    }
    report(95);
    if (Error e = indexes.resume())
        return e;
    report(97);
    if (Error e = searchIndex.resume())
        return e;
    if (Error e = tx.commit())
        return e;
    Sql::run(m_db.connection(), QStringLiteral("ANALYZE"));
    report(100);
    if (counts)
        *counts = m_counts;
    return {};
}

} // namespace

Error DemoData::generate(Database &db, const Options &options, QMap<QString, qint64> *counts,
                         const std::function<void(int)> &progress)
{
    if (Error e = db.writeRefusal())
        return e;
    // A big page cache for the load: the indexes of a million rows do not fit in
    // SQLite's default 2 MB, and every miss is a read from disk (or from the WAL).
    const QVariant cacheSize = Sql::scalar(db.connection(), QStringLiteral("PRAGMA cache_size"));
    Sql::run(db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(-65536));
    Generator generator(db, options, progress);
    const Error e = generator.run(counts);
    Sql::run(db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    return e;
}

} // namespace hubdesk
