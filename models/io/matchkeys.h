#pragma once

#include <QString>
#include <QStringList>

namespace hubdesk {

// Keys for finding the same organisation or person written differently: in Cyrillic
// or Latin, with or without its legal form, quotes and accents, an id with its
// leading zeros lost, a web address with "www." and a path. Pure functions of text.
class MatchKeys
{
public:
    // The suggested similarity() from which two names are shown as a likely
    // duplicate for the user to confirm (a key that is equal is a duplicate outright).
    static constexpr double likelyDuplicateThreshold = 0.8;

    // An organisation's name as a key: Bulgarian Cyrillic transliterated (the 2009
    // Act), accents folded, case folded, quotes and legal forms (ЕООД, Ltd, S.A., GmbH…)
    // removed, punctuation collapsed: "”Дисиб” ООД", "DISIB Ltd" → "disib".
    // Greek and other scripts are folded but not transliterated.
    static QString normalisedName(const QString &organisationName);
    // A person's name as a key that does not depend on the order of the names or on
    // titles: "Петров, Иван", "Ivan Petrov" and "д-р Иван Петров" → "ivan petrov".
    static QString personName(const QString &fullName);
    static QString personName(const QString &givenName, const QString &familyName);

    // A company id as a key: digits only, without a VAT country prefix. A Bulgarian
    // UIC (ЕИК/БУЛСТАТ) whose leading zeros were lost (a spreadsheet took it for a
    // number) gets them back when the country is BG or unknown and the restored id
    // passes the check digits. Empty for nothing, "0" or all zeros.
    // Compare keys of the same country only: other countries' numbers may coincide.
    static QString companyId(const QString &raw, const QString &country = {});
    // True when \a id (spaces, dots, dashes and a "BG" prefix allowed) is a 9- or
    // 13-digit Bulgarian UIC whose check digits are right.
    static bool isValidEik(const QString &id);

    // An e-mail address as a key: trimmed, lower case, without "mailto:" or "<…>";
    // empty when it is not plausibly one address.
    static QString email(const QString &raw);
    // The domain of a web address, lower case, without scheme, credentials, port,
    // "www." and path; international names in their ASCII (punycode) form, so that
    // "пример.бг" and "xn--e1afmkfd.xn--90ae" give the same key. Empty if none.
    static QString websiteDomain(const QString &raw);

    // How alike two keys are, 0..1: the Dice coefficient of the character bigrams of
    // their words (each word padded with a space at both ends). Symmetric, 1 for equal
    // keys, 0 when either is empty; word order does not matter. Pass keys made by
    // normalisedName() or personName().
    static double similarity(const QString &a, const QString &b);

    // One field naming several organisations, as register rows do ("”А” ООД; ”Б” ЕООД"):
    // split on ";" and on " / " when every side has a legal form (so "Research / Development
    // Ltd" stays whole). Parts are trimmed; one part when there is nothing to split.
    static QStringList splitOrganisations(const QString &field);

    // True when the name holds a legal form as a word (ООД, Ltd, S.R.L., GmbH…).
    static bool hasLegalForm(const QString &organisationName);
};

} // namespace hubdesk
