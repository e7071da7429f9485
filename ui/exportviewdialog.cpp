#include "exportviewdialog.h"

#include "../models/domain/entityinfo.h"
#include "../models/io/xlsxtablewriter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

#include <climits>

namespace hubdesk {

namespace {
const char formatKey[] = "export/format";
const char delimiterKey[] = "export/delimiter";
const char bomKey[] = "export/bom";
} // namespace

ExportViewDialog::ExportViewDialog(EntityType type, const QString &title, qint64 rows, const QStringList &columns,
                                   QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
{
    setWindowTitle(tr("Export %1").arg(title));
    const EntityInfo &info = Entities::info(type);

    // What the file will hold: the rows and columns as shown, and the header it gets
    // (a "label" column is written as the fields it is made of, so that it imports back).
    m_summary = new QLabel(tr("%1: %2, %3 as shown (search, filters, sort order and visible columns).")
                               .arg(title, tr("%Ln row(s)", nullptr, int(qMin<qint64>(rows, INT_MAX))),
                                    tr("%n column(s)", nullptr, int(columns.size()))),
                           this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QStringList fields;
    TableExporter::fieldsOf(type, columns, &fields);
    QStringList headers;
    for (const QString &key : std::as_const(fields)) {
        if (const Field *f = info.field(key))
            headers.append(f->translatedLabel());
    }
    auto *header = new QLabel(tr("Header: %1").arg(headers.join(QStringLiteral(", "))), this);
    header->setTextFormat(Qt::PlainText);
    header->setWordWrap(true);
    if (columns.contains(QLatin1String("label")))
        header->setToolTip(tr("The name column is written as the fields it is made of, so that the file imports back."));

    m_csv = new QRadioButton(tr("&CSV (UTF-8 text)"), this);
    m_xlsx = new QRadioButton(tr("E&xcel workbook (XLSX)"), this);
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_xlsx);
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_bom = new QCheckBox(tr("Byte order mark (Excel then reads the file as UTF-8)"), this);

    const QSettings settings;
    const bool xlsx = settings.value(QLatin1String(formatKey)).toString() == QLatin1String("xlsx");
    (xlsx ? m_xlsx : m_csv)->setChecked(true);
    const int d = m_delimiter->findData(settings.value(QLatin1String(delimiterKey), QStringLiteral(",")).toString());
    m_delimiter->setCurrentIndex(d < 0 ? 0 : d);
    m_bom->setChecked(settings.value(QLatin1String(bomKey), true).toBool());

    auto *csvOptions = new QFormLayout;
    csvOptions->setContentsMargins(24, 0, 0, 0);
    csvOptions->addRow(tr("&Delimiter:"), m_delimiter);
    csvOptions->addRow(QString(), m_bom);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csv, &QRadioButton::toggled, this, &ExportViewDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(header);
    layout->addSpacing(6);
    layout->addWidget(m_csv);
    layout->addLayout(csvOptions);
    layout->addWidget(m_xlsx);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    update();
}

void ExportViewDialog::update()
{
    const bool csv = m_csv->isChecked();
    m_delimiter->setEnabled(csv);
    m_bom->setEnabled(csv);
    QString problem;
    if (!csv && m_rows > XlsxTableWriter::maxRows)
        problem = tr("A sheet holds at most %L1 rows: filter the list, or export it as CSV.").arg(XlsxTableWriter::maxRows);
    m_problem->setText(problem.isEmpty() ? QString() : QStringLiteral("⚠ ") + problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

TableExporter::Options ExportViewDialog::options() const
{
    TableExporter::Options o;
    o.format = m_xlsx->isChecked() ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
    o.delimiter = m_delimiter->currentData().toString().at(0);
    o.bom = m_bom->isChecked();
    return o;
}

QString ExportViewDialog::suffix() const
{
    return m_xlsx->isChecked() ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

void ExportViewDialog::accept()
{
    QSettings settings;
    settings.setValue(QLatin1String(formatKey), suffix());
    settings.setValue(QLatin1String(delimiterKey), m_delimiter->currentData().toString());
    settings.setValue(QLatin1String(bomKey), m_bom->isChecked());
    QDialog::accept();
}

} // namespace hubdesk
