#include "importoptionspage.h"

#include "importwizard.h"

#include "../models/io/textdecoder.h"
#include "../models/io/xlsxreader.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace hubdesk {

namespace {

constexpr int previewRows = CsvReader::SampleRows;

} // namespace

ImportOptionsPage::ImportOptionsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("How to read the file"));

    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);
    m_detected->setTextFormat(Qt::PlainText);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1251,
                           TextEncoding::Windows1252})
        m_encoding->addItem(TextDecoder::name(e), int(e));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QString(QLatin1Char(',')));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QString(QLatin1Char(';')));
    m_delimiter->addItem(tr("Tab"), QString(QLatin1Char('\t')));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheet->setAccessibleName(tr("Sheet"));
    m_header = new QCheckBox(tr("The first row is a &header (the columns' names)"), this);
    m_header->setObjectName(QStringLiteral("hasHeader"));
    m_header->setChecked(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_encodingLabel = new QLabel(tr("&Encoding:"), this);
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    m_delimiterLabel->setBuddy(m_delimiter);
    m_sheetLabel = new QLabel(tr("&Sheet:"), this);
    m_sheetLabel->setBuddy(m_sheet);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_delimiterLabel, m_delimiter);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(QString(), m_header);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("The first rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    auto *previewLabel = new QLabel(tr("&The first rows, read this way:"), this);
    previewLabel->setBuddy(m_preview);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);

    const auto changed = [this] {
        if (!m_filling)
            refresh();
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, changed);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, changed);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, changed);
    connect(m_header, &QCheckBox::toggled, this, changed);
}

void ImportOptionsPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    const QString file = QFileInfo(plan.path).fileName();
    m_filling = true;
    const bool csv = !plan.xlsx && !plan.vcard;
    m_encodingLabel->setVisible(csv);
    m_encoding->setVisible(csv);
    m_delimiterLabel->setVisible(csv);
    m_delimiter->setVisible(csv);
    m_sheetLabel->setVisible(plan.xlsx);
    m_sheet->setVisible(plan.xlsx);
    m_header->setVisible(!plan.vcard);
    if (plan.vcard) {
        setSubTitle(tr("“%1” holds contacts as vCards: one row per card, with the fields people have. Photos are "
                       "left out.").arg(file));
        m_detected->setText(tr("vCard 2.1, 3.0 and 4.0 are read; quoted-printable and other character sets are decoded."));
    } else if (plan.xlsx) {
        setSubTitle(tr("“%1” is a workbook: choose the sheet to import.").arg(file));
        m_detected->setText(tr("%n sheet(s) in the workbook.", nullptr, int(plan.sheets.size())));
        m_sheet->clear();
        m_sheet->addItems(plan.sheets);
        m_sheet->setCurrentText(plan.sheet);
    } else {
        setSubTitle(tr("The encoding and delimiter of “%1” were detected; change them if the rows below "
                       "look wrong.").arg(file));
        const QString delimiter = plan.detected.delimiter == QLatin1Char('\t') ? tr("tab")
            : plan.detected.delimiter == QLatin1Char(';')                      ? tr("semicolon")
                                                                               : tr("comma");
        m_detected->setText(plan.detected.hasBom
                                ? tr("Detected: %1 (the file says so), %2 between the columns.")
                                      .arg(TextDecoder::name(plan.detected.encoding), delimiter)
                                : tr("Detected: %1, %2 between the columns.").arg(TextDecoder::name(plan.detected.encoding), delimiter));
        m_encoding->setCurrentIndex(m_encoding->findData(int(plan.csv.encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(QString(plan.csv.delimiter)));
    }
    m_header->setChecked(plan.hasHeader);
    m_filling = false;
    refresh();
}

bool ImportOptionsPage::isComplete() const
{
    return m_wizard->plan().columnCount > 0;
}

void ImportOptionsPage::refresh()
{
    ImportPlan &plan = m_wizard->plan();
    plan.hasHeader = m_header->isChecked();
    QList<QStringList> rows;
    Error error;
    if (plan.xlsx || plan.vcard) {
        if (plan.xlsx)
            plan.sheet = m_sheet->currentText();
        else
            plan.hasHeader = true; // the reader gives the field names first
        // A workbook or a card file is read only as far as the rows shown.
        const std::unique_ptr<TableSource> reader = ImportWizard::sourceFor(plan);
        SourceRow row;
        while (rows.size() < previewRows && reader->next(&row))
            rows.append(row.cells);
        error = reader->error();
    } else {
        plan.csv.encoding = TextEncoding(m_encoding->currentData().toInt());
        plan.csv.delimiter = m_delimiter->currentData().toString().at(0);
        const CsvReader::Detected detected = CsvReader::detect(plan.path, plan.csv);
        rows = detected.sample;
        error = detected.error;
    }
    plan.sample = rows;
    plan.columnCount = 0;
    for (const QStringList &r : std::as_const(rows))
        plan.columnCount = std::max(plan.columnCount, int(r.size()));

    m_preview->clear();
    const int dataStart = plan.hasHeader && !rows.isEmpty() ? 1 : 0;
    m_preview->setColumnCount(plan.columnCount);
    m_preview->setRowCount(int(rows.size()) - dataStart);
    QStringList labels;
    for (int c = 0; c < plan.columnCount; ++c) {
        const QString name = dataStart ? rows.constFirst().value(c).trimmed() : QString();
        labels.append(name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
    }
    m_preview->setHorizontalHeaderLabels(labels);
    QStringList numbers;
    for (qsizetype r = dataStart; r < rows.size(); ++r) {
        numbers.append(QString::number(r + 1)); // the row as a spreadsheet numbers it
        for (int c = 0; c < rows.at(r).size(); ++c)
            m_preview->setItem(int(r - dataStart), c, new QTableWidgetItem(rows.at(r).at(c)));
    }
    m_preview->setVerticalHeaderLabels(numbers);
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < plan.columnCount; ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));

    if (error)
        m_error->setText(error.message);
    else if (rows.isEmpty())
        m_error->setText(tr("“%1” holds no rows.").arg(QDir::toNativeSeparators(plan.path)));
    else
        m_error->clear();
    emit completeChanged();
}

} // namespace hubdesk
