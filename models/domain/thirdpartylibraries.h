#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hubdesk {

// The libraries HubDesk is built on, with the version in use and their licences, for
// the About dialog and `hubdesk --version`.
class ThirdPartyLibraries
{
    Q_DECLARE_TR_FUNCTIONS(ThirdPartyLibraries)
public:
    struct Library
    {
        QString name;
        QString version; // of the library loaded at run time where it says so, else built against
        QString licence; // SPDX expression
        QString use;     // what HubDesk uses it for, translated
        QString homepage;
    };
    static QList<Library> used();
    // HubDesk's own licence as an SPDX expression.
    static QString hubdeskLicence();
};

} // namespace hubdesk
