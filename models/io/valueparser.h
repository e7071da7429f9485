#pragma once

#include "../domain/field.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QVariant>

class QTranslator;

namespace hubdesk {

// Turns the text of a cell of an imported file into the value of a field, the way
// people write values in spreadsheets: enumeration labels in English or Bulgarian or
// the stable key, dates as ISO, dd.mm.yyyy or dd/mm/yyyy (with or without a time),
// amounts with either decimal mark and a currency, yes/no in either language. A
// value it cannot read gets a message saying what was expected; nothing is guessed.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::ValueParser)

public:
    // \a extraLanguages: translators whose labels are accepted too (the Bulgarian one
    // when the window is in English, and so on); the current language always is.
    explicit ValueParser(const QList<const QTranslator *> &extraLanguages = {});

    // The value for \a field from \a text (trimmed first); a null QVariant for an empty
    // cell. On failure returns a null QVariant and sets \a problem.
    QVariant parse(const Field &field, const QString &text, QString *problem) const;

    // Dates in the forms above; an invalid QDate when none fits.
    static QDate parseDate(const QString &text);
    // Amounts to cents: "1 234,50", "1,234.50", "1234.5 EUR", "€ 12"; false when not one.
    static bool parseMoney(const QString &text, qint64 *cents);

private:
    QString enumKey(EnumType type, const QString &text) const;
    QString countryCode(const QString &text) const;

    // Folded label → key, per enumeration; folded country name → code.
    QHash<int, QHash<QString, QString>> m_enumAliases;
    QHash<QString, QString> m_countries;
};

} // namespace hubdesk
