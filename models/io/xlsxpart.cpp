#include "xlsxpart.h"

#include <QCoreApplication>
#include <zip.h>

namespace hubdesk {

XlsxPart::XlsxPart(zip *archive, const QString &name, const QString &fileName)
    : m_name(name)
    , m_fileName(fileName)
{
    const QByteArray entry = name.toUtf8();
    // Part names in a package are case-insensitive (ECMA-376 part 2, 9.1.1.1).
    const zip_int64_t index = zip_name_locate(archive, entry.constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        fail(QCoreApplication::translate("Import", "the workbook has no part %1").arg(name));
        return;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
        m_size = qint64(stat.size);
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        fail(QCoreApplication::translate("Import",
            "the workbook is protected with a password; "
            "open it in Excel, remove the password, save and import again"));
        return;
    }
    m_file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!m_file)
        fail(QCoreApplication::translate("Import", "the part %1 cannot be read: %2")
                 .arg(name, QString::fromUtf8(zip_strerror(archive))));
}

XlsxPart::~XlsxPart()
{
    if (m_file)
        zip_fclose(m_file);
}

bool XlsxPart::feed()
{
    if (!m_file || m_eof)
        return false;
    m_chunk.resize(ChunkBytes);
    const zip_int64_t n = zip_fread(m_file, m_chunk.data(), zip_uint64_t(m_chunk.size()));
    if (n < 0) {
        fail(QCoreApplication::translate("Import", "the part %1 cannot be read (the file is damaged): %2")
                 .arg(m_name, QString::fromUtf8(zip_file_strerror(m_file))));
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_bytesRead += n;
    m_chunk.truncate(qsizetype(n));
    m_xml.addData(m_chunk);
    return true;
}

QXmlStreamReader::TokenType XlsxPart::readNext()
{
    if (m_error)
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
            continue;
        if (m_error)
            return token;
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_bytesRead == 0)
            fail(QCoreApplication::translate("Import", "the part %1 is empty").arg(m_name));
        else if (m_xml.error() != QXmlStreamReader::NoError)
            fail(QCoreApplication::translate("Import", "the part %1 is damaged: %2 at line %3")
                     .arg(m_name, m_xml.errorString(), QString::number(m_xml.lineNumber())));
        return token;
    }
}

QString XlsxPart::readText()
{
    QString text;
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return text;
        default:
            break;
        }
    }
    return text;
}

void XlsxPart::fail(const QString &what)
{
    m_error = Error::make(
        Error::Code::Format, QCoreApplication::translate("Import", "%1: %2").arg(m_fileName, what));
}

} // namespace hubdesk
