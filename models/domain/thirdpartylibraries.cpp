#include "thirdpartylibraries.h"

#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zip.h>
#include <zlib.h>

#include <QtGlobal>

namespace hubdesk {

QList<ThirdPartyLibraries::Library> ThirdPartyLibraries::used()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only OR GPL-2.0-or-later"),
         tr("the window, printing, the database connection and the translations"), QStringLiteral("https://www.qt.io")},
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0-or-later"),
         tr("the charts on the dashboard and in reports"), QStringLiteral("https://www.qt.io")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing (public domain)"),
         tr("the database file"), QStringLiteral("https://sqlite.org")},
        {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()), QStringLiteral("BSD-2-Clause"),
         tr("writing Excel workbooks"), QStringLiteral("https://libxlsxwriter.github.io")},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version()), QStringLiteral("BSD-3-Clause"),
         tr("reading Excel workbooks"), QStringLiteral("https://libzip.org")},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion()), QStringLiteral("Zlib"), tr("compression inside workbooks, used by the two above"),
         QStringLiteral("https://zlib.net")},
    };
}

QString ThirdPartyLibraries::hubdeskLicence()
{
    // Qt Charts is GPL-3.0 for open-source users, so the program as built is GPL-3.0 too.
    return QStringLiteral("GPL-3.0-or-later");
}

} // namespace hubdesk
