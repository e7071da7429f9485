// The backups of the window, driven as a user drives them: File → Back up now… through
// the file dialog, File → Restore from backup… with its preview, the automatic backups
// on opening, around merges and on closing after changes, a failure shown, and the
// settings of how many to keep.
#include "../../ui/backupactions.h"
#include "../../ui/entitypage.h"
#include "../../ui/findduplicatesdialog.h"
#include "../../ui/mainwindow.h"
#include "../../ui/restoredialog.h"
#include "../../ui/settingsdialog.h"
#include "domain/entityinfo.h"
#include "storage/backupstore.h"
#include "storage/migrations.h"
#include "storage/backupwriter.h"
#include "storage/repositories.h"
#include "storage/repository.h"
#include "storage/sql.h"
#include "tablemodels/entitytablemodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace hubdesk;

class TestBackupUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backUpNow_throughTheFileDialog_writesACheckedCopy();
    void restore_previewShowsBothSides_thenRestoresAndReloads();
    void restore_badFile_isRefusedInThePreview();
    void openBackup_onlyWhenTheLastIsOlderThanADay();
    void closeBackup_onlyWhenTheFileChanged();
    void merge_isBackedUpBeforeTheFirstAndAfterTheLast();
    void automaticBackupFailure_isShown();
    void settings_keepAndFolder();

private:
    void whenDialogOpens(const std::function<void(QWidget *)> &answer);
    QAction *action(const QString &text) const;
    void addOrganisation(const QString &name);
    qint64 shownStakeholders() const;
    BackupStore store() const { return BackupStore(m_path); }

    QTemporaryDir m_dir;
    QString m_path;
    int m_number = 0;
    MainWindow *m_window = nullptr;
};

void TestBackupUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestBackupUi::init()
{
    m_path = m_dir.filePath(QStringLiteral("window%1.hubdesk").arg(++m_number));
    auto db = test::fileDatabase(m_path);
    m_window = new MainWindow(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    addOrganisation(QStringLiteral("First Ltd"));
    addOrganisation(QStringLiteral("Second Ltd"));
}

void TestBackupUi::cleanup()
{
    if (m_window) {
        m_window->backups()->waitUntilIdle();
        delete m_window;
    }
    m_window = nullptr;
    QDir(BackupStore::defaultFolder(m_path)).removeRecursively();
}

void TestBackupUi::whenDialogOpens(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        QWidget *w = QApplication::activeModalWidget();
        if (!w || !w->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(w);
    });
    timer->start();
}

QAction *TestBackupUi::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

void TestBackupUi::addOrganisation(const QString &name)
{
    Record r = test::organisation(name);
    const Error e = Repositories::create(m_window->database(), EntityType::Organisation)->create(r);
    QVERIFY2(!e, qPrintable(e.message));
}

qint64 TestBackupUi::shownStakeholders() const
{
    return m_window->entityPage(EntityType::Organisation)->model()->totalCount();
}

void TestBackupUi::backUpNow_throughTheFileDialog_writesACheckedCopy()
{
    QAction *backUp = action(tr("&Back up now…"));
    QVERIFY(backUp);
    QVERIFY(backUp->isEnabled());
    const QString target = m_dir.filePath(QStringLiteral("by hand.hubdesk"));
    QString suggested;
    whenDialogOpens([&](QWidget *w) {
        auto *files = qobject_cast<QFileDialog *>(w);
        QVERIFY(files);
        suggested = files->selectedFiles().value(0);
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(target);
        static_cast<QDialog *>(files)->accept();
    });
    backUp->trigger();
    QVERIFY(QFileInfo::exists(target));
    // A timestamped name after the file's, suggested.
    QVERIFY2(QFileInfo(suggested).fileName().startsWith(QFileInfo(m_path).completeBaseName() + QLatin1Char(' ')), qPrintable(suggested));
    QVERIFY(BackupWriter::verify(target).isEmpty());
    OpenError error;
    Database::Options options;
    options.readOnly = true;
    auto copy = Database::open(target, options, &error);
    QVERIFY(copy);
    QCOMPARE(Sql::scalar(copy->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 2);
}

void TestBackupUi::restore_previewShowsBothSides_thenRestoresAndReloads()
{
    // An automatic backup with two stakeholders, then a third one added.
    QVERIFY(m_window->backups()->backUpAndWait(BackupStore::Open));
    addOrganisation(QStringLiteral("Third Ltd"));
    m_window->entityPage(EntityType::Organisation)->reload();
    QTRY_COMPARE(shownStakeholders(), 3);

    QAction *restore = action(tr("Restore from bac&kup…"));
    QVERIFY(restore);
    restore->trigger();
    auto *dialog = m_window->findChild<RestoreDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->backupList()->topLevelItemCount(), 1);
    QVERIFY(!dialog->restoreButton()->isEnabled());
    QSignalSpy ready(dialog, &RestoreDialog::previewReady);
    dialog->backupList()->setCurrentItem(dialog->backupList()->topLevelItem(0));
    QVERIFY(ready.wait(10000));
    QVERIFY2(dialog->preview().isUsable(), qPrintable(dialog->preview().problem));
    // Stakeholders are the row after the date, version and size: backup 2, current 3.
    QTableWidget *table = dialog->previewTable();
    QCOMPARE(table->verticalHeaderItem(3)->text(), Entities::info(EntityType::Organisation).pluralLabel());
    QCOMPARE(table->item(3, 0)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(3, 1)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(1, 0)->text(), QString::number(Migrations::latest()));
    QVERIFY(dialog->restoreButton()->isEnabled());

    QSignalSpy restored(m_window->backups(), &BackupActions::restored);
    dialog->restoreButton()->click();
    QTRY_COMPARE(restored.count(), 1);
    QTRY_VERIFY(!m_window->findChild<RestoreDialog *>() || !m_window->findChild<RestoreDialog *>()->isVisible());
    // The window shows the restored data; the content before is kept.
    QTRY_COMPARE(shownStakeholders(), 2);
    const QList<BackupStore::Entry> entries = store().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.constFirst().reason, BackupStore::BeforeRestore);
    Database::Options options;
    options.readOnly = true;
    OpenError error;
    auto before = Database::open(entries.constFirst().path, options, &error);
    QVERIFY(before);
    QCOMPARE(Sql::scalar(before->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 3);
    // The file goes on being written.
    addOrganisation(QStringLiteral("After the restore Ltd"));
}

void TestBackupUi::restore_badFile_isRefusedInThePreview()
{
    const QString bad = m_dir.filePath(QStringLiteral("not a backup.hubdesk"));
    test::writeBytes(bad, "Name,City\nAlpha,Sofia\n");
    const QByteArray before = test::readBytes(m_path);
    RestoreDialog *dialog = m_window->backups()->openRestoreDialog();
    QSignalSpy ready(dialog, &RestoreDialog::previewReady);
    dialog->selectBackup(bad);
    QVERIFY(ready.wait(10000));
    QVERIFY(!dialog->preview().isUsable());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("text file")), qPrintable(dialog->problemText()));
    QVERIFY(!dialog->restoreButton()->isEnabled());
    dialog->restoreButton()->click();
    dialog->reject();
    QCOMPARE(test::readBytes(m_path), before);
    QCOMPARE(store().entries().size(), 0);
}

void TestBackupUi::openBackup_onlyWhenTheLastIsOlderThanADay()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSignalSpy finished(m_window->backups(), &BackupActions::automaticBackupFinished);
    m_window->backups()->startOpenBackup(now);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(1).toString().isEmpty(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(store().entries().size(), 1);
    QCOMPARE(store().entries().constFirst().reason, BackupStore::Open);
    m_window->backups()->startOpenBackup(now.addSecs(3600));
    m_window->backups()->waitUntilIdle();
    QCOMPARE(store().entries().size(), 1);
    m_window->backups()->startOpenBackup(now.addDays(2));
    m_window->backups()->waitUntilIdle();
    QCOMPARE(store().entries().size(), 2);
}

void TestBackupUi::closeBackup_onlyWhenTheFileChanged()
{
    // Changed since the window opened (init added two stakeholders): backed up on closing.
    m_window->close();
    QCOMPARE(store().entries().size(), 1);
    QCOMPARE(store().entries().constFirst().reason, BackupStore::Close);
    m_window = nullptr; // deleted on close

    // Opened again and closed without a change: none.
    OpenError error;
    auto db = Database::open(m_path, &error);
    QVERIFY(db);
    m_window = new MainWindow(std::move(db));
    m_window->show();
    m_window->close();
    m_window = nullptr;
    QCOMPARE(store().entries().size(), 1);
}

void TestBackupUi::merge_isBackedUpBeforeTheFirstAndAfterTheLast()
{
    for (const QString &name : {QStringLiteral("DISIB Ltd"), QStringLiteral("Disib Ltd.")}) {
        Record r = test::organisation(name);
        r.setValue(QStringLiteral("company_id"), QStringLiteral("175074752"));
        QVERIFY(!Repositories::create(m_window->database(), EntityType::Organisation)->create(r));
    }
    bool merged = false;
    QString error;
    whenDialogOpens([&](QWidget *w) {
        auto *dialog = qobject_cast<FindDuplicatesDialog *>(w);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSearching(), 30000);
        QCOMPARE(dialog->pairCount(), 1);
        dialog->selectPair(0);
        // Before the merge is written, the backup of the file as it was.
        QCOMPARE(store().entries().size(), 0);
        merged = dialog->mergeSelected(false, &error);
        QCOMPARE(store().entries().size(), 1);
        dialog->accept();
    });
    action(tr("Find &duplicates…"))->trigger();
    QVERIFY2(merged, qPrintable(error));
    m_window->backups()->waitUntilIdle();
    const QList<BackupStore::Entry> entries = store().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).reason, BackupStore::AfterMerge);
    QCOMPARE(entries.at(1).reason, BackupStore::BeforeMerge);
    const auto live = [](const QString &file) {
        Database::Options options;
        options.readOnly = true;
        OpenError e;
        auto db = Database::open(file, options, &e);
        return db ? Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE deleted_at IS NULL")).toInt() : -1;
    };
    QCOMPARE(live(entries.at(1).path), 4);
    QCOMPARE(live(entries.at(0).path), 3);
}

void TestBackupUi::automaticBackupFailure_isShown()
{
    // The backup folder's place is taken by a file: every automatic backup fails.
    const QString folder = BackupStore::defaultFolder(m_path);
    QDir().mkpath(QFileInfo(folder).absolutePath());
    test::writeBytes(folder, "in the way");
    QSignalSpy finished(m_window->backups(), &BackupActions::automaticBackupFinished);
    m_window->backups()->start(BackupStore::AfterMerge);
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
    QVERIFY(m_window->backups()->lastFailure().contains(QDir::toNativeSeparators(folder)));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("backupFailure"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(BackupStore::reasonText(BackupStore::AfterMerge)), qPrintable(box->text()));
    box->close();
    QFile::remove(folder);
}

void TestBackupUi::settings_keepAndFolder()
{
    BackupStore::setKeepSetting(10);
    bool seen = false;
    whenDialogOpens([&](QWidget *w) {
        auto *dialog = qobject_cast<SettingsDialog *>(w);
        QVERIFY(dialog);
        auto *keep = dialog->findChild<QSpinBox *>();
        QVERIFY(keep);
        QCOMPARE(keep->value(), 10);
        keep->setValue(4);
        auto *folder = dialog->findChild<QLabel *>(QStringLiteral("backupFolder"));
        QVERIFY(folder);
        QCOMPARE(folder->text(), QDir::toNativeSeparators(BackupStore::defaultFolder(m_path)));
        seen = true;
        dialog->accept();
    });
    action(tr("Se&ttings…"))->trigger();
    QVERIFY(seen);
    QCOMPARE(BackupStore::keepSetting(), 4);
    BackupStore::setKeepSetting(BackupStore::DefaultKeep);
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
