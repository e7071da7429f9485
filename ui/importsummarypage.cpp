#include "importsummarypage.h"

#include "importtakeback.h"
#include "importwizard.h"

#include "../models/storage/database.h"

#include <QBoxLayout>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

namespace hubdesk {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_rejects = new QLabel(this);
    m_rejects->setWordWrap(true);
    m_rejects->setTextFormat(Qt::PlainText);
    m_rejects->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QPushButton(tr("&Open its folder"), this);
    m_openFolder->setAutoDefault(false);
    m_openFolder->setAccessibleName(tr("Open the folder of the rejected rows"));
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_wizard->plan().options.rejectsPath).absolutePath()));
    });
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_rejects, 1);
    rejectsRow->addWidget(m_openFolder, 0, Qt::AlignTop);

    m_takeBack = new QPushButton(tr("&Take this import back…"), this);
    m_takeBack->setObjectName(QStringLiteral("takeBack"));
    m_takeBack->setAutoDefault(false);
    m_takeBack->setAccessibleName(tr("Take this import back"));
    m_takeBack->setToolTip(tr("Delete exactly the records this import created, and restore those it filled in"));
    connect(m_takeBack, &QPushButton::clicked, this, &ImportSummaryPage::askAndTakeBack);
    m_takeBackStatus = new QLabel(this);
    m_takeBackStatus->setObjectName(QStringLiteral("takeBackStatus"));
    m_takeBackStatus->setWordWrap(true);
    m_takeBackStatus->setTextFormat(Qt::PlainText);
    auto *takeBackRow = new QHBoxLayout;
    takeBackRow->addWidget(m_takeBack);
    takeBackRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(rejectsRow);
    layout->addSpacing(16);
    layout->addLayout(takeBackRow);
    layout->addWidget(m_takeBackStatus);
    layout->addStretch(1);
}

QString ImportSummaryPage::summaryText() const
{
    return m_summary->text();
}

QString ImportSummaryPage::takeBackText() const
{
    return m_takeBackStatus->text();
}

void ImportSummaryPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    const ImportResult &r = plan.result;
    const QLocale locale;
    const QString file = QFileInfo(plan.path).fileName();
    // The title says what happened: "Imported" over "nothing was imported" reads as a contradiction.
    const bool written = r.created > 0 || r.merged > 0;
    setTitle(written ? tr("Imported") : tr("Nothing imported"));
    setSubTitle(written ? tr("“%1” was imported into %2.").arg(file, ImportWizard::targetLabel(plan.target).toLower())
                        : tr("No row of “%1” was new or valid: no record was created or changed.").arg(file));
    QStringList lines;
    // As the command line reports it: the rows read and the time it took.
    lines.append(tr("%Ln row(s) read in %1 s.", nullptr, int(r.rowsRead))
                     .arg(locale.toString(double(plan.elapsedMs) / 1000.0, 'f', plan.elapsedMs < 10000 ? 1 : 0)));
    // Created, merged and skipped, always all three: with a choice per row any of them may
    // have happened, whatever the choice for all was.
    lines.append(r.duplicatesCreated > 0
                     ? tr("%Ln record(s) created, %1 of them from rows that duplicate a record.", nullptr, int(r.created))
                           .arg(locale.toString(r.duplicatesCreated))
                     : tr("%Ln record(s) created.", nullptr, int(r.created)));
    lines.append(tr("%Ln record(s) already there got values from duplicate rows (merged).", nullptr, int(r.merged)));
    lines.append(tr("%Ln row(s) skipped because they duplicate a record (or bring nothing new to it).", nullptr,
                    int(r.duplicates)));
    lines.append(tr("%Ln row(s) rejected because of problems.", nullptr, int(r.rejected)));
    if (r.blankRows > 0)
        lines.append(tr("%Ln blank row(s) skipped.", nullptr, int(r.blankRows)));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const bool rejects = r.rejected > 0 && !plan.options.rejectsPath.isEmpty();
    m_rejects->setText(rejects ? tr("The rejected rows, each with its problem, are in “%1”: fix them there and import that file.")
                                     .arg(QDir::toNativeSeparators(plan.options.rejectsPath))
                               : QString());
    m_rejects->setVisible(rejects);
    m_openFolder->setVisible(rejects);
    m_takeBack->setVisible(!r.batch.isEmpty());
    m_takeBack->setEnabled(true);
    m_takeBackStatus->setText(r.batch.isEmpty() ? QString()
                                                : tr("Until its records are changed, the import can be taken back whole: "
                                                     "later, too, with File → Imports… or the command line (hubdesk import --list)."));
}

void ImportSummaryPage::askAndTakeBack()
{
    const ImportResult &r = m_wizard->plan().result;
    if (ImportTakeBack::confirm(this, QFileInfo(m_wizard->plan().path).fileName(), r.created, r.merged))
        takeBack(false);
}

void ImportSummaryPage::takeBack(bool force)
{
    const QString batch = m_wizard->plan().result.batch;
    if (batch.isEmpty() || m_wizard->isBusy())
        return;
    m_takeBack->setEnabled(false);
    m_takeBackStatus->setText(tr("Taking the import back…"));
    m_wizard->run(
        [batch, force](Database &db, const ImportWizard::Progress &) {
            ImportResult r;
            r.error = Importer::revert(db, batch, force);
            if (!r.error)
                r.batch = batch;
            return r;
        },
        [this, force](const ImportResult &r) {
            if (!r.error) {
                const ImportResult &done = m_wizard->plan().result;
                m_takeBackStatus->setText(ImportTakeBack::doneText(done.created, done.merged));
                m_takeBack->hide();
                setTitle(tr("Taken back"));
                setSubTitle(tr("The import of “%1” was taken back.").arg(QFileInfo(m_wizard->plan().path).fileName()));
                emit m_wizard->dataImported();
                emit takenBack(true, m_takeBackStatus->text());
                return;
            }
            m_takeBack->setEnabled(true);
            m_takeBackStatus->setText(tr("The import was not taken back: %1").arg(r.error.message));
            emit takenBack(false, r.error.message);
            // Records changed since: the one refusal that may be overridden, with the cost said.
            if (r.error.code == Error::Code::Conflict && !force && isVisible()
                && ImportTakeBack::confirmAnyway(this, QFileInfo(m_wizard->plan().path).fileName(), r.error.message))
                takeBack(true);
        });
}

} // namespace hubdesk
