#pragma once

#include "../models/storage/error.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace hubdesk {

class Database;

// "Export everything about this person…": asks where (PDF to read, JSON to hand over),
// gathers everything held about the person and writes it.
class PersonDataExport
{
    Q_DECLARE_TR_FUNCTIONS(hubdesk::PersonDataExport)

public:
    // Asks for the file (the name of a PDF or JSON file) and writes it; says how it went.
    // Returns the path written, empty when cancelled or failed.
    static QString run(Database &db, qint64 personId, QWidget *parent);
    // Writes \a path: JSON when it ends in .json (with the attached files when
    // \a withFiles), else a PDF.
    static Error write(Database &db, qint64 personId, const QString &path, bool withFiles);
    // Writes one PDF per person into \a folder; the paths written in \a written.
    static Error writeEach(Database &db, const QList<qint64> &people, const QString &folder, QStringList *written);
};

} // namespace hubdesk
