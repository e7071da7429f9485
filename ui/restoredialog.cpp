#include "restoredialog.h"

#include "../models/domain/entityinfo.h"
#include "../models/domain/plaintext.h"
#include "../models/storage/backupstore.h"
#include "../models/storage/database.h"
#include "workerpool.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hubdesk {

namespace {

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

RestoreDialog::RestoreDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Restore from backup"));
    const QString file = QFileInfo(db.path()).fileName();
    auto *intro = new QLabel(tr("Choose a backup of %1. Nothing changes until you press Restore.").arg(file), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Size")});
    const BackupStore store(db.path());
    for (const BackupStore::Entry &e : store.entries()) {
        auto *item = new QTreeWidgetItem(m_list, {when(e.takenAt), BackupStore::reasonText(e.reason), sizeText(e.size)});
        item->setData(0, Qt::UserRole, e.path);
        item->setToolTip(0, PlainText::toolTip(QDir::toNativeSeparators(e.path)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(140);
    auto *other = new QPushButton(tr("&Other file…"), this);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    auto *folder = new QLabel(tr("Automatic backups are kept in %1").arg(QDir::toNativeSeparators(store.folder())), this);
    folder->setTextFormat(Qt::PlainText);
    folder->setWordWrap(true);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_list->topLevelItemCount() == 0)
        folder->setText(tr("There are no automatic backups of this file yet (they are kept in %1). Choose another file.")
                            .arg(QDir::toNativeSeparators(store.folder())));

    auto *preview = new QGroupBox(tr("Preview"), this);
    m_previewBox = preview;
    m_table = new QTableWidget(0, 2, preview);
    m_table->setAccessibleName(tr("The backup beside the current file"));
    m_table->setHorizontalHeaderLabels({tr("Backup"), tr("Current file")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QStringList rows{tr("Taken"), tr("Database version"), tr("Size")};
    for (EntityType type : BackupSummary::kinds())
        rows.append(Entities::info(type).pluralLabel());
    m_table->setRowCount(int(rows.size()));
    m_table->setVerticalHeaderLabels(rows);
    m_note = new QLabel(preview);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->addWidget(m_table);
    previewLayout->addWidget(m_note);

    // The current file's side, at once: counts of the open connection.
    m_current = BackupSummary::ofDatabase(db);
    const QLocale locale;
    const auto set = [this](int row, int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    set(0, 1, tr("now"));
    set(1, 1, QString::number(m_current.schemaVersion));
    set(2, 1, sizeText(m_current.size));
    for (int i = 0; i < m_current.counts.size(); ++i)
        set(3 + i, 1, locale.toString(m_current.counts.at(i).second));
    m_table->setFixedHeight(m_table->verticalHeader()->length() + m_table->horizontalHeader()->sizeHint().height()
                            + 2 * m_table->frameWidth());
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QDialogButtonBox(this);
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        if (!m_path.isEmpty() && m_preview.isUsable() && !isReading())
            emit restoreRequested(m_path);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            selectBackup(item->data(0, Qt::UserRole).toString());
    });
    connect(&m_reader, &QFutureWatcher<BackupSummary>::finished, this, &RestoreDialog::showPreview);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(other);
    side->addStretch(1);
    listRow->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addWidget(folder);
    layout->addWidget(preview);
    layout->addWidget(buttons);
    m_note->setText(tr("Choose a backup to see what it holds."));
    resize(640, 620);
}

RestoreDialog::~RestoreDialog()
{
    m_reader.waitForFinished();
}

bool RestoreDialog::isReading() const
{
    return m_reader.isRunning();
}

QString RestoreDialog::problemText() const
{
    return m_note->text();
}

void RestoreDialog::chooseOtherFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from which file?"), QFileInfo(m_db.path()).absolutePath(),
                                                      tr("HubDesk databases (*.hubdesk);;All files (*)"));
    if (!path.isEmpty()) {
        m_list->setCurrentItem(nullptr);
        selectBackup(path);
    }
}

void RestoreDialog::selectBackup(const QString &path)
{
    m_path = path;
    m_restoreButton->setEnabled(false);
    m_previewBox->setTitle(tr("Preview of %1").arg(QFileInfo(path).fileName()));
    m_previewBox->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(path)));
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setItem(row, 0, new QTableWidgetItem());
    m_note->setText(tr("Reading and checking %1…").arg(QDir::toNativeSeparators(path)));
    // Checking reads the whole backup (seconds for a large one): beside the window.
    if (m_reader.isRunning())
        m_reader.waitForFinished();
    m_reader.setFuture(QtConcurrent::run(WorkerPool::instance(), &BackupSummary::ofFile, path));
}

void RestoreDialog::showPreview()
{
    const BackupSummary read = m_reader.result();
    if (read.path != m_path)
        return; // another backup was chosen meanwhile
    m_preview = read;
    const QLocale locale;
    const auto set = [this](int row, const QString &text, bool differs) {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (differs) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_table->setItem(row, 0, item);
    };
    set(0, when(m_preview.takenAt), false);
    if (!m_preview.isUsable()) {
        m_note->setText(QStringLiteral("⚠ ") + tr("This file cannot be restored: %1").arg(m_preview.problem));
        m_restoreButton->setEnabled(false);
        emit previewReady();
        return;
    }
    set(1, QString::number(m_preview.schemaVersion), m_preview.schemaVersion != m_current.schemaVersion);
    set(2, sizeText(m_preview.size), false);
    for (int i = 0; i < m_preview.counts.size(); ++i)
        set(3 + i, locale.toString(m_preview.counts.at(i).second), m_preview.counts.at(i).second != m_current.counts.value(i).second);
    m_note->setText(tr("Restore replaces everything in %1 with this backup (differences in bold). Its current content is "
                       "backed up first, so that this restore can be undone by restoring that backup.")
                        .arg(QFileInfo(m_db.path()).fileName()));
    m_restoreButton->setEnabled(true);
    emit previewReady();
}

} // namespace hubdesk
