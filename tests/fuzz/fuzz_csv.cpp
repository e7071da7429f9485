// libFuzzer target: the CSV reader (encoding and delimiter detection, RFC 4180 parsing
// with its leniencies, the field-length limit) and the text decoders under it.
// The input is a file's bytes. Nothing is asserted about the rows; the sanitizers
// (ASan, UBSan, LeakSanitizer) turn any memory error, undefined behaviour or leak
// into a crash, and a reader that never ends is caught by libFuzzer's -timeout.

#include "fuzzsupport.h"

#include "io/charsetdecoder.h"
#include "io/csvreader.h"
#include "io/textdecoder.h"

#include <QBuffer>

#include <cstdio>
#include <cstring>

using namespace hubdesk;

namespace {

// A sequential device that hands out its bytes a few at a time, so that the reader's
// chunks end inside multi-byte characters, CRLF pairs and "" escapes.
class Trickle : public QIODevice
{
public:
    Trickle(const QByteArray &bytes, qint64 step)
        : m_bytes(bytes)
        , m_step(step)
    { }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_step), qint64(m_bytes.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_bytes.size() ? -1 : 0;
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
    qint64 m_step;
};

void readAll(CsvReader &reader, qsizetype bytes)
{
    SourceRow row;
    // Every row but the last ends in a line break, so there are at most bytes + 1 rows;
    // more means the reader stopped advancing.
    for (qsizetype rows = 0; reader.next(&row);) {
        (void)reader.position();
        if (++rows > bytes + 1) {
            fprintf(stderr, "fuzz_csv: more rows than the input has bytes\n");
            abort();
        }
    }
    (void)reader.error();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const unsigned choice = fuzz::pick(data, size);

    // As the import wizard does: detect, then read with what was detected.
    {
        QBuffer buffer;
        buffer.setData(bytes.constData(), bytes.size());
        buffer.open(QIODevice::ReadOnly);
        const CsvReader::Detected detected = CsvReader::detect(&buffer);
        CsvReadOptions options;
        options.encoding = detected.encoding;
        options.delimiter = detected.delimiter;
        CsvReader reader(&buffer, options);
        readAll(reader, bytes.size());
    }

    // Everything detected by the reader itself, from a device that trickles.
    {
        Trickle device(bytes, 1 + (choice & 7));
        device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        CsvReader reader(&device);
        readAll(reader, bytes.size());
    }

    // Forced options that disagree with the file, and a tiny field limit.
    {
        static const TextEncoding encodings[] = {TextEncoding::Utf8, TextEncoding::Utf16LE,
            TextEncoding::Utf16BE, TextEncoding::Windows1251, TextEncoding::Windows1252};
        static const char delimiters[] = {',', ';', '\t', '|'};
        CsvReadOptions options;
        options.encoding = encodings[choice % 5];
        options.delimiter = QLatin1Char(delimiters[(choice >> 3) % 4]);
        options.maxFieldChars = 1 + (choice >> 5);
        QBuffer buffer;
        buffer.setData(bytes.constData(), bytes.size());
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, options);
        readAll(reader, bytes.size());
    }

    // The decoders alone, fed in uneven chunks.
    {
        static const TextEncoding encodings[] = {TextEncoding::Utf8, TextEncoding::Utf16LE,
            TextEncoding::Utf16BE, TextEncoding::Windows1251, TextEncoding::Windows1252};
        const qsizetype step = 1 + qsizetype(choice % 5);
        for (TextEncoding encoding : encodings) {
            TextDecoder decoder(encoding);
            for (qsizetype at = 0; at < bytes.size(); at += step)
                (void)decoder.decode(QByteArrayView(bytes).sliced(at, qMin(step, bytes.size() - at)));
            (void)decoder.hasError();
        }
        (void)TextDecoder::decodeWithTable(TextEncoding::Windows1251, bytes);
        (void)TextDecoder::decodeWithTable(TextEncoding::Windows1252, bytes);
        static const QByteArray charsets[] = {QByteArrayLiteral("UTF-8"), QByteArrayLiteral("windows-1251"),
            QByteArrayLiteral("cp1252"), QByteArrayLiteral("KOI8-R"), QByteArrayLiteral("ISO-8859-5"),
            QByteArrayLiteral("UTF-16"), QByteArrayLiteral("x-unknown")};
        bool ok = false;
        (void)CharsetDecoder::decode(bytes, charsets[choice % 7], &ok);
        (void)CharsetDecoder::isUtf8(bytes);
        // A charset label taken from the input itself, as a vCard parameter gives one.
        const QByteArray label = bytes.left(24);
        (void)CharsetDecoder::canDecode(label);
        (void)CharsetDecoder::decode(bytes.mid(24), label, &ok);
    }
    return 0;
}
