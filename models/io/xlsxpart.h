#pragma once

#include "../storage/error.h"

#include <QByteArray>
#include <QXmlStreamReader>

struct zip;
struct zip_file;

namespace hubdesk {

// One XML part of an .xlsx package, read from its zip entry in chunks and parsed as it
// arrives, so that a sheet of a million rows is never held in memory.
class XlsxPart
{
public:
    static constexpr qint64 ChunkBytes = 64 * 1024;

    // \a fileName is the package's name as the user knows it, for messages.
    XlsxPart(zip *archive, const QString &name, const QString &fileName);
    ~XlsxPart();
    XlsxPart(const XlsxPart &) = delete;
    XlsxPart &operator=(const XlsxPart &) = delete;

    // The next XML token, reading more of the entry as needed. Invalid at the end of the
    // document or on an error; error() tells the two apart.
    QXmlStreamReader::TokenType readNext();
    const QXmlStreamReader &xml() const { return m_xml; }
    // The text of the element just started, up to its end (children's text included).
    QString readText();

    Error error() const { return m_error; }
    // Uncompressed bytes read so far, and the entry's uncompressed size.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

private:
    bool feed();
    void fail(const QString &what);

    zip_file *m_file = nullptr;
    QString m_name;
    QString m_fileName;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    Error m_error;
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
    bool m_eof = false;
};

} // namespace hubdesk
