#pragma once

#include "../models/domain/entitytype.h"
#include "../models/io/csvreader.h"
#include "../models/io/importer.h"
#include "../models/io/importmapping.h"

#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>

template <typename T>
class QFutureWatcher;

namespace hubdesk {

class Database;
class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;
class ImportOptionsPage;
class ImportRunPage;
class ImportSummaryPage;

// What the pages of the import wizard decided so far, read by the pages after them.
struct ImportPlan
{
    QString path;
    EntityType target = EntityType::Organisation;
    bool xlsx = false;
    bool vcard = false;           // a vCard file: people, one row per card (no options to set)
    CsvReader::Detected detected; // CSV: what detection found, with the sample it read
    CsvReadOptions csv;           // CSV: the encoding and delimiter to read with
    QString sheet;                // XLSX: the sheet (empty: the first)
    QStringList sheets;
    bool hasHeader = true;
    QList<QStringList> sample; // the first rows as the options read them, header included
    int columnCount = 0;
    ImportMapping mapping;
    ImportOptions options;
    ImportResult check;  // the dry run
    ImportResult result; // the import
    qint64 elapsedMs = 0; // how long the import took, as the run page measured it
};

// File → Import…: a file (CSV, XLSX or vCard) into stakeholders, people, startups, mentoring
// sessions or event participants, in six steps — the file, how to read it, which column
// fills which field, a dry run listing every problem and duplicate, the import, and a
// summary that can take the import back. The dry run, the import and the take-back run
// beside the window on a connection of their own and can be stopped.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FileId, OptionsId, MappingId, CheckId, RunId, SummaryId };

    ImportWizard(Database &db, EntityType target, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The kinds of record a file can be imported into, in the order the wizard lists them.
    static QList<EntityType> targets();
    static QString targetLabel(EntityType target);

    Database &database() const { return m_db; }
    ImportPlan &plan() { return m_plan; }
    const ImportPlan &plan() const { return m_plan; }

    // The file to import, as if typed on the first page.
    void setFilePath(const QString &path);

    ImportFilePage *filePage() const { return m_filePage; }
    ImportOptionsPage *optionsPage() const { return m_optionsPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportCheckPage *checkPage() const { return m_checkPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

    // A reader of the file with the plan's options, from its first row.
    std::unique_ptr<TableSource> openSource() const;
    // The reader a plan's file needs (CSV, XLSX or vCard), on any thread.
    static std::unique_ptr<TableSource> sourceFor(const ImportPlan &plan);

    using Progress = std::function<bool(qint64, qint64)>;
    using Work = std::function<ImportResult(Database &, const Progress &)>;
    // Runs \a work beside the window on a read-write connection of its own (on the
    // window's connection, here and now, for an in-memory database), then \a done here.
    // progressChanged() follows it; stop() asks it to stop at its next progress call.
    void run(const Work &work, const std::function<void(const ImportResult &)> &done);
    // The dry run or the import of the plan, with its mapping and \a options.
    void runImport(const ImportOptions &options, const std::function<void(const ImportResult &)> &done);
    void stop();
    bool isBusy() const { return m_busy; }

    void done(int result) override;

signals:
    // How far the work is, 0–1000 (reported every 2,000 rows; nothing before).
    void progressChanged(int permille);
    // Records were written or taken back: the window's pages reload.
    void dataImported();
    // A large import was backed up before and after (ImportBackups): the backups written
    // and the failures. Emitted from the worker thread.
    void backupsTaken(const QStringList &written, const QStringList &failures);

private:
    Database &m_db;
    ImportPlan m_plan;
    ImportFilePage *m_filePage = nullptr;
    ImportOptionsPage *m_optionsPage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportCheckPage *m_checkPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
    ImportSummaryPage *m_summaryPage = nullptr;
    QFutureWatcher<ImportResult> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    bool m_busy = false;
    int m_closeWith = -1; // closed while working: close with this when the work stops
};

} // namespace hubdesk
