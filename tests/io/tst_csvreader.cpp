// The CSV reader on fixtures with the quirks of real exports (CORDIS, Bulgarian registers,
// Excel in Windows code pages, UTF-16 from Excel's "Unicode text"), read whole and in
// tiny chunks, and a 200,000-row file that must be read in bounded memory.
#include "io/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hubdesk;

namespace {

using Rows = QList<QStringList>;
using Numbers = QList<qint64>;

// A sequential device that hands out a fixed byte string at most \a chunk bytes per read,
// so that every split (CR|LF, a UTF-8 or UTF-16 character, "|") is met.
class ChunkedDevice : public QIODevice
{
public:
    ChunkedDevice(const QByteArray &data, qint64 chunk)
        : m_data(data)
        , m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxlen) override
    {
        const qint64 n = std::min({maxlen, m_chunk, qint64(m_data.size()) - m_pos});
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

struct Result
{
    Rows rows;
    Numbers numbers;
    Error error;
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    QChar delimiter;
};

Result readAll(QIODevice *device, const CsvReader::Options &options)
{
    CsvReader reader(device, options);
    Result result;
    SourceRow row;
    while (reader.next(&row)) {
        result.rows.append(row.cells);
        result.numbers.append(row.number);
    }
    result.error = reader.error();
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    return result;
}

Result readBytes(const QByteArray &bytes, const CsvReader::Options &options = {}, qint64 chunk = 0)
{
    if (chunk > 0) {
        ChunkedDevice device(bytes, chunk);
        return readAll(&device, options);
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

// Windows-1251 bytes of Bulgarian text, computed from the Unicode block (А–я are
// U+0410–U+044F and 0xC0–0xFF in the code page), independently of the reader's table.
QByteArray cp1251(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes.append(char(u));
        else if (u >= 0x0410 && u <= 0x044F)
            bytes.append(char(0xC0 + (u - 0x0410)));
        else if (u == 0x201D)
            bytes.append('\x94'); // ”
        else if (u == 0x201E)
            bytes.append('\x84'); // „
        else if (u == 0x201C)
            bytes.append('\x93'); // “
        else
            qFatal("no Windows-1251 byte for U+%04X in the fixture", unsigned(u));
    }
    return bytes;
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        bytes.append(littleEndian ? lo : hi);
        bytes.append(littleEndian ? hi : lo);
    }
    return bytes;
}

QByteArray u8(const char *text)
{
    return QByteArray(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void encodings_data();
    void encodings();
    void codePageTables_matchPublishedCharts();
    void codePageTables_agreeWithIcu();
    void errors_data();
    void errors();
    void oversizedField_defaultLimit_isAnErrorNamingTheLine();
    void detect_fromFile_givesSampleAndKeepsDevicePosition();
    void detect_overrides_areKept();
    void missingFile_isAnIoErrorNamingTheFile();
    void positionAndSize_inBytes();
    void largeFile_readInBoundedMemory();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter"); // null: detected
    QTest::addColumn<QChar>("expectedDelimiter");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Numbers>("numbers");

    const QChar autoDetect;
    const QChar comma = u',', semicolon = u';', tab = u'\t';

    QTest::newRow("cordis: BOM, ';', every field quoted, \"\" escapes, CRLF")
        << u8("\xEF\xBB\xBF\"rcn\";\"acronym\";\"objective\"\r\n"
              "\"87654\";\"SMART-GRID\";\"We say \"\"smart\"\"; it is, really, new.\"\r\n"
              "\"87655\";\"\";\"Tokyo \xE6\x9D\xB1\xE4\xBA\xAC, 2010\"\r\n")
        << autoDetect << semicolon
        << Rows {{"rcn", "acronym", "objective"},
               {"87654", "SMART-GRID", "We say \"smart\"; it is, really, new."},
               {"87655", "", "Tokyo 東京, 2010"}}
        << Numbers {1, 2, 3};
    QTest::newRow("quoted newlines: rows keep the line where they start")
        << u8("id,text\n1,\"line one\nline two\nline three\"\n2,next\n3,\"a\r\nb\"\r\n4,last\n") << autoDetect
        << comma
        << Rows {{"id", "text"}, {"1", "line one\nline two\nline three"}, {"2", "next"}, {"3", "a\nb"},
               {"4", "last"}}
        << Numbers {1, 2, 5, 6, 8};
    QTest::newRow("Cyrillic names in typographic quotes, UTF-8, unquoted and quoted")
        << u8("firma,bulstat\n”Дисиб” ООД,123456789\n\"„Агро Еко“ ЕООД, клон\",0\n") << autoDetect << comma
        << Rows {{"firma", "bulstat"}, {"”Дисиб” ООД", "123456789"}, {"„Агро Еко“ ЕООД, клон", "0"}}
        << Numbers {1, 2, 3};
    QTest::newRow("blank and ragged rows are kept as they are")
        << u8("a,b,c\n\nd\ne,f,g,h\n,\n\"\"\n") << autoDetect << comma
        << Rows {{"a", "b", "c"}, {}, {"d"}, {"e", "f", "g", "h"}, {"", ""}, {""}}
        << Numbers {1, 2, 3, 4, 5, 6};
    QTest::newRow("no final line end")
        << u8("a,b\nc,d") << autoDetect << comma << Rows {{"a", "b"}, {"c", "d"}} << Numbers {1, 2};
    QTest::newRow("last line ends with a delimiter, no line end")
        << u8("a,b\nc,") << autoDetect << comma << Rows {{"a", "b"}, {"c", ""}} << Numbers {1, 2};
    QTest::newRow("CR line ends (old Mac)")
        << u8("a;b\rc;d\r\re;f") << autoDetect << semicolon << Rows {{"a", "b"}, {"c", "d"}, {}, {"e", "f"}}
        << Numbers {1, 2, 3, 4};
    QTest::newRow("stray quotes in unquoted fields are literal")
        << u8("size,note\n5\" disk,a \"b\" c\n\"abc\"def,x\n") << autoDetect << comma
        << Rows {{"size", "note"}, {"5\" disk", "a \"b\" c"}, {"abcdef", "x"}} << Numbers {1, 2, 3};
    QTest::newRow("tab-delimited with commas in the text")
        << u8("name\tcity\tnote\nАна Петрова\tСофия\t1,5 ч.\nIvan\tПловдив\ta, b\n") << autoDetect << tab
        << Rows {{"name", "city", "note"}, {"Ана Петрова", "София", "1,5 ч."}, {"Ivan", "Пловдив", "a, b"}}
        << Numbers {1, 2, 3};
    QTest::newRow("no header row, decimal commas: ';' wins")
        << u8("1,5;2,5;x\n3,0;4;y\n7;8,25;z\n") << autoDetect << semicolon
        << Rows {{"1,5", "2,5", "x"}, {"3,0", "4", "y"}, {"7", "8,25", "z"}} << Numbers {1, 2, 3};
    QTest::newRow("one column: no delimiter anywhere")
        << u8("alpha\nbeta\n") << autoDetect << comma << Rows {{"alpha"}, {"beta"}} << Numbers {1, 2};
    QTest::newRow("delimiter given: '|'") << u8("a|b,c\n\"x|y\"|z\n") << QChar(u'|') << QChar(u'|')
                                          << Rows {{"a", "b,c"}, {"x|y", "z"}} << Numbers {1, 2};
    QTest::newRow("empty file") << QByteArray() << autoDetect << comma << Rows {} << Numbers {};
    QTest::newRow("only line ends") << u8("\r\n\n") << autoDetect << comma << Rows {{}, {}} << Numbers {1, 2};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(QChar, expectedDelimiter);
    QFETCH(Rows, rows);
    QFETCH(Numbers, numbers);

    CsvReader::Options options;
    options.delimiter = delimiter;
    // Whole, then one byte at a time, then in odd pieces: every split must read the same.
    for (const qint64 chunk : {qint64(0), qint64(1), qint64(3), qint64(7)}) {
        const Result result = readBytes(bytes, options, chunk);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QCOMPARE(result.delimiter, expectedDelimiter);
        QCOMPARE(result.rows, rows);
        QCOMPARE(result.numbers, numbers);
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CsvReader::Encoding>("forced"); // Auto: detected
    QTest::addColumn<CsvReader::Encoding>("encoding");
    QTest::addColumn<bool>("hasBom");
    QTest::addColumn<Rows>("rows");

    using E = CsvReader::Encoding;
    const QString bg = QStringLiteral("firma;grad\n”Дисиб” ООД;София\nЕТ „Иван Петров“;Русе\n");
    const Rows bgRows {{"firma", "grad"}, {"”Дисиб” ООД", "София"}, {"ЕТ „Иван Петров“", "Русе"}};
    const QString latin = QStringLiteral("name;city\nCafé Müller GmbH;Zürich\nJosé Núñez;São Paulo\n");
    const Rows latinRows {{"name", "city"}, {"Café Müller GmbH", "Zürich"}, {"José Núñez", "São Paulo"}};

    QTest::newRow("UTF-8 with BOM") << ("\xEF\xBB\xBF" + bg.toUtf8()) << E::Auto << E::Utf8 << true << bgRows;
    QTest::newRow("UTF-8 without BOM") << bg.toUtf8() << E::Auto << E::Utf8 << false << bgRows;
    QTest::newRow("UTF-16LE with BOM (Excel 'Unicode text')")
        << utf16(bg, true, true) << E::Auto << E::Utf16LE << true << bgRows;
    QTest::newRow("UTF-16BE with BOM") << utf16(bg, false, true) << E::Auto << E::Utf16BE << true << bgRows;
    QTest::newRow("UTF-16LE without BOM, by its NUL bytes")
        << utf16(latin, true, false) << E::Auto << E::Utf16LE << false << latinRows;
    QTest::newRow("UTF-16BE without BOM, by its NUL bytes")
        << utf16(bg, false, false) << E::Auto << E::Utf16BE << false << bgRows;
    QTest::newRow("Windows-1251 Cyrillic") << cp1251(bg) << E::Auto << E::Windows1251 << false << bgRows;
    QTest::newRow("Windows-1251 with Latin names and digits mixed in")
        << cp1251(QStringLiteral("name;eik\nACME Ltd;123\nСофтуер ЕООД;456\nБ;7\n")) << E::Auto
        << E::Windows1251 << false
        << Rows {{"name", "eik"}, {"ACME Ltd", "123"}, {"Софтуер ЕООД", "456"}, {"Б", "7"}};
    QTest::newRow("Windows-1252 accented Latin")
        << latin.toLatin1() << E::Auto << E::Windows1252 << false << latinRows;
    QTest::newRow("Windows-1252 with the € and typographic quotes of 0x80–0x9F")
        << QByteArray("item;price\n\x93"
                      "Cr\xE8me br\xFBl\xE9"
                      "e\x94;\x80 4\n")
        << E::Auto << E::Windows1252 << false << Rows {{"item", "price"}, {"“Crème brûlée”", "€ 4"}};
    QTest::newRow("forced: Windows-1251 where 1252 would be guessed")
        << QByteArray("a;b\n\xCC\xE8\xF0;x\n") << E::Windows1251 << E::Windows1251 << false
        << Rows {{"a", "b"}, {"Мир", "x"}};
    QTest::newRow("ASCII only is UTF-8")
        << u8("a,b\n1,2\n") << E::Auto << E::Utf8 << false << Rows {{"a", "b"}, {"1", "2"}};
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CsvReader::Encoding, forced);
    QFETCH(CsvReader::Encoding, encoding);
    QFETCH(bool, hasBom);
    QFETCH(Rows, rows);

    CsvReader::Options options;
    options.encoding = forced;
    for (const qint64 chunk : {qint64(0), qint64(1), qint64(5)}) {
        const Result result = readBytes(bytes, options, chunk);
        QVERIFY2(!result.error, qPrintable(result.error.message));
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.rows, rows);
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const CsvReader::Detected detected = CsvReader::detect(&buffer, options);
    QCOMPARE(detected.encoding, encoding);
    QCOMPARE(detected.hasBom, hasBom);
    QCOMPARE(detected.sample, rows);
}

void TestCsvReader::codePageTables_matchPublishedCharts()
{
    const auto one = [](CsvReader::Encoding e, char byte) {
        return TextDecoder::decodeWithTable(e, QByteArrayView(&byte, 1));
    };
    using E = CsvReader::Encoding;
    // Spot checks typed from the charts, one per row of each.
    QCOMPARE(one(E::Windows1251, '\x80'), QStringLiteral("Ђ"));
    QCOMPARE(one(E::Windows1251, '\x88'), QStringLiteral("€"));
    QCOMPARE(one(E::Windows1251, '\x96'), QStringLiteral("–"));
    QCOMPARE(one(E::Windows1251, '\xA8'), QStringLiteral("Ё"));
    QCOMPARE(one(E::Windows1251, '\xB9'), QStringLiteral("№"));
    QCOMPARE(one(E::Windows1251, '\xBF'), QStringLiteral("ї"));
    QCOMPARE(one(E::Windows1251, '\xC0'), QStringLiteral("А"));
    QCOMPARE(one(E::Windows1251, '\xDF'), QStringLiteral("Я"));
    QCOMPARE(one(E::Windows1251, '\xE0'), QStringLiteral("а"));
    QCOMPARE(one(E::Windows1251, '\xFF'), QStringLiteral("я"));
    QCOMPARE(one(E::Windows1252, '\x80'), QStringLiteral("€"));
    QCOMPARE(one(E::Windows1252, '\x8A'), QStringLiteral("Š"));
    QCOMPARE(one(E::Windows1252, '\x9F'), QStringLiteral("Ÿ"));
    QCOMPARE(one(E::Windows1252, '\xA9'), QStringLiteral("©"));
    QCOMPARE(one(E::Windows1252, '\xE9'), QStringLiteral("é"));
    QCOMPARE(one(E::Windows1252, '\xFF'), QStringLiteral("ÿ"));
    QCOMPARE(TextDecoder::decodeWithTable(E::Windows1251, "plain ASCII"), QStringLiteral("plain ASCII"));
}

void TestCsvReader::codePageTables_agreeWithIcu()
{
    // Where Qt has ICU, its reading of every defined byte must be the table's.
    for (const auto &[encoding, name, undefined] :
        {std::tuple {CsvReader::Encoding::Windows1251, "windows-1251", QByteArray("\x98")},
            std::tuple {
                CsvReader::Encoding::Windows1252, "windows-1252", QByteArray("\x81\x8D\x8F\x90\x9D")}}) {
        QStringDecoder icu(name);
        if (!icu.isValid())
            QSKIP("Qt is built without ICU: the tables are all there is");
        for (int b = 0x80; b <= 0xFF; ++b) {
            const char byte = char(b);
            if (undefined.contains(byte))
                continue;
            QStringDecoder decoder(name);
            const QString expected = decoder.decode(QByteArrayView(&byte, 1));
            QCOMPARE(TextDecoder::decodeWithTable(encoding, QByteArrayView(&byte, 1)), expected);
        }
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxFieldChars");
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<QString>("message");

    QTest::newRow("unterminated quote at the end of the file")
        << u8("a,b\n\"x\ny\",c\nd,\"never\nclosed,e\nf\n") << 1 << 2
        << QStringLiteral("line 4: a quoted field opened here is never closed");
    QTest::newRow("unterminated quote at the very start")
        << u8("\"abc") << 1 << 0 << QStringLiteral("line 1: a quoted field opened here is never closed");
    QTest::newRow("a field longer than the limit, in quotes")
        << (u8("ok\n\"") + QByteArray(200, 'x') + u8("\"\n")) << 0 << 1
        << QStringLiteral("line 2: a field starting here is longer than 100 characters");
    QTest::newRow("a field longer than the limit, unquoted, after a multi-line field")
        << (u8("\"a\nb\"\n") + QByteArray(101, 'y')) << 0 << 1
        << QStringLiteral("line 3: a field starting here is longer than 100 characters");
    QTest::newRow("a row longer than 16 fields' limits") << QByteArray(
        100 * 16 + 10, ',') << 0 << 0 << QStringLiteral("line 1: the row is longer than 1600 characters");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxFieldChars);
    QFETCH(int, rowsBefore);
    QFETCH(QString, message);

    CsvReader::Options options;
    options.delimiter = u',';
    if (maxFieldChars == 0)
        options.maxFieldChars = 100;
    for (const qint64 chunk : {qint64(0), qint64(1)}) {
        const Result result = readBytes(bytes, options, chunk);
        QCOMPARE(result.rows.size(), rowsBefore);
        QCOMPARE(result.error.code, Error::Code::Format);
        QVERIFY2(result.error.message.startsWith(message), qPrintable(result.error.message));
    }
}

void TestCsvReader::oversizedField_defaultLimit_isAnErrorNamingTheLine()
{
    // A quote opened on line 3 and never closed in a file of 3 MB: the reader stops at
    // 1 Mi characters instead of gathering the rest of the file into one field.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,name\n1,ok\n2,\"broken\n");
    for (int i = 0; i < 100000; ++i)
        file.write("3,some more rows that all end up inside the quote\n");
    file.close();

    CsvReader reader(path);
    SourceRow row;
    int rows = 0;
    while (reader.next(&row))
        ++rows;
    QCOMPARE(rows, 2);
    QCOMPARE(reader.error().message,
        QStringLiteral("broken.csv, line 3: a field starting here is longer than 1048576 characters; "
                       "perhaps a quote is not closed"));
    QVERIFY(reader.position() < reader.size());
}

void TestCsvReader::detect_fromFile_givesSampleAndKeepsDevicePosition()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF\"Name\";\"Notes\"\r\n");
    for (int i = 1; i <= 30; ++i)
        file.write(QStringLiteral("\"Контакт %1\";\"ред 1\r\nред 2\"\r\n").arg(i).toUtf8());
    file.close();

    const CsvReader::Detected detected = CsvReader::detect(path);
    QVERIFY(!detected.error);
    QCOMPARE(detected.encoding, CsvReader::Encoding::Utf8);
    QVERIFY(detected.hasBom);
    QCOMPARE(detected.delimiter, QChar(u';'));
    QCOMPARE(detected.sample.size(), CsvReader::SampleRows);
    QCOMPARE(detected.sample.at(0), (QStringList {"Name", "Notes"}));
    QCOMPARE(detected.sample.at(19), (QStringList {"Контакт 19", "ред 1\nред 2"}));

    // Detecting on an open device leaves it where it was, for the reader to start there.
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader::detect(&file);
    QCOMPARE(file.pos(), 0);
    CsvReader reader(&file);
    SourceRow row;
    int rows = 0;
    while (reader.next(&row))
        ++rows;
    QVERIFY(!reader.error());
    QCOMPARE(rows, 31);
    QCOMPARE(row.number, 60); // the last row starts on line 2 + 29 × 2
}

void TestCsvReader::detect_overrides_areKept()
{
    QBuffer buffer;
    buffer.setData("a,b;c\n1,2;3\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.delimiter = u';';
    options.encoding = CsvReader::Encoding::Windows1252;
    const CsvReader::Detected detected = CsvReader::detect(&buffer, options);
    QCOMPARE(detected.delimiter, QChar(u';'));
    QCOMPARE(detected.encoding, CsvReader::Encoding::Windows1252);
    QCOMPARE(detected.sample, (Rows {{"a,b", "c"}, {"1,2", "3"}}));
}

void TestCsvReader::missingFile_isAnIoErrorNamingTheFile()
{
    CsvReader reader(QStringLiteral("/nonexistent/folder/clients.csv"));
    SourceRow row;
    QVERIFY(!reader.next(&row));
    QCOMPARE(reader.error().code, Error::Code::Io);
    QVERIFY2(
        reader.error().message.contains(QStringLiteral("clients.csv")), qPrintable(reader.error().message));
    QCOMPARE(
        CsvReader::detect(QStringLiteral("/nonexistent/folder/clients.csv")).error.code, Error::Code::Io);
}

void TestCsvReader::positionAndSize_inBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sized.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20000; ++i)
        file.write(QByteArray::number(i) + ",value\n");
    file.close();

    CsvReader reader(path);
    SourceRow row;
    QVERIFY(reader.next(&row));
    QCOMPARE(reader.size(), QFileInfo(path).size());
    QVERIFY(reader.position() > 0);
    QVERIFY(reader.position() <= CsvReader::DetectBytes);
    while (reader.next(&row)) { }
    QVERIFY(!reader.error());
    QCOMPARE(row.number, 20000);
    QCOMPARE(reader.position(), reader.size());
}

namespace {

// 200,000 rows made as they are read, never held: the device counts what it hands out and
// the test knows where each row ends, so it can tell how far the reader reads ahead.
class GeneratedCsv : public QIODevice
{
public:
    static constexpr int Rows = 200000;

    static QByteArray line(int i)
    {
        return QStringLiteral("%1,\"Фирма %1 ЕООД\",\"ул. \"\"Шипка\"\" %2, София\",%3\r\n")
            .arg(i)
            .arg(i % 97)
            .arg(i % 2 ? QStringLiteral("active") : QString())
            .toUtf8();
    }

    GeneratedCsv() { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_next > Rows && m_current.isEmpty(); }
    qint64 served() const { return m_served; }
    qint64 largestRequest() const { return m_largestRequest; }

protected:
    qint64 readData(char *data, qint64 maxlen) override
    {
        m_largestRequest = std::max(m_largestRequest, maxlen);
        if (m_current.isEmpty() && m_next <= Rows)
            m_current = line(m_next++);
        // Small pieces, as a slow disk or a pipe would give them.
        const qint64 n = std::min({maxlen, qint64(m_current.size()), qint64(1000)});
        memcpy(data, m_current.constData(), size_t(n));
        m_current.remove(0, n);
        m_served += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_next = 1;
    QByteArray m_current;
    qint64 m_served = 0;
    qint64 m_largestRequest = 0;
};

} // namespace

void TestCsvReader::largeFile_readInBoundedMemory()
{
    GeneratedCsv device;
    CsvReader reader(&device);
    SourceRow row;
    qint64 consumed = 0; // bytes up to the end of the last row given out
    qint64 mostAhead = 0;
    int count = 0;
    while (reader.next(&row)) {
        ++count;
        consumed += GeneratedCsv::line(count).size();
        mostAhead = std::max(mostAhead, device.served() - consumed);
        QCOMPARE(row.number, qint64(count));
        if (count % 20000 == 1) {
            QCOMPARE(row.cells.size(), 4);
            QCOMPARE(row.cells.at(1), QStringLiteral("Фирма %1 ЕООД").arg(count));
            QCOMPARE(row.cells.at(2), QStringLiteral("ул. \"Шипка\" %1, София").arg(count % 97));
        }
    }
    QVERIFY2(!reader.error(), qPrintable(reader.error().message));
    QCOMPARE(count, GeneratedCsv::Rows);
    QCOMPARE(reader.delimiter(), QChar(u','));
    QCOMPARE(reader.position(), device.served());
    QCOMPARE(reader.size(), -1);
    // The reader never asked for more than one chunk, and never had more than one chunk
    // (and the row it was finishing) read but not yet given out.
    QVERIFY(device.largestRequest() <= CsvReader::ChunkBytes);
    QVERIFY2(mostAhead <= CsvReader::ChunkBytes + GeneratedCsv::line(GeneratedCsv::Rows).size(),
        qPrintable(QString::number(mostAhead)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
