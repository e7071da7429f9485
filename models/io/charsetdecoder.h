#pragma once

#include <QByteArray>
#include <QString>

namespace hubdesk {

// Bytes in a named character set to text, for the CHARSET parameter of vCard 2.1 and
// similar labels. Qt 6.4 decodes windows-1251 by name only when it was built with ICU
// (Debian's is, a Windows or static build usually is not), so the single-byte code
// pages our users' files come in are decoded from tables here, the same on every
// build; other names go to QStringDecoder when it knows them.
class CharsetDecoder
{
public:
    // True when \a charset (case-insensitive, e.g. "Windows-1251", "cp1251", "UTF-8") is known.
    static bool canDecode(const QByteArray &charset);
    // \a bytes as text. An unknown charset is read as UTF-8 and \a ok set to false.
    static QString decode(const QByteArray &bytes, const QByteArray &charset, bool *ok = nullptr);
    // True when \a bytes are well-formed UTF-8 (plain ASCII included).
    static bool isUtf8(const QByteArray &bytes);
};

} // namespace hubdesk
