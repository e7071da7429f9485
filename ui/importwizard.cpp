#include "importwizard.h"

#include "importcheckpage.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importoptionspage.h"
#include "importrunpage.h"
#include "importsummarypage.h"

#include "../models/domain/entityinfo.h"
#include "../models/io/importbackups.h"
#include "../models/io/valueparser.h"
#include "../models/io/vcardsource.h"
#include "../models/io/xlsxreader.h"
#include "../models/storage/database.h"
#include "workerpool.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace hubdesk {

ImportWizard::ImportWizard(Database &db, EntityType target, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importWizard"));
    // The classic style on every platform: the pages hold tables that need the width the
    // side image and the banner of the others take.
    setWizardStyle(QWizard::ClassicStyle);
    // Titles name the file being imported: never read as markup.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_plan.target = targets().contains(target) ? target : EntityType::Organisation;

    m_filePage = new ImportFilePage(this);
    m_optionsPage = new ImportOptionsPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_checkPage = new ImportCheckPage(this);
    m_runPage = new ImportRunPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(FileId, m_filePage);
    setPage(OptionsId, m_optionsPage);
    setPage(MappingId, m_mappingPage);
    setPage(CheckId, m_checkPage);
    setPage(RunId, m_runPage);
    setPage(SummaryId, m_summaryPage);
    setStartId(FileId);
    resize(900, 680);
}

ImportWizard::~ImportWizard()
{
    // A worker must not go on writing after the window that started it is gone.
    if (m_busy && m_watcher) {
        m_stop->store(true);
        m_watcher->waitForFinished();
    }
}

QList<EntityType> ImportWizard::targets()
{
    return {EntityType::Organisation, EntityType::Person, EntityType::Startup, EntityType::Session,
            EntityType::Participation};
}

QString ImportWizard::targetLabel(EntityType target)
{
    if (target == EntityType::Participation)
        return tr("Event participants");
    return Entities::info(target).pluralLabel();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->setFilePath(path);
}

std::unique_ptr<TableSource> ImportWizard::openSource() const
{
    return sourceFor(m_plan);
}

std::unique_ptr<TableSource> ImportWizard::sourceFor(const ImportPlan &plan)
{
    if (plan.vcard)
        return std::make_unique<VCardSource>(plan.path);
    if (plan.xlsx)
        return std::make_unique<XlsxReader>(plan.path, plan.sheet);
    return std::make_unique<CsvReader>(plan.path, plan.csv);
}

void ImportWizard::run(const Work &work, const std::function<void(const ImportResult &)> &done)
{
    m_stop->store(false);
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    if (m_db.isInMemory()) {
        // An in-memory database has no second connection (tests and previews): here.
        done(work(m_db, [stop](qint64, qint64) { return !stop->load(); }));
        return;
    }
    m_busy = true;
    auto *watcher = new QFutureWatcher<ImportResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<ImportResult>::progressValueChanged, this, &ImportWizard::progressChanged);
    connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        m_watcher = nullptr;
        m_busy = false;
        const ImportResult result = watcher->result();
        if (m_closeWith >= 0) {
            if (!result.error && !result.batch.isEmpty() && !result.cancelled)
                emit dataImported(); // an import or a take-back finished after all
            QWizard::done(m_closeWith);
            return;
        }
        done(result);
    });
    const QString path = m_db.path();
    const QString actor = m_db.actor();
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [path, actor, work, stop](QPromise<ImportResult> &promise) {
        promise.setProgressRange(0, 1000);
        ImportResult result;
        Database::Options options;
        options.check = Database::Check::None; // the window's open checked the file
        OpenError error;
        auto db = Database::open(path, options, &error);
        if (!db) {
            result.error = Error::make(Error::Code::Io, error.message);
            promise.addResult(result);
            return;
        }
        db->setActor(actor);
        result = work(*db, [&promise, stop](qint64 position, qint64 size) {
            if (size > 0)
                promise.setProgressValue(int(std::clamp<qint64>(position * 1000 / size, 0, 1000)));
            return !stop->load();
        });
        promise.addResult(result);
    }));
}

void ImportWizard::runImport(const ImportOptions &options, const std::function<void(const ImportResult &)> &done)
{
    const ImportPlan plan = m_plan;
    run(
        [this, plan, options](Database &db, const Progress &progress) {
            const std::unique_ptr<TableSource> source = sourceFor(plan);
            const ImportMapping &mapping = plan.mapping;
            const ValueParser values;
            // A large import is backed up before and after; reading its first rows again
            // to tell is cheap.
            const bool large = !options.dryRun && ImportBackups::isLarge(*sourceFor(plan));
            ImportBackups backups;
            const ImportResult result = backups.run(db, large, options.dryRun, [&] {
                Importer importer(db, mapping, values);
                return importer.run(*source, options, progress);
            });
            QStringList failures;
            for (const Error &e : backups.failures())
                failures.append(e.message);
            if (!backups.written().isEmpty() || !failures.isEmpty())
                emit backupsTaken(backups.written(), failures);
            return result;
        },
        done);
}

void ImportWizard::stop()
{
    m_stop->store(true);
}

void ImportWizard::done(int result)
{
    // Closed while a dry run, an import or a take-back runs: it stops (an import then
    // writes nothing), and the window closes when it has.
    if (m_busy) {
        m_closeWith = result;
        stop();
        return;
    }
    QWizard::done(result);
}

} // namespace hubdesk
