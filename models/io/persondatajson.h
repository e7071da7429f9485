#pragma once

#include "../storage/error.h"
#include "../storage/persondata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hubdesk {

// Writes everything held about a person (PersonDataSet) as one UTF-8 JSON file: a
// header naming the person, the file's date and who made it, then every table by its
// name, each row an object of its columns. The audit lines' changes are JSON objects;
// files (when included) are Base64.
class PersonDataJson
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::PersonDataJson)

public:
    static QByteArray toJson(const PersonDataSet &data);
    // Writes \a path atomically (a temporary file renamed at the end); the message of a
    // failure names the path.
    static Error write(const PersonDataSet &data, const QString &path);
};

} // namespace hubdesk
