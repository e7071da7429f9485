#include "plaindialogs.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>

namespace hubdesk {

namespace {

void show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace

void PlainDialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Warning, parent, title, text);
}

void PlainDialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    show(QMessageBox::Information, parent, title, text);
}

void PlainDialogs::usePlainLabel(QProgressDialog *progress)
{
    const QString text = progress->labelText();
    auto *label = new QLabel(progress);
    label->setTextFormat(Qt::PlainText);
    progress->setLabel(label); // takes the label; the old one is deleted
    progress->setLabelText(text);
}

} // namespace hubdesk
