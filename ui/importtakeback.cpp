#include "importtakeback.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace hubdesk {

bool ImportTakeBack::confirm(QWidget *parent, const QString &file, qint64 created, qint64 merged)
{
    const QLocale locale;
    const QString question = merged > 0
        ? tr("Take back the import of “%1”: delete the records it created (%2), and give the records it merged rows "
             "into (%3) their values from before?")
              .arg(file, locale.toString(created), locale.toString(merged))
        : tr("Take back the import of “%1”: delete the %Ln record(s) it created?", nullptr, int(created)).arg(file);
    QMessageBox box(QMessageBox::Question, tr("Take the import back"), question, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.setObjectName(QStringLiteral("takeBackQuestion"));
    box.setTextFormat(Qt::PlainText); // the file's name, never markup
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool ImportTakeBack::confirmAnyway(QWidget *parent, const QString &file, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Take the import back anyway?"),
                    tr("The import of “%1” was not taken back: %2").arg(file, reason), QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("takeBackAnyway"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Taking it back anyway deletes those records with the changes made to them "
                              "since. This cannot be undone."));
    QPushButton *anyway = box.addButton(tr("Delete them anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

QString ImportTakeBack::doneText(qint64 created, qint64 merged)
{
    const QLocale locale;
    return merged > 0 ? tr("The import was taken back: the records it created (%1) are deleted, and the records it "
                           "merged rows into (%2) have their values from before.")
                            .arg(locale.toString(created), locale.toString(merged))
                      : tr("The import was taken back: the %Ln record(s) it created are deleted.", nullptr, int(created));
}

} // namespace hubdesk
