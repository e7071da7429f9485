#include "charsetdecoder.h"

#include "textdecoder.h"

#include <QStringDecoder>

namespace hubdesk {

namespace {

enum class Table { None, Windows1251, Windows1252, Iso8859_5 };

char16_t fromTable(Table table, uchar b)
{
    if (b < 0x80)
        return b;
    switch (table) {
    case Table::Windows1251:
    case Table::Windows1252:
        break; // TextDecoder's tables, in decode()
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
    // The Windows code pages come from the tables the CSV reader uses too; files labelled
    // ISO-8859-1 are often really Windows-1252 (curly quotes, euro), so they use it.
    if (table == Table::Windows1251 || table == Table::Windows1252)
        return TextDecoder::decodeWithTable(table == Table::Windows1251 ? TextEncoding::Windows1251 : TextEncoding::Windows1252,
                                            bytes);
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
