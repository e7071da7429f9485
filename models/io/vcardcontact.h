#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hubdesk {

// One e-mail address, telephone number or web address of a vCard, with its types
// ("work", "cell"…, lower case, without "pref") and the label a group gave it
// (Apple and Google write "item1.EMAIL" with "item1.X-ABLabel:Office").
struct VCardValue
{
    QString value;
    QStringList types;
    QString label;
    bool preferred = false;
};

// A postal address (ADR), component by component as RFC 6350 orders them.
struct VCardAddress
{
    QString poBox;
    QString extended;
    QString street;
    QString locality;
    QString region;
    QString postalCode;
    QString country;
    QStringList types;
    QString label;
    bool preferred = false;
};

// A contact read from a vCard: the fields HubDesk can import, as plain text already
// decoded and unescaped. Fields the card did not have are empty.
struct VCardContact
{
    qint64 line = 0; // the line of BEGIN:VCARD, 1-based
    QString version; // "2.1", "3.0" or "4.0" as written
    QString uid;
    QString formattedName; // FN
    QString familyName; // N, by component
    QString givenName;
    QString additionalNames;
    QString prefixes;
    QString suffixes;
    QString organisation; // ORG, first component
    QString department; // ORG, the further units joined with ", "
    QString title;
    QString role;
    QList<VCardValue> emails; // the preferred first, otherwise in file order
    QList<VCardValue> phones; // the preferred first, otherwise in file order
    QList<VCardAddress> addresses;
    QStringList urls;
    QString note;
    QDate birthday; // invalid when absent, unparseable or without a year
    QString birthdayText; // BDAY as written, so that "--0312" (no year) is not lost
    QStringList categories;
    bool hasPhoto = false; // a PHOTO was there; its data is skipped, never kept
};

// Something wrong in a vCard file, and where: the line (1-based) it was found on.
struct VCardProblem
{
    qint64 line = 0;
    QString message;
};

} // namespace hubdesk
