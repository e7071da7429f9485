#include "companyid.h"

#include <QCoreApplication>

namespace hubdesk {

namespace {

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

int digit(const QString &s, int i)
{
    return s.at(i).unicode() - '0';
}

// The weighted sum mod 11 with a fallback set of weights when the first gives 10,
// and 0 when the fallback gives 10 too (the rule of the Bulgarian register).
int weightedCheck(const QString &s, int offset, const int *weights, const int *fallback, int count)
{
    int sum = 0;
    for (int i = 0; i < count; ++i)
        sum += digit(s, offset + i) * weights[i];
    int r = sum % 11;
    if (r != 10)
        return r;
    sum = 0;
    for (int i = 0; i < count; ++i)
        sum += digit(s, offset + i) * fallback[i];
    r = sum % 11;
    return r == 10 ? 0 : r;
}

} // namespace

QString CompanyId::normalise(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/'))
            continue;
        out.append(c.toUpper());
    }
    if (out.startsWith(QLatin1String("BG")) && out.size() > 2 && allDigits(out.mid(2)))
        out.remove(0, 2);
    return out;
}

int CompanyId::checkDigit9(const QString &first8)
{
    if (first8.size() != 8 || !allDigits(first8))
        return -1;
    static const int w[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    static const int f[8] = {3, 4, 5, 6, 7, 8, 9, 10};
    return weightedCheck(first8, 0, w, f, 8);
}

int CompanyId::checkDigit13(const QString &first12)
{
    if (first12.size() != 12 || !allDigits(first12))
        return -1;
    static const int w[4] = {2, 7, 3, 5};
    static const int f[4] = {4, 9, 5, 7};
    return weightedCheck(first12, 8, w, f, 4);
}

QString CompanyId::bulgarianProblem(const QString &id)
{
    if (!allDigits(id))
        return QCoreApplication::translate("Rules", "a Bulgarian UIC/EIK has digits only, not “%1”").arg(id);
    if (id.size() != 9 && id.size() != 13) {
        QString msg = QCoreApplication::translate("Rules", "a Bulgarian UIC/EIK has 9 or 13 digits; “%1” has %2")
                          .arg(id)
                          .arg(id.size());
        if (id.size() == 8 || id.size() == 12)
            msg += QCoreApplication::translate("Rules", " (a leading zero may have been lost)");
        return msg;
    }
    const int c9 = checkDigit9(id.left(8));
    if (c9 != digit(id, 8))
        return QCoreApplication::translate("Rules", "“%1” fails the UIC/EIK check: its 9th digit should be %2")
            .arg(id)
            .arg(c9);
    if (id.size() == 13) {
        const int c13 = checkDigit13(id.left(12));
        if (c13 != digit(id, 12))
            return QCoreApplication::translate("Rules", "“%1” fails the UIC/EIK check: its 13th digit should be %2")
                .arg(id)
                .arg(c13);
    }
    return {};
}

} // namespace hubdesk
