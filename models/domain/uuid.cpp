#include "uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace hubdesk {

QString Uuid::create()
{
    // 48 bits of Unix milliseconds, then 74 random bits (RFC 9562). Within one
    // millisecond a counter in rand_a keeps the ids of this process increasing.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint16 randA;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0fff) { // 4096 ids in one millisecond: borrow the next one
                ++ms;
                counter = 0;
            }
        } else {
            counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0800));
        }
        lastMs = ms;
        randA = counter;
    }
    std::array<quint8, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<quint8>((ms >> (8 * (5 - i))) & 0xff);
    b[6] = static_cast<quint8>(0x70 | ((randA >> 8) & 0x0f));
    b[7] = static_cast<quint8>(randA & 0xff);
    const quint64 r = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = static_cast<quint8>((r >> (8 * i)) & 0xff);
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3f));

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(hex[b[i] >> 4]));
        out.append(QLatin1Char(hex[b[i] & 0x0f]));
    }
    return out;
}

bool Uuid::isValid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

} // namespace hubdesk
