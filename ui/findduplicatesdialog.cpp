#include "findduplicatesdialog.h"

#include "../models/domain/entityinfo.h"
#include "../models/domain/plaintext.h"
#include "../models/io/tableexporter.h"
#include "../models/storage/database.h"
#include "../models/storage/recordmerger.h"
#include "../models/storage/repositories.h"
#include "plaindialogs.h"
#include "workerpool.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hubdesk {

namespace {

// Off unless asked for (QT_LOGGING_RULES="hubdesk.duplicates.debug=true"): how long a
// search took.
Q_LOGGING_CATEGORY(lcDuplicates, "hubdesk.duplicates", QtInfoMsg)

// Pairs listed at most: more is not a list anyone works through.
constexpr int mostPairs = 2000;

// A merge on the undo stack: pushed after it succeeded; undo takes it back whole.
class MergeCommand : public QUndoCommand
{
public:
    MergeCommand(Database &db, EntityType type, qint64 keep, qint64 drop, QVariantHash values, QString mergeId,
                 const QString &text)
        : QUndoCommand(text)
        , m_db(db)
        , m_type(type)
        , m_keep(keep)
        , m_drop(drop)
        , m_values(std::move(values))
        , m_mergeId(std::move(mergeId))
    {
    }
    void undo() override
    {
        if (Error e = RecordMerger::undo(m_db, m_mergeId)) {
            setObsolete(true);
            PlainDialogs::warning(nullptr, QCoreApplication::translate("FindDuplicatesDialog", "Undo merge"), e.message);
        }
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (Error e = RecordMerger::merge(m_db, m_type, m_keep, m_drop, m_values, &m_mergeId)) {
            setObsolete(true);
            PlainDialogs::warning(nullptr, QCoreApplication::translate("FindDuplicatesDialog", "Redo merge"), e.message);
        }
    }

private:
    Database &m_db;
    EntityType m_type;
    qint64 m_keep;
    qint64 m_drop;
    QVariantHash m_values;
    QString m_mergeId;
    bool m_first = true;
};

// How the pair lists a stakeholder or person.
QString nameOf(const Record &r)
{
    if (r.entity() == EntityType::Person)
        return QStringLiteral("%1 %2").arg(r.text(QStringLiteral("first_name")), r.text(QStringLiteral("last_name"))).trimmed();
    return r.text(QStringLiteral("name"));
}

QString shown(EntityType type, const Field &f, const QVariant &v)
{
    return TableExporter::text(type, f.key, v);
}

// The search, on whichever thread has \a db.
FindDuplicatesDialog::Found findPairs(Database &db, EntityType type, const DuplicateFinder::Progress &progress)
{
    FindDuplicatesDialog::Found found;
    QElapsedTimer timer;
    timer.start();
    found.pairs = DuplicateFinder::pairs(db, type, mostPairs, &found.error, progress);
    found.stopped = progress && !progress(1000);
    if (found.stopped)
        found.pairs.clear();
    found.ms = timer.elapsed();
    qCDebug(lcDuplicates) << Entities::info(type).table << found.pairs.size() << "pairs in" << found.ms << "ms"
                          << (found.stopped ? "(stopped)" : "");
    return found;
}

} // namespace

FindDuplicatesDialog::FindDuplicatesDialog(Database &db, EntityType type, QUndoStack *undo, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_type(type)
    , m_undo(undo)
{
    const EntityInfo &info = Entities::info(type);
    setWindowTitle(tr("Find duplicate %1").arg(info.pluralLabel().toLower()));
    m_list = new QTableWidget(0, 3, this);
    m_list->setHorizontalHeaderLabels({tr("Record"), tr("Looks like"), tr("Why")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setAccessibleName(tr("Pairs that look like one record"));
    m_fields = new QTableWidget(0, 4, this);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("First record"), tr("Second record"), tr("Keep")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->setWordWrap(true);
    m_fields->setAccessibleName(tr("The two records, field by field"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the search"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopSearch"));
    m_stop->setAccessibleName(tr("Stop the search"));
    m_stop->setAutoDefault(false);
    m_again = new QPushButton(tr("Search &again"), this);
    m_again->setAutoDefault(false);
    m_again->setToolTip(tr("Look for pairs again, after records were changed or merged"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_status, 1);
    searchRow->addWidget(m_progress);
    searchRow->addWidget(m_stop);
    m_intoA = new QPushButton(tr("Merge into the &first"), this);
    m_intoB = new QPushButton(tr("Merge into the &second"), this);
    m_intoA->setToolTip(tr("Keep the first record with the values chosen; everything that refers to the second moves "
                           "to it and the second goes to the trash. Edit → Undo takes it back."));
    m_intoB->setToolTip(tr("Keep the second record instead."));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(m_again, QDialogButtonBox::ResetRole);
    close->addButton(m_intoA, QDialogButtonBox::ActionRole);
    close->addButton(m_intoB, QDialogButtonBox::ActionRole);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_fields);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(searchRow);
    layout->addWidget(close);
    resize(960, 720);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &FindDuplicatesDialog::showPair);
    const auto mergeInto = [this](bool second) {
        QString error;
        if (!mergeSelected(second, &error) && !error.isEmpty())
            PlainDialogs::warning(this, windowTitle(), error);
    };
    connect(m_intoA, &QPushButton::clicked, this, [mergeInto] { mergeInto(false); });
    connect(m_intoB, &QPushButton::clicked, this, [mergeInto] { mergeInto(true); });
    connect(m_stop, &QPushButton::clicked, this, &FindDuplicatesDialog::stopSearch);
    connect(m_again, &QPushButton::clicked, this, &FindDuplicatesDialog::search);
    search();
}

FindDuplicatesDialog::~FindDuplicatesDialog()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_stopFlag->store(true);
        m_watcher->waitForFinished();
    }
}

void FindDuplicatesDialog::done(int result)
{
    // Closed: a search still running is no longer wanted.
    if (m_watcher) {
        m_searchAgain = false;
        m_stopFlag->store(true);
    }
    QDialog::done(result);
}

bool FindDuplicatesDialog::isSearching() const
{
    return m_watcher != nullptr;
}

QString FindDuplicatesDialog::statusText() const
{
    return m_status->text();
}

void FindDuplicatesDialog::setSearching(bool searching)
{
    m_progress->setVisible(searching);
    m_stop->setVisible(searching);
    m_stop->setEnabled(searching);
    m_again->setEnabled(!searching);
    if (searching) {
        m_progress->setRange(0, 0); // busy, until the first report
        m_intoA->setEnabled(false);
        m_intoB->setEnabled(false);
    }
}

void FindDuplicatesDialog::search()
{
    if (m_watcher) {
        // One search at a time: this one stops, and the new one starts once it has.
        m_searchAgain = true;
        m_stopFlag->store(true);
        return;
    }
    m_pairs.clear();
    fillList();
    setSearching(true);
    const EntityInfo &info = Entities::info(m_type);
    m_status->setText(tr("Looking for duplicates among the %1…").arg(info.pluralLabel().toLower()));
    if (m_db.isInMemory()) {
        // An in-memory database has no second connection (tests and previews): here.
        showFound(findPairs(m_db, m_type, {}));
        return;
    }
    m_stopFlag = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<Found>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Found>::progressValueChanged, this, [this](int permille) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
    });
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_watcher = nullptr;
        Found found;
        if (watcher->future().resultCount() > 0)
            found = watcher->result();
        else
            found.stopped = true;
        if (m_searchAgain) {
            m_searchAgain = false;
            search();
            return;
        }
        showFound(found);
    });
    const QString path = m_db.path();
    const EntityType type = m_type;
    const std::shared_ptr<std::atomic_bool> stop = m_stopFlag;
    // A read-only connection of its own, opened and closed in the worker thread.
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [path, type, stop](QPromise<Found> &promise) {
        promise.setProgressRange(0, 1000);
        OpenError error;
        auto db = Database::openReader(path, &error);
        if (!db) {
            Found failed;
            failed.error = Error::make(Error::Code::Io, error.message);
            promise.addResult(failed);
            return;
        }
        promise.addResult(findPairs(*db, type, [&promise, stop](int permille) {
            promise.setProgressValue(permille);
            return !stop->load();
        }));
    }));
}

void FindDuplicatesDialog::stopSearch()
{
    if (!m_watcher)
        return;
    m_searchAgain = false;
    m_stopFlag->store(true);
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void FindDuplicatesDialog::showFound(const Found &found)
{
    setSearching(false);
    if (found.stopped) {
        m_status->setText(tr("The search was stopped. Search again to see the pairs."));
        showPair();
        emit searchFinished();
        return;
    }
    m_pairs = found.pairs;
    fillList();
    m_status->setText(found.error      ? found.error.message
                      : m_pairs.isEmpty()   ? tr("No duplicates found.")
                      : m_pairs.size() == 1 ? tr("One pair looks like one record.")
                                            : tr("%1 pairs look like one record. Choose one to compare.")
                                                  .arg(QLocale().toString(m_pairs.size())));
    emit searchFinished();
}

void FindDuplicatesDialog::fillList()
{
    QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        m_list->setItem(row, 0, new QTableWidgetItem(m_pairs.at(row).firstLabel));
        m_list->setItem(row, 1, new QTableWidgetItem(m_pairs.at(row).secondLabel));
        m_list->setItem(row, 2, new QTableWidgetItem(m_pairs.at(row).why));
    }
    m_list->resizeColumnsToContents();
    if (!m_pairs.isEmpty())
        m_list->selectRow(0);
    block.unblock();
    showPair();
}

int FindDuplicatesDialog::pairCount() const
{
    return int(m_pairs.size());
}

void FindDuplicatesDialog::selectPair(int row)
{
    m_list->selectRow(row);
    showPair();
}

void FindDuplicatesDialog::showPair()
{
    m_fields->setRowCount(0);
    m_choices.clear();
    const int row = m_list->currentRow();
    const bool have = row >= 0 && row < m_pairs.size();
    m_intoA->setEnabled(have);
    m_intoB->setEnabled(have);
    if (!have)
        return;
    auto repo = Repositories::create(m_db, m_type);
    if (Error e = repo->get(m_pairs.at(row).first, &m_a); e || repo->get(m_pairs.at(row).second, &m_b)) {
        m_status->setText(tr("One of the two records is no longer there: search again."));
        return;
    }
    const QVariantHash proposal = RecordMerger::proposal(m_a, m_b);
    for (const Field &f : Entities::info(m_type).fields) {
        if (f.managed)
            continue;
        const QString a = shown(m_type, f, m_a.value(f.key));
        const QString b = shown(m_type, f, m_b.value(f.key));
        if (a.isEmpty() && b.isEmpty())
            continue;
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        m_fields->setItem(r, 0, new QTableWidgetItem(f.translatedLabel()));
        // A long note is shown in part (laying out megabytes in a cell would stall the
        // dialog), in full up to a point in its tooltip; the merge keeps the whole value.
        const auto value = [](const QString &text) {
            auto *item = new QTableWidgetItem(PlainText::elide(text, 1000));
            if (text.size() > 1000)
                item->setToolTip(PlainText::toolTip(PlainText::elide(text, 4000)));
            return item;
        };
        m_fields->setItem(r, 1, value(a));
        m_fields->setItem(r, 2, value(b));
        if (a == b) {
            m_fields->setItem(r, 3, new QTableWidgetItem(tr("same")));
            continue;
        }
        auto *choice = new QComboBox(m_fields);
        choice->setAccessibleName(tr("Value to keep for %1").arg(f.translatedLabel()));
        choice->addItem(tr("first"), 0);
        choice->addItem(tr("second"), 1);
        if (f.isSet())
            choice->addItem(tr("both"), 2);
        const QVariant proposed = proposal.value(f.key);
        choice->setCurrentIndex(f.isSet() ? 2 : (shown(m_type, f, proposed) == a ? 0 : 1));
        m_fields->setCellWidget(r, 3, choice);
        m_choices.insert(f.key, choice);
    }
    m_fields->resizeRowsToContents();
}

void FindDuplicatesDialog::choose(const QString &field, int side)
{
    if (QComboBox *c = m_choices.value(field))
        c->setCurrentIndex(c->findData(side));
}

bool FindDuplicatesDialog::mergeSelected(bool intoSecond, QString *error)
{
    error->clear();
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return false;
    QVariantHash values = RecordMerger::proposal(m_a, m_b);
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const int side = it.value()->currentData().toInt();
        if (side == 0)
            values.insert(it.key(), m_a.value(it.key()));
        else if (side == 1)
            values.insert(it.key(), m_b.value(it.key()));
    }
    const Record &keep = intoSecond ? m_b : m_a;
    const Record &drop = intoSecond ? m_a : m_b;
    QString mergeId;
    emit aboutToMerge();
    if (Error e = RecordMerger::merge(m_db, m_type, keep.id, drop.id, values, &mergeId)) {
        *error = e.message;
        return false;
    }
    const QString text = tr("Merge “%1” into “%2”").arg(PlainText::isolated(nameOf(drop)), PlainText::isolated(nameOf(keep)));
    if (m_undo)
        m_undo->push(new MergeCommand(m_db, m_type, keep.id, drop.id, values, mergeId, text));
    emit merged();
    // The list is brought up to date here rather than searched again (seconds on a large
    // table): the pairs of the record merged away go, the kept one's name is read again.
    const qint64 keptId = keep.id;
    const qint64 droppedId = drop.id;
    Record kept;
    const QString keptName = Repositories::create(m_db, m_type)->get(keptId, &kept) ? QString() : nameOf(kept);
    for (qsizetype i = m_pairs.size() - 1; i >= 0; --i) {
        DuplicatePair &p = m_pairs[i];
        if (p.first == droppedId || p.second == droppedId)
            m_pairs.removeAt(i);
        else if (!keptName.isEmpty() && p.first == keptId)
            p.firstLabel = keptName;
        else if (!keptName.isEmpty() && p.second == keptId)
            p.secondLabel = keptName;
    }
    fillList();
    m_status->setText(tr("%1: done. Edit → Undo takes it back. Search again to see pairs the merged record makes now.")
                          .arg(text));
    return true;
}

} // namespace hubdesk
