#pragma once

#include <QStringList>

namespace hubdesk {

// The databases opened lately, most recent first (kept in the user's settings).
class RecentFiles
{
public:
    static constexpr int Maximum = 8;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace hubdesk
