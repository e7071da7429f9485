#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace hubdesk {

const QString UiLanguage::SettingKey = QStringLiteral("ui/language");

QStringList UiLanguage::available(const QString &directory)
{
    QStringList codes;
    const QStringList files = QDir(directory).entryList({QStringLiteral("hubdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(8, file.size() - 8 - 3)); // between "hubdesk_" and ".qm"
    codes.sort();
    return codes;
}

QString UiLanguage::chosen()
{
    return QSettings().value(SettingKey).toString().trimmed();
}

void UiLanguage::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(SettingKey);
    else
        settings.setValue(SettingKey, code);
}

QLocale UiLanguage::localeFor(const QString &code, const QLocale &system)
{
    if (code.isEmpty())
        return system;
    const QLocale wanted(code);
    if (wanted.language() == QLocale::C)
        return system;
    if (system.language() == wanted.language())
        return system;
    // English in Bulgaria has no locale of its own; Qt then falls back to the language's
    // main country, which is what we want anyway.
    const QLocale inCountry(wanted.language(), system.territory());
    return inCountry.language() == wanted.language() ? inCountry : wanted;
}

QString UiLanguage::nativeName(const QString &code)
{
    const QLocale locale(code);
    // CLDR names English by its country ("American English"); a list of languages wants "English".
    QString name = locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // Capitalised, as the first word of a list entry ("български" → "Български").
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QLocale UiLanguage::install(QCoreApplication &app, const QString &directory)
{
    const QString code = chosen();
    // A choice whose translation is no longer there falls back to the system language.
    const QLocale locale = localeFor(available(directory).contains(code) ? code : QString());
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("hubdesk"), QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(&app);
    // Linux packages ship qtbase_<lang>.qm; windeployqt merges Qt's catalogues into qt_<lang>.qm.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtPath)
        || qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), qtPath))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace hubdesk
