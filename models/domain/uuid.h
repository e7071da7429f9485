#pragma once

#include <QString>

namespace hubdesk {

// Record identities that stay unique across databases (for merging event laptops).
class Uuid
{
public:
    // A version 7 UUID: time-ordered, so new rows land at the end of the uuid index
    // instead of at random places in it (much faster bulk inserts than version 4).
    static QString create();
    static bool isValid(const QString &text);
};

} // namespace hubdesk
