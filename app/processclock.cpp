#include "processclock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace hubdesk {

namespace {
QElapsedTimer &mainTimer()
{
    static QElapsedTimer timer;
    return timer;
}
} // namespace

void ProcessClock::markMain()
{
    mainTimer().start();
}

qint64 ProcessClock::msSinceMain()
{
    return mainTimer().isValid() ? mainTimer().elapsed() : -1;
}

qint64 ProcessClock::msSinceStart()
{
#ifdef Q_OS_LINUX
    // /proc/self/stat field 22 is the start time in clock ticks after boot; /proc/uptime
    // is now, in seconds after boot. Resolution: one tick (10 ms).
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 is the 20th after the name
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    const long ticks = sysconf(_SC_CLK_TCK);
    if (ticks <= 0)
        return -1;
    return qint64((now - startTicks / double(ticks)) * 1000.0);
#else
    return -1;
#endif
}

} // namespace hubdesk
