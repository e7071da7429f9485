#include "reportspage.h"

#include "datefield.h"
#include "lookupfield.h"

#include "../models/reports/csvreportwriter.h"
#include "../models/reports/pdfreportwriter.h"
#include "../models/reports/reportbuilder.h"
#include "../models/reports/xlsxreportwriter.h"
#include "../models/storage/database.h"
#include "../models/storage/repositories.h"
#include "workerpool.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hubdesk {

namespace {

const char *const folderKey = "reports/folder";
// About a hundred pages, laid out in about two seconds here (docs/reports.md).
constexpr qsizetype previewRowLimit = 3000;
constexpr qsizetype previewTableRows = 100;

// What each report holds, under the report's name.
QString aboutText(ReportRequest::Kind kind)
{
    switch (kind) {
    case ReportRequest::Kind::Periodic:
        return ReportsPage::tr("The key figures of the programme for the dates, with breakdowns by service, "
                               "stakeholder kind, country, cohort and founder gender; each startup's stage and TRL "
                               "at the start and the end; outcomes, events and vouchers against the budget.");
    case ReportRequest::Kind::Fstp:
        return ReportsPage::tr("Financial support to third parties: every travel voucher granted or paid in the dates "
                               "with its recipient, amounts and dates, totals per recipient against the cap and "
                               "overall against the budget.");
    case ReportRequest::Kind::Profile:
        return ReportsPage::tr("One page per startup: its data, stage history, sessions, events, outcomes and "
                               "vouchers in the dates. Choose a startup, or leave it empty for every startup "
                               "active in the dates.");
    case ReportRequest::Kind::Timesheet:
        return ReportsPage::tr("Hours of mentoring held per expert, month and startup, with totals. Choose an expert, "
                               "or leave it empty for all.");
    }
    return {};
}

// A name for a file from the report and its dates, without characters file systems refuse.
QString fileSafe(QString text)
{
    static const QString refused = QStringLiteral("<>:\"/\\|?*");
    for (QChar &c : text) {
        if (refused.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    }
    return text.simplified().replace(QLatin1Char(' '), QLatin1Char('_'));
}

} // namespace

ReportsPage::ReportsPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *heading = new QLabel(tr("Reports"), this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);

    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Report"));
    for (ReportRequest::Kind kind : {ReportRequest::Kind::Periodic, ReportRequest::Kind::Fstp,
                                     ReportRequest::Kind::Profile, ReportRequest::Kind::Timesheet})
        m_kind->addItem(ReportRequest::titleOf(kind), int(kind));
    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    m_about->setForegroundRole(QPalette::PlaceholderText);

    m_byPeriod = new QRadioButton(tr("Reporting &period"), this);
    m_byDates = new QRadioButton(tr("&Dates"), this);
    m_byPeriod->setChecked(true);
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Reporting period"));
    m_from = new DateField(this);
    m_from->setAccessibleName(tr("First day"));
    m_to = new DateField(this);
    m_to->setAccessibleName(tr("Last day"));
    m_from->editor()->setAccessibleName(m_from->accessibleName()); // the fields inside take the focus
    m_to->editor()->setAccessibleName(m_to->accessibleName());
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);

    m_startupLabel = new QLabel(tr("&Startup"), this);
    m_startup = new LookupField(db, EntityType::Startup, this);
    m_startup->setOpenButtonVisible(false);
    m_startup->editor()->setPlaceholderText(tr("Every startup active in the dates"));
    m_startupLabel->setBuddy(m_startup->editor());
    m_expertLabel = new QLabel(tr("&Expert"), this);
    m_expert = new LookupField(db, EntityType::Person, this);
    m_expert->setRestriction(QStringLiteral("is_expert"), true);
    m_expert->setOpenButtonVisible(false);
    m_expert->editor()->setPlaceholderText(tr("All experts"));
    m_expertLabel->setBuddy(m_expert->editor());

    auto *form = new QFormLayout;
    form->addRow(tr("&Report"), m_kind);
    form->addRow(QString(), m_about);
    form->addRow(m_byPeriod, m_period);
    form->addRow(m_byDates, dates);
    form->addRow(m_startupLabel, m_startup);
    form->addRow(m_expertLabel, m_expert);
    qobject_cast<QLabel *>(form->labelForField(m_kind))->setBuddy(m_kind);

    m_make = new QPushButton(tr("&Make report"), this);
    m_make->setDefault(true);
    m_previewButton = new QPushButton(tr("Print pre&view…"), this);
    m_printButton = new QPushButton(tr("Pri&nt…"), this);
    m_pdfButton = new QPushButton(tr("Export P&DF…"), this);
    m_xlsxButton = new QPushButton(tr("Export &XLSX…"), this);
    m_csvButton = new QPushButton(tr("Export &CSV…"), this);
    m_pdfButton->setToolTip(tr("The report as an A4 PDF"));
    m_xlsxButton->setToolTip(tr("The report's tables as a workbook, one sheet per table, for the grant's annexes"));
    m_csvButton->setToolTip(tr("The report's tables as CSV files, one per table, into a folder"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_make);
    buttons->addSpacing(12);
    for (QPushButton *b : {m_previewButton, m_printButton, m_pdfButton, m_xlsxButton, m_csvButton})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Report progress"));
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(heading);
    m_layout->addLayout(form);
    m_layout->addLayout(buttons);
    m_layout->addLayout(statusRow);

    reloadPeriods();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::choicesChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_byPeriod->setChecked(true);
        choicesChanged();
    });
    connect(m_byPeriod, &QRadioButton::toggled, this, &ReportsPage::choicesChanged);
    for (DateField *d : {m_from, m_to}) {
        connect(d, &DateField::edited, this, [this] {
            m_byDates->setChecked(true);
            choicesChanged();
        });
    }
    connect(m_startup, &LookupField::edited, this, &ReportsPage::choicesChanged);
    connect(m_expert, &LookupField::edited, this, &ReportsPage::choicesChanged);
    connect(m_make, &QPushButton::clicked, this, &ReportsPage::generate);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::printPreviewDialog);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { askAndExport(Format::Pdf); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { askAndExport(Format::Xlsx); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { askAndExport(Format::Csv); });
    choicesChanged();
}

ReportsPage::~ReportsPage()
{
    // The preview paints with the printer: it goes first.
    delete m_preview;
    delete m_printer;
}

void ReportsPage::ensurePreview()
{
    if (m_preview)
        return;
    // Made when first needed: a printer asks the print system for its printers, which
    // the window's start should not wait for.
    m_printer = new QPrinter(QPrinter::HighResolution);
    m_printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setAccessibleName(tr("Preview of the report"));
    // The view inside takes the focus (arrow keys and Page Down scroll the pages): named too.
    for (QGraphicsView *view : m_preview->findChildren<QGraphicsView *>())
        view->setAccessibleName(m_preview->accessibleName());
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paintPreview);
    m_layout->addWidget(m_preview, 1);
}

int ReportsPage::previewPages() const
{
    return m_preview ? m_preview->pageCount() : 0;
}

void ReportsPage::reloadPeriods()
{
    const QString current = m_period->currentText();
    const QSignalBlocker block(m_period);
    m_period->clear();
    auto repo = Repositories::create(m_db, EntityType::ReportingPeriod);
    ListQuery q;
    q.sortKey = QStringLiteral("starts_on");
    q.limit = 1000;
    const RowSet rows = repo->list(q);
    const QDate today = QDate::currentDate();
    int chosen = -1;
    for (int r = 0; r < rows.rows.size(); ++r) {
        const QString name = rows.value(r, QStringLiteral("name")).toString();
        const QDate from = QDate::fromString(rows.value(r, QStringLiteral("starts_on")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(rows.value(r, QStringLiteral("ends_on")).toString(), Qt::ISODate);
        m_period->addItem(tr("%1 (%2 – %3)").arg(name, QLocale().toString(from, QLocale::ShortFormat),
                                                 QLocale().toString(to, QLocale::ShortFormat)),
                          name);
        if (name == current || (chosen < 0 && from <= today && today <= to))
            chosen = r;
    }
    if (m_period->count() == 0) {
        m_period->addItem(tr("No reporting periods yet: add them on the Reporting periods page"), QString());
        m_period->setEnabled(false);
        m_byDates->setChecked(true);
    } else {
        m_period->setEnabled(true);
        m_period->setCurrentIndex(chosen >= 0 ? chosen : m_period->count() - 1);
    }
    if (!m_from->date().isValid()) {
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(QDate(today.year(), 12, 31));
    }
}

void ReportsPage::dataChanged()
{
    if (m_busy || m_document.key.isEmpty() || m_stale)
        return;
    m_status->setText(tr("%1 The data has changed since: make the report again for the latest figures.")
                          .arg(m_status->text()));
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensurePreview();
    reloadPeriods();
}

void ReportsPage::setKind(ReportRequest::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportsPage::setPeriod(const QString &name)
{
    const int i = m_period->findData(name);
    if (i >= 0) {
        m_period->setCurrentIndex(i);
        m_byPeriod->setChecked(true);
    }
}

void ReportsPage::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_byDates->setChecked(true);
    choicesChanged();
}

void ReportsPage::setStartup(qint64 id)
{
    m_startup->setId(id);
    choicesChanged();
}

void ReportsPage::setExpert(qint64 id)
{
    m_expert->setId(id);
    choicesChanged();
}

ReportRequest ReportsPage::request(QString *problem) const
{
    ReportRequest r;
    r.kind = ReportRequest::Kind(m_kind->currentData().toInt());
    problem->clear();
    if (m_byPeriod->isChecked()) {
        r.rangeName = m_period->currentData().toString();
        if (r.rangeName.isEmpty())
            *problem = tr("Choose a reporting period, or dates.");
    } else {
        r.from = m_from->date();
        r.to = m_to->date();
        if (!r.from.isValid() || !r.to.isValid())
            *problem = tr("Give the first and the last day of the report.");
        else if (r.to < r.from)
            *problem = tr("The last day (%1) is before the first (%2).")
                           .arg(QLocale().toString(r.to, QLocale::ShortFormat), QLocale().toString(r.from, QLocale::ShortFormat));
    }
    if (r.kind == ReportRequest::Kind::Profile) {
        r.startupId = m_startup->id();
        if (r.startupId <= 0 && !m_startup->pendingText().isEmpty() && problem->isEmpty())
            *problem = tr("No startup is named “%1”: choose one from the list, or clear the field for all.")
                           .arg(m_startup->pendingText());
    }
    if (r.kind == ReportRequest::Kind::Timesheet) {
        r.expertId = m_expert->id();
        if (r.expertId <= 0 && !m_expert->pendingText().isEmpty() && problem->isEmpty())
            *problem = tr("No expert is named “%1”: choose one from the list, or clear the field for all.")
                           .arg(m_expert->pendingText());
    }
    return r;
}

void ReportsPage::choicesChanged()
{
    const auto kind = ReportRequest::Kind(m_kind->currentData().toInt());
    m_about->setText(aboutText(kind));
    const bool profile = kind == ReportRequest::Kind::Profile;
    const bool timesheet = kind == ReportRequest::Kind::Timesheet;
    m_startupLabel->setVisible(profile);
    m_startup->setVisible(profile);
    m_expertLabel->setVisible(timesheet);
    m_expert->setVisible(timesheet);
    m_period->setEnabled(m_period->count() > 0 && !m_period->currentData().toString().isEmpty());

    QString problem;
    request(&problem);
    m_make->setEnabled(!m_busy && problem.isEmpty());
    // The report shown no longer matches the choices: it cannot be exported as theirs.
    m_stale = true;
    for (QPushButton *b : {m_previewButton, m_printButton, m_pdfButton, m_xlsxButton, m_csvButton})
        b->setEnabled(false);
    if (!m_busy)
        m_status->setText(problem.isEmpty() ? tr("Choose “Make report” to compute it.") : problem);
}

void ReportsPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_make->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    const bool ready = !busy && !m_stale && !m_document.key.isEmpty();
    for (QPushButton *b : {m_previewButton, m_printButton, m_pdfButton, m_xlsxButton, m_csvButton})
        b->setEnabled(ready);
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

void ReportsPage::generate()
{
    if (m_busy)
        return;
    QString problem;
    ReportRequest r = request(&problem);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        emit generated(false);
        return;
    }
    m_stale = false;
    setBusy(true, tr("Computing the figures…"));
    const auto build = [](Database &db, ReportRequest asked) {
        Error e;
        if (!asked.rangeName.isEmpty())
            e = ReportBuilder::requestForPeriod(db, asked.rangeName, &asked);
        ReportDocument doc;
        if (!e)
            doc = ReportBuilder::build(db, asked, &e);
        return qMakePair(doc, e);
    };
    if (m_db.isInMemory()) {
        const auto result = build(m_db, r);
        showDocument(result.first, result.second);
        return;
    }
    using Result = QPair<ReportDocument, Error>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result result = watcher->result();
        showDocument(result.first, result.second);
    });
    const QString path = m_db.path();
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [path, r, build]() {
        OpenError openError;
        auto db = Database::openReader(path, &openError);
        if (!db)
            return Result(ReportDocument(), Error::make(Error::Code::Io, openError.message));
        return build(*db, r);
    }));
}

void ReportsPage::showDocument(const ReportDocument &doc, const Error &error)
{
    m_document = error ? ReportDocument() : doc;
    ensurePreview();
    if (error) {
        setBusy(false, tr("The report could not be made: %1").arg(error.message));
        m_preview->updatePreview();
        emit generated(false);
        return;
    }
    setBusy(false, tr("%1, %2: ready.").arg(doc.title, doc.subtitle));
    const QString what = tr("%1, %2").arg(doc.title, doc.subtitle);
    qsizetype rows = 0;
    for (const ReportTable &t : doc.tables())
        rows += t.rows.size();
    // Laying out hundreds of pages takes seconds the window would be frozen for: the page
    // previews a long report with the first rows of each long table; printing, the print
    // preview and the exports hold every row.
    m_previewDocument = doc;
    const bool cut = rows > previewRowLimit;
    if (cut) {
        for (ReportBlock &block : m_previewDocument.blocks) {
            ReportTable &t = block.table;
            if (block.kind != ReportBlock::Kind::Table || t.rows.size() <= previewTableRows)
                continue;
            const qsizetype all = t.rows.size();
            t.rows.resize(previewTableRows);
            t.note = tr("Preview: the first %1 of %2 rows. Print, Print preview and the exports hold them all.")
                         .arg(QLocale().toString(previewTableRows), QLocale().toString(all))
                   + (t.note.isEmpty() ? QString() : QLatin1Char(' ') + t.note);
        }
    }
    m_preview->updatePreview();
    if (cut) {
        m_status->setText(tr("%1: %2 table rows. The preview here shows the first %3 rows of each long table; "
                             "Print, Print preview and the exports hold them all.")
                              .arg(what, QLocale().toString(rows), QLocale().toString(previewTableRows)));
    } else {
        const int pages = previewPages();
        m_status->setText(pages == 1 ? tr("%1: 1 page.").arg(what) : tr("%1: %2 pages.").arg(what, QString::number(pages)));
    }
    emit generated(true);
}

void ReportsPage::paintPreview(QPrinter *printer)
{
    if (m_document.key.isEmpty()) {
        // Nothing made yet: an empty page (the widget needs one to paint).
        QPainter painter(printer);
        return;
    }
    PdfReportWriter::paint(m_previewDocument, printer);
}

void ReportsPage::printPreviewDialog()
{
    if (m_document.key.isEmpty())
        return;
    ensurePreview();
    QPrintPreviewDialog dialog(m_printer, this);
    dialog.setWindowTitle(tr("Print preview: %1").arg(m_document.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        PdfReportWriter::paint(m_document, printer);
        QApplication::restoreOverrideCursor();
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportsPage::print()
{
    if (m_document.key.isEmpty())
        return;
    ensurePreview();
    QPrintDialog dialog(m_printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_document.title));
    if (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        PdfReportWriter::paint(m_document, m_printer);
        QApplication::restoreOverrideCursor();
    }
}

QString ReportsPage::suggestedName() const
{
    QString dates = m_document.subtitle.section(QLatin1Char(':'), 0, 0);
    if (dates == m_document.subtitle) // a range of dates, no period name
        dates = QStringLiteral("%1_%2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    return fileSafe(QStringLiteral("%1 %2").arg(m_document.key, dates));
}

void ReportsPage::askAndExport(Format format)
{
    if (m_document.key.isEmpty())
        return;
    QSettings settings;
    QString folder = settings.value(QLatin1String(folderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path;
    switch (format) {
    case Format::Pdf:
        path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                            QDir(folder).filePath(suggestedName() + QStringLiteral(".pdf")),
                                            tr("PDF documents (*.pdf)"));
        break;
    case Format::Xlsx:
        path = QFileDialog::getSaveFileName(this, tr("Export the report's tables as XLSX"),
                                            QDir(folder).filePath(suggestedName() + QStringLiteral(".xlsx")),
                                            tr("Excel workbooks (*.xlsx)"));
        break;
    case Format::Csv:
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files (one per table)"), folder);
        break;
    }
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(folderKey), format == Format::Csv ? path : QFileInfo(path).absolutePath());
    exportTo(format, path);
}

void ReportsPage::exportTo(Format format, const QString &path)
{
    if (m_busy)
        return;
    if (m_document.key.isEmpty() || m_stale) {
        emit exported(false, tr("Make the report for the choices first."));
        return;
    }
    QString target = path;
    if (format == Format::Pdf && QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".pdf");
    if (format == Format::Xlsx && QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".xlsx");
    setBusy(true, tr("Writing %1…").arg(QDir::toNativeSeparators(target)));
    const ReportDocument doc = m_document;
    const QLocale locale;
    auto *watcher = new QFutureWatcher<Error>(this);
    connect(watcher, &QFutureWatcher<Error>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        const Error e = watcher->result();
        const QString message = e ? e.message : tr("Wrote %1.").arg(QDir::toNativeSeparators(target));
        setBusy(false, message);
        emit exported(!e, message);
    });
    watcher->setFuture(QtConcurrent::run(WorkerPool::instance(), [format, target, doc, locale]() {
        switch (format) {
        case Format::Pdf:
            return PdfReportWriter::write(doc, target, locale);
        case Format::Xlsx:
            return XlsxReportWriter::write(doc, target);
        case Format::Csv:
            if (!QFileInfo(target).isDir())
                return Error::make(Error::Code::Io, tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(target)));
            return CsvReportWriter::writeTables(doc, target, CsvReportWriter::Options(), nullptr);
        }
        return Error::none();
    }));
}

} // namespace hubdesk
