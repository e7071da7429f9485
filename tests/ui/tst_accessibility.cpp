// Accessibility of the window and its dialogs: every control that takes Tab focus has a
// name a screen reader can say, the keyboard reaches every pane and page, every menu item
// has a mnemonic, and the colours follow the palette so a dark theme stays readable.
#include "../../ui/darkpalette.h"
#include "../../ui/dashboardpage.h"
#include "../../ui/detailpane.h"
#include "../../ui/entitypage.h"
#include "../../ui/erasepersondialog.h"
#include "../../ui/exportviewdialog.h"
#include "../../ui/findduplicatesdialog.h"
#include "../../ui/importhistorydialog.h"
#include "../../ui/importwizard.h"
#include "../../ui/mainwindow.h"
#include "../../ui/recordform.h"
#include "../../ui/retentiondialog.h"
#include "../../ui/settingsdialog.h"
#include "../../ui/warningcolour.h"
#include "demo/demodata.h"
#include "tablemodels/entitytablemodel.h"
#include "testsupport.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWizard>

using namespace hubdesk;

namespace {

QString describe(const QWidget *w)
{
    QString text = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        text += QLatin1Char('#') + w->objectName();
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty() || !p->parentWidget()) {
            text += QLatin1String(" in ") + QString::fromLatin1(p->metaObject()->className());
            if (!p->objectName().isEmpty())
                text += QLatin1Char('#') + p->objectName();
            break;
        }
    }
    return text;
}

// The visible widgets of \a top that Tab stops at and a screen reader cannot name.
QStringList unnamed(QWidget *top)
{
    QStringList offenders;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            offenders << describe(w);
    }
    return offenders;
}

// Text drawn in \a text on \a background of \a w's own palette (as set on it or inherited);
// the active colours, as disabled text need not stand out.
double contrastOf(const QWidget *w, QPalette::ColorRole text, QPalette::ColorRole background)
{
    return WarningColour::contrast(w->palette().color(QPalette::Active, text),
                                   w->palette().color(QPalette::Active, background));
}

// Widgets whose text colour reads badly on their own background, and any style sheet.
QStringList unreadable(QWidget *top)
{
    QStringList offenders;
    QList<QWidget *> all = top->findChildren<QWidget *>();
    all.prepend(top);
    for (QWidget *w : std::as_const(all)) {
        if (!w->styleSheet().isEmpty())
            offenders << describe(w) + QLatin1String(": a style sheet");
        if (!w->isVisible())
            continue;
        if (qobject_cast<QLabel *>(w) && contrastOf(w, w->foregroundRole(), QPalette::Window) < 4.5)
            offenders << describe(w) + QStringLiteral(": text on window %1:1")
                                           .arg(contrastOf(w, w->foregroundRole(), QPalette::Window), 0, 'f', 2);
        if (contrastOf(w, QPalette::Text, QPalette::Base) < 4.5)
            offenders << describe(w) + QStringLiteral(": text %1 on base %2")
                                           .arg(w->palette().color(QPalette::Active, QPalette::Text).name(),
                                                w->palette().color(QPalette::Active, QPalette::Base).name());
    }
    return offenders;
}

// One line each, as the message of a failure is cut short.
QByteArray report(const QStringList &offenders)
{
    for (const QString &o : offenders)
        qInfo("%s", qPrintable(o));
    return QByteArray::number(offenders.size()) + " offender(s), listed above";
}

bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return true;
            ++i;
        }
    }
    return false;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPage_namesEveryFocusableControl();
    void recordForm_namesEveryField();
    void dialogs_nameEveryFocusableControl();
    void unnamedControl_isReported();
    void menus_everyItemHasAMnemonic();
    void ctrlF_focusesTheSearchField();
    void ctrlDigit_switchesPages();
    void f6_movesBetweenListAndDetailPane();
    void escape_closesADialog();
    void palettes_keepTextReadable();
    void warningColour_contrastsInLightAndDark();
    void darkPalette_windowHasNoFixedColours();
    void darkPalette_eraseWarningStaysReadable();

private:
    void keyToWindow(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    QPalette m_original;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_original = QApplication::palette();
    const QString file = m_dir.filePath(QStringLiteral("a11y.hubdesk"));
    auto db = test::fileDatabase(file);
    QVERIFY(!DemoData::generate(*db, {}, nullptr));
    m_window = new MainWindow(std::move(db));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanupTestCase()
{
    DarkPalette::setApplicationPalette(m_original);
    delete m_window;
}

void TestAccessibility::keyToWindow(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    QTest::keyClick(target, key, modifiers);
}

void TestAccessibility::everyPage_namesEveryFocusableControl()
{
    QStringList offenders;
    for (int i = 0; i < m_window->pageCount(); ++i) {
        m_window->showPage(i);
        if (EntityPage *page = m_window->currentEntityPage()) {
            QVERIFY(page->model()->waitForIdle());
            // With a record open, so that its form and related lists are checked too.
            if (page->model()->rowCount() > 0)
                page->view()->setCurrentIndex(page->model()->index(0, 0));
        }
        QCoreApplication::processEvents();
        for (const QString &o : unnamed(m_window))
            offenders << m_window->pageTitle(i) + QLatin1String(": ") + o;
    }
    offenders.removeDuplicates();
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
}

void TestAccessibility::recordForm_namesEveryField()
{
    // A new record shows every field of the form (empty), with its label as its name.
    QStringList offenders;
    for (EntityType type : {EntityType::Organisation, EntityType::Person, EntityType::Voucher, EntityType::Session}) {
        m_window->showPage(m_window->pageIndex(type));
        EntityPage *page = m_window->entityPage(type);
        page->newRecord();
        QCoreApplication::processEvents();
        for (const QString &o : unnamed(page->detail()))
            offenders << page->title() + QLatin1String(": ") + o;
        page->detail()->revert();
    }
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
}

void TestAccessibility::dialogs_nameEveryFocusableControl()
{
    Database &db = m_window->database();
    QStringList offenders;
    {
        ImportWizard *wizard = m_window->openImportWizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        for (const QString &o : unnamed(wizard))
            offenders << QLatin1String("import wizard: ") + o;
        wizard->close();
    }
    {
        QUndoStack undo;
        FindDuplicatesDialog dialog(db, EntityType::Organisation, &undo, m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QString &o : unnamed(&dialog))
            offenders << QLatin1String("find duplicates: ") + o;
    }
    {
        ExportViewDialog dialog(EntityType::Organisation, QStringLiteral("Organisations"), 10,
                                {QStringLiteral("name"), QStringLiteral("city")}, m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QString &o : unnamed(&dialog))
            offenders << QLatin1String("export view: ") + o;
    }
    {
        SettingsDialog dialog(db, m_window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QString &o : unnamed(&dialog))
            offenders << QLatin1String("settings: ") + o;
    }
    {
        RetentionDialog *dialog = m_window->openRetentionReview();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const QString &o : unnamed(dialog))
            offenders << QLatin1String("retention review: ") + o;
        dialog->close();
    }
    {
        ImportHistoryDialog *dialog = m_window->openImportHistory();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const QString &o : unnamed(dialog))
            offenders << QLatin1String("imports: ") + o;
        dialog->close();
    }
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
}

void TestAccessibility::unnamedControl_isReported()
{
    // The check itself: a bare line edit has no name, one with a buddy label or a set name has.
    QWidget top;
    auto *bare = new QLineEdit(&top);
    bare->setObjectName(QStringLiteral("bare"));
    auto *labelled = new QLineEdit(&top);
    auto *label = new QLabel(QStringLiteral("&City"), &top);
    label->setBuddy(labelled);
    auto *named = new QLineEdit(&top);
    named->setAccessibleName(QStringLiteral("Postcode"));
    bare->move(0, 0);
    labelled->move(0, 40);
    named->move(0, 80);
    top.show();
    QVERIFY(QTest::qWaitForWindowExposed(&top));
    const QStringList offenders = unnamed(&top);
    QCOMPARE(offenders.size(), 1);
    QVERIFY2(offenders.first().startsWith(QLatin1String("QLineEdit#bare")), qPrintable(offenders.first()));
}

void TestAccessibility::menus_everyItemHasAMnemonic()
{
    QStringList offenders;
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (!hasMnemonic(top->text()))
            offenders << top->text();
        if (top->menu())
            menus << top->menu();
    }
    for (QMenu *menu : std::as_const(menus)) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            if (!hasMnemonic(a->text()))
                offenders << menu->title() + QLatin1String(" → ") + a->text();
        }
    }
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
    QVERIFY(hasMnemonic(QStringLiteral("&File")));
    QVERIFY(!hasMnemonic(QStringLiteral("Fish && chips")));
}

void TestAccessibility::ctrlF_focusesTheSearchField()
{
    m_window->activateWindow();
    for (EntityType type : {EntityType::Organisation, EntityType::Person, EntityType::Event}) {
        m_window->showPage(m_window->pageIndex(type));
        EntityPage *page = m_window->entityPage(type);
        page->view()->setFocus();
        QTRY_VERIFY(page->view()->hasFocus());
        keyToWindow(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY2(page->searchField()->hasFocus(), qPrintable(page->title()));
    }
}

void TestAccessibility::ctrlDigit_switchesPages()
{
    m_window->activateWindow();
    m_window->showPage(0);
    const Qt::Key digits[] = {Qt::Key_2, Qt::Key_3, Qt::Key_1, Qt::Key_9, Qt::Key_0};
    const int pages[] = {1, 2, 0, 8, 9};
    for (int i = 0; i < 5; ++i) {
        keyToWindow(digits[i], Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), pages[i]);
    }
}

void TestAccessibility::f6_movesBetweenListAndDetailPane()
{
    m_window->activateWindow();
    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    EntityPage *page = m_window->currentEntityPage();
    QVERIFY(page->model()->waitForIdle());
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    page->view()->setFocus();
    QTRY_VERIFY(page->view()->hasFocus());
    auto *nav = m_window->findChild<QListWidget *>();
    QVERIFY(nav);

    keyToWindow(Qt::Key_F6);
    QTRY_VERIFY(page->detail()->isAncestorOf(QApplication::focusWidget()));
    keyToWindow(Qt::Key_F6);
    QTRY_VERIFY(nav->hasFocus());
    keyToWindow(Qt::Key_F6);
    QTRY_VERIFY(page->view()->hasFocus());
    // From the search field: the search belongs to the list's pane, so the open record is next.
    page->searchField()->setFocus();
    QTRY_VERIFY(page->searchField()->hasFocus());
    keyToWindow(Qt::Key_F6);
    QTRY_VERIFY(page->detail()->isAncestorOf(QApplication::focusWidget()));
    keyToWindow(Qt::Key_F6);
    QTRY_VERIFY(nav->hasFocus());
    keyToWindow(Qt::Key_F6);
    QTRY_VERIFY(page->view()->hasFocus());
    // Backwards from the list: the page list.
    keyToWindow(Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(nav->hasFocus());
    keyToWindow(Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(page->detail()->isAncestorOf(QApplication::focusWidget()));

    // Pages without a list: the page list and the page.
    m_window->showPage(0);
    nav->setFocus();
    QTRY_VERIFY(nav->hasFocus());
    keyToWindow(Qt::Key_F6);
    QTRY_VERIFY(m_window->dashboard()->isAncestorOf(QApplication::focusWidget()));
    keyToWindow(Qt::Key_F6);
    QTRY_VERIFY(nav->hasFocus());
}

void TestAccessibility::escape_closesADialog()
{
    ExportViewDialog dialog(EntityType::Organisation, QStringLiteral("Organisations"), 10, {QStringLiteral("name")},
                            m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Enter has a button to press.
    bool hasDefault = false;
    for (const QPushButton *b : dialog.findChildren<QPushButton *>())
        hasDefault = hasDefault || (b->isDefault() && b->isVisible());
    QVERIFY(hasDefault);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestAccessibility::palettes_keepTextReadable()
{
    for (const auto &[name, palette] : {std::pair{"dark", DarkPalette::dark()},
                                        std::pair{"contrast", DarkPalette::highContrast()}}) {
        for (const auto &[text, background] :
             {std::pair{QPalette::WindowText, QPalette::Window}, std::pair{QPalette::Text, QPalette::Base},
              std::pair{QPalette::Text, QPalette::AlternateBase}, std::pair{QPalette::ButtonText, QPalette::Button},
              std::pair{QPalette::HighlightedText, QPalette::Highlight}, std::pair{QPalette::PlaceholderText, QPalette::Base},
              std::pair{QPalette::PlaceholderText, QPalette::Window}, std::pair{QPalette::Link, QPalette::Base},
              std::pair{QPalette::ToolTipText, QPalette::ToolTipBase}}) {
            const double ratio = WarningColour::contrast(palette.color(text), palette.color(background));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: role %2 on %3: %4:1")
                                                  .arg(QLatin1String(name)).arg(int(text)).arg(int(background)).arg(ratio)));
        }
    }
    QVERIFY(!DarkPalette::apply("light"));
    QVERIFY(!DarkPalette::apply(QByteArray()));
}

void TestAccessibility::warningColour_contrastsInLightAndDark()
{
    QCOMPARE(qRound(WarningColour::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(WarningColour::contrast(Qt::gray, Qt::gray), 1.0);
    // Light (the style's own), dark, high contrast, and bad cases: a mid-grey window, where
    // no red reads well, and a light window with dark fields.
    QPalette grey;
    grey.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    grey.setColor(QPalette::Base, QColor(0x80, 0x80, 0x80));
    grey.setColor(QPalette::WindowText, Qt::black);
    QPalette mixed = QApplication::style()->standardPalette();
    mixed.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    mixed.setColor(QPalette::WindowText, Qt::black);
    for (const auto &[name, palette] : {std::pair{"light", QApplication::style()->standardPalette()},
                                        std::pair{"dark", DarkPalette::dark()},
                                        std::pair{"contrast", DarkPalette::highContrast()},
                                        std::pair{"grey", grey}}) {
        const QColor warning = WarningColour::forPalette(palette);
        for (QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
            const double ratio = WarningColour::contrast(warning, palette.color(background));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on role %2: %3:1").arg(QLatin1String(name)).arg(int(background)).arg(ratio)));
        }
    }
    // Nothing reads on both black and white fields: at least the window's text colour, readable on the window.
    const QColor fallback = WarningColour::forPalette(mixed);
    QVERIFY(WarningColour::contrast(fallback, mixed.color(QPalette::Window)) >= 4.5);
}

void TestAccessibility::darkPalette_windowHasNoFixedColours()
{
    DarkPalette::setApplicationPalette(DarkPalette::dark());
    QStringList offenders;
    for (int i = 0; i < m_window->pageCount(); ++i) {
        m_window->showPage(i);
        QCoreApplication::processEvents();
        for (const QString &o : unreadable(m_window))
            offenders << m_window->pageTitle(i) + QLatin1String(": ") + o;
    }
    DarkPalette::setApplicationPalette(m_original);
    offenders.removeDuplicates();
    QVERIFY2(offenders.isEmpty(), report(offenders).constData());
}

void TestAccessibility::darkPalette_eraseWarningStaysReadable()
{
    EntityPage *people = m_window->entityPage(EntityType::Person);
    m_window->showPage(m_window->pageIndex(EntityType::Person));
    QVERIFY(people->model()->waitForIdle());
    const qint64 id = people->model()->idAt(0);
    QVERIFY(id > 0);
    // Built in the light palette, then the theme changes while it is open; and built in the dark one.
    ErasePersonDialog light(m_window->database(), {{id, 1}}, m_window);
    light.show();
    QVERIFY(QTest::qWaitForWindowExposed(&light));
    DarkPalette::setApplicationPalette(DarkPalette::dark());
    QCoreApplication::processEvents();
    const QStringList afterSwitch = unreadable(&light);
    ErasePersonDialog dark(m_window->database(), {{id, 1}}, m_window);
    dark.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dark));
    const QStringList built = unreadable(&dark);
    DarkPalette::setApplicationPalette(m_original);
    QVERIFY2(afterSwitch.isEmpty(), report(afterSwitch).constData());
    QVERIFY2(built.isEmpty(), report(built).constData());
    // And readable again in the light palette.
    QCoreApplication::processEvents();
    const QStringList back = unreadable(&light);
    QVERIFY2(back.isEmpty(), report(back).constData());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
