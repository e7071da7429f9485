#pragma once

#include <QString>

namespace hubdesk {

// One field of a CSV line as every spreadsheet reads it back: RFC 4180 quoting, and
// text that a spreadsheet would run as a formula (= + - @ tab CR first) kept as text
// with a leading apostrophe. Shared by the report annexes and the table exports.
//
// The apostrophe is an escape an import takes off again (unneutralise), so it is also
// put before text that already looks escaped (an apostrophe followed by one of those
// characters or by another apostrophe): "'=x" is written "''=x" and reads back "'=x".
class CsvField
{
public:
    // Text a spreadsheet would run as a formula.
    static bool needsNeutralising(const QString &text);
    // Text that starts with the apostrophe of a neutralised field.
    static bool looksNeutralised(const QString &text);
    // \a text with the apostrophe of a neutralised field taken off (anything else unchanged).
    static QString unneutralise(const QString &text);
    // \a neutralise: false for numbers and dates, which never hold a formula.
    static QString encode(const QString &text, QChar delimiter, bool neutralise = true);
};

} // namespace hubdesk
