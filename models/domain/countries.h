#pragma once

#include <QString>
#include <QStringList>

namespace hubdesk {

// ISO 3166-1 alpha-2 country codes, the form every country is stored in.
class Countries
{
public:
    // All assigned codes, sorted, plus XK (Kosovo), which the EU uses.
    static const QStringList &codes();
    static bool isValid(const QString &code);
    // The English name of a country, as Qt's locale data has it; the code when unknown.
    static QString name(const QString &code);
};

} // namespace hubdesk
