#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace hubdesk {

namespace {

// A row may hold many fields, each below the limit; its whole length is capped too, at
// this many field limits, so that a line of millions of delimiters cannot eat memory.
constexpr qsizetype RowLimitInFields = 16;

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    }
    return true;
}

// UTF-16 without a BOM: ASCII characters (digits, delimiters, line ends, Latin letters)
// have a NUL high byte, which 8-bit text never has. UTF-8 text may hold a NUL character
// too (a cell with one), so the line ends must also sit where UTF-16 puts them, with a
// NUL beside each: in UTF-8, CR LF puts one of the two beside a non-NUL byte whatever
// the alignment. (Only a few rare letters, such as U+040A, share a line end's byte.)
CsvReader::Encoding utf16ByNuls(QByteArrayView head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (head[i] == '\0')
            ++(i % 2 ? odd : even);
    }
    // For little-endian the line end's byte is first in its pair, for big-endian second.
    const auto lineEndsFit = [&](bool little) {
        qsizetype fit = 0;
        qsizetype misfit = 0;
        for (qsizetype i = 0; i < n; i += 2) {
            const char low = little ? head[i] : head[i + 1];
            const char high = little ? head[i + 1] : head[i];
            if (low == '\n' || low == '\r')
                ++(high == '\0' ? fit : misfit);
        }
        return fit >= misfit;
    };
    if (odd >= 2 && even * 10 <= odd && lineEndsFit(true))
        return CsvReader::Encoding::Utf16LE;
    if (even >= 2 && odd * 10 <= even && lineEndsFit(false))
        return CsvReader::Encoding::Utf16BE;
    return CsvReader::Encoding::Auto;
}

// Whether the bytes are UTF-8. A sequence cut by the end of a partial head is allowed.
bool isUtf8(QByteArrayView bytes, bool whole)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        int more = 0;
        if (b < 0x80)
            more = 0;
        else if (b >= 0xC2 && b <= 0xDF)
            more = 1;
        else if (b >= 0xE0 && b <= 0xEF)
            more = 2;
        else if (b >= 0xF0 && b <= 0xF4)
            more = 3;
        else
            return false;
        if (i + more >= n) {
            // The sequence runs past the end: fine only when the head was cut there.
            if (whole)
                return false;
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((static_cast<unsigned char>(bytes[k]) & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        for (int k = 1; k <= more; ++k) {
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += more + 1;
    }
    return true;
}

bool isAsciiLetter(unsigned char b)
{
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

// The bytes that are letters in Windows-1251: А–я and Ё ё Є є І і Ї ї (Bulgarian,
// Russian, Ukrainian). In Windows-1252 0xC0–0xFF are Latin letters too.
bool isHighLetter(unsigned char b)
{
    return b >= 0xC0 || b == 0xA8 || b == 0xB8 || b == 0xAA || b == 0xBA || b == 0xB2 || b == 0xB3
        || b == 0xAF || b == 0xBF;
}

// See CsvReader::detect: runs of high letters touching an ASCII letter are Western.
CsvReader::Encoding windowsCodePage(QByteArrayView bytes)
{
    qsizetype cyrillic = 0;
    qsizetype western = 0;
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isHighLetter(static_cast<unsigned char>(bytes[i]))) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < n && isHighLetter(static_cast<unsigned char>(bytes[i])))
            ++i;
        const bool touchesAscii = (begin > 0 && isAsciiLetter(static_cast<unsigned char>(bytes[begin - 1])))
            || (i < n && isAsciiLetter(static_cast<unsigned char>(bytes[i])));
        (touchesAscii ? western : cyrillic) += i - begin;
    }
    return cyrillic > western ? CsvReader::Encoding::Windows1251 : CsvReader::Encoding::Windows1252;
}

CsvReader::Encoding detectEncoding(QByteArrayView head, bool whole, bool *hasBom)
{
    *hasBom = true;
    if (startsWith(head, {0xEF, 0xBB, 0xBF}))
        return CsvReader::Encoding::Utf8;
    if (startsWith(head, {0xFF, 0xFE}))
        return CsvReader::Encoding::Utf16LE;
    if (startsWith(head, {0xFE, 0xFF}))
        return CsvReader::Encoding::Utf16BE;
    *hasBom = false;
    const CsvReader::Encoding utf16 = utf16ByNuls(head);
    if (utf16 != CsvReader::Encoding::Auto)
        return utf16;
    if (isUtf8(head, whole))
        return CsvReader::Encoding::Utf8;
    return windowsCodePage(head);
}

// Up to \a limit rows of the head; when the head is not the whole file its last row may
// be cut, so it is dropped unless more rows than needed were read.
QList<QStringList> parseHead(
    const QByteArray &head, bool whole, CsvReader::Encoding encoding, QChar delimiter, int limit)
{
    QBuffer buffer;
    buffer.setData(head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.encoding = encoding;
    options.delimiter = delimiter;
    CsvReader reader(&buffer, options);
    QList<QStringList> rows;
    SourceRow row;
    while (rows.size() <= limit && reader.next(&row))
        rows.append(row.cells);
    if (rows.size() > limit)
        rows.removeLast();
    else if (!whole && !rows.isEmpty())
        rows.removeLast();
    return rows;
}

QChar detectDelimiter(const QByteArray &head, bool whole, CsvReader::Encoding encoding)
{
    constexpr int rowsToScore = 50;
    const QChar candidates[] = {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')};
    QChar best = QLatin1Char(',');
    qsizetype bestConsistent = 0;
    qsizetype bestCount = 0;
    for (const QChar candidate : candidates) {
        QHash<qsizetype, qsizetype> rowsByCount;
        for (const QStringList &cells : parseHead(head, whole, encoding, candidate, rowsToScore)) {
            if (!cells.isEmpty())
                ++rowsByCount[cells.size() - 1];
        }
        // The most frequent non-zero number of delimiters, and how many rows have it.
        qsizetype count = 0;
        qsizetype consistent = 0;
        for (auto it = rowsByCount.cbegin(); it != rowsByCount.cend(); ++it) {
            if (it.key() > 0 && (it.value() > consistent || (it.value() == consistent && it.key() > count))) {
                count = it.key();
                consistent = it.value();
            }
        }
        if (consistent > bestConsistent
            || (consistent == bestConsistent && consistent > 0 && count > bestCount)) {
            best = candidate;
            bestConsistent = consistent;
            bestCount = count;
        }
    }
    return best;
}

QByteArray readHead(QIODevice *device)
{
    if (device->isSequential())
        return device->peek(CsvReader::DetectBytes);
    const qint64 at = device->pos();
    QByteArray head;
    while (head.size() < CsvReader::DetectBytes) {
        const QByteArray chunk = device->read(CsvReader::DetectBytes - head.size());
        if (chunk.isEmpty())
            break;
        head += chunk;
    }
    device->seek(at);
    return head;
}

CsvReader::Detected detectHead(const QByteArray &head, bool whole, const CsvReader::Options &options)
{
    CsvReader::Detected detected;
    bool bom = false;
    const CsvReader::Encoding found = detectEncoding(head, whole, &bom);
    detected.encoding = options.encoding == CsvReader::Encoding::Auto ? found : options.encoding;
    detected.hasBom = bom && found == detected.encoding;
    detected.delimiter
        = options.delimiter.isNull() ? detectDelimiter(head, whole, detected.encoding) : options.delimiter;
    detected.sample = parseHead(head, whole, detected.encoding, detected.delimiter, CsvReader::SampleRows);
    return detected;
}

Error openError(const QString &path, const QFile &file)
{
    return Error::make(Error::Code::Io,
        QCoreApplication::translate("Import", "Cannot open “%1”: %2")
            .arg(QFileInfo(path).fileName(), file.errorString()));
}

} // namespace

CsvReader::Detected CsvReader::detect(QIODevice *device, const Options &options)
{
    const QByteArray head = readHead(device);
    const bool whole = head.size() < DetectBytes;
    return detectHead(head, whole, options);
}

CsvReader::Detected CsvReader::detect(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Detected detected;
        detected.error = openError(path, file);
        return detected;
    }
    return detect(&file, options);
}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{ }

CsvReader::CsvReader(const QString &path, const Options &options)
    : m_file(std::make_unique<QFile>(path))
    , m_device(m_file.get())
    , m_options(options)
    , m_fileName(QFileInfo(path).fileName())
{
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = openError(path, *m_file);
        m_finished = true;
    }
}

CsvReader::~CsvReader() = default;

void CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        m_error = Error::make(
            Error::Code::Io, QCoreApplication::translate("Import", "The file is not open for reading."));
        m_finished = true;
        return;
    }
    m_size = m_device->isSequential() ? -1 : m_device->size();
    m_encoding = m_options.encoding;
    m_delimiter = m_options.delimiter;
    QByteArray head;
    if (m_encoding == Encoding::Auto || m_delimiter.isNull()) {
        // Read the head through the reader's own path so that sequential devices work
        // too; it becomes the first chunk to parse.
        while (head.size() < DetectBytes) {
            const QByteArray chunk = m_device->read(DetectBytes - head.size());
            if (chunk.isEmpty())
                break;
            head += chunk;
        }
        m_bytesRead = head.size();
        const Detected detected = detectHead(head, head.size() < DetectBytes, m_options);
        m_encoding = detected.encoding;
        m_delimiter = detected.delimiter;
    }
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    m_text = m_decoder->decode(head);
    m_textPos = 0;
}

bool CsvReader::readMore()
{
    const QByteArray chunk = m_device->read(ChunkBytes);
    if (chunk.isEmpty())
        return false;
    m_bytesRead += chunk.size();
    m_text = m_decoder->decode(chunk);
    m_textPos = 0;
    return true;
}

bool CsvReader::next(SourceRow *row)
{
    if (m_finished)
        return false;
    if (!m_started) {
        start();
        if (m_finished)
            return false;
    }
    for (;;) {
        while (m_textPos < m_text.size()) {
            const QChar c = m_text.at(m_textPos++);
            const bool rowEnded = consume(c);
            if (m_error) {
                m_finished = true;
                return false;
            }
            if (rowEnded) {
                takeRow(row);
                return true;
            }
        }
        if (!readMore())
            break;
    }

    // The end of the file ends the last row, unless a quoted field is still open.
    m_finished = true;
    m_text.clear();
    switch (m_state) {
    case State::Quoted:
        fail(
            m_fieldLine, QCoreApplication::translate("Import", "a quoted field opened here is never closed"));
        return false;
    case State::Unquoted:
    case State::QuoteInQuoted:
        endField();
        break;
    case State::FieldStart:
        if (m_cells.isEmpty())
            return false; // the file ended with a line end, or is empty
        endField(); // the last line ended with a delimiter
        break;
    }
    takeRow(row);
    return true;
}

// Feeds one character to the parser; true when it ended a row.
bool CsvReader::consume(QChar c)
{
    const bool lfAfterCr = m_skipLf && c == u'\n';
    m_skipLf = false;
    if (lfAfterCr)
        return false;
    const bool lineEnd = c == u'\n' || c == u'\r';
    if (lineEnd) {
        ++m_line;
        m_skipLf = c == u'\r';
    }
    if (++m_rowChars > m_options.maxFieldChars * RowLimitInFields) {
        fail(m_rowLine,
            QCoreApplication::translate("Import",
                "the row is longer than %1 characters; "
                "the file may not be a CSV file")
                .arg(m_options.maxFieldChars * RowLimitInFields));
        return false;
    }

    switch (m_state) {
    case State::FieldStart:
        if (c == u'"') {
            m_state = State::Quoted;
            m_fieldLine = m_line;
            return false;
        }
        if (c == m_delimiter) {
            endField();
            return false;
        }
        if (lineEnd) {
            if (!m_cells.isEmpty())
                endField(); // "a," ends with an empty field; a blank line has no cells
            return true;
        }
        m_state = State::Unquoted;
        m_fieldLine = m_line;
        return append(c);
    case State::Unquoted:
        if (c == m_delimiter) {
            endField();
            return false;
        }
        if (lineEnd) {
            endField();
            return true;
        }
        return append(c);
    case State::Quoted:
        if (c == u'"') {
            m_state = State::QuoteInQuoted;
            return false;
        }
        return append(lineEnd ? QChar(u'\n') : c);
    case State::QuoteInQuoted:
        if (c == u'"') {
            m_state = State::Quoted;
            return append(c);
        }
        if (c == m_delimiter) {
            endField();
            return false;
        }
        if (lineEnd) {
            endField();
            return true;
        }
        m_state = State::Unquoted; // "abc"def: the rest of the field is taken as it is
        return append(c);
    }
    return false;
}

bool CsvReader::append(QChar c)
{
    if (m_field.size() >= m_options.maxFieldChars) {
        fail(m_fieldLine,
            QCoreApplication::translate("Import",
                "a field starting here is longer than %1 characters; "
                "perhaps a quote is not closed")
                .arg(m_options.maxFieldChars));
        return false;
    }
    m_field.append(c);
    return false;
}

void CsvReader::endField()
{
    m_cells.append(m_field);
    m_field.clear();
    m_state = State::FieldStart;
}

void CsvReader::takeRow(SourceRow *row)
{
    row->number = m_rowLine;
    row->cells = std::move(m_cells);
    m_cells = QStringList();
    m_field.clear();
    m_state = State::FieldStart;
    m_rowChars = 0;
    m_rowLine = m_line;
}

void CsvReader::fail(qint64 line, const QString &what)
{
    const QString where = m_fileName.isEmpty()
        ? QCoreApplication::translate("Import", "line %1: %2").arg(QString::number(line), what)
        : QCoreApplication::translate("Import", "%1, line %2: %3")
              .arg(m_fileName, QString::number(line), what);
    m_error = Error::make(Error::Code::Format, where);
}

} // namespace hubdesk
