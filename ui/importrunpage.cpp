#include "importrunpage.h"

#include "importcheckpage.h"
#include "importwizard.h"

#include <QBoxLayout>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace hubdesk {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The rows are written in one go: if the import is stopped or fails, nothing is written."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the import"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopImport"));
    m_stop->setAutoDefault(false);
    m_stop->setAccessibleName(tr("Stop the import"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_status->setText(tr("Stopping: nothing will be written…"));
        m_wizard->stop();
    });
    connect(m_wizard, &ImportWizard::progressChanged, this, [this](int permille) {
        if (m_running && permille >= 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(permille);
        }
    });
}

QString ImportRunPage::statusText() const
{
    return m_status->text();
}

void ImportRunPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    m_running = true;
    m_imported = false;
    m_progress->setRange(0, 0); // busy, until the first progress report (after 2,000 rows)
    m_progress->show();
    m_stop->setEnabled(true);
    m_stop->show();
    m_status->setText(tr("Importing “%1” into %2…").arg(QFileInfo(plan.path).fileName(), ImportWizard::targetLabel(plan.target).toLower()));
    // No Back while the import runs (it would go on unseen): QWizard offers Back only when
    // the page before is not a commit page, so the check page is one until it stops.
    m_wizard->checkPage()->setCommitPage(true);
    m_timer.start();
    m_wizard->runImport(plan.options, [this](const ImportResult &result) {
        m_running = false;
        m_wizard->checkPage()->setCommitPage(false);
        m_wizard->plan().result = result;
        m_wizard->plan().elapsedMs = m_timer.elapsed();
        m_stop->hide();
        m_progress->hide();
        m_imported = !result.error && !result.cancelled;
        if (result.error)
            m_status->setText(tr("The import failed and nothing was written: %1").arg(result.error.message));
        else if (result.cancelled)
            m_status->setText(tr("The import was stopped: nothing was written."));
        if (result.created > 0 || result.merged > 0) // records filled in by merges are shown anew too
            emit m_wizard->dataImported();
        emit completeChanged();
        emit finished(m_imported);
        // Queued: with an in-memory database this runs inside initializePage().
        if (m_imported)
            QMetaObject::invokeMethod(m_wizard, &QWizard::next, Qt::QueuedConnection);
    });
}

bool ImportRunPage::isComplete() const
{
    return !m_running && m_imported;
}

} // namespace hubdesk
