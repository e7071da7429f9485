#include "charsetdecoder.h"

#include <QStringDecoder>

namespace hubdesk {

namespace {

enum class Table { None, Windows1251, Windows1252, Iso8859_5 };

// Windows-1251 (Cyrillic), bytes 0x80..0xBF; 0xC0..0xFF are А..я in order.
// From the code page published by Microsoft (cp1251); 0x98 is unassigned.
const char16_t cp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // A0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // A8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // B0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // B8
};

// Windows-1252 differs from ISO-8859-1 only in 0x80..0x9F; files labelled
// ISO-8859-1 are often really 1252 (curly quotes, euro), so those bytes use it too.
const char16_t cp1252C1[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, // 88
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178, // 98
};

char16_t fromTable(Table table, uchar b)
{
    if (b < 0x80)
        return b;
    switch (table) {
    case Table::Windows1251:
        return b >= 0xC0 ? char16_t(0x0410 + (b - 0xC0)) : cp1251High[b - 0x80];
    case Table::Windows1252:
        return b < 0xA0 ? cp1252C1[b - 0x80] : char16_t(b);
    case Table::Iso8859_5:
        // ISO-8859-5: 0xA1..0xFF follow U+0401.. with three exceptions.
        if (b < 0xA0)
            return b;
        if (b == 0xA0)
            return 0x00A0;
        if (b == 0xAD)
            return 0x00AD;
        if (b == 0xF0)
            return 0x2116;
        if (b == 0xFD)
            return 0x00A7;
        return char16_t(0x0400 + (b - 0xA0));
    case Table::None:
        break;
    }
    return 0xFFFD;
}

QByteArray canonical(const QByteArray &charset)
{
    QByteArray c = charset.trimmed().toLower();
    c.replace('_', '-');
    return c;
}

Table tableFor(const QByteArray &charset)
{
    const QByteArray c = canonical(charset);
    if (c == "windows-1251" || c == "cp1251" || c == "x-cp1251" || c == "win-1251" || c == "cp-1251")
        return Table::Windows1251;
    if (c == "windows-1252" || c == "cp1252" || c == "x-cp1252" || c == "iso-8859-1" || c == "iso8859-1"
        || c == "latin1" || c == "latin-1" || c == "l1" || c == "us-ascii" || c == "ascii")
        return Table::Windows1252;
    if (c == "iso-8859-5" || c == "iso8859-5" || c == "cyrillic")
        return Table::Iso8859_5;
    return Table::None;
}

} // namespace

bool CharsetDecoder::canDecode(const QByteArray &charset)
{
    if (tableFor(charset) != Table::None)
        return true;
    return QStringDecoder(canonical(charset).constData()).isValid();
}

QString CharsetDecoder::decode(const QByteArray &bytes, const QByteArray &charset, bool *ok)
{
    if (ok)
        *ok = true;
    const Table table = tableFor(charset);
    if (table != Table::None) {
        QString out(bytes.size(), Qt::Uninitialized);
        QChar *d = out.data();
        for (const char b : bytes)
            *d++ = QChar(fromTable(table, uchar(b)));
        return out;
    }
    QStringDecoder decoder(canonical(charset).constData());
    if (decoder.isValid())
        return decoder.decode(bytes);
    if (ok)
        *ok = false;
    return QString::fromUtf8(bytes);
}

bool CharsetDecoder::isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

} // namespace hubdesk
