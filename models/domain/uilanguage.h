#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hubdesk {

// Which language HubDesk speaks: the one chosen in Settings (kept in this computer's
// user settings), or else the system's. Languages are found from the translation files
// compiled in (hubdesk_<code>.qm), so adding one takes only a new translations/*.ts.
class UiLanguage
{
public:
    static const QString SettingKey; // "ui/language"; empty or absent = follow the system

    // Codes of the languages there are translations for ("bg", "en"), sorted.
    static QStringList available(const QString &directory = QStringLiteral(":/i18n"));
    // The user's choice ("" = the system's language).
    static QString chosen();
    static void choose(const QString &code);
    // The locale for dates, numbers and money when the text is in CODE: the system's
    // when it is of that language, else CODE in the system's country if Qt knows that
    // pair, else CODE's main country. An empty CODE gives the system locale.
    static QLocale localeFor(const QString &code, const QLocale &system = QLocale::system());
    // The language's own name ("български", "English") for the Settings list.
    static QString nativeName(const QString &code);
    // Sets the default locale and installs HubDesk's and Qt's translations for the
    // chosen language; returns the locale in use.
    static QLocale install(QCoreApplication &app, const QString &directory = QStringLiteral(":/i18n"));
};

} // namespace hubdesk
