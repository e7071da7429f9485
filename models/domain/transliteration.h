#pragma once

#include <QString>

namespace hubdesk {

// Cyrillic and Greek to Latin, so that a name typed in one script can be found and
// matched in the other. Bulgarian follows the official Streamlined System (the
// Transliteration Act of 2009: щ → sht, ъ → a, ю → yu, -ия at the end of a word → ia);
// Greek follows ELOT 743 in its simple form.
class Transliteration
{
public:
    static QString toLatin(const QString &text);
};

} // namespace hubdesk
