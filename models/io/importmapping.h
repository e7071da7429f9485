#pragma once

#include "../domain/entitytype.h"
#include "../storage/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

class QTranslator;

namespace hubdesk {

// Which column of a file fills which field of the records an import makes, and what
// fields get a fixed value (every row of a register of companies is a "startup", say).
// Saved as JSON, so that a mapping made once is used again for the next file.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::ImportMapping)

public:
    EntityType target = EntityType::Organisation;
    bool hasHeader = true;
    QHash<int, QString> columns;    // column (0-based) → field key
    QHash<QString, QString> fixed;  // field key → text of a value given to every row

    // The fields an import can fill for \a target (its stored fields; workflow fields
    // and links that need a record of their own are left out).
    static QStringList importableFields(EntityType target);

    // Columns whose header is a field's key or its label in English, in the current
    // language or in one of \a extraLanguages (case, accents and spacing ignored); for
    // people, also the header names of the contact exports of Google Contacts, Outlook
    // and Thunderbird.
    static ImportMapping automatic(EntityType target, const QStringList &header,
                                   const QList<const QTranslator *> &extraLanguages = {});

    // "Google Contacts", "Outlook" or "Thunderbird" when \a header is that program's
    // contact export; empty otherwise.
    static QString contactLayout(const QStringList &header);

    // What the mapping lacks or gets wrong against \a columnCount columns: a required
    // field neither mapped nor fixed nor with a default (Entities::defaults), a column mapped twice to one field, a column
    // beyond the file's last, a field the target does not have.
    QStringList problems(int columnCount) const;

    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &json, ImportMapping *mapping);
    static Error load(const QString &path, ImportMapping *mapping);
    Error save(const QString &path) const;
};

} // namespace hubdesk
