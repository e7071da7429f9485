#pragma once

#include <QString>

namespace hubdesk {

// National company identifiers, in particular the Bulgarian UIC (ЕИК/БУЛСТАТ),
// which has 9 digits (legal entities) or 13 digits (branches), each with a check digit.
class CompanyId
{
public:
    // Removes spaces, dots and dashes and a "BG" VAT prefix; upper-cases letters.
    static QString normalise(const QString &raw);
    // The check digit of the first 8 digits of a 9-digit UIC, or -1 when not 8 digits.
    static int checkDigit9(const QString &first8);
    // The check digit of digits 9..12 of a 13-digit UIC (given all 12 first digits), or -1.
    static int checkDigit13(const QString &first12);
    // An empty string when \a id (normalised) is a valid Bulgarian UIC; otherwise why not.
    static QString bulgarianProblem(const QString &id);
};

} // namespace hubdesk
