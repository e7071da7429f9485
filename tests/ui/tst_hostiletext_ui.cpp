// Hostile names and notes in the window: typed into the form they are saved and shown again
// as they were, and wherever the window shows them (labels, tooltips, message boxes,
// buttons, menus, lists, the trash) they are text, never markup, shortcuts or formats.
#include "../../ui/conflictdialog.h"
#include "../../ui/detailpane.h"
#include "../../ui/entitypage.h"
#include "../../ui/fieldeditor.h"
#include "../../ui/importwizard.h"
#include "../../ui/mainwindow.h"
#include "../../ui/plaindialogs.h"
#include "../../ui/recordform.h"
#include "../../ui/trashpage.h"
#include "domain/plaintext.h"
#include "domain/rules.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "tablemodels/entitytablemodel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace hubdesk;

namespace {

// The name of the brief, made longer than 60 characters so that the list gives it a tooltip.
QString hostileName()
{
    return QStringLiteral("<b>Bold</b> <img src=x> 'quote\" \u202ERTL\u202E 👩‍👩‍👧 مرحبا & R&D %1 %2 — long enough for a tooltip");
}

// What a tooltip or rich label shows: the text of its HTML.
QString shownText(const QString &html)
{
    if (!Qt::mightBeRichText(html))
        return html;
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestHostileTextUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void form_savesAndShowsAgain_everyCharacter_data();
    void form_savesAndShowsAgain_everyCharacter();
    void form_tenMegabyteNote_isSavedWhole();
    void form_overlongName_isRefusedNotCut();
    void window_showsTheName_asTextEverywhere();
    void trash_showsAndConfirmsWithTheName_asText();
    void conflictDialog_buttonsShowValuesAsText();
    void messageBoxesAndProgress_arePlainText();
    void importWizard_titlesArePlainText();
    void plainText_clip_neverSplitsACharacter_data();
    void plainText_clip_neverSplitsACharacter();

private:
    void whenDialogOpens(const std::function<void(QWidget *)> &answer);
    // Fails when \a root shows hostileName() as markup anywhere: a label that could render it as
    // rich text, a tooltip with its tags unescaped, a list whose tooltip would.
    void checkShownAsText(QWidget *root);
    qint64 createThroughTheForm(const QString &name, const QString &notes);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestHostileTextUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("HubDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hostiletext_ui"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

void TestHostileTextUi::init()
{
    QSettings().clear();
    static int n = 0;
    const QString file = m_dir.filePath(QStringLiteral("ui-%1.hubdesk").arg(++n));
    test::fileDatabase(file).reset();
    OpenError error;
    auto db = Database::open(file, &error);
    QVERIFY2(db, qPrintable(error.message));
    db->setActor(QStringLiteral("tester"));
    m_window = new MainWindow(std::move(db));
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestHostileTextUi::cleanup()
{
    if (!m_window)
        return;
    for (int i = 0; i < m_window->pageCount(); ++i) {
        m_window->showPage(i);
        if (EntityPage *page = m_window->currentEntityPage())
            page->detail()->revert();
    }
    m_window->close();
    delete m_window;
    m_window = nullptr;
}

void TestHostileTextUi::whenDialogOpens(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

void TestHostileTextUi::checkShownAsText(QWidget *root)
{
    const QString tag = QStringLiteral("<b>Bold</b>");
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text().contains(tag))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    }
    // A tooltip holding the tags as they are would render them (Qt guesses rich text).
    for (QWidget *w : root->findChildren<QWidget *>())
        QVERIFY2(!w->toolTip().contains(tag), qPrintable(w->toolTip()));
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString tip = model->data(model->index(row, column), Qt::ToolTipRole).toString();
                if (tip.contains(QLatin1String("Bold")))
                    QCOMPARE(shownText(tip).contains(tag), true); // the tags show as typed
            }
        }
    }
}

qint64 TestHostileTextUi::createThroughTheForm(const QString &name, const QString &notes)
{
    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    EntityPage *page = m_window->currentEntityPage();
    if (!page->detail()->startNew())
        return -1;
    RecordForm *form = page->detail()->form();
    auto *line = form->editor(QStringLiteral("name"))->findChild<QLineEdit *>();
    if (!line)
        return -1;
    line->setFocus();
    // The whole text in one key event, as an input method or a paste delivers it.
    QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, name, Qt::NoModifier);
    auto *text = form->editor(QStringLiteral("notes"))->findChild<QPlainTextEdit *>();
    if (!text)
        return -1;
    text->setPlainText(notes);
    if (!page->detail()->save())
        return -1;
    return page->detail()->recordId();
}

void TestHostileTextUi::form_savesAndShowsAgain_everyCharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("brief's name") << hostileName();
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE organisations; --");
    QTest::newRow("quotes and backslashes") << QStringLiteral("O'Brien \"Ltd\" “x” „y“ ‚z‘ C:\\new\\t \\\\");
    QTest::newRow("arg") << QStringLiteral("%1 %2 %L1 %n 100%");
    QTest::newRow("formula") << QStringLiteral("=cmd|' /C calc'!A0");
    QTest::newRow("nul") << QStringLiteral("before") + QChar(u'\0') + QStringLiteral("after");
    QTest::newRow("rtl") << QStringLiteral("שלום \u202Eevil.exe\u202C مرحبا \u200F");
    QTest::newRow("emoji") << QStringLiteral("👩‍👩‍👧 👍🏽 🏳️‍🌈 𝕳𝖚𝖇 🇧🇬");
}

void TestHostileTextUi::form_savesAndShowsAgain_everyCharacter()
{
    QFETCH(QString, text);
    const QString notes = text + QStringLiteral("\nsecond line ") + text;
    const qint64 id = createThroughTheForm(text, notes);
    QVERIFY(id > 0);
    const QSqlDatabase c = m_window->database().connection();
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT name FROM organisations WHERE id = ?"), {id}).toString(), text);
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT notes FROM organisations WHERE id = ?"), {id}).toString(), notes);
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'organisations'")).toInt(), 1);

    // Shown again from the file: the editors hold it as it was.
    DetailPane *pane = m_window->currentEntityPage()->detail();
    QVERIFY(pane->startNew());
    pane->revert();
    QVERIFY(pane->showRecord(id));
    QCOMPARE(pane->form()->editor(QStringLiteral("name"))->value().toString(), text);
    QCOMPARE(pane->form()->editor(QStringLiteral("notes"))->value().toString(), notes);
    QVERIFY(!pane->form()->isModified());
}

void TestHostileTextUi::form_tenMegabyteNote_isSavedWhole()
{
    QString notes;
    const QString piece = QStringLiteral("A long note 👩‍👩‍👧 مرحبا <b>x</b>\n");
    while (notes.size() < 10 * 1024 * 1024)
        notes += piece;
    const qint64 id = createThroughTheForm(QStringLiteral("Long Notes Ltd"), notes);
    QVERIFY(id > 0);
    QVERIFY(Sql::scalar(m_window->database().connection(), QStringLiteral("SELECT notes FROM organisations WHERE id = ?"), {id})
                .toString()
            == notes);
    DetailPane *pane = m_window->currentEntityPage()->detail();
    QVERIFY(pane->showRecord(id));
    QVERIFY(pane->form()->editor(QStringLiteral("notes"))->value().toString() == notes);
}

// A line edit cuts its text at its maximum length without a word; a name longer than a
// one-line field holds is refused with the rule's message instead.
void TestHostileTextUi::form_overlongName_isRefusedNotCut()
{
    auto repo = Repositories::create(m_window->database(), EntityType::Organisation);
    Record r = test::organisation(QString(Rules::maximumLineLength + 10, u'x'));
    const Error refused = repo->create(r);
    QVERIFY(refused);
    QVERIFY2(refused.message.contains(QLocale().toString(Rules::maximumLineLength)), qPrintable(refused.message));

    m_window->showPage(m_window->pageIndex(EntityType::Organisation));
    EntityPage *page = m_window->currentEntityPage();
    QVERIFY(page->detail()->startNew());
    auto *line = page->detail()->form()->editor(QStringLiteral("name"))->findChild<QLineEdit *>();
    QVERIFY(line);
    line->setFocus();
    QTest::sendKeyEvent(QTest::Click, line, Qt::Key_unknown, QString(Rules::maximumLineLength + 10, u'y'), Qt::NoModifier);
    QVERIFY(!page->detail()->save());
    const QString message = page->detail()->form()->messageOf(QStringLiteral("name"));
    QVERIFY2(message.contains(QLocale().toString(Rules::maximumLineLength)), qPrintable(message));
    QCOMPARE(Sql::scalar(m_window->database().connection(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 0);
    page->detail()->revert();
}

void TestHostileTextUi::window_showsTheName_asTextEverywhere()
{
    const QString name = hostileName();
    const qint64 id = createThroughTheForm(name, name);
    QVERIFY(id > 0);
    EntityPage *page = m_window->currentEntityPage();
    page->model()->waitForIdle();
    QVERIFY(page->detail()->showRecord(id));
    checkShownAsText(m_window);
    QVERIFY(!QTest::currentTestFailed());

    // The title above the form: the name as typed, as plain text.
    bool titled = false;
    for (QLabel *label : page->detail()->findChildren<QLabel *>()) {
        if (label->text() == name) {
            titled = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QVERIFY(titled);

    // The list's tooltip for the long name shows the tags as typed.
    EntityTableModel *model = page->model();
    QTRY_VERIFY(model->data(model->index(0, 1)).isValid()); // the row is read in the loader thread
    int nameColumn = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->data(model->index(0, c)).toString() == name)
            nameColumn = c;
    }
    QVERIFY(nameColumn >= 0);
    const QString tip = model->data(model->index(0, nameColumn), Qt::ToolTipRole).toString();
    QVERIFY(!tip.isEmpty());
    QCOMPARE(shownText(tip), name);

    // The Edit menu names the record: '&' shows as itself, not as a shortcut.
    QAction *undo = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (a->text().startsWith(QLatin1String("&Undo")))
                undo = a;
        }
    }
    QVERIFY(undo);
    QVERIFY2(undo->text().contains(QLatin1String("&& R&&D")), qPrintable(undo->text()));
}

void TestHostileTextUi::trash_showsAndConfirmsWithTheName_asText()
{
    const QString name = hostileName();
    const qint64 id = createThroughTheForm(name, QString());
    QVERIFY(id > 0);
    QVERIFY(!Repositories::create(m_window->database(), EntityType::Organisation)->trash(id));
    m_window->showPage(m_window->pageCount() - 1);
    TrashPage *trash = m_window->trashPage();
    trash->reload();
    QCOMPARE(trash->itemCount(), 1);
    checkShownAsText(trash);
    QVERIFY(!QTest::currentTestFailed());
    bool listed = false;
    for (int c = 0; c < trash->table()->columnCount(); ++c)
        listed = listed || (trash->table()->item(0, c) && trash->table()->item(0, c)->text().contains(name));
    QVERIFY(listed);

    trash->table()->selectRow(0);
    Qt::TextFormat format = Qt::AutoText;
    QString text;
    whenDialogOpens([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        format = box->textFormat();
        text = box->text();
        box->reject();
    });
    trash->purgeSelected(true);
    QCOMPARE(format, Qt::PlainText);
    QVERIFY2(text.contains(name), qPrintable(text));
    QCOMPARE(trash->itemCount(), 1); // cancelled
}

void TestHostileTextUi::conflictDialog_buttonsShowValuesAsText()
{
    Database &db = m_window->database();
    Record base = test::organisation(QStringLiteral("R&D Lab"));
    QVERIFY(!Repositories::create(db, EntityType::Organisation)->create(base));
    Record mine = base;
    mine.setValue(QStringLiteral("name"), QStringLiteral("R&D <b>Lab</b> & Co"));
    QString longNote;
    while (longNote.size() < 100000)
        longNote += QStringLiteral("👩‍👩‍👧 note ");
    mine.setValue(QStringLiteral("notes"), longNote);
    Record stored = base;
    stored.setValue(QStringLiteral("name"), QStringLiteral("&Stored"));
    stored.version = base.version + 1;
    ConflictDialog dialog(db, base, mine, stored);
    bool sawMine = false;
    bool sawStored = false;
    for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>()) {
        sawMine = sawMine || b->text() == QLatin1String("R&&D <b>Lab</b> && Co");
        sawStored = sawStored || b->text() == QLatin1String("&&Stored");
        QVERIFY2(b->text().size() < 1000, "a long value is shown in part");
        if (b->text().size() > 1 && b->text().at(b->text().size() - 1) == u'…')
            QVERIFY(!b->text().at(b->text().size() - 2).isHighSurrogate());
    }
    QVERIFY(sawMine);
    QVERIFY(sawStored);
    // The choice keeps the whole value, not the part shown.
    dialog.chooseMine(QStringLiteral("notes"), true);
    QVERIFY(dialog.merged().text(QStringLiteral("notes")) == longNote);
}

void TestHostileTextUi::messageBoxesAndProgress_arePlainText()
{
    Qt::TextFormat format = Qt::AutoText;
    QString text;
    whenDialogOpens([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        format = box->textFormat();
        text = box->text();
        box->accept();
    });
    PlainDialogs::warning(m_window, QStringLiteral("Title"), hostileName());
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(text, hostileName());

    QProgressDialog progress(QStringLiteral("<b>x</b>.csv"), QString(), 0, 0, m_window);
    PlainDialogs::usePlainLabel(&progress);
    progress.setLabelText(QStringLiteral("Writing <b>x</b>.csv…"));
    auto *label = progress.findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), QStringLiteral("Writing <b>x</b>.csv…"));
}

void TestHostileTextUi::importWizard_titlesArePlainText()
{
    ImportWizard wizard(m_window->database(), EntityType::Organisation, m_window);
    QCOMPARE(wizard.titleFormat(), Qt::PlainText);
    QCOMPARE(wizard.subTitleFormat(), Qt::PlainText);
}

void TestHostileTextUi::plainText_clip_neverSplitsACharacter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QStringLiteral("abcdef") << 3 << QStringLiteral("abc");
    QTest::newRow("short") << QStringLiteral("abc") << 10 << QStringLiteral("abc");
    QTest::newRow("surrogate pair") << QStringLiteral("ab😀") << 3 << QStringLiteral("ab");
    QTest::newRow("zwj family") << QStringLiteral("a👩‍👩‍👧b") << 5 << QStringLiteral("a");
    QTest::newRow("skin tone") << QStringLiteral("x👍🏽") << 4 << QStringLiteral("x");
    QTest::newRow("flag") << QStringLiteral("🇧🇬🇬🇷") << 6 << QStringLiteral("🇧🇬");
    QTest::newRow("combining") << QStringLiteral("e\u0301e\u0301") << 3 << QStringLiteral("e\u0301");
    QTest::newRow("rtl") << QStringLiteral("مرحبا") << 2 << QStringLiteral("مر");
    QTest::newRow("one long cluster") << QStringLiteral("a") + QString(10, QChar(0x0301)) << 4
                                      << QStringLiteral("a") + QString(3, QChar(0x0301));
    QTest::newRow("zero") << QStringLiteral("abc") << 0 << QString();
}

void TestHostileTextUi::plainText_clip_neverSplitsACharacter()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::clip(text, limit), expected);
    const QString elided = PlainText::elide(text, limit);
    QVERIFY(elided == text || elided == expected + QStringLiteral("…"));
    // And a tooltip made of any text reads back as that text.
    QCOMPARE(shownText(PlainText::toolTip(text)), text);
}

QTEST_MAIN(TestHostileTextUi)
#include "tst_hostiletext_ui.moc"
