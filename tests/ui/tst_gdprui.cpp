// Personal data in the window, as a user: a person's page shows where their consents
// stand; a consent is withdrawn with one button; "Erase this person…" asks for the name
// typed before it erases; the retention review lists the people without activity and
// erases the selected ones after the same confirmation.
#include "../../ui/consentdialog.h"
#include "../../ui/detailpane.h"
#include "../../ui/entitypage.h"
#include "../../ui/erasepersondialog.h"
#include "../../ui/mainwindow.h"
#include "../../ui/persondataexport.h"
#include "../../ui/recordform.h"
#include "../../ui/relatedlist.h"
#include "../../ui/retentiondialog.h"
#include "storage/consentrepository.h"
#include "storage/database.h"
#include "storage/personerasure.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace hubdesk;

namespace {

qint64 addPerson(Database &db, const QString &first, const QString &last)
{
    auto people = Repositories::create(db, EntityType::Person);
    Record p = test::person(first, last);
    p.setValue(QStringLiteral("email"), first.toLower() + QStringLiteral("@example.org"));
    if (Error e = people->create(p))
        qFatal("%s", qPrintable(e.message));
    return p.id;
}

qint64 addConsent(Database &db, qint64 person, const QString &purpose)
{
    Record c(EntityType::Consent);
    c.setValue(QStringLiteral("person_id"), person);
    c.setValue(QStringLiteral("purpose"), purpose);
    c.setValue(QStringLiteral("given_on"), QDate(2024, 1, 10));
    c.setValue(QStringLiteral("method"), QStringLiteral("Web form"));
    if (Error e = ConsentRepository(db).create(c))
        qFatal("%s", qPrintable(e.message));
    return c.id;
}

QPushButton *destructiveButton(QDialog *dialog)
{
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QDialogButtonBox::DestructiveRole)
                return qobject_cast<QPushButton *>(b);
        }
    }
    return nullptr;
}

} // namespace

class TestGdprUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void personPage_showsConsentStatus_andWithdrawWorks();
    void personPage_addsAndWithdrawsAConsent();
    void erase_wantsTheNameTyped_thenErases();
    void export_writesThePdfAndJson_andNamesABadPath();
    void retentionReview_listsAndErasesTheSelected();
};

void TestGdprUi::personPage_showsConsentStatus_andWithdrawWorks()
{
    auto db = test::memoryDatabase();
    const qint64 ana = addPerson(*db, QStringLiteral("Ana"), QStringLiteral("Petrova"));
    const qint64 consent = addConsent(*db, ana, QStringLiteral("Newsletter"));
    QUndoStack undo;
    DetailPane person(*db, EntityType::Person, &undo);
    QVERIFY(person.showRecord(ana));
    QVERIFY2(person.consentLabel()->text().contains(QStringLiteral("Newsletter")), qPrintable(person.consentLabel()->text()));
    QVERIFY(person.personalDataButton()->isEnabled());

    DetailPane consents(*db, EntityType::Consent, &undo);
    QVERIFY(consents.showRecord(consent));
    QVERIFY(consents.withdrawButton()->isEnabled());
    QTest::mouseClick(consents.withdrawButton(), Qt::LeftButton);
    Record c;
    QVERIFY(!ConsentRepository(*db).get(consent, &c));
    QCOMPARE(c.date(QStringLiteral("withdrawn_on")), QDate::currentDate());
    QVERIFY(!consents.withdrawButton()->isEnabled()); // withdrawn: nothing more to withdraw
    QCOMPARE(undo.count(), 1);                         // and it can be undone like an edit

    person.reload();
    QVERIFY2(person.consentLabel()->text().contains(QStringLiteral("withdrawn")), qPrintable(person.consentLabel()->text()));
}

void TestGdprUi::personPage_addsAndWithdrawsAConsent()
{
    // As a user on the person's page: Consents tab → Add consent… → fill in → Save; then
    // select it → Withdraw today.
    auto db = test::memoryDatabase();
    const qint64 ana = addPerson(*db, QStringLiteral("Ana"), QStringLiteral("Petrova"));
    QUndoStack undo;
    DetailPane pane(*db, EntityType::Person, &undo);
    pane.show();
    QVERIFY(pane.showRecord(ana));
    QVERIFY2(pane.consentLabel()->text().contains(QStringLiteral("none")), qPrintable(pane.consentLabel()->text()));
    RelatedList *list = nullptr;
    for (RelatedList *l : pane.relatedLists()) {
        if (l->relation().child == EntityType::Consent)
            list = l;
    }
    QVERIFY(list && list->addButton() && list->withdrawButton());
    QVERIFY(list->addButton()->isEnabled());
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    ConsentDialog *dialog = pane.consentDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Saving with nothing filled in: the rule's message, nothing stored.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    Record consent = dialog->form()->record();
    QCOMPARE(consent.integer(QStringLiteral("person_id")), ana);
    QCOMPARE(consent.date(QStringLiteral("given_on")), QDate::currentDate());
    consent.setValue(QStringLiteral("purpose"), QStringLiteral("Photos and video at events"));
    consent.setValue(QStringLiteral("method"), QStringLiteral("Signed paper form"));
    dialog->form()->setRecord(consent);
    dialog->accept();
    QTRY_VERIFY(!pane.consentDialog());
    QCOMPARE(list->rowCount(), 1);
    QVERIFY2(pane.consentLabel()->text().contains(QStringLiteral("Photos and video")), qPrintable(pane.consentLabel()->text()));
    QCOMPARE(undo.count(), 1);
    list->view()->setCurrentIndex(list->view()->model()->index(0, 0));
    QVERIFY(list->withdrawButton()->isEnabled());
    QTest::mouseClick(list->withdrawButton(), Qt::LeftButton);
    QVERIFY2(pane.consentLabel()->text().contains(QStringLiteral("withdrawn")), qPrintable(pane.consentLabel()->text()));
    QCOMPARE(ConsentRepository(*db).statusOf(ana).withdrawn, QStringList{QStringLiteral("Photos and video at events")});
    QCOMPARE(undo.count(), 2);
}

void TestGdprUi::erase_wantsTheNameTyped_thenErases()
{
    auto db = test::memoryDatabase();
    const qint64 ana = addPerson(*db, QStringLiteral("Ana"), QStringLiteral("Petrova"));
    QUndoStack undo;
    DetailPane pane(*db, EntityType::Person, &undo);
    pane.show();
    QVERIFY(pane.showRecord(ana));
    const QList<QAction *> actions = pane.personalDataButton()->menu()->actions();
    QAction *erase = nullptr;
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String("erasePerson"))
            erase = a;
    }
    QVERIFY(erase && erase->isEnabled());
    erase->trigger();
    ErasePersonDialog *dialog = pane.erasePersonDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->confirmationText(), QStringLiteral("Ana Petrova"));
    // The dialog names the person and says it cannot be undone.
    QString texts;
    for (QLabel *l : dialog->findChildren<QLabel *>())
        texts += l->text() + QLatin1Char('\n');
    QVERIFY(texts.contains(QStringLiteral("Ana Petrova")));
    QVERIFY(texts.contains(QStringLiteral("cannot be undone")));
    QVERIFY(texts.contains(QStringLiteral("trash")));
    QPushButton *button = destructiveButton(dialog);
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(dialog->confirmationField(), QStringLiteral("Ana Petrov"));
    QVERIFY(!button->isEnabled()); // not quite the name
    QTest::keyClicks(dialog->confirmationField(), QStringLiteral("a"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!pane.erasePersonDialog());
    QVERIFY(PersonErasure::erasedAt(*db, ana).isValid());
    // The page shows the erased record, read-only, and the erase action is off.
    QVERIFY2(pane.consentLabel()->text().contains(QStringLiteral("Erased")), qPrintable(pane.consentLabel()->text()));
    QVERIFY(!erase->isEnabled());
    QCOMPARE(undo.count(), 0);
    QVERIFY(pane.form()->record().text(QStringLiteral("last_name")).startsWith(QStringLiteral("Erased person")));
}

void TestGdprUi::export_writesThePdfAndJson_andNamesABadPath()
{
    QTemporaryDir dir;
    auto db = test::memoryDatabase();
    const qint64 ana = addPerson(*db, QStringLiteral("Ana"), QStringLiteral("Petrova"));
    addConsent(*db, ana, QStringLiteral("Newsletter"));
    const QString pdf = dir.filePath(QStringLiteral("ana.pdf"));
    QVERIFY(!PersonDataExport::write(*db, ana, pdf, false));
    QVERIFY(test::readBytes(pdf).startsWith("%PDF"));
    const QString json = dir.filePath(QStringLiteral("ana.json"));
    QVERIFY(!PersonDataExport::write(*db, ana, json, true));
    QVERIFY(test::readBytes(json).contains("\"Petrova\""));
    const QString bad = dir.filePath(QStringLiteral("missing/ana.pdf"));
    const Error e = PersonDataExport::write(*db, ana, bad, false);
    QCOMPARE(e.code, Error::Code::Io);
    QVERIFY2(e.message.contains(QStringLiteral("missing")), qPrintable(e.message));
    QStringList written;
    QVERIFY(!PersonDataExport::writeEach(*db, {ana}, dir.path(), &written));
    QCOMPARE(written.size(), 1);
    QVERIFY(written.first().contains(QStringLiteral("Ana Petrova")));
}

void TestGdprUi::retentionReview_listsAndErasesTheSelected()
{
    QTemporaryDir dir;
    auto db = test::fileDatabase(dir.filePath(QStringLiteral("r.hubdesk")));
    const qint64 old = addPerson(*db, QStringLiteral("Olga"), QStringLiteral("Oldfield"));
    addPerson(*db, QStringLiteral("Nina"), QStringLiteral("Newman"));
    QVERIFY(!Sql::run(db->connection(), QStringLiteral("UPDATE people SET updated_at = '2019-05-01T10:00:00.000Z' WHERE id = ?"), {old}));
    MainWindow window(std::move(db));
    window.show();
    RetentionDialog *dialog = window.openRetentionReview();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->yearsField()->value(), 3);
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("Olga Oldfield"));
    QVERIFY(dialog->table()->item(0, 3)->text().contains(QStringLiteral("record")));
    // Fewer years do not list someone changed today.
    dialog->yearsField()->setValue(1);
    QCOMPARE(dialog->table()->rowCount(), 1);
    dialog->table()->selectRow(0);
    dialog->eraseSelected();
    ErasePersonDialog *confirm = dialog->eraseDialog();
    QVERIFY(confirm);
    QVERIFY(QTest::qWaitForWindowExposed(confirm));
    QTest::keyClicks(confirm->confirmationField(), QStringLiteral("olga oldfield"));
    QPushButton *button = destructiveButton(confirm);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(dialog->table()->rowCount(), 0);
    QVERIFY(dialog->selected().isEmpty()); // never a selection carried over to other people
    QVERIFY(PersonErasure::erasedAt(window.database(), old).isValid());
    dialog->close();
}

QTEST_MAIN(TestGdprUi)
#include "tst_gdprui.moc"
