#pragma once

class QProgressDialog;
class QString;
class QWidget;

namespace hubdesk {

// Message boxes and progress dialogs that show their text as plain text. Qt's static
// QMessageBox functions and QProgressDialog's label guess rich text from the text, so a
// file or record named "<b>x</b>" or "<img src=…>" would be rendered as HTML.
class PlainDialogs
{
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Gives \a progress a label that shows whatever it is set to as plain text.
    static void usePlainLabel(QProgressDialog *progress);
};

} // namespace hubdesk
