#pragma once

#include <QString>

namespace hubdesk {

// One field of a CSV line as every spreadsheet reads it back: RFC 4180 quoting, and
// text that a spreadsheet would run as a formula (= + - @ tab CR first) kept as text
// with a leading apostrophe. Shared by the report annexes and the table exports.
class CsvField
{
public:
    static bool needsNeutralising(const QString &text);
    // \a neutralise: false for numbers and dates, which never hold a formula.
    static QString encode(const QString &text, QChar delimiter, bool neutralise = true);
};

} // namespace hubdesk
