#pragma once

#include "record.h"

#include <QString>
#include <QStringList>

namespace hubdesk {

// What the search index holds for a record, and the spellings a typed word is looked
// for in: text folded (case, accents) plus the Latin spelling of words in Cyrillic or
// Greek, so that "sofia" finds "София" and "медиа" finds "Media Lab".
class SearchText
{
public:
    // Whether records of this kind have a search index (a search_text column and a <table>_fts table).
    static bool isIndexed(EntityType type);
    // Whether a field's value is part of the search text (text-like fields, tags).
    static bool includes(const Field &field);
    // The searchable values of a record, in the order of its description (tags joined by spaces).
    static QStringList valuesOf(const Record &record);
    // The indexed text of \a values: folded, then the Latin spelling of each word that has
    // another one (only those words: a typed word never spans a space, so this finds the same
    // records as repeating the whole text, at a fraction of the index size).
    static QString compose(const QStringList &values);
    // compose(valuesOf(record) + borrowed): \a borrowed is text the record is known by but does
    // not hold itself (a startup is known by its organisation's name).
    static QString of(const Record &record, const QStringList &borrowed = {});

    // The words of a search query, folded. Control characters separate words, invisible
    // format characters (soft hyphens, zero-width spaces) are dropped, as in compose().
    static QStringList queryWords(const QString &query);
    // A folded word and, when different, its Latin spelling.
    static QStringList spellings(const QString &foldedWord);
    // Length in characters (code points), which is what the trigram tokenizer counts.
    static int characters(const QString &text);
};

} // namespace hubdesk
