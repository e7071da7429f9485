// File → Import… driven as a user drives it, on a database file so that the dry run,
// the import and the take-back run beside the window: the file is read as detected
// and previewed, the columns map by their headers, what the mapping lacks keeps Next
// off, the check lists every problem and duplicate, the import writes the valid rows
// and the rejected ones to a file, a stopped import leaves nothing, and the import can
// be taken back.
#include "../../ui/duplicatechoicedelegate.h"
#include "../../ui/importcheckpage.h"
#include "../../ui/importfilepage.h"
#include "../../ui/importmappingpage.h"
#include "../../ui/importoptionspage.h"
#include "../../ui/importrunpage.h"
#include "../../ui/importsummarypage.h"
#include "../../ui/importwizard.h"
#include "../../ui/mainwindow.h"
#include "domain/plaintext.h"
#include "io/xlsxreader.h"
#include "storage/repositories.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace hubdesk;

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windows1251Semicolons_areDetectedAndPreviewed();
    void xls_isRefusedWithTheReadersMessage();
    void vcards_areImportedAsPeople();
    void automaticMapping_fillsNameAndKind();
    void missingRequiredField_disablesNextAndNamesIt();
    void fixedValue_isCheckedAndFillsTheField();
    void savedMapping_loadsBack();
    void check_listsProblemsByRowAndColumn_andDuplicates();
    void rejectsDefault_isInDocuments_whenTheFolderCannotBeWritten();
    void validRows_areImported_rejectsWritten_duplicatesSkipped();
    void rowChoices_createMergeSkip_areImported_summarised_andTakenBack();
    void takeBack_restoresTheCount();
    void stoppedImport_leavesNothingBehind();
    void mainWindow_ctrlI_opensTheWizardForThePage();

private:
    QString writeCsv(const QString &name, const QStringList &lines);
    void open(const QString &path); // a new wizard, the file typed in, on the options page
    void next(int expected);
    void toCheck();
    qint64 organisations() const;
    qint64 batches() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ImportWizard *m_wizard = nullptr;
    int m_dbNumber = 0;
};

namespace {

const QStringList partnerLines = {
    QStringLiteral("Name;Kind;City;Website"),
    QStringLiteral("Лесто ООД;corporation;София;"),           // row 2: the stakeholder already there
    QStringLiteral("Бета Инженеринг ЕООД;corporation;Пловдив;"), // row 3
    QStringLiteral("Гама Консулт АД;космически кораб;Варна;"),  // row 4: no such kind
    QStringLiteral("Делта Софт ООД;university;Русе;https://delta.example"), // row 5
};

} // namespace

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestImportWizard::init()
{
    m_db = test::fileDatabase(m_dir.filePath(QStringLiteral("wizard%1.hubdesk").arg(++m_dbNumber)));
    QVERIFY(m_db);
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    Record lesto = test::organisation(QStringLiteral("Лесто ООД"));
    QVERIFY(!orgs->create(lesto));
}

void TestImportWizard::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    m_db.reset();
}

QString TestImportWizard::writeCsv(const QString &name, const QStringList &lines)
{
    QStringEncoder encoder("windows-1251");
    const QString path = m_dir.filePath(name);
    const QByteArray bytes = encoder.encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    if (!encoder.isValid() || encoder.hasError())
        qFatal("Qt cannot write Windows-1251 here");
    test::writeBytes(path, bytes);
    return path;
}

void TestImportWizard::open(const QString &path)
{
    delete m_wizard;
    m_wizard = new ImportWizard(*m_db, EntityType::Organisation);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::FileId));
    m_wizard->setFilePath(path);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    next(ImportWizard::OptionsId);
}

void TestImportWizard::next(int expected)
{
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), expected);
}

void TestImportWizard::toCheck()
{
    open(writeCsv(QStringLiteral("partners.csv"), partnerLines));
    if (QTest::currentTestFailed())
        return;
    next(ImportWizard::MappingId);
    next(ImportWizard::CheckId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->checkPage()->isChecking(), 30000);
}

qint64 TestImportWizard::organisations() const
{
    return Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations")).toLongLong();
}

qint64 TestImportWizard::batches() const
{
    return Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM import_batches")).toLongLong();
}

void TestImportWizard::windows1251Semicolons_areDetectedAndPreviewed()
{
    open(writeCsv(QStringLiteral("partners.csv"), partnerLines));
    const ImportOptionsPage *page = m_wizard->optionsPage();
    QCOMPARE(TextEncoding(page->encodingBox()->currentData().toInt()), TextEncoding::Windows1251);
    QCOMPARE(page->encodingBox()->currentText(), QStringLiteral("Windows-1251"));
    QCOMPARE(page->delimiterBox()->currentData().toString(), QStringLiteral(";"));
    QVERIFY(page->headerBox()->isChecked());
    const QTableWidget *preview = page->preview();
    QCOMPARE(preview->columnCount(), 4);
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Name"));
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Лесто ООД"));
    QCOMPARE(preview->item(1, 2)->text(), QStringLiteral("Пловдив"));

    // Read as another encoding, the preview changes at once; back, it reads right again.
    page->encodingBox()->setCurrentIndex(page->encodingBox()->findData(int(TextEncoding::Windows1252)));
    QVERIFY(preview->item(0, 0)->text() != QStringLiteral("Лесто ООД"));
    page->encodingBox()->setCurrentIndex(page->encodingBox()->findData(int(TextEncoding::Windows1251)));
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("Лесто ООД"));
    // Without a header the first row is data, and the columns are numbered.
    page->headerBox()->setChecked(false);
    QCOMPARE(preview->rowCount(), 5);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Column 1"));
    page->headerBox()->setChecked(true);
}

void TestImportWizard::xls_isRefusedWithTheReadersMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("old.xls"));
    test::writeBytes(path, QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0'));
    m_wizard = new ImportWizard(*m_db, EntityType::Organisation);
    m_wizard->show();
    m_wizard->setFilePath(path);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::FileId));
    Error error;
    XlsxReader::sheetNames(path, &error);
    QVERIFY(error);
    QCOMPARE(m_wizard->filePage()->errorText(), error.message);
    QVERIFY2(error.message.contains(QStringLiteral("old.xls")), qPrintable(error.message));
}

void TestImportWizard::vcards_areImportedAsPeople()
{
    // A 2.1 card from a phone (quoted-printable UTF-8, a folded line) and a 3.0 one.
    const QString path = m_dir.filePath(QStringLiteral("phone.vcf"));
    test::writeBytes(path, QByteArrayLiteral("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                             "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2;"
                                             "=D0=98=D0=B2=D0=B0=D0=BD\r\n"
                                             "EMAIL;INTERNET:ivan@example.bg\r\nEND:VCARD\r\n"
                                             "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Petrova;Maria;;;\r\nFN:Maria Petrova\r\n"
                                             "TITLE:Head of inno\r\n vation\r\nEND:VCARD\r\n"));
    // Into stakeholders it is refused, naming what to choose.
    m_wizard = new ImportWizard(*m_db, EntityType::Organisation);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    m_wizard->setFilePath(path);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::FileId));
    QVERIFY2(m_wizard->filePage()->errorText().contains(QStringLiteral("vCard")), qPrintable(m_wizard->filePage()->errorText()));
    delete m_wizard;

    m_wizard = new ImportWizard(*m_db, EntityType::Person);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    m_wizard->setFilePath(path);
    next(ImportWizard::OptionsId);
    const ImportOptionsPage *page = m_wizard->optionsPage();
    QVERIFY(!page->encodingBox()->isVisible());
    QVERIFY(!page->headerBox()->isVisible());
    QCOMPARE(page->preview()->rowCount(), 2);
    next(ImportWizard::MappingId);
    next(ImportWizard::CheckId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->checkPage()->isChecking(), 30000);
    QCOMPARE(m_wizard->plan().check.validRows, 2);
    QCOMPARE(m_wizard->plan().check.rejected, 0);
    m_wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::SummaryId), 30000);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM people WHERE first_name = ? AND last_name = ? "
                                                            "AND email = ?"),
                         {QStringLiteral("Иван"), QStringLiteral("Иванов"), QStringLiteral("ivan@example.bg")})
                 .toInt(),
             1);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT job_title FROM people WHERE last_name = 'Petrova'")).toString(),
             QStringLiteral("Head of innovation"));
}

void TestImportWizard::automaticMapping_fillsNameAndKind()
{
    open(writeCsv(QStringLiteral("partners.csv"), partnerLines));
    next(ImportWizard::MappingId);
    const ImportMappingPage *page = m_wizard->mappingPage();
    QCOMPARE(page->fieldBox(0)->currentData().toString(), QStringLiteral("name"));
    QCOMPARE(page->fieldBox(1)->currentData().toString(), QStringLiteral("kind"));
    QCOMPARE(page->fieldBox(2)->currentData().toString(), QStringLiteral("city"));
    QCOMPARE(page->fieldBox(3)->currentData().toString(), QStringLiteral("website"));
    QVERIFY2(page->automaticText().contains(QStringLiteral("4 of 4 columns")), qPrintable(page->automaticText()));
    QVERIFY(page->problemsText().isEmpty());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::missingRequiredField_disablesNextAndNamesIt()
{
    open(writeCsv(QStringLiteral("partners.csv"), partnerLines));
    next(ImportWizard::MappingId);
    ImportMappingPage *page = m_wizard->mappingPage();
    // The user sets the Kind column to "not imported".
    page->fieldBox(1)->setCurrentIndex(0);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(page->problemsText().contains(QStringLiteral("“Kind” is required")), qPrintable(page->problemsText()));
    // Two columns into one field is named too.
    page->setField(2, QStringLiteral("name"));
    QVERIFY2(page->problemsText().contains(QStringLiteral("Columns 1 and 3 are both mapped to “Name”")),
             qPrintable(page->problemsText()));
    page->setField(2, QStringLiteral("city"));
    page->setField(1, QStringLiteral("kind"));
    QVERIFY(page->problemsText().isEmpty());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::fixedValue_isCheckedAndFillsTheField()
{
    open(writeCsv(QStringLiteral("partners.csv"), partnerLines));
    next(ImportWizard::MappingId);
    ImportMappingPage *page = m_wizard->mappingPage();
    page->setField(1, QString());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // A value the importer would not read is refused with its reason, as the user types it.
    page->fixedFieldBox()->setCurrentIndex(page->fixedFieldBox()->findData(QStringLiteral("kind")));
    page->fixedValueBox()->setCurrentText(QStringLiteral("Spaceship"));
    QTest::mouseClick(page->addFixedButton(), Qt::LeftButton);
    QVERIFY2(page->fixedErrorText().contains(QStringLiteral("Spaceship")), qPrintable(page->fixedErrorText()));
    QCOMPARE(page->fixedList()->count(), 0);
    // One of the list's labels, offered in the box, is taken.
    QVERIFY(page->fixedValueBox()->findText(QStringLiteral("Corporation")) >= 0);
    page->fixedValueBox()->setCurrentText(QStringLiteral("Corporation"));
    // Enter adds it, and does not press Next.
    QTest::keyClick(page->fixedValueBox()->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingId));
    QCOMPARE(page->fixedList()->count(), 1);
    QCOMPARE(page->fixedList()->item(0)->text(), QStringLiteral("Kind = Corporation"));
    QVERIFY(page->problemsText().isEmpty());
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    // Every row is then a corporation: the row with an unknown kind passes.
    next(ImportWizard::CheckId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->checkPage()->isChecking(), 30000);
    QCOMPARE(m_wizard->plan().check.rejected, 0);
    QCOMPARE(m_wizard->plan().check.validRows, 3);
}

void TestImportWizard::savedMapping_loadsBack()
{
    open(writeCsv(QStringLiteral("partners.csv"), partnerLines));
    next(ImportWizard::MappingId);
    ImportMappingPage *page = m_wizard->mappingPage();
    page->setField(3, QString());
    QVERIFY(page->addFixed(QStringLiteral("country"), QStringLiteral("Bulgaria")));
    const QString path = m_dir.filePath(QStringLiteral("partners-mapping.json"));
    QVERIFY(page->saveMapping(path));
    QVERIFY(QFile::exists(path));

    page->setField(2, QString());
    page->fixedList()->setCurrentRow(0);
    QTest::mouseClick(page->removeFixedButton(), Qt::LeftButton);
    QCOMPARE(page->fixedList()->count(), 0);
    QVERIFY(!m_wizard->plan().mapping.columns.contains(2));

    QVERIFY(page->loadMapping(path));
    QCOMPARE(page->fieldBox(0)->currentData().toString(), QStringLiteral("name"));
    QCOMPARE(page->fieldBox(1)->currentData().toString(), QStringLiteral("kind"));
    QCOMPARE(page->fieldBox(2)->currentData().toString(), QStringLiteral("city"));
    QCOMPARE(page->fieldBox(3)->currentData().toString(), QString());
    QCOMPARE(page->fixedList()->count(), 1);
    QCOMPARE(m_wizard->plan().mapping.fixed.value(QStringLiteral("country")), QStringLiteral("Bulgaria"));
    QVERIFY2(page->automaticText().contains(QStringLiteral("partners-mapping.json")), qPrintable(page->automaticText()));
}

void TestImportWizard::check_listsProblemsByRowAndColumn_andDuplicates()
{
    const qint64 before = organisations();
    toCheck();
    const ImportCheckPage *page = m_wizard->checkPage();
    QVERIFY2(page->countsText().contains(QStringLiteral("4 row(s) read: 2 valid and new, 1 duplicate a record, 1 with problems")),
             qPrintable(page->countsText()));
    const QTableWidget *problems = page->problemsTable();
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->data(Qt::DisplayRole).toLongLong(), 4);
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("column 2 “Kind”"));
    QVERIFY2(problems->item(0, 2)->text().contains(QStringLiteral("космически кораб")), qPrintable(problems->item(0, 2)->text()));
    for (int c : {1, 2})
        QCOMPARE(problems->item(0, c)->toolTip(), PlainText::toolTip(problems->item(0, c)->text())); // cut off, read in full here
    const QTableWidget *duplicates = page->duplicatesTable();
    QCOMPARE(duplicates->rowCount(), 1);
    QCOMPARE(duplicates->item(0, ImportCheckPage::RowColumn)->data(Qt::DisplayRole).toLongLong(), 2);
    QCOMPARE(duplicates->item(0, ImportCheckPage::IncomingColumn)->text(), QStringLiteral("Лесто ООД"));
    const QString existing = duplicates->item(0, ImportCheckPage::ExistingColumn)->text();
    QVERIFY2(existing.startsWith(QStringLiteral("Лесто ООД (record ")), qPrintable(existing));
    QVERIFY(!duplicates->item(0, ImportCheckPage::WhyColumn)->text().isEmpty());
    for (int c : {ImportCheckPage::IncomingColumn, ImportCheckPage::ExistingColumn, ImportCheckPage::WhyColumn})
        QCOMPARE(duplicates->item(0, c)->toolTip(), PlainText::toolTip(duplicates->item(0, c)->text()));
    QCOMPARE(duplicates->item(0, ImportCheckPage::ChoiceColumn)->text(), QStringLiteral("Skip")); // the choice for all

    // All or nothing with a bad row: Next stays off and says why.
    QVERIFY(page->allOrNothingButton()->isChecked());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(page->hintText().contains(QStringLiteral("1 row(s) have problems")), qPrintable(page->hintText()));
    QCOMPARE(page->rejectsPathEdit()->text(), QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("partners-rejected.csv"))));
    page->validRowsButton()->click();
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(organisations(), before); // a dry run writes nothing
    QCOMPARE(batches(), 0);
}

void TestImportWizard::rejectsDefault_isInDocuments_whenTheFolderCannotBeWritten()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(ImportCheckPage::defaultRejectsPath(m_dir.filePath(QStringLiteral("partners.csv"))),
             m_dir.filePath(QStringLiteral("partners-rejected.csv")));
    // A folder without write permission; as root every folder can be written, so /proc then.
    const QString shared = m_dir.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    QVERIFY(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString folder = shared;
    if (QTemporaryFile(shared + QStringLiteral("/probe-XXXXXX")).open())
        folder = QStringLiteral("/proc");
    if (!QFileInfo(folder).isDir() || QTemporaryFile(folder + QStringLiteral("/probe-XXXXXX")).open())
        QSKIP("No folder here that cannot be written");
    QCOMPARE(ImportCheckPage::defaultRejectsPath(folder + QStringLiteral("/partners.csv")),
             QDir(documents).filePath(QStringLiteral("partners-rejected.csv")));
    QVERIFY(QFileInfo(documents).isDir());
    QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestImportWizard::validRows_areImported_rejectsWritten_duplicatesSkipped()
{
    const qint64 before = organisations();
    toCheck();
    QSignalSpy imported(m_wizard, &ImportWizard::dataImported);
    m_wizard->checkPage()->validRowsButton()->click();
    m_wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::SummaryId), 30000);
    QCOMPARE(m_wizard->summaryPage()->title(), QStringLiteral("Imported"));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(organisations(), before + 2);
    QCOMPARE(batches(), 1);
    const QString summary = m_wizard->summaryPage()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("2 record(s) created")) && summary.contains(QStringLiteral("1 row(s) skipped because they duplicate"))
                 && summary.contains(QStringLiteral("1 row(s) rejected"))
                 && summary.contains(QStringLiteral("4 row(s) read in ")),
             qPrintable(summary));
    QVERIFY(m_wizard->summaryPage()->openFolderButton()->isVisibleTo(m_wizard));
    const QString rejects = QString::fromUtf8(test::readBytes(m_dir.filePath(QStringLiteral("partners-rejected.csv"))));
    QVERIFY2(rejects.contains(QStringLiteral("Гама Консулт АД")) && rejects.contains(QStringLiteral("космически кораб")), qPrintable(rejects));
    QVERIFY(!rejects.contains(QStringLiteral("Делта Софт")));
    // The stakeholder already there was not made twice.
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE name = ?"),
                         {QStringLiteral("Лесто ООД")})
                 .toLongLong(),
             1);
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());
}

void TestImportWizard::rowChoices_createMergeSkip_areImported_summarised_andTakenBack()
{
    auto orgs = Repositories::create(*m_db, EntityType::Organisation);
    for (const QString &name : {QStringLiteral("Бета Инженеринг ЕООД"), QStringLiteral("Делта Софт ООД")}) {
        Record r = test::organisation(name);
        QVERIFY(!orgs->create(r));
    }
    const qint64 before = organisations();
    const auto websiteOfLesto = [this] {
        return Sql::scalar(m_db->connection(), QStringLiteral("SELECT website FROM organisations WHERE name = ?"),
                           {QStringLiteral("Лесто ООД")})
            .toString();
    };
    open(writeCsv(QStringLiteral("again.csv"),
                  {QStringLiteral("Name;Kind;City;Website"),
                   QStringLiteral("ЛЕСТО ООД;corporation;София;https://lesto.example"), // row 2: to merge
                   QStringLiteral("Бета Инженеринг ЕООД;corporation;Пловдив;"),        // row 3: to create anyway
                   QStringLiteral("Делта Софт ООД;university;Русе;"),                  // row 4: skipped, as for all
                   QStringLiteral("Епсилон ООД;corporation;Бургас;")}));               // row 5: new
    next(ImportWizard::MappingId);
    next(ImportWizard::CheckId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->checkPage()->isChecking(), 30000);
    ImportCheckPage *page = m_wizard->checkPage();
    QTableWidget *table = page->duplicatesTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, ImportCheckPage::IncomingColumn)->text(), QStringLiteral("ЛЕСТО ООД"));
    QVERIFY(table->item(0, ImportCheckPage::ExistingColumn)->text().startsWith(QStringLiteral("Лесто ООД (record ")));
    QCOMPARE(table->item(0, ImportCheckPage::FillsColumn)->text(), QStringLiteral("Website"));
    QVERIFY2(table->item(0, ImportCheckPage::WhyColumn)->text().contains(QStringLiteral("name")),
             qPrintable(table->item(0, ImportCheckPage::WhyColumn)->text()));
    QVERIFY(table->item(1, ImportCheckPage::FillsColumn)->text().startsWith(QStringLiteral("nothing new")));
    QCOMPARE(page->duplicateCountsText(), QStringLiteral("0 to create, 0 to merge, 3 to skip"));

    // "Set all to": every row follows, and back.
    QTest::mouseClick(page->setAllButton(DuplicateChoice::Create), Qt::LeftButton);
    QVERIFY(page->createDuplicatesButton()->isChecked());
    for (int row = 0; row < 3; ++row)
        QCOMPARE(table->item(row, ImportCheckPage::ChoiceColumn)->text(), QStringLiteral("Create new"));
    QTest::mouseClick(page->setAllButton(DuplicateChoice::Skip), Qt::LeftButton);
    QVERIFY(page->skipDuplicatesButton()->isChecked());

    // Row 2 merged: through the cell's combo box, as a click on it opens it.
    const QModelIndex lesto = table->model()->index(0, ImportCheckPage::ChoiceColumn);
    table->setFocus();
    table->setCurrentIndex(lesto);
    auto *box = qobject_cast<QComboBox *>(table->indexWidget(lesto));
    QVERIFY(box);
    QCOMPARE(box->currentText(), QStringLiteral("Skip"));
    QCOMPARE(box->count(), 3);
    box->setCurrentIndex(box->findData(int(DuplicateChoice::Merge)));
    QCOMPARE(table->item(0, ImportCheckPage::ChoiceColumn)->data(DuplicateChoiceDelegate::ChoiceRole).toInt(),
             int(DuplicateChoice::Merge));
    // Row 3 created: selected, then the context menu's action.
    table->setCurrentCell(1, ImportCheckPage::RowColumn);
    table->selectRow(1);
    QAction *createSelected = nullptr;
    for (QAction *a : table->actions())
        if (QString(a->text()).remove(QLatin1Char('&')).startsWith(QStringLiteral("Create the selected")))
            createSelected = a;
    QVERIFY(createSelected);
    createSelected->trigger();
    QCOMPARE(table->item(1, ImportCheckPage::ChoiceColumn)->text(), QStringLiteral("Create new"));
    QCOMPARE(table->item(2, ImportCheckPage::ChoiceColumn)->text(), QStringLiteral("Skip"));
    QCOMPARE(page->duplicateCountsText(), QStringLiteral("1 to create, 1 to merge, 1 to skip"));
    QVERIFY2(page->hintText().contains(QStringLiteral("Duplicates: 1 to create as new records, 1 to merge into the record already there, 1 to skip.")),
             qPrintable(page->hintText()));
    QCOMPARE(m_wizard->plan().options.duplicateChoices.size(), 2);
    QCOMPARE(m_wizard->plan().options.duplicates, DuplicateChoice::Skip);
    if (const QString keep = qEnvironmentVariable("HUBDESK_TEST_OUTPUT"); !keep.isEmpty())
        m_wizard->grab().save(keep + QStringLiteral("/import-row-choices.png"));

    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    m_wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::SummaryId), 30000);
    const ImportResult &r = m_wizard->plan().result;
    QCOMPARE(r.created, 2);
    QCOMPARE(r.duplicatesCreated, 1);
    QCOMPARE(r.merged, 1);
    QCOMPARE(r.duplicates, 1);
    const QString summary = m_wizard->summaryPage()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("2 record(s) created, 1 of them from rows that duplicate a record."))
                 && summary.contains(QStringLiteral("1 record(s) already there got values from duplicate rows (merged)."))
                 && summary.contains(QStringLiteral("1 row(s) skipped because they duplicate")),
             qPrintable(summary));
    QCOMPARE(organisations(), before + 2);
    QCOMPARE(websiteOfLesto(), QStringLiteral("https://lesto.example"));
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organisations WHERE name = ?"),
                         {QStringLiteral("Бета Инженеринг ЕООД")})
                 .toLongLong(),
             2);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT kind FROM organisations WHERE name = ?"),
                         {QStringLiteral("Делта Софт ООД")})
                 .toString(),
             QStringLiteral("corporation")); // skipped: the row's "university" did not come in

    // Taken back in one step: the two made are gone, Лесто has no website again.
    QSignalSpy taken(m_wizard->summaryPage(), &ImportSummaryPage::takenBack);
    m_wizard->summaryPage()->takeBack(false);
    QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 1, 30000);
    QVERIFY2(taken.constFirst().constFirst().toBool(), qPrintable(taken.constFirst().at(1).toString()));
    QCOMPARE(organisations(), before);
    QCOMPARE(websiteOfLesto(), QString());
}

void TestImportWizard::takeBack_restoresTheCount()
{
    const qint64 before = organisations();
    toCheck();
    m_wizard->checkPage()->validRowsButton()->click();
    m_wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::SummaryId), 30000);
    QCOMPARE(organisations(), before + 2);
    QSignalSpy imported(m_wizard, &ImportWizard::dataImported);
    QSignalSpy taken(m_wizard->summaryPage(), &ImportSummaryPage::takenBack);
    m_wizard->summaryPage()->takeBack(false);
    QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 1, 30000);
    QVERIFY2(taken.constFirst().constFirst().toBool(), qPrintable(taken.constFirst().at(1).toString()));
    QCOMPARE(organisations(), before);
    QCOMPARE(imported.count(), 1);
    QVERIFY(!m_wizard->summaryPage()->takeBackButton()->isVisibleTo(m_wizard));
    QVERIFY2(m_wizard->summaryPage()->takeBackText().contains(QStringLiteral("taken back")),
             qPrintable(m_wizard->summaryPage()->takeBackText()));
}

void TestImportWizard::stoppedImport_leavesNothingBehind()
{
    // Enough rows that the importer asks about progress (every 2,000 rows) before it ends.
    QStringList lines{QStringLiteral("Name;Kind;City")};
    for (int i = 1; i <= 6000; ++i)
        lines.append(QStringLiteral("Фирма %1 ООД;corporation;Град %2").arg(i).arg(i % 50));
    const qint64 before = organisations();
    open(writeCsv(QStringLiteral("many.csv"), lines));
    next(ImportWizard::MappingId);
    next(ImportWizard::CheckId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->checkPage()->isChecking(), 60000);
    QCOMPARE(m_wizard->plan().check.validRows, 6000);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunId));
    ImportRunPage *run = m_wizard->runPage();
    QVERIFY(run->isRunning());
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
    QTest::mouseClick(run->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 60000);
    QVERIFY2(run->statusText().contains(QStringLiteral("stopped: nothing was written")), qPrintable(run->statusText()));
    QVERIFY(m_wizard->plan().result.cancelled);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunId));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
    QCOMPARE(organisations(), before);
    QCOMPARE(batches(), 0);
}

void TestImportWizard::mainWindow_ctrlI_opensTheWizardForThePage()
{
    auto *window = new MainWindow(test::fileDatabase(m_dir.filePath(QStringLiteral("window.hubdesk"))));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QAction *import = nullptr;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            import = a;
    }
    QVERIFY(import);
    QVERIFY(import->isEnabled());
    window->showPage(window->pageIndex(EntityType::Person));
    import->trigger();
    auto *wizard = window->findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->filePage()->target(), EntityType::Person);
    wizard->close();
    // The Events page imports its participants.
    window->showPage(window->pageIndex(EntityType::Event));
    QTRY_VERIFY(!window->findChild<ImportWizard *>());
    QCOMPARE(window->openImportWizard()->filePage()->target(), EntityType::Participation);
    delete window;
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
