#include "persondataexport.h"

#include "../models/io/persondatajson.h"
#include "../models/reports/pdfreportwriter.h"
#include "../models/reports/persondatareport.h"
#include "../models/storage/database.h"
#include "../models/storage/persondata.h"
#include "../models/storage/settingsrepository.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hubdesk {

namespace {

// A file name from a person's name: no folder separators or characters Windows refuses.
QString fileNameOf(const QString &label, qint64 id)
{
    QString name = label;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    name = name.simplified().left(60);
    return QStringLiteral("%1 (#%2) - personal data").arg(name.isEmpty() ? QStringLiteral("person") : name).arg(id);
}

} // namespace

Error PersonDataExport::write(Database &db, qint64 personId, const QString &path, bool withFiles)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    PersonDataSet data;
    if (Error e = PersonData::collect(db, personId, json && withFiles, &data))
        return e;
    if (json)
        return PersonDataJson::write(data, path);
    return PdfReportWriter::write(PersonDataReport::build(data, SettingsRepository(db).currency()), path);
}

Error PersonDataExport::writeEach(Database &db, const QList<qint64> &people, const QString &folder, QStringList *written)
{
    for (qint64 id : people) {
        PersonDataSet data;
        if (Error e = PersonData::collect(db, id, false, &data))
            return e;
        const QString path = QDir(folder).filePath(fileNameOf(data.label, id) + QStringLiteral(".pdf"));
        if (Error e = PdfReportWriter::write(PersonDataReport::build(data, SettingsRepository(db).currency()), path))
            return e;
        if (written)
            written->append(path);
    }
    return {};
}

QString PersonDataExport::run(Database &db, qint64 personId, QWidget *parent)
{
    PersonDataSet probe;
    if (Error e = PersonData::collect(db, personId, false, &probe)) {
        QMessageBox box(QMessageBox::Warning, tr("Export everything about this person"), e.message, QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export everything about %1").arg(probe.label),
        QDir(folder).filePath(fileNameOf(probe.label, personId) + QStringLiteral(".pdf")),
        tr("PDF to read and print (*.pdf);;JSON for the person or another system (*.json)"), &selected);
    if (path.isEmpty())
        return {};
    bool withFiles = false;
    const PersonDataTable *files = probe.table(QStringLiteral("attachments"));
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && files && !files->rows.isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Export everything about this person"),
                        tr("Put the contents of the %n attached file(s) into the JSON file too (Base64)?", nullptr,
                           int(files->rows.size())),
                        QMessageBox::Yes | QMessageBox::No, parent);
        withFiles = ask.exec() == QMessageBox::Yes;
    }
    if (Error e = write(db, personId, path, withFiles)) {
        QMessageBox box(QMessageBox::Warning, tr("Export everything about this person"), e.message, QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return {};
    }
    return path;
}

} // namespace hubdesk
