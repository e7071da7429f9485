#include "savecopyprompt.h"

#include "../models/storage/database.h"
#include "../models/storage/databasecopy.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace hubdesk {

bool SaveCopyPrompt::run(QWidget *parent, const Database &db)
{
    const QFileInfo open(db.path());
    const QString suggested = QDir(open.absolutePath()).filePath(open.completeBaseName() + tr(" (copy).hubdesk"));
    const QString target = QFileDialog::getSaveFileName(parent, tr("Save a copy of the open database"), suggested,
                                                        tr("HubDesk databases (*.hubdesk)"));
    if (target.isEmpty())
        return false;
    if (const Error e = DatabaseCopy::save(db, target)) {
        QMessageBox box(QMessageBox::Warning, tr("No copy saved"), e.message, QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    QMessageBox box(QMessageBox::Information, tr("Copy saved"),
                    tr("Everything in the open database was saved to “%1”. Open that file (File → Open database…) to go on "
                       "working in it.")
                        .arg(QDir::toNativeSeparators(target)),
                    QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return true;
}

void SaveCopyPrompt::warnFileGone(QWidget *parent, const Database &db, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("The database file is gone"), message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *copy = box.addButton(tr("Save a copy…"), QMessageBox::AcceptRole);
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() == copy)
        run(parent, db);
}

} // namespace hubdesk
