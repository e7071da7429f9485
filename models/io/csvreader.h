#pragma once

#include "tablesource.h"
#include "textdecoder.h"

#include <QList>
#include <memory>

class QFile;
class QIODevice;

namespace hubdesk {

// How to read a CSV file; what is left unset is detected (see CsvReader::detect).
// Outside CsvReader so that it can be a default argument of its functions.
struct CsvReadOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter; // null: detect among ',', ';' and TAB
    // 1 Mi characters: thirty times what a spreadsheet cell holds (32,767), far more
    // than any real field, small enough that a stray quote costs little memory.
    qsizetype maxFieldChars = qsizetype(1) << 20;
};

// Reads a CSV (or tab-separated) file row by row from a device or a file, in chunks, so
// that a file of any length is read in the memory of one chunk and one row.
//
// Parsing follows RFC 4180 with the leniency that real exports need:
//  - a field in double quotes may hold delimiters, line breaks and "" for one quote; a
//    line break inside quotes becomes "\n" whatever the file's line ends are;
//  - lines may end in CRLF, LF or CR, and the last line may have no end;
//  - a quote inside an unquoted field is a literal character (5" disk), and text right
//    after a closing quote is kept ("abc"def reads abcdef);
//  - a blank line is a row with no cells (an empty list), so that the importer can tell
//    it from a row of one empty field (a line holding "");
//  - rows keep the number of cells they have; nothing is padded or cut.
// A row's number is the line where it starts, so rows after a field with line breaks
// carry the numbers an editor shows. A quoted field never closed before the end of the
// file, and a field longer than maxFieldChars, stop the reading with an error naming the
// line where that field starts: a broken file cannot make the reader hold it whole.
class CsvReader : public TableSource
{
public:
    using Encoding = TextEncoding;

    using Options = CsvReadOptions;

    // What detect() found out about a file from its beginning.
    struct Detected
    {
        Encoding encoding = Encoding::Utf8;
        QChar delimiter = QLatin1Char(',');
        bool hasBom = false;
        QList<QStringList> sample; // the first rows, read with the encoding and delimiter above
        Error error; // the file could not be read
    };

    static constexpr qint64 ChunkBytes = 64 * 1024;
    static constexpr qint64 DetectBytes = 64 * 1024;
    static constexpr int SampleRows = 20;

    // Detection from the first DetectBytes of the file. Options that are set (not Auto,
    // not null) are taken as they are and the rest is detected around them.
    //
    // Encoding: a BOM decides (UTF-8, UTF-16LE, UTF-16BE). Without one, NUL bytes mostly
    // on odd (even) offsets mean UTF-16LE (BE): text in any 8-bit encoding has no NULs.
    // Bytes that are valid UTF-8 are UTF-8 (plain ASCII included). Otherwise the text is
    // in a Windows code page, 1251 (Cyrillic) or 1252 (Western): in both the letters
    // beyond ASCII are mostly bytes 0xC0–0xFF, but Cyrillic words are made of such bytes
    // only, while Western accented letters sit inside words of ASCII letters (café,
    // Müller). So each run of those bytes counts for 1252 when an ASCII letter touches
    // it and for 1251 when none does; the larger count wins, 1252 on a tie.
    //
    // Delimiter: the sample is parsed with each candidate (quotes respected); the one
    // that splits the most rows into the same non-zero number of extra cells wins; ties
    // go to more cells, then to ';', TAB, ',' in that order. With no candidate at all: ','.
    //
    // The device is left where it was (a sequential device is only peeked at, so
    // detection sees what it has buffered; the reader itself reads the full head).
    static Detected detect(QIODevice *device, const Options &options = {});
    static Detected detect(const QString &path, const Options &options = {});

    // The reader does not own the device, which must be open for reading.
    explicit CsvReader(QIODevice *device, const Options &options = {});
    explicit CsvReader(const QString &path, const Options &options = {});
    ~CsvReader() override;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    bool next(SourceRow *row) override;
    Error error() const override { return m_error; }
    // Bytes read from the device so far, and its size (-1 when the device is sequential).
    qint64 position() const override { return m_bytesRead; }
    qint64 size() const override { return m_size; }

    // What the reader is using: detected or given. Known after the first next().
    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void start();
    bool readMore();
    bool consume(QChar c);
    bool append(QChar c);
    void endField();
    void takeRow(SourceRow *row);
    void fail(qint64 line, const QString &what);

    std::unique_ptr<QFile> m_file;
    QIODevice *m_device = nullptr;
    Options m_options;
    QString m_fileName;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter;
    std::unique_ptr<TextDecoder> m_decoder;
    Error m_error;

    bool m_started = false;
    bool m_finished = false;
    qint64 m_bytesRead = 0;
    qint64 m_size = -1;
    QString m_text; // the decoded chunk being parsed
    qsizetype m_textPos = 0;

    State m_state = State::FieldStart;
    bool m_skipLf = false; // a CR was just read: a LF right after it ends the same line
    QString m_field;
    QStringList m_cells;
    qsizetype m_rowChars = 0;
    qint64 m_line = 1;
    qint64 m_rowLine = 1;
    qint64 m_fieldLine = 1;
};

} // namespace hubdesk
