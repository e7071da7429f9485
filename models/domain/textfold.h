#pragma once

#include <QString>

namespace hubdesk {

// Folding of text for sorting and matching: case and accents removed, spaces collapsed.
class TextFold
{
public:
    // "  Ångström  ООД " -> "angstrom оод"
    static QString fold(const QString &text);
};

} // namespace hubdesk
