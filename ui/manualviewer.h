#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace hubdesk {

// Help → User manual: the HTML manual installed beside the program, shown in a
// window of its own with Back, Forward, Home, a search in the page and a way out to
// the web browser. Works offline; links to web sites open in the browser.
class ManualViewer : public QWidget
{
    Q_OBJECT
public:
    // Where the manual is looked for, first found wins: installed
    // (bin/../share/hubdesk/manual) and in a build tree (app/../docs/manual).
    static QStringList candidates(const QString &applicationDir);
    // The first candidate that exists, or empty; \a searched gets the places looked at.
    static QString locate(const QString &applicationDir, QStringList *searched = nullptr);
    // A link to a web site, e-mail and the like: for the browser, not for this window.
    static bool isExternal(const QUrl &url);

    explicit ManualViewer(const QString &indexPath, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *findField() const { return m_find; }
    QString documentTitle() const;
    // Follows a link as a click does: a page or anchor of the manual here, anything else
    // in the browser (externalLinkRequested, then QDesktopServices).
    void openLink(const QUrl &url);
    // Finds \a text in the page after the cursor, from the top again at the end.
    bool findText(const QString &text, bool backwards = false);

signals:
    void externalLinkRequested(const QUrl &url);

private:
    void updateTitle();

    QUrl m_home;
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
};

} // namespace hubdesk
