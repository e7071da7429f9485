#pragma once

#include "../models/reports/reportdocument.h"
#include "../models/reports/reportrequest.h"
#include "../models/storage/error.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace hubdesk {

class Database;
class DateField;
class LookupField;

// The Reports page: choose a report, a reporting period or any dates, and the startup
// or expert where the report is about one; the report is computed beside the window
// (its own read-only connection), shown in a print preview on the page, and can be
// printed or exported to PDF, XLSX or CSV, the files also written beside the window.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Pdf, Xlsx, Csv };

    explicit ReportsPage(Database &db, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // The choices, for tests and for other pages that open a report.
    void setKind(ReportRequest::Kind kind);
    void setPeriod(const QString &name); // a reporting period by name
    void setRange(const QDate &from, const QDate &to);
    void setStartup(qint64 id);
    void setExpert(qint64 id);
    // The request the choices make, or a message naming what is missing or wrong.
    ReportRequest request(QString *problem) const;

    // Computes the report (asynchronously unless the database is in memory).
    void generate();
    bool isBusy() const { return m_busy; }
    const ReportDocument &document() const { return m_document; }
    QString statusText() const;
    int previewPages() const; // pages of the report in the preview on the page
    // Writes the report shown to \a path (a folder for CSV), beside the window; emits
    // exported() when done.
    void exportTo(Format format, const QString &path);
    // Re-reads the list of reporting periods (after they were changed).
    void reloadPeriods();
    // The data changed: the report shown says it was made before.
    void dataChanged();

signals:
    void generated(bool ok);
    void exported(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void choicesChanged();
    void ensurePreview();
    void showDocument(const ReportDocument &doc, const Error &error);
    void setBusy(bool busy, const QString &status);
    void paintPreview(QPrinter *printer);
    void printPreviewDialog();
    void print();
    void askAndExport(Format format);
    QString suggestedName() const;

    Database &m_db;
    QComboBox *m_kind = nullptr;
    QLabel *m_about = nullptr;
    QRadioButton *m_byPeriod = nullptr;
    QRadioButton *m_byDates = nullptr;
    QComboBox *m_period = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QLabel *m_startupLabel = nullptr;
    LookupField *m_startup = nullptr;
    QLabel *m_expertLabel = nullptr;
    LookupField *m_expert = nullptr;
    QPushButton *m_make = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_xlsxButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QPrinter *m_printer = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    ReportDocument m_document;
    ReportDocument m_previewDocument; // the document, or its start when it is long
    bool m_busy = false;
    bool m_stale = true;

};

} // namespace hubdesk
