#include "csvreportwriter.h"

#include "../io/csvfield.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

// The forms of the values, chosen so that a file reads the same in every locale and
// can be pasted into a grant portal:
//   Text     as it is (formula neutralisation below)
//   Integer  digits, a '-' when negative, no grouping
//   Decimal  two decimals, '.' as the decimal point
//   Money    the currency's unit with two decimals, computed from the cents exactly (123450 → 1234.50)
//   Date     ISO 8601, yyyy-mm-dd
//   Percent  the fraction (0.25 for 25 %), up to four decimals, trailing zeros dropped
//   Hours    up to four decimals, trailing zeros dropped (1.25, 0.3333, 2)
// A value that is not of its column's type (a "—" or "Total" in a number or date
// column) is written as text. An empty (null) value is an empty field.
//
// Formula neutralisation (OWASP "CSV injection"): a spreadsheet runs a field that
// starts with = + - @ (and, after its own trimming, TAB or CR) as a formula. Text
// fields starting with one of those get a leading apostrophe, which spreadsheets
// show as text. Numbers are never changed: -5.00 in a money column stays -5.00,
// because a number cannot carry a formula and the apostrophe would turn it into text.

namespace hubdesk {

namespace {

using Type = ReportColumn::Type;

bool isIntegral(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool isFloating(const QVariant &v)
{
    return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float;
}

// Fixed decimals without "-0.00" for a value that rounds to zero.
QString fixed(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    const auto zeroDigit = [](QChar c) { return c == u'0' || c == u'.'; };
    if (s.startsWith(u'-') && std::all_of(s.cbegin() + 1, s.cend(), zeroDigit))
        s.remove(0, 1);
    return s;
}

// Up to \a decimals decimals, trailing zeros (and a bare point) dropped.
QString trimmed(double value, int decimals)
{
    QString s = fixed(value, decimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

// Cents as units with two decimals, in integers so that no cent is ever lost to rounding.
QString money(qint64 cents)
{
    const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

struct Field
{
    QString text;
    bool isText = false; // a text field is neutralised; a number or a date never is
};

Field field(Type type, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    const auto number = [&](const QString &s) { return Field{s, false}; };
    const auto finite = [&](double d) { return std::isfinite(d); };
    switch (type) {
    case Type::Text:
        break;
    case Type::Integer:
        if (isIntegral(v))
            return number(QString::number(v.toLongLong()));
        if (isFloating(v))
            return finite(v.toDouble()) ? number(trimmed(v.toDouble(), 4)) : Field{};
        break;
    case Type::Decimal:
        if (isIntegral(v) || isFloating(v))
            return finite(v.toDouble()) ? number(fixed(v.toDouble(), 2)) : Field{};
        break;
    case Type::Money:
        if (isIntegral(v))
            return number(money(v.toLongLong()));
        if (isFloating(v))
            return finite(v.toDouble()) ? number(money(qRound64(v.toDouble()))) : Field{};
        break;
    case Type::Percent:
    case Type::Hours:
        if (isIntegral(v) || isFloating(v))
            return finite(v.toDouble()) ? number(trimmed(v.toDouble(), 4)) : Field{};
        break;
    case Type::Date:
        if (v.typeId() == QMetaType::QDate)
            return number(v.toDate().toString(Qt::ISODate));
        if (v.typeId() == QMetaType::QDateTime)
            return number(v.toDateTime().date().toString(Qt::ISODate));
        break;
    }
    return {v.toString(), true};
}

QString encode(const Field &f, QChar delimiter)
{
    return CsvField::encode(f.text, delimiter, f.isText);
}

QByteArray line(const QList<ReportColumn> &columns, const QVariantList &values, QChar delimiter)
{
    QString s;
    // A row shorter than the header is padded with empty fields; a longer one keeps its
    // extra values as text, so that nothing the builder put in is dropped silently.
    const int count = std::max<int>(int(columns.size()), int(values.size()));
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            s += delimiter;
        const Type type = i < columns.size() ? columns.at(i).type : Type::Text;
        s += encode(field(type, i < values.size() ? values.at(i) : QVariant()), delimiter);
    }
    s += QLatin1String("\r\n"); // RFC 4180 ends records with CRLF; quoted line breaks stay as they are
    return s.toUtf8();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error ioError(const QString &path, const QString &reason)
{
    return Error::make(Error::Code::Io,
                       QCoreApplication::translate("Reports", "Could not write “%1”: %2").arg(native(path), reason));
}

// A file name from a table key: characters that Windows or Linux refuse in a name become
// '_', names Windows reserves get a leading '_', and an empty key becomes "table".
QString baseName(const QString &key)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    QString name;
    for (const QChar c : key)
        name += (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c)) ? u'_' : c;
    name = name.trimmed();
    while (name.endsWith(u'.')) // Windows drops trailing dots, which would merge names
        name.chop(1);
    name = name.left(100);
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QStringLiteral("table"));
    static const QStringList reserved = {QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                         QStringLiteral("nul")};
    const QString lower = name.toLower();
    const bool device = reserved.contains(lower)
        || (lower.size() == 4 && (lower.startsWith(QLatin1String("com")) || lower.startsWith(QLatin1String("lpt")))
            && lower.at(3).isDigit());
    if (device)
        name.prepend(u'_');
    return name;
}

} // namespace

QStringList CsvReportWriter::fileNames(const ReportDocument &doc)
{
    QStringList names;
    QSet<QString> taken; // case-folded: Windows and macOS file systems ignore case
    for (const ReportTable &table : doc.tables()) {
        const QString base = baseName(table.key);
        QString name = base + QLatin1String(".csv");
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1-%2.csv").arg(base).arg(n);
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

Error CsvReportWriter::writeTable(const ReportTable &table, QIODevice *out, const Options &options)
{
    const QChar d = options.delimiter;
    if (d != u',' && d != u';' && d != u'\t')
        return Error::make(Error::Code::Internal,
                           QCoreApplication::translate("Reports", "“%1” cannot separate CSV fields: use a comma, "
                                                                  "a semicolon or a tab.")
                               .arg(QString(d)));
    const auto put = [out](const QByteArray &bytes) { return out->write(bytes) == bytes.size(); };
    const auto failed = [&]() {
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Reports", "Could not write the table “%1”: %2")
                               .arg(table.key, out->errorString()));
    };
    if (options.bom && !put(QByteArrayLiteral("\xEF\xBB\xBF")))
        return failed();
    QVariantList titles;
    for (const ReportColumn &c : table.columns)
        titles.append(c.title);
    if (!put(line({}, titles, d)))
        return failed();
    for (const QVariantList &row : table.rows) {
        if (!put(line(table.columns, row, d)))
            return failed();
    }
    if (!table.totals.isEmpty() && !put(line(table.columns, table.totals, d)))
        return failed();
    return Error::none();
}

Error CsvReportWriter::writeTables(const ReportDocument &doc, const QString &directory, const Options &options,
                                   QStringList *written)
{
    if (written)
        written->clear();
    const QFileInfo dir(directory);
    if (!dir.isDir())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Reports", "Could not write the CSV files: the folder “%1” "
                                                                  "does not exist.")
                               .arg(native(directory)));

    // Every file is written to its own temporary file first and the renames come only
    // when all are complete, so a failure part way leaves none of the files changed.
    const QList<ReportTable> tables = doc.tables();
    const QStringList names = fileNames(doc);
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (int i = 0; i < tables.size(); ++i) {
        const QString path = QDir(directory).filePath(names.at(i));
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly))
            return ioError(path, file->errorString());
        if (Error e = writeTable(tables.at(i), file.get(), options)) {
            if (e.code == Error::Code::Io)
                return ioError(path, file->errorString());
            return e;
        }
        files.push_back(std::move(file));
    }
    for (const auto &file : files) {
        if (!file->commit())
            return ioError(file->fileName(), file->errorString());
        if (written)
            written->append(file->fileName());
    }
    return Error::none();
}

} // namespace hubdesk
