#include "manualviewer.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace hubdesk {

QStringList ManualViewer::candidates(const QString &applicationDir)
{
    const QDir dir(applicationDir);
    // Installed: bin/hubdesk beside share/hubdesk/manual (Linux /usr and a Windows install
    // folder alike); then a build tree, where the program is build/app/hubdesk.
    return {QDir::cleanPath(dir.filePath(QStringLiteral("../share/hubdesk/manual/index.html"))),
            QDir::cleanPath(dir.filePath(QStringLiteral("../docs/manual/index.html")))};
}

QString ManualViewer::locate(const QString &applicationDir, QStringList *searched)
{
    const QStringList places = candidates(applicationDir);
    if (searched)
        *searched = places;
    for (const QString &path : places) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

bool ManualViewer::isExternal(const QUrl &url)
{
    return !url.isRelative() && !url.isLocalFile();
}

ManualViewer::ManualViewer(const QString &indexPath, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_home(QUrl::fromLocalFile(QFileInfo(indexPath).absoluteFilePath()))
{
    setObjectName(QStringLiteral("manualViewer"));
    resize(900, 760);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false); // every link goes through openLink()
    m_browser->setAccessibleName(tr("User manual"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ManualViewer::openLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualViewer::updateTitle);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *back = bar->addAction(tr("&Back"), m_browser, &QTextBrowser::backward);
    back->setShortcuts(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *forward = bar->addAction(tr("&Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcuts(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction *home = bar->addAction(tr("&Contents"), m_browser, &QTextBrowser::home);
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    bar->addSeparator();
    QAction *inBrowser = bar->addAction(tr("Open in web &browser"), this, [this] {
        QDesktopServices::openUrl(m_browser->source().isEmpty() ? m_home : m_browser->source());
    });
    inBrowser->setToolTip(tr("Show this page in your web browser, to print it or read it there"));

    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find in page (Ctrl+F, Enter for the next)"));
    m_find->setAccessibleName(tr("Find in page"));
    m_find->setClearButtonEnabled(true);
    m_findStatus = new QLabel(this);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findText(m_find->text()); });
    connect(m_find, &QLineEdit::textEdited, this, [this](const QString &text) {
        // As you type: from the top of the page, so that the first match shows.
        m_browser->moveCursor(QTextCursor::Start);
        findText(text);
    });
    auto *findAction = new QAction(this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);
    auto *findNext = new QAction(this);
    findNext->setShortcuts(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] { findText(m_find->text()); });
    addAction(findNext);
    auto *findPrevious = new QAction(this);
    findPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this] { findText(m_find->text(), true); });
    addAction(findPrevious);
    auto *close = new QAction(this);
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(m_browser, 1);
    layout->addLayout(findRow);

    m_browser->setSource(m_home);
    m_browser->setFocus();
}

QString ManualViewer::documentTitle() const
{
    return m_browser->documentTitle();
}

void ManualViewer::openLink(const QUrl &url)
{
    const QUrl target = m_browser->source().resolved(url);
    if (isExternal(target)) {
        emit externalLinkRequested(target);
        QDesktopServices::openUrl(target);
        return;
    }
    // A page of the manual, or an anchor in this one (QTextBrowser scrolls there and keeps
    // the step in its history).
    m_browser->setSource(target);
}

bool ManualViewer::findText(const QString &text, bool backwards)
{
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around once.
        m_browser->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void ManualViewer::updateTitle()
{
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("User manual — HubDesk") : tr("%1 — HubDesk").arg(title));
}

} // namespace hubdesk
