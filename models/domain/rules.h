#pragma once

#include "field.h"
#include "problem.h"
#include "record.h"

namespace hubdesk {

// The domain rules, in one place. Each check returns an empty string when the
// value is fine and otherwise a message saying what is wrong with it; validate()
// applies every rule of a record's entity and names the field of each problem.
class Rules
{
public:
    static Problems validate(const Record &record);
    // The problem of one field's value on its own (no cross-field rules).
    static QString checkField(const Field &field, const QVariant &value);

    static QString checkEmail(const QString &email);
    static QString checkUrl(const QString &url);
    static QString checkPhone(const QString &phone);
    static QString checkCountry(const QString &code);
    // \a country decides the scheme: for BG the UIC/EIK check digit is verified.
    static QString checkCompanyId(const QString &id, const QString &country);
    static QString checkDate(const QDate &date);

    // The earliest and latest dates accepted anywhere (catches typos such as 0202).
    static QDate earliestDate();
    static QDate latestDate();
    // The largest amount accepted, in cents.
    static qint64 maximumMoney();
    // The longest value of a one-line field (a name, an e-mail …), in UTF-16 units: what a
    // line edit holds and an Excel cell takes. Long text belongs in a multi-line field.
    static constexpr int maximumLineLength = 32767;
};

} // namespace hubdesk
