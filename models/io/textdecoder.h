#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace hubdesk {

// The encodings an imported text file may be in. Auto asks the reader to find out.
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1251, Windows1252 };

// Turns the bytes of a text file into text chunk by chunk, for the encodings that
// imports meet. Qt decodes Windows-1251/1252 only when it was built with ICU (Debian's
// is, a vcpkg or macOS build may not be), so those two fall back to tables of their own.
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);

    // Decodes the next chunk; a character split between chunks is kept for the next call.
    QString decode(QByteArrayView bytes);
    // True when a byte sequence was not valid in the encoding (it became U+FFFD).
    bool hasError() const;
    TextEncoding encoding() const { return m_encoding; }

    // The built-in table's reading of single-byte text (Windows-1251/1252 only),
    // whatever Qt supports: for tests that compare the tables with ICU.
    static QString decodeWithTable(TextEncoding encoding, QByteArrayView bytes);
    // A name for the encoding as users know it ("UTF-8", "Windows-1251").
    static QString name(TextEncoding encoding);

private:
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    bool m_useTable = false;
};

} // namespace hubdesk
